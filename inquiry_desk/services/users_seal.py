"""Seals on staff accounts: who may sign in and with which role, authenticated by a key
the database does not hold.

Anyone who can write the database file (or connect to the server) could otherwise make
themselves an administrator with one ``UPDATE``. Each account row carries an HMAC of its
username, role, password hash and active flag, under a key derived from the master key in
the keyring. A row whose seal does not match cannot sign in, and `verify-audit` names it.

Rows written before seals existed are sealed once, by the first start that has the key.
That start is remembered in the database and in this PC's keyring, so that deleting the
database's marker does not get a tampered row sealed: the keyring still says it was done.
"""

from __future__ import annotations

import hashlib
import hmac
import json

from sqlalchemy import select

from inquiry_desk.store.engine import Database
from inquiry_desk.store.masterkey import MasterKeyStore
from inquiry_desk.store.models import AppMeta, User

SEALED_META = "users.sealed"


def seal_of(key: bytes, user: User) -> str:
    fields = [user.id, user.username, user.role, user.password_hash, bool(user.active)]
    return hmac.new(key, json.dumps(fields).encode(), hashlib.sha256).hexdigest()


def is_intact(key: bytes, user: User) -> bool:
    return user.seal is not None and hmac.compare_digest(user.seal, seal_of(key, user))


def reseal(key: bytes, user: User) -> None:
    user.seal = seal_of(key, user)


def seal_existing_rows(db: Database, key: bytes, store: MasterKeyStore, install_id: str) -> None:
    """Seal the rows of a database made before seals, once; a no-op afterwards."""
    marker = f"{install_id}:users-sealed"
    with db.write() as session:
        if session.get(AppMeta, SEALED_META) is not None:
            if store.load(marker) is None:
                store.save(marker, b"1")  # a PC that enrols after the sealing
            return
        if store.load(marker) is None:
            for user in session.scalars(select(User)):
                reseal(key, user)
        # else: this PC sealed them before and the marker was removed from the database:
        # seal nothing, so any row changed meanwhile stays refused.
        session.add(AppMeta(key=SEALED_META, value="1"))
    store.save(marker, b"1")


def tampered_accounts(db: Database, key: bytes) -> list[str]:
    with db.read() as session:
        return [
            u.username for u in session.scalars(select(User).order_by(User.username)) if not is_intact(key, u)
        ]
