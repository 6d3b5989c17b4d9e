"""The backup keys' ratchet: forward only, by day and within a day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from inquiry_desk.domain.errors import UserError
from inquiry_desk.services.purge import backup_keys
from inquiry_desk.store.masterkey import MemoryMasterKeyStore

DAY = date(2026, 12, 7)


def _state(store: MemoryMasterKeyStore) -> backup_keys.State:
    state = backup_keys.load(store, "i")
    assert state is not None
    return state


def test_keys_of_the_days_before_are_gone_and_later_ones_unchanged() -> None:
    store = MemoryMasterKeyStore()
    generation, today_key = backup_keys.key_for_today(store, "i", DAY)
    state = _state(store)
    assert generation == 0
    later = [backup_keys.derive(state, DAY.toordinal() + n) for n in range(1, 4)]
    assert len({today_key, *later}) == 4  # one key per day
    assert backup_keys.destroy_before(store, "i", DAY.toordinal() + 2) == 2
    moved = _state(store)
    assert backup_keys.derive(moved, DAY.toordinal()) is None
    assert backup_keys.derive(moved, DAY.toordinal() + 1) is None
    # The days after keep their keys: backups made then stay readable.
    assert [backup_keys.derive(moved, DAY.toordinal() + n) for n in (2, 3)] == later[1:]


def test_expiry_is_the_grace_period_and_the_last_day_is_kept() -> None:
    store = MemoryMasterKeyStore()
    _, key = backup_keys.key_for_today(store, "i", DAY)
    assert backup_keys.expire(store, "i", DAY + timedelta(days=30), 30) == 0  # exactly 30 days: kept
    assert backup_keys.derive(_state(store), DAY.toordinal()) == key
    assert backup_keys.expire(store, "i", DAY + timedelta(days=31), 30) == 1
    assert backup_keys.derive(_state(store), DAY.toordinal()) is None


def test_an_early_purge_ends_the_days_generation_and_backups_go_on() -> None:
    store = MemoryMasterKeyStore()
    first, before = backup_keys.key_for_today(store, "i", DAY)
    tomorrow = backup_keys.derive(_state(store), DAY.toordinal() + 1)
    backup_keys.destroy_until_now(store, "i", DAY)
    second, after = backup_keys.key_for_today(store, "i", DAY)
    state = _state(store)
    assert (first, second) == (0, 1) and before != after
    assert backup_keys.derive(state, DAY.toordinal(), 0) is None
    assert backup_keys.derive(state, DAY.toordinal(), 1) == after
    assert backup_keys.derive(state, DAY.toordinal() + 1) == tomorrow


def test_an_older_key_file_never_brings_destroyed_keys_back() -> None:
    store = MemoryMasterKeyStore()
    backup_keys.key_for_today(store, "i", DAY)
    exported = _state(store)
    backup_keys.destroy_before(store, "i", DAY.toordinal() + 5)
    local = _state(store)
    assert backup_keys.later(exported, local) == local
    assert backup_keys.unpack(backup_keys.pack(exported)) == exported


def test_the_clock_set_back_past_a_destroyed_day_never_reuses_a_key() -> None:
    store = MemoryMasterKeyStore()
    backup_keys.key_for_today(store, "i", DAY)
    backup_keys.destroy_before(store, "i", DAY.toordinal() + 3)
    with pytest.raises(UserError, match="date is earlier"):
        backup_keys.key_for_today(store, "i", DAY)
