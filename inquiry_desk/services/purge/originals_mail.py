"""The mailbox side of the purge's originals: where a recorded message is, and a session
with its mail server that reports every failure as a MailboxError with a code.

A message is found again in its folder by the keyed hash of its Message-ID (or of its
bytes, if it has none), each folder read once (`MessageFinder`); a deletion is believed
only once the server no longer lists the message. services/purge/originals.py erases
with these and reads the mailbox's archive for the check.
"""

from __future__ import annotations

import contextlib
import imaplib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from inquiry_desk.domain.errors import UserError
from inquiry_desk.intake.imap_client import ImapConfig, ImapMailbox, MailboxError
from inquiry_desk.services.intake.mailbox import MailOpener, read_mailbox_config
from inquiry_desk.services.intake.originals import FILE, message_id_mac, source_mac
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.purge.scan import MAILBOX, WATCH_FOLDER
from inquiry_desk.store.engine import Database

# Seconds to wait for the mail server during a purge: the window may be waiting on it.
MAIL_TIMEOUT_S = 20.0


@dataclass(frozen=True)
class Original:
    id: int
    kind: str
    location: str
    mailbox: str | None
    moving_to: str | None
    uidvalidity: int | None
    uid: int | None
    message_id_mac: str | None
    source_mac: str | None

    @property
    def place(self) -> tuple[str, str]:
        if self.kind == FILE:
            return WATCH_FOLDER, str(Path(self.location).parent.parent)
        return MAILBOX, f"{self.mailbox}/{self.moving_to or self.location}"

    @property
    def folders(self) -> list[str]:
        """Where the message may be: where it was recorded, and where it was being moved to."""
        return list(dict.fromkeys(f for f in (self.location, self.moving_to) if f))


def config_for(identity: str, current: ImapConfig | None) -> ImapConfig | None:
    """The recorded mailbox ("user@host:port"), with the current settings' timeout if it is theirs."""
    account, _, port = identity.rpartition(":")
    username, _, host = account.rpartition("@")
    if not host or not port.isdigit():
        return None
    timeout = current.timeout if current is not None and current.identity == identity else MAIL_TIMEOUT_S
    return ImapConfig(host=host, port=int(port), username=username, timeout=min(timeout, MAIL_TIMEOUT_S))


def current_config(db: Database) -> ImapConfig | None:
    try:
        return read_mailbox_config(db)
    except UserError:  # damaged settings: the recorded mailboxes are still known
        return None


@contextmanager
def mail_session(opener: MailOpener, config: ImapConfig) -> Iterator[ImapMailbox]:
    """An open mailbox; every failure, also one in mid-session, as MailboxError with a code."""
    try:
        box = opener.open(config)
    except MailboxError:
        raise
    except (OSError, imaplib.IMAP4.error):
        raise MailboxError("", "unreachable") from None
    try:
        yield box
    except (OSError, imaplib.IMAP4.abort):
        raise MailboxError("", "unreachable") from None
    except imaplib.IMAP4.error:
        raise MailboxError("", "refused") from None
    finally:
        with contextlib.suppress(Exception):
            box.close()


class MessageFinder:
    """Finds recorded messages in one mailbox by their keyed hashes, a folder read once."""

    def __init__(self, box: ImapMailbox, keys: KeyService) -> None:
        self.box, self.keys = box, keys
        self._selected: str | None = None
        self._by_id: dict[str, dict[str, set[int]]] = {}  # folder -> Message-ID hash -> UIDs
        self._no_id: dict[str, set[int]] = {}  # folder -> UIDs of messages without a Message-ID
        self._by_source: dict[str, dict[str, set[int]]] = {}
        self._validity: dict[str, int] = {}

    def select(self, folder: str) -> bool:
        """False if the folder is not there (then neither are its messages)."""
        if self._selected == folder:
            return True
        try:
            self.box.select(folder)
        except MailboxError as exc:
            self._selected = None
            if exc.code == "no_folder":
                return False
            raise
        self._selected = folder
        self._validity[folder] = self.box.uidvalidity
        return True

    def _index(self, folder: str) -> None:
        if folder in self._by_id:
            return
        uids = self.box.search("ALL")
        headers = self.box.message_ids(uids)
        by_id: dict[str, set[int]] = {}
        no_id: set[int] = set()
        for uid in uids:
            mac = message_id_mac(self.keys, headers.get(uid, b""))
            if mac is None:
                no_id.add(uid)
            else:
                by_id.setdefault(mac, set()).add(uid)
        self._by_id[folder], self._no_id[folder] = by_id, no_id

    def _source(self, folder: str, wanted: str, hint: int | None) -> set[int]:
        if hint is not None and hint in self._no_id[folder]:
            raw = self.box.fetch(hint)  # the recorded UID first: usually the one
            if raw is not None and source_mac(self.keys, raw) == wanted:
                return {hint}
        if folder not in self._by_source:
            index: dict[str, set[int]] = {}
            for uid in sorted(self._no_id[folder]):
                raw = self.box.fetch(uid)
                if raw is not None:
                    index.setdefault(source_mac(self.keys, raw), set()).add(uid)
            self._by_source[folder] = index
        return set(self._by_source[folder].get(wanted, set()))

    def locate(self, folder: str, original: Original) -> set[int]:
        if not self.select(folder):
            return set()
        self._index(folder)
        if original.message_id_mac:
            return set(self._by_id[folder].get(original.message_id_mac, set()))
        if not original.source_mac:
            return set()
        valid = original.uidvalidity == self._validity[folder] and original.location == folder
        return self._source(folder, original.source_mac, original.uid if valid else None)

    def delete(self, folder: str, uids: set[int]) -> None:
        self.select(folder)
        self.box.delete(sorted(uids))
        # Believed only once gone: a server that answered OK but kept them is caught here.
        if set(self.box.search("UID " + ",".join(str(u) for u in sorted(uids)))) & uids:
            raise MailboxError("", "refused")
        for index in (*self._by_id.get(folder, {}).values(), *self._by_source.get(folder, {}).values()):
            index -= uids
        self._no_id.get(folder, set()).difference_update(uids)
