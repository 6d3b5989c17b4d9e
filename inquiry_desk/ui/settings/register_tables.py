"""A table of register entries (purposes, categories, recipients): add, remove, reorder.

Each column is one key of the entry as the TOML file holds it; a column with choices (a
recipient's role) is a drop-down in its cell. The table reports every edit, so the settings
tab can tell unsaved changes, and hands its rows back as plain dicts for the service to check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.i18n import translate


@dataclass(frozen=True)
class Column:
    key: str  # the entry's key in the TOML file
    title: str
    choices: tuple[tuple[str, str], ...] = ()  # (value, label): a drop-down cell
    width: int = 0  # 0: stretch with the table


class EntryTable(QWidget):
    changed = Signal()

    def __init__(
        self,
        name: str,
        columns: list[Column],
        mnemonic: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.columns = columns
        self._filling = False
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName(f"{name}Table")
        self.table.setHorizontalHeaderLabels([c.title for c in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in every other field
        header = self.table.horizontalHeader()
        for index, column in enumerate(columns):
            if column.width:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(index, column.width)
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._edited)
        self.add_button = QPushButton(mnemonic(translate("RegisterTab", "Add")))
        self.add_button.setObjectName(f"{name}Add")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(mnemonic(translate("RegisterTab", "Remove")))
        self.remove_button.setObjectName(f"{name}Remove")
        self.remove_button.clicked.connect(self.remove_row)
        # The letters print the entries in this order (the policy's order of purposes, say).
        self.up_button = QPushButton(mnemonic(translate("RegisterTab", "Move up")))
        self.up_button.setObjectName(f"{name}Up")
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button = QPushButton(mnemonic(translate("RegisterTab", "Move down")))
        self.down_button.setObjectName(f"{name}Down")
        self.down_button.clicked.connect(lambda: self.move_row(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self.changed.emit()

    # --- rows ------------------------------------------------------------------------------
    def set_rows(self, rows: list[dict[str, str]]) -> None:
        self._filling = True
        try:
            self.table.setRowCount(0)
            for row in rows:
                self._append(row)
        finally:
            self._filling = False

    def rows(self) -> list[dict[str, str]]:
        return [self._row(r) for r in range(self.table.rowCount())]

    def add_row(self) -> None:
        """A new empty entry at the end, its first cell open for typing."""
        self._filling = True
        try:
            self._append({})
        finally:
            self._filling = False
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def move_row(self, step: int) -> None:
        """The current entry one place up (-1) or down (1), staying selected."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self.rows()
        rows[row], rows[target] = rows[target], rows[row]
        column = max(0, self.table.currentColumn())
        self.set_rows(rows)
        self.table.setCurrentCell(target, column)
        self.changed.emit()

    def _append(self, values: dict[str, str]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for index, column in enumerate(self.columns):
            value = str(values.get(column.key, ""))
            if column.choices:
                combo = QComboBox()
                for choice, label in column.choices:
                    combo.addItem(label, choice)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.currentIndexChanged.connect(self._edited)
                self.table.setCellWidget(row, index, combo)
            else:
                self.table.setItem(row, index, QTableWidgetItem(value))
        self.table.resizeRowToContents(row)

    def _row(self, row: int) -> dict[str, str]:
        values: dict[str, str] = {}
        for index, column in enumerate(self.columns):
            widget = self.table.cellWidget(row, index)
            if isinstance(widget, QComboBox):
                values[column.key] = str(widget.currentData())
            else:
                item = self.table.item(row, index)
                values[column.key] = item.text().strip() if item is not None else ""
        return values

    def cell(self, row: int, key: str) -> QTableWidgetItem | None:
        """The item of ``key`` in ``row`` (tests and the tab select by key, not by index)."""
        index = [c.key for c in self.columns].index(key)
        return self.table.item(row, index)

    def choice(self, row: int, key: str) -> QComboBox | None:
        index = [c.key for c in self.columns].index(key)
        widget = self.table.cellWidget(row, index)
        return widget if isinstance(widget, QComboBox) else None
