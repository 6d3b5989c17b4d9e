"""The audit log browser and the staff accounts dialog, driven through their widgets."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inquiry_desk.domain.enums import Role
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.store.engine import DB_FILENAME
from inquiry_desk.ui.admin.audit_view import COL_ACTION, COL_ACTOR, AuditDialog
from inquiry_desk.ui.admin.users_dialog import UsersDialog


@pytest.mark.demo
def test_manager_filters_the_audit_log(qtbot: QtBot, qtmodeltester, app: App) -> None:
    manager = app.users.authenticate("manager", "demo")
    app.users.authenticate("staff", "demo")
    dialog = AuditDialog(app.audit_log, manager)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() > 40
    qtbot.keyClicks(dialog.action, "signin")
    qtbot.keyClick(dialog.action, "\r")
    actions = {dialog.model.index(r, COL_ACTION).data() for r in range(dialog.model.rowCount())}
    assert actions == {"signin"}
    qtbot.keyClicks(dialog.who, "staff")
    qtbot.mouseClick(dialog.apply_button, qtbot_button())
    who = {dialog.model.index(r, COL_ACTOR).data() for r in range(dialog.model.rowCount())}
    assert who == {"staff"}
    qtbot.mouseClick(dialog.verify_button, qtbot_button())
    assert "intact" in dialog.status.text()


@pytest.mark.demo
def test_verify_button_reports_tampering(qtbot: QtBot, app: App) -> None:
    manager = app.users.authenticate("manager", "demo")
    con = sqlite3.connect(app.data_dir / DB_FILENAME)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET action = 'nothing' WHERE id = 3")
    con.commit()
    con.close()
    dialog = AuditDialog(app.audit_log, manager)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.verify_button, qtbot_button())
    assert "BROKEN at entry 3" in dialog.status.text()


@pytest.mark.demo
def test_verify_button_names_accounts_changed_outside_the_app(qtbot: QtBot, app: App) -> None:
    manager = app.users.authenticate("manager", "demo")
    con = sqlite3.connect(app.data_dir / DB_FILENAME)
    con.execute("UPDATE users SET role = 'admin' WHERE username = 'staff'")
    con.commit()
    con.close()
    dialog = AuditDialog(app.audit_log, manager)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.verify_button, qtbot_button())
    text = dialog.status.text()
    assert "intact" in text  # the chain itself is fine ...
    assert "Staff account staff was changed outside Inquiry Desk" in text  # ... the account is not
    assert "manager was changed" not in text
    assert "b00020" in dialog.status.styleSheet()


@pytest.mark.demo
def test_verify_button_catches_a_cut_off_end(qtbot: QtBot, app: App) -> None:
    manager = app.users.authenticate("manager", "demo")
    dialog = AuditDialog(app.audit_log, manager)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.verify_button, qtbot_button())
    assert "intact" in dialog.status.text() and dialog.status.styleSheet() == ""
    con = sqlite3.connect(app.data_dir / DB_FILENAME)
    for (trigger,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    ):
        con.execute(f"DROP TRIGGER {trigger}")
    con.execute("DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)")
    con.commit()
    con.close()
    qtbot.mouseClick(dialog.verify_button, qtbot_button())
    assert "CUT OFF" in dialog.status.text()
    assert "intact" not in dialog.status.text()


@pytest.mark.demo
def test_staff_cannot_read_the_audit_log(qtbot: QtBot, app: App) -> None:
    staff = app.users.authenticate("staff", "demo")
    dialog = AuditDialog(app.audit_log, staff)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "does not allow" in dialog.status.text()


@pytest.mark.demo
def test_admin_adds_deactivates_and_resets(qtbot: QtBot, qtmodeltester, app: App, ime_type) -> None:
    admin = app.users.authenticate("admin", "demo")
    dialog = UsersDialog(app.users, admin)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    before = dialog.model.rowCount()
    qtbot.keyClicks(dialog.new_username, "suzuki")
    ime_type(dialog.new_name, "鈴木 一郎")  # kanji arrive as an input-method commit
    dialog.new_role.setCurrentIndex(dialog.new_role.findData(Role.STAFF))
    qtbot.keyClicks(dialog.new_password, "x")
    qtbot.mouseClick(dialog.add_button, qtbot_button())
    assert "at least" in dialog.message.text()
    assert dialog.new_username.text() == "suzuki"  # nothing typed is lost
    qtbot.keyClicks(dialog.new_password, "yz-long-enough")
    qtbot.mouseClick(dialog.add_button, qtbot_button())
    assert dialog.model.rowCount() == before + 1
    assert app.users.authenticate("suzuki", "xyz-long-enough").role == "staff"
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 0).data() == "suzuki")
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.toggle_button, qtbot_button())
    assert not any(u.active for u in app.users.list(admin) if u.username == "suzuki")


@pytest.mark.demo
def test_staff_sees_no_accounts(qtbot: QtBot, app: App) -> None:
    dialog = UsersDialog(app.users, Actor("staff", "staff"))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and "does not allow" in dialog.message.text()


def qtbot_button() -> Qt.MouseButton:
    return Qt.MouseButton.LeftButton


@pytest.mark.demo
def test_admin_gives_an_account_its_name_in_japanese_letters(qtbot: QtBot, app: App, ime_type) -> None:
    admin = app.users.authenticate("admin", "demo")
    dialog = UsersDialog(app.users, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 0).data() == "kato")
    dialog.table.selectRow(row)
    assert dialog.name_ja.text() == "加藤 蓮"  # the demo account's, shown for editing
    dialog.name_ja.clear()
    dialog.name_kana.clear()
    ime_type(dialog.name_ja, "加藤 廉")
    ime_type(dialog.name_kana, "かとう れん")  # hiragana from the IME, kept as katakana
    assert dialog.name_kana.text() == "カトウ レン"
    assert dialog.name_en.text() == "Ren Kato"
    dialog.name_en.setText("Ren  Katou")
    qtbot.mouseClick(dialog.letter_name_button, qtbot_button())
    signed_in = app.users.authenticate("kato", "demo")
    assert signed_in.letter_name(japanese=True) == "加藤 廉"
    assert signed_in.letter_name(japanese=False) == "Ren Katou"
    assert "加藤 廉" in dialog.message.text() and "Ren Katou" in dialog.message.text()
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 0).data() == "kato")
    assert dialog.model.index(row, 2).data() == "加藤 廉（カトウ レン） / Ren Katou"
