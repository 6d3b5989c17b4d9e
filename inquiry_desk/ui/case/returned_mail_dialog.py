"""A letter came back undeliverable: the day it returned and a note (why, what the envelope says).

Like the extension dialog it records through the ``submit`` callable it is given, so a
refusal is shown inside it and the note typed so far stays. A refusal because a colleague
changed the case meanwhile offers to reload it (``reload``) and keeps the note and the day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.lifecycle.postal import Posting
from inquiry_desk.ui.case.lifecycle_common import InlineMessage, ok_cancel_buttons
from inquiry_desk.ui.case.stale_banner import StaleBanner, run_quoting
from inquiry_desk.ui.widgets.dates import to_date

# (returned on, note); raises UserError when refused.
Submit = Callable[[date, str], None]


class ReturnedMailDialog(QDialog):
    recorded = Signal()

    def __init__(
        self,
        posting: Posting,
        submit: Submit,
        today: date,
        parent: QWidget | None = None,
        *,
        reload: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(translate("ReturnedMailDialog", "Record returned mail"))
        self.setObjectName("returnedMailDialog")
        self.setMinimumWidth(460)
        kind = (
            translate("ReturnedMailDialog", "registered letter")
            if posting.registered
            else translate("ReturnedMailDialog", "letter")
        )
        what = f" ({posting.what})" if posting.what else ""
        about = QLabel(
            translate(
                "ReturnedMailDialog",
                "The {kind} posted on {posted_on:%Y-%m-%d}{what} came back undeliverable. The clock "
                "pauses from that day until a valid address is known.",
            ).format(kind=kind, posted_on=posting.posted_on, what=what)
        )
        about.setWordWrap(True)
        self.on_edit = QDateEdit()
        self.on_edit.setObjectName("returnedOn")
        self.on_edit.setCalendarPopup(True)
        self.on_edit.setDisplayFormat("yyyy-MM-dd")
        # It cannot come back before it went out, nor tomorrow.
        posted, latest = posting.posted_on, max(today, posting.posted_on)
        self.on_edit.setDateRange(
            QDate(posted.year, posted.month, posted.day), QDate(latest.year, latest.month, latest.day)
        )
        self.on_edit.setDate(self.on_edit.maximumDate())
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("returnedNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(
            translate("ReturnedMailDialog", "e.g. 宛所に尋ねあたりません (no such address), moved, refused")
        )
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        form = QFormLayout()
        form.addRow(translate("ReturnedMailDialog", "Came &back on:"), self.on_edit)
        form.addRow(translate("ReturnedMailDialog", "&Note:"), self.note_edit)
        self.message = InlineMessage()
        self.stale = StaleBanner()
        if reload is not None:
            self.stale.reload_requested.connect(reload)
        # Closes only once recorded.
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, translate("ReturnedMailDialog", "&Record returned mail"), self.record
        )
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.stale)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def record(self) -> None:
        on: date = to_date(self.on_edit.date())
        note = self.note_edit.toPlainText().strip()
        if run_quoting(self.message, self.stale, lambda: self.submit(on, note)):
            self.recorded.emit()
            self.accept()
        else:
            self.adjustSize()  # room for the message
