"""Table models of the manager's dashboard: cases against their deadline, workload, counts.

Each holds a short list handed over whole by the dashboard (the service already
aggregated it), so the models are plain lists with ``COL_*`` columns and ``ROW_ROLE``
returning the row object.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from inquiry_desk.services.reports import DueCase, WorkloadRow
from inquiry_desk.ui.formatting import days_left_text, fmt_date

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_FG = QColor("#a3261b")

_Row = TypeVar("_Row")
_Index = QModelIndex | QPersistentModelIndex


class _ListModel(QAbstractTableModel, Generic[_Row]):
    HEADERS: tuple[str, ...] = ()
    NUMERIC: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def set_rows(self, rows: Sequence[_Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> _Row:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._extra(row, index.column(), role)

    def _display(self, row: _Row, col: int) -> str:
        raise NotImplementedError

    def _extra(self, row: _Row, col: int, role: int) -> Any:
        return None


COL_REF, COL_STATE, COL_DUE, COL_DAYS, COL_ASSIGNEE = range(5)


class DueCaseModel(_ListModel[DueCase]):
    """Overdue, due-soon or awaiting-approval cases: reference and deadline, nothing personal."""

    HEADERS = ("Reference", "State", "Due", "Days", "Assignee")
    NUMERIC = frozenset({COL_DAYS})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._late = QBrush(OVERDUE_FG)

    def _display(self, row: DueCase, col: int) -> str:
        if col == COL_REF:
            return row.ref
        if col == COL_STATE:
            return row.state.label
        if col == COL_DUE:
            return fmt_date(row.due)
        if col == COL_DAYS:
            return days_left_text(row.days)
        return row.assignee or "—"

    def _extra(self, row: DueCase, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_DAYS and (row.days or 0) < 0:
            return self._late
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_REF:
            return "Click to open the case."
        return None

    def ref_at(self, row: int) -> str:
        return self._rows[row].ref


COL_W_ASSIGNEE, COL_W_OPEN, COL_W_OVERDUE = range(3)


class WorkloadModel(_ListModel[WorkloadRow]):
    HEADERS = ("Staff member", "Open cases", "Overdue")
    NUMERIC = frozenset({COL_W_OPEN, COL_W_OVERDUE})

    def _display(self, row: WorkloadRow, col: int) -> str:
        if col == COL_W_ASSIGNEE:
            return row.assignee or "(unassigned)"
        return str(row.open if col == COL_W_OPEN else row.overdue)


COL_C_LABEL, COL_C_COUNT = range(2)


class CountModel(_ListModel[tuple[str, int]]):
    """(label, count) pairs, e.g. cases received per request type."""

    HEADERS = ("Request type", "Cases")
    NUMERIC = frozenset({COL_C_COUNT})

    def _display(self, row: tuple[str, int], col: int) -> str:
        return row[0] if col == COL_C_LABEL else str(row[1])

    def _extra(self, row: tuple[str, int], col: int, role: int) -> Any:
        return row[0] if role == Qt.ItemDataRole.ToolTipRole and col == COL_C_LABEL else None
