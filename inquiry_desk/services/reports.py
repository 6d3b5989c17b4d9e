"""The manager's dashboard, the monthly report and the anonymous register export.

Everything here reads only the anonymous columns of the register (``cases``), the
timeline's action names and dates (``events``) and the audit log, which all survive a
purge: years of statistics stay right after the personal data is gone. Nothing loads
the register into Python; every figure is a GROUP BY in SQL, and the median days to
respond comes from a histogram of day counts (one row per distinct number of days).

Dates: a case is *answered* on its last respond / refuse / withdraw event (the
workflow writes them) or, failing that, when it was closed (rows written in bulk, such
as imported history, have no events). "Days to respond" is that day minus the legal
receipt date.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Date, Integer, and_, case, cast, extract, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from inquiry_desk.domain.enums import CaseKind, CaseState, Channel, Jurisdiction, Outcome, RequestType
from inquiry_desk.domain.errors import ValidationFailed
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.case_views import decode_types
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import AuditEntry, Case, Event, User

DUE_SOON_DAYS = 3
DASHBOARD_MONTHS = 12
OPEN_STATES: tuple[CaseState, ...] = tuple(s for s in CaseState if s.is_open)
# A paused clock is not running late: the applicant has the ball (same rule as the register).
RUNNING_STATES: tuple[CaseState, ...] = tuple(s for s in OPEN_STATES if not s.clock_paused)
ANSWER_ACTIONS = (Action.RESPOND.value, Action.REFUSE.value, Action.WITHDRAW.value)
# Written by DeadlineService.extend on the timeline, which survives the purge (the clock
# ledger itself is personal and goes with the case).
EXTENSION_ACTION = "extension"
PURGE_RUN_ACTION = "purge.run"
# The workflow seals the refusal reasons with the case key (they are what staff typed), so
# there is no non-personal category to count by.
REFUSAL_CATEGORIES_NOTE = "categories not recorded"

# Outcome has no label of its own; (English, Japanese) for the report and the dashboard.
OUTCOME_LABELS: dict[Outcome, tuple[str, str]] = {
    Outcome.DISCLOSED: ("Disclosed", "開示"), Outcome.CORRECTED: ("Corrected", "訂正等"),
    Outcome.DELETED: ("Deleted", "削除・消去"), Outcome.SUSPENDED: ("Suspended", "利用停止等"),
    Outcome.PURPOSE_NOTIFIED: ("Purpose of use notified", "利用目的の通知"),
    Outcome.RECORDS_DISCLOSED: ("Third-party records disclosed", "第三者提供記録の開示"),
    Outcome.NO_DATA_HELD: ("No data held", "保有なし"), Outcome.ANSWERED: ("Answered", "回答"),
    Outcome.REFUSED: ("Refused", "不開示・拒否"), Outcome.WITHDRAWN: ("Withdrawn", "取下げ")}

EXPORT_COLUMNS = ("ref", "kind", "channel", "jurisdiction", "language", "request_types", "received",
                  "due", "closed", "outcome", "deadline_met", "state", "purged")


# --- results ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class DueCase:
    """An open case against its deadline. ``days`` < 0: overdue by that many days."""

    ref: str
    due: date | None
    days: int | None
    state: CaseState
    assignee: str  # a staff member's name, not the applicant's


@dataclass(frozen=True)
class WorkloadRow:
    assignee_id: int | None
    assignee: str  # "" when unassigned
    open: int
    overdue: int


@dataclass(frozen=True)
class Timeliness:
    """How fast cases were answered in a period."""

    answered: int
    deadline_met: int
    deadline_missed: int
    median_days: float | None

    @property
    def met_rate(self) -> float | None:
        judged = self.deadline_met + self.deadline_missed
        return self.deadline_met / judged if judged else None


@dataclass(frozen=True)
class DashboardData:
    today: date
    period_start: date  # first day of the oldest month of the charts
    months: tuple[str, ...]  # "YYYY-MM", oldest first
    open_by_state: dict[CaseState, int]
    overdue: tuple[DueCase, ...]
    due_soon: tuple[DueCase, ...]
    awaiting_approval: tuple[DueCase, ...]
    workload: tuple[WorkloadRow, ...]
    received_by_channel: dict[str, dict[Channel, int]]  # month → channel → cases
    received_by_type: dict[str, dict[RequestType, int]]  # month → request type → cases
    timeliness: Timeliness  # cases answered since period_start
    extensions: int  # since period_start
    refusals: int  # cases refused since period_start
    register_total: int
    purged_total: int

    @property
    def open_total(self) -> int:
        return sum(self.open_by_state.values())

    def type_totals(self) -> dict[RequestType, int]:
        totals: dict[RequestType, int] = {}
        for counts in self.received_by_type.values():
            for rtype, n in counts.items():
                totals[rtype] = totals.get(rtype, 0) + n
        return totals


@dataclass(frozen=True)
class MonthlyReport:
    year: int
    month: int
    generated_at: datetime
    received: int
    by_kind: dict[CaseKind, int]
    by_request_type: dict[RequestType, int]
    by_channel: dict[Channel, int]
    by_jurisdiction: dict[Jurisdiction, int]
    by_outcome: dict[Outcome, int]  # of cases answered in the month
    timeliness: Timeliness
    extensions: int
    refusals: int
    refusal_categories: dict[str, int] | None  # None: not recorded (see refusal_note)
    refusal_note: str
    purged: int  # cases whose personal data was erased in the month
    purge_runs: int
    open_at_end: int  # cases received by the month's end and not answered by then
    notes: tuple[str, ...] = field(default=())

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


# --- SQL building blocks ------------------------------------------------------------------------
def _answered_at() -> ColumnElement[Any]:
    last_answer = (select(func.max(Event.at))
                   .where(Event.case_id == Case.id, Event.action.in_(ANSWER_ACTIONS))
                   .correlate(Case).scalar_subquery())
    return func.coalesce(last_answer, Case.closed_at)


def _days_to_answer(session: Session, answered_at: ColumnElement[Any]) -> ColumnElement[Any]:
    # Date arithmetic is the one place the two engines differ.
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.julianday(func.date(answered_at)) - func.julianday(Case.received), Integer)
    return cast(answered_at, Date) - Case.received


def _start(day: date) -> datetime:
    return datetime.combine(day, time())


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_key(year: Any, month: Any) -> str:
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


def _timeliness(session: Session, since: datetime, until: datetime) -> Timeliness:
    answered_at = _answered_at()
    in_period = and_(answered_at >= since, answered_at < until, Case.outcome.is_not(None))
    met, missed, answered = session.execute(
        select(func.sum(case((Case.deadline_met.is_(True), 1), else_=0)),
               func.sum(case((Case.deadline_met.is_(False), 1), else_=0)),
               func.count(Case.id)).where(in_period)).one()
    days = _days_to_answer(session, answered_at).label("days")
    # Withdrawals are not responses: they do not count towards the time to respond.
    histogram = session.execute(
        select(days, func.count(Case.id))
        .where(in_period, Case.outcome != Outcome.WITHDRAWN.value).group_by(days)).all()
    return Timeliness(int(answered or 0), int(met or 0), int(missed or 0),
                      median_from_histogram((d, n) for d, n in histogram if d is not None))


def _refusals(session: Session, since: datetime, until: datetime) -> int:
    answered_at = _answered_at()
    return int(session.scalar(select(func.count(Case.id)).where(
        Case.outcome == Outcome.REFUSED.value, answered_at >= since, answered_at < until)) or 0)


def _extensions(session: Session, since: datetime, until: datetime) -> int:
    return int(session.scalar(select(func.count(Event.id)).where(
        Event.action == EXTENSION_ACTION, Event.at >= since, Event.at < until)) or 0)


def _due_cases(session: Session, *conditions: ColumnElement[bool], today: date) -> tuple[DueCase, ...]:
    rows = session.execute(
        select(Case.ref, Case.due, Case.state, User.display_name)
        .outerjoin(User, User.id == Case.assignee_id)
        .where(*conditions).order_by(Case.due.is_(None), Case.due, Case.id)).all()
    return tuple(DueCase(ref, due, (due - today).days if due else None, CaseState(state), name or "")
                 for ref, due, state, name in rows)


def _count_by(session: Session, column: Any, *conditions: ColumnElement[bool]) -> dict[str, int]:
    rows = session.execute(select(column, func.count(Case.id)).where(*conditions).group_by(column))
    return {str(value): int(n) for value, n in rows if value is not None}


def _type_sums() -> list[Any]:
    return [func.sum(case((Case.request_types.like(f"%,{t.value},%"), 1), else_=0)) for t in RequestType]


# --- the service ------------------------------------------------------------------------------
class ReportService:
    def __init__(self, db: Database, today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.today = today
        self._now = now or (lambda: datetime.now().replace(microsecond=0))

    # --- dashboard ----------------------------------------------------------------------------
    def dashboard(self, actor: Actor, today: date | None = None) -> DashboardData:
        actor.require(Permission.REPORT)
        today = today or self.today()
        first = _add_months(today.replace(day=1), -(DASHBOARD_MONTHS - 1))
        months = tuple(f"{d.year:04d}-{d.month:02d}"
                       for d in (_add_months(first, i) for i in range(DASHBOARD_MONTHS)))
        since, until = _start(first), _start(today + timedelta(days=1))
        open_values = [s.value for s in OPEN_STATES]
        running = Case.state.in_([s.value for s in RUNNING_STATES])
        overdue_cond = and_(running, Case.due.is_not(None), Case.due < today)
        with self.db.write() as session:
            by_state = _count_by(session, Case.state, Case.state.in_(open_values))
            open_by_state = {s: by_state.get(s.value, 0) for s in OPEN_STATES}
            overdue = _due_cases(session, overdue_cond, today=today)
            due_soon = _due_cases(session, running, Case.due >= today,
                                  Case.due <= today + timedelta(days=DUE_SOON_DAYS), today=today)
            awaiting = _due_cases(session, Case.state == CaseState.AWAITING_APPROVAL.value, today=today)
            load = session.execute(
                select(Case.assignee_id, User.display_name, func.count(Case.id),
                       func.sum(case((overdue_cond, 1), else_=0)))
                .outerjoin(User, User.id == Case.assignee_id)
                .where(Case.state.in_(open_values))
                .group_by(Case.assignee_id, User.display_name)
                .order_by(func.count(Case.id).desc(), User.display_name))
            workload = tuple(WorkloadRow(aid, name or "", int(n), int(late or 0))
                             for aid, name, n, late in load)
            year, month = extract("year", Case.received), extract("month", Case.received)
            in_window = and_(Case.received >= first, Case.received <= today)
            by_channel: dict[str, dict[Channel, int]] = {m: {} for m in months}
            for y, mo, channel, n in session.execute(
                    select(year, month, Case.channel, func.count(Case.id)).where(in_window)
                    .group_by(year, month, Case.channel)):
                by_channel[_month_key(y, mo)][Channel(channel)] = int(n)
            by_type: dict[str, dict[RequestType, int]] = {m: {} for m in months}
            for row in session.execute(select(year, month, *_type_sums()).where(in_window)
                                       .group_by(year, month)):
                by_type[_month_key(row[0], row[1])] = {
                    t: int(n) for t, n in zip(RequestType, row[2:], strict=True) if n}
            totals = session.execute(select(func.count(Case.id), func.sum(
                case((Case.state == CaseState.PURGED.value, 1), else_=0)))).one()
            data = DashboardData(
                today=today, period_start=first, months=months, open_by_state=open_by_state,
                overdue=overdue, due_soon=due_soon, awaiting_approval=awaiting, workload=workload,
                received_by_channel=by_channel, received_by_type=by_type,
                timeliness=_timeliness(session, since, until),
                extensions=_extensions(session, since, until), refusals=_refusals(session, since, until),
                register_total=int(totals[0] or 0), purged_total=int(totals[1] or 0))
            audit.record(session, actor, "report.dashboard", None,
                         {"open": data.open_total, "overdue": len(overdue)})
        return data

    # --- monthly report -----------------------------------------------------------------------
    def monthly_report(self, actor: Actor, year: int, month: int, *, _audit_as: str = "") -> MonthlyReport:
        actor.require(Permission.REPORT)
        if not (1 <= month <= 12 and 2000 <= year <= 2999):
            raise ValidationFailed({"month": "Give the month as YYYY-MM, e.g. 2026-04."})
        first = date(year, month, 1)
        following = _add_months(first, 1)
        since, until = _start(first), _start(following)
        received = and_(Case.received >= first, Case.received < following)
        answered_at = _answered_at()
        answered = and_(answered_at >= since, answered_at < until, Case.outcome.is_not(None))
        with self.db.write() as session:
            kinds = _count_by(session, Case.kind, received)
            channels = _count_by(session, Case.channel, received)
            juris = _count_by(session, Case.jurisdiction, received)
            outcomes = _count_by(session, Case.outcome, answered)
            type_row = session.execute(select(*_type_sums()).where(received)).one()
            total = int(session.scalar(select(func.count(Case.id)).where(received)) or 0)
            purged = int(session.scalar(select(func.count(Case.id)).where(
                Case.purged_at >= since, Case.purged_at < until)) or 0)
            runs = int(session.scalar(select(func.count(AuditEntry.id)).where(
                AuditEntry.action == PURGE_RUN_ACTION, AuditEntry.at >= since, AuditEntry.at < until)) or 0)
            # Still open at the month's end: received by then, not answered by then.
            open_at_end = int(session.scalar(select(func.count(Case.id)).where(
                Case.received < following, func.coalesce(answered_at >= until, True))) or 0)
            report = MonthlyReport(
                year=year, month=month, generated_at=self._now(), received=total,
                by_kind={k: kinds.get(k.value, 0) for k in CaseKind},
                by_request_type={t: int(n or 0) for t, n in zip(RequestType, type_row, strict=True)},
                by_channel={c: channels.get(c.value, 0) for c in Channel},
                by_jurisdiction={j: juris.get(j.value, 0) for j in Jurisdiction},
                by_outcome={o: outcomes.get(o.value, 0) for o in Outcome},
                timeliness=_timeliness(session, since, until),
                extensions=_extensions(session, since, until), refusals=_refusals(session, since, until),
                refusal_categories=None, refusal_note=REFUSAL_CATEGORIES_NOTE,
                purged=purged, purge_runs=runs, open_at_end=open_at_end,
                notes=("Request types: a case asking for several counts under each.",
                       "Outcomes, deadlines and days to respond: cases answered in the month.",
                       "Purged cases remain in the register as anonymous rows and are counted."))
            audit.record(session, actor, "report.monthly", None,
                         {"month": report.label, "format": _audit_as or "data", "received": total})
        return report

    def save_monthly_report(self, actor: Actor, year: int, month: int, path: Path, fmt: str) -> MonthlyReport:
        """Write the report as ``fmt`` ("pdf" or "csv") to ``path``, atomically."""
        if fmt not in ("pdf", "csv"):
            raise ValueError(f"unknown report format {fmt!r}")
        report = self.monthly_report(actor, year, month, _audit_as=fmt)
        if fmt == "csv":
            write_atomic_csv(Path(path), monthly_report_rows(report))
        else:
            from inquiry_desk.documents.monthly_report import render_monthly_report_pdf

            data = render_monthly_report_pdf(report)
            write_atomic_bytes(Path(path), data)
        return report

    # --- register export ----------------------------------------------------------------------
    def register_export_csv(self, actor: Actor, path: Path) -> int:
        """The register without personal data, as the department's record. Returns the row count."""
        actor.require(Permission.REPORT)
        path = Path(path)
        count = 0

        def rows(session: Session) -> Iterable[Sequence[object]]:
            nonlocal count
            yield EXPORT_COLUMNS
            stmt = (select(Case.ref, Case.kind, Case.channel, Case.jurisdiction, Case.language,
                           Case.request_types, Case.received, Case.due, Case.closed_at, Case.outcome,
                           Case.deadline_met, Case.state, Case.purged_at)
                    .order_by(Case.id).execution_options(yield_per=2000))
            for r in session.execute(stmt):
                count += 1
                yield (r.ref, r.kind, r.channel, r.jurisdiction, r.language,
                       ";".join(t.value for t in decode_types(r.request_types)), _iso(r.received),
                       _iso(r.due), _iso(r.closed_at), r.outcome or "",
                       "" if r.deadline_met is None else ("yes" if r.deadline_met else "no"),
                       r.state, _iso(r.purged_at))

        with self.db.read() as session:
            write_atomic_csv(path, rows(session))
        self.db_audit(actor, "report.export_register", {"rows": count})
        return count

    def db_audit(self, actor: Actor, action: str, details: dict[str, object]) -> None:
        with self.db.write() as session:
            audit.record(session, actor, action, None, details)


def _iso(value: date | datetime | None) -> str:
    if value is None:
        return ""
    return value.date().isoformat() if isinstance(value, datetime) else value.isoformat()


# --- files ------------------------------------------------------------------------------------
def _atomic(path: Path, write: Callable[[Any], None], *, binary: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # utf-8-sig writes the BOM: without it Excel in Japan opens a CSV as Shift_JIS.
        with (os.fdopen(fd, "wb") if binary
              else os.fdopen(fd, "w", encoding="utf-8-sig", newline="")) as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic_csv(path: Path, rows: Iterable[Sequence[object]]) -> None:
    _atomic(path, lambda handle: csv.writer(handle).writerows(rows), binary=False)


def write_atomic_bytes(path: Path, data: bytes) -> None:
    _atomic(path, lambda handle: handle.write(data), binary=True)


def _label(key: Any) -> str:
    return OUTCOME_LABELS[key][0] if isinstance(key, Outcome) else str(key.label)


def monthly_report_rows(report: MonthlyReport) -> list[tuple[str, str, str, str]]:
    """The report as CSV rows: section, key (stable id), label, value."""
    t = report.timeliness
    rows: list[tuple[str, str, str, str]] = [
        ("section", "key", "label", "value"),
        ("report", "month", "Month", report.label),
        ("report", "generated_at", "Generated", report.generated_at.isoformat(sep=" ")),
        ("received", "total", "Cases received", str(report.received)),
    ]
    sections: list[tuple[str, dict[Any, int]]] = [
        ("kind", report.by_kind), ("request_type", report.by_request_type),
        ("channel", report.by_channel), ("jurisdiction", report.by_jurisdiction),
        ("outcome", report.by_outcome)]
    for name, counts in sections:
        rows.extend((name, key.value, _label(key), str(n)) for key, n in counts.items())
    rate = "" if t.met_rate is None else f"{t.met_rate * 100:.1f}"
    median = "" if t.median_days is None else f"{t.median_days:g}"
    rows += [
        ("deadlines", "answered", "Cases answered", str(t.answered)),
        ("deadlines", "met", "Deadline met", str(t.deadline_met)),
        ("deadlines", "missed", "Deadline missed", str(t.deadline_missed)),
        ("deadlines", "met_rate_percent", "Deadline-met rate (%)", rate),
        ("deadlines", "median_days", "Median days to respond", median),
        ("extensions", "total", "Extensions", str(report.extensions)),
        ("refusals", "total", "Refusals", str(report.refusals)),
    ]
    if report.refusal_categories is None:
        rows.append(("refusals", "categories", "Refusal reasons", report.refusal_note))
    else:
        rows.extend(("refusal_category", k, k, str(n)) for k, n in report.refusal_categories.items())
    rows += [
        ("purges", "cases", "Cases purged", str(report.purged)),
        ("purges", "runs", "Purge runs", str(report.purge_runs)),
        ("open", "at_month_end", "Open at the end of the month", str(report.open_at_end)),
    ]
    return rows


def reports_for(app: Any) -> ReportService:
    """The service for an App (until the App carries one itself)."""
    existing = getattr(app, "reports", None)
    if isinstance(existing, ReportService):
        return existing
    return ReportService(app.db, app.register.today)
