"""Outgoing mail in the settings window: the SMTP server the answers by email go through.

The same service as `inquiry-desk mail-out` (services/settings/outgoing_mail.py). The password
goes to this computer's keyring, never to the database: the field is always empty when shown,
and says whether a password is stored; leaving it empty keeps the stored one. "Test connection"
and "Send a test message" try the settings as typed, before they are saved, and say what went
wrong in words (the password refused, a certificate not trusted, nothing listening, no answer).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.settings import mail_out
from inquiry_desk.services.settings.mail_out import SmtpConfig
from inquiry_desk.services.settings.outgoing_mail import BLANK, OutgoingMailService
from inquiry_desk.ui.settings.tab import SettingsTab, hint
from inquiry_desk.ui.widgets.background_job import OneShot

# The form's value: the settings and the password as typed ("" keeps the stored one).
MailForm = tuple[SmtpConfig, str]
# A test waits this long for the server at most, off the window's thread: the window stays
# usable meanwhile and says that the server is being tried.
TEST_TIMEOUT_SECONDS = 10.0


def _security_names() -> dict[str, str]:
    return {
        "starttls": translate("MailOutTab", "STARTTLS (usually port 587)"),
        "ssl": translate("MailOutTab", "SSL/TLS from the start (usually port 465)"),
        "none": translate("MailOutTab", "None (only a server on this computer)"),
    }


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


class MailOutTab(SettingsTab[MailForm]):
    title = QT_TRANSLATE_NOOP("SettingsDialog", "Outgoing &mail")
    tested = Signal()  # a test of the server has its answer in the message line

    def __init__(self, service: OutgoingMailService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, translate("MailOutTab", "&Save mail settings"), parent)
        self.service = service
        self.file_dialog: QFileDialog | None = None
        self.trying: OneShot | None = None  # the test of the server under way
        self.host = _named(QLineEdit(), "smtpHost")
        self.port = _named(QSpinBox(), "smtpPort")
        self.port.setRange(1, 65535)
        self.port.setGroupSeparatorShown(False)
        self.security = _named(QComboBox(), "smtpSecurity")
        for key, name in _security_names().items():
            self.security.addItem(name, key)
        self._security_shown = "starttls"
        self.security.currentIndexChanged.connect(self._security_changed)
        self.username = _named(QLineEdit(), "smtpUser")
        self.username.setPlaceholderText(
            translate("MailOutTab", "empty: the server takes mail without sign-in")
        )
        self.password = _named(QLineEdit(), "smtpPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_state = _named(QLabel(), "smtpPasswordState")
        self.from_address = _named(QLineEdit(), "smtpFrom")
        self.from_address.setPlaceholderText("privacy@example.co.jp")
        self.from_name = _named(QLineEdit(), "smtpFromName")
        self.from_name.setPlaceholderText(
            translate("MailOutTab", "e.g. Personal Information Inquiry Department")
        )
        self.ca_file = _named(QLineEdit(), "smtpCaFile")
        self.ca_file.setPlaceholderText(
            translate("MailOutTab", "empty: the certificates this computer trusts")
        )
        self.browse_button = QPushButton(self.mnemonic(translate("MailOutTab", "Browse…")))
        self.browse_button.clicked.connect(self._browse)

        box = QGroupBox(translate("MailOutTab", "The department's outgoing mail server (SMTP)"))
        form = QFormLayout(box)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.password_state)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.browse_button)
        rows: list[tuple[str, QWidget | QHBoxLayout, QWidget]] = [
            (translate("MailOutTab", "Server"), self.host, self.host),
            (translate("MailOutTab", "Port"), self.port, self.port),
            (translate("MailOutTab", "Security"), self.security, self.security),
            (translate("MailOutTab", "User name"), self.username, self.username),
            (translate("MailOutTab", "Password"), password_row, self.password),
            (translate("MailOutTab", "From address"), self.from_address, self.from_address),
            (translate("MailOutTab", "Sender's name"), self.from_name, self.from_name),
            (translate("MailOutTab", "CA file"), ca_row, self.ca_file),
        ]
        for text, field, buddy in rows:
            label = QLabel(self.mnemonic(text) + ":")
            label.setBuddy(buddy)
            form.addRow(label, field)
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            hint(
                translate(
                    "MailOutTab",
                    "Answers go by email only to applicants who asked for them by email. The "
                    "password is kept in this computer's keyring, never in the database; leave the "
                    "field empty to keep the stored one. The server's certificate is always "
                    "checked: for an office server signed by its own certificate authority, give "
                    "that authority's certificate (PEM) as the CA file.",
                )
            )
        )
        layout.addWidget(box)
        layout.addStretch(1)

        self.test_button = QPushButton(self.mnemonic(translate("MailOutTab", "Test connection")))
        self.test_button.setObjectName("testSmtp")
        self.test_button.clicked.connect(lambda: self.test(send_test=False))
        self.send_test_button = QPushButton(self.mnemonic(translate("MailOutTab", "Send a test message")))
        self.send_test_button.setObjectName("sendTestSmtp")
        self.send_test_button.clicked.connect(lambda: self.test(send_test=True))
        self.extra_buttons += [self.test_button, self.send_test_button]
        for edit in (
            self.host,
            self.username,
            self.password,
            self.from_address,
            self.from_name,
            self.ca_file,
        ):
            edit.textChanged.connect(self._edited)
        self.username.textChanged.connect(self._show_password_state)
        self.finish()
        # Trying the server signs in with the department's password: a manager's.
        self.test_button.setEnabled(self.editable)
        self.send_test_button.setEnabled(self.editable)

    # --- the form's own behaviour --------------------------------------------------------
    def _security_changed(self) -> None:
        """A port left at the old security's usual one follows the new security."""
        new = str(self.security.currentData())
        if not self._loading and self.port.value() == mail_out.DEFAULT_PORTS.get(self._security_shown):
            self.port.setValue(mail_out.DEFAULT_PORTS[new])
        self._security_shown = new

    def _show_password_state(self) -> None:
        user = self.username.text().strip()
        if not user:
            text, hint_text = translate("MailOutTab", "no sign-in"), ""
        elif self.service.password_stored(user):
            text = translate("MailOutTab", "stored in the keyring")
            hint_text = translate("MailOutTab", "stored; type a new password to replace it")
        else:
            text = translate("MailOutTab", "not stored")
            hint_text = translate("MailOutTab", "type the password")
        self.password_state.setText(text)
        self.password.setPlaceholderText(hint_text)
        self.password.setEnabled(bool(user))

    def _browse(self) -> None:
        dialog = QFileDialog(self, translate("MailOutTab", "CA certificate (PEM)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                translate("MailOutTab", "Certificates (*.pem *.crt *.cer)"),
                translate("MailOutTab", "All files (*)"),
            ]
        )
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(self.ca_file.setText)
        self.file_dialog = dialog
        dialog.open()

    def test(self, *, send_test: bool) -> None:
        """Try the settings as typed, in the thread pool; `tested` is emitted with the answer."""
        if self.trying is not None:
            return
        try:
            config, password = self.collect()  # refused here, in the form's words, if not valid
        except UserError as exc:
            self.message.error(exc.message)
            self.tested.emit()
            return
        service, actor, timeout = self.service, self.actor, TEST_TIMEOUT_SECONDS
        self.message.info(
            translate("MailOutTab", "Trying {host}:{port}…").format(host=config.host, port=config.port)
        )
        self._set_trying(True)
        self.trying = OneShot(
            lambda: service.test(actor, config, password, send_test=send_test, timeout=timeout), self
        )
        self.trying.done.connect(lambda answer: self._tried(str(answer), ok=True))
        self.trying.refused.connect(lambda sentence: self._tried(sentence, ok=False))

    def _tried(self, sentence: str, *, ok: bool) -> None:
        self._set_trying(False)
        self.trying = None
        if ok:
            self.message.info(sentence)
        else:
            self.message.error(sentence)
        self.tested.emit()

    def _set_trying(self, busy: bool) -> None:
        self.test_button.setEnabled(self.editable and not busy)
        self.send_test_button.setEnabled(self.editable and not busy)

    # --- the tab's hooks -----------------------------------------------------------------
    def read(self) -> MailForm:
        return (self.service.config() or BLANK, "")

    def write(self, value: MailForm) -> str:
        config, password = value
        self.service.save(self.actor, config, password)
        self.password.clear()  # stored: never shown again
        self._show_password_state()
        return translate("MailOutTab", "Outgoing mail settings saved.")

    def default(self) -> MailForm:
        return (BLANK, "")

    def load(self, value: MailForm) -> None:
        config = value[0]
        self.host.setText(config.host)
        self.security.setCurrentIndex(max(0, self.security.findData(config.security)))
        self._security_shown = config.security
        self.port.setValue(config.port)
        self.username.setText(config.username)
        self.password.clear()
        self.from_address.setText(config.from_address)
        self.from_name.setText(config.from_name)
        self.ca_file.setText(config.ca_file)
        self._show_password_state()

    def collect(self) -> MailForm:
        config = SmtpConfig(
            self.host.text(),
            self.port.value(),
            str(self.security.currentData()),  # type: ignore[arg-type]
            self.from_address.text(),
            self.username.text(),
            self.from_name.text(),
            self.ca_file.text(),
        ).stripped()
        mail_out.check(config)  # refused inline, every field named
        return config, self.password.text()
