"""Files in the data folder that are not this installation's database are refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest

from inquiry_desk.cli.main import main
from inquiry_desk.domain.errors import DatabaseProblem
from inquiry_desk.services.app import App
from inquiry_desk.store.masterkey import MemoryMasterKeyStore


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_an_empty_database_file_is_not_a_new_installation(
    tmp_path: Path, key_store: MemoryMasterKeyStore, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "inquiry-desk.sqlite3").write_bytes(b"")
    assert main(["--data-dir", str(tmp_path), "cases"], key_store=key_store) == 2
    assert "empty (0 bytes)" in capsys.readouterr().err
    assert _digest(tmp_path) == {"inquiry-desk.sqlite3": hashlib.sha256(b"").hexdigest()}
    assert key_store.keys == {}  # no installation was started


def test_another_programs_sqlite_file_is_refused_without_a_byte_written(
    tmp_path: Path, key_store: MemoryMasterKeyStore
) -> None:
    path = tmp_path / "inquiry-desk.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer TEXT)")
    conn.execute("INSERT INTO invoices (customer) VALUES ('someone')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert before[18:20] == b"\x01\x01"  # rollback journal, as the other program left it
    with pytest.raises(DatabaseProblem, match="another program"):
        App.open(tmp_path, key_store=key_store)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inquiry-desk.sqlite3"]


def test_the_data_folder_and_database_are_owner_only(tmp_path: Path, key_store: MemoryMasterKeyStore) -> None:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo", "--cases", "3"], key_store=key_store) == 0
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path.name} is {oct(mode)}"
    # A folder an earlier version left world-readable is tightened on the next start.
    folder.chmod(0o755)
    (folder / "inquiry-desk.sqlite3").chmod(0o644)
    App.open(folder, key_store=key_store).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "inquiry-desk.sqlite3").stat().st_mode) == 0o600
