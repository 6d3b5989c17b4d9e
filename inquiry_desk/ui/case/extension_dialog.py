"""The GDPR extension notice: how many further months, why, and the day the notice went out.

The dialog records the extension itself (through the ``submit`` callable it is given) so
that a refusal — a late notice, months already used up — is shown inside it, with the
reasons still typed, rather than after it has closed. A refusal because a colleague
changed the case meanwhile says who changed what and offers to reload the case
(``reload``), keeping the months, the reasons and the notice date as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.i18n import translate
from inquiry_desk.ui.case.lifecycle_common import InlineMessage, ok_cancel_buttons
from inquiry_desk.ui.case.stale_banner import StaleBanner, run_quoting
from inquiry_desk.ui.widgets.dates import to_date, to_qdate

# (months, reasons, notice date) -> the new due date; raises UserError when refused.
Submit = Callable[[int, str, date], date]

_WARNING_STYLE = "color: #8a5a00;"


class ExtensionDialog(QDialog):
    extended = Signal(object)  # the new due date

    def __init__(
        self,
        submit: Submit,
        *,
        max_months: int,
        received: date,
        today: date,
        notice_deadline: date | None,
        due: date | None,
        parent: QWidget | None = None,
        reload: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("ExtensionDialog", "Extend the deadline"))
        self.setObjectName("extensionDialog")
        self.setMinimumWidth(500)
        self.new_due: date | None = None

        rule = QLabel(
            translate(
                "ExtensionDialog",
                "Up to %n further month(s), with the reasons, told to the applicant "
                "within the first period (GDPR Art. 12(3)).",
                None,
                max_months,
            )
        )
        rule.setWordWrap(True)
        self.due_label = QLabel(f"{due:%Y-%m-%d}" if due else "—")
        self.deadline_label = QLabel(self._deadline_text(notice_deadline, today))
        self.deadline_label.setObjectName("noticeDeadline")
        self.deadline_label.setWordWrap(True)
        if notice_deadline is not None and today > notice_deadline:
            # Still allowed to try (a notice sent in time may be recorded late, dated when
            # it was sent); the service decides, but staff should not be surprised.
            self.deadline_label.setStyleSheet(_WARNING_STYLE)
        else:
            self.deadline_label.setStyleSheet("font-weight: bold;")

        self.months_spin = QSpinBox()
        self.months_spin.setObjectName("extensionMonths")
        self.months_spin.setRange(1, max(1, max_months))
        self.months_spin.valueChanged.connect(
            lambda n: self.months_spin.setSuffix(
                translate("ExtensionDialog", " month") if n == 1 else translate("ExtensionDialog", " months")
            )
        )
        self.months_spin.setValue(max(1, max_months))
        self.months_spin.setSuffix(
            translate("ExtensionDialog", " month")
            if self.months_spin.value() == 1
            else translate("ExtensionDialog", " months")
        )
        self.reasons_edit = QPlainTextEdit()
        self.reasons_edit.setObjectName("extensionReasons")
        self.reasons_edit.setTabChangesFocus(True)
        self.reasons_edit.setPlaceholderText(
            translate(
                "ExtensionDialog",
                "Why more time is needed (complexity, number of requests); "
                "the notice to the applicant states these reasons.",
            )
        )
        self.reasons_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        self.on_edit = QDateEdit()
        self.on_edit.setObjectName("extensionNoticeDate")
        self.on_edit.setCalendarPopup(True)
        self.on_edit.setDisplayFormat("yyyy-MM-dd")
        # A notice cannot be dated before the request arrived, nor in the future.
        self.on_edit.setDateRange(to_qdate(received), to_qdate(today))
        self.on_edit.setDate(to_qdate(today))

        form = QFormLayout()
        form.addRow(translate("ExtensionDialog", "Due now:"), self.due_label)
        form.addRow(translate("ExtensionDialog", "Record the notice by:"), self.deadline_label)
        form.addRow(translate("ExtensionDialog", "&Months:"), self.months_spin)
        form.addRow(translate("ExtensionDialog", "&Reasons *:"), self.reasons_edit)
        form.addRow(translate("ExtensionDialog", "&Notice dated:"), self.on_edit)
        self.message = InlineMessage()
        self.stale = StaleBanner()
        if reload is not None:
            self.stale.reload_requested.connect(reload)
        # OK records first and closes only on success; a refusal keeps the dialog open.
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, translate("ExtensionDialog", "&Extend"), self.record
        )
        self.reasons_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(rule)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("ExtensionDialog", "* required")))
        layout.addWidget(self.stale)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.reasons_edit.setFocus()

    @staticmethod
    def _deadline_text(notice_deadline: date | None, today: date) -> str:
        if notice_deadline is None:
            return "—"
        if today > notice_deadline:
            return translate(
                "ExtensionDialog",
                "{notice_deadline:%Y-%m-%d} — the first period has ended: only a notice sent by then "
                "extends the deadline.",
            ).format(notice_deadline=notice_deadline)
        left = (notice_deadline - today).days
        return f"{notice_deadline:%Y-%m-%d}" + (
            translate("ExtensionDialog", " (today)")
            if left == 0
            else translate("ExtensionDialog", " ({left} days left)").format(left=left)
        )

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reasons_edit.toPlainText().strip()))

    def record(self) -> None:
        months, reasons = self.months_spin.value(), self.reasons_edit.toPlainText().strip()
        on: date = to_date(self.on_edit.date())
        if not reasons:
            return  # OK is disabled; Enter in another field must not bypass that

        def call() -> None:
            self.new_due = self.submit(months, reasons, on)

        if run_quoting(self.message, self.stale, call):
            self.extended.emit(self.new_due)
            self.accept()
        else:
            self.adjustSize()  # room for the message, without squeezing the reasons
