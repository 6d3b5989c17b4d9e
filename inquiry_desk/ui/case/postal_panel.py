"""The "Post" tab of a case: letters sent by post, their tracking numbers, and mail that came back.

Registered mail (書留) must carry its tracking number, which staff copy from the post
office receipt: hyphens, spaces and full-width digits are accepted and stripped, and a
number that cannot be Japan Post's is flagged as it is typed. A returned letter is
recorded on its posting and pauses the case's clock (the workflow's "record returned
mail").

Both quote the version of the case the panel last read: a posting recorded while a
colleague changed the case is refused with who changed what, the form (or the returned
mail dialog) keeps what was typed, and "Reload the case, keep my changes" reads the case
again so that the next try quotes the new version.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, label_of, translate
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.postal import format_tracking, normalise_tracking, tracking_problem
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.cases.views import EventView
from inquiry_desk.services.lifecycle.actions import LifecycleStatus
from inquiry_desk.services.lifecycle.postal import Posting
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.ui.case.lifecycle_common import InlineMessage, run_service
from inquiry_desk.ui.case.returned_mail_dialog import ReturnedMailDialog
from inquiry_desk.ui.case.stale_banner import StaleBanner, run_quoting
from inquiry_desk.ui.widgets.dates import to_date
from inquiry_desk.ui.widgets.field_error import ERROR_STYLE
from inquiry_desk.ui.widgets.row_model import (
    ROW_ROLE as ROW_ROLE,  # re-exported; the role returns the Posting
)
from inquiry_desk.ui.widgets.row_model import RowTableModel

COL_POSTED, COL_REGISTERED, COL_TRACKING, COL_WHAT, COL_RETURNED = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Posted on"),
    QT_TRANSLATE_NOOP("Columns", "Registered"),
    QT_TRANSLATE_NOOP("Columns", "Tracking number"),
    QT_TRANSLATE_NOOP("Columns", "What was sent"),
    QT_TRANSLATE_NOOP("Columns", "Returned on"),
)

_MUTED_STYLE = "color: #6b7280;"
# Documents that never travel as the letter itself.
_NOT_SENT = frozenset({"fax-cover", "envelope"})


def sent_letter_titles(events: Sequence[EventView]) -> list[str]:
    """Titles for "what was sent": the documents printed for this case, latest first, then the rest."""
    # Imported here: the document templates are read only when a case's Post tab is built.
    from inquiry_desk.services.documents.service import DocumentService

    titles = {d.name: label_of(d) for d in DocumentService.documents() if d.name not in _NOT_SENT}
    printed = [e.action.split(":", 1)[1] for e in reversed(events) if e.action.startswith("print:")]
    return [titles[name] for name in dict.fromkeys([*printed, *titles]) if name in titles]


class PostingTableModel(RowTableModel[Posting]):
    headers = HEADERS

    def display(self, row: Posting, column: int) -> str | None:
        if column == COL_POSTED:
            return f"{row.posted_on:%Y-%m-%d}"
        if column == COL_REGISTERED:
            return (
                translate("PostingTableModel", "Registered (書留)")
                if row.registered
                else translate("PostingTableModel", "Ordinary")
            )
        if column == COL_TRACKING:
            return format_tracking(row.tracking_number) or "—"
        if column == COL_WHAT:
            return row.what or "—"
        return f"{row.returned_on:%Y-%m-%d}" if row.returned_on else "—"

    def foreground(self, row: Posting, column: int) -> QColor | None:
        # A returned letter means the applicant is not reached: it must stand out.
        return QColor("#a40000") if row.returned_on and column == COL_RETURNED else None

    def tooltip(self, row: Posting, column: int) -> str | None:
        if column == COL_WHAT and row.what:
            return row.what
        if column == COL_RETURNED and row.returned_on:
            return translate("PostingTableModel", "Came back undeliverable: the clock paused that day")
        return None


class PostalPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        lifecycle: Lifecycle,
        actor: Actor,
        ref: str,
        suggestions: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lifecycle = lifecycle
        self.actor = actor
        self.ref = ref
        self.postings: list[Posting] = []
        self.status: LifecycleStatus | None = None
        self.dialog: ReturnedMailDialog | None = None
        about = QLabel(
            translate(
                "PostalPanel",
                "Letters sent by post for this case. Registered mail (書留) needs the tracking "
                "number from the post office receipt. A letter that comes back pauses the "
                "clock until a valid address is known.",
            )
        )
        about.setWordWrap(True)
        about.setStyleSheet(_MUTED_STYLE)
        self.model = PostingTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("postingsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.returned_button = QPushButton(translate("PostalPanel", "Record &returned mail…"))
        self.returned_button.setObjectName("recordReturned")
        self.returned_button.clicked.connect(self.start_returned)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_returned())
        returned_row = QHBoxLayout()
        returned_row.addStretch(1)
        returned_row.addWidget(self.returned_button)
        self.message = InlineMessage()
        self.stale = StaleBanner()
        self.stale.reload_requested.connect(self.refresh)
        # The list and the form side by side: under the case header a case tab is wide and
        # short, and stacked the form was pushed below the fold.
        postings = QVBoxLayout()
        postings.addWidget(self.table, 1)
        postings.addLayout(returned_row)
        recording = QVBoxLayout()
        recording.addWidget(self._build_form(suggestions))
        recording.addWidget(self.stale)
        recording.addWidget(self.message)
        recording.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(postings, 1)
        columns.addLayout(recording)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(columns, 1)
        self.refresh()

    def _build_form(self, suggestions: Sequence[str]) -> QGroupBox:
        box = QGroupBox(translate("PostalPanel", "Record a posting"))
        box.setMinimumWidth(380)
        box.setMaximumWidth(460)
        form = QFormLayout(box)
        day = self.lifecycle.postal.today()
        today = QDate(day.year, day.month, day.day)
        self.posted_edit = QDateEdit()
        self.posted_edit.setObjectName("postedOn")
        self.posted_edit.setCalendarPopup(True)
        self.posted_edit.setDisplayFormat("yyyy-MM-dd")
        self.posted_edit.setMaximumDate(today)
        self.posted_edit.setDate(today)
        self.registered_check = QCheckBox(translate("PostalPanel", "Re&gistered mail (書留)"))
        self.registered_check.setObjectName("registered")
        self.registered_check.setChecked(True)
        self.tracking_edit = QLineEdit()
        self.tracking_edit.setObjectName("trackingNumber")
        self.tracking_edit.setPlaceholderText(translate("PostalPanel", "e.g. 1234-5678-9012"))
        self.tracking_hint = QLabel()
        self.tracking_hint.setObjectName("trackingHint")
        self.tracking_hint.setWordWrap(True)
        self.what_combo = QComboBox()
        self.what_combo.setObjectName("whatWasSent")
        self.what_combo.setEditable(True)
        self.what_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.what_combo.addItems(list(suggestions))
        self.what_combo.setCurrentIndex(-1)  # nothing chosen until staff say what went out
        line_edit = self.what_combo.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(
                translate("PostalPanel", "e.g. response letter with the disclosed data")
            )
        self.record_button = QPushButton(translate("PostalPanel", "Record &posting"))
        self.record_button.setObjectName("recordPosting")
        self.record_button.clicked.connect(self.record)
        self.tracking_edit.returnPressed.connect(self.record)
        self.registered_check.toggled.connect(self._update_hint)
        self.tracking_edit.textChanged.connect(self._update_hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        form.addRow(translate("PostalPanel", "Posted &on:"), self.posted_edit)
        form.addRow("", self.registered_check)
        form.addRow(translate("PostalPanel", "&Tracking number:"), self.tracking_edit)
        form.addRow("", self.tracking_hint)
        form.addRow(translate("PostalPanel", "&What was sent:"), self.what_combo)
        form.addRow(buttons)
        self._update_hint()
        return box

    # --- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        if not run_service(self.message, self._load):
            return
        selected = self.selected_posting()
        self.model.set_rows(self.postings)
        if selected is not None:
            row = next((i for i, p in enumerate(self.postings) if p.id == selected.id), -1)
            if row >= 0:
                self.table.selectRow(row)
        self._update_returned()

    def _load(self) -> None:
        self.postings = self.lifecycle.postal.postings(self.actor, self.ref)
        self.status = self.lifecycle.workflow.status(self.actor, self.ref)

    def _version(self) -> int | None:
        return self.status.version if self.status is not None else None

    def selected_posting(self) -> Posting | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_returned(self) -> None:
        posting = self.selected_posting()
        allowed = self.status is not None and Action.RECORD_RETURNED_MAIL in self.status.allowed
        self.returned_button.setEnabled(posting is not None and posting.returned_on is None and allowed)
        if not allowed:
            tip = translate("PostalPanel", "Returned mail cannot be recorded in this state of the case")
        elif posting is None:
            tip = translate("PostalPanel", "Select the posting that came back")
        elif posting.returned_on is not None:
            tip = translate("PostalPanel", "Already recorded as returned on {returned_on:%Y-%m-%d}").format(
                returned_on=posting.returned_on
            )
        else:
            tip = translate(
                "PostalPanel", "Record that this letter came back undeliverable (pauses the clock)"
            )
        self.returned_button.setToolTip(tip)

    def _update_hint(self) -> None:
        number = normalise_tracking(self.tracking_edit.text())
        registered = self.registered_check.isChecked()
        problem = tracking_problem(number) if number else None
        if problem:
            text, style = problem, ERROR_STYLE
        elif number:
            text, style = (
                translate("PostalPanel", "Recorded as {format_tracking}.").format(
                    format_tracking=format_tracking(number)
                ),
                _MUTED_STYLE,
            )
        elif registered:
            text, style = (
                (
                    translate(
                        "PostalPanel",
                        "Registered mail needs the tracking number on the receipt "
                        "(11–13 digits; international: e.g. RR123456789JP).",
                    )
                ),
                _MUTED_STYLE,
            )
        else:
            text, style = (
                translate("PostalPanel", "Ordinary mail has no tracking number; leave it empty."),
                _MUTED_STYLE,
            )
        self.tracking_hint.setText(text)
        self.tracking_hint.setStyleSheet(style)
        self.tracking_edit.setProperty("invalid", bool(problem))
        self.tracking_edit.style().unpolish(self.tracking_edit)
        self.tracking_edit.style().polish(self.tracking_edit)

    # --- acting --------------------------------------------------------------------------
    def record(self) -> None:
        number = normalise_tracking(self.tracking_edit.text())
        problem = tracking_problem(number) if number else None
        if problem:
            # A mistyped number would make the letter untraceable; nothing typed is cleared.
            # The hint under the field says what is wrong with it.
            self.message.error(translate("PostalPanel", "Not recorded: check the tracking number."))
            self.tracking_edit.setFocus()
            return
        posted: date = to_date(self.posted_edit.date())
        what = self.what_combo.currentText().strip()
        registered = self.registered_check.isChecked()
        if run_quoting(
            self.message,
            self.stale,
            lambda: self.lifecycle.postal.record_posting(
                self.actor,
                self.ref,
                posted,
                number,
                what,
                registered=registered,
                expected_version=self._version(),
            ),
        ):
            self.tracking_edit.clear()
            self.what_combo.setCurrentIndex(-1)
            self.what_combo.setEditText("")
            self.refresh()
            self.table.selectRow(len(self.postings) - 1)
            self.message.info(
                translate("PostalPanel", "Posting of {posted:%Y-%m-%d} recorded.").format(posted=posted)
            )
            self.changed.emit()
        elif not number and registered:
            self.tracking_edit.setFocus()

    def start_returned(self) -> ReturnedMailDialog | None:
        posting = self.selected_posting()
        if posting is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = ReturnedMailDialog(
            posting,
            # The version is read when the dialog records: after "Reload the case" it is the new one.
            lambda on, note: self.lifecycle.postal.record_returned(
                self.actor, self.ref, on, posting.id, note, expected_version=self._version()
            ),
            self.lifecycle.postal.today(),
            self,
            reload=self.refresh,
        )
        dialog.recorded.connect(self._returned)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()  # non-blocking
        return dialog

    def _dialog_closed(self, dialog: ReturnedMailDialog) -> None:
        # Deleted by hand, not WA_DeleteOnClose: see ClockLedgerView._dialog_closed.
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _returned(self) -> None:
        self.refresh()
        self.message.info(
            translate(
                "PostalPanel", "Returned mail recorded; the clock is paused until a valid address is known."
            )
        )
        self.changed.emit()
