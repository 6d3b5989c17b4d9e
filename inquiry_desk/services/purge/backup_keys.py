"""Backup keys that expire: one key per day, from a hash ratchet that only moves forward.

The keyring holds the ratchet's oldest state ``(first_day, seed)``. The key of day ``d`` is
derived from the seed hashed forward ``d - first_day`` times, so every key from the first
day on can be computed and none before it. Moving the ratchet forward (hashing the seed
and forgetting the old one) destroys the keys of the days before: the backups made on
them can no longer be decrypted by anyone, wherever their copies are.

It moves forward so that a backup never outlives the erasure period: a case closed after
a backup was taken is purged ``grace`` days after closing at the earliest, and by then
the backup's key is gone. Cases already closed in a backup are purged again by the
restore itself (see backup.py). An early purge moves the ratchet to the next day, because
its case may be closed in no backup's view yet.
"""

from __future__ import annotations

import hashlib
import os
import struct
from datetime import date

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from inquiry_desk.store.masterkey import MasterKeyStore

_STATE = struct.Struct(">I32s")  # first day (date ordinal), seed


def _entry(install_id: str) -> str:
    return f"{install_id}:backup-ratchet"


def _step(seed: bytes) -> bytes:
    return hashlib.sha256(b"inquiry-desk backup ratchet|" + seed).digest()


def pack(first_day: int, seed: bytes) -> bytes:
    return _STATE.pack(first_day, seed)


def unpack(blob: bytes) -> tuple[int, bytes]:
    first_day, seed = _STATE.unpack(blob)
    return int(first_day), bytes(seed)


def load(store: MasterKeyStore, install_id: str) -> tuple[int, bytes] | None:
    blob = store.load(_entry(install_id))
    return unpack(blob) if blob else None


def save(store: MasterKeyStore, install_id: str, first_day: int, seed: bytes) -> None:
    store.save(_entry(install_id), pack(first_day, seed))


def derive(state: tuple[int, bytes], day: int) -> bytes | None:
    """The key of ``day``, or None if the ratchet has moved past it."""
    first_day, seed = state
    if day < first_day:
        return None
    for _ in range(day - first_day):
        seed = _step(seed)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"inquiry-desk backup key").derive(seed)


def advanced(state: tuple[int, bytes], day: int) -> tuple[int, bytes]:
    """The state whose first day is ``day`` (unchanged if it is already past it)."""
    first_day, seed = state
    while first_day < day:
        seed, first_day = _step(seed), first_day + 1
    return first_day, seed


def key_for_today(store: MasterKeyStore, install_id: str, today: date) -> bytes:
    """Today's backup key, starting the ratchet on the first backup."""
    state = load(store, install_id)
    day = today.toordinal()
    if state is None:
        state = (day, os.urandom(32))
        save(store, install_id, *state)
    key = derive(state, day)
    if key is None:  # the clock went back past a destroyed day: never reuse a key
        raise RuntimeError("the backup key of today has been destroyed")
    return key


def destroy_before(store: MasterKeyStore, install_id: str, day: int) -> int:
    """Destroy the keys of every day before ``day``; returns how many days went."""
    state = load(store, install_id)
    if state is None or state[0] >= day:
        return 0
    new = advanced(state, day)
    save(store, install_id, *new)
    return new[0] - state[0]


def expire(store: MasterKeyStore, install_id: str, today: date, grace_days: int) -> int:
    """Keys of backups older than the erasure period (the purge's grace period) go."""
    return destroy_before(store, install_id, today.toordinal() - grace_days)
