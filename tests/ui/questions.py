"""Answering the app's questions ("Discard what you entered?", "Close case …?") as a person does:
wait for the box to come up as the modal window, read it, click one of its buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from inquiry_desk.ui.widgets.unsaved import DISCARD_BUTTON, KEEP_BUTTON, NO_BUTTON, YES_BUTTON

__all__ = ["DISCARD_BUTTON", "KEEP_BUTTON", "NO_BUTTON", "YES_BUTTON", "answer", "no_question", "question"]


def question(qtbot: QtBot, timeout: int = 2000) -> QMessageBox:
    """The question box on screen now (fails if none comes up)."""
    found: list[QMessageBox] = []

    def up() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.isVisible()
        found[:] = [box]

    qtbot.waitUntil(up, timeout=timeout)
    return found[0]


def answer(qtbot: QtBot, button: str) -> str:
    """Click ``button`` (an object name) of the box on screen; returns the question asked."""
    box = question(qtbot)
    text = box.text()
    target = box.findChild(QAbstractButton, button)
    assert target is not None, [b.text() for b in box.buttons()]
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert not box.isVisible()  # answered: the box is gone at once (and deleted later)
    return text


def no_question() -> bool:
    return not isinstance(QApplication.activeModalWidget(), QMessageBox)
