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

Each case is purged in its own write transaction: a crash leaves every case either
fully purged or untouched, and the next run completes the rest. After the batch the
WAL is checkpointed and truncated (secure_delete has zeroed the freed pages), then the
erasure check scans the database files and the data folder for the purged values,
held in memory for the check only, and the result goes on the receipt in the audit log.
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
from inquiry_desk.store.models import Base, Blob, BlobChunk, Case, CaseKey, Event, Setting

GRACE_KEY = "purge.grace_days"
LAST_RUN_KEY = "purge.last_run"
DEFAULT_GRACE_DAYS = 30
MAX_GRACE_DAYS = 3650
LEDGER_NAME = "purge-ledger.jsonl"
RECEIPT_ACTION = "purge.run"
# Finished states. `closed` is the explicit end; an answered case counts from `closed_at`
# too, so a case nobody remembered to close is still erased on time.
PURGEABLE_STATES: frozenset[CaseState] = ANSWERED_STATES | {CaseState.CLOSED}

_T = TypeVar("_T")
Reason = Literal["scheduled", "early", "restore"]

# Test seam: called with (stage, ref) inside each case's transaction ("deleted", before
# commit) and after it ("committed"). The kill-mid-purge test stops the process there.
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


# --- collecting the values the check looks for ----------------------------------------------
_MAX_LINES = 40
_ADDRESS_HEADERS = frozenset({"from", "to", "cc", "bcc", "reply-to", "sender", "subject"})


def _add_text(pset: PatternSet, text: str) -> None:
    """The whole value, and its lines: a residue may be one line of an address or a body."""
    text = text.strip()
    if not text:
        return
    lines = [ln.strip() for ln in text.splitlines() if len(ln.strip()) >= 4]
    if len(text) <= 300 or not lines:
        pset.add_text(text[:300])
    for line in lines[:_MAX_LINES]:
        if line != text:
            pset.add_text(line[:300])


def _try(fn: Callable[..., _T], *args: Any) -> _T | None:
    # A record that no longer decrypts cannot be searched for; the key erase covers it.
    try:
        return fn(*args)
    except (UserError, ValueError):
        return None


def _first_chunk(conn: Connection, blob_id: int, cipher: CaseCipher) -> bytes:
    data = conn.scalar(select(BlobChunk.data).where(BlobChunk.blob_id == blob_id, BlobChunk.seq == 0))
    return cipher.open(data, f"blob:{blob_id}:0") if data is not None else b""


def _collect_values(conn: Connection, case_id: int, cipher: CaseCipher, pset: PatternSet) -> None:
    from inquiry_desk.store.models import Attachment, Message, Note, Party

    for payload in conn.scalars(select(Party.payload).where(Party.case_id == case_id)):
        data = _try(cipher.open_json, payload, "party")
        if data:
            for value in PartyData.from_json(data).personal_values():
                _add_text(pset, value)
    for payload in conn.scalars(select(Message.payload).where(Message.case_id == case_id)):
        body = _try(cipher.open_json, payload, "message")
        if not body:
            continue
        for key in ("subject", "from", "to", "cc", "body"):
            field_value = body.get(key)
            if isinstance(field_value, str):
                _add_text(pset, field_value)
        for header in body.get("headers", []) or []:
            if isinstance(header, list | tuple) and len(header) == 2 \
                    and str(header[0]).lower() in _ADDRESS_HEADERS:
                _add_text(pset, str(header[1]))
    for payload in conn.scalars(select(Note.payload).where(Note.case_id == case_id)):
        raw = _try(cipher.open, payload, "note")
        if raw:
            _add_text(pset, raw.decode("utf-8", "replace"))
    for sealed in conn.scalars(select(Event.payload).where(Event.case_id == case_id,
                                                              Event.payload.is_not(None))):
        raw = _try(cipher.open, sealed, "event") if sealed is not None else None
        if raw:
            _add_text(pset, raw.decode("utf-8", "replace"))
    for payload in conn.scalars(select(Attachment.payload).where(Attachment.case_id == case_id)):
        meta = _try(cipher.open_json, payload, "attachment")
        if meta and isinstance(meta.get("filename"), str):
            _add_text(pset, meta["filename"])
    for blob_id in conn.scalars(select(Blob.id).where(Blob.case_id == case_id)):
        # The first chunk (up to 1 MiB) is enough to recognise a file left in clear.
        first = _try(_first_chunk, conn, blob_id, cipher)
        if first:
            for window in distinctive_windows(first):
                pset.add_bytes(window)


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
    def _context(self, case: Case, grace: int, today: date) -> GuardContext:
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

    def _refuse_unless_purgeable(self, case: Case, grace: int, today: date) -> None:
        state = CaseState(case.state)
        if state not in PURGEABLE_STATES:
            decision = check(state, Action.PURGE, self._context(case, grace, today))
            raise UserError(decision.reason or "Only a finished case can be purged.")
        decision = check(CaseState.CLOSED, Action.PURGE, self._context(case, grace, today))
        if not decision:
            raise UserError(decision.reason)

    @contextmanager
    def _transactions(self) -> Iterator[Callable[[], AbstractContextManager[Session]]]:
        """Yields a factory of per-case write transactions.

        On SQLite the batch uses one connection with ``synchronous = NORMAL``: in WAL mode
        each commit stays atomic (a crash loses nothing committed to the OS), but the fsync
        is left to the checkpoint after the batch, which makes all of it durable at once.
        A power cut mid-batch can only undo the last purges; the next run redoes them.
        """
        if not self.db.is_sqlite:
            yield self.db.write
            return
        with translate_errors(), self.db.engine.connect() as conn:
            # Straight to the driver: SQLAlchemy would open a transaction first, and SQLite
            # refuses to change the safety level inside one.
            raw: Any = conn.connection.driver_connection
            raw.execute("PRAGMA synchronous = NORMAL")
            conn.execution_options(write=True)  # later BEGINs are IMMEDIATE (see engine)

            @contextmanager
            def one() -> Iterator[Session]:
                with translate_errors(), conn.begin(), Session(bind=conn) as session:
                    yield session
                    session.flush()

            try:
                yield one
            finally:
                if conn.in_transaction():
                    conn.rollback()
                conn.execution_options(write=False)
                raw.execute("PRAGMA synchronous = FULL")

    def _run(self, actor: Actor, plan: ErasurePlan, ids: Sequence[int], reason: Reason, *,
             held: Sequence[str] = (), grace: int | None, today: date) -> PurgeReceipt:
        pset = PatternSet()
        done: list[_CaseResult] = []
        failed: list[str] = []
        with self._transactions() as transaction, self._ledger() as ledger:
            for case_id in ids:
                try:
                    with transaction() as session:
                        result = self._purge_one(session, actor, plan, case_id, reason, grace,
                                                 today, pset)
                except UnclassifiedTable:
                    raise
                except Exception as exc:  # one bad case must not stop the others
                    failed.append(f"#{case_id}: {type(exc).__name__}")
                    continue
                if result is None:
                    continue  # reopened or held meanwhile: no longer due
                done.append(result)
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

    def _purge_one(self, session: Session, actor: Actor, plan: ErasurePlan, case_id: int,
                   reason: Reason, grace: int | None, today: date,
                   pset: PatternSet) -> _CaseResult | None:
        conn = session.connection()
        sql = _compiled(plan, conn)  # compiled once per plan and dialect: 1,000 cases stay fast
        case = session.get(Case, case_id)
        if case is None or case.state == CaseState.PURGED.value:
            return None
        if grace is not None:  # re-check under the write lock: a hold may have come since
            try:
                self._refuse_unless_purgeable(case, grace, today)
            except UserError:
                return None
        ref, uid = case.ref, case.uid
        wrapped = conn.scalar(select(CaseKey.wrapped).where(CaseKey.case_id == case_id))
        if wrapped is not None:
            _collect_values(conn, case_id, self.app.keys.cipher_for(uid, wrapped), pset)
        rows: dict[str, int] = {}
        for name, stmt in sql.deletes:
            rows[name] = stmt.run(conn, case_id)
        cleared: dict[str, int] = {}
        for name, stmt in sql.clears:
            cleared[name] = stmt.run(conn, case_id)
        now = self._now()
        case.state = CaseState.PURGED.value
        case.purged_at = now
        case.updated_at = now
        case.legal_hold = False
        add_event(session, case, actor, Action.PURGE.value,
                  {"scheduled": "Personal data purged",
                   "early": "Personal data purged early by a manager",
                   "restore": "Personal data purged again after a restore"}[reason], at=now)
        audit.record(session, actor, "case.purge", ref,
                     {"uid": uid, "reason": reason, "rows": rows, "cleared": cleared,
                      "key_destroyed": wrapped is not None}, at=now)
        if _test_hook is not None:
            _test_hook("deleted", ref)
        return _CaseResult(ref, uid, rows, cleared, wrapped is not None)

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
