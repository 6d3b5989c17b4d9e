"""Merge into another case…: file a case that a reply or returned form made on its own into the
case it belongs to.

The person types the target's reference and presses "Show": both cases' applicants are shown
side by side before anything happens, so that a mistyped reference is seen, not merged. The
merge then quotes the versions shown: a case changed meanwhile is refused, never merged blind.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import label_of, translate
from inquiry_desk.domain.reference import find_reference
from inquiry_desk.services.cases.merging import MergeResult
from inquiry_desk.services.cases.views import CaseDetail
from inquiry_desk.ui.widgets.field_error import ERROR_STYLE

Lookup = Callable[[str], CaseDetail]
# (target reference, FROM's version shown, INTO's version shown) → the result.
Merge = Callable[[str, int, int], MergeResult]


def _who(detail: CaseDetail) -> str:
    name = detail.applicant_name or translate("MergeDialog", "(no applicant name)")
    return f"{detail.ref}  {name}  ({label_of(detail.state)})"


class MergeDialog(QDialog):
    merged = Signal(object)  # the MergeResult

    def __init__(
        self, source: CaseDetail, lookup: Lookup, merge: Merge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(translate("MergeDialog", "Merge {ref} into another case").format(ref=source.ref))
        self.source = source
        self._lookup = lookup
        self._merge = merge
        self.target: CaseDetail | None = None

        self.reference = QLineEdit()
        self.reference.setObjectName("mergeTarget")
        self.reference.setPlaceholderText("PI-2026-0001")
        self.show_button = QPushButton(translate("MergeDialog", "&Show"))
        self.show_button.setObjectName("mergeShow")
        self.show_button.clicked.connect(self.look_up)
        self.reference.returnPressed.connect(self.look_up)
        self.reference.textEdited.connect(self._forget_target)
        row = QHBoxLayout()
        row.addWidget(self.reference, 1)
        row.addWidget(self.show_button)

        self.from_label = QLabel(_who(source))
        self.into_label = QLabel("—")
        for label in (self.from_label, self.into_label):
            label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("MergeDialog", "Into case:"), row)
        form.addRow(translate("MergeDialog", "This case (emptied):"), self.from_label)
        form.addRow(translate("MergeDialog", "Case kept:"), self.into_label)
        self.moving = QLabel(
            translate(
                "MergeDialog", "{messages} message(s), {attachments} attachment(s), {notes} note(s)"
            ).format(
                messages=len(source.messages), attachments=len(source.attachments), notes=len(source.notes)
            )
        )
        form.addRow(translate("MergeDialog", "What moves:"), self.moving)

        self.explain = QLabel(
            translate(
                "MergeDialog",
                "The messages, attachments and notes of {ref} move to the case kept. Everything else "
                "of {ref} (its applicant, representative and identity records) is erased at once; "
                "this cannot be undone.",
            ).format(ref=source.ref)
        )
        self.explain.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("mergeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            translate("MergeDialog", "&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeConfirm")
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _forget_target(self) -> None:
        self.target = None
        self.into_label.setText("—")
        self.merge_button.setEnabled(False)

    def look_up(self) -> None:
        self._forget_target()
        self.error.hide()
        typed = self.reference.text()
        ref = find_reference(typed) or typed.strip().upper()
        if not ref:
            self._fail(translate("MergeDialog", "Type the reference of the case to keep."))
            return
        if ref == self.source.ref:
            self._fail(translate("MergeDialog", "A case cannot be merged into itself."))
            return
        try:
            target = self._lookup(ref)
        except UserError as exc:
            self._fail(str(exc))
            return
        self.target = target
        self.into_label.setText(_who(target))
        self.merge_button.setEnabled(True)

    def do_merge(self) -> None:
        if self.target is None:
            return
        try:
            result = self._merge(self.target.ref, self.source.version, self.target.version)
        except UserError as exc:  # stale, refused: the dialog stays, with the reason
            self._fail(str(exc))
            return
        self.merged.emit(result)
        self.accept()
