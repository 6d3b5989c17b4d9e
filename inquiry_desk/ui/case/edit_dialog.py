"""Edit case…: correct the parties, kind, channel, request types, jurisdiction, language, the
answer's medium and (a manager, with a reason) the receipt date of an opened case.

The dialog is filled from the version of the case the view loaded, and it saves only the
fields the person changed, quoting that version. When a colleague changed the case
meanwhile the service refuses with who changed what; the dialog then keeps everything
typed and offers to reload: the fields the person did not touch take the new values, the
ones they changed stay as typed, and the next save quotes the new version.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.enums import (
    AnswerFormat,
    AnswerMedium,
    CaseKind,
    Channel,
    Jurisdiction,
    Language,
)
from inquiry_desk.domain.errors import StaleCase, UserError, ValidationFailed
from inquiry_desk.domain.i18n import label_of, translate
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.cases.editing import CaseEdit, EditResult
from inquiry_desk.services.cases.views import CaseDetail
from inquiry_desk.ui.case.edit_patch import changed_keys, edit_from
from inquiry_desk.ui.intake.dialog import checked_types, enum_combo, prefixed, request_type_tree, set_types
from inquiry_desk.ui.intake.party_form import PARTY_FIELDS, PartyForm
from inquiry_desk.ui.widgets.dates import to_date, to_qdate
from inquiry_desk.ui.widgets.field_error import ERROR_STYLE, FieldWithError
from inquiry_desk.ui.widgets.party_columns import party_box, representative_box, save_cancel, two_columns
from inquiry_desk.ui.widgets.screen_fit import fit_to_screen
from inquiry_desk.ui.widgets.unsaved import close_or_ask

SaveEdit = Callable[[CaseEdit, int], EditResult]
_CASE_FIELDS = ("kind", "channel", "jurisdiction", "language", "answer_medium", "answer_format")
STALE_BANNER = "staleBanner"


class EditCaseDialog(QDialog):
    saved = Signal(object)  # the EditResult

    def __init__(
        self,
        detail: CaseDetail,
        save: SaveEdit,
        reload: Callable[[], CaseDetail],
        *,
        may_change_receipt_date: bool,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editCaseDialog")
        self.setWindowTitle(translate("EditCaseDialog", "Edit case {ref}").format(ref=detail.ref))
        self._save, self._reload = save, reload
        self.version = detail.version
        self.saved_result: EditResult | None = None

        self.kind = enum_combo([(label_of(k), k) for k in CaseKind])
        self.channel = enum_combo([(label_of(c), c) for c in Channel])
        self.jurisdiction = enum_combo([(label_of(j), j) for j in Jurisdiction])
        self.language = enum_combo([(label_of(lang), lang) for lang in Language])
        unstated = translate("EditCaseDialog", "— not stated —")
        self.answer_medium = enum_combo([(unstated, None), *((label_of(m), m) for m in AnswerMedium)])
        self.answer_format = enum_combo([(unstated, None), *((label_of(f), f) for f in AnswerFormat)])
        self.received = QDateEdit()
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.received.setMaximumDate(to_qdate(today()))
        self.received.setEnabled(may_change_receipt_date)
        if not may_change_receipt_date:
            self.received.setToolTip(translate("EditCaseDialog", "Only a manager corrects the receipt date."))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("EditCaseDialog", "Why the receipt date is corrected"))
        self.reason.setVisible(may_change_receipt_date)
        self.request_types = request_type_tree()
        self.applicant = PartyForm()
        self.representative = PartyForm(representative=True)
        self.rows = {
            "received": FieldWithError(self.received),
            "reason": FieldWithError(self.reason),
            "request_types": FieldWithError(self.request_types),
        }
        self.stale_text = QLabel()
        self.stale_text.setWordWrap(True)
        self.reload_button = QPushButton(translate("EditCaseDialog", "&Reload the case, keep my changes"))
        self.reload_button.clicked.connect(self.reload)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self._build(may_change_receipt_date)
        self._fill(detail)
        self._shown = self.values()

    # --- layout --------------------------------------------------------------------------
    def _build(self, may_change_receipt_date: bool) -> None:
        case_box = QGroupBox(translate("EditCaseDialog", "Case"))
        form = QFormLayout(case_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("EditCaseDialog", "&Received on:"), self.rows["received"])
        if may_change_receipt_date:
            form.addRow(translate("EditCaseDialog", "Reason:"), self.rows["reason"])
        form.addRow(translate("EditCaseDialog", "C&hannel:"), self.channel)
        form.addRow(translate("EditCaseDialog", "&Kind:"), self.kind)
        form.addRow(translate("EditCaseDialog", "&Jurisdiction:"), self.jurisdiction)
        form.addRow(translate("EditCaseDialog", "&Language:"), self.language)
        form.addRow(translate("EditCaseDialog", "Answer &by:"), self.answer_medium)
        form.addRow(translate("EditCaseDialog", "Answer &as:"), self.answer_format)
        form.addRow(translate("EditCaseDialog", "Re&quests:"), self.rows["request_types"])
        applicant = party_box(translate("EditCaseDialog", "Applicant"), self.applicant)
        self.representative_box = representative_box(
            translate("EditCaseDialog", "Representative (an agent acts for the applicant)"),
            self.representative,
        )
        proof = QLabel(
            translate(
                "EditCaseDialog",
                "Record the power of attorney or the legal representative's document on the Identity tab.",
            )
        )
        proof.setWordWrap(True)
        proof.setStyleSheet("color: #6b7280;")
        scroll = two_columns([case_box], [applicant, self.representative_box, proof])

        self.stale_banner = QFrame()
        self.stale_banner.setObjectName(STALE_BANNER)
        self.stale_banner.setStyleSheet(
            f"QFrame#{STALE_BANNER} {{ background: #fff4e5; border: 1px solid #f0b45a; border-radius: 4px; }}"
        )
        banner = QHBoxLayout(self.stale_banner)
        banner.addWidget(self.stale_text, 1)
        banner.addWidget(self.reload_button)
        self.stale_banner.hide()
        self.buttons, self.save_button = save_cancel(
            translate("EditCaseDialog", "&Save changes"), self.save, self.reject
        )
        outer = QVBoxLayout(self)
        outer.addWidget(self.stale_banner)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.general_error)
        outer.addWidget(self.buttons)
        fit_to_screen(self, 1180, 820)

    # --- the form's values ---------------------------------------------------------------
    def _fill(self, d: CaseDetail) -> None:
        self.received.setDate(to_qdate(d.received))
        for key in _CASE_FIELDS:
            combo: QComboBox = getattr(self, key)
            combo.setCurrentIndex(max(combo.findData(getattr(d, key)), 0))
        set_types(self.request_types, d.request_types)
        self.applicant.fill(d.applicant or PartyData())
        self.representative.fill(d.representative or PartyData(country="JP"))
        self.representative_box.setChecked(d.representative is not None)
        self.representative.setVisible(d.representative is not None)

    def values(self) -> dict[str, Any]:
        """Every field's value as the form holds it now, by the service's field names."""
        out: dict[str, Any] = {"received": to_date(self.received.date())}
        for key in _CASE_FIELDS:
            data = getattr(self, key).currentData()
            out[key] = str(data) if data is not None else None
        out["request_types"] = frozenset(checked_types(self.request_types))
        applicant = self.applicant.party()
        for key in PARTY_FIELDS:
            out[f"applicant.{key}"] = getattr(applicant, key)
        out["representative"] = self.representative_box.isChecked()
        rep = self.representative.party()
        for key in (*PARTY_FIELDS, "representative_kind"):
            out[f"representative.{key}"] = getattr(rep, key)
        return out

    def _set(self, key: str, value: Any) -> None:
        if key == "received":
            self.received.setDate(to_qdate(value))
        elif key in _CASE_FIELDS:
            combo: QComboBox = getattr(self, key)
            combo.setCurrentIndex(max(combo.findData(value), 0))
        elif key == "request_types":
            set_types(self.request_types, value)
        elif key == "representative":
            self.representative_box.setChecked(bool(value))
        else:
            who, name = key.split(".", 1)
            form = self.applicant if who == "applicant" else self.representative
            if name == "representative_kind":
                if form.kind is not None and value is not None:
                    form.kind.setCurrentIndex(form.kind.findData(value))
                return
            widget = getattr(form, name)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)

    def changed_keys(self) -> list[str]:
        return changed_keys(self._shown, self.values())

    def has_unsaved_input(self) -> bool:
        return bool(self.changed_keys()) or bool(self.reason.text().strip())

    def change(self) -> CaseEdit:
        """The fields the person changed, as a patch for the service."""
        return edit_from(self._shown, self.values(), self.reason.text())

    # --- saving and reloading ------------------------------------------------------------
    def save(self) -> None:
        self._show_errors({})
        if not self.changed_keys():
            self.accept()  # nothing changed: nothing to write
            return
        try:
            self.saved_result = self._save(self.change(), self.version)
        except StaleCase as exc:
            # Everything typed stays; the person reads what changed and chooses to reload.
            self.stale_text.setText(exc.message)
            self.stale_banner.show()
            return
        except ValidationFailed as exc:
            self._show_errors(exc.fields)
            return
        except UserError as exc:
            self.general_error.setText(exc.message)
            self.general_error.show()
            return
        self.saved.emit(self.saved_result)
        self.accept()

    def reload(self) -> None:
        """Take the case as it is now; what the person changed stays as typed."""
        try:
            fresh = self._reload()
        except UserError as exc:
            self.general_error.setText(exc.message)
            self.general_error.show()
            return
        typed = self.values()
        mine = {k: typed[k] for k in self.changed_keys()}
        self._fill(fresh)
        self._shown = self.values()
        for key, value in mine.items():
            self._set(key, value)
        self.version = fresh.version
        self.stale_banner.hide()

    def _show_errors(self, fields: dict[str, str]) -> None:
        for key, row in self.rows.items():
            row.set_error(fields.get(key))
        self.applicant.show_errors(prefixed(fields, "applicant."))
        self.representative.show_errors(prefixed(fields, "representative."))
        known = (
            set(self.rows)
            | {f"applicant.{k}" for k in self.applicant.rows}
            | {f"representative.{k}" for k in self.representative.rows}
        )
        other = [msg for key, msg in fields.items() if key not in known]
        self.general_error.setText("\n".join(other))
        self.general_error.setVisible(bool(other))

    def reject(self) -> None:
        close_or_ask(self, self.has_unsaved_input(), super().reject)
