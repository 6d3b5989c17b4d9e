"""The SQL the reports are built from: every figure is a GROUP BY or a count in the database.

They read only the anonymous columns of the register (``cases``), the timeline's action
names and dates (``events``) and the audit log, which all survive a purge. A case is
*answered* on its last respond / refuse / withdraw event or, failing that, when it was
closed (imported history has no events); "days to respond" is that day minus the legal
receipt date, and its median comes from a histogram of day counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Date, Integer, and_, case, cast, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from inquiry_desk.domain.enums import CaseState, Outcome, RequestType
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.outcomes import stored_or_mapped
from inquiry_desk.domain.refusals import NOT_RECORDED, RefusalCategory
from inquiry_desk.domain.reports import DueCase, Timeliness
from inquiry_desk.services.cases.views import decode_types
from inquiry_desk.store.models import Case, Event, User

ANSWER_ACTIONS = (Action.RESPOND.value, Action.REFUSE.value, Action.WITHDRAW.value)
# Written by DeadlineService.extend on the timeline, which survives the purge (the clock
# ledger itself is personal and goes with the case).
EXTENSION_ACTION = "extension"


def when_answered() -> ColumnElement[Any]:
    last_answer = (
        select(func.max(Event.at))
        .where(Event.case_id == Case.id, Event.action.in_(ANSWER_ACTIONS))
        .correlate(Case)
        .scalar_subquery()
    )
    return func.coalesce(last_answer, Case.closed_at)


def is_answer() -> ColumnElement[bool]:
    """The case has an outcome that answers it: not none yet, and not "merged" (a duplicate
    filed into another case is not a request answered; it is counted apart)."""
    return and_(Case.outcome.is_not(None), Case.outcome != Outcome.MERGED.value)


def merged(session: Session, since: datetime, until: datetime) -> int:
    """Cases merged into another in the period (the merge closes them at once)."""
    return int(
        session.scalar(
            select(func.count(Case.id)).where(
                Case.outcome == Outcome.MERGED.value, Case.closed_at >= since, Case.closed_at < until
            )
        )
        or 0
    )


def days_to_answer(session: Session, answered_at: ColumnElement[Any]) -> ColumnElement[Any]:
    # Date arithmetic is the one place the two engines differ.
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.julianday(func.date(answered_at)) - func.julianday(Case.received), Integer)
    return cast(answered_at, Date) - Case.received


def start_of(day: date) -> datetime:
    return datetime.combine(day, time())


def first_of_month_after(day: date, months: int) -> date:
    """The first day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_key(year: Any, month: Any) -> str:
    return f"{int(year):04d}-{int(month):02d}"


def median_from_histogram(histogram: Iterable[tuple[int, int]]) -> float | None:
    """Median of values given as (value, how many), e.g. days → cases."""
    pairs = sorted((int(v), int(n)) for v, n in histogram if n)
    total = sum(n for _, n in pairs)
    if not total:
        return None
    wanted = [(total - 1) // 2, total // 2]  # the middle one, or the two middle ones
    found: list[int] = []
    seen = 0
    for value, n in pairs:
        while wanted and wanted[0] < seen + n:
            found.append(value)
            wanted.pop(0)
        seen += n
    return sum(found) / len(found)


def timeliness(session: Session, since: datetime, until: datetime) -> Timeliness:
    answered_at = when_answered()
    in_period = and_(answered_at >= since, answered_at < until, is_answer())
    met, missed, answered = session.execute(
        select(
            func.sum(case((Case.deadline_met.is_(True), 1), else_=0)),
            func.sum(case((Case.deadline_met.is_(False), 1), else_=0)),
            func.count(Case.id),
        ).where(in_period)
    ).one()
    days = days_to_answer(session, answered_at).label("days")
    # Withdrawals are not responses: they do not count towards the time to respond.
    histogram = session.execute(
        select(days, func.count(Case.id))
        .where(in_period, Case.outcome != Outcome.WITHDRAWN.value)
        .group_by(days)
    ).all()
    return Timeliness(
        int(answered or 0),
        int(met or 0),
        int(missed or 0),
        median_from_histogram((d, n) for d, n in histogram if d is not None),
    )


def refusals(session: Session, since: datetime, until: datetime) -> int:
    answered_at = when_answered()
    return int(
        session.scalar(
            select(func.count(Case.id)).where(
                Case.outcome == Outcome.REFUSED.value, answered_at >= since, answered_at < until
            )
        )
        or 0
    )


def refusals_by_category(session: Session, since: datetime, until: datetime) -> dict[str, int]:
    """Refusals answered in the period by legal ground; rows without one under NOT_RECORDED."""
    answered_at = when_answered()
    key = func.coalesce(Case.refusal_category, NOT_RECORDED)
    rows = session.execute(
        select(key, func.count(Case.id))
        .where(Case.outcome == Outcome.REFUSED.value, answered_at >= since, answered_at < until)
        .group_by(key)
    )
    counts = {str(k): int(n) for k, n in rows}
    # The law's order, not the database's, so months compare line by line.
    order = [c.value for c in RefusalCategory] + [NOT_RECORDED]
    return dict(
        sorted(counts.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0]))
    )


def extensions(session: Session, since: datetime, until: datetime) -> int:
    return int(
        session.scalar(
            select(func.count(Event.id)).where(
                Event.action == EXTENSION_ACTION, Event.at >= since, Event.at < until
            )
        )
        or 0
    )


def due_cases(session: Session, *conditions: ColumnElement[bool], today: date) -> tuple[DueCase, ...]:
    rows = session.execute(
        select(Case.ref, Case.due, Case.state, User.display_name)
        .outerjoin(User, User.id == Case.assignee_id)
        .where(*conditions)
        .order_by(Case.due.is_(None), Case.due, Case.id)
    ).all()
    return tuple(
        DueCase(ref, due, (due - today).days if due else None, CaseState(state), name or "")
        for ref, due, state, name in rows
    )


def count_by(session: Session, column: Any, *conditions: ColumnElement[bool]) -> dict[str, int]:
    rows = session.execute(select(column, func.count(Case.id)).where(*conditions).group_by(column))
    return {str(value): int(n) for value, n in rows if value is not None}


def type_sums() -> list[Any]:
    return [func.sum(case((Case.request_types.like(f"%,{t.value},%"), 1), else_=0)) for t in RequestType]


def results_by_type(session: Session, answered: ColumnElement[bool]) -> dict[RequestType, dict[str, int]]:
    """Each request type's results among the cases answered in the period (rows answered before
    per-type outcomes existed count their single outcome under every type)."""
    counts: dict[RequestType, dict[str, int]] = {}
    rows = session.execute(
        select(Case.request_types, Case.type_outcomes, Case.outcome, Case.refusal_category).where(answered)
    )
    for types, stored, outcome, ground in rows:
        for found in stored_or_mapped(decode_types(types), stored, outcome, ground):
            per = counts.setdefault(found.request_type, {})
            per[found.result.value] = per.get(found.result.value, 0) + 1
    return {t: counts[t] for t in RequestType if t in counts}
