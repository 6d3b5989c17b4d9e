"""The department's outgoing mail server (SMTP), which sends answers by email.

Kept like the IMAP mailbox's settings (services/intake/mailbox.py): host, port, how the
connection is secured, the user name and the From address in the settings table; the
password in the OS keyring (service "inquiry-desk-smtp", user = the SMTP user name), never in
the database, never in a log line or the audit log.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Literal

from inquiry_desk.domain.errors import UserError, ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.parties import _EMAIL
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.settings.lifecycle import read_raw, write_raw
from inquiry_desk.store.engine import Database

KEYRING_SERVICE = "inquiry-desk-smtp"
CONFIG_KEY = "smtp"

Security = Literal["starttls", "ssl", "none"]
SECURITY: tuple[Security, ...] = ("starttls", "ssl", "none")
SecretGetter = Callable[[str], str | None]


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: Security
    from_address: str
    username: str = ""  # empty: the server takes mail without signing in (a relay on the LAN)


def keyring_password(username: str) -> str | None:
    import keyring

    return keyring.get_password(KEYRING_SERVICE, username)


def store_password(username: str, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, username, password)


def check(config: SmtpConfig) -> None:
    errors: dict[str, str] = {}
    if not config.host.strip():
        errors["host"] = translate("MailOut", "Give the mail server's name.")
    if not 1 <= config.port <= 65535:
        errors["port"] = translate("MailOut", "The port is a number from 1 to 65535.")
    if config.security not in SECURITY:
        errors["security"] = translate("MailOut", "The connection is secured by STARTTLS, SSL or none.")
    if not _EMAIL.match(config.from_address.strip()):
        errors["from_address"] = translate(
            "MailOut", "The From address is not an email address (expected name@example.com)."
        )
    if errors:
        raise ValidationFailed(errors)


def read_config(db: Database) -> SmtpConfig | None:
    with db.read() as session:
        text = read_raw(session, CONFIG_KEY)
    if not text:
        return None
    try:
        return SmtpConfig(**json.loads(text))
    except (ValueError, TypeError):
        raise UserError(
            translate("MailOut", "The outgoing mail settings are damaged; set them again.")
        ) from None


def configure(db: Database, actor: Actor, config: SmtpConfig) -> None:
    actor.require(Permission.CHANGE_SETTINGS)
    config = SmtpConfig(
        config.host.strip(),
        config.port,
        config.security,
        config.from_address.strip(),
        config.username.strip(),
    )
    check(config)
    with db.write() as session:
        write_raw(session, CONFIG_KEY, json.dumps(asdict(config)))
        # The department's own server and address are not personal data, but the audit log
        # names what changed, not to what.
        audit.record(session, actor, "settings.mail_out", None, {"security": config.security})
