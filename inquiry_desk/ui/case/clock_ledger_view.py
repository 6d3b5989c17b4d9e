"""A case's clock ledger: every pause, resume and extension with its reason and the due date after it.

Where the jurisdiction allows it (GDPR), the view also records the extension notice:
the button opens :class:`~inquiry_desk.ui.case.extension_dialog.ExtensionDialog` and, once the
deadline has moved, the view emits ``changed`` so the other panels and the register follow.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from inquiry_desk.domain.deadlines import LedgerRow
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, label_of, translate
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.lifecycle.deadlines import ClockLedger
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.ui.case.extension_dialog import ExtensionDialog
from inquiry_desk.ui.case.lifecycle_common import InlineMessage, run_service
from inquiry_desk.ui.widgets.formatting import fmt_date
from inquiry_desk.ui.widgets.row_model import (
    ROW_ROLE as ROW_ROLE,  # re-exported; the role returns the LedgerRow
)
from inquiry_desk.ui.widgets.row_model import RowTableModel

COL_DATE, COL_EVENT, COL_REASON, COL_DUE = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Date"),
    QT_TRANSLATE_NOOP("Columns", "Event"),
    QT_TRANSLATE_NOOP("Columns", "Reason"),
    QT_TRANSLATE_NOOP("Columns", "Due date after it"),
)


class LedgerTableModel(RowTableModel[LedgerRow]):
    headers = HEADERS

    def display(self, row: LedgerRow, column: int) -> str | None:
        return row.as_texts()[column]

    def foreground(self, row: LedgerRow, column: int) -> QColor | None:
        # An auditor must notice entries that changed nothing.
        return QColor("#a40000") if translate("LedgerTableModel", "no effect") in row.event else None

    def tooltip(self, row: LedgerRow, column: int) -> str | None:
        return (row.as_texts()[column] or None) if column in (COL_EVENT, COL_REASON) else None


class ClockLedgerView(QWidget):
    changed = Signal()  # an extension was recorded: the due date moved

    def __init__(self, lifecycle: Lifecycle, actor: Actor, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lifecycle = lifecycle
        self.actor = actor
        self.ref = ref
        self.ledger: ClockLedger | None = None
        self.case_open = False
        self.max_extension_months = 0
        self.version: int | None = None  # of the case, as last read: what an extension quotes
        self.dialog: ExtensionDialog | None = None
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
        self.extend_button = QPushButton(translate("ClockLedgerView", "&Extend deadline…"))
        self.extend_button.setObjectName("extendDeadline")
        self.extend_button.setToolTip(
            translate("ClockLedgerView", "Record the notice extending the deadline, with its reasons")
        )
        self.extend_button.clicked.connect(self.start_extension)
        self.message = InlineMessage()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.extend_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
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
        text = (
            translate("ClockLedgerView", "{jurisdiction}, received {received}; due {due}").format(
                jurisdiction=label_of(ledger.jurisdiction),
                received=fmt_date(ledger.received),
                due=fmt_date(ledger.due),
            )
            if ledger.due
            else translate("ClockLedgerView", "No due date")
        )
        if ledger.paused:
            text += translate("ClockLedgerView", " (clock paused)")
        if ledger.extension_months_granted:
            n = ledger.extension_months_granted
            text += translate("ClockLedgerView", ". Extended by %n month(s)", None, n)
            if not ledger.extension_months_left:
                text += translate("ClockLedgerView", ", the most the law allows")
        if ledger.extension_deadline and self.case_open:
            text += translate(
                "ClockLedgerView",
                ". An extension notice can be recorded until {extension_deadline:%Y-%m-%d}.",
            ).format(extension_deadline=ledger.extension_deadline)
        self.summary.setText(text + ("" if text.endswith(".") else "."))
        # Offered only where the law knows extensions (not APPI), while some remain and the
        # case runs.
        self.extend_button.setVisible(
            self.max_extension_months > 0 and self.case_open and self.actor.can(Permission.EDIT_CASE)
        )

    def _load(self) -> None:
        # The first showing is audited as viewing the ledger; refreshes after a change are not.
        ledger = self.lifecycle.deadlines.ledger(self.actor, self.ref, record_view=self.ledger is None)
        status = self.lifecycle.workflow.status(self.actor, self.ref)
        self.max_extension_months = ledger.extension_months_left
        self.ledger, self.case_open = ledger, status.state.is_open
        self.version = status.version

    # --- extension ---------------------------------------------------------------------
    def start_extension(self) -> ExtensionDialog | None:
        ledger = self.ledger
        if ledger is None or self.max_extension_months == 0:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = ExtensionDialog(
            self._extend,
            max_months=self.max_extension_months,
            received=ledger.received,
            today=self.lifecycle.deadlines.today(),
            notice_deadline=ledger.extension_deadline,
            due=ledger.due,
            parent=self,
            reload=self.refresh,
        )
        dialog.extended.connect(self._extended)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()  # non-blocking: tests and the event loop keep running
        return dialog

    def _dialog_closed(self, dialog: ExtensionDialog) -> None:
        # Deleted here rather than with WA_DeleteOnClose: with that attribute PySide 6.11.3
        # crashed in ~QObject when the accepted dialog and this view were deleted in the same
        # pass of the event loop (seen at test teardown; closing the case tab is the same).
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _extend(self, months: int, reasons: str, on: date) -> date:
        # The version read last (after "Reload the case" the new one): a notice recorded on a
        # case a colleague changed meanwhile is refused, not added blind.
        return self.lifecycle.deadlines.extend(
            self.actor, self.ref, months, reasons, on, expected_version=self.version
        )

    def _extended(self, due: date) -> None:
        self.refresh()
        self.message.info(
            translate("ClockLedgerView", "Deadline extended: now due {due:%Y-%m-%d}.").format(due=due)
        )
        self.changed.emit()
