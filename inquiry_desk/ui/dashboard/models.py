"""Table models of the manager's dashboard: cases against their deadline, workload, counts.

Each holds a short list handed over whole by the dashboard (the service already
aggregated it), so the models are ``RowTableModel`` lists with ``COL_*`` columns and
``ROW_ROLE`` returning the row object.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor

from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, label_of, translate
from inquiry_desk.domain.reports import DueCase, WorkloadRow
from inquiry_desk.ui.widgets.formatting import days_left_text, fmt_date
from inquiry_desk.ui.widgets.row_model import ROW_ROLE as ROW_ROLE  # re-exported: tests read rows with it
from inquiry_desk.ui.widgets.row_model import RowTableModel

OVERDUE_FG = QColor("#a3261b")

COL_REF, COL_STATE, COL_DUE, COL_DAYS, COL_ASSIGNEE = range(5)


class DueCaseModel(RowTableModel[DueCase]):
    """Overdue, due-soon or awaiting-approval cases: reference and deadline, nothing personal."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Reference"),
        QT_TRANSLATE_NOOP("Columns", "State"),
        QT_TRANSLATE_NOOP("Columns", "Due"),
        QT_TRANSLATE_NOOP("Columns", "Days"),
        QT_TRANSLATE_NOOP("Columns", "Assignee"),
    )
    headers = HEADERS
    numeric_columns = frozenset({COL_DAYS})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._late = QBrush(OVERDUE_FG)

    def display(self, row: DueCase, column: int) -> str:
        if column == COL_REF:
            return row.ref
        if column == COL_STATE:
            return label_of(row.state)
        if column == COL_DUE:
            return fmt_date(row.due)
        if column == COL_DAYS:
            return days_left_text(row.days)
        return row.assignee or "—"

    def foreground(self, row: DueCase, column: int) -> QBrush | None:
        return self._late if column == COL_DAYS and (row.days or 0) < 0 else None

    def tooltip(self, row: DueCase, column: int) -> str | None:
        return translate("DueCaseModel", "Click to open the case.") if column == COL_REF else None

    def ref_at(self, row: int) -> str:
        return self.row_at(row).ref


COL_W_ASSIGNEE, COL_W_OPEN, COL_W_OVERDUE = range(3)


class WorkloadModel(RowTableModel[WorkloadRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Staff member"),
        QT_TRANSLATE_NOOP("Columns", "Open cases"),
        QT_TRANSLATE_NOOP("Columns", "Overdue"),
    )
    headers = HEADERS
    numeric_columns = frozenset({COL_W_OPEN, COL_W_OVERDUE})

    def display(self, row: WorkloadRow, column: int) -> str:
        if column == COL_W_ASSIGNEE:
            return row.assignee or "(unassigned)"
        return str(row.open if column == COL_W_OPEN else row.overdue)


COL_C_LABEL, COL_C_COUNT = range(2)


class CountModel(RowTableModel[tuple[str, int]]):
    """(label, count) pairs, e.g. cases received per request type."""

    HEADERS = (QT_TRANSLATE_NOOP("Columns", "Request type"), QT_TRANSLATE_NOOP("Columns", "Cases"))
    headers = HEADERS
    numeric_columns = frozenset({COL_C_COUNT})

    def display(self, row: tuple[str, int], column: int) -> str:
        return row[0] if column == COL_C_LABEL else str(row[1])

    def tooltip(self, row: tuple[str, int], column: int) -> str | None:
        return row[0] if column == COL_C_LABEL else None


class RefusalGroundModel(CountModel):
    """(legal ground, refusals) pairs: the same table under its own heading."""

    headers = (
        QT_TRANSLATE_NOOP("RefusalGroundModel", "Legal ground"),
        QT_TRANSLATE_NOOP("RefusalGroundModel", "Refusals"),
    )
