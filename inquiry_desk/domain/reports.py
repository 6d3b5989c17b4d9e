"""What the dashboard and the monthly report hold: anonymous figures only.

Plain data, so that `documents/monthly_report.py` renders a report without importing the
services that compute it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from inquiry_desk.domain.enums import CaseKind, CaseState, Channel, Jurisdiction, Outcome, RequestType


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
    due_soon_days: int  # "due soon" means due within this many days (deadline settings)
    awaiting_approval: tuple[DueCase, ...]
    workload: tuple[WorkloadRow, ...]
    received_by_channel: dict[str, dict[Channel, int]]  # month → channel → cases
    received_by_type: dict[str, dict[RequestType, int]]  # month → request type → cases
    timeliness: Timeliness  # cases answered since period_start
    extensions: int  # since period_start
    refusals: int  # cases refused since period_start
    refusals_by_category: dict[str, int]  # since period_start, by legal ground
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
    by_outcome: dict[Outcome, int]  # of cases answered in the month (never "merged")
    timeliness: Timeliness
    extensions: int
    refusals: int
    # Legal ground (RefusalCategory value, or NOT_RECORDED) → refusals answered in the month.
    refusal_categories: dict[str, int]
    purged: int  # cases whose personal data was erased in the month
    purge_runs: int
    open_at_end: int  # cases received by the month's end and not answered by then
    # How to read the counts, each (Japanese, English): the report is bilingual throughout.
    notes: tuple[tuple[str, str], ...] = field(default=())
    # Request type → result (domain.outcomes.TypeResult value) → request types answered in the
    # month: a case asking for disclosure and deletion counts once under each.
    by_type_result: dict[RequestType, dict[str, int]] = field(default_factory=dict)
    # Cases merged into another in the month: duplicates, not answers (not in by_outcome).
    merged: int = 0

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


# An outcome as the report and its CSV name it, in English and in Japanese.
OUTCOME_LABELS: dict[Outcome, tuple[str, str]] = {o: (o.label, o.label_ja) for o in Outcome}
