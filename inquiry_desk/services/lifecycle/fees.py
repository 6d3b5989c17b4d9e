"""The fee ledger of a case: what was asked, paid, waived and refunded.

Whether a fee may be asked at all is the domain's :func:`fees.fee_policy`; this
service refuses to record a request for a fee where none is allowed, so the
department never asks an EEA applicant for money without the explicit flag
that the request is manifestly unfounded or excessive.

A postal money order usually arrives by post and is cashed at the post office days
later, so its cashing date is recorded either with the entry or afterwards with
:meth:`FeeService.mark_cashed`. The date matters: an order cashed after its last
valid day was not honoured, and the summary leaves it out of the received total.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from inquiry_desk.domain.enums import Jurisdiction
from inquiry_desk.domain.errors import NotFound, ValidationFailed
from inquiry_desk.domain.fees import (
    FeeDecision,
    FeeEntry,
    FeeEntryKind,
    FeeSummary,
    PaymentMethod,
    describe_balance,
    fee_policy,
    money_order_expired,
    money_order_last_valid_day,
    summarise,
)
from inquiry_desk.domain.i18n import label_of, translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.facts import FEE_PURPOSE, fee_rows, load_case, now, seal_text, to_fee_entry
from inquiry_desk.services.cases.views import decode_types
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.settings.lifecycle import fee_rules
from inquiry_desk.store.engine import Database
from inquiry_desk.store.lifecycle_models import FeeLedgerEntry


@dataclass(frozen=True)
class FeeLine:
    id: int
    entry: FeeEntry
    excessive: bool
    recorded_by: str
    recorded_at: datetime
    last_valid_day: date | None  # money orders only
    # Cashed (entry.cashed_on) or, until cashed, held past last_valid_day: not counted.
    expired: bool

    @property
    def cashable(self) -> bool:
        """A received money order: the only kind of entry that can be marked cashed."""
        return (
            self.entry.kind is FeeEntryKind.RECEIVED and self.entry.method is PaymentMethod.POSTAL_MONEY_ORDER
        )


@dataclass(frozen=True)
class FeeOverview:
    ref: str
    policy: FeeDecision
    lines: tuple[FeeLine, ...]
    summary: FeeSummary
    balance_text: str
    version: int = 1  # of the case: what a change made from this overview quotes


class FeeService:
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

    def overview(self, actor: Actor, ref: str, *, excessive: bool = False) -> FeeOverview:
        actor.require(Permission.VIEW_PERSONAL)
        today = self.today()
        with self.db.read() as session:
            case = load_case(session, ref)
            cipher = self.keys.cipher(session, case)
            rules = fee_rules(session)
            rows = fee_rows(session, case)
            flagged = excessive or any(r.excessive for r in rows)
            policy = fee_policy(
                Jurisdiction(case.jurisdiction),
                decode_types(case.request_types),
                manifestly_unfounded_or_excessive=flagged,
                rules=rules,
            )
            lines = []
            for row in rows:
                entry = to_fee_entry(row, cipher)
                last = (
                    money_order_last_valid_day(entry.money_order_issued_on, rules)
                    if entry.money_order_issued_on
                    else None
                )
                lines.append(
                    FeeLine(
                        row.id,
                        entry,
                        row.excessive,
                        row.recorded_by,
                        row.recorded_at,
                        last,
                        money_order_expired(entry, today, rules),
                    )
                )
            summary = summarise(
                [line.entry for line in lines],
                today,
                rules,
                unrequested_fee_jpy=policy.amount_jpy if policy.allowed else 0,
            )
            return FeeOverview(
                case.ref, policy, tuple(lines), summary, describe_balance(summary), case.version
            )

    def record(
        self,
        actor: Actor,
        ref: str,
        kind: FeeEntryKind,
        amount_jpy: int,
        *,
        on: date | None = None,
        method: PaymentMethod | None = None,
        money_order_issued_on: date | None = None,
        cashed_on: date | None = None,
        note: str = "",
        excessive: bool = False,
        expected_version: int | None = None,
    ) -> int:
        actor.require(Permission.EDIT_CASE)
        today = self.today()
        try:
            entry = FeeEntry(kind, on or today, amount_jpy, method, money_order_issued_on, cashed_on, note)
        except ValueError as exc:
            # Named by the field it is about, so that the form shows it beside that field.
            raise ValidationFailed({_entry_field(kind, amount_jpy, method): str(exc)}) from None
        if entry.on > today:
            raise ValidationFailed(
                {"on": translate("Lifecycle", "A fee entry cannot be dated in the future.")}
            )
        if money_order_issued_on is not None and money_order_issued_on > entry.on:
            raise ValidationFailed(
                {
                    "money_order_issued_on": translate(
                        "Lifecycle",
                        "A money order cannot be issued ({issued:%Y-%m-%d}) after the day "
                        "it was received ({received:%Y-%m-%d}).",
                    ).format(issued=money_order_issued_on, received=entry.on)
                }
            )
        if cashed_on is not None:
            _check_cashing(entry.kind, entry.method, entry.on, cashed_on, today)
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            if kind is FeeEntryKind.REQUESTED:
                decision = fee_policy(
                    Jurisdiction(case.jurisdiction),
                    decode_types(case.request_types),
                    manifestly_unfounded_or_excessive=excessive,
                    rules=fee_rules(session),
                )
                if not decision.allowed:
                    raise ValidationFailed(
                        {
                            "fee": translate("Lifecycle", "No fee may be asked: {reason}").format(
                                reason=decision.reason
                            )
                        }
                    )
            cipher = self.keys.cipher(session, case)
            stamp = now()
            row = FeeLedgerEntry(
                case_id=case.id,
                kind=kind.value,
                on=entry.on,
                amount_jpy=amount_jpy,
                method=method.value if method else None,
                money_order_issued_on=money_order_issued_on,
                cashed_on=cashed_on,
                excessive=excessive,
                recorded_by=actor.username,
                recorded_at=stamp,
                note=seal_text(cipher, note, FEE_PURPOSE),
            )
            session.add(row)
            session.flush()
            add_event(session, case, actor, "fee", f"{kind.label}: {amount_jpy:,} JPY", at=stamp)
            audit.record(
                session,
                actor,
                "case.fee",
                case.ref,
                {
                    "kind": kind.value,
                    "amount_jpy": amount_jpy,
                    "method": method.value if method else None,
                    "on": entry.on.isoformat(),
                    "cashed_on": cashed_on.isoformat() if cashed_on else None,
                },
                at=stamp,
            )
        if self._on_change:
            self._on_change()
        return row.id

    def mark_cashed(
        self, actor: Actor, ref: str, entry_id: int, cashed_on: date, *, expected_version: int | None = None
    ) -> None:
        """Record the day a received postal money order was cashed; setting it again corrects it.

        Each call leaves an event and an audit entry, so a corrected date is never silent:
        the date decides whether the order counts (cashed after its last valid day it
        does not), and so whether the fee is paid.
        """
        actor.require(Permission.EDIT_CASE)
        today = self.today()
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            row = session.get(FeeLedgerEntry, entry_id)
            # Another case's entry is reported as missing: the ref names the case being worked.
            if row is None or row.case_id != case.id:
                raise NotFound(
                    translate("Lifecycle", "Case {ref} has no fee entry {entry}.").format(
                        ref=case.ref, entry=entry_id
                    )
                )
            kind = FeeEntryKind(row.kind)
            method = PaymentMethod(row.method) if row.method else None
            _check_cashing(kind, method, row.on, cashed_on, today)
            previous = row.cashed_on
            row.cashed_on = cashed_on
            rules = fee_rules(session)
            last = (
                money_order_last_valid_day(row.money_order_issued_on, rules)
                if row.money_order_issued_on
                else None
            )
            expired = last is not None and cashed_on > last
            stamp = now()
            summary = f"Money order ({row.amount_jpy:,} JPY) cashed on {cashed_on:%Y-%m-%d}"
            if previous is not None:
                summary += f" (corrected from {previous:%Y-%m-%d})"
            if expired:
                summary += f"; after its last valid day {last:%Y-%m-%d}, not counted"
            add_event(session, case, actor, "fee", summary, at=stamp)
            audit.record(
                session,
                actor,
                "case.fee_cashed",
                case.ref,
                {
                    "entry_id": row.id,
                    "kind": kind.value,
                    "amount_jpy": row.amount_jpy,
                    "method": row.method,
                    "received_on": row.on.isoformat(),
                    "cashed_on": cashed_on.isoformat(),
                    "previous_cashed_on": previous.isoformat() if previous else None,
                    "expired": expired,
                },
                at=stamp,
            )
        if self._on_change:
            self._on_change()


def _check_cashing(
    kind: FeeEntryKind, method: PaymentMethod | None, received_on: date, cashed_on: date, today: date
) -> None:
    """Refuse a cashing date that cannot be true; shared by record() and mark_cashed()."""
    if kind is not FeeEntryKind.RECEIVED or method is not PaymentMethod.POSTAL_MONEY_ORDER:
        if method is None:
            message = translate(
                "Lifecycle", "Only a received postal money order can be marked cashed; this entry is: {kind}."
            ).format(kind=label_of(kind))
        else:
            message = translate(
                "Lifecycle",
                "Only a received postal money order can be marked cashed; this entry is: {kind}, {method}.",
            ).format(kind=label_of(kind), method=label_of(method))
        raise ValidationFailed({"cashed_on": message})
    if cashed_on > today:
        raise ValidationFailed(
            {
                "cashed_on": translate(
                    "Lifecycle",
                    "A money order cannot be cashed in the future "
                    "({cashed:%Y-%m-%d}; today is {today:%Y-%m-%d}).",
                ).format(cashed=cashed_on, today=today)
            }
        )
    if cashed_on < received_on:
        raise ValidationFailed(
            {
                "cashed_on": translate(
                    "Lifecycle",
                    "A money order cannot be cashed ({cashed:%Y-%m-%d}) "
                    "before it was received ({received:%Y-%m-%d}).",
                ).format(cashed=cashed_on, received=received_on)
            }
        )


def _entry_field(kind: FeeEntryKind, amount_jpy: int, method: PaymentMethod | None) -> str:
    """The field a refused fee entry is wrong in, checked in the order FeeEntry checks."""
    if amount_jpy <= 0:
        return "amount_jpy"
    if kind in (FeeEntryKind.RECEIVED, FeeEntryKind.REFUNDED) and method is None:
        return "method"
    return "money_order_issued_on"
