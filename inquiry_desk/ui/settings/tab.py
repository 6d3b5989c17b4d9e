"""What every tab of the lifecycle settings dialog shares: a form over one rules value with
its own Save, Revert and Restore defaults, an inline message, and "unsaved" tracking.

Each tab saves on its own because each is one service call, one transaction and one audit
entry; a refusal on the fees tab can then never leave the deadlines half-saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.ui.case.lifecycle_common import InlineMessage, run_service, with_mnemonic
from inquiry_desk.ui.widgets.unsaved import form_values

T = TypeVar("T")

# Mnemonic letters taken by the dialog itself (tab titles and Close) and by the buttons
# every tab has; a tab picks its own letters among the rest, so Alt+letter is never ambiguous.
DIALOG_LETTERS = frozenset("dpficgm")
TAB_BUTTON_LETTERS = frozenset("srt")

HINT_STYLE = "color: #4b5563;"


def hint(text: str) -> QLabel:
    """A grey explanatory line under a field: the why, in the office's words."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


class SettingsTab(QWidget, Generic[T]):
    """Subclasses build ``self.form`` and implement the hooks at the end of the class."""

    dirty_changed = Signal()
    title = ""  # marked QT_TRANSLATE_NOOP("SettingsDialog", ...) by each tab

    def shown_title(self) -> str:
        """The tab's title in the interface's language."""
        return translate("SettingsDialog", self.title)

    def __init__(self, actor: Actor, save_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.editable = actor.can(Permission.CHANGE_SETTINGS)
        self.used_letters = set(DIALOG_LETTERS | TAB_BUTTON_LETTERS)
        self.form = QWidget()
        self.message = InlineMessage()
        self.save_button = QPushButton(save_text)
        self.revert_button = QPushButton(translate("SettingsTab", "&Revert"))
        self.revert_button.setToolTip(
            translate("SettingsTab", "Show the saved settings again, dropping what was typed")
        )
        self.defaults_button = QPushButton(translate("SettingsTab", "Restore defaul&ts"))
        self.defaults_button.setToolTip(
            translate("SettingsTab", "Fill in the built-in defaults; nothing is saved until you press Save")
        )
        self.extra_buttons: list[QPushButton] = []
        self._saved_state: object = None
        self._confirming: object = None  # the form state a confirmation was asked for
        self._loading = False

    def finish(self) -> None:
        """Lay out the form, the message and the buttons; load the saved value."""
        buttons = QHBoxLayout()
        for button in self.extra_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.defaults_button, self.revert_button, self.save_button):
            buttons.addWidget(button)
        for button in (*self.extra_buttons, self.defaults_button, self.revert_button, self.save_button):
            # Enter in a spin box must not press a button of whichever tab happens to be shown.
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.defaults_button.clicked.connect(self.restore_defaults)
        if not self.editable:
            # The service refuses anyway; this only spares a person typing in vain.
            self.form.setEnabled(False)
            for button in (self.save_button, self.defaults_button):
                button.hide()
        self._watch(self.form)
        self.revert()

    def _watch(self, root: QWidget) -> None:
        """Every edit of the form re-checks whether the tab has unsaved changes."""
        for spin in root.findChildren(QSpinBox):
            spin.valueChanged.connect(self._edited)
        for edit in root.findChildren(QDateEdit):
            edit.dateChanged.connect(self._edited)
        for combo in root.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._edited)
        for button in root.findChildren(QAbstractButton):
            if button.isCheckable():
                button.toggled.connect(self._edited)
        for listing in root.findChildren(QListWidget):
            model = listing.model()
            # clear() resets the model rather than removing rows: both must count.
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.dirty_changed.emit()

    @property
    def dirty(self) -> bool:
        return self.state() != self._saved_state

    def mnemonic(self, text: str) -> str:
        """``text`` with '&' before its first letter no other control of this tab uses."""
        return with_mnemonic(text, self.used_letters)

    def _show(self, value: T) -> None:
        self._loading = True
        try:
            self.load(value)
        finally:
            self._loading = False

    # --- the buttons -------------------------------------------------------------------
    def revert(self) -> None:
        found: list[T] = []
        if run_service(self.message, lambda: found.append(self.read())):
            self._show(found[0])
            self._saved_state = self.state()
        elif self._saved_state is None:
            # The stored settings cannot be read (a hand-edited row): show the defaults so
            # that a manager can save good settings over it; the error stays on screen.
            self._show(self.default())
        self.dirty_changed.emit()

    def save(self) -> None:
        found: list[Any] = []

        def check() -> None:
            value = self.collect()
            found.extend([value, self.confirm(value)])

        # An invalid form is refused inline, as the save itself would be.
        if not run_service(self.message, check):
            return
        value, question = found
        if question and self._confirming != self.state():
            # Said before anything is saved; the same Save again (nothing changed since) saves.
            self._confirming = self.state()
            self.message.info(question)
            return
        self._confirming = None
        done: list[str] = []
        if run_service(self.message, lambda: done.append(self.write(value))):
            self._saved_state = self.state()
            self.message.info(done[0])
            self.dirty_changed.emit()

    def restore_defaults(self) -> None:
        self._show(self.default())
        self.dirty_changed.emit()
        self.message.info(translate("SettingsTab", "The defaults are filled in. Press Save to keep them."))

    def try_load(self, source: Callable[[], T], done_text: str) -> None:
        """Fill the form from ``source`` (an imported file); a refusal leaves the form alone."""
        found: list[T] = []
        if run_service(self.message, lambda: found.append(source())):
            self._show(found[0])
            self.dirty_changed.emit()
            self.message.info(done_text)

    # --- hooks -------------------------------------------------------------------------
    def read(self) -> T:
        raise NotImplementedError

    def confirm(self, value: T) -> str | None:
        """What saving ``value`` would do that the user should know first, or None."""
        return None

    def write(self, value: T) -> str:
        """Save through the service; returns the confirmation shown in the tab."""
        raise NotImplementedError

    def default(self) -> T:
        raise NotImplementedError

    def load(self, value: T) -> None:
        raise NotImplementedError

    def collect(self) -> T:
        """The value as typed; raises SettingsInvalid (a UserError) when it is not one."""
        raise NotImplementedError

    def state(self) -> object:
        """The widgets' raw contents, compared to tell whether anything is unsaved."""
        return form_values(self.form, self.not_settings())

    def not_settings(self) -> list[QWidget]:
        """Fields of the form that are tools, not settings (a date picker for a list)."""
        return []
