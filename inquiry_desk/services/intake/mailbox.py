"""Polling the department's IMAP mailbox into cases.

Each message is fetched once: the folder's UIDVALIDITY and the last UID imported are
kept in the settings table. If UIDVALIDITY changes (the server rebuilt the folder),
the whole folder is read again and Message-ID duplicate detection keeps it from
making second cases. After import a message is moved or flagged (configurable); a
refused one stays where it is, unflagged, for staff to look at in their mail program.

The moved (or flagged) message is the case's original as it arrived, kept there for
staff while the case is worked on: the import records where it went, inside its own
transaction (services/intake/originals.py), and the purge deletes it from the server
with the case's data — or, if the server cannot be reached then, at a later purge run.

The password lives in the OS keyring (service "inquiry-desk-imap", user = the IMAP
user name): never in the database, never in a log line.
"""

from __future__ import annotations

import json
import logging
import ssl
from collections.abc import Callable
from dataclasses import asdict

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.imap_client import ImapConfig, ImapMailbox, MailboxError
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.app import App
from inquiry_desk.services.intake.importer import ImportResult, ImportService, ImportStatus
from inquiry_desk.services.intake.originals import MailRecorder
from inquiry_desk.services.settings.lifecycle import read_raw, write_raw
from inquiry_desk.store.engine import Database

log = logging.getLogger(__name__)

KEYRING_SERVICE = "inquiry-desk-imap"
CONFIG_KEY = "imap"
STATE_KEY = "imap.state"

SecretGetter = Callable[[str], str | None]


def keyring_password(username: str) -> str | None:
    import keyring

    return keyring.get_password(KEYRING_SERVICE, username)


def store_password(username: str, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, username, password)


def read_mailbox_config(db: Database) -> ImapConfig | None:
    with db.read() as session:
        text = read_raw(session, CONFIG_KEY)
    if not text:
        return None
    try:
        return ImapConfig(**json.loads(text))
    except (ValueError, TypeError):
        raise UserError(translate("Intake", "The mailbox settings are damaged; set them again.")) from None


class MailOpener:
    """Signs in to a mailbox: the password from the keyring (or what a test gives), TLS verified
    against the system's CAs (or a test's own). The poll and the purge both open mailboxes here."""

    def __init__(
        self, secret: SecretGetter = keyring_password, ssl_context: ssl.SSLContext | None = None
    ) -> None:
        self._secret = secret
        self._ssl = ssl_context

    def open(self, config: ImapConfig) -> ImapMailbox:
        """An open session (close it, or use it as a context manager); MailboxError if not."""
        try:
            password = self._secret(config.username)
        except Exception:  # no keyring in this session (a scheduled job without one, say)
            password = None
        if not password:
            raise MailboxError(
                translate(
                    "Intake", "No password for {user} in this computer's keyring (service {service})."
                ).format(user=config.username, service=KEYRING_SERVICE),
                "no_password",
            )
        box = ImapMailbox(config, password, self._ssl)
        box.open()
        return box


class MailboxService:
    def __init__(
        self, app: App, *, secret: SecretGetter = keyring_password, ssl_context: ssl.SSLContext | None = None
    ) -> None:
        self.app = app
        self._opener = MailOpener(secret, ssl_context)

    # --- settings --------------------------------------------------------------------
    def config(self) -> ImapConfig | None:
        return read_mailbox_config(self.app.db)

    def configure(self, actor: Actor, config: ImapConfig) -> None:
        actor.require(Permission.CHANGE_SETTINGS)
        if config.after not in ("move", "flag"):
            raise UserError(translate("Intake", "After import, a message is either moved or flagged."))
        with self.app.db.write() as session:
            write_raw(session, CONFIG_KEY, json.dumps(asdict(config)))
            audit.record(session, actor, "settings.mailbox", None, {"after": config.after})

    def _state(self) -> tuple[int, int]:
        with self.app.db.read() as session:
            text = read_raw(session, STATE_KEY)
        if not text:
            return 0, 0
        data = json.loads(text)
        return int(data.get("uidvalidity", 0)), int(data.get("last_uid", 0))

    def _save_state(self, uidvalidity: int, last_uid: int) -> None:
        with self.app.db.write() as session:
            write_raw(session, STATE_KEY, json.dumps({"uidvalidity": uidvalidity, "last_uid": last_uid}))

    # --- polling ---------------------------------------------------------------------
    def poll(self, actor: Actor) -> list[ImportResult]:
        actor.require(Permission.IMPORT)
        config = self.config()
        if config is None:
            raise UserError(translate("Intake", "No mailbox is set up."))
        importer = ImportService(self.app)
        results: list[ImportResult] = []
        try:
            with self._opener.open(config) as box:
                validity, last_uid = self._state()
                if validity != box.uidvalidity:
                    # A rebuilt folder renumbers its messages: read all, duplicates are skipped.
                    last_uid = 0
                for uid, raw in box.iter_new(last_uid):
                    # Recorded where it is now and where it is going: a crash before the move
                    # is confirmed leaves the purge both folders to look in.
                    recorder = MailRecorder(
                        self.app.keys,
                        mailbox=config.identity,
                        folder=config.folder,
                        uidvalidity=box.uidvalidity,
                        uid=uid,
                        raw=raw,
                        moving_to=config.move_to if config.after == "move" else None,
                    )
                    result = importer.import_bytes(
                        actor, raw, f"imap:{config.folder}:{uid}", on_stored=recorder
                    )
                    if result.status is not ImportStatus.REFUSED:
                        recorder.filed(self.app.db, box.done(uid))
                    # Saved after each message: a crash re-fetches at most one, which is a duplicate.
                    self._save_state(box.uidvalidity, uid)
                    results.append(result)
                if validity != box.uidvalidity and not results:
                    self._save_state(box.uidvalidity, 0)
        except MailboxError as exc:
            raise UserError(exc.reason) from None
        counts: dict[str, object] = {s.value: sum(r.status is s for r in results) for s in ImportStatus}
        self.app.audit_event(actor, "import.mailbox", None, counts)
        return results
