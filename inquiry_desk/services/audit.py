"""The tamper-evident audit log: who did what, when, to which case — never personal data.

Each row carries the SHA-256 of its own content and of the row before, so editing or
deleting a row (which the database triggers refuse anyway) breaks the chain where
`verify_chain` will find it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, insert, select
from sqlalchemy.orm import Session, SessionTransaction

from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import Actor
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import AuditEntry

if TYPE_CHECKING:
    from inquiry_desk.services.audit_check import AuditCheck

GENESIS = "0" * 64
# Details are for non-personal facts (counts, document names, states). These keys
# would invite personal data and are refused outright.
_FORBIDDEN_KEYS = frozenset({"name", "email", "phone", "address", "fax", "body", "subject", "note"})


def _digest(prev: str, at: datetime, actor: str, action: str, case_ref: str | None, details: str) -> str:
    canonical = json.dumps(
        [prev, at.isoformat(), actor, action, case_ref, details], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def chained_row(
    prev: str, at: datetime, actor: str, action: str, case_ref: str | None, details: Mapping[str, Any]
) -> dict[str, Any]:
    """The column values of an audit row chained onto `prev`: the one definition of how
    details are serialised and hashed, for `record` and for bulk writers (the purge)."""
    bad = _FORBIDDEN_KEYS & set(details)
    if bad:
        raise ValueError(f"audit details may not carry personal fields: {sorted(bad)}")
    text = json.dumps(dict(details), ensure_ascii=False, sort_keys=True, default=str)
    return {
        "at": at,
        "actor": actor,
        "action": action,
        "case_ref": case_ref,
        "details": text,
        "prev_hash": prev,
        "hash": _digest(prev, at, actor, action, case_ref, text),
    }


# session.info key: (root transaction, hash of the last row this transaction appended).
_TAIL = "inquiry_desk.audit.tail"


def _last_hash(session: Session) -> str:
    """The hash the next row chains onto.

    Read from the table once per transaction, then remembered in the session: every write
    transaction holds the database's write lock from its start (SQLite BEGIN IMMEDIATE,
    the PostgreSQL advisory lock, see store/engine.py), so no other writer can append in
    between and the remembered tail stays the true one until the transaction ends. It is
    tied to the root transaction object (a new transaction reads the table again) and is
    dropped on any rollback, savepoints included (`_forget_tail`), because the rows it
    counted may be gone.
    """
    root = session.get_transaction()
    cached = session.info.get(_TAIL)
    if cached is not None and root is not None and cached[0] is root:
        return str(cached[1])
    last = session.connection().scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return last or GENESIS


@event.listens_for(Session, "after_soft_rollback")
def _forget_tail(session: Session, _previous: SessionTransaction) -> None:
    session.info.pop(_TAIL, None)


def record(
    session: Session,
    actor: Actor | str,
    action: str,
    case_ref: str | None = None,
    details: Mapping[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> AuditEntry:
    """Append one row inside the caller's transaction, so it lands with the change it describes.

    The row is inserted at once with a plain INSERT on the session's connection (nothing
    reads audit rows back as objects in the transaction that writes them), which spares
    the ORM's unit of work and keeps the chain's order the insertion order. The returned
    entry is a detached copy of the row.
    """
    details = dict(details or {})
    bad = _FORBIDDEN_KEYS & set(details)
    if bad:
        raise ValueError(f"audit details may not carry personal fields: {sorted(bad)}")
    username = actor if isinstance(actor, str) else actor.username
    when = at or datetime.now().replace(microsecond=0)
    values = chained_row(_last_hash(session), when, username, action, case_ref, details)
    key = session.connection().execute(insert(AuditEntry), values).inserted_primary_key
    assert key is not None  # a single-row INSERT always reports its key
    entry = AuditEntry(id=key[0], **values)
    root = session.get_transaction()
    if root is not None:
        session.info[_TAIL] = (root, entry.hash)
    session.info["inquiry_desk.audit.last_row"] = (entry.id, entry.hash)  # services/audit_anchor.py
    return entry


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    rows: int
    first_bad_id: int | None = None
    problem: str = ""


def verify_chain(db: Database) -> ChainCheck:
    prev = GENESIS
    count = 0
    with db.read() as session:
        for entry in session.scalars(
            select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=2000)
        ):
            count += 1
            if entry.prev_hash != prev:
                return ChainCheck(
                    False, count, entry.id, translate("AuditLog", "the row before it was changed or removed")
                )
            expected = _digest(
                entry.prev_hash, entry.at, entry.actor, entry.action, entry.case_ref, entry.details
            )
            if entry.hash != expected:
                return ChainCheck(False, count, entry.id, translate("AuditLog", "its content was changed"))
            prev = entry.hash
    return ChainCheck(True, count)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    case_ref: str | None
    details: str


def query(
    session: Session,
    *,
    actor: str | None = None,
    action: str | None = None,
    case_ref: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[AuditRow]:
    stmt = select(AuditEntry).order_by(AuditEntry.id.desc())
    if actor:
        stmt = stmt.where(AuditEntry.actor == actor)
    if action:
        stmt = stmt.where(AuditEntry.action.like(f"{action}%"))
    if case_ref:
        stmt = stmt.where(AuditEntry.case_ref == case_ref)
    if since:
        stmt = stmt.where(AuditEntry.at >= since)
    if until:
        stmt = stmt.where(AuditEntry.at < until)
    rows = session.scalars(stmt.limit(limit).offset(offset))
    return [AuditRow(r.id, r.at, r.actor, r.action, r.case_ref, r.details) for r in rows]


class AuditLog:
    """The audit log as the screens read it: browsing and checking it, managers only."""

    def __init__(self, db: Database, check: Callable[[], AuditCheck]) -> None:
        self._db = db
        # The whole check (services/audit_check.py), bound by the App to this PC's anchor
        # and the staff accounts' seal key.
        self._check = check

    def browse(
        self,
        actor: Actor,
        *,
        actor_name: str | None = None,
        action: str | None = None,
        case_ref: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 500,
        offset: int = 0,
    ) -> list[AuditRow]:
        """The audit log for managers and administrators; staff may not read it."""
        from inquiry_desk.services.actors import Permission

        actor.require(Permission.READ_AUDIT)
        with self._db.read() as session:
            return query(
                session,
                actor=actor_name,
                action=action,
                case_ref=case_ref,
                since=since,
                until=until,
                limit=limit,
                offset=offset,
            )

    def verify(self, actor: Actor) -> AuditCheck:
        from inquiry_desk.services.actors import Permission

        actor.require(Permission.READ_AUDIT)
        return self._check()
