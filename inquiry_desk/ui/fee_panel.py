"""The fee ledger on the case view: whether a fee may be asked, entries, and the balance."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.fees import FeeEntryKind, PaymentMethod
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.fees_service import FeeLine, FeeOverview
from inquiry_desk.services.lifecycle import Lifecycle
from inquiry_desk.ui.lifecycle_common import InlineMessage, run_service
from inquiry_desk.ui.row_model import ROW_ROLE as ROW_ROLE  # re-exported; the role returns the FeeLine
from inquiry_desk.ui.row_model import RowTableModel

COL_DATE, COL_KIND, COL_AMOUNT, COL_METHOD, COL_VALID, COL_NOTE = range(6)
HEADERS = ("Date", "Entry", "Amount (JPY)", "Method", "Money order valid until", "Note")


class FeeTableModel(RowTableModel[FeeLine]):
    headers = HEADERS
    numeric_columns = frozenset({COL_AMOUNT})

    def display(self, row: FeeLine, column: int) -> str | None:
        entry = row.entry
        if column == COL_DATE:
            return f"{entry.on:%Y-%m-%d}"
        if column == COL_KIND:
            return entry.kind.label
        if column == COL_AMOUNT:
            return f"{entry.amount_jpy:,}"
        if column == COL_METHOD:
            return entry.method.label if entry.method else "—"
        if column == COL_VALID:
            if row.last_valid_day is None:
                return "—"
            return f"{row.last_valid_day:%Y-%m-%d}" + (" (expired)" if row.expired else "")
        return entry.note


class FeePanel(QWidget):
    changed = Signal()

    def __init__(self, lifecycle: Lifecycle, actor: Actor, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lifecycle = lifecycle
        self.actor = actor
        self.ref = ref
        self.overview: FeeOverview | None = None
        self.policy_label = QLabel()
        self.policy_label.setWordWrap(True)
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balanceLabel")
        self.model = FeeTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.addWidget(self.policy_label)
        layout.addWidget(self.table)
        layout.addWidget(self.balance_label)
        layout.addWidget(self._build_form())
        layout.addWidget(self.message)
        self.refresh()

    def _build_form(self) -> QGroupBox:
        box = QGroupBox("Record")
        form = QFormLayout(box)
        self.kind_combo = QComboBox()
        for kind in FeeEntryKind:
            self.kind_combo.addItem(kind.label, kind)
        self.amount_spin = QSpinBox()
        self.amount_spin.setRange(1, 1_000_000)
        self.amount_spin.setSingleStep(100)
        self.amount_spin.setValue(1000)
        self.amount_spin.setSuffix(" JPY")
        self.method_combo = QComboBox()
        self.method_combo.addItem("—", None)
        for method in PaymentMethod:
            self.method_combo.addItem(method.label, method)
        self.issued_edit = QDateEdit()
        self.issued_edit.setCalendarPopup(True)
        self.issued_edit.setDisplayFormat("yyyy-MM-dd")
        self.issued_edit.setDate(QDate.currentDate())
        self.excessive_check = QCheckBox("GDPR: the request is &manifestly unfounded or excessive")
        self.note_edit = QLineEdit()
        self.record_button = QPushButton("&Record fee entry")
        self.record_button.setObjectName("recordFee")
        self.record_button.clicked.connect(self.record)
        form.addRow("&Entry:", self.kind_combo)
        form.addRow("&Amount:", self.amount_spin)
        form.addRow("Me&thod:", self.method_combo)
        form.addRow("Money order &issued on (発行日):", self.issued_edit)
        form.addRow(self.excessive_check)
        form.addRow("&Note:", self.note_edit)
        form.addRow(self.record_button)
        return box

    def refresh(self) -> None:
        if not run_service(self.message, self._load):
            return
        overview = self.overview
        assert overview is not None
        policy = overview.policy
        self.policy_label.setText(("Fee allowed" if policy.allowed else "No fee may be asked")
                                  + (f" (default {policy.amount_jpy:,} JPY)" if policy.allowed else "")
                                  + f": {policy.reason}")
        self.balance_label.setText(f"<b>{overview.balance_text}</b>")
        self.model.set_rows(list(overview.lines))

    def _load(self) -> None:
        self.overview = self.lifecycle.fees.overview(self.actor, self.ref)

    def record(self) -> None:
        # Qt hands enum data back as plain strings.
        raw_method = self.method_combo.currentData()
        method = PaymentMethod(raw_method) if raw_method else None
        issued = self.issued_edit.date().toPython() if method is PaymentMethod.POSTAL_MONEY_ORDER else None
        kind = FeeEntryKind(self.kind_combo.currentData())
        ok = run_service(self.message, lambda: self.lifecycle.fees.record(
            self.actor, self.ref, kind, self.amount_spin.value(), method=method,
            money_order_issued_on=issued,  # type: ignore[arg-type]
            note=self.note_edit.text(), excessive=self.excessive_check.isChecked()))
        if ok:
            self.note_edit.clear()
            self.refresh()
            self.changed.emit()
