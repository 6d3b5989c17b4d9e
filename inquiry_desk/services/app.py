"""The composition root: opens the database and the keys, and wires the services.

Every service is built here, once, on the App's clock and with its register cache: the
window, the command line and the scheduled jobs take them from the App and hand each
screen only the services it uses. The ones the first screen does not need (lifecycle,
documents, reports, purge, audit log) are built, and their modules imported, on first use.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from inquiry_desk.domain.errors import DatabaseProblem, KeyringUnavailable
from inquiry_desk.domain.i18n import translate
from inquiry_desk.office_forms import OFFICE_FOLDER, use_office_folder
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.audit_anchor import AuditAnchor
from inquiry_desk.services.cases.register import RegisterService
from inquiry_desk.services.cases.service import CaseService
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.users import UserService
from inquiry_desk.services.users_seal import seal_existing_rows
from inquiry_desk.store import schema
from inquiry_desk.store.crypto import open_sealed, seal
from inquiry_desk.store.engine import DB_FILENAME, Database, sqlite_url
from inquiry_desk.store.masterkey import KeyringMasterKeyStore, MasterKeyStore, load_or_create
from inquiry_desk.store.models import AppMeta

if TYPE_CHECKING:
    from inquiry_desk.services.audit_check import AuditCheck
    from inquiry_desk.services.cases.editing import CaseEditService
    from inquiry_desk.services.cases.merging import CaseMergeService
    from inquiry_desk.services.cases.review import ReviewService
    from inquiry_desk.services.documents.service import DocumentService
    from inquiry_desk.services.language import LanguagePreference
    from inquiry_desk.services.lifecycle.services import Lifecycle
    from inquiry_desk.services.purge.service import PurgeService
    from inquiry_desk.services.records.portable import PortableService
    from inquiry_desk.services.records.service import RecordService
    from inquiry_desk.services.reports.service import ReportService
    from inquiry_desk.services.settings.outgoing_mail import OutgoingMailService
    from inquiry_desk.services.settings.processing_register import ProcessingRegisterService

_KEY_CHECK = b"inquiry-desk key check"


@dataclass
class App:
    data_dir: Path
    db: Database
    install_id: str
    is_demo: bool
    keys: KeyService
    cases: CaseService
    register: RegisterService
    users: UserService
    key_store: MasterKeyStore

    @classmethod
    def open(
        cls,
        data_dir: Path,
        url: str | None = None,
        key_store: MasterKeyStore | None = None,
        *,
        today: Callable[[], date] = date.today,
        anchored: bool = True,
    ) -> App:
        """Open (or, for a new SQLite folder, create) the database and its keys.

        A start that fails leaves nothing behind: the keyring is asked first, and a new
        database file appears whole, schema and key check included, or not at all.
        """
        data_dir = Path(data_dir)
        created_dir = False
        if url is None:
            created_dir = _prepare_sqlite_folder(data_dir)
        try:
            store = key_store if key_store is not None else KeyringMasterKeyStore()
            if url is None:
                path = data_dir / DB_FILENAME
                if not path.exists():
                    _create_sqlite(path, store)
                url = sqlite_url(data_dir)
        except BaseException:
            if created_dir:
                with contextlib.suppress(OSError):
                    data_dir.rmdir()  # only if still empty
            raise
        db = Database(url)
        try:
            rev = schema.check_usable(db)
            if rev != schema.head_revision():
                schema.upgrade(db)
            meta = _read_meta(db)
            install_id = meta.get("install_id") or _init_meta(db)
            master = _master_key(db, store, install_id, meta.get("key_check"))
        except BaseException:
            db.dispose()
            raise
        keys = KeyService(master, on_server=not db.is_sqlite)
        try:
            seal_existing_rows(db, keys.user_seal_key, store, install_id)
        except BaseException:
            db.dispose()
            raise
        register = RegisterService(db, keys, today)
        is_demo = meta.get("demo") == "1"
        # The office's edited letters, forms and company details, kept outside the program.
        use_office_folder(data_dir / OFFICE_FOLDER)
        app = cls(
            data_dir=data_dir,
            db=db,
            install_id=install_id,
            is_demo=is_demo,
            keys=keys,
            cases=CaseService(db, keys, today, on_change=register.invalidate),
            register=register,
            users=UserService(db, demo=is_demo, seal_key=keys.user_seal_key),
            key_store=store,
        )
        if anchored:  # a restore's staged copy is not the installation's chain (yet)
            app.audit_anchor  # noqa: B018 (from now on every audit row this process writes is anchored)
        return app

    @cached_property
    def language(self) -> LanguagePreference:
        """This PC user's interface language (kept in the data folder, not the database)."""
        from inquiry_desk.services.language import LanguagePreference

        return LanguagePreference(self.data_dir)

    @cached_property
    def records(self) -> RecordService:
        from inquiry_desk.services.records.service import RecordService

        return RecordService(self.db, self.keys, self.register.invalidate)

    @cached_property
    def portable(self) -> PortableService:
        from inquiry_desk.services.records.portable import PortableService

        return PortableService(self.db, self.documents, self.records, self.register.invalidate)

    @cached_property
    def lifecycle(self) -> Lifecycle:
        from inquiry_desk.services.lifecycle.services import Lifecycle

        # The App's clock (tests inject one) and its register cache, which must forget
        # states and due dates that change there.
        return Lifecycle.build(self.db, self.keys, self.cases.today, self.register.invalidate)

    @cached_property
    def merging(self) -> CaseMergeService:
        from inquiry_desk.services.cases.merging import CaseMergeService

        # The emptied case is erased by the purge's own erasure of one case, with its check.
        return CaseMergeService(self.db, self.keys, self.purge.erase_merged, self.register.invalidate)

    @cached_property
    def edits(self) -> CaseEditService:
        from inquiry_desk.services.cases.editing import CaseEditService

        return CaseEditService(self.db, self.keys, self.cases.today, self.register.invalidate)

    @cached_property
    def review(self) -> ReviewService:
        from inquiry_desk.services.cases.review import ReviewService

        return ReviewService(self.db, self.register.invalidate)

    @cached_property
    def documents(self) -> DocumentService:
        from inquiry_desk.services.documents.service import DocumentService

        return DocumentService(
            self.db,
            self.keys,
            self.cases,
            self.cases.today,
            self.register.invalidate,
            workflow=self.lifecycle.workflow,
            records=self.records,
        )

    @cached_property
    def processing_register(self) -> ProcessingRegisterService:
        from inquiry_desk.services.settings.processing_register import ProcessingRegisterService

        return ProcessingRegisterService(self.db)

    @cached_property
    def outgoing_mail(self) -> OutgoingMailService:
        from inquiry_desk.services.settings.outgoing_mail import OutgoingMailService

        return OutgoingMailService(self.db)

    @cached_property
    def reports(self) -> ReportService:
        from inquiry_desk.services.reports.service import ReportService

        return ReportService(self.db, self.register.today)

    @cached_property
    def purge(self) -> PurgeService:
        from inquiry_desk.services.purge.service import PurgeService

        return PurgeService(self)

    @cached_property
    def audit_anchor(self) -> AuditAnchor:
        return AuditAnchor(self.db, self.key_store, self.install_id)

    @cached_property
    def audit_log(self) -> audit.AuditLog:
        return audit.AuditLog(self.db, self.check_audit)

    def check_audit(self) -> AuditCheck:
        """The chain, its end against this PC's anchor, and the staff accounts' seals."""
        from inquiry_desk.services.audit_check import check_audit

        return check_audit(self.db, self.audit_anchor, self.keys.user_seal_key)

    def idle_minutes(self) -> int:
        """Minutes without input before the window locks (read before the first screen)."""
        from inquiry_desk.services.settings.security import idle_minutes

        return idle_minutes(self.db)

    @property
    def location(self) -> str:
        """Where the data lives, for the title bar and About: never a server password."""
        if self.db.path is not None:
            return str(self.db.path)
        return re.sub(r"//[^@/]*@", "//", self.db.url)

    def set_meta(self, key: str, value: str) -> None:
        with self.db.write() as session:
            session.merge(AppMeta(key=key, value=value))
        if key == "demo":
            self.is_demo = value == "1"
            self.users.min_password = 4 if self.is_demo else self.users.min_password

    def audit_event(
        self,
        actor: Actor | str,
        action: str,
        case_ref: str | None = None,
        details: dict[str, object] | None = None,
    ) -> None:
        with self.db.write() as session:
            audit.record(session, actor, action, case_ref, details)

    def close(self) -> None:
        if "audit_anchor" in self.__dict__:
            self.audit_anchor.close()
        self.db.dispose()


def _prepare_sqlite_folder(data_dir: Path) -> bool:
    """Make sure the folder exists and holds no foreign file; True if it was created now."""
    created = not data_dir.exists()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseProblem(
            translate("App", "The data folder {folder} cannot be created: {error}.").format(
                folder=data_dir, error=exc.strerror
            )
        ) from exc
    _owner_only(data_dir, 0o700)
    path = data_dir / DB_FILENAME
    if path.exists():
        _refuse_unusable(path)
        for suffix in ("", "-wal", "-shm"):
            _owner_only(Path(str(path) + suffix), 0o600)
    return created


def _owner_only(path: Path, mode: int) -> None:
    """Personal data and password hashes are for this account only (a folder made by an
    earlier version, or by hand, may be world-readable). SQLite gives the -wal and -shm
    files the database file's mode."""
    with contextlib.suppress(OSError):  # not ours to change (a shared folder): leave it
        if path.exists() and path.stat().st_mode & 0o077:
            path.chmod(mode)


def _refuse_unusable(path: Path) -> None:
    """Refuse, without writing a byte, a database file that is empty, not SQLite, another
    program's, or from a newer Inquiry Desk: connecting would switch it to WAL first."""
    folder = path.parent
    if path.stat().st_size == 0:
        raise DatabaseProblem(
            translate(
                "App",
                "{file} in {folder} is empty (0 bytes), so it is not an Inquiry Desk database. "
                "Restore it from a backup, or move it away to start a new installation.",
            ).format(file=path.name, folder=folder)
        )
    tables = _tables_of(path)
    if tables is None:
        raise DatabaseProblem(
            translate(
                "App",
                "{file} in {folder} is not a database (it may be damaged). "
                "Restore it from a backup, or choose another data folder.",
            ).format(file=path.name, folder=folder)
        )
    if not {"alembic_version", "app_meta"} & tables and not Path(str(path) + "-wal").exists():
        raise DatabaseProblem(
            translate(
                "App",
                "{file} in {folder} belongs to another program (it has none of Inquiry Desk's "
                "tables); it was left as it was. Choose another data folder.",
            ).format(file=path.name, folder=folder)
        )


def _tables_of(path: Path) -> set[str] | None:
    """The file's table names read without locking or writing anything (SQLite's immutable
    mode), or None if it is not an SQLite database. Asked through SQLite, never with open():
    this process may hold the database open already (a restore, the selftest beside the
    window), and closing a descriptor of our own would drop its locks (scan_child.py)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "malformed" in str(exc):
            return None
        raise
    finally:
        conn.close()


def _create_sqlite(path: Path, store: MasterKeyStore) -> None:
    """A new database, built under a temporary name and linked into place when complete.

    Linking never replaces: if another process created the database meanwhile, that one
    is kept and the key made here is forgotten again.
    """
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}")
    _remove_database_files(tmp)
    db = Database(f"sqlite:///{tmp.as_posix()}")
    install_id: str | None = None
    linked = False
    try:
        schema.upgrade(db)
        install_id = _init_meta(db)
        _master_key(db, store, install_id, None)
        db.checkpoint()
        db.dispose()  # the last connection: SQLite folds the WAL in and removes it
        tmp.chmod(0o600)
        with open(tmp, "rb+") as handle:  # our own temporary file, no one else's locks
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)
            linked = True
        except FileExistsError:
            pass  # another process created it first: theirs is the database
        _fsync_dir(path.parent)
    finally:
        if install_id is not None and not linked:
            with contextlib.suppress(Exception):
                store.delete(install_id)
        db.dispose()
        _remove_database_files(tmp)


def _fsync_dir(folder: Path) -> None:
    # Makes the new name durable on POSIX; Windows has no directory handles to sync.
    if os.name != "nt":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def _read_meta(db: Database) -> dict[str, str]:
    with db.read() as session:
        return {m.key: m.value for m in session.scalars(select(AppMeta))}


def _init_meta(db: Database) -> str:
    install_id = str(uuid.uuid4())
    with db.write() as session:
        existing = session.get(AppMeta, "install_id")
        if existing is not None:  # another instance initialised it meanwhile
            return existing.value
        session.add(AppMeta(key="install_id", value=install_id))
    return install_id


def _master_key(db: Database, store: MasterKeyStore, install_id: str, check: str | None) -> bytes:
    master = load_or_create(store, install_id, may_create=check is None)
    if check is None:
        with db.write() as session:
            session.merge(AppMeta(key="key_check", value=seal(master, _KEY_CHECK, install_id.encode()).hex()))
        return master
    try:
        open_sealed(master, bytes.fromhex(check), install_id.encode())
    except Exception as exc:
        raise KeyringUnavailable(
            translate(
                "App",
                "The key in this computer's keyring does not open this database. An administrator can "
                "import the right key with `inquiry-desk key import FILE`.",
            )
        ) from exc
    return master
