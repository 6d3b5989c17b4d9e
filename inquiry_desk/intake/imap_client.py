"""A small IMAP client for the department's mailbox: TLS only, UIDs, move or flag, and for
the purge: find a filed message again, and delete it.

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
_COPYUID = re.compile(rb"^(\d+) (\S+) (\S+)$")
_BATCH = 200  # UIDs per FETCH: a command line of a few kB


class MailboxError(Exception):
    """`reason` is the line for staff; `code` says what failed, for callers that keep it
    (the purge stores it with a deletion that has to wait): "unreachable", "signin",
    "no_folder" or "refused" (the server answered NO or BAD)."""

    def __init__(self, reason: str, code: str = "refused") -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


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

    @property
    def identity(self) -> str:
        """Which mailbox this is, as the purge records it: the office's account, not personal data."""
        return f"{self.username}@{self.host}:{self.port}"

    @property
    def filed_in(self) -> str:
        """The folder where imported messages stay: the one moved to, or the flagged ones' own."""
        return self.folder if self.after == "flag" else self.move_to

    def filed_criteria(self) -> str:
        """An IMAP SEARCH for the messages the importer filed in `filed_in`."""
        if self.after != "flag":
            return "ALL"
        if self.flag.startswith("\\"):
            return self.flag[1:].upper()  # \Seen -> SEEN, \Flagged -> FLAGGED
        return f"KEYWORD {self.flag}"


@dataclass(frozen=True)
class Filed:
    """Where `ImapMailbox.done` left a message: its folder, and its UID there if the server said."""

    folder: str
    uidvalidity: int | None
    uid: int | None


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
        if self._conn is None:  # opened already by whoever handed it over (MailOpener)
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
                ),
                "unreachable",
            ) from None
        self._conn = conn
        try:
            conn.login(cfg.username, self._password)
        except imaplib.IMAP4.error:
            self.close()
            raise MailboxError(
                translate("Intake", "The mail server refused the sign-in of {user}.").format(
                    user=cfg.username
                ),
                "signin",
            ) from None
        except OSError as exc:
            self.close()
            raise MailboxError(
                translate("Intake", "Cannot reach the mail server {host}:{port} ({error}).").format(
                    host=cfg.host, port=cfg.port, error=exc
                ),
                "unreachable",
            ) from None
        self.select(cfg.folder)

    def select(self, folder: str) -> None:
        """Open `folder` (the configured one is opened by `open`); sets `uidvalidity`."""
        conn = self.conn
        try:
            typ, _ = conn.select(_quote(folder))
        except OSError as exc:
            raise MailboxError(
                translate("Intake", "Cannot reach the mail server {host}:{port} ({error}).").format(
                    host=self.config.host, port=self.config.port, error=exc
                ),
                "unreachable",
            ) from None
        if typ != "OK":
            self.uidvalidity = 0
            raise MailboxError(
                translate("Intake", "The mail folder {folder} does not exist.").format(folder=folder),
                "no_folder",
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

    def done(self, uid: int) -> Filed:
        """Move the message to the configured folder, or set the configured flag; says where it is."""
        cfg = self.config
        conn = self.conn
        if cfg.after == "flag":
            typ, _ = conn.uid("STORE", str(uid), "+FLAGS", f"({cfg.flag})")
            if typ != "OK":
                raise MailboxError(translate("Intake", "The mail server refused to flag a message."))
            return Filed(cfg.folder, self.uidvalidity, uid)
        target = _quote(cfg.move_to)
        conn.create(target)  # fails harmlessly when it exists
        conn.response("COPYUID")  # forget an earlier answer: only this move's counts
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
        # UIDPLUS servers answer with [COPYUID <validity> <old uids> <new uids>].
        for answer in _flatten(conn.response("COPYUID")[1]):
            found = _COPYUID.match(answer.strip())
            if found and found.group(2) == str(uid).encode() and found.group(3).isdigit():
                return Filed(cfg.move_to, int(found.group(1)), int(found.group(3)))
        return Filed(cfg.move_to, None, None)

    # --- what the purge needs: find messages again, read them, delete them ---------------
    def search(self, criteria: str = "ALL") -> list[int]:
        """UIDs of the selected folder's messages that match an IMAP SEARCH."""
        typ, data = self.conn.uid("SEARCH", criteria)
        if typ != "OK":
            raise MailboxError(translate("Intake", "The mail server refused to list the messages."))
        return sorted(int(x) for x in b" ".join(_flatten(data)).split())

    def message_ids(self, uids: list[int]) -> dict[int, bytes]:
        """The Message-ID header lines of these messages (b"" for a message without one)."""
        out: dict[int, bytes] = {}
        for start in range(0, len(uids), _BATCH):
            part = ",".join(str(u) for u in uids[start : start + _BATCH])
            typ, data = self.conn.uid("FETCH", part, "(UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
            if typ != "OK":
                raise MailboxError(translate("Intake", "The mail server refused to send a message."))
            for item in data:
                if isinstance(item, tuple):
                    found = _UID.search(item[0])
                    if found:
                        out[int(found.group(1))] = bytes(item[1])
        return out

    def delete(self, uids: list[int]) -> None:
        """Mark these messages deleted and expunge them (only them, where the server allows it)."""
        if not uids:
            return
        conn = self.conn
        part = ",".join(str(u) for u in sorted(uids))
        typ, _ = conn.uid("STORE", part, "+FLAGS.SILENT", "(\\Deleted)")
        if typ == "OK":
            typ, _ = conn.uid("EXPUNGE", part) if b"UIDPLUS" in _caps(conn) else conn.expunge()
        if typ != "OK":
            raise MailboxError(translate("Intake", "The mail server refused to delete a message."))


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
