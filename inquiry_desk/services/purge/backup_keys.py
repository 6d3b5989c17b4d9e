"""Backup keys that expire: one key per day, from a hash ratchet that only moves forward.

The keyring holds the ratchet's oldest state. The key of day ``d`` is derived from a seed
hashed forward ``d - first_day`` times, so every key from the first day on can be computed
and none before it. Within a day, generations ratchet the same way, so that an early purge
can make the day's earlier backups unreadable and still leave backups possible. Moving
the ratchet forward (hashing the seed and forgetting the old one) destroys the keys of
the days before: the backups made on them can no longer be decrypted by anyone, wherever
their copies are.

It moves forward so that a backup never outlives the erasure period: a case closed after
a backup was taken is purged ``grace`` days after closing at the earliest, and by then
the backup's key is gone. Cases already closed in a backup are purged again by the
restore itself (see backup.py). An early purge moves the ratchet to the next day, because
its case may be closed in no backup's view yet: it destroys every generation until then.
"""

from __future__ import annotations

import hashlib
import os
import struct
from datetime import date

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.store.masterkey import MasterKeyStore

# (first day, its first usable generation, that generation's seed, the next day's seed).
# The first day's own day seed is not kept: it would give back the generations before.
_STATE = struct.Struct(">IH32s32s")

State = tuple[int, int, bytes, bytes]


def _entry(install_id: str) -> str:
    return f"{install_id}:backup-ratchet"


def _step(seed: bytes) -> bytes:
    return hashlib.sha256(b"inquiry-desk backup ratchet|" + seed).digest()


def _generation0(day_seed: bytes) -> bytes:
    return hashlib.sha256(b"inquiry-desk backup generation|" + day_seed).digest()


def _day_state(day: int, day_seed: bytes) -> State:
    return day, 0, _generation0(day_seed), _step(day_seed)


def pack(state: State) -> bytes:
    return _STATE.pack(*state)


def unpack(blob: bytes) -> State:
    first_day, generation, generation_seed, next_seed = _STATE.unpack(blob)
    return int(first_day), int(generation), bytes(generation_seed), bytes(next_seed)


def load(store: MasterKeyStore, install_id: str) -> State | None:
    blob = store.load(_entry(install_id))
    return unpack(blob) if blob else None


def save(store: MasterKeyStore, install_id: str, state: State) -> None:
    store.save(_entry(install_id), pack(state))


def derive(state: State, day: int, generation: int = 0) -> bytes | None:
    """The key of ``day``'s ``generation``, or None if the ratchet has moved past it."""
    first_day, first_generation, seed, next_seed = state
    if day < first_day or (day == first_day and generation < first_generation):
        return None
    if day == first_day:
        steps = generation - first_generation
    else:
        for _ in range(day - first_day - 1):
            next_seed = _step(next_seed)
        seed, steps = _generation0(next_seed), generation
    for _ in range(steps):
        seed = _step(seed)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"inquiry-desk backup key").derive(seed)


def advanced(state: State, day: int) -> State:
    """The state whose first day is ``day`` (unchanged if it is already past it)."""
    first_day, _generation, _seed, next_seed = state
    if day <= first_day:
        return state
    for _ in range(day - first_day - 1):
        next_seed = _step(next_seed)
    return _day_state(day, next_seed)


def current(state: State, day: int) -> tuple[int, bytes]:
    """(generation, key) a backup made on ``day`` is sealed with."""
    generation = state[1] if state[0] == day else 0
    key = derive(state, day, generation)
    if key is None:  # the clock went back past a destroyed day: never reuse a key
        raise UserError(
            translate(
                "Purge",
                "This computer's date is earlier than the last erasure of backup keys, so no "
                "backup can be made: check the date and time settings.",
            )
        )
    return generation, key


def key_for_today(store: MasterKeyStore, install_id: str, today: date) -> tuple[int, bytes]:
    """(generation, key) for a backup made today, starting the ratchet on the first backup."""
    state = load(store, install_id)
    if state is None:
        state = _day_state(today.toordinal(), os.urandom(32))
        save(store, install_id, state)
    return current(state, today.toordinal())


def destroy_before(store: MasterKeyStore, install_id: str, day: int) -> int:
    """Destroy the keys of every day before ``day``; returns how many days went."""
    state = load(store, install_id)
    if state is None or state[0] >= day:
        return 0
    new = advanced(state, day)
    save(store, install_id, new)
    return new[0] - state[0]


def destroy_until_now(store: MasterKeyStore, install_id: str, today: date) -> None:
    """Every backup made until now becomes unreadable; later ones today get a new generation."""
    state = load(store, install_id)
    if state is None:
        return
    first_day, generation, seed, next_seed = advanced(state, today.toordinal())
    save(store, install_id, (first_day, generation + 1, _step(seed), next_seed))


def later(a: State, b: State | None) -> State:
    """Of two states of one ratchet, the one that has destroyed more: never go back."""
    return a if b is None or (a[0], a[1]) >= (b[0], b[1]) else b


def expire(store: MasterKeyStore, install_id: str, today: date, grace_days: int) -> int:
    """Keys of backups older than the erasure period (the purge's grace period) go."""
    return destroy_before(store, install_id, today.toordinal() - grace_days)
