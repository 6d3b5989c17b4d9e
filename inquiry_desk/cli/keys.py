"""`inquiry-desk key export|import FILE`: enrol another PC on a shared database.

Import works before this PC has the key (that is its point), so it signs the
administrator in and checks the key against the database without opening the App.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.engine import make_url

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Permission
from inquiry_desk.services.keys import export_master_key, import_key_file
from inquiry_desk.services.users import UserService
from inquiry_desk.store import schema
from inquiry_desk.store.crypto import open_sealed
from inquiry_desk.store.engine import Database, sqlite_url
from inquiry_desk.store.masterkey import KeyringMasterKeyStore, MasterKeyStore
from inquiry_desk.store.models import AppMeta

if TYPE_CHECKING:
    from inquiry_desk.cli.runner import Runner

ENV_PASSPHRASE = "INQUIRY_DESK_KEY_PASSPHRASE"


def _passphrase(confirm: bool) -> str:
    value = os.environ.get(ENV_PASSPHRASE)
    if value is not None:
        return value
    if not (sys.stdin and sys.stdin.isatty()):
        raise UserError(
            translate(
                "CommandLine",
                "Set {passphrase_variable} or run the command in a terminal to be asked for "
                "the key file's passphrase.",
            ).format(passphrase_variable=ENV_PASSPHRASE)
        )
    first = getpass.getpass(translate("CommandLine", "Key file passphrase: "))
    if confirm and getpass.getpass(translate("CommandLine", "Repeat the passphrase: ")) != first:
        raise UserError(translate("CommandLine", "The passphrases differ."))
    return first


def key_command(args: argparse.Namespace, run: Runner) -> int:
    path = Path(args.file)
    if args.action == "export":
        app = run.app()
        actor = run.user()
        actor.require(Permission.KEY_ADMIN)
        from inquiry_desk.services.purge import backup_keys

        master = app.key_store.load(app.install_id)
        assert master is not None
        # The backup keys travel too, so that a replaced PC can restore this PC's backups.
        ratchet = backup_keys.load(app.key_store, app.install_id)
        data = export_master_key(
            master, app.install_id, _passphrase(confirm=True), backup_keys.pack(ratchet) if ratchet else None
        )
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(data)
        os.replace(tmp, path)  # never a half-written key file
        app.audit_event(actor, "key.export")
        print(
            translate(
                "CommandLine",
                "Key exported to {path}. Keep the file and its passphrase apart; delete the file "
                "once the other PC has imported it.",
            ).format(path=path)
        )
        return 0
    return _import(run, path)


def _refuse_a_missing_sqlite_file(url: str) -> None:
    """Connecting would create an empty SQLite file: a mistyped data folder would be left
    with a database that a later start takes for a new installation."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return
    path = Path(parsed.database)
    if not path.is_file() or path.stat().st_size == 0:
        raise UserError(
            translate(
                "CommandLine",
                "There is no Inquiry Desk database at {path}. Check --data-dir (or "
                "INQUIRY_DESK_DATA), or start the app once on the first PC and copy "
                "its data folder here.",
            ).format(path=path)
        )


def read_key_file(path: Path) -> tuple[str, bytes, bytes | None]:
    """(install id, master key, backup ratchet) of a key file, asking for its passphrase."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            translate("CommandLine", "The key file cannot be read: {error}.").format(error=exc.strerror)
        ) from exc
    return import_key_file(data, _passphrase(confirm=False))


def _import(run: Runner, path: Path) -> int:
    from inquiry_desk.cli.auth import ENV_PASSWORD, ENV_USER
    from inquiry_desk.services.purge import backup_keys

    install_id, master, ratchet = read_key_file(path)
    url = run.args.db or sqlite_url(run.data_dir)
    _refuse_a_missing_sqlite_file(url)
    db = Database(url)
    try:
        if schema.check_usable(db) is None:
            raise UserError(
                translate(
                    "CommandLine",
                    "This database is empty: start the app once on the first PC, then "
                    "enrol this one with its key.",
                )
            )
        with db.read() as session:
            meta = {m.key: m.value for m in session.scalars(select(AppMeta))}
        if meta.get("install_id") != install_id:
            raise UserError(
                translate("CommandLine", "This key file belongs to another Inquiry Desk database.")
            )
        open_sealed(master, bytes.fromhex(meta["key_check"]), install_id.encode())
        from inquiry_desk.services.keys import KeyService

        users = UserService(db, seal_key=KeyService(master).user_seal_key)
        username = os.environ.get(ENV_USER) or input(translate("CommandLine", "Administrator user name: "))
        password = os.environ.get(ENV_PASSWORD) or getpass.getpass(translate("CommandLine", "Password: "))
        actor = users.authenticate(username, password)
        actor.require(Permission.KEY_ADMIN)
        store: MasterKeyStore = run.key_store if run.key_store is not None else KeyringMasterKeyStore()
        store.save(install_id, master)
        if ratchet is not None:
            # Never back to keys this PC has destroyed already: the later first day wins.
            kept = backup_keys.later(backup_keys.unpack(ratchet), backup_keys.load(store, install_id))
            backup_keys.save(store, install_id, kept)
        with db.write() as session:
            audit.record(session, actor, "key.import")
    finally:
        db.dispose()
    print(
        translate(
            "CommandLine",
            "Key imported into this computer's keyring; Inquiry Desk can now open the database here.",
        )
    )
    return 0
