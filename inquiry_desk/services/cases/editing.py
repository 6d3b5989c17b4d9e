"""Correcting a case after intake: parties, kind, channel, request types, dates, the answer's medium.

Names are misread, a fax loses its address, the importer takes a fax banner's number
for the applicant's: every field can be corrected. A change is a patch (field → new
value) applied to what is stored *inside* the write transaction, so that an edit of the
address never carries back a stale copy of the phone number; with ``expected_version``
the edit is refused outright when the case changed since the caller read it.

Each edit that changes anything leaves one timeline event naming the fields (never the
values) and one audit row with the same field names. The legal receipt date is the
manager's to correct, with a reason: the deadline is recomputed and the correction goes
on the clock ledger. An edit that changes nothing writes nothing (the version stays).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from inquiry_desk.domain import suggested
from inquiry_desk.domain.deadlines import ClockEntry, ClockEventKind
from inquiry_desk.domain.edits import EDITED, edit_summary
from inquiry_desk.domain.enums import (
    AnswerFormat,
    AnswerMedium,
    CaseKind,
    CaseState,
    Channel,
    Jurisdiction,
    Language,
    PartyRole,
    RepresentativeKind,
    RequestType,
)
from inquiry_desk.domain.errors import ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.parties import PartyData, normalise_postal_code, validate_party
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.facts import add_clock_entry, clock_rows, load_case, now, refresh_due
from inquiry_desk.services.cases.views import decode_types, encode_types
from inquiry_desk.services.keys import KeyService
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import Case, Party

# The party fields an edit may set (PartyData's own names).
PARTY_FIELDS = (
    "name",
    "name_kana",
    "postal_code",
    "address",
    "country",
    "email",
    "phone",
    "fax",
    "customer_number",
    "representative_kind",
)
PartyPatch = Mapping[str, str | RepresentativeKind | None]


@dataclass(frozen=True)
class CaseEdit:
    """What to change; every field left at its default stays as stored."""

    applicant: PartyPatch = field(default_factory=dict)
    # Changes to the representative; one is added when the case has none.
    representative: PartyPatch = field(default_factory=dict)
    remove_representative: bool = False
    kind: CaseKind | None = None
    channel: Channel | None = None
    # The whole set (the dialog), or types added and removed (the command line).
    request_types: tuple[RequestType, ...] | None = None
    add_types: tuple[RequestType, ...] = ()
    remove_types: tuple[RequestType, ...] = ()
    jurisdiction: Jurisdiction | None = None
    language: Language | None = None
    answer_medium: AnswerMedium | None = None
    answer_format: AnswerFormat | None = None
    # Back to "not stated": a medium or form recorded by mistake (the applicant never said).
    clear_answer_medium: bool = False
    clear_answer_format: bool = False
    received: date | None = None
    reason: str = ""  # why the receipt date changed (required then); sealed

    def __post_init__(self) -> None:
        if (self.clear_answer_medium and self.answer_medium is not None) or (
            self.clear_answer_format and self.answer_format is not None
        ):
            raise ValueError("an answer's medium or form is either set or cleared, not both")


@dataclass(frozen=True)
class EditResult:
    ref: str
    version: int
    fields: tuple[str, ...]  # keys of domain.edits.FIELD_LABELS, in a stable order
    due: date | None


class CaseEditService:
    def __init__(
        self,
        db: Database,
        keys: KeyService,
        today: Callable[[], date] = date.today,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.db = db
        self.keys = keys
        self.today = today
        self._on_change = on_change

    def edit(
        self, actor: Actor, ref: str, change: CaseEdit, *, expected_version: int | None = None
    ) -> EditResult:
        actor.require(Permission.EDIT_CASE)
        if change.received is not None:
            actor.require(Permission.CHANGE_RECEIPT_DATE)
        _check_patch(change.applicant)
        _check_patch(change.representative)
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            if case.state == CaseState.PURGED.value:
                raise ValidationFailed(
                    {
                        "case": translate(
                            "CaseEdit", "The personal data of {ref} has been erased; it cannot be edited."
                        ).format(ref=case.ref)
                    }
                )
            cipher = self.keys.cipher(session, case)
            changed = self._apply(session, case, cipher, actor, change)
            if changed:
                # A field corrected is a field checked: its import suggestion is confirmed.
                before = suggested.decode(case.suggested)
                case.suggested = suggested.encode(suggested.after_edit(before, changed))
                confirmed = [f for f in before if f not in suggested.decode(case.suggested)]
                stamp = now()
                case.updated_at = stamp
                add_event(
                    session,
                    case,
                    actor,
                    EDITED,
                    edit_summary(changed),
                    cipher,
                    change.reason.strip(),
                    at=stamp,
                )
                details: dict[str, object] = {"fields": changed}
                if confirmed:
                    details["confirmed"] = confirmed
                audit.record(session, actor, "case.edit", case.ref, details, at=stamp)
                session.flush()  # the version bump (store/versioning.py) happens here
            result = EditResult(case.ref, case.version, tuple(changed), case.due)
        if changed and self._on_change:
            self._on_change()
        return result

    # --- applying ------------------------------------------------------------------------
    def _apply(
        self, session: Session, case: Case, cipher: CaseCipher, actor: Actor, change: CaseEdit
    ) -> list[str]:
        errors: dict[str, str] = {}
        changed: list[str] = []
        changed += self._parties(session, case, cipher, change, errors)
        for key, value in (
            ("kind", change.kind),
            ("channel", change.channel),
            ("jurisdiction", change.jurisdiction),
            ("language", change.language),
            ("answer_medium", change.answer_medium),
            ("answer_format", change.answer_format),
        ):
            if value is not None and getattr(case, key) != value.value:
                setattr(case, key, value.value)
                changed.append(key)
        for key, clear in (
            ("answer_medium", change.clear_answer_medium),
            ("answer_format", change.clear_answer_format),
        ):
            if clear and getattr(case, key) is not None:
                setattr(case, key, None)
                changed.append(key)
        types = _new_types(decode_types(case.request_types), change)
        if set(types) != set(decode_types(case.request_types)):
            case.request_types = encode_types(types)
            changed.append("request_types")
        if CaseKind(case.kind) is CaseKind.REQUEST and not types:
            errors["request_types"] = translate(
                "CaseService", "Tick at least one request type for a request."
            )
        if change.received is not None and change.received != case.received:
            self._receipt_date(session, case, cipher, actor, change, errors)
            changed.append("received")
        if errors:
            raise ValidationFailed(errors)
        if {"received", "jurisdiction"} & set(changed):
            refresh_due(session, case, self.today())
        return changed

    def _parties(
        self, session: Session, case: Case, cipher: CaseCipher, change: CaseEdit, errors: dict[str, str]
    ) -> list[str]:
        rows = {
            p.role: p
            for p in session.scalars(select(Party).where(Party.case_id == case.id).order_by(Party.id))
        }
        changed: list[str] = []
        applicant = rows.get(PartyRole.APPLICANT.value)
        if change.applicant:
            if applicant is None:  # an import that found no applicant at all
                applicant = Party(case_id=case.id, role=PartyRole.APPLICANT.value, payload=b"")
                session.add(applicant)
                before = PartyData()
            else:
                before = PartyData.from_json(cipher.open_json(applicant.payload, "party"))
            after = _patched(before, change.applicant, PartyRole.APPLICANT)
            changed += _party_changes("applicant", before, after, errors, required_name=True)
            applicant.payload = cipher.seal_json(after.to_json(), "party")
        representative = rows.get(PartyRole.REPRESENTATIVE.value)
        if change.remove_representative:
            if representative is not None:
                session.delete(representative)
                changed.append("representative.removed")
            return changed
        if change.representative:
            if representative is None:
                before = PartyData(role=PartyRole.REPRESENTATIVE)
                after = _patched(before, change.representative, PartyRole.REPRESENTATIVE)
                _party_changes("representative", before, after, errors, required_name=True)
                if after.representative_kind is None:
                    errors["representative.representative_kind"] = translate(
                        "CaseEdit", "Say whether the representative is a legal representative or an agent."
                    )
                session.add(
                    Party(
                        case_id=case.id,
                        role=PartyRole.REPRESENTATIVE.value,
                        payload=cipher.seal_json(after.to_json(), "party"),
                    )
                )
                changed.append("representative.added")
            else:
                before = PartyData.from_json(cipher.open_json(representative.payload, "party"))
                after = _patched(before, change.representative, PartyRole.REPRESENTATIVE)
                changed += _party_changes("representative", before, after, errors, required_name=True)
                representative.payload = cipher.seal_json(after.to_json(), "party")
        return changed

    def _receipt_date(
        self,
        session: Session,
        case: Case,
        cipher: CaseCipher,
        actor: Actor,
        change: CaseEdit,
        errors: dict[str, str],
    ) -> None:
        new = change.received
        assert new is not None
        if not change.reason.strip():
            errors["reason"] = translate("CaseEdit", "Say why the receipt date is corrected.")
        if new > self.today():
            errors["received"] = translate("CaseService", "The receipt date cannot be in the future.")
        first = min(
            (r.on for r in clock_rows(session, case) if r.kind != ClockEventKind.RECEIPT_DATE), default=None
        )
        if first is not None and new > first:
            errors["received"] = translate(
                "CaseEdit",
                "The receipt date cannot be after the clock's first entry ({day:%Y-%m-%d}).",
            ).format(day=first)
        if errors:
            return
        # The ledger keeps the old date in the reason's line, which is sealed like any reason.
        reason = translate("CaseEdit", "{old:%Y-%m-%d} → {new:%Y-%m-%d}: {reason}").format(
            old=case.received, new=new, reason=change.reason.strip()
        )
        case.received = new
        add_clock_entry(session, case, cipher, actor, ClockEntry(ClockEventKind.RECEIPT_DATE, new, reason))


def _check_patch(patch: PartyPatch) -> None:
    unknown = set(patch) - set(PARTY_FIELDS)
    if unknown:
        raise ValueError(f"not party fields: {sorted(unknown)}")


def _patched(before: PartyData, patch: PartyPatch, role: PartyRole) -> PartyData:
    values: dict[str, object] = {}
    for key, value in patch.items():
        if key == "representative_kind":
            values[key] = RepresentativeKind(value) if value else None
        elif key == "postal_code":
            values[key] = normalise_postal_code(str(value or ""))
        elif key == "country":
            values[key] = str(value or "JP").strip().upper() or "JP"
        else:
            values[key] = str(value or "").strip() if key != "address" else str(value or "").strip("\n ")
    return replace(before, role=role, **values)  # type: ignore[arg-type]


def _party_changes(
    who: str, before: PartyData, after: PartyData, errors: dict[str, str], *, required_name: bool
) -> list[str]:
    changed = [f"{who}.{key}" for key in PARTY_FIELDS if getattr(before, key) != getattr(after, key)]
    changed = [c for c in changed if not (who == "applicant" and c.endswith(".representative_kind"))]
    if changed:
        for key, message in validate_party(after, required_name=required_name).errors.items():
            errors[f"{who}.{key}"] = message
    return changed


def _new_types(current: list[RequestType], change: CaseEdit) -> list[RequestType]:
    types = list(change.request_types) if change.request_types is not None else list(current)
    types += [t for t in change.add_types if t not in types]
    order = list(RequestType)
    return sorted({t for t in types if t not in change.remove_types}, key=order.index)
