"""The small dialog of a lifecycle action that needs words: refusal reasons and the right to
complain, a send-back comment, a withdrawal note, what is asked of the applicant.

OK stays disabled until every required field is filled; it is opened non-blocking by the
lifecycle panel. Given ``submit``, OK performs the action itself and the dialog closes only
once it is done: a refusal is shown inside it, and when a colleague changed the case
meanwhile it says who changed what and offers "Reload the case, keep my changes" (``reload``),
with everything typed still there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.approvals import ApprovalSubject
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, in_language, label_of, translate, verb_of
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.refusals import RefusalCategory, right_to_complain_text
from inquiry_desk.services.lifecycle.actions import ActionInput, ActionOption, LifecycleStatus
from inquiry_desk.ui.case.lifecycle_common import InlineMessage, ok_cancel_buttons
from inquiry_desk.ui.case.outcomes_editor import OutcomesEditor
from inquiry_desk.ui.case.stale_banner import StaleBanner, run_quoting
from inquiry_desk.ui.widgets.field_error import FieldWithError
from inquiry_desk.ui.widgets.unsaved import FormSnapshot, close_or_ask

_FIELD_LABELS = {
    "reasons": QT_TRANSLATE_NOOP("ActionDialog", "Reasons"),
    "right_to_complain": QT_TRANSLATE_NOOP("ActionDialog", "Right to complain"),
    "comment": QT_TRANSLATE_NOOP("ActionDialog", "Comment"),
    "subject": QT_TRANSLATE_NOOP("ActionDialog", "Submit"),
    "type_outcomes": QT_TRANSLATE_NOOP("ActionDialog", "Outcomes"),
    "category": QT_TRANSLATE_NOOP("ActionDialog", "Legal ground"),
}
_REASON_LABELS = {
    Action.REFUSE: QT_TRANSLATE_NOOP("ActionDialog", "Reasons for the refusal"),
    Action.REQUEST_FROM_APPLICANT: QT_TRANSLATE_NOOP("ActionDialog", "What is requested (form, ID, fee)"),
    Action.VERIFICATION_FAILED: QT_TRANSLATE_NOOP("ActionDialog", "What is still missing"),
    Action.RECORD_RETURNED_MAIL: QT_TRANSLATE_NOOP("ActionDialog", "Which letter came back"),
}
_COMMENT_LABELS = {
    Action.WITHDRAW: QT_TRANSLATE_NOOP("ActionDialog", "How and when the applicant withdrew"),
    Action.REOPEN: QT_TRANSLATE_NOOP("ActionDialog", "Why the case is reopened"),
    Action.SEND_BACK: QT_TRANSLATE_NOOP("ActionDialog", "What to change"),
}
# Fields the workflow service leaves optional (the CLI may record a bare request) but a
# person must fill here: a letter asking the applicant for nothing in particular pauses the
# clock with no word on the timeline of what the applicant was asked for.
_ALSO_REQUIRED: dict[Action, tuple[str, ...]] = {Action.REQUEST_FROM_APPLICANT: ("reasons",)}
_MISSING_TEXT = {
    Action.REQUEST_FROM_APPLICANT: QT_TRANSLATE_NOOP(
        "ActionDialog", "Say what is requested of the applicant."
    )
}


class ActionDialog(QDialog):
    """Collects what an action needs; OK stays disabled until every required field is filled."""

    def __init__(
        self,
        option: ActionOption,
        status: LifecycleStatus,
        parent: QWidget | None = None,
        *,
        submit: Callable[[ActionInput], object] | None = None,
        reload: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.option = option
        self.submit = submit
        self.message = InlineMessage()
        self.stale = StaleBanner()
        if reload is not None:
            self.stale.reload_requested.connect(reload)
        self.setWindowTitle(verb_of(option.action))
        self.setObjectName(f"dialog_{option.action.value}")
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.required = (*option.required, *_ALSO_REQUIRED.get(option.action, ()))
        self.texts: dict[str, QPlainTextEdit] = {}
        self.text_rows: dict[str, FieldWithError] = {}
        for name in (*option.required, *option.optional):
            if name == "subject":
                self.subject = QComboBox()
                for subject in ApprovalSubject:
                    self.subject.addItem(label_of(subject), subject)
                form.addRow(translate("ActionDialog", "&Submit for approval:"), self.subject)
            elif name == "category":
                self.category = QComboBox()
                self.category.setObjectName("field_category")
                # No default: the ground is a decision, and it is counted in the monthly report.
                self.category.addItem(translate("ActionDialog", "Choose the legal ground…"), None)
                for category in RefusalCategory:
                    self.category.addItem(
                        in_language(f"{category.label} — {category.label_ja}", category.label_ja), category
                    )
                    if category.basis:
                        self.category.setItemData(
                            self.category.count() - 1, category.basis, Qt.ItemDataRole.ToolTipRole
                        )
                self.category.currentIndexChanged.connect(self._update_ok)
                form.addRow(translate("ActionDialog", "Legal &ground *:"), self.category)
            elif name == "type_outcomes":
                self.outcomes = OutcomesEditor(list(status.request_types), list(status.type_outcomes))
                self.outcomes.changed.connect(self._update_ok)
                form.addRow(self.outcomes)
            else:
                edit = QPlainTextEdit()
                edit.setObjectName(f"field_{name}")
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(72)
                if name == "right_to_complain":
                    edit.setFixedHeight(120)  # the prefilled text is long; staff must read it whole
                    edit.setPlainText(right_to_complain_text(status.jurisdiction, status.language))
                label = translate(
                    "ActionDialog",
                    {
                        "reasons": _REASON_LABELS.get(option.action, _FIELD_LABELS["reasons"]),
                        "comment": _COMMENT_LABELS.get(option.action, _FIELD_LABELS["comment"]),
                    }.get(name, _FIELD_LABELS[name]),
                )
                required = " *" if name in self.required else ""
                row = FieldWithError(edit)
                form.addRow(QLabel(label + required + ":"), row)
                edit.textChanged.connect(self._update_ok)
                self.texts[name] = edit
                self.text_rows[name] = row
        self.buttons, self.ok_button = ok_cancel_buttons(self, verb_of(option.action), self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.required:
            layout.addWidget(QLabel(translate("ActionDialog", "* required")))
        layout.addWidget(self.stale)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._update_ok()
        # After the prefilled right to complain: only what the person changes counts.
        self.unsaved = FormSnapshot(self)

    def missing_texts(self) -> list[str]:
        return [
            name
            for name in self.required
            if name in self.texts and not self.texts[name].toPlainText().strip()
        ]

    def _update_ok(self) -> None:
        category_ok = "category" not in self.required or self.category.currentData() is not None
        outcomes_ok = not hasattr(self, "outcomes") or self.outcomes.is_complete()
        missing = self.missing_texts()
        self.ok_button.setEnabled(category_ok and outcomes_ok and not missing)
        for name, row in self.text_rows.items():
            if row.error_text and name not in missing:
                row.set_error(None)

    def accept(self) -> None:
        # OK is disabled while a required text is empty; this also stops Enter and any other
        # way of accepting, with the reason beside the field instead of recording nothing.
        missing = self.missing_texts()
        for name in missing:
            self.text_rows[name].set_error(
                translate(
                    "ActionDialog",
                    _MISSING_TEXT.get(
                        self.option.action, QT_TRANSLATE_NOOP("ActionDialog", "Please fill this in.")
                    ),
                )
            )
        if missing:
            self.texts[missing[0]].setFocus()
            return
        if self.submit is not None:
            submit = self.submit
            if not run_quoting(self.message, self.stale, lambda: submit(self.action_input())):
                self.adjustSize()  # room for the message; everything typed stays
                return
        super().accept()

    def has_unsaved_input(self) -> bool:
        return self.unsaved.changed

    def reject(self) -> None:
        close_or_ask(self, self.has_unsaved_input(), super().reject)

    def set_category(self, category: RefusalCategory) -> None:
        self.category.setCurrentIndex(self.category.findData(category))

    def set_text(self, name: str, text: str) -> None:
        self.texts[name].setPlainText(text)

    def action_input(self) -> ActionInput:
        def text(name: str) -> str:
            return self.texts[name].toPlainText().strip() if name in self.texts else ""

        # Qt hands enum data back as plain strings.
        subject = (
            ApprovalSubject(self.subject.currentData())
            if hasattr(self, "subject")
            else ApprovalSubject.RESPONSE
        )
        raw_category = self.category.currentData() if hasattr(self, "category") else None
        category = RefusalCategory(raw_category) if raw_category else None
        return ActionInput(
            reasons=text("reasons"),
            right_to_complain=text("right_to_complain"),
            comment=text("comment"),
            subject=subject,
            category=category,
            type_outcomes=tuple(self.outcomes.outcomes()) if hasattr(self, "outcomes") else (),
        )
