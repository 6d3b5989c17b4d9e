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

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, case, extract, func, select
from sqlalchemy.orm import Session

from inquiry_desk.domain.enums import ANSWER_OUTCOMES, CaseKind, CaseState, Channel, Jurisdiction, RequestType
from inquiry_desk.domain.errors import ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.reports import (
    OUTCOME_LABELS,
    DashboardData,
    DueCase,
    MonthlyReport,
    Timeliness,
    WorkloadRow,
)
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.views import decode_types
from inquiry_desk.services.reports.files import (
    monthly_report_rows,
    write_atomic_bytes,
    write_atomic_csv,
)
from inquiry_desk.services.reports.queries import (
    ANSWER_ACTIONS,
    EXTENSION_ACTION,
    count_by,
    due_cases,
    extensions,
    first_of_month_after,
    is_answer,
    median_from_histogram,
    merged,
    month_key,
    refusals,
    refusals_by_category,
    results_by_type,
    start_of,
    timeliness,
    type_sums,
    when_answered,
)
from inquiry_desk.services.settings.lifecycle import deadline_rules
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import AuditEntry, Case, User

# The names other modules and tests import from here, wherever they are defined now.
__all__ = [
    "ANSWER_ACTIONS",
    "DASHBOARD_MONTHS",
    "EXPORT_COLUMNS",
    "EXTENSION_ACTION",
    "OPEN_STATES",
    "OUTCOME_LABELS",
    "PURGE_RUN_ACTION",
    "RUNNING_STATES",
    "DashboardData",
    "DueCase",
    "MonthlyReport",
    "ReportService",
    "Timeliness",
    "WorkloadRow",
    "median_from_histogram",
    "monthly_report_rows",
    "write_atomic_bytes",
    "write_atomic_csv",
]

DASHBOARD_MONTHS = 12
OPEN_STATES: tuple[CaseState, ...] = tuple(s for s in CaseState if s.is_open)
# A paused clock is not running late: the applicant has the ball (same rule as the register).
RUNNING_STATES: tuple[CaseState, ...] = tuple(s for s in OPEN_STATES if not s.clock_paused)
PURGE_RUN_ACTION = "purge.run"

EXPORT_COLUMNS = (
    "ref",
    "kind",
    "channel",
    "jurisdiction",
    "language",
    "request_types",
    "received",
    "due",
    "closed",
    "outcome",
    "refusal_category",
    "deadline_met",
    "state",
    "purged",
    "merged_into",
)


# --- the service ------------------------------------------------------------------------------
class ReportService:
    def __init__(
        self, db: Database, today: Callable[[], date] = date.today, now: Callable[[], datetime] | None = None
    ) -> None:
        self.db = db
        self.today = today
        self._now = now or (lambda: datetime.now().replace(microsecond=0))

    # --- dashboard ----------------------------------------------------------------------------
    def dashboard(self, actor: Actor, today: date | None = None) -> DashboardData:
        actor.require(Permission.REPORT)
        today = today or self.today()
        first = first_of_month_after(today.replace(day=1), -(DASHBOARD_MONTHS - 1))
        months = tuple(
            f"{d.year:04d}-{d.month:02d}"
            for d in (first_of_month_after(first, i) for i in range(DASHBOARD_MONTHS))
        )
        since, until = start_of(first), start_of(today + timedelta(days=1))
        open_values = [s.value for s in OPEN_STATES]
        running = Case.state.in_([s.value for s in RUNNING_STATES])
        overdue_cond = and_(running, Case.due.is_not(None), Case.due < today)
        with self.db.write() as session:
            by_state = count_by(session, Case.state, Case.state.in_(open_values))
            open_by_state = {s: by_state.get(s.value, 0) for s in OPEN_STATES}
            overdue = due_cases(session, overdue_cond, today=today)
            soon_days = deadline_rules(session).due_soon_days  # the manager's setting
            due_soon = due_cases(
                session,
                running,
                Case.due >= today,
                Case.due <= today + timedelta(days=soon_days),
                today=today,
            )
            awaiting = due_cases(session, Case.state == CaseState.AWAITING_APPROVAL.value, today=today)
            load = session.execute(
                select(
                    Case.assignee_id,
                    User.display_name,
                    func.count(Case.id),
                    func.sum(case((overdue_cond, 1), else_=0)),
                )
                .outerjoin(User, User.id == Case.assignee_id)
                .where(Case.state.in_(open_values))
                .group_by(Case.assignee_id, User.display_name)
                .order_by(func.count(Case.id).desc(), User.display_name)
            )
            workload = tuple(
                WorkloadRow(aid, name or "", int(n), int(late or 0)) for aid, name, n, late in load
            )
            year, month = extract("year", Case.received), extract("month", Case.received)
            in_window = and_(Case.received >= first, Case.received <= today)
            by_channel: dict[str, dict[Channel, int]] = {m: {} for m in months}
            for y, mo, channel, n in session.execute(
                select(year, month, Case.channel, func.count(Case.id))
                .where(in_window)
                .group_by(year, month, Case.channel)
            ):
                by_channel[month_key(y, mo)][Channel(channel)] = int(n)
            by_type: dict[str, dict[RequestType, int]] = {m: {} for m in months}
            for row in session.execute(
                select(year, month, *type_sums()).where(in_window).group_by(year, month)
            ):
                by_type[month_key(row[0], row[1])] = {
                    t: int(n) for t, n in zip(RequestType, row[2:], strict=True) if n
                }
            totals = session.execute(
                select(
                    func.count(Case.id), func.sum(case((Case.state == CaseState.PURGED.value, 1), else_=0))
                )
            ).one()
            data = DashboardData(
                today=today,
                period_start=first,
                months=months,
                open_by_state=open_by_state,
                overdue=overdue,
                due_soon=due_soon,
                due_soon_days=soon_days,
                awaiting_approval=awaiting,
                workload=workload,
                received_by_channel=by_channel,
                received_by_type=by_type,
                timeliness=timeliness(session, since, until),
                extensions=extensions(session, since, until),
                refusals=refusals(session, since, until),
                refusals_by_category=refusals_by_category(session, since, until),
                register_total=int(totals[0] or 0),
                purged_total=int(totals[1] or 0),
            )
            audit.record(
                session, actor, "report.dashboard", None, {"open": data.open_total, "overdue": len(overdue)}
            )
        return data

    # --- monthly report -----------------------------------------------------------------------
    def monthly_report(self, actor: Actor, year: int, month: int, *, _audit_as: str = "") -> MonthlyReport:
        actor.require(Permission.REPORT)
        if not (1 <= month <= 12 and 2000 <= year <= 2999):
            raise ValidationFailed(
                {"month": translate("Reports", "Give the month as YYYY-MM, e.g. 2026-04.")}
            )
        first = date(year, month, 1)
        following = first_of_month_after(first, 1)
        since, until = start_of(first), start_of(following)
        received = and_(Case.received >= first, Case.received < following)
        answered_at = when_answered()
        answered = and_(answered_at >= since, answered_at < until, is_answer())
        with self.db.write() as session:
            kinds = count_by(session, Case.kind, received)
            channels = count_by(session, Case.channel, received)
            juris = count_by(session, Case.jurisdiction, received)
            outcomes = count_by(session, Case.outcome, answered)
            type_results = results_by_type(session, answered)
            type_row = session.execute(select(*type_sums()).where(received)).one()
            total = int(session.scalar(select(func.count(Case.id)).where(received)) or 0)
            purged = int(
                session.scalar(
                    select(func.count(Case.id)).where(Case.purged_at >= since, Case.purged_at < until)
                )
                or 0
            )
            runs = int(
                session.scalar(
                    select(func.count(AuditEntry.id)).where(
                        AuditEntry.action == PURGE_RUN_ACTION, AuditEntry.at >= since, AuditEntry.at < until
                    )
                )
                or 0
            )
            # Still open at the month's end: received by then, not answered by then.
            open_at_end = int(
                session.scalar(
                    select(func.count(Case.id)).where(
                        Case.received < following, func.coalesce(answered_at >= until, True)
                    )
                )
                or 0
            )
            report = MonthlyReport(
                year=year,
                month=month,
                generated_at=self._now(),
                received=total,
                by_kind={k: kinds.get(k.value, 0) for k in CaseKind},
                by_request_type={t: int(n or 0) for t, n in zip(RequestType, type_row, strict=True)},
                by_channel={c: channels.get(c.value, 0) for c in Channel},
                by_jurisdiction={j: juris.get(j.value, 0) for j in Jurisdiction},
                by_outcome={o: outcomes.get(o.value, 0) for o in ANSWER_OUTCOMES},
                merged=merged(session, since, until),
                timeliness=timeliness(session, since, until),
                extensions=extensions(session, since, until),
                refusals=refusals(session, since, until),
                refusal_categories=refusals_by_category(session, since, until),
                purged=purged,
                purge_runs=runs,
                open_at_end=open_at_end,
                by_type_result=type_results,
                notes=(
                    (
                        "請求の種類：複数の請求を含む案件は、それぞれの種類に数えています。",
                        "Request types: a case asking for several counts under each.",
                    ),
                    (
                        "結果・期限・回答までの日数：当月に回答した案件を数えています。",
                        "Outcomes, deadlines and days to respond: cases answered in the month.",
                    ),
                    (
                        "削除（消去）した案件も、個人情報を含まない記録として台帳に残り、数えています。",
                        "Purged cases remain in the register as anonymous rows and are counted.",
                    ),
                    (
                        "拒否理由：根拠を記録する前の拒否は「記録なし」として数えています。",
                        "Refusals by legal ground: refusals recorded before grounds were kept are "
                        "counted as not recorded.",
                    ),
                    (
                        "請求ごとの結果：種類ごとの結果を記録する前に回答した案件は、その一つの結果を"
                        "各請求の種類に数えています。",
                        "Outcome of each request type: a case answered before outcomes were kept per "
                        "type counts its one outcome under each of its types.",
                    ),
                    (
                        "他の案件に統合した案件（重複して登録された案件）は、受付件数には数え、結果と期限には数えていません。",
                        "Cases merged into another (duplicates filed into their case) are counted as "
                        "received, not among the outcomes or the deadlines.",
                    ),
                ),
            )
            audit.record(
                session,
                actor,
                "report.monthly",
                None,
                {"month": report.label, "format": _audit_as or "data", "received": total},
            )
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
            stmt = (
                select(
                    Case.ref,
                    Case.kind,
                    Case.channel,
                    Case.jurisdiction,
                    Case.language,
                    Case.request_types,
                    Case.received,
                    Case.due,
                    Case.closed_at,
                    Case.outcome,
                    Case.refusal_category,
                    Case.deadline_met,
                    Case.state,
                    Case.purged_at,
                    Case.merged_into,
                )
                .order_by(Case.id)
                .execution_options(yield_per=2000)
            )
            for r in session.execute(stmt):
                count += 1
                yield (
                    r.ref,
                    r.kind,
                    r.channel,
                    r.jurisdiction,
                    r.language,
                    ";".join(t.value for t in decode_types(r.request_types)),
                    _iso(r.received),
                    _iso(r.due),
                    _iso(r.closed_at),
                    r.outcome or "",
                    r.refusal_category or "",
                    "" if r.deadline_met is None else ("yes" if r.deadline_met else "no"),
                    r.state,
                    _iso(r.purged_at),
                    r.merged_into or "",
                )

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
