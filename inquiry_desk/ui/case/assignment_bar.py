"""Who works on a case: one compact row, "Assigned to: [combo] [Assign to me]".

Choosing another name assigns the case at once (the workflow service records the event
and the audit entry). Refreshing from the status never assigns: the combo is filled with
its signals blocked, and a choice equal to the current assignee does nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.lifecycle.actions import LifecycleStatus
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.ui.case.lifecycle_common import InlineMessage, run_service, with_mnemonic

NOBODY = QT_TRANSLATE_NOOP("AssignmentBar", "Nobody")


def _mnemonic_keys(buttons: Iterable[QAbstractButton]) -> set[str]:
    keys = set()
    for button in buttons:
        text = button.text().replace("&&", "")
        at = text.find("&")
        if 0 <= at < len(text) - 1:
            keys.add(text[at + 1].lower())
    return keys


def _mnemonic(text: str, preferred: str, used: set[str]) -> str:
    """``text`` with its Alt+key on ``preferred`` when that key is free, else on the first free letter."""
    at = text.lower().find(preferred)
    if preferred not in used and at >= 0:
        used.add(preferred)
        return text[:at] + "&" + text[at:]
    return with_mnemonic(text, used)


class AssignmentBar(QWidget):
    changed = Signal()

    def __init__(self, lifecycle: Lifecycle, actor: Actor, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignmentBar")
        self.lifecycle = lifecycle
        self.actor = actor
        self.ref = ref
        self.assignee_id: int | None = None
        self._assignees: list[tuple[int, str]] = []
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("assigneeCombo")
        self.combo.setToolTip(
            translate("AssignmentBar", "Who works on this case; choosing a name assigns it at once")
        )
        self.combo.setMinimumContentsLength(14)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.label.setBuddy(self.combo)
        self.me_button = QPushButton()
        self.me_button.setObjectName("assignToMe")
        name = actor.display_name or actor.username
        self.me_button.setToolTip(translate("AssignmentBar", "Assign this case to {name}").format(name=name))
        self.message = InlineMessage()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.me_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.set_mnemonics(set())
        self.combo.currentIndexChanged.connect(self._chosen)
        self.me_button.clicked.connect(self.assign_to_me)
        can_edit = actor.can(Permission.EDIT_CASE)
        self.combo.setEnabled(can_edit)
        self.me_button.setVisible(can_edit and actor.user_id is not None)

    def set_mnemonics(self, taken: set[str]) -> None:
        """Alt+T and Alt+M, unless the panel's action buttons (which change with the state)
        already use them: one key must not stand for two things on the same screen."""
        used = set(taken)
        self.label.setText(_mnemonic(translate("AssignmentBar", "Assigned to:"), "t", used))
        self.me_button.setText(_mnemonic(translate("AssignmentBar", "Assign to me"), "m", used))

    # --- showing -------------------------------------------------------------------------
    def refresh(self, status: LifecycleStatus, avoid: Iterable[QAbstractButton] = ()) -> None:
        """Show the status's assignee (refilling the names only when they changed); the Alt+keys
        avoid those of the buttons in ``avoid``."""
        self.set_mnemonics(_mnemonic_keys(avoid))
        if not run_service(self.message, self._load):
            return
        self.assignee_id = status.assignee_id
        wanted = [(None, translate("AssignmentBar", NOBODY)), *self._assignees]
        if status.assignee_id is not None and all(uid != status.assignee_id for uid, _ in self._assignees):
            # A deactivated member of staff still holds the case: show them, not "Nobody".
            name = status.assignee or translate("AssignmentBar", "Unknown")
            wanted.append(
                (status.assignee_id, translate("AssignmentBar", "{name} (inactive)").format(name=name))
            )
        with QSignalBlocker(self.combo):  # showing the status must not assign anything
            current = [(self.combo.itemData(i), self.combo.itemText(i)) for i in range(self.combo.count())]
            if current != wanted:
                self.combo.clear()
                for uid, name in wanted:
                    self.combo.addItem(name, uid)
            self.combo.setCurrentIndex(self._index_of(status.assignee_id))
        self._update_me()

    def _load(self) -> None:
        self._assignees = self.lifecycle.workflow.assignees()

    def _index_of(self, user_id: int | None) -> int:
        # "Nobody" is the first item; its data (None) cannot be looked up with findData.
        return 0 if user_id is None else max(0, self.combo.findData(user_id))

    def _update_me(self) -> None:
        mine = self.actor.user_id is not None and self.assignee_id == self.actor.user_id
        self.me_button.setEnabled(self.combo.isEnabled() and not mine)

    # --- acting --------------------------------------------------------------------------
    def assign_to_me(self) -> None:
        index = self.combo.findData(self.actor.user_id) if self.actor.user_id is not None else -1
        if index < 0:
            self.message.error(
                translate("AssignmentBar", "You are not among the staff a case can be assigned to.")
            )
            return
        self.combo.setCurrentIndex(index)  # the combo's signal does the assigning

    def _chosen(self, index: int) -> None:
        user_id = self.combo.itemData(index) if index >= 0 else None
        if user_id == self.assignee_id:
            return
        if run_service(self.message, lambda: self.lifecycle.workflow.assign(self.actor, self.ref, user_id)):
            self.assignee_id = user_id
            self._update_me()
            self.changed.emit()
            return
        # Refused: show who really holds the case, without assigning again.
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(self._index_of(self.assignee_id))
