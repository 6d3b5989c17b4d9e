"""The composition root: opens the database and the keys, and wires the services."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from inquiry_desk.domain.errors import DatabaseProblem, KeyringUnavailable
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.cases import CaseService
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.register import RegisterService
from inquiry_desk.services.users import UserService
from inquiry_desk.store import schema
from inquiry_desk.store.crypto import open_sealed, seal
from inquiry_desk.store.engine import DB_FILENAME, Database, sqlite_url
from inquiry_desk.store.masterkey import KeyringMasterKeyStore, MasterKeyStore, load_or_create
from inquiry_desk.store.models import AppMeta

_SQLITE_MAGIC = b"SQLite format 3\x00"
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
    def open(cls, data_dir: Path, url: str | None = None, key_store: MasterKeyStore | None = None,
             *, today: Callable[[], date] = date.today) -> App:
        data_dir = Path(data_dir)
        if url is None:
            _prepare_sqlite_folder(data_dir)
            url = sqlite_url(data_dir)
        db = Database(url)
        try:
            rev = schema.check_usable(db)
            if rev != schema.head_revision():
                schema.upgrade(db)
            meta = _read_meta(db)
            install_id = meta.get("install_id") or _init_meta(db)
            store = key_store if key_store is not None else KeyringMasterKeyStore()
            master = _master_key(db, store, install_id, meta.get("key_check"))
        except BaseException:
            db.dispose()
            raise
        keys = KeyService(master)
        register = RegisterService(db, keys, today)
        is_demo = meta.get("demo") == "1"
        return cls(data_dir=data_dir, db=db, install_id=install_id, is_demo=is_demo, keys=keys,
                   cases=CaseService(db, keys, today, on_change=register.invalidate),
                   register=register, users=UserService(db, demo=is_demo), key_store=store)

    def set_meta(self, key: str, value: str) -> None:
        with self.db.write() as session:
            session.merge(AppMeta(key=key, value=value))
        if key == "demo":
            self.is_demo = value == "1"
            self.users.min_password = 4 if self.is_demo else self.users.min_password

    def audit_event(self, actor: Actor | str, action: str, case_ref: str | None = None,
                    details: dict[str, object] | None = None) -> None:
        with self.db.write() as session:
            audit.record(session, actor, action, case_ref, details)

    def close(self) -> None:
        self.db.dispose()


def _prepare_sqlite_folder(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseProblem(f"The data folder {data_dir} cannot be created: {exc.strerror}.") from exc
    path = data_dir / DB_FILENAME
    if path.exists() and path.stat().st_size > 0:
        with open(path, "rb") as handle:
            if handle.read(16) != _SQLITE_MAGIC:
                raise DatabaseProblem(
                    f"{path.name} in {data_dir} is not a database (it may be damaged). "
                    "Restore it from a backup, or choose another data folder."
                )


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
            session.merge(AppMeta(key="key_check",
                                  value=seal(master, _KEY_CHECK, install_id.encode()).hex()))
        return master
    try:
        open_sealed(master, bytes.fromhex(check), install_id.encode())
    except Exception as exc:
        raise KeyringUnavailable(
            "The key in this computer's keyring does not open this database. An administrator can "
            "import the right key with `inquiry-desk key import FILE`."
        ) from exc
    return master
