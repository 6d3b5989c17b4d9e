"""The manager's erasure panel: finished cases and when each will be purged, legal holds,
early purge with a typed confirmation, the grace period, and the last purge receipts with
their erasure-check result.

Only anonymous columns are shown (reference, state, dates); dialogs are opened with
``open()`` (never ``exec()``) so that tests can drive them and the window stays live.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, in_language, translate
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.purge.due import MAX_GRACE_DAYS, ClosedCase
from inquiry_desk.services.purge.receipts import ReceiptRow, describe_place
from inquiry_desk.services.purge.service import PurgeService
from inquiry_desk.ui.case.lifecycle_common import InlineMessage, ok_cancel_buttons
from inquiry_desk.ui.case.stale_banner import StaleBanner, run_quoting
from inquiry_desk.ui.widgets.formatting import fmt_date, fmt_datetime, state_label
from inquiry_desk.ui.widgets.notify import Notifier
from inquiry_desk.ui.widgets.row_model import RowTableModel


class ClosedCasesModel(RowTableModel[ClosedCase]):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "Reference"),
        QT_TRANSLATE_NOOP("Columns", "State"),
        QT_TRANSLATE_NOOP("Columns", "Finished"),
        QT_TRANSLATE_NOOP("Columns", "Purge from"),
        QT_TRANSLATE_NOOP("Columns", "Legal hold"),
    )
    headers = HEADERS

    def display(self, row: ClosedCase, column: int) -> str | None:
        if column == 0:
            return row.ref
        if column == 1:
            return state_label(row.state)
        if column == 2:
            return fmt_date(row.closed_at)
        if column == 3:
            if row.legal_hold:
                return translate("ClosedCasesModel", "on hold")
            if row.due:
                return translate("ClosedCasesModel", "due now")
            return fmt_date(row.purge_from)
        if column == 4:
            return (
                translate("ClosedCasesModel", "on")
                if row.legal_hold
                else translate("ClosedCasesModel", "off")
            )
        return None

    def tooltip(self, row: ClosedCase, column: int) -> str | None:
        if column == 3 and row.legal_hold:
            return translate("ClosedCasesModel", "A legal hold stops the purge until a manager lifts it.")
        return None


# Why a purge ran, as the receipt stores it (services/purge/receipts.py `Reason`) and as the
# manager reads it; an unknown value from a newer version shows as stored.
REASON_LABELS = {
    "scheduled": QT_TRANSLATE_NOOP("PurgeReason", "scheduled"),
    "early": QT_TRANSLATE_NOOP("PurgeReason", "early, by a manager"),
    "restore": QT_TRANSLATE_NOOP("PurgeReason", "again after a restore"),
    "merged": QT_TRANSLATE_NOOP("PurgeReason", "after a merge into another case"),
}


def reason_label(reason: str) -> str:
    label = REASON_LABELS.get(reason)
    return translate("PurgeReason", label) if label else reason


class ReceiptsModel(RowTableModel[ReceiptRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "When"),
        QT_TRANSLATE_NOOP("Columns", "By"),
        QT_TRANSLATE_NOOP("Columns", "Why"),
        QT_TRANSLATE_NOOP("Columns", "Cases"),
        QT_TRANSLATE_NOOP("Columns", "Erasure check"),
    )
    headers = HEADERS

    def display(self, row: ReceiptRow, column: int) -> str | None:
        return (
            fmt_datetime(row.at),
            row.actor,
            reason_label(row.reason),
            str(len(row.refs)),
            self.check_text(row),
        )[column]

    def tooltip(self, row: ReceiptRow, column: int) -> str | None:
        return in_language(", ", "、").join(row.refs) if column == 3 else None

    @staticmethod
    def check_text(row: ReceiptRow) -> str:
        if row.check_passed is None:
            return translate("ReceiptsModel", "not run")
        if row.check_passed:
            return translate("ReceiptsModel", "passed ({bytes} bytes scanned)").format(
                bytes=f"{row.bytes_scanned:,}"
            )
        if row.check_error:
            return translate("ReceiptsModel", "FAILED: {error}").format(error=row.check_error)
        return translate("ReceiptsModel", "FAILED: {hits} value(s) still found").format(hits=row.hits)


class ReasonDialog(QDialog):
    """Asks why a legal hold is placed or lifted; the reason is sealed on the case timeline.

    OK places (or lifts) the hold and closes only when that went through: a refusal, such as
    a colleague's change to the case meanwhile, stays in the dialog with the reason as typed.
    """

    def __init__(
        self,
        ref: str,
        on: bool,
        submit: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        reload: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ref, self.on, self.submit = ref, on, submit
        # Wide enough for the "changed meanwhile" banner to wrap its lines beside its button.
        self.setMinimumWidth(640)
        self.setWindowTitle(
            (
                translate("ReasonDialog", "Place legal hold — {ref}")
                if on
                else translate("ReasonDialog", "Lift legal hold — {ref}")
            ).format(ref=ref)
        )
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(
            translate("ReasonDialog", "Reason (e.g. court case, regulator's inquiry)")
        )
        self.message = InlineMessage()
        self.stale = StaleBanner()
        if reload is not None:
            self.stale.reload_requested.connect(reload)
        self.buttons, self.ok = ok_cancel_buttons(
            self,
            translate("ReasonDialog", "&Place hold") if on else translate("ReasonDialog", "&Lift hold"),
            self.record,
        )
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(translate("ReasonDialog", "The reason is kept, encrypted, on the case's timeline."), self)
        )
        layout.addWidget(self.reason)
        layout.addWidget(self.stale)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def record(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            return  # OK is disabled; Enter must not bypass that
        if run_quoting(self.message, self.stale, lambda: self.submit(reason)):
            self.accept()
            return
        # Grow to the wrapped message's height at this width (adjustSize alone keeps the
        # height of the unwrapped line and clips the banner).
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        self.resize(self.width(), max(self.height(), needed, self.sizeHint().height()))


class ConfirmPurgeDialog(QDialog):
    """Early purge cannot be undone: the manager types the reference to confirm."""

    def __init__(self, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ref
        self.setWindowTitle(translate("ConfirmPurgeDialog", "Purge {ref} now").format(ref=ref))
        self.typed = QLineEdit(self)
        self.typed.setPlaceholderText(ref)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("ConfirmPurgeDialog", "Purge"))
        self.ok.setEnabled(False)
        self.typed.textChanged.connect(lambda text: self.ok.setEnabled(text.strip().upper() == ref.upper()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "ConfirmPurgeDialog",
                    "All personal data of {ref} will be erased for good; only its anonymous register "
                    "row stays.\nType the reference to confirm:",
                ).format(ref=ref),
                self,
            )
        )
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)


class PurgePanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        service: PurgeService,
        actor: Actor,
        notifier: Notifier | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.notifier = notifier or Notifier()
        self.dialog: QDialog | None = None

        self.cases_model = ClosedCasesModel(self)
        self.cases_view = QTableView(self)
        self.cases_view.setModel(self.cases_model)
        self.cases_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.cases_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.hold_button = QPushButton(translate("PurgePanel", "Legal hold…"), self)
        self.purge_button = QPushButton(translate("PurgePanel", "Purge now…"), self)
        self.refresh_button = QPushButton(translate("PurgePanel", "Refresh"), self)
        self.grace = QSpinBox(self)
        self.grace.setRange(0, MAX_GRACE_DAYS)
        self.grace.setSuffix(translate("PurgePanel", " days"))
        self.save_grace = QPushButton(translate("PurgePanel", "Save"), self)
        self.receipts_model = ReceiptsModel(self)
        self.receipts_view = QTableView(self)
        self.receipts_view.setModel(self.receipts_model)
        self.last_run = QLabel(self)

        buttons = QHBoxLayout()
        for widget in (self.hold_button, self.purge_button, self.refresh_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(translate("PurgePanel", "Grace period after closing:"), self))
        buttons.addWidget(self.grace)
        buttons.addWidget(self.save_grace)
        cases_box = QGroupBox(translate("PurgePanel", "Finished cases still holding personal data"), self)
        box_layout = QVBoxLayout(cases_box)
        box_layout.addWidget(self.cases_view)
        box_layout.addLayout(buttons)
        receipts_box = QGroupBox(translate("PurgePanel", "Purge receipts"), self)
        rec_layout = QVBoxLayout(receipts_box)
        rec_layout.addWidget(self.receipts_view)
        rec_layout.addWidget(self.last_run)
        layout = QVBoxLayout(self)
        layout.addWidget(cases_box, 3)
        layout.addWidget(receipts_box, 2)

        manager = actor.can(Permission.LEGAL_HOLD)
        self.hold_button.setEnabled(manager)
        self.purge_button.setEnabled(actor.can(Permission.PURGE_EARLY))
        self.grace.setEnabled(actor.can(Permission.CHANGE_SETTINGS))
        self.save_grace.setEnabled(actor.can(Permission.CHANGE_SETTINGS))
        self.hold_button.clicked.connect(self.ask_hold)
        self.purge_button.clicked.connect(self.ask_purge)
        self.refresh_button.clicked.connect(self.refresh)
        self.save_grace.clicked.connect(self.save_grace_days)
        self.cases_view.selectionModel().selectionChanged.connect(self._update_purge_button)
        for view in (self.cases_view, self.receipts_view):
            view.horizontalHeader().setStretchLastSection(True)
        self.refresh()

    # --- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.cases_model.set_rows(self.service.closed_cases(self.actor))
            self.grace.setValue(self.service.grace_days())
            receipts = self.service.last_receipts(self.actor) if self.actor.can(Permission.READ_AUDIT) else []
        except UserError as exc:
            self.notifier.error(self, translate("PurgePanel", "Erasure"), exc.message)
            return
        self.receipts_model.set_rows(receipts)
        # Dates and references are shown whole while there is room (the last column stretches).
        for view in (self.cases_view, self.receipts_view):
            view.resizeColumnsToContents()
        self._update_purge_button()
        last = self.service.last_run()
        if not last:
            self.last_run.setText(translate("PurgePanel", "The purge has not run yet."))
            return
        when = in_language(last["at"].replace("T", " "), fmt_datetime(datetime.fromisoformat(last["at"])))
        purged = int(last["purged"])  # a plain name: lupdate drops a message whose count is computed
        if last["passed"]:
            text = translate("PurgePanel", "Last run {at}: %n case(s), check passed.", None, purged)
        else:
            text = translate("PurgePanel", "Last run {at}: %n case(s), check FAILED.", None, purged)
        self.last_run.setText(text.format(at=when))

    def selected(self) -> ClosedCase | None:
        rows = self.cases_view.selectionModel().selectedRows()
        return self.cases_model.rows[rows[0].row()] if rows else None

    def select_ref(self, ref: str) -> bool:
        for i, row in enumerate(self.cases_model.rows):
            if row.ref == ref:
                self.cases_view.selectRow(i)
                return True
        return False

    # --- actions ---------------------------------------------------------------------------
    def ask_hold(self) -> None:
        case = self.selected()
        if case is None:
            self.notifier.info(
                self, translate("PurgePanel", "Legal hold"), translate("PurgePanel", "Select a case first.")
            )
            return
        ref, on = case.ref, not case.legal_hold
        dialog = ReasonDialog(
            ref, on, lambda reason: self._apply_hold(ref, on, reason), self, reload=self.refresh
        )
        dialog.accepted.connect(self._hold_applied)
        self._show(dialog)

    def _apply_hold(self, ref: str, on: bool, reason: str) -> None:
        """Quotes the version the list showed (read again by "Reload the case, keep my changes")."""
        listed = next((row for row in self.cases_model.rows if row.ref == ref), None)
        self.service.set_legal_hold(
            self.actor, ref, on, reason, expected_version=listed.version if listed else None
        )

    def _hold_applied(self) -> None:
        self.refresh()
        self.changed.emit()

    def _update_purge_button(self) -> None:
        """A case on legal hold cannot be purged: the button says so before anyone types."""
        case = self.selected()
        held = case is not None and case.legal_hold
        self.purge_button.setEnabled(self.actor.can(Permission.PURGE_EARLY) and not held)
        self.purge_button.setToolTip(
            translate("PurgePanel", "{ref} is on legal hold: lift the hold before purging it.").format(
                ref=case.ref
            )
            if held and case is not None
            else ""
        )

    def ask_purge(self) -> None:
        case = self.selected()
        if case is None:
            self.notifier.info(
                self, translate("PurgePanel", "Purge"), translate("PurgePanel", "Select a case first.")
            )
            return
        if case.legal_hold:  # refused before the typed confirmation, not after it
            self.notifier.info(self, translate("PurgePanel", "Purge"), self.purge_button.toolTip())
            return
        dialog = ConfirmPurgeDialog(case.ref, self)
        dialog.accepted.connect(lambda: self._apply_purge(dialog))
        self._show(dialog)

    def _apply_purge(self, dialog: ConfirmPurgeDialog) -> None:
        try:
            receipt = self.service.purge_case_early(self.actor, dialog.ref, dialog.typed.text())
        except UserError as exc:
            self.notifier.error(self, translate("PurgePanel", "Purge"), exc.message)
            return
        self.refresh()
        self.changed.emit()
        if receipt.passed:
            return
        check = receipt.check
        waiting = [p for p in check.places if p.pending] if check is not None else []
        # Values found only where an original is still waiting are that original: say so.
        explained = check is not None and all(p.pending or not p.hits for p in check.places)
        if check is not None and waiting and explained and not check.hits and not check.error:
            # The database is purged; an original outside it waits (for the mail server, say).
            self.notifier.error(
                self,
                translate("PurgePanel", "Purge"),
                translate(
                    "PurgePanel",
                    "{ref} was purged, but an original outside the database is not erased yet: "
                    "{details} It stays on the receipt as not done until a purge erases it.",
                ).format(ref=dialog.ref, details=" ".join(describe_place(p) for p in waiting)),
            )
            return
        self.notifier.error(
            self,
            translate("PurgePanel", "Purge"),
            translate(
                "PurgePanel",
                "{ref} was purged, but the erasure check found values still on disk. See the "
                "receipt and tell IT.",
            ).format(ref=dialog.ref),
        )

    def save_grace_days(self) -> None:
        try:
            self.service.set_grace_days(self.actor, self.grace.value())
        except UserError as exc:
            self.notifier.error(self, translate("PurgePanel", "Grace period"), exc.message)
            return
        self.refresh()

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
