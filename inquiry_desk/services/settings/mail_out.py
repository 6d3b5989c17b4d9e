"""The department's outgoing mail server (SMTP), which sends answers by email.

Kept like the IMAP mailbox's settings (services/intake/mailbox.py): host, port, how the
connection is secured, the user name, the From address and name, and the CA file an office's
internal server is signed by, in the settings table; the password in the OS keyring (service
"inquiry-desk-smtp", user = the SMTP user name), never in the database, never in a log line or
the audit log. The CLI (`inquiry-desk mail-out`) and the settings window save through ``save``.

Certificates are always verified (against the system's CAs, or the CA file when one is set);
an unencrypted connection is allowed only to this computer itself (a relay on loopback).
"""

from __future__ import annotations

import ipaddress
import json
import ssl
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
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
SecretSetter = Callable[[str, str], None]
# Mail servers' usual ports for each security, which the settings window suggests.
DEFAULT_PORTS: dict[str, int] = {"starttls": 587, "ssl": 465, "none": 25}
_MAX_NAME = 200


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: Security
    from_address: str
    username: str = ""  # empty: the server takes mail without signing in (a relay on the LAN)
    from_name: str = ""  # shown beside the From address, e.g. 個人情報お問い合わせ窓口
    ca_file: str = ""  # empty: the system's trusted CAs; else a PEM file (an internal CA)

    def stripped(self) -> SmtpConfig:
        return SmtpConfig(
            self.host.strip(),
            self.port,
            self.security,
            self.from_address.strip(),
            self.username.strip(),
            " ".join(self.from_name.split()),
            self.ca_file.strip(),
        )


def is_loopback(host: str) -> bool:
    """This computer itself: the only place mail may go unencrypted."""
    host = host.strip().strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def ssl_context(config: SmtpConfig) -> ssl.SSLContext:
    """A context that verifies the server's certificate and name: against the office's CA
    file when one is set, else the system's trusted CAs."""
    return ssl.create_default_context(cafile=config.ca_file or None)


def keyring_password(username: str) -> str | None:
    import keyring

    return keyring.get_password(KEYRING_SERVICE, username)


def store_password(username: str, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, username, password)


def has_password(username: str, secret: SecretGetter = keyring_password) -> bool:
    """Whether the keyring holds a password for ``username`` (never what it is)."""
    if not username.strip():
        return False
    try:
        return bool(secret(username.strip()))
    except Exception:  # no keyring in this session: nothing is known to be stored
        return False


def check(config: SmtpConfig) -> None:
    errors: dict[str, str] = {}
    if not config.host.strip():
        errors["host"] = translate("MailOut", "Give the mail server's name.")
    if not 1 <= config.port <= 65535:
        errors["port"] = translate("MailOut", "The port is a number from 1 to 65535.")
    if config.security not in SECURITY:
        errors["security"] = translate("MailOut", "The connection is secured by STARTTLS, SSL or none.")
    elif config.security == "none" and not is_loopback(config.host):
        errors["security"] = translate(
            "MailOut",
            "Mail goes unencrypted only to this computer itself (localhost); use STARTTLS or SSL for {host}.",
        ).format(host=config.host.strip())
    if not _EMAIL.match(config.from_address.strip()):
        errors["from_address"] = translate(
            "MailOut", "The From address is not an email address (expected name@example.com)."
        )
    if len(config.from_name) > _MAX_NAME:
        errors["from_name"] = translate("MailOut", "The sender's name is at most {n} characters.").format(
            n=_MAX_NAME
        )
    if config.ca_file.strip():
        problem = _ca_problem(Path(config.ca_file.strip()))
        if problem:
            errors["ca_file"] = problem
    if errors:
        raise ValidationFailed(errors)


def _ca_problem(path: Path) -> str | None:
    """Why ``path`` cannot be used as the CA file, or None."""
    if not path.is_absolute():
        return translate("MailOut", "Give the CA file's full path.")
    try:
        ssl.create_default_context(cafile=str(path))
    except FileNotFoundError:
        return translate("MailOut", "There is no CA file {file}.").format(file=path)
    except (ssl.SSLError, ValueError):
        return translate("MailOut", "{file} holds no certificate in PEM format.").format(file=path)
    except OSError as exc:
        return translate("MailOut", "The CA file {file} cannot be read: {error}").format(
            file=path, error=exc.strerror
        )
    return None


def read_config(db: Database) -> SmtpConfig | None:
    with db.read() as session:
        text = read_raw(session, CONFIG_KEY)
    if not text:
        return None
    try:
        data = json.loads(text)
        known = {f.name for f in fields(SmtpConfig)}
        return SmtpConfig(**{k: v for k, v in data.items() if k in known})
    except (ValueError, TypeError, AttributeError):
        raise UserError(
            translate("MailOut", "The outgoing mail settings are damaged; set them again.")
        ) from None


def configure(db: Database, actor: Actor, config: SmtpConfig) -> None:
    """Keep the settings (the password is ``save``'s)."""
    save(db, actor, config)


def save(
    db: Database,
    actor: Actor,
    config: SmtpConfig,
    password: str | None = None,
    *,
    store: SecretSetter | None = None,
) -> SmtpConfig:
    """Check and keep ``config``; ``password`` (None: unchanged) goes to the keyring first, so
    a keyring that refuses it leaves the old settings as they were."""
    actor.require(Permission.CHANGE_SETTINGS)
    config = config.stripped()
    check(config)
    if password is not None and not config.username:
        raise ValidationFailed(
            {
                "password": translate(
                    "MailOut", "A password is kept only with a user name; give the user name."
                )
            }
        )
    if password:
        try:
            (store or store_password)(config.username, password)
        except Exception as exc:  # the keyring's errors differ per platform
            raise UserError(
                translate(
                    "MailOut", "The password could not be kept in this computer's keyring: {error}"
                ).format(error=exc.__class__.__name__)
            ) from None
    before = read_config_quietly(db)
    with db.write() as session:
        write_raw(session, CONFIG_KEY, json.dumps(asdict(config)))
        # The department's own server and address are not personal data, but the audit log
        # names what changed, not to what.
        changed = [
            f.name
            for f in fields(SmtpConfig)
            if before is None or getattr(before, f.name) != getattr(config, f.name)
        ]
        details: dict[str, object] = {"security": config.security, "changed": changed}
        if password:
            details["password_changed"] = True
        audit.record(session, actor, "settings.mail_out", None, details)
    return config


def read_config_quietly(db: Database) -> SmtpConfig | None:
    """The settings, or None when there are none or they are damaged (saving replaces them)."""
    try:
        return read_config(db)
    except UserError:
        return None
