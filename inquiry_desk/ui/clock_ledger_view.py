"""A case's clock ledger: every pause, resume and extension with its reason and the due date after it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from inquiry_desk.domain.deadlines import LedgerRow
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.deadlines_service import ClockLedger
from inquiry_desk.services.lifecycle import Lifecycle
from inquiry_desk.ui.lifecycle_common import InlineMessage, run_service

COL_DATE, COL_EVENT, COL_REASON, COL_DUE = range(4)
HEADERS = ("Date", "Event", "Reason", "Due date after it")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the LedgerRow itself

_Index = QModelIndex | QPersistentModelIndex


class LedgerTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LedgerRow] = []

    def set_rows(self, rows: list[LedgerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.as_texts()[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and "no effect" in row.event:
            return QColor("#a40000")  # an auditor must notice entries that changed nothing
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (COL_EVENT, COL_REASON):
            return row.as_texts()[index.column()] or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None


class ClockLedgerView(QWidget):
    def __init__(self, lifecycle: Lifecycle, actor: Actor, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lifecycle = lifecycle
        self.actor = actor
        self.ref = ref
        self.ledger: ClockLedger | None = None
        self.model = LedgerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_EVENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DUE, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        if not run_service(self.message, self._load):
            return
        ledger = self.ledger
        assert ledger is not None
        self.model.set_rows(list(ledger.rows))
        self.table.resizeRowsToContents()
        text = f"{ledger.jurisdiction.label}, received {ledger.received:%Y-%m-%d}; due " \
               f"{ledger.due:%Y-%m-%d}" if ledger.due else "No due date"
        if ledger.paused:
            text += " (clock paused)"
        if ledger.extension_deadline:
            text += f". An extension notice can be recorded until {ledger.extension_deadline:%Y-%m-%d}."
        self.summary.setText(text)

    def _load(self) -> None:
        self.ledger = self.lifecycle.deadlines.ledger(self.actor, self.ref)
