"""No write is lost while several processes use one SQLite file.

Process A plays the window: it keeps its connections open for its whole life and runs,
inside that same process, everything that touches the database files: the purge with its
erasure check, a backup and the selftest. Process B plays a colleague's command line: it
reads and writes the same file, then exits as the last one to close *its* connections.
Then A writes again and exits.

On POSIX, closing any descriptor of a file drops every lock the process holds on it.
Had A opened the database files outside SQLite, B would have believed itself the last
connection, folded and deleted the WAL, and A's later writes would have gone into a
deleted file: every write must be on disk afterwards, A must never hold a deleted WAL,
and the database must pass its integrity check.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from inquiry_desk.services.app import App
from inquiry_desk.store.masterkey import MemoryMasterKeyStore

ROOT = Path(__file__).resolve().parents[2]

_PRELUDE = textwrap.dedent("""
    import json, os, sys, time
    from datetime import date
    from pathlib import Path
    from inquiry_desk.domain.enums import CaseKind, Channel, Jurisdiction, Language
    from inquiry_desk.domain.parties import PartyData
    from inquiry_desk.services.app import App
    from inquiry_desk.services.cases.views import NewCase
    from inquiry_desk.store.masterkey import MemoryMasterKeyStore

    data_dir, install_id, key, marks = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4])
    store = MemoryMasterKeyStore()
    store.save(install_id, bytes.fromhex(key))

    def new_case(app, actor, name):
        return app.cases.create(actor, NewCase(date(2026, 11, 2), Channel.EMAIL, CaseKind.QUESTION,
                                               [], Jurisdiction.JP, Language.JA,
                                               PartyData(name=name, email="x@example.jp")))

    def deleted_db_files():
        # What this process still holds open of the database files after they were unlinked.
        if not Path("/proc/self/fd").is_dir():
            return []
        out = []
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            if "inquiry-desk.sqlite3" in target and target.endswith("(deleted)"):
                out.append(target)
        return out
""")

# The window: connections held open from start to exit.
_WINDOW = _PRELUDE + textwrap.dedent("""
    from inquiry_desk.selftest import run_selftest
    from inquiry_desk.services.purge.service import PurgeService
    from inquiry_desk.services.purge.backup import backup

    app = App.open(data_dir, key_store=store)
    manager = app.users.authenticate("manager", "demo")
    refs = [new_case(app, manager, "窓口 一郎")]
    receipt = PurgeService(app).purge_due(manager)
    backup(app, app.users.authenticate("admin", "demo"), marks / "copy.backup")
    selftest = run_selftest(data_dir, None, store)
    refs.append(new_case(app, manager, "窓口 二郎"))
    (marks / "ready").write_text("1")
    end = time.monotonic() + 120
    while not (marks / "other-done").exists() and time.monotonic() < end:
        time.sleep(0.05)
    refs.append(new_case(app, manager, "窓口 三郎"))
    app.cases.add_note(manager, refs[0], "after the colleague's command")
    deleted = deleted_db_files()
    app.close()
    print(json.dumps({"refs": refs, "purged": list(receipt.refs), "check": receipt.passed,
                      "selftest": selftest, "deleted": deleted}))
""")

# The colleague: opens, reads, writes and closes as the only user it can see.
_COLLEAGUE = _PRELUDE + textwrap.dedent("""
    from inquiry_desk.services.cases.register_rows import RegisterFilter

    app = App.open(data_dir, key_store=store)
    manager = app.users.authenticate("manager", "demo")
    count = app.register.count(RegisterFilter())
    ref = new_case(app, manager, "同僚 花子")
    app.close()
    print(json.dumps({"refs": [ref], "count": count}))
""")


def _run(script: str, args: list[str]) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _result(proc: subprocess.Popen[str], timeout: float = 240) -> dict[str, object]:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.demo
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX lock semantics")
def test_every_write_of_two_processes_reaches_the_disk(
    app: App, key_store: MemoryMasterKeyStore, data_dir: Path, tmp_path: Path
) -> None:
    install_id = app.install_id
    key = key_store.load(install_id)
    assert key is not None
    app.close()
    marks = tmp_path / "marks"
    marks.mkdir()
    args = [str(data_dir), install_id, key.hex(), str(marks)]
    window = _run(_WINDOW, args)
    try:
        end = time.monotonic() + 240
        while not (marks / "ready").exists():
            assert window.poll() is None, window.communicate()[1]
            assert time.monotonic() < end, "the window process never got ready"
            time.sleep(0.05)
        colleague = _result(_run(_COLLEAGUE, args))
        (marks / "other-done").write_text("1")
        mine = _result(window)
    finally:
        if window.poll() is None:
            window.kill()
            window.communicate()
    assert mine["purged"], "the demo database has cases due for purge"
    assert mine["check"] is True and mine["selftest"] == 0
    assert mine["deleted"] == [], "the window held a deleted WAL or shared-memory file"
    assert (marks / "copy.backup").stat().st_size > 0

    app = App.open(data_dir, key_store=key_store)
    try:
        with app.db.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        manager = app.users.authenticate("manager", "demo")
        refs = [*mine["refs"], *colleague["refs"]]  # type: ignore[misc]
        assert len(set(refs)) == 4, "a reference was handed out twice"
        for ref in refs:
            assert app.cases.get(manager, ref).applicant is not None
        notes = [n.text for n in app.cases.get(manager, mine["refs"][0]).notes]  # type: ignore[index]
        assert "after the colleague's command" in notes
    finally:
        app.close()


# A terminal command (or the scheduled purge) with the database open while an admin restores.
_HOLDER = _PRELUDE + textwrap.dedent("""
    app = App.open(data_dir, key_store=store)
    manager = app.users.authenticate("manager", "demo")
    before = new_case(app, manager, "保持 一郎")
    (marks / "ready").write_text("1")
    end = time.monotonic() + 120
    while not (marks / "restored").exists() and time.monotonic() < end:
        time.sleep(0.05)
    after = new_case(app, manager, "保持 二郎")
    deleted = deleted_db_files()
    app.close()
    print(json.dumps({"before": before, "after": after, "deleted": deleted}))
""")


@pytest.mark.demo
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX lock semantics")
def test_a_restore_keeps_the_writes_of_a_process_that_has_the_database_open(
    app: App, key_store: MemoryMasterKeyStore, data_dir: Path, tmp_path: Path
) -> None:
    from inquiry_desk.services.purge.backup import backup
    from inquiry_desk.services.purge.restore import restore

    admin = app.users.authenticate("admin", "demo")
    copy = tmp_path / "before.backup"
    backup(app, admin, copy)
    install_id = app.install_id
    key = key_store.load(install_id)
    assert key is not None
    app.close()
    marks = tmp_path / "marks"
    marks.mkdir()
    holder = _run(_HOLDER, [str(data_dir), install_id, key.hex(), str(marks)])
    try:
        end = time.monotonic() + 240
        while not (marks / "ready").exists():
            assert holder.poll() is None, holder.communicate()[1]
            assert time.monotonic() < end, "the holder process never got ready"
            time.sleep(0.05)
        app = App.open(data_dir, key_store=key_store)
        restore(app, app.users.authenticate("admin", "demo"), copy, key_store)
        (marks / "restored").write_text("1")
        held = _result(holder)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.communicate()
    assert held["deleted"] == [], "the holder wrote into a database file that was replaced"
    assert held["before"] != held["after"], "a reference was handed out twice"
    app = App.open(data_dir, key_store=key_store)
    try:
        with app.db.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        manager = app.users.authenticate("manager", "demo")
        # The case made after the backup went with the restore; the one made after it stays.
        assert app.cases.get(manager, str(held["after"])).applicant is not None
        with pytest.raises(Exception, match="PI-"):
            app.cases.get(manager, str(held["before"]))
    finally:
        app.close()


@pytest.mark.demo
def test_the_live_database_is_refused_as_a_backup(
    app: App, key_store: MemoryMasterKeyStore, data_dir: Path
) -> None:
    from inquiry_desk.domain.errors import UserError
    from inquiry_desk.services.purge.restore import restore
    from inquiry_desk.store.engine import DB_FILENAME

    admin = app.users.authenticate("admin", "demo")
    for name in (DB_FILENAME, DB_FILENAME + "-wal"):
        with pytest.raises(UserError, match="live database"):
            restore(app, admin, data_dir / name, key_store)
    assert app.users.authenticate("admin", "demo")  # still open and working
