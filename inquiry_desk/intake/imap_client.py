"""A small IMAP client for the department's mailbox: TLS only, UIDs, move or flag.

Qt-free and SQL-free. Uses imaplib's IMAP4_SSL with a caller-supplied SSL context (the
default verifies the server certificate; tests pass a context trusting their own CA).
Every failure reaches callers as `MailboxError` with one line for staff; the password
never appears in a message.
"""

from __future__ import annotations

import imaplib
import re
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType

from inquiry_desk.domain.i18n import translate

_UIDVALIDITY = re.compile(rb"UIDVALIDITY (\d+)")
_UID = re.compile(rb"UID (\d+)")


class MailboxError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int = 993
    username: str = ""
    folder: str = "INBOX"
    # After import: "move" to `move_to`, or "flag" with `flag` (a keyword or \\Seen).
    after: str = "move"
    move_to: str = "Imported"
    flag: str = "$Imported"
    timeout: float = 30.0


def _quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


class ImapMailbox:
    """One session with the server; use as a context manager."""

    def __init__(self, config: ImapConfig, password: str, ssl_context: ssl.SSLContext | None = None) -> None:
        self.config = config
        self._password = password
        self._context = ssl_context or ssl.create_default_context()
        self._conn: imaplib.IMAP4_SSL | None = None
        self.uidvalidity = 0

    def __enter__(self) -> ImapMailbox:
        self.open()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def open(self) -> None:
        cfg = self.config
        try:
            conn = imaplib.IMAP4_SSL(cfg.host, cfg.port, ssl_context=self._context, timeout=cfg.timeout)
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailboxError(
                translate("Intake", "Cannot reach the mail server {host}:{port} ({error}).").format(
                    host=cfg.host, port=cfg.port, error=exc
                )
            ) from None
        self._conn = conn
        try:
            conn.login(cfg.username, self._password)
        except imaplib.IMAP4.error:
            self.close()
            raise MailboxError(
                translate("Intake", "The mail server refused the sign-in of {user}.").format(
                    user=cfg.username
                )
            ) from None
        typ, _ = conn.select(_quote(cfg.folder))
        if typ != "OK":
            self.close()
            raise MailboxError(
                translate("Intake", "The mail folder {folder} does not exist.").format(folder=cfg.folder)
            )
        found = _UIDVALIDITY.search(b" ".join(_flatten(conn.response("UIDVALIDITY")[1])))
        self.uidvalidity = int(found.group(1)) if found else 0

    def close(self) -> None:
        if self._conn is None:
            return
        conn, self._conn = self._conn, None
        try:
            if conn.state == "SELECTED":
                conn.close()
            conn.logout()
        except (OSError, imaplib.IMAP4.error):
            conn.shutdown()

    @property
    def conn(self) -> imaplib.IMAP4_SSL:
        if self._conn is None:
            raise MailboxError(translate("Intake", "The mailbox is not open."))
        return self._conn

    def uids_after(self, last_uid: int) -> list[int]:
        typ, data = self.conn.uid("SEARCH", f"UID {last_uid + 1}:*")
        if typ != "OK":
            raise MailboxError(translate("Intake", "The mail server refused to list the messages."))
        # "n:*" always matches the highest UID, even when it is <= last_uid.
        return sorted(u for u in (int(x) for x in b" ".join(_flatten(data)).split()) if u > last_uid)

    def fetch(self, uid: int) -> bytes | None:
        # BODY.PEEK: reading must not mark the message seen; the import decides what happens.
        typ, data = self.conn.uid("FETCH", str(uid), "(UID BODY.PEEK[])")
        if typ != "OK":
            raise MailboxError(translate("Intake", "The mail server refused to send a message."))
        for item in data:
            if isinstance(item, tuple) and _UID.search(item[0]):
                return bytes(item[1])
        return None  # expunged meanwhile

    def iter_new(self, last_uid: int) -> Iterator[tuple[int, bytes]]:
        for uid in self.uids_after(last_uid):
            raw = self.fetch(uid)
            if raw is not None:
                yield uid, raw

    def done(self, uid: int) -> None:
        """Move the message to the configured folder, or set the configured flag."""
        cfg = self.config
        conn = self.conn
        if cfg.after == "flag":
            typ, _ = conn.uid("STORE", str(uid), "+FLAGS", f"({cfg.flag})")
            if typ != "OK":
                raise MailboxError(translate("Intake", "The mail server refused to flag a message."))
            return
        target = _quote(cfg.move_to)
        conn.create(target)  # fails harmlessly when it exists
        if b"MOVE" in _caps(conn):
            typ, _ = conn.uid("MOVE", str(uid), target)
        else:
            typ, _ = conn.uid("COPY", str(uid), target)
            if typ == "OK":
                conn.uid("STORE", str(uid), "+FLAGS", "(\\Deleted)")
                typ, _ = conn.uid("EXPUNGE", str(uid)) if b"UIDPLUS" in _caps(conn) else conn.expunge()
        if typ != "OK":
            raise MailboxError(
                translate("Intake", "The mail server refused to move a message to {folder}.").format(
                    folder=cfg.move_to
                )
            )


def _caps(conn: imaplib.IMAP4_SSL) -> set[bytes]:
    return set(b" ".join(_flatten(conn.capability()[1])).upper().split())


def _flatten(data: list[object] | list[bytes] | list[None] | object) -> list[bytes]:
    out: list[bytes] = []
    items = data if isinstance(data, list) else [data]
    for item in items:
        if isinstance(item, bytes):
            out.append(item)
        elif isinstance(item, tuple):
            out.extend(x for x in item if isinstance(x, bytes))
    return out
