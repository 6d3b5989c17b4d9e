"""The outgoing mail settings as a service: what the settings window and the CLI call.

Reading, saving (the password to the keyring, the rest to the settings table, one audit entry
naming the fields that changed) and trying the server with the settings as typed, before they
are saved. Changing or trying the settings is a manager's (Permission.CHANGE_SETTINGS): the
test signs in with the department's password.
"""

from __future__ import annotations

import ssl

from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.settings import mail_out
from inquiry_desk.services.settings.mail_out import SecretGetter, SecretSetter, SmtpConfig
from inquiry_desk.services.settings.smtp_connection import TIMEOUT_SECONDS, try_server
from inquiry_desk.store.engine import Database

# What the settings window shows before anything is set up.
BLANK = SmtpConfig("", mail_out.DEFAULT_PORTS["starttls"], "starttls", "")


class OutgoingMailService:
    def __init__(
        self,
        db: Database,
        *,
        secret: SecretGetter = mail_out.keyring_password,
        store: SecretSetter = mail_out.store_password,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.db = db
        self._secret = secret
        self._store = store
        self._ssl = ssl_context

    def config(self) -> SmtpConfig | None:
        return mail_out.read_config(self.db)

    def password_stored(self, username: str) -> bool:
        return mail_out.has_password(username, self._secret)

    def save(self, actor: Actor, config: SmtpConfig, password: str | None = None) -> SmtpConfig:
        """``password``: None or empty leaves the keyring's as it is."""
        return mail_out.save(self.db, actor, config, password or None, store=self._store)

    def test(
        self,
        actor: Actor,
        config: SmtpConfig,
        password: str | None = None,
        *,
        send_test: bool = False,
        timeout: float = TIMEOUT_SECONDS,
    ) -> str:
        """Try ``config`` as typed; returns what worked, raises `MailNotSent` saying what did not."""
        actor.require(Permission.CHANGE_SETTINGS)
        return try_server(
            config,
            password or None,
            secret=self._secret,
            context=self._ssl,
            send_test=send_test,
            timeout=timeout,
        )
