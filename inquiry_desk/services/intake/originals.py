"""Where the importer leaves each original it took in, so that the purge can erase it too.

The watched folder moves an imported file to ``processed/`` and the mailbox poll moves a
message to its archive folder (or flags it where it is). Staff keep seeing there what
arrived while the case is worked on; once the case is purged its originals go as well
(services/purge/originals.py). Each original is recorded in ``intake_originals`` inside
the import's own transaction, before the file or message is moved: a crash between the
two leaves a record of a move that did not happen (the purge finds nothing there and
says so) rather than an original nobody knows of.

Nothing recorded is personal in clear. A file in ``processed/`` is renamed to the case
reference and a random token (the name it arrived with may be the applicant's); a message
is known by its mailbox, folder and UID, and by keyed hashes of its Message-ID (which may
hold a name) and of its bytes, under the installation's key rather than the case key, so
that a deletion that must wait for the mail server outlives the case key.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from inquiry_desk.intake.filenames import unique_path_in
from inquiry_desk.intake.imap_client import Filed
from inquiry_desk.services.keys import KeyService
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import Case, IntakeOriginal

FILE = "file"
MAIL = "mail"

_SUFFIX = re.compile(r"\.[a-z0-9]{1,8}")


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _case_id(session: Session, ref: str) -> int:
    case_id = session.scalar(select(Case.id).where(Case.ref == ref))
    if case_id is None:  # the importer just wrote or found this case: a bug if it is missing
        raise LookupError(f"no case {ref} to record an original for")
    return int(case_id)


# --- files in processed/ -------------------------------------------------------------------
def processed_path(folder: Path, ref: str, original: Path) -> Path:
    """A new name in ``folder`` for an imported file: the reference, a random token and the
    file's own extension, so that nothing of the name it came with (a person's, often) stays."""
    suffix = original.suffix.lower()
    if not _SUFFIX.fullmatch(suffix):
        suffix = ""
    return unique_path_in(folder, f"{ref}-{secrets.token_hex(4)}{suffix}")


def record_file(session: Session, ref: str, path: Path) -> None:
    session.add(
        IntakeOriginal(
            case_id=_case_id(session, ref), kind=FILE, location=str(path), archived_at=_now(), attempts=0
        )
    )


# --- messages in an IMAP folder -------------------------------------------------------------
def message_id_mac(keys: KeyService, raw: bytes) -> str | None:
    """A keyed hash of a message's Message-ID, from its header (the whole message or only the
    header lines, as an IMAP FETCH of that field gives them); None if it has none."""
    value = BytesHeaderParser(policy=compat32).parsebytes(raw).get("Message-ID")
    if value is None:
        return None
    text = "".join(str(value).split())
    if not text:
        return None
    return keys.mac(b"intake original message-id\0" + text.encode("utf-8", "surrogateescape"))


def source_mac(keys: KeyService, raw: bytes) -> str:
    return keys.mac(b"intake original source\0" + hashlib.sha256(raw).digest())


class MailRecorder:
    """Records one fetched message against the case it went to, then where the move left it.

    Called by the importer inside its transaction (`__call__`), so the record commits with
    the case; `filed` updates it after the server moved or flagged the message.
    """

    def __init__(
        self,
        keys: KeyService,
        *,
        mailbox: str,
        folder: str,
        uidvalidity: int,
        uid: int,
        raw: bytes,
        moving_to: str | None,
    ) -> None:
        self._values = {
            "kind": MAIL,
            "mailbox": mailbox,
            "location": folder,
            "moving_to": moving_to,
            "uidvalidity": uidvalidity or None,
            "uid": uid,
            "message_id_mac": message_id_mac(keys, raw),
            "source_mac": source_mac(keys, raw),
        }
        self._ids: list[int] = []

    def __call__(self, session: Session, ref: str) -> None:
        row = IntakeOriginal(case_id=_case_id(session, ref), archived_at=_now(), attempts=0, **self._values)
        session.add(row)
        session.flush()
        self._ids.append(row.id)

    def filed(self, db: Database, where: Filed) -> None:
        if not self._ids:
            return
        with db.write() as session:
            session.execute(
                update(IntakeOriginal)
                .where(IntakeOriginal.id.in_(self._ids))
                .values(location=where.folder, uidvalidity=where.uidvalidity, uid=where.uid, moving_to=None)
            )
