"""Opening the database: SQLite file by default, any SQLAlchemy URL otherwise.

SQLite is tuned for an office tool that must not leak deleted data or fail under
two writers: WAL, foreign keys, `secure_delete` (freed pages are zeroed), temp data
in memory only (no temp files holding personal data), a busy timeout, and write
transactions that take the lock up front with BEGIN IMMEDIATE so that two writers
queue instead of failing with "database is locked" half-way.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from inquiry_desk.domain.errors import DatabaseProblem, StaleCase
from inquiry_desk.domain.i18n import translate
from inquiry_desk.store import versioning

BUSY_TIMEOUT_MS = 10_000
DB_FILENAME = "inquiry-desk.sqlite3"


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / DB_FILENAME).as_posix()}"


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's implicit BEGIN
    # would be DEFERRED and defeat the IMMEDIATE write transactions).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute("PRAGMA temp_store = MEMORY")
        mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode and str(mode[0]).lower() not in ("wal", "memory"):
            # A read-only folder cannot hold the -wal file: say so instead of running unsafely.
            raise sqlite3.OperationalError("cannot switch to WAL journal")
        # NORMAL is the documented pairing with WAL: a crash of the app or the OS never
        # corrupts the file; only a power cut may lose the last commits, not half of one.
        cur.execute("PRAGMA synchronous = NORMAL")
    finally:
        cur.close()


def _sqlite_begin(conn: Any) -> None:
    if conn.get_execution_options().get("write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


# Any constant works; it only has to be the same in every Inquiry Desk.
_PG_WRITE_LOCK = 0x1D_E5C


def _postgres_begin(conn: Any) -> None:
    # Writers queue on one transaction-scoped advisory lock, like SQLite's BEGIN
    # IMMEDIATE: a department's handful of writers never notice, and references and
    # the audit hash chain stay gap-free without retry loops.
    if conn.get_execution_options().get("write"):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_WRITE_LOCK})")


class Database:
    """An engine plus two session factories: read (deferred) and write (locks up front)."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.path: Path | None = Path(parsed.database) if self.is_sqlite and parsed.database else None
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_connect)
            event.listen(self.engine, "begin", _sqlite_begin)
        elif parsed.get_backend_name() == "postgresql":
            event.listen(self.engine, "begin", _postgres_begin)
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(bind=self.engine.execution_options(write=True), expire_on_commit=False)
        # Every unit of work that changes a case bumps its version (optimistic locking).
        versioning.install(self._write)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with translate_errors(self.folder), self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error."""
        with translate_errors(self.folder), self._write() as session, session.begin():
            yield session

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    def checkpoint(self) -> None:
        """Fold the WAL back into the main file and truncate it (after a purge)."""
        if self.is_sqlite:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def translate_errors(folder: Path | None = None) -> Iterator[None]:
    """Database failures become messages a user can act on."""
    try:
        yield
    except StaleDataError as exc:
        # A case's conditional UPDATE (store/versioning.py) found another version: a writer
        # committed between this one's read and its write.
        raise StaleCase(versioning.same_moment(), "") from exc
    except OperationalError as exc:
        raise DatabaseProblem(describe_operational_error(exc, folder)) from exc
    except DatabaseError as exc:
        text = str(exc.orig) if exc.orig else str(exc)
        if "not a database" in text or "malformed" in text:
            raise DatabaseProblem(_damaged()) from exc
        if "permission denied" in text.lower():
            # A staff PC's database role (packaging/postgres/staff-role.sql) may not do this.
            raise DatabaseProblem(
                translate(
                    "Database",
                    "The database does not let this PC make that change: its database role is "
                    "for casework. Do it on an administrator's PC.",
                )
            ) from exc
        raise


def _damaged() -> str:
    return translate(
        "Database",
        "The database file is damaged or is not an Inquiry Desk database. "
        "Restore it from a backup, or choose another data folder.",
    )


# Below this much free space a failed write is taken for a full disk: SQLite reports a
# write that ran out of space in the WAL as "disk I/O error", not as SQLITE_FULL.
_NEARLY_FULL = 8 << 20


def _disk_full(folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL
    except OSError:
        return False


def describe_operational_error(exc: OperationalError, folder: Path | None = None) -> str:
    text = str(exc.orig) if exc.orig else str(exc)
    lowered = text.lower()
    if "disk is full" in lowered or ("disk i/o error" in lowered and _disk_full(folder)):
        return translate(
            "Database",
            "The disk holding the data folder is full, so the change was not saved. Free some "
            "space (empty the recycle bin, move old files away) and try again; nothing was lost.",
        )
    if "locked" in lowered or "busy" in lowered:
        return translate(
            "Database", "The database is busy: another Inquiry Desk is writing to it. Try again in a moment."
        )
    if (
        "readonly" in lowered
        or "read-only" in lowered
        or "unable to open" in lowered
        or "cannot switch to wal" in lowered
    ):
        return translate(
            "Database",
            "The database cannot be written: check that the data folder exists and that you may write to it.",
        )
    if "not a database" in lowered or "malformed" in lowered:
        return _damaged()
    if "connection" in lowered or "could not connect" in lowered:
        return translate(
            "Database", "The database server cannot be reached. Check the network and the server address."
        )
    detail = text.splitlines()[0] if text else translate("Database", "unknown error")
    return translate("Database", "The database reported a problem: {detail}").format(detail=detail)
