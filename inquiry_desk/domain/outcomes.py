"""The outcome of each request type of a case, and the case's outcome that follows from them.

One letter often asks for several things (disclosure *and* deletion); each gets its own
answer: granted, partly granted, refused on a legal ground, or "we hold no such data". The
case's single :class:`Outcome` (the register's, the monthly report's) is derived from them,
never set beside them, so the two cannot disagree.

The per-type outcomes are legal facts, not personal data (which type, which result, which
ground), so they are kept in plain on the anonymous register row as ``"access=granted,
erasure=refused:required_by_law"`` and survive the purge for the statistics.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from inquiry_desk.domain.enums import CaseKind, Outcome, RequestType
from inquiry_desk.domain.i18n import in_language, translate
from inquiry_desk.domain.refusals import RefusalCategory


class TypeResult(StrEnum):
    GRANTED = "granted"
    PARTLY = "partly"
    REFUSED = "refused"
    NOT_HELD = "not_held"

    @property
    def label(self) -> str:
        return _RESULT_LABELS[self][0]

    @property
    def label_ja(self) -> str:
        return _RESULT_LABELS[self][1]

    @property
    def needs_ground(self) -> bool:
        """A refusal, whole or in part, states its legal ground (and the right to complain)."""
        return self in (TypeResult.REFUSED, TypeResult.PARTLY)


_RESULT_LABELS: dict[TypeResult, tuple[str, str]] = {
    TypeResult.GRANTED: ("Granted", "対応"),
    TypeResult.PARTLY: ("Partly granted", "一部対応"),
    TypeResult.REFUSED: ("Refused", "不対応（拒否）"),
    TypeResult.NOT_HELD: ("No data held", "保有なし"),
}


@dataclass(frozen=True)
class TypeOutcome:
    request_type: RequestType
    result: TypeResult
    ground: RefusalCategory | None = None  # only with a (partial) refusal

    def text(self) -> str:
        """For the screens: "Access: refused (Another law prevents it)"."""
        result = in_language(self.result.label.lower(), self.result.label_ja)
        name = in_language(self.request_type.label, self.request_type.label_ja)
        text = in_language(f"{name}: {result}", f"{name}：{result}")
        if self.ground is None:
            return text
        return in_language(f"{text} ({self.ground.label})", f"{text}（{self.ground.label_ja}）")


class OutcomesInvalid(ValueError):
    """The per-type outcomes do not fit the case; the message is for the user."""


# What a granted request type did, for the case's outcome and the register.
_GRANTED: dict[RequestType, Outcome] = {
    RequestType.PURPOSE_OF_USE: Outcome.PURPOSE_NOTIFIED,
    RequestType.THIRD_PARTY_PROVISION_RECORDS: Outcome.RECORDS_DISCLOSED,
    RequestType.CORRECTION: Outcome.CORRECTED,
    RequestType.ADDITION: Outcome.CORRECTED,
    RequestType.RECTIFICATION: Outcome.CORRECTED,
    RequestType.DELETION: Outcome.DELETED,
    RequestType.ELIMINATION: Outcome.DELETED,
    RequestType.ERASURE: Outcome.DELETED,
    RequestType.SUSPENSION_OF_USE: Outcome.SUSPENDED,
    RequestType.SUSPEND_THIRD_PARTY_PROVISION: Outcome.SUSPENDED,
    RequestType.RESTRICTION: Outcome.SUSPENDED,
    RequestType.OBJECTION: Outcome.SUSPENDED,
    RequestType.WITHDRAW_CONSENT: Outcome.SUSPENDED,
}


def granted_outcome(request_type: RequestType) -> Outcome:
    return _GRANTED.get(request_type, Outcome.DISCLOSED)


def encode(outcomes: Iterable[TypeOutcome]) -> str:
    parts = []
    for o in outcomes:
        value = o.result.value + (f":{o.ground.value}" if o.ground else "")
        parts.append(f"{o.request_type.value}={value}")
    return ",".join(parts)


def decode(text: str | None) -> list[TypeOutcome]:
    """The stored form back; an entry a newer version wrote (unknown type) is skipped."""
    found: list[TypeOutcome] = []
    for part in (text or "").split(","):
        name, _, value = part.partition("=")
        result, _, ground = value.partition(":")
        try:
            found.append(
                TypeOutcome(
                    RequestType(name), TypeResult(result), RefusalCategory(ground) if ground else None
                )
            )
        except ValueError:
            continue
    return found


def from_case_outcome(
    types: list[RequestType], outcome: Outcome | None, ground: RefusalCategory | None
) -> list[TypeOutcome]:
    """A single outcome (as older versions stored it) mapped onto every request type."""
    if outcome is None or outcome in (Outcome.WITHDRAWN, Outcome.ANSWERED):
        return []
    if outcome is Outcome.REFUSED:
        return [TypeOutcome(t, TypeResult.REFUSED, ground or RefusalCategory.OTHER) for t in types]
    result = TypeResult.NOT_HELD if outcome is Outcome.NO_DATA_HELD else TypeResult.GRANTED
    return [TypeOutcome(t, result) for t in types]


def complete(types: list[RequestType], given: Iterable[TypeOutcome]) -> list[TypeOutcome]:
    """One outcome per request type of the case, in the law's order (RequestType's): those
    given, and "granted" for the others (a plain "respond" grants what was asked).

    Raises :class:`OutcomesInvalid` for a type the case does not have, a type given twice,
    or a refusal without its legal ground.
    """
    by_type: dict[RequestType, TypeOutcome] = {}
    for o in given:
        if o.request_type not in types:
            raise OutcomesInvalid(
                translate("Outcomes", "The case has no request for {type}.").format(
                    type=in_language(o.request_type.label, o.request_type.label_ja)
                )
            )
        if o.request_type in by_type:
            raise OutcomesInvalid(
                translate("Outcomes", "{type} has two outcomes; give one.").format(
                    type=in_language(o.request_type.label, o.request_type.label_ja)
                )
            )
        if o.result.needs_ground and o.ground is None:
            raise OutcomesInvalid(
                translate("Outcomes", "Say on which legal ground {type} is refused.").format(
                    type=in_language(o.request_type.label, o.request_type.label_ja)
                )
            )
        if not o.result.needs_ground and o.ground is not None:
            o = TypeOutcome(o.request_type, o.result)  # a ground left over from a refusal
        by_type[o.request_type] = o
    ordered = sorted(set(types), key=list(RequestType).index)
    return [by_type.get(t, TypeOutcome(t, TypeResult.GRANTED)) for t in ordered]


def case_outcome(kind: CaseKind, outcomes: list[TypeOutcome]) -> Outcome:
    """The case's outcome: refused when every type was refused, "no data held" when nothing
    was held, else what the first type that was (partly) granted did."""
    if kind is not CaseKind.REQUEST or not outcomes:
        return Outcome.ANSWERED
    results = {o.result for o in outcomes}
    if results == {TypeResult.REFUSED}:
        return Outcome.REFUSED
    if results == {TypeResult.NOT_HELD}:
        return Outcome.NO_DATA_HELD
    if results <= {TypeResult.REFUSED, TypeResult.NOT_HELD}:
        return Outcome.REFUSED  # nothing granted, something refused: counted as a refusal
    first = next(o for o in outcomes if o.result in (TypeResult.GRANTED, TypeResult.PARTLY))
    return granted_outcome(first.request_type)


def refusal_ground(outcomes: list[TypeOutcome]) -> RefusalCategory | None:
    """The first legal ground among the refusals: the register's refusal category."""
    return next((o.ground for o in outcomes if o.ground is not None), None)


def any_refused(outcomes: list[TypeOutcome]) -> bool:
    return any(o.result.needs_ground for o in outcomes)


def stored_or_mapped(
    types: list[RequestType], stored: str | None, outcome: str | None, ground: str | None
) -> list[TypeOutcome]:
    """A case's per-type outcomes as stored, or its single outcome mapped onto its types
    (a row written by a version without per-type outcomes)."""
    if stored:
        return decode(stored)
    try:
        single = Outcome(outcome) if outcome else None
        category = RefusalCategory(ground) if ground else None
    except ValueError:
        return []
    return from_case_outcome(types, single, category)


def fit(types: list[RequestType], stored: list[TypeOutcome]) -> list[TypeOutcome]:
    """Stored outcomes fitted to the case's request types as they are now (a type added since
    is granted, one removed is dropped), so a corrected case never breaks its letter."""
    kept: dict[RequestType, TypeOutcome] = {}
    for o in stored:
        if o.request_type in types and (not o.result.needs_ground or o.ground is not None):
            kept.setdefault(o.request_type, o)
    return complete(types, list(kept.values()))
