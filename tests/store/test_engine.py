"""SQLite settings that the department's data safety depends on."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import text

from inquiry_desk.services.app import App
from inquiry_desk.services.instance_lock import InstanceLock


def test_sqlite_pragmas(app: App) -> None:
    with app.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # memory


def test_write_sessions_take_the_lock_up_front(app: App) -> None:
    """Two writers queue instead of one failing with 'database is locked' mid-transaction."""
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def writer(n: int) -> None:
        try:
            barrier.wait()
            for i in range(30):
                with app.db.write() as session:
                    session.execute(text("SELECT count(*) FROM cases")).scalar()
                    session.execute(
                        text("INSERT INTO settings (key, value) VALUES (:k, '1')"), {"k": f"t{n}-{i}"}
                    )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with app.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM settings WHERE key LIKE 't%'")).scalar() == 60


_CREATE_SCRIPT = """
import sys
from datetime import date
from pathlib import Path
from inquiry_desk.domain.enums import *
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
store = MemoryMasterKeyStore()
store.keys[sys.argv[2]] = bytes.fromhex(sys.argv[3])
app = App.open(Path(sys.argv[1]), key_store=store)
actor = Actor("w", "staff")
for i in range(15):
    print(app.cases.create(actor, NewCase(date(2026, 11, 2), Channel.MAIL, CaseKind.QUESTION, [],
          Jurisdiction.JP, Language.JA, PartyData(name="並行 太郎", email="x@example.jp"))))
"""


def test_references_unique_and_consecutive_with_two_processes(app: App, data_dir: Path) -> None:
    master = app.key_store.load(app.install_id)
    assert master is not None
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _CREATE_SCRIPT, str(data_dir), app.install_id, master.hex()],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    refs: list[str] = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        refs.extend(out.split())
    assert len(refs) == 30 and len(set(refs)) == 30
    assert sorted(refs) == [f"PI-2026-{n:04d}" for n in range(1, 31)]


def test_second_instance_is_told(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path / "lock")
    first.acquire()
    second = InstanceLock(tmp_path / "lock")
    try:
        import pytest

        from inquiry_desk.domain.errors import DatabaseProblem

        with pytest.raises(DatabaseProblem, match="already open"):
            second.acquire()
    finally:
        first.release()
    second.acquire()
    second.release()
