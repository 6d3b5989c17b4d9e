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
checkpointed and truncated (secure_delete has zeroed the freed pages), the originals the
importer left outside the database (the watched folder's ``processed/``, the mailbox's
archive folder) are erased — those of this run's cases and any an earlier run could not
erase (purge_originals) — then the erasure check scans the database files, the data
folder, the watched folder and the mailbox's archive folder for the purged values, held
in memory for the check only, and the result goes on the receipt in the audit log. An
original not yet erased fails the receipt until a later run erases it.

This module is the service; its parts live beside it: due (which cases are due, the
grace period), legal_hold, plan (which tables are personal), values (the values the check
looks for), batch (the batch executor), ledger (the ledger file), receipts (what a run
reports), scan (the erasure check) and originals (the copies outside the database).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import select

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.errors import NotFound, UserError, ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.merging import MERGED_INTO
from inquiry_desk.services.intake.mailbox import MailOpener
from inquiry_desk.services.purge import backup_keys, legal_hold
from inquiry_desk.services.purge.batch import CaseResult, CaseRow, purge_batch, write_transactions
from inquiry_desk.services.purge.due import (
    DEFAULT_GRACE_DAYS,
    GRACE_KEY,
    MAX_GRACE_DAYS,
    ClosedCase,
    closed_cases,
    due_ids,
    read_grace_days,
    refuse_unless_purgeable,
)
from inquiry_desk.services.purge.ledger import LEDGER_NAME, open_ledger, read_ledger
from inquiry_desk.services.purge.originals import OriginalsEraser
from inquiry_desk.services.purge.plan import (
    ErasurePlan,
    UnclassifiedTable,
    check_database_tables,
    erasure_plan,
)
from inquiry_desk.services.purge.receipts import PurgeReceipt, Reason, ReceiptRow, receipt_row
from inquiry_desk.services.purge.scan import PatternSet, PlaceResult, Scanner, ScanResult
from inquiry_desk.services.purge.scan_child import scan_paths_in_child
from inquiry_desk.store.models import Case, Event, Setting

if TYPE_CHECKING:
    from inquiry_desk.services.keys import KeyService
    from inquiry_desk.store.engine import Database
    from inquiry_desk.store.masterkey import MasterKeyStore


class PurgeHost(Protocol):
    """What the purge needs of the open application (`App` is one): it erases in the
    database, forgets keys, tells the register, and scans the data folder."""

    data_dir: Path
    db: Database
    keys: KeyService
    key_store: MasterKeyStore
    install_id: str

    @property
    def register(self) -> _Invalidates: ...

    @property
    def cases(self) -> _HasClock: ...


class _Invalidates(Protocol):
    def invalidate(self) -> None: ...


class _HasClock(Protocol):
    today: Callable[[], date]


# The names other modules and tests import from here, wherever they are defined now.
__all__ = [
    "BATCH_SIZE",
    "LAST_RUN_KEY",
    "LEDGER_NAME",
    "RECEIPT_ACTION",
    "ErasurePlan",
    "PurgeReceipt",
    "PurgeService",
    "Reason",
    "UnclassifiedTable",
    "check_database_tables",
    "erasure_plan",
    "read_ledger",
]

LAST_RUN_KEY = "purge.last_run"
RECEIPT_ACTION = "purge.run"
# Cases per write transaction. Larger batches save little more (the commit is then a
# small share) and a kill would lose more work to redo; on the shared PostgreSQL
# database the write lock is held for one batch, well under a second.
BATCH_SIZE = 100


# A fault hook is called with (stage, ref) inside each case's savepoint, its rows deleted
# but the batch not committed ("deleted"), and after its batch committed ("committed"). The
# crash tests inject one to raise or to stop the process there; the app never does.
FaultHook = Callable[[str, str], None]


# --- the service --------------------------------------------------------------------------------
class PurgeService:
    def __init__(
        self,
        app: PurgeHost,
        *,
        today: Callable[[], date] | None = None,
        now: Callable[[], datetime] | None = None,
        batch_size: int = BATCH_SIZE,
        fault_hook: FaultHook | None = None,
        mail: MailOpener | None = None,
    ) -> None:
        """``mail`` signs in to the mailbox whose archived messages the purge deletes (the
        keyring's password by default; tests give their server's password and CA)."""
        self.app = app
        self.batch_size = batch_size
        self.fault_hook = fault_hook
        self.db = app.db
        self.today = today or app.cases.today
        self._now = now or (lambda: datetime.now().replace(microsecond=0))
        self.originals = OriginalsEraser(app.db, app.keys, mail or MailOpener(), self._now)
        self._erased: list[PlaceResult] = []  # this run's erasures outside the database
        self._outside_pset = PatternSet()

    # settings
    def grace_days(self) -> int:
        with self.db.read() as session:
            return read_grace_days(session)

    def set_grace_days(self, actor: Actor, days: int) -> None:
        actor.require(Permission.CHANGE_SETTINGS)
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_GRACE_DAYS:
            raise ValidationFailed(
                {
                    "grace_days": translate("Purge", "Enter a number of days from 0 to {maximum}.").format(
                        maximum=MAX_GRACE_DAYS
                    )
                }
            )
        with self.db.write() as session:
            old = session.get(Setting, GRACE_KEY)
            session.merge(Setting(key=GRACE_KEY, value=json.dumps(days)))
            audit.record(
                session,
                actor,
                "settings.grace_days",
                None,
                {"old": json.loads(old.value) if old else DEFAULT_GRACE_DAYS, "new": days},
            )

    def last_run(self) -> dict[str, Any] | None:
        with self.db.read() as session:
            row = session.get(Setting, LAST_RUN_KEY)
        return dict(json.loads(row.value)) if row else None

    # what is due
    def due_refs(self) -> list[str]:
        grace, today = self.grace_days(), self.today()
        with self.db.read() as session:
            ids, _ = due_ids(session, grace, today)
            return list(session.scalars(select(Case.ref).where(Case.id.in_(ids)).order_by(Case.id)))

    def closed_cases(self, actor: Actor) -> list[ClosedCase]:
        """Finished cases still holding personal data, with the day each will be purged."""
        actor.require(Permission.VIEW_REGISTER)
        grace, today = self.grace_days(), self.today()
        with self.db.read() as session:
            return closed_cases(session, grace, today)

    # purging
    def purge_due(self, actor: Actor, dry_run: bool = False) -> PurgeReceipt:
        actor.require(Permission.PURGE)
        plan = erasure_plan()
        grace, today = self.grace_days(), self.today()
        with self.db.read() as session:
            check_database_tables(session, plan)
            ids, held = due_ids(session, grace, today)
            if dry_run:
                refs = tuple(session.scalars(select(Case.ref).where(Case.id.in_(ids)).order_by(Case.id)))
                return PurgeReceipt(self._now(), actor.username, "scheduled", True, refs, held=tuple(held))
        # Backups older than the erasure period go before any case does (backup_keys.py).
        backup_keys.expire(self.app.key_store, self.app.install_id, today, grace)
        return self._run(actor, plan, ids, "scheduled", held=held, grace=grace, today=today)

    def purge_case_early(self, actor: Actor, ref: str, confirm_ref: str) -> PurgeReceipt:
        actor.require(Permission.PURGE_EARLY)
        ref = ref.strip().upper()
        if confirm_ref.strip().upper() != ref:
            raise ValidationFailed(
                {
                    "confirm_ref": translate(
                        "Purge", "Type the reference {ref} to confirm the purge."
                    ).format(ref=ref)
                }
            )
        plan = erasure_plan()
        with self.db.read() as session:
            check_database_tables(session, plan)
            case = session.scalar(select(Case).where(Case.ref == ref))
            if case is None:
                raise NotFound(translate("Purge", "There is no case {ref}.").format(ref=ref))
            refuse_unless_purgeable(case, 0, self.today())
            case_id = case.id
        receipt = self._run(actor, plan, [case_id], "early", grace=0, today=self.today())
        if receipt.refs:
            # Erased before its time: no backup made until now may bring it back (backup_keys.py).
            backup_keys.destroy_until_now(self.app.key_store, self.app.install_id, self.today())
        return receipt

    def erase_merged(self, actor: Actor, ref: str) -> PurgeReceipt:
        """Erase at once what is left of a case just merged into another: its messages,
        attachments and notes now live in the other case; its parties and key go here, by
        the same erasure and check as any purge. Filing is staff's work, so is this."""
        actor.require(Permission.EDIT_CASE)
        ref = ref.strip().upper()
        plan = erasure_plan()
        with self.db.read() as session:
            check_database_tables(session, plan)
            case = session.scalar(select(Case).where(Case.ref == ref))
            if case is None:
                raise NotFound(translate("Purge", "There is no case {ref}.").format(ref=ref))
            merged = session.scalar(
                select(Event.id).where(Event.case_id == case.id, Event.action == MERGED_INTO).limit(1)
            )
            if case.state != CaseState.CLOSED.value or merged is None or case.legal_hold:
                raise UserError(
                    translate("Purge", "{ref} is not a case merged into another.").format(ref=ref)
                )
            case_id = case.id
        return self._run(actor, plan, [case_id], "merged", grace=None, today=self.today())

    def reapply(self, actor: Actor, uids: Iterable[str]) -> PurgeReceipt:
        """Purge again, whatever their state, cases the ledger says were purged (after a restore)."""
        actor.require(Permission.PURGE)
        plan = erasure_plan()
        wanted = set(uids)
        with self.db.read() as session:
            check_database_tables(session, plan)
            ids = (
                list(
                    session.scalars(
                        select(Case.id)
                        .where(Case.uid.in_(wanted), Case.state != CaseState.PURGED.value)
                        .order_by(Case.id)
                    )
                )
                if wanted
                else []
            )
        return self._run(actor, plan, ids, "restore", grace=None, today=self.today())

    def _refuser(self, grace: int, today: date) -> Callable[[CaseRow], None]:
        """The due check for a case read in a batch: raises UserError once it is no longer due."""

        def refuse(case: CaseRow) -> None:
            refuse_unless_purgeable(case, grace, today)

        return refuse

    def _run(
        self,
        actor: Actor,
        plan: ErasurePlan,
        ids: Sequence[int],
        reason: Reason,
        *,
        held: Sequence[str] = (),
        grace: int | None,
        today: date,
    ) -> PurgeReceipt:
        pset = PatternSet()
        # What identifies the applicants, for the places outside the data folder (values.py).
        self._outside_pset = PatternSet()
        done: list[CaseResult] = []
        failed: list[str] = []
        refuse = None if grace is None else self._refuser(grace, today)
        with write_transactions(self.db) as transaction, open_ledger(self.app.data_dir, self._now) as ledger:
            for start in range(0, len(ids), self.batch_size):
                batch = ids[start : start + self.batch_size]
                batch_failed: list[str] = []
                try:
                    with transaction() as conn:
                        results = purge_batch(
                            conn,
                            actor,
                            plan,
                            batch,
                            reason,
                            keys=self.app.keys,
                            now=self._now,
                            refuse=refuse,
                            failed=batch_failed,
                            hook=self.fault_hook,
                        )
                except UnclassifiedTable:
                    raise
                except Exception as exc:  # the batch rolled back whole: none of it happened
                    failed.extend(f"#{case_id}: {type(exc).__name__}" for case_id in batch)
                    continue
                failed.extend(batch_failed)
                for result, values in results:
                    done.append(result)
                    values.feed(pset)
                    values.feed_identifying(self._outside_pset)
                    self.app.keys.forget(result.uid)
                    ledger(result.uid, result.ref)
                    if self.fault_hook is not None:
                        self.fault_hook("committed", result.ref)
        if done:
            self.app.register.invalidate()
        wal_truncated = self._checkpoint() if done else None
        # The originals outside the database: after the commit (the database purge never
        # waits on a mail server) and before the check (which must find them gone).
        self._erased = self.originals.erase_purged()
        scan = self._erasure_check(pset) if done else None
        if scan is not None or self._erased:
            scan = (scan or ScanResult.nothing_scanned()).with_places(self._erased)
        rows: dict[str, int] = {}
        cleared: dict[str, int] = {}
        for result in done:
            for name, n in result.rows.items():
                rows[name] = rows.get(name, 0) + n
            for name, n in result.cleared.items():
                cleared[name] = cleared.get(name, 0) + n
        receipt = PurgeReceipt(
            self._now(),
            actor.username,
            reason,
            False,
            tuple(r.ref for r in done),
            rows,
            cleared,
            sum(1 for r in done if r.key_destroyed),
            tuple(held),
            tuple(failed),
            scan,
            wal_truncated,
        )
        del pset  # the values leave memory with the pattern sets
        self._outside_pset = PatternSet()
        self._record(actor, receipt)
        return receipt

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
        # In a child process: reading the database files here would drop this process's
        # SQLite locks (see services/purge/scan_child.py). The watched folder goes with
        # them; the mailbox is read here (a network connection holds no database lock).
        result = scan_paths_in_child(
            self.scan_roots(),
            pset,
            relative_to=self.app.data_dir,
            places=self.originals.watched_folders(self._erased),
            place_pset=self._outside_pset,
        )
        return result.with_places(self.originals.scan_mailboxes(Scanner(self._outside_pset.patterns)))

    def _record(self, actor: Actor, receipt: PurgeReceipt) -> None:
        summary = {"at": receipt.at.isoformat(), "purged": len(receipt.refs), "passed": receipt.passed}
        # A run that only erased originals an earlier run had left is a receipt too; one that
        # only found them still waiting (the server still down) adds nothing to the log.
        outside = receipt.check is not None and any(p.erased or p.absent for p in receipt.check.places)
        with self.db.write() as session:
            if receipt.refs or receipt.failed or outside:
                audit.record(session, actor, RECEIPT_ACTION, None, receipt.to_json(), at=receipt.at)
            session.merge(Setting(key=LAST_RUN_KEY, value=json.dumps(summary)))

    def last_receipts(self, actor: Actor, limit: int = 20) -> list[ReceiptRow]:
        actor.require(Permission.READ_AUDIT)
        with self.db.read() as session:
            rows = audit.query(session, action=RECEIPT_ACTION, limit=limit)
        return [
            receipt_row(row.id, row.at, row.actor, row.details)
            for row in rows
            if row.action == RECEIPT_ACTION
        ]

    # legal hold
    def set_legal_hold(
        self, actor: Actor, ref: str, on: bool, reason: str, *, expected_version: int | None = None
    ) -> None:
        """Place or lift a legal hold (legal_hold.py), and tell the register."""
        legal_hold.set_legal_hold(
            self.db, self.app.keys, actor, ref, on, reason, self._now(), expected_version=expected_version
        )
        self.app.register.invalidate()
