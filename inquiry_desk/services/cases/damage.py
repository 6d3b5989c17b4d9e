"""Damaged case records: quarantined, named, and recorded in the audit log once.

Every personal field is sealed with AES-GCM (store/crypto.py), so a flipped bit on disk or
an edit made outside the app shows as a failed integrity check when the field is opened.
Such a failure spoils one case, never the register: the register shows the case with its
plain facts and marks it damaged, and opening it raises `CaseDamaged`, which names the case
and says how an administrator gets it back.

A case key that no longer unwraps is damage of the same kind, not a wrong master key:
`App.open` has checked the master key against the database before any case is read.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inquiry_desk.domain.errors import DatabaseProblem, UserError
from inquiry_desk.domain.i18n import in_language, translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.store.crypto import DecryptionFailed
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import AuditEntry

log = logging.getLogger(__name__)

DAMAGE_ACTION = "case.damaged"
# The audit row of a restore (services/purge/backup.py): damage found before it may be gone.
RESTORE_ACTION = "backup.restore"

# Which record of a case failed, as the audit log names it (never its content): these two,
# a party's role ("applicant", "representative") or a sealed purpose ("note", "message", ...).
CASE_KEY = "case_key"
# A stored file (the chunks of an attachment, store/blobs.py): the rest of the case still opens.
ATTACHMENT_FILE = "attachment_file"


def damaged_message(ref: str, record: str = "", *, on_server: bool) -> str:
    """What the person at the desk reads, with the way back for the administrator.

    A restore replaces the whole SQLite database (services/purge/backup.py) and refuses while
    a window has it open; on a database server the server's own backup is the way back.
    """
    if record == ATTACHMENT_FILE:
        what = translate(
            "CaseService",
            "A stored file of {ref} is damaged (it failed its integrity check) and cannot be "
            "opened. The rest of the case and the other cases are not affected.",
        )
    else:
        what = translate(
            "CaseService",
            "The stored record of {ref} is damaged (it failed its integrity check), so the case "
            "cannot be opened. The other cases are not affected.",
        )
    if on_server:
        advice = translate(
            "CaseService",
            "An administrator can restore it from the database server's backup (pg_dump or the "
            "server's backup tool) made before the damage.",
        )
    else:
        advice = translate(
            "CaseService",
            "An administrator can restore it from a recent backup made before the damage: close "
            "the application window, then run `inquiry-desk restore BACKUP-FILE --yes`. A restore "
            "replaces the whole database, so changes made to any case since that backup are lost "
            "and must be entered again.",
        )
    # Two sentences of their own, so each translates whole; Japanese puts no space between.
    return what.format(ref=ref) + in_language(" ", "") + advice


class CaseDamaged(UserError):
    """A sealed record of the case ``ref`` failed its integrity check (``record`` says which)."""

    def __init__(self, ref: str, record: str, *, on_server: bool) -> None:
        super().__init__(damaged_message(ref, record, on_server=on_server))
        self.ref = ref
        self.record = record


class DamageLog:
    """Records each damaged record in the audit log once, without any of its content.

    Once per process from memory (the register is rebuilt after every change), and once
    per installation from the log itself: a record already reported since the last restore
    is not reported again by the next command or window.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._reported: set[tuple[str, str]] = set()

    @property
    def on_server(self) -> bool:
        return not self._db.is_sqlite

    @contextmanager
    def reading(self, ref: str, record: str) -> Iterator[None]:
        """Opens sealed data of the case ``ref``; a failed integrity check becomes `CaseDamaged`."""
        try:
            yield
        except DecryptionFailed as exc:
            raise CaseDamaged(ref, record, on_server=self.on_server) from exc

    def report(self, actor: Actor | str, damaged: Iterable[tuple[str, str]], found_by: str) -> None:
        """Audit (ref, record) pairs not reported yet. Never fails the caller: the register
        must open even on a database that refuses writes (the damage is reported next time)."""
        new = sorted(set(damaged) - self._reported)
        if not new:
            return
        try:
            with self._db.write() as session:
                known = _reported_since_restore(session, {ref for ref, _ in new})
                for ref, record in new:
                    if (ref, record) not in known:
                        audit.record(
                            session, actor, DAMAGE_ACTION, ref, {"record": record, "found_by": found_by}
                        )
        except DatabaseProblem as exc:
            log.warning("damaged records of %s not audited yet: %s", [ref for ref, _ in new], exc.message)
            return
        self._reported.update(new)


def _reported_since_restore(session: Session, refs: set[str]) -> set[tuple[str, str]]:
    since = session.scalar(select(func.max(AuditEntry.id)).where(AuditEntry.action == RESTORE_ACTION)) or 0
    rows = session.execute(
        select(AuditEntry.case_ref, AuditEntry.details).where(
            AuditEntry.action == DAMAGE_ACTION, AuditEntry.case_ref.in_(refs), AuditEntry.id > since
        )
    )
    known: set[tuple[str, str]] = set()
    for ref, details in rows:
        try:
            record = json.loads(details).get("record")
        except (ValueError, AttributeError):
            continue
        if ref is not None and isinstance(record, str):
            known.add((ref, record))
    return known
