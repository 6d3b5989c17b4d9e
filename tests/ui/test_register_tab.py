"""The register of processing in the settings window, edited as tables by a manager: entries
added, removed and edited, refused inline with every problem named, saved into the TOML the
letters print from (its comments kept), and a save over a register changed elsewhere refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from inquiry_desk.domain.enums import Jurisdiction, Language, RequestType
from inquiry_desk.domain.processing import THIRD_PARTY
from inquiry_desk.office_forms import PACKAGE_FORMS
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.ui.settings.dialog import UNSAVED_MARK, SettingsDialog
from inquiry_desk.ui.settings.register_tab import RegisterTab
from inquiry_desk.ui.settings.register_tables import EntryTable
from tests.services.lifecycle_helpers import RECEIVED, new_case
from tests.services.test_response_letter import pdftotext
from tests.ui.conftest import _ime_type

pytestmark = pytest.mark.clock_starts(RECEIVED)
LEFT = Qt.MouseButton.LeftButton
AZURE = "Microsoft Azure (Microsoft Corporation)"


def _tab(qtbot: QtBot, app: App, lc: Lifecycle, actor: Actor) -> tuple[SettingsDialog, RegisterTab]:
    dialog = SettingsDialog(lc.rules, actor, register=app.processing_register)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    tab = dialog.register
    assert tab is not None
    dialog.tabs.setCurrentWidget(tab)
    return dialog, tab


def _row_of(table: EntryTable, key: str, text: str) -> int:
    return next(r for r in range(table.table.rowCount()) if (i := table.cell(r, key)) and i.text() == text)


def _edit_cell(qtbot: QtBot, table: EntryTable, row: int, key: str, text: str) -> None:
    """Double-click the cell, type over it and press Enter, as a person edits a table."""
    item = table.cell(row, key)
    assert item is not None
    table.table.scrollToItem(item)
    rect = table.table.visualItemRect(item)
    qtbot.mouseClick(table.table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.table.viewport(), LEFT, pos=rect.center())
    editor = _editor(table)
    editor.selectAll()
    _type(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the typed text queued
    assert item.text() == text


def _type(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # kana and kanji arrive as an input method's commit
        _ime_type(editor, text)


def _editor(table: EntryTable) -> QLineEdit:
    """The cell editor open in the table (the item delegate's line edit)."""
    editors = [e for e in table.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def _dirty(dialog: SettingsDialog, tab: RegisterTab) -> bool:
    return dialog.tabs.tabText(dialog.tabs.indexOf(tab)).endswith(UNSAVED_MARK)


def test_a_recipient_edited_in_the_window_is_in_the_next_access_letter(
    qtbot: QtBot, app: App, lc: Lifecycle, manager: Actor, tmp_path: Path
) -> None:
    dialog, tab = _tab(qtbot, app, lc, manager)
    assert "11 purposes of use" in tab.summary.text() and "2 of them third parties" in tab.summary.text()
    assert tab.recipients.table.rowCount() == 10 and not _dirty(dialog, tab)
    tab.sections.setCurrentWidget(tab.recipients)
    row = _row_of(tab.recipients, "name", AZURE)
    _edit_cell(qtbot, tab.recipients, row, "name", "Sakura Cloud (SAKURA internet)")
    _edit_cell(qtbot, tab.recipients, row, "country", "JP")
    assert _dirty(dialog, tab)
    qtbot.mouseClick(tab.save_button, LEFT)
    assert "Register saved" in tab.message.text(), tab.message.text()
    assert not _dirty(dialog, tab)

    saved = (app.data_dir / "forms" / "processing-register.toml").read_text(encoding="utf-8")
    default = (PACKAGE_FORMS / "processing-register.toml").read_text(encoding="utf-8")
    # Only what was edited changed: every comment and every other line is as it was.
    assert saved == default.replace(AZURE, "Sakura Cloud (SAKURA internet)").replace(
        'name = "Sakura Cloud (SAKURA internet)"\nrole = "processor"\ncountry = "US"',
        'name = "Sakura Cloud (SAKURA internet)"\nrole = "processor"\ncountry = "JP"',
    )
    with app.db.read() as session:
        [entry] = audit.query(session, action="settings.processing_register")
    details = json.loads(entry.details)
    assert details["sections"] == ["[[recipients]]"] and "Sakura" not in entry.details

    ref = app.cases.create(
        manager,
        new_case(RECEIVED, types=(RequestType.ACCESS,), jurisdiction=Jurisdiction.EEA, language=Language.EN),
    )
    text = pdftotext(app.documents.render_for_case(manager, ref, "response"), tmp_path)
    assert "SakuraCloud(SAKURAinternet)" in text and "MicrosoftAzure" not in text


def test_entries_are_added_and_removed_and_bad_ones_refused_inline(
    qtbot: QtBot, app: App, lc: Lifecycle, manager: Actor, tmp_path: Path
) -> None:
    dialog, tab = _tab(qtbot, app, lc, manager)
    # A purpose removed, a new one added.
    tab.sections.setCurrentWidget(tab.purposes)
    tab.purposes.table.setCurrentCell(4, 0)  # 「カスタマーサポートを提供するため」
    qtbot.mouseClick(tab.purposes.remove_button, LEFT)
    assert tab.purposes.table.rowCount() == 10
    qtbot.mouseClick(tab.purposes.add_button, LEFT)
    editor = _editor(tab.purposes)  # the new row's first cell is open for typing
    _type(qtbot, editor, "新しい利用目的")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    # The letters print the purposes in this order: the new one moved up one place.
    first = [row["ja"] for row in tab.purposes.rows()]
    qtbot.mouseClick(tab.purposes.up_button, LEFT)
    assert [row["ja"] for row in tab.purposes.rows()] == [*first[:9], "新しい利用目的", first[9]]
    assert tab.purposes.table.currentRow() == 9
    qtbot.mouseClick(tab.purposes.down_button, LEFT)
    qtbot.mouseClick(tab.purposes.down_button, LEFT)  # already last: stays
    assert [row["ja"] for row in tab.purposes.rows()] == first
    qtbot.mouseClick(tab.save_button, LEFT)  # the English is missing
    # In the words of the tables on screen, not of the TOML file.
    assert "Purposes of use, row 11: “English” is missing" in tab.message.text()
    assert not (app.data_dir / "forms" / "processing-register.toml").exists()
    _edit_cell(qtbot, tab.purposes, 10, "en", "A new purpose")

    # A new third party: the items and the first day are asked for, with the name in the message.
    tab.sections.setCurrentWidget(tab.recipients)
    qtbot.mouseClick(tab.recipients.add_button, LEFT)
    new = tab.recipients.table.rowCount() - 1
    editor = _editor(tab.recipients)
    qtbot.keyClicks(editor, "Ad Partner K.K.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    role = tab.recipients.choice(new, "role")
    assert role is not None
    role.setCurrentIndex(role.findData(THIRD_PARTY))
    for key, value in (
        ("country", "Japan"),
        ("purpose_ja", "広告配信"),
        ("purpose_en", "Advertising"),
        ("safeguards_ja", "契約による"),
        ("safeguards_en", "By contract"),
        ("since", "2026/01/01"),
    ):
        _edit_cell(qtbot, tab.recipients, new, key, value)
    qtbot.mouseClick(tab.check_button, LEFT)
    problems = tab.message.text()
    assert "Recipients, row 11 (Ad Partner K.K.)" in problems and "two-letter country code" in problems
    assert "“Items provided (ja)” is missing" in problems and "YYYY-MM-DD" in problems
    qtbot.mouseClick(tab.save_button, LEFT)  # refused the same way; the form stays as typed
    assert "two-letter country code" in tab.message.text()
    assert (i := tab.recipients.cell(new, "country")) is not None and i.text() == "Japan"
    for key, value in (
        ("country", "JP"),
        ("since", "2026-01-01"),
        ("items_ja", "氏名"),
        ("items_en", "Name"),
    ):
        _edit_cell(qtbot, tab.recipients, new, key, value)
    qtbot.mouseClick(tab.check_button, LEFT)
    assert (
        "The register is complete" in tab.message.text() and "3 of them third parties" in tab.message.text()
    )
    qtbot.mouseClick(tab.save_button, LEFT)
    assert "Register saved" in tab.message.text()
    register = app.processing_register.check(app.processing_register.text(manager))
    assert [p.ja for p in register.purposes][-1] == "新しい利用目的" and len(register.purposes) == 11
    assert "カスタマーサポートを提供するため" not in [p.ja for p in register.purposes]
    assert register.third_parties[-1].name == "Ad Partner K.K."
    assert not _dirty(dialog, tab)

    # The records-of-provision letter lists the new third party.
    ref = app.cases.create(
        manager, new_case(RECEIVED, types=(RequestType.THIRD_PARTY_PROVISION_RECORDS,), language=Language.JA)
    )
    text = pdftotext(app.documents.render_for_case(manager, ref, "response"), tmp_path)
    assert "AdPartnerK.K." in text


def test_a_register_changed_elsewhere_is_not_saved_over(
    qtbot: QtBot, app: App, lc: Lifecycle, manager: Actor
) -> None:
    dialog, tab = _tab(qtbot, app, lc, manager)
    tab.sections.setCurrentWidget(tab.categories)
    _edit_cell(qtbot, tab.categories, 0, "en", "E-mail address")
    # Meanwhile another manager (or `inquiry-desk settings --register-file`) saves a change.
    other = app.processing_register.default_text().replace("ZenGroup INC", "ZenGroup Inc.")
    app.processing_register.save(manager, other)
    qtbot.mouseClick(tab.save_button, LEFT)
    message = tab.message.text()
    assert "changed elsewhere" in message and "[controller]" in message and "nothing was saved" in message
    assert (i := tab.categories.cell(0, "en")) is not None and i.text() == "E-mail address"  # kept
    assert app.processing_register.text(manager) == other and _dirty(dialog, tab)
    qtbot.mouseClick(tab.revert_button, LEFT)  # the register as it is now
    assert tab.controller["en"].text() == "ZenGroup Inc."


def test_staff_see_the_register_read_only(qtbot: QtBot, app: App, lc: Lifecycle, staff: Actor) -> None:
    _dialog, tab = _tab(qtbot, app, lc, staff)
    assert not tab.form.isEnabled() and tab.save_button.isHidden()
    assert tab.recipients.table.rowCount() == 10 and tab.controller["ja"].text() == "ZenGroup株式会社"


def test_the_controllers_long_lines_are_shown_from_their_start(
    qtbot: QtBot, app: App, lc: Lifecycle, manager: Actor
) -> None:
    """The company's address is longer than its box: it showed 「…048 大阪府大阪市…」, its end."""
    _dialog, tab = _tab(qtbot, app, lc, manager)
    assert tab.controller, "the Controller page has its lines"
    for edit in tab.controller.values():
        assert edit.cursorPosition() == 0, edit.text()
