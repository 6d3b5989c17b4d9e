"""Who works on a case: one compact row, "Assigned to: [combo] [Assign to me]".

Choosing another name assigns the case at once (the workflow service records the event
and the audit entry). Refreshing from the status never assigns: the combo is filled with
its signals blocked, and a choice equal to the current assignee does nothing.

Assigning quotes the version of the case last shown: when a colleague changed the case
meanwhile (assigned it, say) the choice is refused with who changed what, not written over
theirs. The choice stays in the combo; "Reload the case, keep my changes" shows the case as
it is now, and Assign gives it to the chosen person quoting the new version.
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
from inquiry_desk.ui.case.stale_banner import StaleBanner, run_quoting

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
    reload_requested = Signal()  # "Reload the case, keep my changes": the panel reads the status

    def __init__(self, lifecycle: Lifecycle, actor: Actor, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignmentBar")
        self.lifecycle = lifecycle
        self.actor = actor
        self.ref = ref
        self.assignee_id: int | None = None
        self.version: int | None = None  # of the case as last shown: what assigning quotes
        # A choice refused because the case changed meanwhile, kept until assigned or undone.
        self.pending: tuple[int | None] | None = None
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
        self.stale = StaleBanner()
        self.stale.reload_requested.connect(self.reload_requested)
        self.apply_button = QPushButton(translate("AssignmentBar", "Assign"))
        self.apply_button.setObjectName("assignPending")
        self.apply_button.setToolTip(translate("AssignmentBar", "Assign the case to the name chosen"))
        self.apply_button.clicked.connect(self.assign_pending)
        self.apply_button.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.apply_button)
        row.addWidget(self.me_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.stale)
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
        self.version = status.version
        if self.pending is not None and self.pending[0] == status.assignee_id:
            self.pending = None  # the colleague made the same choice: nothing left to do
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
            shown = self.pending[0] if self.pending is not None else status.assignee_id
            self.combo.setCurrentIndex(self._index_of(shown))
        self._update_me()

    def _load(self) -> None:
        self._assignees = self.lifecycle.workflow.assignees()

    def _index_of(self, user_id: int | None) -> int:
        # "Nobody" is the first item; its data (None) cannot be looked up with findData.
        return 0 if user_id is None else max(0, self.combo.findData(user_id))

    def _update_me(self) -> None:
        mine = self.actor.user_id is not None and self.assignee_id == self.actor.user_id
        self.me_button.setEnabled(self.combo.isEnabled() and not mine)
        self.apply_button.setVisible(self.pending is not None)

    def has_unsaved_input(self) -> bool:
        """A name chosen but not assigned (refused because the case changed meanwhile)."""
        return self.pending is not None

    # --- acting --------------------------------------------------------------------------
    def assign_to_me(self) -> None:
        index = self.combo.findData(self.actor.user_id) if self.actor.user_id is not None else -1
        if index < 0:
            self.message.error(
                translate("AssignmentBar", "You are not among the staff a case can be assigned to.")
            )
            return
        self.combo.setCurrentIndex(index)  # the combo's signal does the assigning

    def assign_pending(self) -> None:
        if self.pending is not None:
            self._assign(self.pending[0])

    def _chosen(self, index: int) -> None:
        user_id = self.combo.itemData(index) if index >= 0 else None
        if user_id == self.assignee_id:
            self.pending = None  # back to who holds it: nothing to assign
            self.stale.hide()
            self._update_me()
            return
        self._assign(user_id)

    def _assign(self, user_id: int | None) -> None:
        def call() -> None:
            # The next choice quotes the version this one made: the panel need not read it again.
            self.version = self.lifecycle.workflow.assign(
                self.actor, self.ref, user_id, expected_version=self.version
            )

        if run_quoting(self.message, self.stale, call):
            self.assignee_id, self.pending = user_id, None
            self._update_me()
            self.changed.emit()
            return
        if self.stale.isVisibleTo(self):
            # The case changed meanwhile: the choice stays, to be assigned once reloaded.
            self.pending = (user_id,)
            self._update_me()
            return
        # Refused otherwise: show who really holds the case, without assigning again.
        self.pending = None
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(self._index_of(self.assignee_id))
        self._update_me()
