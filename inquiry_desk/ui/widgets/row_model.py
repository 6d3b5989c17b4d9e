"""A read-only table model over a list of row objects, handed over whole.

Most tables in the app show a short list a service already built (audit entries, fee
lines, evidence, import results, dashboard rows): the model only maps a row object and a
column to text, and sometimes to a tooltip, a colour or an alignment. This base class
holds the list and the Qt plumbing (reset, counts, header, role dispatch) once, so each
model is just its ``headers`` and ``display()`` plus the hooks it needs.

Models that fetch lazily or page through a query (``register_model.RegisterModel``) are
structurally different and do not use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from inquiry_desk.domain.i18n import translate

# Every view reads the row object back through this role (selection handlers, tests);
# all the list models used UserRole + 1, so the value is unchanged.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows are replaced whole by ``set_rows()``; a subclass sets ``headers`` and overrides
    ``display()``, and the optional hooks, which return None (Qt's default) unless overridden."""

    headers: ClassVar[tuple[str, ...]] = ()
    # Columns of numbers, right-aligned so digits line up.
    numeric_columns: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: QObject | None = None, rows: Iterable[T] = ()) -> None:
        super().__init__(parent)
        self._rows: list[T] = list(rows)

    @property
    def rows(self) -> list[T]:
        """The rows as shown (read it, do not change it: the view would not be told)."""
        return self._rows

    def set_rows(self, rows: Iterable[T]) -> None:
        # Copied, so that a caller reusing its list cannot change the model behind Qt's back.
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            # Every table's column names are marked in one context, "Columns".
            return translate("Columns", self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            alignment = self.alignment(row, column)
            # Qt expects an int for this role; an AlignmentFlag is not converted everywhere.
            return None if alignment is None else int(alignment)
        return None

    def display(self, row: T, column: int) -> str | None:
        raise NotImplementedError

    def tooltip(self, row: T, column: int) -> str | None:
        return None

    def foreground(self, row: T, column: int) -> QBrush | QColor | None:
        return None

    def background(self, row: T, column: int) -> QBrush | QColor | None:
        return None

    def alignment(self, row: T, column: int) -> Qt.AlignmentFlag | None:
        return _RIGHT if column in self.numeric_columns else None
