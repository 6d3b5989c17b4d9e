"""Erasure: the personal data of finished cases is deleted for real, on time, with proof.

The policy promises that personal information obtained for an inquiry is deleted after
the response. A finished case (responded, refused, withdrawn or closed — `closed_at` is
set when the answer goes out) is purged once its grace period has passed, unless a
manager placed it under legal hold. What remains is the anonymous register row.

What is personal is decided by the tables themselves: every table with a ``case_id``
column is tagged ``info={"personal": True|False}`` and may name ``personal_columns``
that are cleared while the row stays (the timeline keeps its anonymous summary). The
purge walks ``Base.metadata`` and refuses to run if a table holding case rows is not
classified, so a new table cannot silently escape the erasure.

Cases are purged BATCH_SIZE at a time, each batch one write transaction and each case
inside it a savepoint: a case is either fully purged (rows, key, register row, timeline,
audit row) or untouched — a failing case rolls back to its savepoint alone, a crash or
kill loses only the batch not yet committed, whole — and the next run completes the
rest. One commit per case was the purge's largest fixed cost. After the run the WAL is
checkpointed and truncated (secure_delete has zeroed the freed pages), then the erasure
check scans the database files and the data folder for the purged values, held in
memory for the check only, and the result goes on the receipt in the audit log.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Table,
    bindparam,
    delete,
    insert,
    inspect,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.errors import NotFound, UserError, ValidationFailed
from inquiry_desk.domain.lifecycle import ANSWERED_STATES, Action, GuardContext, check
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.app import App
from inquiry_desk.services.cases import add_event
from inquiry_desk.services.purge_scan import PatternSet, ScanResult, distinctive_windows, scan_paths
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.engine import translate_errors
from inquiry_desk.store.models import (
    Attachment,
    AuditEntry,
    Base,
    Blob,
    BlobChunk,
    Case,
    CaseKey,
    Event,
    Message,
    Note,
    Party,
    Setting,
)

GRACE_KEY = "purge.grace_days"
LAST_RUN_KEY = "purge.last_run"
DEFAULT_GRACE_DAYS = 30
MAX_GRACE_DAYS = 3650
LEDGER_NAME = "purge-ledger.jsonl"
RECEIPT_ACTION = "purge.run"
# Finished states. `closed` is the explicit end; an answered case counts from `closed_at`
# too, so a case nobody remembered to close is still erased on time.
PURGEABLE_STATES: frozenset[CaseState] = ANSWERED_STATES | {CaseState.CLOSED}

# Cases per write transaction. Larger batches save little more (the commit is then a
# small share) and a kill would lose more work to redo; on the shared PostgreSQL
# database the write lock is held for one batch, well under a second.
BATCH_SIZE = 100

_T = TypeVar("_T")
Reason = Literal["scheduled", "early", "restore"]

# Test seam: called with (stage, ref) inside each case's savepoint, its rows deleted but
# the batch not committed ("deleted"), and after its batch committed ("committed"). The
# kill-mid-purge test stops the process there.
_test_hook: Callable[[str, str], None] | None = None


class UnclassifiedTable(RuntimeError):
    """A table holds case rows but nobody said whether they are personal: a bug, not a user error."""


# --- which rows are personal ----------------------------------------------------------------
@dataclass(frozen=True)
class ErasurePlan:
    delete_order: tuple[Table, ...]                      # personal tables, children first
    clear_columns: tuple[tuple[Table, tuple[str, ...]], ...]  # rows stay, these columns go NULL

    @property
    def table_names(self) -> list[str]:
        return [t.name for t in self.delete_order]


def _load_optional_models() -> None:
    # Tables defined in other modules only enter Base.metadata when imported.
    for name in ("inquiry_desk.store.lifecycle_models",):
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name)


def _refers_to(table: Table, targets: set[str]) -> bool:
    return any(fk.column.table.name in targets for fk in table.foreign_keys)


def erasure_plan(metadata: Any = None) -> ErasurePlan:
    """Classify every table; raise UnclassifiedTable if one holding case rows is not tagged."""
    if metadata is None:
        _load_optional_models()
        metadata = Base.metadata
    tables: list[Table] = list(metadata.sorted_tables)
    personal = {t.name for t in tables if t.info.get("personal") is True}
    problems: list[str] = []
    delete_order: list[Table] = []
    clear: list[tuple[Table, tuple[str, ...]]] = []
    for table in reversed(tables):  # dependants before what they refer to
        tag = table.info.get("personal")
        holds_case_rows = "case_id" in table.c or _refers_to(table, {"cases"} | personal)
        if tag is None:
            if holds_case_rows:
                problems.append(f"{table.name}: holds case rows but has no info['personal'] tag")
            continue
        if tag is True:
            if "case_id" not in table.c and not _refers_to(table, personal):
                problems.append(f"{table.name}: personal but neither has case_id nor refers to a "
                                "personal table with one")
                continue
            delete_order.append(table)
        columns = tuple(table.info.get("personal_columns", ()))
        if columns:
            if "case_id" not in table.c or tag is True:
                problems.append(f"{table.name}: personal_columns needs a case_id and a row that stays")
                continue
            missing = [c for c in columns if c not in table.c or not table.c[c].nullable]
            if missing:
                problems.append(f"{table.name}: personal columns {missing} must exist and be nullable")
                continue
            clear.append((table, columns))
    if problems:
        raise UnclassifiedTable("erasure cannot run safely: " + "; ".join(problems))
    return ErasurePlan(tuple(delete_order), tuple(clear))


def _case_rows(table: Table, case_id: Any, personal: dict[str, Table]) -> ColumnElement[bool]:
    """A condition selecting ``table``'s rows that belong to the case, via case_id or a parent."""
    if "case_id" in table.c:
        condition: ColumnElement[bool] = table.c.case_id == case_id
        return condition
    for fk in table.foreign_keys:
        parent = personal.get(fk.column.table.name)
        if parent is not None and parent is not table:
            inner = select(fk.column).where(_case_rows(parent, case_id, personal))
            return fk.parent.in_(inner.scalar_subquery())
    raise UnclassifiedTable(f"{table.name}: cannot tell which case its rows belong to")


def check_database_tables(session: Session, plan: ErasurePlan) -> None:
    """A table in the database the code does not know (a newer version's) may hold case rows."""
    known = set(Base.metadata.tables)
    insp = inspect(session.connection())
    for name in insp.get_table_names():
        if name in known:
            continue
        if any(col["name"] == "case_id" for col in insp.get_columns(name)):
            raise UnclassifiedTable(f"{name}: a table in the database with case_id that this "
                                    "version does not classify")


# --- receipts ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class PurgeReceipt:
    at: datetime
    actor: str
    reason: Reason
    dry_run: bool
    refs: tuple[str, ...]              # purged, or due when dry_run
    rows: dict[str, int] = field(default_factory=dict)  # rows deleted per table
    cleared: dict[str, int] = field(default_factory=dict)  # rows whose personal columns were nulled
    keys_destroyed: int = 0
    held: tuple[str, ...] = ()         # past their grace period but under legal hold
    failed: tuple[str, ...] = ()       # refs that could not be purged (error class only)
    check: ScanResult | None = None
    wal_truncated: bool | None = None

    @property
    def passed(self) -> bool:
        """Everything due was purged and nothing of it could be found afterwards."""
        return not self.failed and (self.check is None or self.check.passed)

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "actor": self.actor, "reason": self.reason,
                "dry_run": self.dry_run, "refs": list(self.refs), "rows": dict(self.rows),
                "cleared": dict(self.cleared), "keys_destroyed": self.keys_destroyed,
                "held": list(self.held), "failed": list(self.failed),
                "wal_truncated": self.wal_truncated, "passed": self.passed,
                "erasure_check": self.check.to_json() if self.check else None}


@dataclass(frozen=True)
class ReceiptRow:
    """A receipt as the manager's panel lists it, read back from the audit log."""

    id: int
    at: datetime
    actor: str
    reason: str
    refs: tuple[str, ...]
    passed: bool
    check_passed: bool | None
    hits: int
    bytes_scanned: int
    failed: tuple[str, ...]


@dataclass(frozen=True)
class ClosedCase:
    """A finished case as the purge panel shows it: anonymous columns and its purge date."""

    ref: str
    state: CaseState
    closed_at: datetime | None
    purge_from: date | None
    legal_hold: bool
    due: bool


@dataclass
class _CaseResult:
    ref: str
    uid: str
    rows: dict[str, int]
    cleared: dict[str, int]
    key_destroyed: bool


@dataclass(frozen=True)
class _Row:
    """The case columns the purge needs, read in one query per batch under the write lock."""

    id: int
    ref: str
    uid: str
    state: str
    closed_at: datetime | None
    legal_hold: bool


# --- collecting the values the check looks for ----------------------------------------------
_MAX_LINES = 40
_ADDRESS_HEADERS = frozenset({"from", "to", "cc", "bcc", "reply-to", "sender", "subject"})


@dataclass
class _Values:
    """One case's values for the check. They join the check's pattern set only once the
    case is committed: a case that rolled back keeps its data, which is no residue."""

    texts: list[str] = field(default_factory=list)
    windows: list[bytes] = field(default_factory=list)

    def add_text(self, text: str) -> None:
        """The whole value, and its lines: a residue may be one line of an address or a body."""
        text = text.strip()
        if not text:
            return
        lines = [ln.strip() for ln in text.splitlines() if len(ln.strip()) >= 4]
        if len(text) <= 300 or not lines:
            self.texts.append(text[:300])
        for line in lines[:_MAX_LINES]:
            if line != text:
                self.texts.append(line[:300])

    def feed(self, pset: PatternSet) -> None:
        for text in self.texts:
            pset.add_text(text)
        for window in self.windows:
            pset.add_bytes(window)


@dataclass
class _Sealed:
    """A case's sealed records as stored, fetched for a whole batch at once."""

    parties: list[bytes] = field(default_factory=list)
    messages: list[bytes] = field(default_factory=list)
    notes: list[bytes] = field(default_factory=list)
    events: list[bytes] = field(default_factory=list)
    attachments: list[bytes] = field(default_factory=list)
    windows: list[bytes] = field(default_factory=list)  # of the files, already decrypted


def _try(fn: Callable[..., _T], *args: Any) -> _T | None:
    # A record that no longer decrypts cannot be searched for; the key erase covers it.
    try:
        return fn(*args)
    except (UserError, ValueError):
        return None


def _fetch_sealed(conn: Connection, ciphers: dict[int, CaseCipher]) -> dict[int, _Sealed]:
    """Six queries for the whole batch instead of six per case (by case_id IN, indexed)."""
    out: dict[int, _Sealed] = {cid: _Sealed() for cid in ciphers}
    if not ciphers:
        return out
    ids = list(ciphers)
    lists: list[tuple[Any, Callable[[_Sealed], list[bytes]]]] = [
        (select(Party.case_id, Party.payload).where(Party.case_id.in_(ids)).order_by(Party.id),
         lambda x: x.parties),
        (select(Message.case_id, Message.payload).where(Message.case_id.in_(ids)).order_by(Message.id),
         lambda x: x.messages),
        (select(Note.case_id, Note.payload).where(Note.case_id.in_(ids)).order_by(Note.id),
         lambda x: x.notes),
        (select(Event.case_id, Event.payload).where(Event.case_id.in_(ids), Event.payload.is_not(None))
         .order_by(Event.id), lambda x: x.events),
        (select(Attachment.case_id, Attachment.payload).where(Attachment.case_id.in_(ids))
         .order_by(Attachment.id), lambda x: x.attachments),
    ]
    for stmt, target in lists:
        for case_id, payload in conn.execute(stmt):
            if payload is not None:
                target(out[case_id]).append(payload)
    # The first chunk (up to 1 MiB) is enough to recognise a file left in clear.
    chunks = select(Blob.case_id, Blob.id, BlobChunk.data).join(
        BlobChunk, (BlobChunk.blob_id == Blob.id) & (BlobChunk.seq == 0)).where(
        Blob.case_id.in_(ids)).order_by(Blob.id)
    for case_id, blob_id, data in conn.execute(chunks):
        # Decrypted and reduced to a few windows row by row: a batch's first chunks may
        # add up to many MiB, which are not worth holding.
        first = _try(ciphers[case_id].open, data, f"blob:{blob_id}:0") if data is not None else None
        if first:
            out[case_id].windows.extend(distinctive_windows(first))
    return out


def _decode(sealed: _Sealed, cipher: CaseCipher) -> _Values:
    """Decrypted in memory only: the values exist for the erasure check and nothing else."""
    values = _Values()
    for payload in sealed.parties:
        data = _try(cipher.open_json, payload, "party")
        if data:
            for value in PartyData.from_json(data).personal_values():
                values.add_text(value)
    for payload in sealed.messages:
        body = _try(cipher.open_json, payload, "message")
        if not body:
            continue
        for key in ("subject", "from", "to", "cc", "body"):
            field_value = body.get(key)
            if isinstance(field_value, str):
                values.add_text(field_value)
        for header in body.get("headers", []) or []:
            if isinstance(header, list | tuple) and len(header) == 2 \
                    and str(header[0]).lower() in _ADDRESS_HEADERS:
                values.add_text(str(header[1]))
    for payload in sealed.notes:
        raw = _try(cipher.open, payload, "note")
        if raw:
            values.add_text(raw.decode("utf-8", "replace"))
    for payload in sealed.events:
        raw = _try(cipher.open, payload, "event")
        if raw:
            values.add_text(raw.decode("utf-8", "replace"))
    for payload in sealed.attachments:
        meta = _try(cipher.open_json, payload, "attachment")
        if meta and isinstance(meta.get("filename"), str):
            values.add_text(meta["filename"])
    values.windows.extend(sealed.windows)
    return values


@dataclass(frozen=True)
class _Stmt:
    sql: str
    positions: tuple[str, ...] | None  # parameter order for positional drivers (SQLite)

    def run(self, conn: Connection, case_id: int) -> int:
        params: Any = ({"cid": case_id} if self.positions is None
                       else tuple(case_id for _ in self.positions))
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
    key = (tuple(plan.table_names), tuple((t.name, c) for t, c in plan.clear_columns),
           conn.dialect.name)
    found = _COMPILED.get(key)
    if found is None:
        cid = bindparam("cid", type_=Integer)
        personal = {t.name: t for t in plan.delete_order}
        deletes = tuple((t.name, _compile(delete(t).where(_case_rows(t, cid, personal)), conn))
                        for t in plan.delete_order)
        clears = tuple((t.name, _compile(update(t).where(
            t.c.case_id == cid, or_(*[t.c[c].is_not(None) for c in cols]))
            .values({c: None for c in cols}), conn)) for t, cols in plan.clear_columns)
        found = _COMPILED[key] = _Compiled(deletes, clears)
    return found


# The per-case writes, built once: a statement object memoises its cache key, so each
# execution skips rebuilding and hashing the statement (a third of the per-case cost).
_MARK_PURGED = update(Case).where(Case.id == bindparam("cid")).values(
    state=bindparam("new_state"), purged_at=bindparam("now"), updated_at=bindparam("now"),
    legal_hold=False)
_ADD_EVENT = insert(Event)
_ADD_AUDIT = insert(AuditEntry)


# --- the service --------------------------------------------------------------------------------
class PurgeService:
    def __init__(self, app: App, *, today: Callable[[], date] | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        self.app = app
        self.db = app.db
        self.today = today or app.cases.today
        self._now = now or (lambda: datetime.now().replace(microsecond=0))

    # settings
    def grace_days(self) -> int:
        with self.db.read() as session:
            row = session.get(Setting, GRACE_KEY)
        if row is None:
            return DEFAULT_GRACE_DAYS
        try:
            value = int(json.loads(row.value))
        except (ValueError, TypeError):
            return DEFAULT_GRACE_DAYS
        return value if 0 <= value <= MAX_GRACE_DAYS else DEFAULT_GRACE_DAYS

    def set_grace_days(self, actor: Actor, days: int) -> None:
        actor.require(Permission.CHANGE_SETTINGS)
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_GRACE_DAYS:
            raise ValidationFailed({"grace_days": f"Enter a number of days from 0 to {MAX_GRACE_DAYS}."})
        with self.db.write() as session:
            old = session.get(Setting, GRACE_KEY)
            session.merge(Setting(key=GRACE_KEY, value=json.dumps(days)))
            audit.record(session, actor, "settings.grace_days", None,
                         {"old": json.loads(old.value) if old else DEFAULT_GRACE_DAYS, "new": days})

    def last_run(self) -> dict[str, Any] | None:
        with self.db.read() as session:
            row = session.get(Setting, LAST_RUN_KEY)
        return dict(json.loads(row.value)) if row else None

    # what is due
    def _context(self, case: Case | _Row, grace: int, today: date) -> GuardContext:
        closed = case.closed_at.date() if case.closed_at else None
        return GuardContext(closed_at=closed, grace_days=grace, legal_hold=case.legal_hold, today=today)

    def _purge_from(self, case: Case, grace: int) -> date | None:
        return case.closed_at.date() + timedelta(days=grace) if case.closed_at else None

    def _due_ids(self, session: Session, grace: int, today: date) -> tuple[list[int], list[str]]:
        # SQL narrows to finished cases closed before the cut-off; the lifecycle guard decides.
        cutoff = datetime.combine(today - timedelta(days=grace) + timedelta(days=1), time.min)
        rows = session.scalars(select(Case).where(
            Case.state.in_([s.value for s in PURGEABLE_STATES]), Case.closed_at.is_not(None),
            Case.closed_at < cutoff).order_by(Case.id)).all()
        due: list[int] = []
        held: list[str] = []
        for case in rows:
            decision = check(CaseState.CLOSED, Action.PURGE, self._context(case, grace, today))
            if decision:
                due.append(case.id)
            elif case.legal_hold:
                held.append(case.ref)
        return due, held

    def due_refs(self) -> list[str]:
        grace, today = self.grace_days(), self.today()
        with self.db.read() as session:
            ids, _ = self._due_ids(session, grace, today)
            return list(session.scalars(select(Case.ref).where(Case.id.in_(ids)).order_by(Case.id)))

    def closed_cases(self, actor: Actor) -> list[ClosedCase]:
        """Finished cases still holding personal data, with the day each will be purged."""
        actor.require(Permission.VIEW_REGISTER)
        grace, today = self.grace_days(), self.today()
        with self.db.read() as session:
            rows = session.scalars(select(Case).where(
                Case.state.in_([s.value for s in PURGEABLE_STATES])).order_by(Case.closed_at, Case.id))
            out = []
            for case in rows:
                ok = bool(check(CaseState.CLOSED, Action.PURGE, self._context(case, grace, today)))
                out.append(ClosedCase(case.ref, CaseState(case.state), case.closed_at,
                                      self._purge_from(case, grace), case.legal_hold, ok))
            return out

    # purging
    def purge_due(self, actor: Actor, dry_run: bool = False) -> PurgeReceipt:
        actor.require(Permission.PURGE)
        plan = erasure_plan()
        grace, today = self.grace_days(), self.today()
        with self.db.read() as session:
            check_database_tables(session, plan)
            ids, held = self._due_ids(session, grace, today)
            if dry_run:
                refs = tuple(session.scalars(select(Case.ref).where(Case.id.in_(ids)).order_by(Case.id)))
                return PurgeReceipt(self._now(), actor.username, "scheduled", True, refs,
                                    held=tuple(held))
        return self._run(actor, plan, ids, "scheduled", held=held, grace=grace, today=today)

    def purge_case_early(self, actor: Actor, ref: str, confirm_ref: str) -> PurgeReceipt:
        actor.require(Permission.PURGE_EARLY)
        ref = ref.strip().upper()
        if confirm_ref.strip().upper() != ref:
            raise ValidationFailed({"confirm_ref": f"Type the reference {ref} to confirm the purge."})
        plan = erasure_plan()
        with self.db.read() as session:
            check_database_tables(session, plan)
            case = session.scalar(select(Case).where(Case.ref == ref))
            if case is None:
                raise NotFound(f"There is no case {ref}.")
            self._refuse_unless_purgeable(case, 0, self.today())
            case_id = case.id
        return self._run(actor, plan, [case_id], "early", grace=0, today=self.today())

    def reapply(self, actor: Actor, uids: Iterable[str]) -> PurgeReceipt:
        """Purge again, whatever their state, cases the ledger says were purged (after a restore)."""
        actor.require(Permission.PURGE)
        plan = erasure_plan()
        wanted = set(uids)
        with self.db.read() as session:
            check_database_tables(session, plan)
            ids = list(session.scalars(select(Case.id).where(
                Case.uid.in_(wanted), Case.state != CaseState.PURGED.value).order_by(Case.id))) \
                if wanted else []
        return self._run(actor, plan, ids, "restore", grace=None, today=self.today())

    def _refuse_unless_purgeable(self, case: Case | _Row, grace: int, today: date) -> None:
        state = CaseState(case.state)
        if state not in PURGEABLE_STATES:
            decision = check(state, Action.PURGE, self._context(case, grace, today))
            raise UserError(decision.reason or "Only a finished case can be purged.")
        decision = check(CaseState.CLOSED, Action.PURGE, self._context(case, grace, today))
        if not decision:
            raise UserError(decision.reason)

    @contextmanager
    def _transactions(self) -> Iterator[Callable[[], AbstractContextManager[Connection]]]:
        """Yields a factory of write transactions (one per batch) on one connection.

        Core on a bare connection: the purge writes no ORM objects, so a Session would only
        add flush bookkeeping. ``write=True`` makes each BEGIN take the write lock up front
        (SQLite BEGIN IMMEDIATE, the PostgreSQL advisory lock: see store/engine.py).

        On SQLite the run uses ``synchronous = NORMAL``: in WAL mode each commit stays
        atomic (a crash loses nothing committed to the OS), but the fsync is left to the
        checkpoint after the run, which makes all of it durable at once. A power cut
        mid-run can only undo the last batches; the next run redoes them.
        """
        with translate_errors(), self.db.engine.connect() as conn:
            conn.execution_options(write=True)  # later BEGINs take the write lock (see engine)
            raw: Any = conn.connection.driver_connection if self.db.is_sqlite else None
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

    def _run(self, actor: Actor, plan: ErasurePlan, ids: Sequence[int], reason: Reason, *,
             held: Sequence[str] = (), grace: int | None, today: date) -> PurgeReceipt:
        pset = PatternSet()
        done: list[_CaseResult] = []
        failed: list[str] = []
        with self._transactions() as transaction, self._ledger() as ledger:
            for start in range(0, len(ids), BATCH_SIZE):
                batch = ids[start:start + BATCH_SIZE]
                batch_failed: list[str] = []
                try:
                    with transaction() as conn:
                        results = self._purge_batch(conn, actor, plan, batch, reason, grace,
                                                    today, batch_failed)
                except UnclassifiedTable:
                    raise
                except Exception as exc:  # the batch rolled back whole: none of it happened
                    failed.extend(f"#{case_id}: {type(exc).__name__}" for case_id in batch)
                    continue
                failed.extend(batch_failed)
                for result, values in results:
                    done.append(result)
                    values.feed(pset)
                    self.app.keys.forget(result.uid)
                    ledger(result)
                    if _test_hook is not None:
                        _test_hook("committed", result.ref)
        if done:
            self.app.register.invalidate()
        wal_truncated = self._checkpoint() if done else None
        scan = self._erasure_check(pset) if done else None
        rows: dict[str, int] = {}
        cleared: dict[str, int] = {}
        for result in done:
            for name, n in result.rows.items():
                rows[name] = rows.get(name, 0) + n
            for name, n in result.cleared.items():
                cleared[name] = cleared.get(name, 0) + n
        receipt = PurgeReceipt(self._now(), actor.username, reason, False,
                               tuple(r.ref for r in done), rows, cleared,
                               sum(1 for r in done if r.key_destroyed), tuple(held), tuple(failed),
                               scan, wal_truncated)
        del pset  # the values leave memory with the pattern set
        self._record(actor, receipt)
        return receipt

    def _purge_batch(self, conn: Connection, actor: Actor, plan: ErasurePlan, batch: Sequence[int],
                     reason: Reason, grace: int | None, today: date,
                     failed: list[str]) -> list[tuple[_CaseResult, _Values]]:
        """Purge a batch inside the caller's transaction, each case in its own savepoint.

        Everything is read up front in a few queries per batch (the cases, their keys,
        their sealed records, the audit chain's tail), then each case costs only its
        deletes and three inserts/updates. A case that fails is rolled back to its
        savepoint and listed in ``failed``; the others go on.
        """
        sql = _compiled(plan, conn)  # compiled once per plan and dialect
        cases = {r.id: _Row(r.id, r.ref, r.uid, r.state, r.closed_at, bool(r.legal_hold))
                 for r in conn.execute(select(Case.id, Case.ref, Case.uid, Case.state, Case.closed_at,
                                              Case.legal_hold).where(Case.id.in_(list(batch))))}
        todo: list[_Row] = []
        for case_id in batch:
            case = cases.get(case_id)
            if case is None or case.state == CaseState.PURGED.value:
                continue
            if grace is not None:  # re-check under the write lock: a hold may have come since
                try:
                    self._refuse_unless_purgeable(case, grace, today)
                except UserError:
                    continue  # reopened or held meanwhile: no longer due
            todo.append(case)
        if not todo:
            return []
        wrapped_keys: dict[int, bytes] = {
            cid: wrapped for cid, wrapped in conn.execute(
                select(CaseKey.case_id, CaseKey.wrapped).where(CaseKey.case_id.in_([c.id for c in todo])))}
        ciphers: dict[int, CaseCipher] = {}
        for case in list(todo):
            wrapped = wrapped_keys.get(case.id)
            if wrapped is None:
                continue  # already erased cryptographically: nothing left to search for
            try:
                ciphers[case.id] = self.app.keys.cipher_for(case.uid, wrapped)
            except Exception as exc:  # an unreadable key fails its case, untouched, alone
                failed.append(f"#{case.id}: {type(exc).__name__}")
                todo.remove(case)
        sealed = _fetch_sealed(conn, ciphers)
        # The write lock is held since BEGIN: nobody else can append to the chain meanwhile.
        tail = conn.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) \
            or audit.GENESIS
        summary = {"scheduled": "Personal data purged",
                   "early": "Personal data purged early by a manager",
                   "restore": "Personal data purged again after a restore"}[reason]
        out: list[tuple[_CaseResult, _Values]] = []
        for case in todo:
            savepoint = conn.begin_nested()
            try:
                wrapped = wrapped_keys.get(case.id)
                cipher = ciphers.get(case.id)
                values = _decode(sealed[case.id], cipher) if cipher is not None else _Values()
                rows = {name: stmt.run(conn, case.id) for name, stmt in sql.deletes}
                cleared = {name: stmt.run(conn, case.id) for name, stmt in sql.clears}
                now = self._now()
                conn.execute(_MARK_PURGED, {"cid": case.id, "new_state": CaseState.PURGED.value,
                                            "now": now})
                conn.execute(_ADD_EVENT, {"case_id": case.id, "at": now, "actor": actor.username,
                                          "action": Action.PURGE.value, "summary": summary,
                                          "payload": None})
                entry = audit.chained_row(tail, now, actor.username, "case.purge", case.ref,
                                   {"uid": case.uid, "reason": reason, "rows": rows,
                                    "cleared": cleared, "key_destroyed": wrapped is not None})
                conn.execute(_ADD_AUDIT, entry)
                if _test_hook is not None:
                    _test_hook("deleted", case.ref)
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
            out.append((_CaseResult(case.ref, case.uid, rows, cleared, wrapped is not None), values))
        return out

    @contextmanager
    def _ledger(self) -> Iterator[Callable[[_CaseResult], None]]:
        """A copy of each purge outside the database, so a restore knows it even if the database
        is lost. Synced once per batch: a purge missing from it is still in the database."""
        try:
            handle: Any = open(self.app.data_dir / LEDGER_NAME, "a", encoding="utf-8")  # noqa: SIM115
        except OSError:
            handle = None

        def append(result: _CaseResult) -> None:
            if handle is not None:
                handle.write(json.dumps({"uid": result.uid, "ref": result.ref,
                                         "purged_at": self._now().isoformat()}) + "\n")
                handle.flush()

        try:
            yield append
        finally:
            if handle is not None:
                with contextlib.suppress(OSError):
                    os.fsync(handle.fileno())
                handle.close()

    def _checkpoint(self) -> bool | None:
        self.db.checkpoint()
        if not self.db.is_sqlite or self.db.path is None:
            return None
        wal = Path(str(self.db.path) + "-wal")
        return not wal.exists() or wal.stat().st_size == 0

    def scan_roots(self) -> list[Path]:
        roots: list[Path] = [self.app.data_dir]
        if self.db.path is not None:
            for suffix in ("", "-wal", "-journal", "-shm"):
                roots.append(Path(str(self.db.path) + suffix))
        return roots

    def _erasure_check(self, pset: PatternSet) -> ScanResult:
        return scan_paths(self.scan_roots(), pset, relative_to=self.app.data_dir)

    def _record(self, actor: Actor, receipt: PurgeReceipt) -> None:
        summary = {"at": receipt.at.isoformat(), "purged": len(receipt.refs), "passed": receipt.passed}
        with self.db.write() as session:
            if receipt.refs or receipt.failed:
                audit.record(session, actor, RECEIPT_ACTION, None, receipt.to_json(), at=receipt.at)
            session.merge(Setting(key=LAST_RUN_KEY, value=json.dumps(summary)))

    def last_receipts(self, actor: Actor, limit: int = 20) -> list[ReceiptRow]:
        actor.require(Permission.READ_AUDIT)
        with self.db.read() as session:
            rows = audit.query(session, action=RECEIPT_ACTION, limit=limit)
        out = []
        for row in rows:
            if row.action != RECEIPT_ACTION:
                continue
            d = json.loads(row.details)
            chk = d.get("erasure_check") or {}
            out.append(ReceiptRow(row.id, row.at, row.actor, str(d.get("reason", "")),
                                  tuple(d.get("refs", [])), bool(d.get("passed")),
                                  chk.get("passed") if chk else None, int(chk.get("hits", 0)),
                                  int(chk.get("bytes_scanned", 0)), tuple(d.get("failed", []))))
        return out

    # legal hold
    def set_legal_hold(self, actor: Actor, ref: str, on: bool, reason: str) -> None:
        actor.require(Permission.LEGAL_HOLD)
        if not reason.strip():
            raise ValidationFailed({"reason": "Say why the hold is placed or lifted."})
        with self.db.write() as session:
            case = session.scalar(select(Case).where(Case.ref == ref.strip().upper()))
            if case is None:
                raise NotFound(f"There is no case {ref}.")
            if case.state == CaseState.PURGED.value:
                raise UserError("The case has been purged; only its anonymous register entry remains.")
            if case.legal_hold == on:
                raise UserError(f"{case.ref} is already {'under' if on else 'not under'} legal hold.")
            cipher = self.app.keys.cipher(session, case)
            now = self._now()
            case.legal_hold = on
            case.updated_at = now
            # The reason may name people or proceedings: it is sealed on the timeline only.
            add_event(session, case, actor, "legal_hold" if on else "legal_hold_lifted",
                      "Legal hold placed" if on else "Legal hold lifted", cipher, reason.strip(), at=now)
            audit.record(session, actor, "case.legal_hold", case.ref, {"on": on}, at=now)
        self.app.register.invalidate()


def read_ledger(data_dir: Path) -> list[dict[str, str]]:
    """Entries of the purge ledger file; a torn last line (crash while appending) is skipped."""
    path = data_dir / LEDGER_NAME
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and isinstance(entry.get("uid"), str):
            out.append({k: str(v) for k, v in entry.items()})
    return out
