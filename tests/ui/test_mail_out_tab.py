"""Outgoing mail in the settings window, driven with qtbot against a real aiosmtpd server over
implicit TLS: the manager types the settings, tries them, saves them; the password goes to the
keyring and is never shown again; failures read as sentences."""

from __future__ import annotations

import contextlib
import socket
import time
from pathlib import Path

import keyring
import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.services.settings import mail_out
from inquiry_desk.services.settings.mail_out import SmtpConfig
from inquiry_desk.ui.settings import mail_out_tab
from inquiry_desk.ui.settings.dialog import UNSAVED_MARK, SettingsDialog
from inquiry_desk.ui.settings.mail_out_tab import MailOutTab
from tests.services.lifecycle_helpers import RECEIVED
from tests.smtp_servers import SMTP_PASSWORD, SMTP_USER, SslServer, ssl_server

pytestmark = [
    pytest.mark.clock_starts(RECEIVED),
    # aiosmtpd counts only STARTTLS as TLS; these sessions are TLS from the first byte.
    pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning"),
]
LEFT = Qt.MouseButton.LeftButton


def _tab(qtbot: QtBot, app: App, lc: Lifecycle, actor: Actor) -> tuple[SettingsDialog, MailOutTab]:
    dialog = SettingsDialog(lc.rules, actor, mail=app.outgoing_mail)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mail is not None
    dialog.tabs.setCurrentWidget(dialog.mail)
    return dialog, dialog.mail


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _try(qtbot: QtBot, tab: MailOutTab, button: QPushButton) -> None:
    """Press a test button and wait for the answer: the server is tried off the window's thread."""
    with qtbot.waitSignal(tab.tested, timeout=20_000):
        qtbot.mouseClick(button, LEFT)


def _fill(qtbot: QtBot, tab: MailOutTab, server: SslServer) -> None:
    _type(qtbot, tab.host, "localhost")
    tab.security.setCurrentIndex(tab.security.findData("ssl"))
    assert tab.port.value() == 465  # the usual port followed the security
    tab.port.setValue(server.port)
    _type(qtbot, tab.username, SMTP_USER)
    _type(qtbot, tab.from_address, "desk@example.co.jp")
    _type(qtbot, tab.from_name, "Privacy Desk")
    # The CA file through the Browse… dialog, as a person picks it.
    qtbot.mouseClick(tab.browse_button, LEFT)
    assert isinstance(tab.file_dialog, QFileDialog) and tab.file_dialog.isVisible()
    tab.file_dialog.selectFile(str(server.cert_file))
    tab.file_dialog.accept()
    assert tab.ca_file.text() == str(server.cert_file)


def test_the_manager_tries_and_saves_the_settings(
    qtbot: QtBot, app: App, lc: Lifecycle, manager: Actor, tmp_path: Path, real_keyring: None
) -> None:
    # The test keyring lives for the whole session: another test may have stored this user's.
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(mail_out.KEYRING_SERVICE, SMTP_USER)
    with ssl_server(tmp_path, auth=True) as server:
        dialog, tab = _tab(qtbot, app, lc, manager)
        assert tab.host.text() == "" and tab.port.value() == 587  # nothing set up yet
        _fill(qtbot, tab, server)
        assert tab.password_state.text() == "not stored"
        qtbot.keyClicks(tab.password, "wrong")
        _try(qtbot, tab, tab.test_button)
        assert "refused the user name or password" in tab.message.text()
        _type(qtbot, tab.password, SMTP_PASSWORD)
        _try(qtbot, tab, tab.test_button)
        assert "the certificate is trusted and the sign-in accepted" in tab.message.text()
        assert mail_out.read_config(app.db) is None  # trying is not saving
        assert dialog.tabs.tabText(dialog.tabs.indexOf(tab)).endswith(UNSAVED_MARK)

        qtbot.mouseClick(tab.save_button, LEFT)
        assert "Outgoing mail settings saved" in tab.message.text()
        assert keyring.get_password(mail_out.KEYRING_SERVICE, SMTP_USER) == SMTP_PASSWORD
        assert tab.password.text() == "" and tab.password_state.text() == "stored in the keyring"
        assert not dialog.tabs.tabText(dialog.tabs.indexOf(tab)).endswith(UNSAVED_MARK)
        saved = mail_out.read_config(app.db)
        assert saved == SmtpConfig(
            "localhost",
            server.port,
            "ssl",
            "desk@example.co.jp",
            SMTP_USER,
            "Privacy Desk",
            str(server.cert_file),
        )
        # Nothing of the password under the data folder: it is in the keyring only.
        for path in app.data_dir.rglob("*"):
            if path.is_file():
                assert SMTP_PASSWORD.encode() not in path.read_bytes(), path

        # The stored password is used when the field is left empty.
        _try(qtbot, tab, tab.send_test_button)
        assert "A test message was sent to desk@example.co.jp" in tab.message.text()
        [envelope] = server.inbox.envelopes
        assert envelope.rcpt_tos == ["desk@example.co.jp"]

        # Without the CA file the same server is not trusted, and the window says so.
        _type(qtbot, tab.ca_file, "")
        _try(qtbot, tab, tab.test_button)
        assert "is not trusted" in tab.message.text() and "Traceback" not in tab.message.text()


def test_bad_input_is_refused_inline_and_stays_as_typed(
    qtbot: QtBot, app: App, lc: Lifecycle, manager: Actor, real_keyring: None
) -> None:
    _dialog, tab = _tab(qtbot, app, lc, manager)
    _type(qtbot, tab.host, "smtp.example.co.jp")
    tab.security.setCurrentIndex(tab.security.findData("none"))
    assert tab.port.value() == 25
    _type(qtbot, tab.from_address, "not an address")
    qtbot.mouseClick(tab.save_button, LEFT)
    text = tab.message.text()
    assert "unencrypted only to this computer" in text and "not an email address" in text
    assert tab.host.text() == "smtp.example.co.jp" and tab.from_address.text() == "not an address"
    assert mail_out.read_config(app.db) is None
    _try(qtbot, tab, tab.test_button)  # tried as typed: the same refusal, nothing sent
    assert "unencrypted only to this computer" in tab.message.text()
    # Nothing listens on this loopback port: the connection is refused, in words.
    _type(qtbot, tab.host, "127.0.0.1")
    _type(qtbot, tab.from_address, "desk@example.co.jp")
    tab.port.setValue(1)
    _try(qtbot, tab, tab.test_button)
    assert "refused the connection" in tab.message.text()


def test_staff_see_the_settings_read_only(
    qtbot: QtBot, app: App, lc: Lifecycle, manager: Actor, staff: Actor
) -> None:
    mail_out.configure(app.db, manager, SmtpConfig("localhost", 2525, "none", "desk@example.co.jp"))
    _dialog, tab = _tab(qtbot, app, lc, staff)
    assert tab.host.text() == "localhost" and tab.port.value() == 2525
    assert not tab.form.isEnabled() and tab.save_button.isHidden()
    assert not tab.test_button.isEnabled() and not tab.send_test_button.isEnabled()


def test_the_window_stays_usable_while_a_silent_server_is_tried(
    qtbot: QtBot, app: App, lc: Lifecycle, manager: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server that takes the connection and never answers: the window says it is trying,
    takes typing meanwhile, and then says that the server did not answer in time."""
    monkeypatch.setattr(mail_out_tab, "TEST_TIMEOUT_SECONDS", 1.5)
    with socket.create_server(("127.0.0.1", 0)) as silent:  # listens, never greets
        _dialog, tab = _tab(qtbot, app, lc, manager)
        _type(qtbot, tab.host, "127.0.0.1")
        tab.security.setCurrentIndex(tab.security.findData("none"))
        tab.port.setValue(silent.getsockname()[1])
        _type(qtbot, tab.from_address, "desk@example.co.jp")
        started = time.monotonic()
        qtbot.mouseClick(tab.test_button, LEFT)
        assert time.monotonic() - started < 1.0  # the click came back before the server could answer
        assert "Trying 127.0.0.1" in tab.message.text()
        assert not tab.test_button.isEnabled() and not tab.send_test_button.isEnabled()
        qtbot.mouseClick(tab.test_button, LEFT)  # pressing again while busy starts nothing more
        _type(qtbot, tab.from_name, "Privacy Desk")  # the form takes typing meanwhile
        assert tab.from_name.text() == "Privacy Desk"
        with qtbot.waitSignal(tab.tested, timeout=20_000):
            pass
        assert "did not answer within 1.5 seconds" in tab.message.text()
        assert tab.test_button.isEnabled() and tab.send_test_button.isEnabled()
        assert tab.from_name.text() == "Privacy Desk"
