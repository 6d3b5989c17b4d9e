"""Reading a case's lifecycle facts from the database into the domain's plain values.

Shared by the workflow, verification, deadline and fee services so that each builds
the domain inputs (clock ledger, verification input, fee ledger) the same way. All
functions run inside the caller's unit of work.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inquiry_desk.domain import deadlines
from inquiry_desk.domain.deadline_settings import DeadlineRules
from inquiry_desk.domain.deadlines import ClockEntry, ClockEventKind
from inquiry_desk.domain.enums import Channel, Jurisdiction, PartyRole, RepresentativeKind
from inquiry_desk.domain.errors import NotFound
from inquiry_desk.domain.fees import FeeEntry, FeeEntryKind, FeeSummary, PaymentMethod, fee_policy, summarise
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.domain.verification import Evidence, EvidenceType, VerificationInput
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.cases.versioning import check_version
from inquiry_desk.services.cases.views import decode_types
from inquiry_desk.services.settings.lifecycle import deadline_rules, fee_rules
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.lifecycle_models import (
    ClockLedgerEntry,
    EvidenceItem,
    FeeLedgerEntry,
    VerificationRecord,
)
from inquiry_desk.store.models import Case, Party

CLOCK_PURPOSE = "clock"
EVIDENCE_PURPOSE = "evidence"
FEE_PURPOSE = "fee"


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def load_case(session: Session, ref: str, expected_version: int | None = None) -> Case:
    """The case to change; refused (`StaleCase`) when the caller saw another version of it."""
    case = session.scalar(select(Case).where(Case.ref == ref.strip().upper()))
    if case is None:
        raise NotFound(translate("CaseService", "There is no case {ref}.").format(ref=ref))
    check_version(session, case, expected_version)
    return case


def open_text(cipher: CaseCipher | None, sealed: bytes | None, purpose: str) -> str:
    if cipher is None or sealed is None:
        return ""
    return cipher.open(sealed, purpose).decode()


def seal_text(cipher: CaseCipher, text: str, purpose: str) -> bytes | None:
    return cipher.seal(text.encode(), purpose) if text.strip() else None


def clock_rows(session: Session, case: Case) -> list[ClockLedgerEntry]:
    return list(
        session.scalars(
            select(ClockLedgerEntry)
            .where(ClockLedgerEntry.case_id == case.id)
            .order_by(ClockLedgerEntry.on, ClockLedgerEntry.id)
        )
    )


def clock_ledger(session: Session, case: Case, cipher: CaseCipher | None) -> list[ClockEntry]:
    """The domain ledger; reasons are decrypted only when a cipher is given (they may be personal)."""
    return [
        ClockEntry(ClockEventKind(r.kind), r.on, open_text(cipher, r.reason, CLOCK_PURPOSE), r.months)
        for r in clock_rows(session, case)
    ]


def add_clock_entry(
    session: Session, case: Case, cipher: CaseCipher, actor: Actor, entry: ClockEntry
) -> None:
    session.add(
        ClockLedgerEntry(
            case_id=case.id,
            kind=entry.kind.value,
            on=entry.on,
            months=entry.months,
            actor=actor.username,
            recorded_at=now(),
            reason=seal_text(cipher, entry.reason, CLOCK_PURPOSE),
        )
    )
    session.flush()


def refresh_due(session: Session, case: Case, today: date) -> date:
    """Recompute the stored due date from the ledger; the register filters on it in SQL."""
    case.due = due_under(session, case, deadline_rules(session), today)
    return case.due


def due_under(session: Session, case: Case, rules: DeadlineRules, today: date) -> date:
    """The case's due date under ``rules``, written nowhere (a preview of new settings).

    Reasons do not change the dates, except that a reasonless extension has no effect;
    so the extension reasons are checked for presence from the sealed column directly.
    """
    return _due_from(case, clock_rows(session, case), rules, today)


def due_before_last_extension(session: Session, case: Case, today: date) -> date:
    """The due date as it stood before the case's last extension: the time limit its extension
    notice says cannot be kept (the stored due date is already the extended one)."""
    rows = clock_rows(session, case)
    extensions = [i for i, r in enumerate(rows) if r.kind == ClockEventKind.EXTENSION.value]
    if extensions:
        del rows[extensions[-1]]
    return _due_from(case, rows, deadline_rules(session), today)


def _due_from(case: Case, rows: list[ClockLedgerEntry], rules: DeadlineRules, today: date) -> date:
    ledger = [ClockEntry(ClockEventKind(r.kind), r.on, "x" if r.reason else "", r.months) for r in rows]
    return deadlines.due_date(case.received, Jurisdiction(case.jurisdiction), ledger, rules, as_of=today)


def verification_record(session: Session, case: Case) -> VerificationRecord | None:
    return session.scalar(select(VerificationRecord).where(VerificationRecord.case_id == case.id))


def evidence_rows(session: Session, case: Case) -> list[EvidenceItem]:
    return list(
        session.scalars(select(EvidenceItem).where(EvidenceItem.case_id == case.id).order_by(EvidenceItem.id))
    )


def to_evidence(row: EvidenceItem) -> Evidence:
    return Evidence(
        EvidenceType(row.type), PartyRole(row.holder), row.issued_on, row.expires_on, row.masking_confirmed
    )


def verification_input(session: Session, case: Case, cipher: CaseCipher) -> VerificationInput:
    record = verification_record(session, case)
    representative = None
    for party in session.scalars(
        select(Party).where(Party.case_id == case.id, Party.role == PartyRole.REPRESENTATIVE.value)
    ):
        data = PartyData.from_json(cipher.open_json(party.payload, "party"))
        # A representative without a stated kind is treated as an appointed agent: the
        # power of attorney is then asked for, the stricter of the two.
        representative = data.representative_kind or RepresentativeKind.APPOINTED
    return VerificationInput(
        received=case.received,
        evidence=[to_evidence(r) for r in evidence_rows(session, case)],
        channel=Channel(case.channel),
        email_matches_account=record.email_matches_account if record else None,
        representative=representative,
        name_matches=record.name_matches if record else None,
        address_matches=record.address_matches if record else None,
    )


def fee_rows(session: Session, case: Case) -> list[FeeLedgerEntry]:
    return list(
        session.scalars(
            select(FeeLedgerEntry)
            .where(FeeLedgerEntry.case_id == case.id)
            .order_by(FeeLedgerEntry.on, FeeLedgerEntry.id)
        )
    )


def to_fee_entry(row: FeeLedgerEntry, cipher: CaseCipher | None) -> FeeEntry:
    return FeeEntry(
        FeeEntryKind(row.kind),
        row.on,
        row.amount_jpy,
        PaymentMethod(row.method) if row.method else None,
        row.money_order_issued_on,
        row.cashed_on,
        open_text(cipher, row.note, FEE_PURPOSE),
    )


def case_fees(session: Session, case: Case, today: date) -> FeeSummary:
    """The case's fee totals on ``today``, a payment made before any request counted against
    the fee the policy sets (see `domain.fees.summarise`)."""
    rules = fee_rules(session)
    rows = fee_rows(session, case)
    policy = fee_policy(
        Jurisdiction(case.jurisdiction),
        decode_types(case.request_types),
        manifestly_unfounded_or_excessive=any(r.excessive for r in rows),
        rules=rules,
    )
    entries = [to_fee_entry(row, None) for row in rows]
    return summarise(entries, today, rules, unrequested_fee_jpy=policy.amount_jpy if policy.allowed else 0)
