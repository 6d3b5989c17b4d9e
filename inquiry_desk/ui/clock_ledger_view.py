"""A case's clock ledger: every pause, resume and extension with its reason and the due date after it."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from inquiry_desk.domain.deadlines import LedgerRow
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.deadlines_service import ClockLedger
from inquiry_desk.services.lifecycle import Lifecycle
from inquiry_desk.ui.lifecycle_common import InlineMessage, run_service
from inquiry_desk.ui.row_model import ROW_ROLE as ROW_ROLE  # re-exported; the role returns the LedgerRow
from inquiry_desk.ui.row_model import RowTableModel

COL_DATE, COL_EVENT, COL_REASON, COL_DUE = range(4)
HEADERS = ("Date", "Event", "Reason", "Due date after it")


class LedgerTableModel(RowTableModel[LedgerRow]):
    headers = HEADERS

    def display(self, row: LedgerRow, column: int) -> str | None:
        return row.as_texts()[column]

    def foreground(self, row: LedgerRow, column: int) -> QColor | None:
        # An auditor must notice entries that changed nothing.
        return QColor("#a40000") if "no effect" in row.event else None

    def tooltip(self, row: LedgerRow, column: int) -> str | None:
        return (row.as_texts()[column] or None) if column in (COL_EVENT, COL_REASON) else None


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
