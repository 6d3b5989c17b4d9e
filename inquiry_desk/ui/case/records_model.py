"""The rows of one source of the data held, as a table: include box, row number, the values.

The value columns are the source's own (a CSV's header, a sheet's first row), so they start
at ``COL_FIRST_VALUE`` and are named by the data, not translated. A redacted value shows the
marker in grey italics, its reason in the tooltip; an excluded row is greyed out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from inquiry_desk.services.records.views import RowView, SourceView
from inquiry_desk.ui.widgets.row_model import ROW_ROLE

COL_INCLUDED, COL_ROW = 0, 1
COL_FIRST_VALUE = 2
HEADERS = (QT_TRANSLATE_NOOP("Columns", "Include"), QT_TRANSLATE_NOOP("Columns", "Row"))
GREY = QColor("#6b7480")

Index = QModelIndex | QPersistentModelIndex


class RecordRowsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, on_include: Callable[[int, bool], None] | None = None):
        super().__init__(parent)
        self._source: SourceView | None = None
        self._on_include = on_include
        self.marker = translate("RecordsPanel", "[redacted]")

    @property
    def source(self) -> SourceView | None:
        return self._source

    def set_source(self, source: SourceView | None) -> None:
        self.beginResetModel()
        self._source = source
        self.endResetModel()

    def row_at(self, row: int) -> RowView:
        assert self._source is not None
        return self._source.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._source is None else len(self._source.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._source is None else COL_FIRST_VALUE + len(self._source.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < COL_FIRST_VALUE:
            return translate("Columns", HEADERS[section])
        if self._source is not None and 0 <= section - COL_FIRST_VALUE < len(self._source.columns):
            return self._source.columns[section - COL_FIRST_VALUE]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_INCLUDED and self._on_include is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._source is None or not 0 <= index.row() < len(self._source.rows):
            return None
        row = self._source.rows[index.row()]
        column = index.column()
        value_column = column - COL_FIRST_VALUE
        redacted = value_column in row.redactions
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_INCLUDED:
            return Qt.CheckState.Checked if row.included else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ROW:
                return f"{self._source.number}.{row.number}"
            if column >= COL_FIRST_VALUE:
                return row.shown(value_column, self.marker)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (redacted or not row.included):
            return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole and redacted:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and redacted:
            return translate("RecordsPanel", "Redacted: {reason}").format(reason=row.redactions[value_column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or self._source is None
            or index.column() != COL_INCLUDED
            or role != Qt.ItemDataRole.CheckStateRole
            or self._on_include is None
        ):
            return False
        checked = (
            Qt.CheckState(value) == Qt.CheckState.Checked if isinstance(value, int | Qt.CheckState) else False
        )
        self._on_include(self._source.rows[index.row()].number, checked)
        return True
