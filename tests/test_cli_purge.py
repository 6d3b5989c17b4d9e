"""`inquiry-desk purge | hold | backup | restore`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_desk.cli.auth import ENV_PASSWORD, ENV_USER
from inquiry_desk.cli.main import main
from inquiry_desk.services.app import App
from inquiry_desk.services.purge.service import PurgeService
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from inquiry_desk.store.models import AuditEntry, Case
from tests.services.purge_helpers import personal_values, scan_folder


@pytest.fixture(autouse=True)
def purge_commands(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test signs in explicitly."""
    monkeypatch.delenv(ENV_USER, raising=False)
    monkeypatch.delenv(ENV_PASSWORD, raising=False)
    yield


@pytest.fixture
def demo_dir(tmp_path: Path, key_store: MemoryMasterKeyStore) -> Path:
    assert (
        main(
            [
                "--data-dir",
                str(tmp_path),
                "demo",
                "--cases",
                "40",
                "--purged",
                "5",
                "--seed",
                "7",
                "--closed-long-ago",
            ],
            key_store=key_store,
        )
        == 0
    )
    return tmp_path


def _as(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    monkeypatch.setenv(ENV_USER, user)
    monkeypatch.setenv(ENV_PASSWORD, "demo")


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    return dict(json.loads(capsys.readouterr().out))


def _states(data_dir: Path, key_store: MemoryMasterKeyStore) -> dict[str, str]:
    app = App.open(data_dir, key_store=key_store)
    try:
        with app.db.read() as session:
            return {c.ref: c.state for c in session.scalars(select(Case))}
    finally:
        app.close()


def test_purge_dry_run_then_purge_json(
    demo_dir: Path, key_store: MemoryMasterKeyStore, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    before = _states(demo_dir, key_store)
    assert main(["--data-dir", str(demo_dir), "purge", "--dry-run", "--json"], key_store=key_store) == 0
    dry = _json(capsys)
    due = dry["due"]
    assert isinstance(due, list) and len(due) >= 10 and dry["erasure_check"] is None
    assert _states(demo_dir, key_store) == before

    assert main(["--data-dir", str(demo_dir), "purge", "--json"], key_store=key_store) == 0
    done = _json(capsys)
    assert done["purged"] == due and done["passed"] is True
    check = done["erasure_check"]
    assert isinstance(check, dict) and check["passed"] is True and check["hits"] == 0
    after = _states(demo_dir, key_store)
    assert all(after[ref] == "purged" for ref in due)
    app = App.open(demo_dir, key_store=key_store)
    try:
        with app.db.read() as session:
            receipt = session.scalars(select(AuditEntry).where(AuditEntry.action == "purge.run")).one()
        assert receipt.actor == "system" and json.loads(receipt.details)["refs"] == due
    finally:
        app.close()

    assert main(["--data-dir", str(demo_dir), "purge"], key_store=key_store) == 0
    assert "Purged 0 case(s)." in capsys.readouterr().out


def test_hold_needs_a_manager(
    demo_dir: Path,
    key_store: MemoryMasterKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    app = App.open(demo_dir, key_store=key_store)
    ref = PurgeService(app).due_refs()[0]
    app.close()
    argv = ["--data-dir", str(demo_dir), "hold", ref, "--on", "--reason", "訴訟のため保全"]
    assert main(argv, key_store=key_store) == 2  # nobody signed in
    _as(monkeypatch, "staff")
    assert main(argv, key_store=key_store) == 2
    assert "does not allow" in capsys.readouterr().err
    _as(monkeypatch, "manager")
    assert main(argv, key_store=key_store) == 0
    capsys.readouterr()
    monkeypatch.delenv(ENV_USER)
    assert main(["--data-dir", str(demo_dir), "purge", "--json"], key_store=key_store) == 0
    out = _json(capsys)
    assert ref in out["held"] and ref not in out["purged"]  # type: ignore[operator]


def test_restore_after_purge_does_not_bring_the_case_back(
    demo_dir: Path,
    key_store: MemoryMasterKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    app = App.open(demo_dir, key_store=key_store)
    due = PurgeService(app).due_refs()
    values, _ = personal_values(app, app.users.authenticate("manager", "demo"), due)
    app.close()
    backup = tmp_path / "backups" / "before-purge.sqlite3"
    _as(monkeypatch, "staff")
    assert main(["--data-dir", str(demo_dir), "backup", str(backup)], key_store=key_store) == 2
    _as(monkeypatch, "admin")
    assert main(["--data-dir", str(demo_dir), "backup", str(backup)], key_store=key_store) == 0
    assert backup.read_bytes().startswith(b"INQUIRY-DESK-BACKUP/2\n")
    assert not list(backup.parent.glob(".*tmp")) and not list(demo_dir.glob(".backup-*"))

    monkeypatch.delenv(ENV_USER)
    assert main(["--data-dir", str(demo_dir), "purge"], key_store=key_store) == 0
    _as(monkeypatch, "admin")
    assert main(["--data-dir", str(demo_dir), "restore", str(backup)], key_store=key_store) == 2
    capsys.readouterr()
    assert main(["--data-dir", str(demo_dir), "restore", str(backup), "--yes"], key_store=key_store) == 0
    out = capsys.readouterr().out
    assert f"{len(due)} case(s) purged again" in out and "Erasure check passed" in out

    states = _states(demo_dir, key_store)
    assert all(states[ref] == "purged" for ref in due)
    # The live database folder holds nothing readable of them (the backup elsewhere is encrypted).
    assert scan_folder(demo_dir, values) == []
    app = App.open(demo_dir, key_store=key_store)
    try:
        with app.db.read() as session:
            actions = list(session.scalars(select(AuditEntry.action)))
        assert "backup.restore" in actions
    finally:
        app.close()


def test_restore_refuses_while_the_app_is_open(
    demo_dir: Path, key_store: MemoryMasterKeyStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from inquiry_desk.services.instance_lock import InstanceLock

    _as(monkeypatch, "admin")
    backup = tmp_path / "b.sqlite3"
    assert main(["--data-dir", str(demo_dir), "backup", str(backup)], key_store=key_store) == 0
    lock = InstanceLock(demo_dir / "inquiry-desk.lock")
    lock.acquire()
    try:
        assert main(["--data-dir", str(demo_dir), "restore", str(backup), "--yes"], key_store=key_store) == 2
    finally:
        lock.release()


def test_restore_rejects_a_file_that_is_not_a_backup(
    demo_dir: Path, key_store: MemoryMasterKeyStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _as(monkeypatch, "admin")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database")
    assert main(["--data-dir", str(demo_dir), "restore", str(junk), "--yes"], key_store=key_store) == 2
    assert len(_states(demo_dir, key_store)) > 40  # untouched


def _backup_and_purge(
    demo_dir: Path, key_store: MemoryMasterKeyStore, monkeypatch: pytest.MonkeyPatch, backup: Path
) -> tuple[list[str], list[str]]:
    """A backup, then the scheduled purge: returns (refs purged after the backup, their values)."""
    app = App.open(demo_dir, key_store=key_store)
    due = PurgeService(app).due_refs()
    values, _ = personal_values(app, app.users.authenticate("manager", "demo"), due)
    app.close()
    _as(monkeypatch, "admin")
    assert main(["--data-dir", str(demo_dir), "backup", str(backup)], key_store=key_store) == 0
    monkeypatch.delenv(ENV_USER)
    assert main(["--data-dir", str(demo_dir), "purge"], key_store=key_store) == 0
    assert due and values
    return due, values


def test_an_old_backup_copied_in_as_the_database_opens_nothing(
    demo_dir: Path, key_store: MemoryMasterKeyStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    backup = tmp_path / "elsewhere" / "old.backup"
    due, values = _backup_and_purge(demo_dir, key_store, monkeypatch, backup)
    # What an attacker would do: use the backup as a database, with this PC's keyring.
    other = tmp_path / "other"
    other.mkdir()
    (other / "inquiry-desk.sqlite3").write_bytes(backup.read_bytes())
    _as(monkeypatch, "admin")
    assert main(["--data-dir", str(other), "show", due[0]], key_store=key_store) == 2
    assert (other / "inquiry-desk.sqlite3").read_bytes() == backup.read_bytes()  # not a byte written
    # Its bytes hold no value of the purged cases (the whole file is sealed).
    assert scan_folder(backup.parent, values) == []


def test_restore_on_a_new_pc_does_not_bring_purged_cases_back(
    demo_dir: Path,
    key_store: MemoryMasterKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup = tmp_path / "nas" / "old.backup"
    monkeypatch.setenv("INQUIRY_DESK_KEY_PASSPHRASE", "a long key passphrase")
    due, values = _backup_and_purge(demo_dir, key_store, monkeypatch, backup)
    _as(monkeypatch, "admin")
    key_file = tmp_path / "safe" / "office.key"
    key_file.parent.mkdir()
    assert main(["--data-dir", str(demo_dir), "key", "export", str(key_file)], key_store=key_store) == 0
    # The PC is replaced: no database, no ledger, an empty keyring.
    new_pc, new_keyring = tmp_path / "new-pc", MemoryMasterKeyStore()
    argv = ["--data-dir", str(new_pc), "restore", str(backup), "--yes", "--key-file", str(key_file)]
    capsys.readouterr()
    assert main(argv, key_store=new_keyring) == 0
    assert "Erasure check passed" in capsys.readouterr().out
    states = _states(new_pc, new_keyring)
    assert len(states) > 40 and all(states[ref] == "purged" for ref in due)
    assert scan_folder(new_pc, values) == []
    assert not list(new_pc.glob(".restore-*"))
    # Restoring again onto it is refused: the folder has a database now.
    assert main(argv, key_store=new_keyring) == 2


def test_a_backup_older_than_the_erasure_period_cannot_be_restored(
    demo_dir: Path,
    key_store: MemoryMasterKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from datetime import date, timedelta

    from inquiry_desk.services.purge import backup as purge_backup
    from inquiry_desk.services.purge import backup_keys

    grace = PurgeService(App.open(demo_dir, key_store=key_store)).grace_days()
    made = date.today() - timedelta(days=grace + 1)
    app = App.open(demo_dir, key_store=key_store, today=lambda: made)
    admin = app.users.authenticate("admin", "demo")
    old = tmp_path / "old.backup"
    purge_backup.backup(app, admin, old)
    app.close()
    before = _states(demo_dir, key_store)
    _as(monkeypatch, "admin")
    # A new backup today destroys the keys of the days past the erasure period.
    assert (
        main(["--data-dir", str(demo_dir), "backup", str(tmp_path / "new.backup")], key_store=key_store) == 0
    )
    state = backup_keys.load(key_store, app.install_id)
    assert state is not None and backup_keys.derive(state, made.toordinal()) is None
    capsys.readouterr()
    assert main(["--data-dir", str(demo_dir), "restore", str(old), "--yes"], key_store=key_store) == 2
    assert "erasure period" in capsys.readouterr().err
    assert _states(demo_dir, key_store) == before
    assert (
        main(
            ["--data-dir", str(demo_dir), "restore", str(tmp_path / "new.backup"), "--yes"],
            key_store=key_store,
        )
        == 0
    )


def test_a_damaged_or_foreign_backup_changes_nothing(
    demo_dir: Path, key_store: MemoryMasterKeyStore, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _as(monkeypatch, "admin")
    backup = tmp_path / "b.backup"
    assert main(["--data-dir", str(demo_dir), "backup", str(backup)], key_store=key_store) == 0
    before = _states(demo_dir, key_store)
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped = tmp_path / "flipped.backup"
    flipped.write_bytes(bytes(data))
    cut = tmp_path / "cut.backup"
    cut.write_bytes(bytes(data[: len(data) // 3]))
    # Another installation's backup, with its own key in this keyring.
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "demo", "--cases", "3", "--seed", "1"], key_store=key_store) == 0
    foreign = tmp_path / "foreign.backup"
    assert main(["--data-dir", str(other), "backup", str(foreign)], key_store=key_store) == 0
    for bad in (flipped, cut, foreign):
        assert main(["--data-dir", str(demo_dir), "restore", str(bad), "--yes"], key_store=key_store) == 2
        assert _states(demo_dir, key_store) == before
        assert not list(demo_dir.glob(".restore-*")) and not list(demo_dir.glob(".pre-restore-*"))
    app = App.open(demo_dir, key_store=key_store)
    try:
        with app.db.read() as session:
            assert "backup.restore" not in set(session.scalars(select(AuditEntry.action)))
    finally:
        app.close()


def test_after_an_early_purge_no_earlier_backup_can_be_restored(
    demo_dir: Path,
    key_store: MemoryMasterKeyStore,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _as(monkeypatch, "admin")
    before = tmp_path / "before.backup"
    assert main(["--data-dir", str(demo_dir), "backup", str(before)], key_store=key_store) == 0
    app = App.open(demo_dir, key_store=key_store)
    try:
        service = PurgeService(app)
        manager = app.users.authenticate("manager", "demo")
        closed = [c.ref for c in service.closed_cases(manager)]
        assert closed
        assert service.purge_case_early(manager, closed[0], closed[0]).refs == (closed[0],)
    finally:
        app.close()
    capsys.readouterr()
    assert main(["--data-dir", str(demo_dir), "restore", str(before), "--yes"], key_store=key_store) == 2
    assert "key of before.backup" in capsys.readouterr().err
    # Backups go on the same day, and those restore.
    after = tmp_path / "after.backup"
    assert main(["--data-dir", str(demo_dir), "backup", str(after)], key_store=key_store) == 0
    assert main(["--data-dir", str(demo_dir), "restore", str(after), "--yes"], key_store=key_store) == 0
    assert _states(demo_dir, key_store)[closed[0]] == "purged"
