"""The register of processing in the settings window: edited, checked and saved by a manager."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.ui.settings.dialog import UNSAVED_MARK, SettingsDialog
from tests.services.lifecycle_helpers import RECEIVED

pytestmark = pytest.mark.clock_starts(RECEIVED)
LEFT = Qt.MouseButton.LeftButton


def test_the_manager_edits_checks_and_saves_the_register(
    qtbot: QtBot, app: App, lc: Lifecycle, manager: Actor
) -> None:
    dialog = SettingsDialog(lc.rules, manager, register=app.processing_register)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.register
    assert tab is not None
    dialog.tabs.setCurrentWidget(tab)
    assert "11 purposes of use" in tab.summary.text() and "2 of them third parties" in tab.summary.text()
    text = tab.editor.toPlainText()
    tab.editor.setPlainText(text.replace('country = "SG"', 'country = "Singapore"'))
    assert dialog.tabs.tabText(dialog.tabs.indexOf(tab)).endswith(UNSAVED_MARK)
    qtbot.mouseClick(tab.check_button, LEFT)
    assert "Crypto.com" in tab.message.text() and "two-letter country code" in tab.message.text()
    qtbot.mouseClick(tab.save_button, LEFT)  # refused inline, the text stays as typed
    assert "two-letter country code" in tab.message.text()
    assert not (app.data_dir / "forms" / "processing-register.toml").exists()
    assert "Singapore" in tab.editor.toPlainText()

    tab.editor.setPlainText(text.replace("カスタマーサポートを提供するため", "お客様サポートのため"))
    qtbot.mouseClick(tab.check_button, LEFT)
    assert "The register is complete" in tab.message.text()
    qtbot.mouseClick(tab.save_button, LEFT)
    assert "Register saved" in tab.message.text()
    saved = (app.data_dir / "forms" / "processing-register.toml").read_text(encoding="utf-8")
    assert "お客様サポートのため" in saved
    assert not dialog.tabs.tabText(dialog.tabs.indexOf(tab)).endswith(UNSAVED_MARK)
    assert "Saved to" in tab.location.text()


def test_staff_see_the_register_read_only(qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor) -> None:
    dialog = SettingsDialog(lc.rules, staff, register=app.processing_register)
    qtbot.addWidget(dialog)
    tab = dialog.register
    assert tab is not None
    assert not tab.form.isEnabled() and tab.save_button.isHidden()
    assert "purposes = " not in tab.editor.toPlainText() and "[[purposes]]" in tab.editor.toPlainText()
