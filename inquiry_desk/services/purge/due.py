"""Which finished cases the purge erases, and when: the grace period and the due check.

A finished case (responded, refused, withdrawn or closed — `closed_at` is set when the
answer goes out) is due once its grace period has passed, unless a manager placed it
under legal hold. SQL narrows the candidates; the lifecycle guard decides each one, so the
panel, the scheduled run and an early purge all apply the same rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.lifecycle import ANSWERED_STATES, Action, GuardContext, check
from inquiry_desk.services.purge.batch import CaseRow
from inquiry_desk.store.models import Case, Setting

GRACE_KEY = "purge.grace_days"
DEFAULT_GRACE_DAYS = 30
MAX_GRACE_DAYS = 3650
# Finished states. `closed` is the explicit end; an answered case counts from `closed_at`
# too, so a case nobody remembered to close is still erased on time.
PURGEABLE_STATES: frozenset[CaseState] = ANSWERED_STATES | {CaseState.CLOSED}


@dataclass(frozen=True)
class ClosedCase:
    """A finished case as the purge panel shows it: anonymous columns and its purge date."""

    ref: str
    state: CaseState
    closed_at: datetime | None
    purge_from: date | None
    legal_hold: bool
    due: bool
    # The case's version when listed: a legal hold placed from the panel quotes it, so a
    # colleague's change made meanwhile is not silently written over.
    version: int = 0


def read_grace_days(session: Session) -> int:
    """The grace period set by a manager; the default if unset or unreadable."""
    row = session.get(Setting, GRACE_KEY)
    if row is None:
        return DEFAULT_GRACE_DAYS
    try:
        value = int(json.loads(row.value))
    except (ValueError, TypeError):
        return DEFAULT_GRACE_DAYS
    return value if 0 <= value <= MAX_GRACE_DAYS else DEFAULT_GRACE_DAYS


def guard_context(case: Case | CaseRow, grace: int, today: date) -> GuardContext:
    closed = case.closed_at.date() if case.closed_at else None
    return GuardContext(closed_at=closed, grace_days=grace, legal_hold=case.legal_hold, today=today)


def purge_from(case: Case, grace: int) -> date | None:
    return case.closed_at.date() + timedelta(days=grace) if case.closed_at else None


def due_ids(session: Session, grace: int, today: date) -> tuple[list[int], list[str]]:
    """The ids of the cases due, in id order, and the references held back by a legal hold."""
    # SQL narrows to finished cases closed before the cut-off; the lifecycle guard decides.
    cutoff = datetime.combine(today - timedelta(days=grace) + timedelta(days=1), time.min)
    rows = session.scalars(
        select(Case)
        .where(
            Case.state.in_([s.value for s in PURGEABLE_STATES]),
            Case.closed_at.is_not(None),
            Case.closed_at < cutoff,
        )
        .order_by(Case.id)
    ).all()
    due: list[int] = []
    held: list[str] = []
    for case in rows:
        decision = check(CaseState.CLOSED, Action.PURGE, guard_context(case, grace, today))
        if decision:
            due.append(case.id)
        elif case.legal_hold:
            held.append(case.ref)
    return due, held


def closed_cases(session: Session, grace: int, today: date) -> list[ClosedCase]:
    """Finished cases still holding personal data, with the day each will be purged."""
    rows = session.scalars(
        select(Case)
        .where(Case.state.in_([s.value for s in PURGEABLE_STATES]))
        .order_by(Case.closed_at, Case.id)
    )
    out = []
    for case in rows:
        ok = bool(check(CaseState.CLOSED, Action.PURGE, guard_context(case, grace, today)))
        out.append(
            ClosedCase(
                case.ref,
                CaseState(case.state),
                case.closed_at,
                purge_from(case, grace),
                case.legal_hold,
                ok,
                case.version,
            )
        )
    return out


def refuse_unless_purgeable(case: Case | CaseRow, grace: int, today: date) -> None:
    """Raises UserError, saying why, unless the case is finished and due."""
    state = CaseState(case.state)
    if state not in PURGEABLE_STATES:
        decision = check(state, Action.PURGE, guard_context(case, grace, today))
        raise UserError(decision.reason or translate("Purge", "Only a finished case can be purged."))
    decision = check(CaseState.CLOSED, Action.PURGE, guard_context(case, grace, today))
    if not decision:
        raise UserError(decision.reason)
