"""Each person picks 日本語 or English for the interface; the next start uses it."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from inquiry_desk.domain.enums import Language
from inquiry_desk.services import language
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.language import PREFERENCES_NAME, LanguagePreference, interface_language
from inquiry_desk.ui.main_controller import MainController
from inquiry_desk.ui.settings.language_dialog import LanguageDialog


@pytest.fixture
def no_forced_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(language.ENV_LANGUAGE, raising=False)
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def test_choosing_japanese_is_kept_for_the_next_start(
    qtbot: object, data_dir: Path, no_forced_language: None
) -> None:
    preference = LanguagePreference(data_dir)
    dialog = LanguageDialog(preference)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    assert dialog.follow_system.isChecked()  # nothing chosen yet: the system's English
    assert not dialog.restart_note.isVisible()
    dialog.buttons[Language.JA].click()
    assert dialog.restart_note.isVisible()
    assert "再起動" in dialog.restart_note.text()  # said in the language being chosen
    dialog.save_button.click()
    assert json.loads((data_dir / PREFERENCES_NAME).read_text(encoding="utf-8")) == {"language": "ja"}
    assert interface_language(data_dir) is Language.JA

    again = LanguageDialog(preference)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert again.buttons[Language.JA].isChecked()


def test_cancel_changes_nothing_and_system_forgets_the_choice(
    qtbot: object, data_dir: Path, no_forced_language: None
) -> None:
    preference = LanguagePreference(data_dir)
    preference.choose(Language.JA)
    dialog = LanguageDialog(preference)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.buttons[Language.EN].setChecked(True)
    dialog.reject()
    assert interface_language(data_dir) is Language.JA

    dialog = LanguageDialog(preference)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.follow_system.setChecked(True)
    dialog.accept()
    assert preference.chosen is None
    assert interface_language(data_dir) is Language.EN  # LANG=en_GB


def test_the_system_locale_decides_when_nobody_chose(data_dir: Path, no_forced_language: None) -> None:
    assert interface_language(data_dir) is Language.EN
    os.environ["LANG"] = "ja_JP.UTF-8"
    assert interface_language(data_dir) is Language.JA
    os.environ["LC_ALL"] = "C"
    assert interface_language(data_dir) is Language.EN  # LC_ALL comes before LANG
    os.environ["LC_ALL"] = ""
    (data_dir / PREFERENCES_NAME).write_text("{not json", encoding="utf-8")
    assert interface_language(data_dir) is Language.JA  # a damaged file never stops a start
    os.environ[language.ENV_LANGUAGE] = "en"
    assert interface_language(data_dir) is Language.EN


def test_every_role_finds_the_language_in_the_tools_menu(
    make_ctl: Callable[..., MainController], app: App, staff: Actor, no_forced_language: None
) -> None:
    ctl = make_ctl(app, staff)
    action = ctl.window.language_action
    # Staff see no administration tools, but the language entry is still there, in both languages.
    assert action.isVisible() and ctl.window.tools_menu.menuAction().isVisible()
    assert "言語" in action.text() and "Language" in action.text()
    action.trigger()
    dialog = ctl.tools.windows["Language"]
    assert isinstance(dialog, LanguageDialog) and dialog.isVisible()
    dialog.buttons[Language.JA].click()
    dialog.save_button.click()
    assert interface_language(app.data_dir) is Language.JA
