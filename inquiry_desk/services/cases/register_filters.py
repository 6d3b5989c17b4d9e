"""The register's filters other than the search text, as SQL conditions (register.py).

Apart from the queries so that each can be read alone: these narrow by state, channel,
kind, request type, assignee, due date, review and "awaiting"; the search text is matched
by register.py with register_search.py and the name index (register_index.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, false, or_

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.store.models import Case

OPEN_STATES = [s.value for s in CaseState if s.is_open]
AWAITING_STATES = {"approval": CaseState.AWAITING_APPROVAL, "applicant": CaseState.AWAITING_APPLICANT}

# Open cases where the department has the ball: not waiting for the applicant or the manager.
_WORKING_STATES = [
    s.value
    for s in CaseState
    if s.is_open and s not in (CaseState.AWAITING_APPLICANT, CaseState.AWAITING_APPROVAL)
]

Sel = TypeVar("Sel", bound=Select[*tuple[Any, ...]])


def awaiting_me(flt: RegisterFilter) -> ColumnElement[bool]:
    """My open cases that wait on me (not on the applicant or the manager), and for a
    manager every case awaiting approval, whoever holds it."""
    mine = (
        and_(Case.assignee_id == flt.me_id, Case.state.in_(_WORKING_STATES))
        if flt.me_id is not None
        else false()
    )
    if flt.me_approves:
        return or_(mine, Case.state == CaseState.AWAITING_APPROVAL.value)
    return mine


def needs_review() -> ColumnElement[bool]:
    # A purged case has nothing left to check, whatever its column says.
    return and_(Case.suggested != "", Case.state != CaseState.PURGED.value)


def filtered(stmt: Sel, flt: RegisterFilter, today: date, due_soon_days: Callable[[], int]) -> Sel:
    """`stmt` narrowed by every part of the filter but the search text. `due_soon_days`
    is asked only when the filter needs it (it reads the deadline settings)."""
    if flt.states:
        stmt = stmt.where(Case.state.in_([s.value for s in flt.states]))
    if not flt.include_purged:
        stmt = stmt.where(Case.state != CaseState.PURGED.value)
    if flt.channels:
        stmt = stmt.where(Case.channel.in_([c.value for c in flt.channels]))
    if flt.kinds:
        stmt = stmt.where(Case.kind.in_([k.value for k in flt.kinds]))
    if flt.request_type is not None:
        stmt = stmt.where(Case.request_types.like(f"%,{flt.request_type.value},%"))
    if flt.assignee_id is not None:
        stmt = stmt.where(Case.assignee_id == flt.assignee_id)
    if flt.due in ("overdue", "due_soon"):
        # A paused clock is not running late: the applicant has the ball.
        running = [s for s in OPEN_STATES if s != CaseState.AWAITING_APPLICANT.value]
        stmt = stmt.where(Case.state.in_(running), Case.due.is_not(None))
        if flt.due == "overdue":
            stmt = stmt.where(Case.due < today)
        else:
            soon = due_soon_days()
            stmt = stmt.where(Case.due >= today, Case.due <= today + timedelta(days=soon))
    if flt.needs_review:
        stmt = stmt.where(needs_review())
    if flt.awaiting in AWAITING_STATES:
        stmt = stmt.where(Case.state == AWAITING_STATES[flt.awaiting].value)
    elif flt.awaiting == "me":
        stmt = stmt.where(awaiting_me(flt))
    return stmt
