"""The purge's batch executor: one write transaction per batch, one savepoint per case.

Each case inside a batch is a savepoint: a case is either fully purged (rows, key,
register row, timeline, audit row) or untouched — a failing case rolls back to its
savepoint alone, and a crash or kill loses only the batch not yet committed, whole.
The deletes are compiled once per plan and dialect, and the audit chain is extended
row by row in memory (audit.chained_row) while the batch holds the write lock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Integer, bindparam, delete, insert, null, or_, select, update

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.purge.plan import ErasurePlan, UnclassifiedTable, case_rows
from inquiry_desk.services.purge.receipts import Reason
from inquiry_desk.services.purge.values import PurgedValues, decode_values, fetch_sealed
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.engine import Database, translate_errors
from inquiry_desk.store.models import AuditEntry, Case, CaseKey, Event


@dataclass
class CaseResult:
    """What one purged case reports, once its savepoint is released."""

    ref: str
    uid: str
    rows: dict[str, int]
    cleared: dict[str, int]
    key_destroyed: bool


@dataclass(frozen=True)
class CaseRow:
    """The case columns the purge needs, read in one query per batch under the write lock."""

    id: int
    ref: str
    uid: str
    state: str
    closed_at: datetime | None
    legal_hold: bool


@dataclass(frozen=True)
class _Stmt:
    sql: str
    positions: tuple[str, ...] | None  # parameter order for positional drivers (SQLite)

    def run(self, conn: Connection, case_id: int) -> int:
        params: Any = {"cid": case_id} if self.positions is None else tuple(case_id for _ in self.positions)
        return int(conn.exec_driver_sql(self.sql, params).rowcount or 0)


@dataclass(frozen=True)
class _Compiled:
    deletes: tuple[tuple[str, _Stmt], ...]
    clears: tuple[tuple[str, _Stmt], ...]


_COMPILED: dict[tuple[object, ...], _Compiled] = {}


def _compile(stmt: Any, conn: Connection) -> _Stmt:
    compiled = stmt.compile(dialect=conn.dialect)
    positions = tuple(compiled.positiontup) if compiled.positional else None
    return _Stmt(str(compiled), positions)


def _compiled(plan: ErasurePlan, conn: Connection) -> _Compiled:
    key = (tuple(plan.table_names), tuple((t.name, c) for t, c in plan.clear_columns), conn.dialect.name)
    found = _COMPILED.get(key)
    if found is None:
        cid = bindparam("cid", type_=Integer)
        personal = {t.name: t for t in plan.delete_order}
        deletes = tuple(
            (t.name, _compile(delete(t).where(case_rows(t, cid, personal)), conn)) for t in plan.delete_order
        )
        clears = tuple(
            (
                t.name,
                _compile(
                    update(t)
                    .where(t.c.case_id == cid, or_(*[t.c[c].is_not(None) for c in cols]))
                    # null(), not None: None would compile to a bound parameter that these
                    # precompiled statements never fill (SQLite then wrote the case id into the
                    # cleared column; PostgreSQL refused the whole case for a missing parameter).
                    .values({c: null() for c in cols}),
                    conn,
                ),
            )
            for t, cols in plan.clear_columns
        )
        found = _COMPILED[key] = _Compiled(deletes, clears)
    return found


# The per-case writes, built once: a statement object memoises its cache key, so each
# execution skips rebuilding and hashing the statement (a third of the per-case cost).
_MARK_PURGED = (
    update(Case)
    .where(Case.id == bindparam("cid"))
    .values(
        state=bindparam("new_state"),
        purged_at=bindparam("now"),
        updated_at=bindparam("now"),
        legal_hold=False,
        # Core, so not seen by store/versioning.py: the purge bumps the version itself.
        version=Case.version + 1,
    )
)
_ADD_EVENT = insert(Event)
_ADD_AUDIT = insert(AuditEntry)


@contextmanager
def write_transactions(db: Database) -> Iterator[Callable[[], AbstractContextManager[Connection]]]:
    """Yields a factory of write transactions (one per batch) on one connection.

    Core on a bare connection: the purge writes no ORM objects, so a Session would only
    add flush bookkeeping. ``write=True`` makes each BEGIN take the write lock up front
    (SQLite BEGIN IMMEDIATE, the PostgreSQL advisory lock: see store/engine.py).

    On SQLite the run uses ``synchronous = NORMAL``: in WAL mode each commit stays
    atomic (a crash loses nothing committed to the OS), but the fsync is left to the
    checkpoint after the run, which makes all of it durable at once. A power cut
    mid-run can only undo the last batches; the next run redoes them.
    """
    with translate_errors(), db.engine.connect() as conn:
        conn.execution_options(write=True)  # later BEGINs take the write lock (see engine)
        raw: Any = conn.connection.driver_connection if db.is_sqlite else None
        previous: Any = None
        if raw is not None:
            # Straight to the driver: SQLAlchemy would open a transaction first, and
            # SQLite refuses to change the safety level inside one. The level found is
            # restored after, as the pooled connection goes back to other users.
            previous = raw.execute("PRAGMA synchronous").fetchone()[0]
            raw.execute("PRAGMA synchronous = NORMAL")

        @contextmanager
        def one() -> Iterator[Connection]:
            with translate_errors(), conn.begin():
                yield conn

        try:
            yield one
        finally:
            if conn.in_transaction():
                conn.rollback()
            conn.execution_options(write=False)
            if raw is not None:
                raw.execute(f"PRAGMA synchronous = {int(previous)}")


def purge_batch(
    conn: Connection,
    actor: Actor,
    plan: ErasurePlan,
    batch: Sequence[int],
    reason: Reason,
    *,
    keys: KeyService,
    now: Callable[[], datetime],
    refuse: Callable[[CaseRow], None] | None,
    failed: list[str],
    hook: Callable[[str, str], None] | None,
) -> list[tuple[CaseResult, PurgedValues]]:
    """Purge a batch inside the caller's transaction, each case in its own savepoint.

    Everything is read up front in a few queries per batch (the cases, their keys,
    their sealed records, the audit chain's tail), then each case costs only its
    deletes and three inserts/updates. A case that fails is rolled back to its
    savepoint and listed in ``failed``; the others go on. ``refuse`` raises UserError for
    a case no longer due (None: purge regardless); ``hook`` is the purge's test seam.
    """
    sql = _compiled(plan, conn)  # compiled once per plan and dialect
    cases = {
        r.id: CaseRow(r.id, r.ref, r.uid, r.state, r.closed_at, bool(r.legal_hold))
        for r in conn.execute(
            select(Case.id, Case.ref, Case.uid, Case.state, Case.closed_at, Case.legal_hold).where(
                Case.id.in_(list(batch))
            )
        )
    }
    todo: list[CaseRow] = []
    for case_id in batch:
        case = cases.get(case_id)
        if case is None or case.state == CaseState.PURGED.value:
            continue
        if refuse is not None:  # re-check under the write lock: a hold may have come since
            try:
                refuse(case)
            except UserError:
                continue  # reopened or held meanwhile: no longer due
        todo.append(case)
    if not todo:
        return []
    wrapped_keys: dict[int, bytes] = {
        cid: wrapped
        for cid, wrapped in conn.execute(
            select(CaseKey.case_id, CaseKey.wrapped).where(CaseKey.case_id.in_([c.id for c in todo]))
        )
    }
    ciphers: dict[int, CaseCipher] = {}
    for case in list(todo):
        wrapped = wrapped_keys.get(case.id)
        if wrapped is None:
            continue  # already erased cryptographically: nothing left to search for
        try:
            ciphers[case.id] = keys.cipher_for(case.uid, wrapped)
        except Exception as exc:  # an unreadable key fails its case, untouched, alone
            failed.append(f"#{case.id}: {type(exc).__name__}")
            todo.remove(case)
    sealed = fetch_sealed(conn, ciphers)
    # The write lock is held since BEGIN: nobody else can append to the chain meanwhile.
    tail = conn.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or audit.GENESIS
    summary = {
        "scheduled": "Personal data purged",
        "early": "Personal data purged early by a manager",
        "restore": "Personal data purged again after a restore",
        "merged": "Personal data purged after the merge into another case",
    }[reason]
    decoded: dict[int, PurgedValues] = {}
    for case in list(todo):
        cipher = ciphers.get(case.id)
        try:
            decoded[case.id] = (
                decode_values(sealed[case.id], cipher) if cipher is not None else PurgedValues()
            )
        except Exception as exc:  # an unreadable record fails its case, untouched, alone
            failed.append(f"#{case.id}: {type(exc).__name__}")
            todo.remove(case)
    if not todo:
        return []
    bulk = _purge_together(conn, actor, plan, todo, reason, summary, tail, wrapped_keys, decoded, now, hook)
    if bulk is not None:
        return bulk
    out: list[tuple[CaseResult, PurgedValues]] = []
    for case in todo:
        savepoint = conn.begin_nested()
        try:
            wrapped = wrapped_keys.get(case.id)
            values = decoded[case.id]
            rows = {name: stmt.run(conn, case.id) for name, stmt in sql.deletes}
            cleared = {name: stmt.run(conn, case.id) for name, stmt in sql.clears}
            at = now()
            conn.execute(_MARK_PURGED, {"cid": case.id, "new_state": CaseState.PURGED.value, "now": at})
            conn.execute(_ADD_EVENT, _event_row(case, at, actor, summary))
            entry = _audit_row(tail, at, actor, case, reason, rows, cleared, wrapped is not None)
            conn.execute(_ADD_AUDIT, entry)
            if hook is not None:
                hook("deleted", case.ref)
            savepoint.commit()
        except UnclassifiedTable:
            savepoint.rollback()
            raise
        except Exception as exc:  # one bad case must not stop the others
            if savepoint.is_active:
                savepoint.rollback()
            failed.append(f"#{case.id}: {type(exc).__name__}")
            continue
        tail = entry["hash"]  # only a released savepoint's row extends the chain
        out.append((CaseResult(case.ref, case.uid, rows, cleared, wrapped is not None), values))
    return out


def _event_row(case: CaseRow, at: datetime, actor: Actor, summary: str) -> dict[str, Any]:
    return {
        "case_id": case.id,
        "at": at,
        "actor": actor.username,
        "action": Action.PURGE.value,
        "summary": summary,
        "payload": None,
    }


def _audit_row(
    tail: str,
    at: datetime,
    actor: Actor,
    case: CaseRow,
    reason: Reason,
    rows: dict[str, int],
    cleared: dict[str, int],
    key_destroyed: bool,
) -> dict[str, Any]:
    details = {
        "uid": case.uid,
        "reason": reason,
        "rows": rows,
        "cleared": cleared,
        "key_destroyed": key_destroyed,
    }
    return audit.chained_row(tail, at, actor.username, "case.purge", case.ref, details)


class _NotTogether(Exception):
    """A table the batch statements cannot attribute to its cases: purge case by case."""


def _purge_together(
    conn: Connection,
    actor: Actor,
    plan: ErasurePlan,
    todo: list[CaseRow],
    reason: Reason,
    summary: str,
    tail: str,
    wrapped_keys: dict[int, bytes],
    decoded: dict[int, PurgedValues],
    now: Callable[[], datetime],
    hook: Callable[[str, str], None] | None,
) -> list[tuple[CaseResult, PurgedValues]] | None:
    """The batch's cases purged by a few statements for all of them, in one savepoint.

    One DELETE … WHERE case_id IN (…) RETURNING case_id per table instead of one per table
    and case: the rows each case lost are counted from what the statements return, so
    every case's audit row and receipt say what they said before. If anything fails (or
    the fault hook raises for a case), the savepoint rolls back whole and None tells the
    caller to purge the batch case by case, where a failing case fails alone.
    """
    if not (conn.dialect.delete_returning and conn.dialect.update_returning):
        return None
    ids = [c.id for c in todo]
    savepoint = conn.begin_nested()
    try:
        rows = _delete_together(conn, plan, ids)
        cleared: dict[int, dict[str, int]] = {cid: {} for cid in ids}
        for table, cols in plan.clear_columns:
            counts = dict.fromkeys(ids, 0)
            stmt = (
                update(table)
                .where(table.c.case_id.in_(ids), or_(*[table.c[c].is_not(None) for c in cols]))
                .values({c: null() for c in cols})
                .returning(table.c.case_id)
            )
            for (owner,) in conn.execute(stmt):
                counts[owner] += 1
            for cid in ids:
                cleared[cid][table.name] = counts[cid]
        at = now()
        conn.execute(
            update(Case)
            .where(Case.id.in_(ids))
            .values(
                state=CaseState.PURGED.value,
                purged_at=at,
                updated_at=at,
                legal_hold=False,
                version=Case.version + 1,  # Core: the purge bumps the version itself
            )
        )
        conn.execute(_ADD_EVENT, [_event_row(case, at, actor, summary) for case in todo])
        entries = []
        for case in todo:
            entry = _audit_row(
                tail, at, actor, case, reason, rows[case.id], cleared[case.id], case.id in wrapped_keys
            )
            entries.append(entry)
            tail = entry["hash"]
        conn.execute(_ADD_AUDIT, entries)
        if hook is not None:
            for case in todo:
                hook("deleted", case.ref)
        savepoint.commit()
    except UnclassifiedTable:
        savepoint.rollback()
        raise
    except Exception:  # case by case instead: the failing case then fails alone
        if savepoint.is_active:
            savepoint.rollback()
        return None
    return [
        (
            CaseResult(case.ref, case.uid, rows[case.id], cleared[case.id], case.id in wrapped_keys),
            decoded[case.id],
        )
        for case in todo
    ]


def _delete_together(conn: Connection, plan: ErasurePlan, ids: list[int]) -> dict[int, dict[str, int]]:
    """Every personal row of the cases `ids`, deleted table by table (children first, as
    `plan.delete_order` has them); per case, how many rows of each table went."""
    rows: dict[int, dict[str, int]] = {cid: {} for cid in ids}
    for table in plan.delete_order:
        owner_of: dict[Any, int] | None = None
        if "case_id" in table.c:
            key = table.c.case_id
            condition = table.c.case_id.in_(ids)
        else:  # rows of a parent row that has the case id (blob_chunks of blobs)
            parents = [fk for fk in table.foreign_keys if "case_id" in fk.column.table.c]
            if len(parents) != 1:
                raise _NotTogether(table.name)
            fk = parents[0]
            parent = fk.column.table
            owner_of = {
                pid: cid
                for pid, cid in conn.execute(
                    select(fk.column, parent.c.case_id).where(parent.c.case_id.in_(ids))
                )
            }
            key = fk.parent
            condition = fk.parent.in_(list(owner_of))
        counts = dict.fromkeys(ids, 0)
        for (found,) in conn.execute(delete(table).where(condition).returning(key)):
            counts[found if owner_of is None else owner_of[found]] += 1
        for cid in ids:
            rows[cid][table.name] = counts[cid]
    return rows
