"""Case keys: created with the case, unwrapped on demand, destroyed by the purge."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy.orm import Session

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.cases.damage import CASE_KEY, CaseDamaged
from inquiry_desk.store.crypto import (
    CaseCipher,
    DecryptionFailed,
    new_key,
    open_sealed,
    seal,
    unwrap_case_key,
    wrap_case_key,
)
from inquiry_desk.store.models import Case, CaseKey


class CaseKeyMissing(UserError):
    pass


class KeyService:
    def __init__(self, master_key: bytes, *, on_server: bool = False) -> None:
        self._master = master_key
        # Where the database lives decides how an administrator restores a damaged case.
        self._on_server = on_server
        self._ciphers: dict[str, CaseCipher] = {}
        # A separate key for keyed hashes (duplicate detection), derived so the master
        # key itself is never used for two purposes.
        self._mac_key = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"inquiry-desk duplicate detection"
        ).derive(master_key)
        # And one for the seals on staff accounts (services/users_seal.py).
        self.user_seal_key = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"inquiry-desk staff account seals"
        ).derive(master_key)

    def create(self, case: Case) -> CaseCipher:
        key = new_key()
        case.key = CaseKey(wrapped=wrap_case_key(self._master, case.uid, key))
        cipher = CaseCipher(case.uid, key)
        self._ciphers[case.uid] = cipher
        return cipher

    def cipher(self, session: Session, case: Case) -> CaseCipher:
        cached = self._ciphers.get(case.uid)
        if cached is not None:
            return cached
        wrapped = case.key.wrapped if case.key else None
        if wrapped is None:
            raise CaseKeyMissing(
                translate("Keys", "The personal data of {ref} has been erased.").format(ref=case.ref)
            )
        try:
            key = unwrap_case_key(self._master, case.uid, wrapped)
        except DecryptionFailed as exc:
            # App.open has checked the master key against this database, so a case key that
            # does not unwrap is a damaged record of this one case, not a wrong master key.
            raise CaseDamaged(case.ref, CASE_KEY, on_server=self._on_server) from exc
        cipher = CaseCipher(case.uid, key)
        self._ciphers[case.uid] = cipher
        return cipher

    def cipher_for(self, uid: str, wrapped: bytes) -> CaseCipher:
        cached = self._ciphers.get(uid)
        if cached is None:
            cached = CaseCipher(uid, unwrap_case_key(self._master, uid, wrapped))
            self._ciphers[uid] = cached
        return cached

    def forget(self, uid: str) -> None:
        self._ciphers.pop(uid, None)

    def mac(self, value: bytes | str) -> str:
        data = value.encode() if isinstance(value, str) else value
        return hmac.new(self._mac_key, data, hashlib.sha256).hexdigest()


def export_master_key(master: bytes, install_id: str, passphrase: str, ratchet: bytes | None = None) -> bytes:
    """A file another PC can import: the master key sealed under a key derived from a passphrase,
    and the backup keys' ratchet (services/purge/backup_keys.py) when this PC has made backups."""
    if len(passphrase) < 12:
        raise UserError(translate("Keys", "Choose a passphrase of at least 12 characters for the key file."))
    salt = os.urandom(16)
    kek = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode())
    sealed = seal(kek, master, b"inquiry-desk key export|" + install_id.encode())
    doc = {
        "format": "inquiry-desk-key/1",
        "install_id": install_id,
        "kdf": "scrypt-n15-r8-p1",
        "salt": base64.b64encode(salt).decode(),
        "key": base64.b64encode(sealed).decode(),
    }
    if ratchet is not None:
        doc["backup_ratchet"] = base64.b64encode(
            seal(kek, ratchet, b"inquiry-desk backup ratchet|" + install_id.encode())
        ).decode()
    return json.dumps(doc, indent=2).encode()


def import_master_key(data: bytes, passphrase: str) -> tuple[str, bytes]:
    install_id, master, _ratchet = import_key_file(data, passphrase)
    return install_id, master


def import_key_file(data: bytes, passphrase: str) -> tuple[str, bytes, bytes | None]:
    """(install id, master key, backup ratchet or None) of a key file made by `export_master_key`."""
    try:
        doc = json.loads(data)
        if doc.get("format") != "inquiry-desk-key/1":
            raise ValueError
        salt = base64.b64decode(doc["salt"])
        sealed = base64.b64decode(doc["key"])
        install_id = str(doc["install_id"])
        ratchet_sealed = base64.b64decode(doc["backup_ratchet"]) if "backup_ratchet" in doc else None
    except (ValueError, KeyError, TypeError) as exc:
        raise UserError(translate("Keys", "This is not an Inquiry Desk key file.")) from exc
    kek = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode())
    try:
        master = open_sealed(kek, sealed, b"inquiry-desk key export|" + install_id.encode())
    except UserError as exc:
        raise UserError(translate("Keys", "The passphrase is wrong, or the key file was altered.")) from exc
    ratchet = None
    if ratchet_sealed is not None:
        try:
            ratchet = open_sealed(kek, ratchet_sealed, b"inquiry-desk backup ratchet|" + install_id.encode())
        except UserError as exc:
            raise UserError(
                translate("Keys", "The passphrase is wrong, or the key file was altered.")
            ) from exc
    return install_id, master, ratchet
