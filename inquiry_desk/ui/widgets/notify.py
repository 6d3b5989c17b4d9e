"""Message boxes that never block: tests drive these code paths and must not hang in exec()."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class Notifier:
    """Shows messages to the user. Tests inject a `RecordingNotifier` instead."""

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self._show(parent, QMessageBox.Icon.Warning, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self._show(parent, QMessageBox.Icon.Information, title, text)

    @staticmethod
    def _show(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


class RecordingNotifier(Notifier):
    """Collects messages instead of showing them (tests, screenshots)."""

    def __init__(self, on_message: Callable[[str, str], None] | None = None) -> None:
        self.messages: list[tuple[str, str]] = []
        self._on_message = on_message

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self._record(title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self._record(title, text)

    def _record(self, title: str, text: str) -> None:
        self.messages.append((title, text))
        if self._on_message:
            self._on_message(title, text)
