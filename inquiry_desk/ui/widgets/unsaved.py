"""Unsaved input: what a form's fields held when it was built, and the question before it is lost.

A form counts as changed only when its fields differ from that snapshot, never because some
signal fired: typing a letter and deleting it again leaves nothing to lose, and a field the
program fills in (today's date, a prefilled text) is not the person's work.

The question is a window-modal box opened with ``open()``, never ``exec()``: the event loop
keeps running (tests find the box with ``QApplication.activeModalWidget()`` and click it),
and the caller goes on in ``on_yes`` only when the person chose to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from inquiry_desk.domain.i18n import translate

DISCARD_QUESTION = "discardQuestion"  # object names, for tests and for "one box at a time"
DISCARD_BUTTON = "discardButton"
KEEP_BUTTON = "keepEditingButton"
CONFIRM_QUESTION = "confirmQuestion"
YES_BUTTON = "yesButton"
NO_BUTTON = "noButton"

# A composite field's own children (a spin box's line edit, a date edit's calendar popup, a
# combo box's list) are part of the field, not fields of the form: read through the field.
_COMPOSITE = (QAbstractSpinBox, QComboBox)


def _tree_checks(tree: QTreeWidget) -> tuple[int, ...]:
    states: list[int] = []

    def walk(item: QTreeWidgetItem) -> None:
        for i in range(item.childCount()):
            child = item.child(i)
            if child is not None:
                states.append(child.checkState(0).value)
                walk(child)

    walk(tree.invisibleRootItem())
    return tuple(states)


def _value(widget: QWidget) -> object:
    """What the person can change in ``widget``, or None for a widget that holds no input."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText() if widget.isEditable() else ""
    if isinstance(widget, QDateTimeEdit):  # QDateEdit is one
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QCheckBox | QRadioButton):
        return widget.isChecked()
    if isinstance(widget, QGroupBox):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QTreeWidget):
        return _tree_checks(widget)
    if isinstance(widget, QListWidget):  # a list the person fills (attachments, closed days)
        return tuple(
            (item.text(), item.checkState().value)
            for i in range(widget.count())
            if (item := widget.item(i)) is not None
        )
    return None


def _inside(widget: QWidget, root: QWidget, skipped: tuple[QWidget, ...]) -> bool:
    """Whether ``widget`` lies in a composite field or an excluded part of ``root``."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, _COMPOSITE) or parent in skipped:
            return True
        parent = parent.parentWidget()
    return False


def form_values(root: QWidget, exclude: Iterable[QWidget] = ()) -> tuple[object, ...]:
    """The values of every input field under ``root`` (in a stable order), except ``exclude``."""
    skipped = tuple(exclude)
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if widget in skipped or _inside(widget, root, skipped):
            continue
        value = _value(widget)
        if value is not None:
            values.append((type(widget).__name__, value))
    return tuple(values)


class FormSnapshot:
    """The fields under ``root`` as they were at the last ``reset()`` (or at construction)."""

    def __init__(self, root: QWidget, exclude: Iterable[QWidget] = ()) -> None:
        self._root = root
        self._exclude = tuple(exclude)
        self._saved = self.values()

    def values(self) -> tuple[object, ...]:
        return form_values(self._root, self._exclude)

    def reset(self) -> None:
        """What the fields hold now is the new starting point (after a save, say)."""
        self._saved = self.values()

    @property
    def changed(self) -> bool:
        return self.values() != self._saved


def holds_unsaved_input(widget: object) -> bool:
    """Whether a form or panel says it holds unsaved input (``has_unsaved_input()``)."""
    check = getattr(widget, "has_unsaved_input", None)
    return bool(check()) if callable(check) else False


def ask(
    parent: QWidget,
    name: str,
    text: str,
    informative: str,
    buttons: tuple[tuple[str, str], tuple[str, str]],
    on_yes: Callable[[], object],
    title: str = "",
) -> QMessageBox:
    """Ask a yes/no question without blocking; ``on_yes`` runs only if the first button is chosen.

    ``buttons`` is ((yes text, yes object name), (no text, no object name)). The "no" answer
    is the default and the answer to Esc or to closing the box: the safe choice is a keypress
    away, the other one needs a deliberate click or its Alt letter. A second request while the
    box is up gets the same box, so a double Esc never stacks two questions.
    """
    # Direct children only: a question a dialog inside ``parent`` asks is another question.
    for existing in parent.findChildren(QMessageBox, name, Qt.FindChildOption.FindDirectChildrenOnly):
        if existing.isVisible():
            return existing
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title or parent.window().windowTitle(),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName(name)
    box.setInformativeText(informative)
    (yes_text, yes_name), (no_text, no_name) = buttons
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    yes.setObjectName(yes_name)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    no.setObjectName(no_name)
    box.setDefaultButton(no)
    box.setEscapeButton(no)

    def answered(_result: int) -> None:
        chosen = box.clickedButton() is yes
        # Not WA_DeleteOnClose: PySide 6.11.3 crashed deleting a dialog together with its
        # parent in one pass of the event loop (see case/lifecycle_panel.py); on_yes may close it.
        box.deleteLater()
        if chosen:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box


def ask_discard(parent: QWidget, on_discard: Callable[[], object]) -> QMessageBox:
    """ "Discard what you entered?" — Discard runs ``on_discard``; Keep editing leaves all as typed."""
    return ask(
        parent,
        DISCARD_QUESTION,
        translate("FormSnapshot", "Discard what you entered?"),
        translate("FormSnapshot", "What you typed has not been saved. Keep editing to save it first."),
        (
            (translate("FormSnapshot", "&Discard"), DISCARD_BUTTON),
            (translate("FormSnapshot", "&Keep editing"), KEEP_BUTTON),
        ),
        on_discard,
    )


def close_or_ask(parent: QWidget, changed: bool, close: Callable[[], object]) -> None:
    """Close at once when nothing was entered; otherwise only once the person chose Discard."""
    if changed:
        ask_discard(parent, close)
    else:
        close()
