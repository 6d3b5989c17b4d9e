"""Backups that never bring a purged case back (restoring them: restore.py).

A backup is a consistent copy of the SQLite database made with the online backup API,
sealed under the day's backup key (backup_file.py, backup_keys.py), synced and renamed
into place, so a crash never leaves a half-written backup under the real name.

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
from datetime import datetime
from pathlib import Path

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.app import App
from inquiry_desk.services.purge import backup_keys
from inquiry_desk.services.purge.backup_file import BackupHeader, seal_file
from inquiry_desk.store.engine import DB_FILENAME

LOCK_NAME = "inquiry-desk.lock"  # the GUI's instance lock (ui/app_main.py)
POSTGRES_NOTE = QT_TRANSLATE_NOOP(
    "Purge",
    "This installation uses a database server. Backups are the server's job "
    "(pg_dump, or the server's backup tool). Purged cases' keys are destroyed, so their "
    "contents in any dump stay unreadable.",
)
_SQLITE_MAGIC = b"SQLite format 3\x00"


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
    """Write a sealed backup of the database to ``dest`` atomically; returns its size in bytes."""
    actor.require(Permission.BACKUP)
    if not app.db.is_sqlite or app.db.path is None:
        raise UserError(translate("Purge", POSTGRES_NOTE))
    dest = dest.expanduser().resolve()
    if dest.parent == app.db.path.parent.resolve() and dest.name.startswith(DB_FILENAME):
        raise UserError(translate("Purge", "Choose another name: that file belongs to the live database."))
    dest.parent.mkdir(parents=True, exist_ok=True)
    today = app.cases.today()
    grace = app.purge.grace_days()
    backup_keys.expire(app.key_store, app.install_id, today, grace)
    generation, key = backup_keys.key_for_today(app.key_store, app.install_id, today)
    header = BackupHeader(
        app.install_id, today.toordinal(), datetime.now().isoformat(timespec="seconds"), grace, generation
    )
    # The plain copy stays in the data folder, beside the database it copies, for a moment.
    plain = app.data_dir / f".backup-{os.getpid()}.sqlite3"
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        _copy_database(sqlite3.connect(app.db.path), plain)
        seal_file(plain, tmp, header, key)
        tmp.chmod(0o600)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        with contextlib.suppress(OSError):
            plain.unlink()
    size = dest.stat().st_size
    app.audit_event(actor, "backup.create", None, {"file": dest.name, "bytes": size})
    return size
