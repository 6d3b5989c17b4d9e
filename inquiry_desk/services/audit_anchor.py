"""The audit chain's head, kept outside the database, so that cutting off its end shows.

The hash chain catches a changed or removed row in the middle; deleting the last rows
leaves a shorter chain that still verifies. So every process remembers, in this PC's
keyring, the last row it wrote and that row's hash. `verify-audit` then requires that
row to be in the table with the same hash: a chain cut off before it, or rewritten up to
it, fails. The keyring is written at most once a second and when the App closes, so a
long import does not wait on it; a kill may leave the anchor a little behind the chain,
which is never a false alarm.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from inquiry_desk.domain.i18n import translate
from inquiry_desk.store.engine import Database
from inquiry_desk.store.masterkey import MasterKeyStore
from inquiry_desk.store.models import AuditEntry

# session.info key set by audit.record: (id, hash) of the last row the transaction wrote.
LAST_ROW = "inquiry_desk.audit.last_row"
_INTERVAL = 1.0
_anchors: dict[int, AuditAnchor] = {}


class AuditAnchor:
    def __init__(self, db: Database, store: MasterKeyStore, install_id: str) -> None:
        self._db = db
        self._store = store
        self._entry = f"{install_id}:audit-anchor"
        self._pending: tuple[int, str] | None = None
        self._saved_at = 0.0
        _anchors[id(db.engine.pool)] = self

    def note(self, row_id: int, digest: str) -> None:
        self._pending = (row_id, digest)
        if time.monotonic() - self._saved_at >= _INTERVAL:
            self.flush()

    def flush(self) -> None:
        if self._pending is None:
            return
        row_id, digest = self._pending
        current = self.load()
        if current is None or current[0] <= row_id:
            self._store.save(self._entry, f"{row_id}:{digest}".encode())
        self._pending, self._saved_at = None, time.monotonic()

    def reset(self, row_id: int, digest: str) -> None:
        """After a restore: the restored chain's head is the one to hold from now on."""
        self._store.save(self._entry, f"{row_id}:{digest}".encode())
        self._pending = None

    def load(self) -> tuple[int, str] | None:
        blob = self._store.load(self._entry)
        if not blob:
            return None
        row_id, _, digest = blob.decode().partition(":")
        return int(row_id), digest

    def problem(self) -> str | None:
        """What is wrong with the chain's end, or None."""
        self.flush()
        anchor = self.load()
        if anchor is None:
            return None
        with self._db.read() as session:
            digest = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == anchor[0]))
        if digest is None:
            return translate(
                "AuditLog", "entry {entry} and those after it were deleted (this PC wrote it)"
            ).format(entry=anchor[0])
        if digest != anchor[1]:
            return translate("AuditLog", "entry {entry} was rewritten (this PC wrote it)").format(
                entry=anchor[0]
            )
        return None

    def close(self) -> None:
        self.flush()
        _anchors.pop(id(self._db.engine.pool), None)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    last: Any = session.info.pop(LAST_ROW, None)
    bind = session.bind
    if last is None or bind is None:
        return
    anchor = _anchors.get(id(getattr(bind, "pool", None)))
    if anchor is not None:
        anchor.note(*last)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(LAST_ROW, None)
