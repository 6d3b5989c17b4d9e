"""Small pieces the lifecycle panels share: the inline message line and mnemonic letters."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from inquiry_desk.domain.errors import UserError


class InlineMessage(QLabel):
    """A refusal or confirmation shown in the panel itself: nothing to dismiss, no traceback."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("inlineMessage")
        self.hide()

    def error(self, text: str) -> None:
        self.setStyleSheet("color: #a40000; background: #fdecea; padding: 4px; border-radius: 3px;")
        self.setText(text)
        self.show()

    def info(self, text: str) -> None:
        self.setStyleSheet("color: #1e4620; background: #edf7ed; padding: 4px; border-radius: 3px;")
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def ok_cancel_buttons(
    dialog: QDialog, ok_text: str, on_ok: Callable[[], object]
) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (named for what it does) and Cancel; ``on_ok`` decides whether the dialog closes."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def run_service(message: InlineMessage, call: Callable[[], object]) -> bool:
    """Run a service call; a UserError (refusal, permission, validation) is shown inline."""
    try:
        call()
    except UserError as exc:
        message.error(exc.message)
        return False
    message.clear_message()
    return True


def with_mnemonic(text: str, used: set[str]) -> str:
    """Put '&' before the first letter not yet used, so each button has its own Alt+key."""
    for i, char in enumerate(text):
        key = char.lower()
        if char.isascii() and char.isalpha() and key not in used:
            used.add(key)
            return text[:i] + "&" + text[i:]
    return text
