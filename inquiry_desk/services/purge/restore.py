"""Restoring a backup: checked on a staged copy first, purges re-applied, never half done.

See backup.py for why the pages are written into the live file and how the ledger is
re-applied; backup_keys.py for why a backup past the erasure period cannot be opened.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.app import App
from inquiry_desk.services.instance_lock import InstanceLock
from inquiry_desk.services.purge import backup_file, backup_keys
from inquiry_desk.services.purge.backup import (
    LOCK_NAME,
    POSTGRES_NOTE,
    _check_sqlite_file,
    _copy_database,
    _fsync_dir,
    _install_id_of,
    _refuse_live_files,
)
from inquiry_desk.services.purge.backup_file import BackupHeader, open_file, read_header
from inquiry_desk.services.purge.ledger import LEDGER_NAME
from inquiry_desk.services.purge.service import PurgeReceipt, read_ledger
from inquiry_desk.store.engine import DB_FILENAME
from inquiry_desk.store.masterkey import MasterKeyStore, MemoryMasterKeyStore


@dataclass(frozen=True)
class RestoreResult:
    reapplied: PurgeReceipt
    ledger_size: int
    audit_entries_lost: int


def _current_state(app: App) -> tuple[set[str], dict[int, int], int]:
    """Purged case uids, reference counters and audit length of the database about to be replaced."""
    from sqlalchemy import func, select

    from inquiry_desk.store.models import AuditEntry, Case, RefCounter

    with app.db.read() as session:
        uids = set(session.scalars(select(Case.uid).where(Case.state == "purged")))
        counters = {r.year: r.last_seq for r in session.scalars(select(RefCounter))}
        audit_rows = int(session.scalar(select(func.count(AuditEntry.id))) or 0)
    return uids, counters, audit_rows


def _too_old(path: Path, header: BackupHeader, today: date) -> UserError | None:
    made = date.fromordinal(header.day)
    if (today - made).days > header.grace_days:
        return UserError(
            translate(
                "Purge",
                "{file} was made on {date:%Y-%m-%d}, more than the erasure period of {days} days "
                "ago. Its key has been destroyed, as the privacy policy requires, so it can no "
                "longer be restored. Nothing was changed.",
            ).format(file=path.name, date=made, days=header.grace_days)
        )
    return None


def _unseal(source: Path, header: BackupHeader, state: backup_keys.State | None, staging: Path) -> None:
    """The backup's database into ``staging``; refuses an expired or foreign key."""
    key = backup_keys.derive(state, header.day, header.generation) if state is not None else None
    if key is None:
        raise UserError(
            translate(
                "Purge",
                "The key of {file} is not on this computer: either it was destroyed with the "
                "erasure period, or this PC never had it (restore with --key-file and a key "
                "file exported after {date:%Y-%m-%d}). Nothing was changed.",
            ).format(file=source.name, date=date.fromordinal(header.day))
        )
    open_file(source, staging / DB_FILENAME, key)
    _check_sqlite_file(staging / DB_FILENAME)


def _staging(data_dir: Path) -> Path:
    folder = data_dir / f".restore-{os.getpid()}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(mode=0o700)
    return folder


def _stage(app: App, source: Path, staging: Path) -> None:
    """Put the backup's database in ``staging``, checked, without touching the live one."""
    if backup_file.is_backup_file(source):
        header = read_header(source)
        if header.install_id != app.install_id:
            raise _foreign(source)
        too_old = _too_old(source, header, app.cases.today())
        if too_old is not None:
            raise too_old
        _unseal(source, header, backup_keys.load(app.key_store, app.install_id), staging)
        return
    # A backup written by an earlier version: a plain SQLite copy, accepted on the PC it came
    # from (its purge ledger is here to re-apply).
    _check_sqlite_file(source)
    if _install_id_of(source) != app.install_id:
        raise _foreign(source)
    shutil.copyfile(source, staging / DB_FILENAME)


def _foreign(source: Path) -> UserError:
    return UserError(
        translate(
            "Purge",
            "{file} is a backup of another installation; this database was "
            "left as it was. Restore it into its own data folder, after importing "
            "its key with `inquiry-desk key import`.",
        ).format(file=source.name)
    )


def _settle(staged: App, actor: Actor, uids: set[str]) -> PurgeReceipt:
    """In the restored copy: purge again what the ledger knows, then whatever is due by now
    (a case closed in the backup whose grace period has passed since)."""
    again = staged.purge.reapply(actor, uids)
    due = staged.purge.purge_due(actor)
    return again.merged(due)


def restore(app: App, actor: Actor, source: Path, key_store: MasterKeyStore | None) -> RestoreResult:
    """Replace the database with ``source`` and purge again what was purged since. Closes ``app``.

    Everything is checked on a copy in the data folder first: the file, its key, its
    installation, the schema and the re-applied purge. Only then are its pages written into
    the live database, with a copy of the previous one kept until the restored database
    opens, and written back if it does not.
    """
    actor.require(Permission.BACKUP)
    if not app.db.is_sqlite or app.db.path is None:
        raise UserError(translate("Purge", POSTGRES_NOTE))
    source = source.expanduser().resolve()
    data_dir = app.data_dir
    db_path = app.db.path
    _refuse_live_files(source, db_path)
    lock = InstanceLock(data_dir / LOCK_NAME)
    lock.acquire()  # refuses while the application window has this database open
    staging = _staging(data_dir)
    keep = data_dir / f".pre-restore-{os.getpid()}.sqlite3"
    try:
        _stage(app, source, staging)
        # The ledger comes first: once the pages are replaced, only the ledger file remembers.
        uids, counters, audit_rows = _current_state(app)
        uids |= {entry["uid"] for entry in read_ledger(data_dir)}
        staged = App.open(
            staging, key_store=key_store or app.key_store, today=app.cases.today, anchored=False
        )
        try:
            lost = max(0, audit_rows - _current_state(staged)[2])
            receipt = _settle(staged, actor, uids)
            _carry_forward(staged, counters)
        finally:
            staged.close()
        _copy_database(sqlite3.connect(db_path), keep)
        app.close()
        _copy_into_live(staging / DB_FILENAME, db_path)
        try:
            restored = App.open(data_dir, key_store=key_store)
        except BaseException:
            _copy_into_live(keep, db_path)  # back to the database as it was
            raise
        try:
            _append_ledger(staging, data_dir)
            restored.audit_event(
                actor,
                "backup.restore",
                None,
                {
                    "file": source.name,
                    "reapplied": len(receipt.refs),
                    "ledger": len(uids),
                    "audit_entries_lost": lost,
                    "erasure_check": receipt.check.passed if receipt.check else None,
                },
            )
            _anchor_restored_head(restored)
        finally:
            restored.close()
        return RestoreResult(receipt, len(uids), lost)
    finally:
        with contextlib.suppress(OSError):
            keep.unlink()
        shutil.rmtree(staging, ignore_errors=True)
        lock.release()


def restore_new(
    data_dir: Path,
    source: Path,
    key_file: tuple[str, bytes, bytes | None],
    key_store: MasterKeyStore,
    sign_in: Callable[[App], Actor],
    today: Callable[[], date] = date.today,
) -> RestoreResult:
    """Restore onto a PC with no database yet (a replaced PC), with the installation's key file.

    The backup's own purges are re-applied and whatever has fallen due since is purged,
    before the database takes its place; a backup older than the erasure period has no key
    left to open it with.
    """
    install_id, master, ratchet = key_file
    source = source.expanduser().resolve()
    db_path = data_dir / DB_FILENAME
    if db_path.exists():
        raise UserError(
            translate("Purge", "This data folder already holds a database; restore without --key-file.")
        )
    header = read_header(source)
    if header.install_id != install_id:
        raise UserError(translate("Purge", "The key file and the backup belong to different installations."))
    too_old = _too_old(source, header, today())
    if too_old is not None:
        raise too_old
    state = backup_keys.unpack(ratchet) if ratchet else None
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = _staging(data_dir)
    try:
        _unseal(source, header, state, staging)
        overlay = MemoryMasterKeyStore()
        overlay.save(install_id, master)
        staged = App.open(staging, key_store=overlay, today=today, anchored=False)
        try:
            actor = sign_in(staged)
            actor.require(Permission.BACKUP)
            receipt = _settle(staged, actor, {entry["uid"] for entry in read_ledger(data_dir)})
            staged.audit_event(actor, "backup.restore", None, {"file": source.name, "new_pc": True})
        finally:
            staged.close()
        key_store.save(install_id, master)
        if state is not None:
            kept = backup_keys.later(state, backup_keys.load(key_store, install_id))
            expired = backup_keys.advanced(kept, today().toordinal() - header.grace_days)
            backup_keys.save(key_store, install_id, expired)
        os.link(staging / DB_FILENAME, db_path)
        _fsync_dir(data_dir)
        _append_ledger(staging, data_dir)
        return RestoreResult(receipt, 0, 0)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _anchor_restored_head(app: App) -> None:
    """The entries after the backup are gone by the administrator's choice (and the restore's
    audit entry says how many): the restored chain's head is the anchor from now on."""
    from sqlalchemy import select

    from inquiry_desk.store.models import AuditEntry

    with app.db.read() as session:
        head = session.execute(
            select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
    if head is not None:
        app.audit_anchor.reset(head[0], head[1])


def _append_ledger(staging: Path, data_dir: Path) -> None:
    """Purges made in the staged copy join the data folder's ledger."""
    staged = staging / LEDGER_NAME
    if staged.exists():
        with open(data_dir / LEDGER_NAME, "a", encoding="utf-8") as out:
            out.write(staged.read_text(encoding="utf-8"))
            out.flush()
            os.fsync(out.fileno())


def _copy_into_live(source: Path, db_path: Path) -> None:
    """The backup's pages into the live file, in one SQLite transaction: other processes
    wait on SQLite's lock meanwhile and then read the restored database, and a crash leaves
    the old database or the new one, never half of each."""
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(db_path, timeout=30)
        try:
            src.backup(dst)
            # Fold the restored pages into the main file, so a copy of the folder is whole.
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as exc:
            raise UserError(
                translate(
                    "Purge",
                    "The backup could not be written into the database ({error}); the "
                    "database was left as it was. Close other Inquiry Desk commands "
                    "and try again.",
                ).format(error=exc)
            ) from exc
        finally:
            dst.close()
    finally:
        src.close()


def _carry_forward(app: App, counters: dict[int, int]) -> None:
    """Keep references unique: a case created after the backup and lost must not share its ref."""
    from inquiry_desk.store.models import RefCounter

    with app.db.write() as session:
        for year, seq in counters.items():
            row = session.get(RefCounter, year)
            if row is None:
                session.add(RefCounter(year=year, last_seq=seq))
            elif row.last_seq < seq:
                row.last_seq = seq
