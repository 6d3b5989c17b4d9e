"""Backups that never bring a purged case back.

A backup is a consistent copy of the SQLite database made with the online backup API,
written to a temporary file, synced and renamed into place, so a crash never leaves a
half-written backup under the real name. Its personal contents stay encrypted with
the case keys of the time.

A restore writes the backup's pages into the live database through SQLite's backup API,
never by renaming or deleting the database's files: another process with the database open
(a terminal command, the scheduled purge) keeps locks and a WAL that a rename would orphan,
and it would go on writing into a file nobody reads. It runs only while no Inquiry Desk
window holds the database, and then re-applies the purge ledger: every case purged in
the database being replaced (or in the ledger file beside it, which survives a lost
database) is purged again in the restored one. Reference counters are carried forward
so a reference is never reused. On PostgreSQL backups are the server's job (pg_dump);
the destroyed case keys make the purged cases' contents in any dump unreadable.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.app import App
from inquiry_desk.services.instance_lock import InstanceLock
from inquiry_desk.services.purge.service import PurgeReceipt, read_ledger
from inquiry_desk.store.engine import DB_FILENAME
from inquiry_desk.store.masterkey import MasterKeyStore

LOCK_NAME = "inquiry-desk.lock"  # the GUI's instance lock (ui/app_main.py)
POSTGRES_NOTE = QT_TRANSLATE_NOOP(
    "Purge",
    "This installation uses a database server. Backups are the server's job "
    "(pg_dump, or the server's backup tool). Purged cases' keys are destroyed, so their "
    "contents in any dump stay unreadable.",
)
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class RestoreResult:
    reapplied: PurgeReceipt
    ledger_size: int
    audit_entries_lost: int


def _fsync_dir(folder: Path) -> None:
    # Makes the rename durable on POSIX; Windows has no directory handles to sync.
    if os.name != "nt":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_database(src: sqlite3.Connection, tmp: Path) -> None:
    """A consistent copy of `src` (SQLite's online backup) into `tmp`, synced; closes `src`."""
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            # One self-contained file: no -wal beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    _fsync_file(tmp)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _refuse_live_files(path: Path, db_path: Path) -> None:
    """Never open the live database's own files outside SQLite: closing such a descriptor
    would drop this process's locks on them (see services/purge/scan_child.py)."""
    live = [db_path] + [Path(str(db_path) + s) for s in ("-wal", "-shm", "-journal")]
    for candidate in live:
        if path == candidate.resolve() or (
            candidate.exists() and path.exists() and os.path.samefile(path, candidate)
        ):
            raise UserError(
                translate(
                    "Purge",
                    "{file} is the live database itself, not a backup. Choose a "
                    "backup file made with `inquiry-desk backup`.",
                ).format(file=path.name)
            )


def _install_id_of(path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM app_meta WHERE key = 'install_id'").fetchone()
    finally:
        conn.close()
    return str(row[0]) if row else None


def _check_sqlite_file(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            magic = handle.read(16)
    except OSError as exc:
        raise UserError(
            translate("Purge", "{path} cannot be read: {error}.").format(path=path, error=exc.strerror)
        ) from exc
    if magic != _SQLITE_MAGIC:
        raise UserError(
            translate("Purge", "{file} is not an Inquiry Desk backup (not an SQLite database).").format(
                file=path.name
            )
        )
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise UserError(
            translate("Purge", "{file} is damaged: {error}.").format(file=path.name, error=exc)
        ) from exc
    finally:
        conn.close()
    if not ok or ok[0] != "ok":
        raise UserError(
            translate("Purge", "{file} is damaged (integrity check failed); choose another backup.").format(
                file=path.name
            )
        )
    if not {"cases", "case_keys", "audit_log", "app_meta"} <= tables:
        raise UserError(translate("Purge", "{file} is not an Inquiry Desk backup.").format(file=path.name))


def backup(app: App, actor: Actor, dest: Path) -> int:
    """Copy the database to ``dest`` atomically; returns its size in bytes."""
    actor.require(Permission.BACKUP)
    if not app.db.is_sqlite or app.db.path is None:
        raise UserError(translate("Purge", POSTGRES_NOTE))
    dest = dest.expanduser().resolve()
    if dest.parent == app.db.path.parent.resolve() and dest.name.startswith(DB_FILENAME):
        raise UserError(translate("Purge", "Choose another name: that file belongs to the live database."))
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        _copy_database(sqlite3.connect(app.db.path), tmp)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    size = dest.stat().st_size
    app.audit_event(actor, "backup.create", None, {"file": dest.name, "bytes": size})
    return size


def _current_state(app: App) -> tuple[set[str], dict[int, int], int]:
    """Purged case uids, reference counters and audit length of the database about to be replaced."""
    from sqlalchemy import func, select

    from inquiry_desk.store.models import AuditEntry, Case, RefCounter

    with app.db.read() as session:
        uids = set(session.scalars(select(Case.uid).where(Case.state == "purged")))
        counters = {r.year: r.last_seq for r in session.scalars(select(RefCounter))}
        audit_rows = int(session.scalar(select(func.count(AuditEntry.id))) or 0)
    return uids, counters, audit_rows


def restore(app: App, actor: Actor, source: Path, key_store: MasterKeyStore | None) -> RestoreResult:
    """Replace the database with ``source`` and purge again what was purged since. Closes ``app``."""
    actor.require(Permission.BACKUP)
    if not app.db.is_sqlite or app.db.path is None:
        raise UserError(translate("Purge", POSTGRES_NOTE))
    source = source.expanduser().resolve()
    data_dir = app.data_dir
    db_path = app.db.path
    _refuse_live_files(source, db_path)
    _check_sqlite_file(source)
    install_id = app.install_id
    if _install_id_of(source) != install_id:
        raise UserError(
            translate(
                "Purge",
                "{file} is a backup of another installation; this database was "
                "left as it was. Restore it into its own data folder, after importing "
                "its key with `inquiry-desk key import`.",
            ).format(file=source.name)
        )
    lock = InstanceLock(data_dir / LOCK_NAME)
    lock.acquire()  # refuses while the application window has this database open
    try:
        # The ledger comes first: once the pages are replaced, only the ledger file remembers.
        uids, counters, audit_rows = _current_state(app)
        uids |= {entry["uid"] for entry in read_ledger(data_dir)}
        app.close()
        _copy_into_live(source, db_path)
        restored = App.open(data_dir, key_store=key_store)
        try:
            lost = max(0, audit_rows - _current_state(restored)[2])
            receipt = restored.purge.reapply(actor, uids)
            _carry_forward(restored, counters)
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
        finally:
            restored.close()
        return RestoreResult(receipt, len(uids), lost)
    finally:
        lock.release()


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
