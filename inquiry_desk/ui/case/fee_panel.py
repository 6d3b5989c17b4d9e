"""The fee ledger on the case view: whether a fee may be asked, entries, and the balance.

A postal money order (定額小為替) usually arrives by post and is cashed at the post office
days later, so the panel records the cashing either with the entry ("Already cashed on")
or afterwards on the selected row ("Mark cashed"). A money order cashed, or still held,
after its last valid day is shown in red: the summary does not count it as paid.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.errors import UserError, ValidationFailed
from inquiry_desk.domain.fees import FeeEntryKind, PaymentMethod
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, label_of, translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.lifecycle.fees import FeeLine, FeeOverview
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.ui.case.lifecycle_common import InlineMessage, run_service
from inquiry_desk.ui.widgets.dates import to_date, to_qdate
from inquiry_desk.ui.widgets.field_error import FieldWithError
from inquiry_desk.ui.widgets.formatting import fmt_date, fmt_yen
from inquiry_desk.ui.widgets.row_model import (
    ROW_ROLE as ROW_ROLE,  # re-exported; the role returns the FeeLine
)
from inquiry_desk.ui.widgets.row_model import RowTableModel
from inquiry_desk.ui.widgets.unsaved import FormSnapshot

COL_DATE, COL_KIND, COL_AMOUNT, COL_METHOD, COL_VALID, COL_CASHED, COL_NOTE = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Date"),
    QT_TRANSLATE_NOOP("Columns", "Entry"),
    QT_TRANSLATE_NOOP("Columns", "Amount (JPY)"),
    QT_TRANSLATE_NOOP("Columns", "Method"),
    QT_TRANSLATE_NOOP("Columns", "Valid until"),
    QT_TRANSLATE_NOOP("Columns", "Cashed on"),
    QT_TRANSLATE_NOOP("Columns", "Note"),
)
# The same red as InlineMessage's refusals: one colour for "this does not count".
EXPIRED_COLOUR = QColor("#a40000")


def _date_edit(today: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(to_qdate(today))
    edit.setDate(to_qdate(today))
    return edit


class FeeTableModel(RowTableModel[FeeLine]):
    headers = HEADERS
    numeric_columns = frozenset({COL_AMOUNT})

    def display(self, row: FeeLine, column: int) -> str | None:
        entry = row.entry
        if column == COL_DATE:
            return f"{entry.on:%Y-%m-%d}"
        if column == COL_KIND:
            return label_of(entry.kind)
        if column == COL_AMOUNT:
            return f"{entry.amount_jpy:,}"
        if column == COL_METHOD:
            return label_of(entry.method) if entry.method else "—"
        if column == COL_VALID:
            if row.last_valid_day is None:
                return "—"
            return fmt_date(row.last_valid_day) + (
                translate("FeeTableModel", " (expired)") if row.expired else ""
            )
        if column == COL_CASHED:
            if entry.cashed_on is not None:
                return f"{entry.cashed_on:%Y-%m-%d}"
            return translate("FeeTableModel", "Not yet") if row.cashable else "—"
        return entry.note

    def tooltip(self, row: FeeLine, column: int) -> str | None:
        if row.expired and row.last_valid_day is not None:
            last = f"{row.last_valid_day:%Y-%m-%d}"
            if row.entry.cashed_on is not None:
                return translate(
                    "FeeTableModel",
                    "Cashed on {cashed_on:%Y-%m-%d}, after its last valid day {last}: not counted as "
                    "received.",
                ).format(cashed_on=row.entry.cashed_on, last=last)
            return translate(
                "FeeTableModel",
                "Held past its last valid day {last} without being cashed: the post office will "
                "refuse it; not counted as received.",
            ).format(last=last)
        if column in (COL_VALID, COL_CASHED) and row.cashable and row.last_valid_day is not None:
            issued = row.entry.money_order_issued_on
            since = (
                translate("FeeTableModel", " (issued {issued})").format(issued=fmt_date(issued))
                if issued
                else ""
            )
            return translate("FeeTableModel", "Must be cashed by {last_valid_day:%Y-%m-%d}{since}.").format(
                last_valid_day=row.last_valid_day, since=since
            )
        return None

    def foreground(self, row: FeeLine, column: int) -> QColor | None:
        return EXPIRED_COLOUR if row.expired else None


class FeePanel(QWidget):
    changed = Signal()

    def __init__(self, lifecycle: Lifecycle, actor: Actor, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lifecycle = lifecycle
        self.actor = actor
        self.ref = ref
        self.overview: FeeOverview | None = None
        today = self._today()
        self.policy_label = QLabel()
        self.policy_label.setWordWrap(True)
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balanceLabel")
        self.balance_label.setWordWrap(True)
        self.model = FeeTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.addWidget(self.policy_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_cashing_row(today))
        entry_box = self._build_form(today)
        layout.addWidget(entry_box)
        layout.addWidget(self.message)
        self.refresh()
        # The entry form only: the cashing date beside the table follows the selected row.
        self.unsaved = FormSnapshot(entry_box)

    def has_unsaved_input(self) -> bool:
        """Something typed or chosen in the entry form that has not been recorded."""
        return self.unsaved.changed

    def _today(self) -> date:
        # The service's clock, not the PC's: the two agree in use, and tests move the first.
        return self.lifecycle.fees.today()

    def _build_cashing_row(self, today: date) -> QHBoxLayout:
        """The balance, and beside it the cashing of the money order selected in the table."""
        self.mark_cashed_edit = _date_edit(today)
        self.mark_cashed_label = QLabel(translate("FeePanel", "Selected money order cashe&d on:"))
        self.mark_cashed_label.setBuddy(self.mark_cashed_edit)
        self.mark_cashed_button = QPushButton(translate("FeePanel", "Mark &cashed"))
        self.mark_cashed_button.setObjectName("markCashed")
        self.mark_cashed_button.clicked.connect(self.mark_cashed)
        row = QHBoxLayout()
        row.addWidget(self.balance_label, 1)
        row.addWidget(self.mark_cashed_label)
        row.addWidget(self.mark_cashed_edit)
        row.addWidget(self.mark_cashed_button)
        return row

    def _build_form(self, today: date) -> QGroupBox:
        box = QGroupBox(translate("FeePanel", "Record"))
        self.form = form = QFormLayout(box)
        # Dates, amounts and choices at their natural width; only the note takes the rest.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind_combo = QComboBox()
        for kind in FeeEntryKind:
            self.kind_combo.addItem(label_of(kind), kind)
        self.on_edit = _date_edit(today)
        self.amount_spin = QSpinBox()
        self.amount_spin.setRange(1, 1_000_000)
        self.amount_spin.setSingleStep(100)
        self.amount_spin.setValue(1000)
        self.amount_spin.setSuffix(translate("FeePanel", " JPY"))
        self.method_combo = QComboBox()
        self.method_combo.addItem("—", None)
        for method in PaymentMethod:
            self.method_combo.addItem(label_of(method), method)
        self.issued_edit = _date_edit(today)
        # Often not cashed yet when the letter is opened; then it is marked cashed later.
        self.cashed_check = QCheckBox(translate("FeePanel", "Already ca&shed on:"))
        self.cashed_edit = _date_edit(today)
        self.cashed_edit.setEnabled(False)
        self.cashed_check.toggled.connect(self.cashed_edit.setEnabled)
        self.excessive_check = QCheckBox(
            translate("FeePanel", "GDPR: the request is &manifestly unfounded or excessive")
        )
        self.note_edit = QLineEdit()
        self.note_edit.returnPressed.connect(self.record)
        self.record_button = QPushButton(translate("FeePanel", "&Record fee entry"))
        self.record_button.setObjectName("recordFee")
        self.record_button.clicked.connect(self.record)
        # Each field carries its own error underneath: a refusal shows where it is, in view.
        self.field_rows = {
            key: FieldWithError(widget)
            for key, widget in (
                ("on", self.on_edit),
                ("amount_jpy", self.amount_spin),
                ("method", self.method_combo),
                ("money_order_issued_on", self.issued_edit),
                ("cashed_on", self.cashed_edit),
            )
        }
        rows = self.field_rows
        form.addRow(translate("FeePanel", "&Entry:"), self.kind_combo)
        form.addRow(translate("FeePanel", "&On:"), rows["on"])
        form.addRow(translate("FeePanel", "&Amount:"), rows["amount_jpy"])
        form.addRow(translate("FeePanel", "Me&thod:"), rows["method"])
        form.addRow(translate("FeePanel", "Money order &issued on (発行日):"), rows["money_order_issued_on"])
        form.addRow(self.cashed_check, rows["cashed_on"])
        form.addRow(self.excessive_check)
        form.addRow(translate("FeePanel", "&Note:"), self.note_edit)
        form.addRow(self.record_button)
        # Hiding the money-order rows would narrow the label column and shift every field
        # sideways on each change of method; the widest label's width keeps it still.
        labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
        widgets = [widget for item in labels if item is not None and (widget := item.widget()) is not None]
        widest = max(widget.sizeHint().width() for widget in widgets)
        for widget in widgets:
            widget.setMinimumWidth(widest)
        self.kind_combo.currentIndexChanged.connect(self._update_money_order_rows)
        self.method_combo.currentIndexChanged.connect(self._update_money_order_rows)
        self._update_money_order_rows()
        return box

    def _form_method(self) -> PaymentMethod | None:
        raw = self.method_combo.currentData()  # Qt hands enum data back as plain strings.
        return PaymentMethod(raw) if raw else None

    def _update_money_order_rows(self) -> None:
        # setRowVisible hides the label with its field, so no orphan label is left behind.
        money_order = self._form_method() is PaymentMethod.POSTAL_MONEY_ORDER
        received = FeeEntryKind(self.kind_combo.currentData()) is FeeEntryKind.RECEIVED
        self.form.setRowVisible(self.field_rows["money_order_issued_on"], money_order)
        self.form.setRowVisible(self.field_rows["cashed_on"], money_order and received)

    def refresh(self) -> None:
        selected = self.selected_line()
        if not run_service(self.message, self._load):
            return
        overview = self.overview
        assert overview is not None
        policy = overview.policy
        self.policy_label.setText(
            (
                translate("FeePanel", "Fee allowed")
                if policy.allowed
                else translate("FeePanel", "No fee may be asked")
            )
            + (
                translate("FeePanel", " (default {amount})").format(amount=fmt_yen(policy.amount_jpy))
                if policy.allowed
                else ""
            )
            + translate("FeePanel", ": {reason}").format(reason=policy.reason)
        )
        self.balance_label.setText(f"<b>{overview.balance_text}</b>")
        self.model.set_rows(list(overview.lines))
        # A panel left open overnight must not refuse today's date.
        today = to_qdate(self._today())
        for edit in (self.on_edit, self.issued_edit, self.cashed_edit, self.mark_cashed_edit):
            edit.setMaximumDate(today)
        if selected is not None:
            self._select_entry(selected.id)
        self._update_cashing_controls()

    def _load(self) -> None:
        self.overview = self.lifecycle.fees.overview(self.actor, self.ref)

    def selected_line(self) -> FeeLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        line = rows[0].data(ROW_ROLE)
        return line if isinstance(line, FeeLine) else None

    def _select_entry(self, entry_id: int) -> None:
        for row, line in enumerate(self.model.rows):
            if line.id == entry_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        line = self.selected_line()
        if line is not None and line.cashable:
            # Start from the recorded date when correcting one, else from today.
            self.mark_cashed_edit.setDate(to_qdate(line.entry.cashed_on or self._today()))
        self._update_cashing_controls()

    def _update_cashing_controls(self) -> None:
        line = self.selected_line()
        usable = line is not None and line.cashable
        for widget in (self.mark_cashed_label, self.mark_cashed_edit, self.mark_cashed_button):
            widget.setEnabled(usable)
        if not usable:
            tip = translate(
                "FeePanel",
                "Select a received postal money order (定額小為替) in the table to record its cashing.",
            )
        elif line is not None and line.entry.cashed_on is not None:
            tip = translate(
                "FeePanel", "Recorded as cashed on {cashed_on:%Y-%m-%d}; record another date to correct it."
            ).format(cashed_on=line.entry.cashed_on)
        else:
            tip = translate("FeePanel", "Record the day the money order was cashed at the post office.")
        self.mark_cashed_button.setToolTip(tip)

    def record(self) -> None:
        method = self._form_method()
        kind = FeeEntryKind(self.kind_combo.currentData())
        money_order = method is PaymentMethod.POSTAL_MONEY_ORDER
        issued = to_date(self.issued_edit.date()) if money_order else None
        cashed = (
            to_date(self.cashed_edit.date())
            if money_order and kind is FeeEntryKind.RECEIVED and self.cashed_check.isChecked()
            else None
        )
        for row in self.field_rows.values():
            row.set_error(None)
        try:
            self.lifecycle.fees.record(
                self.actor,
                self.ref,
                kind,
                self.amount_spin.value(),
                on=to_date(self.on_edit.date()),
                method=method,
                money_order_issued_on=issued,
                cashed_on=cashed,
                note=self.note_edit.text(),
                excessive=self.excessive_check.isChecked(),
                expected_version=self._version(),
            )
        except ValidationFailed as exc:
            self._show_field_errors(exc.fields)
            ok = False
        except UserError as exc:
            self.message.error(exc.message)
            ok = False
        else:
            self.message.clear_message()
            ok = True
        # On a refusal everything typed stays, so that the user corrects one field and retries.
        if ok:
            self.note_edit.clear()
            self.cashed_check.setChecked(False)
            # What stays in the form (kind, amount, dates) was just recorded: nothing to lose.
            self.unsaved.reset()
            self.refresh()
            self.changed.emit()

    def _show_field_errors(self, errors: dict[str, str]) -> None:
        """Each message beside its field, the first of them scrolled into view; a message
        about the entry as a whole goes below the form."""
        general = [text for key, text in errors.items() if key not in self.field_rows]
        if general:
            self.message.error(" ".join(general))
        else:
            self.message.clear_message()
        first: FieldWithError | None = None
        for key, row in self.field_rows.items():
            row.set_error(errors.get(key))
            if key in errors and first is None:
                first = row
        if first is not None:
            first.field.setFocus()
        shown: QWidget = first if first is not None else self.message
        area = _scroll_area_of(self)
        if area is not None:
            area.ensureWidgetVisible(shown)

    def _version(self) -> int | None:
        return self.overview.version if self.overview is not None else None

    def mark_cashed(self) -> None:
        line = self.selected_line()
        if line is None or not line.cashable:
            return  # the button is disabled then; Alt+C on a stale state does nothing
        ok = run_service(
            self.message,
            lambda: self.lifecycle.fees.mark_cashed(
                self.actor,
                self.ref,
                line.id,
                to_date(self.mark_cashed_edit.date()),
                # A cashed date corrected meanwhile by a colleague is not overwritten.
                expected_version=self._version(),
            ),
        )
        if ok:
            self.refresh()
            self.changed.emit()


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent
