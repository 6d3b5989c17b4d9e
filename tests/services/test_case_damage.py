"""One damaged record spoils one case, never the register: the services' side.

Each test flips a real bit in the real database file (tests/services/damage_helpers.py) and
then opens the installation again, as the next command or window would, so that no key
unwrapped before the damage is still held in memory.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.damage import CaseDamaged, damaged_message
from inquiry_desk.services.cases.register_rows import RegisterFilter, RegisterRow
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from tests.services.damage_helpers import damage_applicant, damage_case_key, damage_rows, flip_bit
from tests.services.lifecycle_helpers import Clock

pytestmark = pytest.mark.demo

Reopen = Callable[[], App]


@pytest.fixture
def reopen(data_dir: Path, key_store: MemoryMasterKeyStore, clock: Clock) -> Iterator[Reopen]:
    opened: list[App] = []

    def make() -> App:
        fresh = App.open(data_dir, key_store=key_store, today=clock)
        opened.append(fresh)
        return fresh

    yield make
    for fresh in opened:
        fresh.close()


def _db_file(app: App) -> Path:
    assert app.db.path is not None
    return app.db.path


def _all_rows(app: App, flt: RegisterFilter | None = None) -> dict[str, RegisterRow]:
    total, rows = app.register.first_page(flt or RegisterFilter(), sort="ref", descending=False, limit=1000)
    assert total == len(rows)
    return {row.ref: row for row in rows}


def _named(app: App) -> list[RegisterRow]:
    return [row for row in _all_rows(app).values() if row.applicant]


def test_a_damaged_name_quarantines_its_case_and_only_it(
    app: App, reopen: Reopen, staff: Actor, manager: Actor
) -> None:
    before = _all_rows(app)
    victim, other = _named(app)[2], _named(app)[3]
    damage_applicant(_db_file(app), victim.ref)
    fresh = reopen()

    rows = _all_rows(fresh)
    assert rows.keys() == before.keys()  # every case is still listed
    damaged = rows[victim.ref]
    assert damaged.damaged and damaged.applicant == ""
    # What is not sealed is shown as it is.
    assert (damaged.state, damaged.received, damaged.due) == (victim.state, victim.received, victim.due)
    assert [r for r in rows.values() if r.damaged] == [damaged]
    assert rows[other.ref].applicant == other.applicant
    assert damaged.to_json()["damaged"] is True and rows[other.ref].to_json()["damaged"] is False
    assert fresh.register.count(RegisterFilter()) == len(before)

    # Search still works: by name for the others, by reference for the damaged one.
    assert other.ref in _all_rows(fresh, RegisterFilter(search=other.applicant))
    assert list(_all_rows(fresh, RegisterFilter(search=victim.ref))) == [victim.ref]

    with pytest.raises(CaseDamaged) as raised:
        fresh.cases.get(staff, victim.ref)
    message = raised.value.message
    assert victim.ref in message and "integrity check" in message
    assert "other cases are not affected" in message
    assert "inquiry-desk restore BACKUP-FILE --yes" in message
    assert fresh.cases.get(staff, other.ref).applicant_name == other.applicant

    # The manager's screens read no sealed data and carry on.
    dashboard = fresh.reports.dashboard(manager)
    assert sum(dashboard.open_by_state.values()) >= 1
    fresh.reports.monthly_report(manager, victim.received.year, victim.received.month)


def test_the_damage_is_audited_once_without_values(
    app: App, reopen: Reopen, staff: Actor, manager: Actor
) -> None:
    victim = _named(app)[0]
    damage_applicant(_db_file(app), victim.ref)
    fresh = reopen()
    for _repaint in range(3):
        _all_rows(fresh)
        fresh.register.page(RegisterFilter(), offset=10, limit=20)
        fresh.register.invalidate()  # as after any change: the names are decrypted again
    for _attempt in range(2):
        with pytest.raises(CaseDamaged):
            fresh.cases.get(staff, victim.ref)
    _all_rows(reopen())  # the next command or window

    entries = damage_rows(_db_file(app))
    assert entries == [(victim.ref, {"record": "applicant", "found_by": "register"}, "system")]

    # A restore may have changed everything: damage found after it is reported again.
    fresh.audit_event(manager, "backup.restore", None, {"file": "backup.idbk"})
    with pytest.raises(CaseDamaged):
        reopen().cases.get(staff, victim.ref)
    assert damage_rows(_db_file(app))[1:] == [
        (victim.ref, {"record": "applicant", "found_by": "case"}, staff.username)
    ]


def test_a_damaged_case_key_is_named_as_damage_not_as_a_wrong_master_key(
    app: App, reopen: Reopen, staff: Actor
) -> None:
    victim, other = _named(app)[1], _named(app)[4]
    damage_case_key(_db_file(app), victim.ref)
    fresh = reopen()

    rows = _all_rows(fresh)
    assert rows[victim.ref].damaged and not rows[other.ref].damaged
    with pytest.raises(CaseDamaged) as raised:
        fresh.cases.get(staff, victim.ref)
    assert victim.ref in raised.value.message and "master key" not in raised.value.message
    assert fresh.cases.get(staff, other.ref).applicant_name == other.applicant
    assert damage_rows(_db_file(app)) == [
        (victim.ref, {"record": "case_key", "found_by": "register"}, "system")
    ]


def _ref_with(db_file: Path, table: str, where: str) -> str:
    conn = sqlite3.connect(db_file)
    try:
        row = conn.execute(
            f"SELECT c.ref FROM cases c JOIN {table} t ON t.case_id = c.id "
            f"WHERE c.state != 'purged' AND {where} ORDER BY c.id LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    assert row is not None, f"the demo has no open case with a {table} row"
    return str(row[0])


@pytest.mark.parametrize(
    ("table", "where", "record"),
    [
        ("notes", "1 = 1", "note"),
        ("parties", "role = 'representative'", "representative"),
        ("attachments", "1 = 1", "attachment"),
    ],
)
def test_damage_the_register_never_reads_is_found_when_the_case_opens(
    app: App, reopen: Reopen, staff: Actor, table: str, where: str, record: str
) -> None:
    db_file = _db_file(app)
    ref = _ref_with(db_file, table, where)
    flip_bit(db_file, table, "payload", f"case_id = (SELECT id FROM cases WHERE ref = ?) AND {where}", (ref,))
    fresh = reopen()

    row = _all_rows(fresh)[ref]
    assert not row.damaged and row.applicant  # the name is intact: the register reads no more
    with pytest.raises(CaseDamaged) as raised:
        fresh.cases.get(staff, ref)
    assert raised.value.record == record and ref in raised.value.message
    assert damage_rows(db_file) == [(ref, {"record": record, "found_by": "case"}, staff.username)]


def test_a_damaged_file_leaves_the_rest_of_the_case_readable(app: App, reopen: Reopen, staff: Actor) -> None:
    db_file = _db_file(app)
    ref = _ref_with(db_file, "attachments", "1 = 1")
    conn = sqlite3.connect(db_file)
    try:
        attachment_id, blob_id = conn.execute(
            "SELECT a.id, a.blob_id FROM attachments a JOIN cases c ON c.id = a.case_id WHERE c.ref = ? "
            "ORDER BY a.id LIMIT 1",
            (ref,),
        ).fetchone()
    finally:
        conn.close()
    flip_bit(db_file, "blob_chunks", "data", "blob_id = ? AND seq = 0", (blob_id,))
    fresh = reopen()

    detail = fresh.cases.get(staff, ref)
    assert detail.applicant_name
    with pytest.raises(CaseDamaged) as raised:
        fresh.cases.attachment_bytes(staff, ref, attachment_id)
    assert raised.value.message.startswith(f"A stored file of {ref} is damaged")
    assert "rest of the case" in raised.value.message


def test_on_a_database_server_the_advice_is_the_servers_backup() -> None:
    text = damaged_message("PI-2026-0006", on_server=True)
    assert "PI-2026-0006" in text and "pg_dump" in text and "inquiry-desk restore" not in text


def test_a_batch_of_letters_names_the_damaged_case_and_makes_the_others(
    app: App, reopen: Reopen, staff: Actor
) -> None:
    """The batch reads its cases a chunk at a time: one damaged case in a chunk refuses on
    its own, with its advice, and the damage is audited once, as opening it would."""
    db_file = _db_file(app)
    ref = _ref_with(db_file, "notes", "1 = 1")
    flip_bit(db_file, "notes", "payload", "case_id = (SELECT id FROM cases WHERE ref = ?)", (ref,))
    fresh = reopen()
    others = [r.ref for r in _all_rows(fresh).values() if r.ref != ref and r.state.is_open][:3]
    results = dict(fresh.documents.batch(staff, "acknowledgement", [others[0], ref, *others[1:]]))
    assert isinstance(results[ref], CaseDamaged) and ref in results[ref].message
    assert all(isinstance(results[r], bytes) for r in others)
    assert damage_rows(db_file) == [(ref, {"record": "note", "found_by": "case"}, staff.username)]
