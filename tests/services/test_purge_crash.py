"""Crash safety: a purge killed or failing half-way leaves each case purged or untouched,
a consistent database and an intact audit chain, and a rerun completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.services.actors import SYSTEM, Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.audit import verify_chain
from inquiry_desk.services.purge.service import PurgeService
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from inquiry_desk.store.models import AuditEntry
from tests.services.purge_helpers import personal_values, scan_folder

_CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from inquiry_desk.services.purge import service as purge
    from inquiry_desk.services.actors import SYSTEM
    from inquiry_desk.services.app import App
    from inquiry_desk.store.masterkey import MemoryMasterKeyStore

    data_dir, install_id, key, marks = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4])
    store = MemoryMasterKeyStore()
    store.save(install_id, bytes.fromhex(key))
    app = App.open(data_dir, key_store=store)

    inside = []

    def hook(stage, ref):
        if stage == "committed":
            with open(marks / "committed", "a") as f:
                f.write(ref + "\\n")
        elif stage == "deleted" and (marks / "committed").exists():
            inside.append(ref)
            if len(inside) == 2:
                # Second batch, second case: the first case of the batch has had its
                # savepoint released, this one's rows are deleted; nothing committed.
                (marks / "inside").write_text(" ".join(inside))
                time.sleep(120)

    # Batches [0, 1], [2, 3], ... of the due cases.
    purge.PurgeService(app, batch_size=2, fault_hook=hook).purge_due(SYSTEM)
""")


def _wait_for(path: Path, proc: subprocess.Popen[bytes], timeout: float = 60) -> str:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if path.exists() and path.read_text():
            return path.read_text()
        if proc.poll() is not None:
            raise AssertionError(f"child exited early: {proc.stderr.read().decode() if proc.stderr else ''}")
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {path.name}")


@pytest.mark.demo(purged=5, due_for_purge=True)
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_mid_purge_leaves_a_consistent_database_and_a_rerun_completes(
    app: App, manager: Actor, key_store: MemoryMasterKeyStore, data_dir: Path, tmp_path: Path
) -> None:
    """Each case is purged or untouched; a kill loses exactly the batch not yet committed."""
    svc = PurgeService(app)
    due = svc.due_refs()
    values, _ = personal_values(app, manager, due)
    install_id = app.install_id
    key = key_store.load(install_id)
    assert key is not None
    app.close()
    marks = tmp_path / "marks"
    marks.mkdir()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(data_dir), install_id, key.hex(), str(marks)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for(marks / "committed", proc)
        second = _wait_for(marks / "inside", proc)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    assert proc.returncode == -signal.SIGKILL
    assert (marks / "committed").read_text().split() == due[:2] and second.split() == due[2:4]

    app = App.open(data_dir, key_store=key_store)
    try:
        with app.db.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
        manager = app.users.authenticate("manager", "demo")
        for ref in due[:2]:  # the committed batch
            assert app.cases.get(manager, ref).state is CaseState.PURGED
        for ref in due[2:]:  # the killed batch rolled back whole, its finished case too
            untouched = app.cases.get(manager, ref)
            assert untouched.state is not CaseState.PURGED and untouched.applicant is not None
        assert verify_chain(app.db).ok
        rerun = PurgeService(app).purge_due(SYSTEM)
        assert list(rerun.refs) == due[2:] and rerun.passed
        assert PurgeService(app).due_refs() == []
    finally:
        app.close()
    assert scan_folder(data_dir, values) == []


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_a_failing_case_rolls_back_alone_and_the_rest_of_its_batch_commits(app: App, manager: Actor) -> None:
    svc = PurgeService(app)
    due = svc.due_refs()
    assert len(due) >= 3
    victim = due[1]
    before = app.cases.get(manager, victim)

    def hook(stage: str, ref: str) -> None:
        if stage == "deleted" and ref == victim:  # its rows are deleted, its savepoint open
            raise RuntimeError("disk trouble")

    receipt = PurgeService(app, batch_size=len(due), fault_hook=hook).purge_due(SYSTEM)  # one batch

    assert list(receipt.refs) == [r for r in due if r != victim]
    assert len(receipt.failed) == 1 and receipt.failed[0].endswith("RuntimeError")
    assert not receipt.passed and receipt.check is not None and receipt.check.passed
    again = app.cases.get(manager, victim)  # untouched: rows, key, state, timeline, audit
    assert again.state is before.state and again.applicant == before.applicant
    assert again.notes == before.notes and len(again.events) == len(before.events)
    assert [a.filename for a in again.attachments] == [a.filename for a in before.attachments]
    with app.db.read() as session:
        assert (
            session.scalar(
                select(AuditEntry.id).where(AuditEntry.case_ref == victim, AuditEntry.action == "case.purge")
            )
            is None
        )
    assert verify_chain(app.db).ok
    assert list(svc.purge_due(SYSTEM).refs) == [victim]
