"""Envelope encryption of personal data.

Each case has its own random 256-bit data key; every personal field and file of the
case is sealed with AES-GCM under it. The case key is stored only wrapped by the
master key (held in the OS keyring, see `masterkey`). Deleting the wrapped case key
is a cryptographic erase: any copy of the ciphertext the app cannot reach (an old
backup, SSD remnants, PostgreSQL dead tuples) becomes unreadable.

The associated data binds each ciphertext to its case and purpose, so a blob cannot
be swapped from one case or field into another without failing authentication.
"""

from __future__ import annotations

import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate

NONCE_BYTES = 12
KEY_BYTES = 32


class DecryptionFailed(UserError):
    pass


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)
    except (InvalidTag, ValueError) as exc:
        raise DecryptionFailed(
            translate(
                "Encryption",
                "Stored data could not be decrypted: the master key in this computer's keyring "
                "does not match this database. Import the key with `inquiry-desk key import`.",
            )
        ) from exc


class CaseCipher:
    """Seals and opens the personal data of one case."""

    def __init__(self, case_uid: str, key: bytes) -> None:
        self._uid = case_uid.encode()
        self._key = AESGCM(key)

    def _aad(self, purpose: str) -> bytes:
        return self._uid + b"|" + purpose.encode()

    def seal(self, plaintext: bytes, purpose: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._key.encrypt(nonce, plaintext, self._aad(purpose))

    def open(self, sealed: bytes, purpose: str) -> bytes:
        try:
            return self._key.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], self._aad(purpose))
        except (InvalidTag, ValueError) as exc:
            raise DecryptionFailed(
                translate("Encryption", "A stored record of this case failed its integrity check.")
            ) from exc

    def seal_json(self, value: dict[str, Any], purpose: str) -> bytes:
        return self.seal(json.dumps(value, ensure_ascii=False).encode(), purpose)

    def open_json(self, sealed: bytes, purpose: str) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.open(sealed, purpose))
        return data


def wrap_case_key(master: bytes, case_uid: str, case_key: bytes) -> bytes:
    return seal(master, case_key, b"case-key|" + case_uid.encode())


def unwrap_case_key(master: bytes, case_uid: str, wrapped: bytes) -> bytes:
    return open_sealed(master, wrapped, b"case-key|" + case_uid.encode())
