"""Erasure: personal data of finished cases is gone for real, on time, with proof.

The disk scans here use their own naive scanner (bytes.find per pattern), not the
service's q-gram scanner, so a bug in one cannot hide a residue from the other.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, ForeignKey, Integer, LargeBinary, MetaData, Table, select, text

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.errors import PermissionDenied, UserError, ValidationFailed
from inquiry_desk.services import purge
from inquiry_desk.services.actors import SYSTEM, Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.audit import verify_chain
from inquiry_desk.services.purge import PurgeService, UnclassifiedTable, erasure_plan
from inquiry_desk.services.purge_scan import MIN_PATTERN, PatternSet, scan_bytes
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from inquiry_desk.store.models import AuditEntry, Base, Case, Note

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "shift_jis", "euc-jp", "iso-2022-jp")
STATS = ("ref", "uid", "kind", "channel", "jurisdiction", "language", "request_types", "received",
         "due", "outcome", "deadline_met", "closed_at", "created_at")


# --- helpers ------------------------------------------------------------------------------------
def encodings_of(value: str) -> set[bytes]:
    out = set()
    for enc in ENCODINGS:
        try:
            pattern = value.encode(enc)
        except UnicodeEncodeError:
            continue
        # Shorter patterns match random ciphertext by chance (see purge_scan.MIN_PATTERN).
        if len(pattern) >= MIN_PATTERN:
            out.add(pattern)
    return out


def personal_values(app: App, actor: Actor, refs: list[str]) -> tuple[set[str], set[bytes]]:
    """Everything personal of these cases, read through the normal services before the purge."""
    values: set[str] = set()
    windows: set[bytes] = set()
    for ref in refs:
        detail = app.cases.get(actor, ref)
        for party in (detail.applicant, detail.representative):
            if party is not None:
                for v in party.personal_values():
                    values.add(v)
                    values.update(line for line in v.splitlines() if len(line) >= 4)
        values.update(n.text for n in detail.notes)
        values.update(e.detail for e in detail.events if e.detail)
        for att in detail.attachments:
            values.add(att.filename)
            _, _, data = app.cases.attachment_bytes(actor, ref, att.id)
            windows.update(data[i:i + 32] for i in (100, len(data) // 2, len(data) - 64))
    return values, windows


def scan_folder(folder: Path, values: set[str], windows: set[bytes] = frozenset()) -> list[str]:  # type: ignore[assignment]
    files = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    hits: list[str] = []
    for value in values:
        for pattern in encodings_of(value):
            hits.extend(f"value as {len(pattern)} bytes in {p.name}" for p, data in files.items()
                        if pattern in data)
    for window in windows:
        hits.extend(f"attachment bytes in {p.name}" for p, data in files.items() if window in data)
    return hits


def snapshot(app: App) -> dict[str, dict[str, Any]]:
    with app.db.read() as session:
        return {c.ref: {k: getattr(c, k) for k in STATS} | {"state": c.state}
                for c in session.scalars(select(Case))}


def all_rows(app: App) -> dict[str, list[tuple[Any, ...]]]:
    with app.db.read() as session:
        return {t.name: sorted(tuple(r) for r in session.execute(select(t)).all())
                for t in Base.metadata.sorted_tables}


@pytest.fixture
def world(data_dir: Path, key_store: MemoryMasterKeyStore) -> Iterator[App]:
    """Demo data (Japanese and European applicants); finished cases were closed weeks ago."""
    from inquiry_desk.services.demo import fill_demo

    app = App.open(data_dir, key_store=key_store)
    fill_demo(app, cases=40, purged=5, seed=7)
    yield app
    app.close()


@pytest.fixture
def mgr(world: App) -> Actor:
    return world.users.authenticate("manager", "demo")


@pytest.fixture
def clerk(world: App) -> Actor:
    return world.users.authenticate("staff", "demo")


def japanese_due(app: App, svc: PurgeService) -> list[str]:
    due = svc.due_refs()
    with app.db.read() as session:
        return [c.ref for c in session.scalars(select(Case).where(Case.ref.in_(due)))
                if c.language == "ja"]


# --- erasure ----------------------------------------------------------------------------------
def test_purge_leaves_no_byte_of_purged_cases_anywhere(world: App, mgr: Actor, clerk: Actor,
                                                       data_dir: Path) -> None:
    svc = PurgeService(world)
    due = svc.due_refs()
    assert len(due) >= 10 and len(japanese_due(world, svc)) >= 4
    world.cases.add_note(clerk, due[0], "山田様より電話：住所変更は梅田ハイツ501へ")
    values, windows = personal_values(world, mgr, due)
    japanese = {v for v in values if any(ord(ch) > 0x3000 for ch in v)}
    assert len(values) > 100 and len(japanese) > 30 and len(windows) > 10

    receipt = svc.purge_due(SYSTEM)

    assert list(receipt.refs) == due
    assert receipt.passed and receipt.check is not None and receipt.check.hits == 0
    assert receipt.check.patterns > 300 and receipt.wal_truncated is True
    assert receipt.keys_destroyed == len(due)
    world.close()
    assert scan_folder(data_dir, values, windows) == []


def test_other_cases_untouched_and_anonymous_rows_keep_statistics(world: App, mgr: Actor) -> None:
    svc = PurgeService(world)
    due = set(svc.due_refs())
    before = snapshot(world)
    kept = [ref for ref in before if ref not in due and before[ref]["state"] != "purged"]
    details = {ref: world.cases.get(mgr, ref) for ref in kept}

    svc.purge_due(SYSTEM)

    after = snapshot(world)
    for ref, row in before.items():
        stats_before = {k: v for k, v in row.items() if k != "state"}
        assert {k: v for k, v in after[ref].items() if k != "state"} == stats_before
    for ref in due:
        assert after[ref]["state"] == CaseState.PURGED.value
        gone = world.cases.get(mgr, ref)
        assert gone.purged_at is not None and gone.applicant is None
        assert gone.attachments == [] and gone.notes == [] and gone.messages == []
        assert all(e.detail == "" for e in gone.events)
        assert gone.events[-1].action == "purge"
    for ref in kept:
        assert after[ref]["state"] == before[ref]["state"]
        again = world.cases.get(mgr, ref)
        assert again.applicant == details[ref].applicant
        assert again.notes == details[ref].notes
        assert [a.filename for a in again.attachments] == [a.filename for a in details[ref].attachments]
        for att in again.attachments:
            assert world.cases.attachment_bytes(mgr, ref, att.id)[2]
    assert verify_chain(world.db).ok


def test_plaintext_left_in_a_personal_row_is_zeroed_on_disk(world: App, mgr: Actor,
                                                             data_dir: Path) -> None:
    """secure_delete + the WAL truncation really overwrite deleted rows in the file."""
    svc = PurgeService(world)
    ref = svc.due_refs()[0]
    name = world.cases.get(mgr, ref).applicant.name  # type: ignore[union-attr]
    leak = "漏洩テスト用の平文メモ " + name
    with world.db.write() as session:
        case_id = session.scalar(select(Case.id).where(Case.ref == ref))
        session.add(Note(case_id=case_id, at=datetime.now(), payload=leak.encode("utf-8")
                         + b"|" + leak.encode("shift_jis") + b"|" + leak.encode("euc-jp")))
    world.db.checkpoint()
    assert scan_folder(data_dir, {leak}) != []  # the leak is in the file before the purge

    receipt = svc.purge_due(SYSTEM)

    assert receipt.check is not None and receipt.check.passed
    assert scan_folder(data_dir, {leak, name}) == []


def test_erasure_check_fails_when_a_value_is_left(world: App, mgr: Actor, data_dir: Path) -> None:
    svc = PurgeService(world)
    ref = japanese_due(world, svc)[0]
    name = world.cases.get(mgr, ref).applicant.name  # type: ignore[union-attr]
    (data_dir / "exports").mkdir()
    (data_dir / "exports" / "leftover.txt").write_bytes(b"x" + name.encode("iso-2022-jp") + b"\n")

    receipt = svc.purge_due(SYSTEM)

    assert receipt.check is not None and not receipt.check.passed
    assert receipt.check.hits >= 1 and receipt.check.hit_files == ("exports/leftover.txt",)
    assert not receipt.passed
    shown = svc.last_receipts(mgr)[0]
    assert shown.check_passed is False and shown.hits >= 1 and ref in shown.refs
    with world.db.read() as session:
        log = "\n".join(session.scalars(select(AuditEntry.details)))
    assert not any(p in log.encode() for p in encodings_of(name))


def test_scanner_finds_every_planted_pattern_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = __import__("random").Random(5)
    data = bytearray(rng.randbytes(50_000))
    pset = PatternSet()
    for value in ("山田 花子", "ヤマダ ハナコ", "user1234@example.jp", "梅田ハイツ501", "翔太"):
        pset.add_text(value)
    planted = pset.patterns[::2]
    # Small blocks put patterns across block boundaries too.
    monkeypatch.setattr("inquiry_desk.services.purge_scan._BLOCK", 3 * 1000)
    for i, pattern in enumerate(planted):
        at = 2990 + i * 3001 + (i % 3)
        data[at:at + len(pattern)] = pattern
    found = scan_bytes(bytes(data), pset.patterns)
    assert {pset.patterns[i] for i in found} == {p for p in pset.patterns if p in data}
    assert set(planted) <= {pset.patterns[i] for i in found}


def test_scanner_is_exact_over_zero_pages_and_grams_shared_by_many_patterns(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The scanner's shortcuts: all-zero blocks are skipped unless a pattern has a zero
    gram, and patterns sharing a gram are told apart by their heads."""
    rng = __import__("random").Random(11)
    monkeypatch.setattr("inquiry_desk.services.purge_scan._BLOCK", 64)
    numbers = [f"C{i:06d}".encode() for i in range(300)]  # all share "C000"/"0000" grams
    zeroed = [bytes(12) + b"x1", b"ab\0\0\0\0\0\0"]
    data = bytearray(640) + bytearray(rng.randbytes(2000)) + bytearray(640)
    data[60:74] = zeroed[0]                   # first gram in an all-zero block
    data[1270:1279] = b"C00000000"            # "C000000" at 1270, heads "C00000" elsewhere
    data[2000:2007] = numbers[123]
    data[2637:2645] = zeroed[1]               # across the edge into the trailing zeros
    patterns = numbers + zeroed
    found = {patterns[i] for i in scan_bytes(bytes(data), patterns)}
    assert found == {p for p in patterns if p in data}
    assert {numbers[0], numbers[123], *zeroed} <= found


# --- who and when -----------------------------------------------------------------------------
def test_legal_hold_is_respected_and_its_reason_sealed(world: App, mgr: Actor) -> None:
    svc = PurgeService(world)
    ref = svc.due_refs()[0]
    svc.set_legal_hold(mgr, ref, True, "東京地裁 令和8年(ワ)第123号 証拠保全")
    assert ref not in svc.due_refs()

    receipt = svc.purge_due(SYSTEM)

    assert ref not in receipt.refs and ref in receipt.held
    detail = world.cases.get(mgr, ref)
    assert detail.state is not CaseState.PURGED and detail.applicant is not None
    assert detail.events[-1].detail.startswith("東京地裁")
    with pytest.raises(UserError):
        svc.purge_case_early(mgr, ref, ref)
    with world.db.read() as session:
        log = "\n".join(session.scalars(select(AuditEntry.details)))
    assert "東京地裁" not in log
    svc.set_legal_hold(mgr, ref, False, "保全期間終了")
    assert ref in svc.purge_due(SYSTEM).refs


def test_dry_run_changes_nothing(world: App) -> None:
    svc = PurgeService(world)
    before = all_rows(world)
    receipt = svc.purge_due(SYSTEM, dry_run=True)
    assert receipt.dry_run and list(receipt.refs) == svc.due_refs() and receipt.check is None
    assert all_rows(world) == before


def test_staff_cannot_purge_early_hold_or_change_the_grace_period(world: App, clerk: Actor) -> None:
    svc = PurgeService(world)
    ref = svc.due_refs()[0]
    with pytest.raises(PermissionDenied):
        svc.purge_case_early(clerk, ref, ref)
    with pytest.raises(PermissionDenied):
        svc.set_legal_hold(clerk, ref, True, "reason")
    with pytest.raises(PermissionDenied):
        svc.set_grace_days(clerk, 0)
    with pytest.raises(PermissionDenied):
        svc.purge_due(clerk)
    assert ref in svc.due_refs()


def test_early_purge_needs_the_typed_reference_and_a_finished_case(world: App, mgr: Actor) -> None:
    svc = PurgeService(world)
    with world.db.write() as session:
        recent = session.scalars(select(Case).where(Case.state == "closed")).first()
        assert recent is not None
        recent.closed_at = datetime.now() - timedelta(days=2)
        open_ref = session.scalar(select(Case.ref).where(Case.state == "in_progress"))
        ref = recent.ref
    assert ref not in svc.due_refs()
    with pytest.raises(ValidationFailed):
        svc.purge_case_early(mgr, ref, "PI-0000-0000")
    with pytest.raises(UserError):
        svc.purge_case_early(mgr, str(open_ref), str(open_ref))
    receipt = svc.purge_case_early(mgr, ref, ref.lower())
    assert receipt.refs == (ref,) and receipt.reason == "early" and receipt.passed
    assert world.cases.get(mgr, ref).state is CaseState.PURGED


def test_grace_period_setting(world: App, mgr: Actor) -> None:
    svc = PurgeService(world)
    assert svc.grace_days() == 30
    with world.db.write() as session:
        case = session.scalars(select(Case).where(Case.state == "responded")).first()
        assert case is not None
        case.closed_at = datetime.now() - timedelta(hours=1)
        ref = case.ref
    assert ref not in svc.due_refs()
    with pytest.raises(ValidationFailed):
        svc.set_grace_days(mgr, -1)
    svc.set_grace_days(mgr, 0)  # 0 is allowed: purge as soon as the case is answered
    assert svc.grace_days() == 0 and ref in svc.due_refs()
    receipt = svc.purge_due(SYSTEM)
    assert ref in receipt.refs and svc.last_run() is not None


# --- classification ---------------------------------------------------------------------------
def test_every_table_with_case_rows_is_classified() -> None:
    plan = erasure_plan()  # raises UnclassifiedTable otherwise
    names = set(plan.table_names)
    assert {"parties", "messages", "blobs", "blob_chunks", "attachments", "notes", "case_keys"} <= names
    assert "cases" not in names and "events" not in names and "audit_log" not in names
    assert ("events", ("payload",)) in [(t.name, c) for t, c in plan.clear_columns]
    for table in Base.metadata.sorted_tables:
        if "case_id" in table.c:
            assert "personal" in table.info, f"{table.name} is not classified"
    # children are deleted before their parents
    order = plan.table_names
    assert order.index("blob_chunks") < order.index("blobs")
    assert order.index("attachments") < order.index("blobs")


def test_a_new_table_with_case_id_but_no_tag_fails() -> None:
    md = MetaData()
    Table("cases", md, Column("id", Integer, primary_key=True), info={"personal": False})
    Table("scans", md, Column("id", Integer, primary_key=True),
          Column("case_id", ForeignKey("cases.id")), Column("data", LargeBinary))
    with pytest.raises(UnclassifiedTable, match="scans"):
        erasure_plan(md)
    md.tables["scans"].info["personal"] = True
    Table("scan_pages", md, Column("scan_id", ForeignKey("scans.id")), Column("data", LargeBinary))
    with pytest.raises(UnclassifiedTable, match="scan_pages"):
        erasure_plan(md)  # refers to a personal table: must be classified too
    md.tables["scan_pages"].info["personal"] = True
    assert erasure_plan(md).table_names == ["scan_pages", "scans"]


def test_an_unknown_table_in_the_database_stops_the_purge(world: App) -> None:
    with world.db.write() as session:
        session.execute(text("CREATE TABLE future_things (id INTEGER PRIMARY KEY, case_id INTEGER)"))
    with pytest.raises(UnclassifiedTable, match="future_things"):
        PurgeService(world).purge_due(SYSTEM)


# --- crash safety -------------------------------------------------------------------------------
_CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from inquiry_desk.services import purge
    from inquiry_desk.services.actors import SYSTEM
    from inquiry_desk.services.app import App
    from inquiry_desk.store.masterkey import MemoryMasterKeyStore

    data_dir, install_id, key, marks = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4])
    store = MemoryMasterKeyStore()
    store.save(install_id, bytes.fromhex(key))
    app = App.open(data_dir, key_store=store)

    purge.BATCH_SIZE = 2  # batches [0, 1], [2, 3], ... of the due cases
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

    purge._test_hook = hook
    purge.PurgeService(app).purge_due(SYSTEM)
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


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_mid_purge_leaves_a_consistent_database_and_a_rerun_completes(
        world: App, mgr: Actor, key_store: MemoryMasterKeyStore, data_dir: Path,
        tmp_path: Path) -> None:
    """Each case is purged or untouched; a kill loses exactly the batch not yet committed."""
    svc = PurgeService(world)
    due = svc.due_refs()
    values, _ = personal_values(world, mgr, due)
    install_id = world.install_id
    key = key_store.load(install_id)
    assert key is not None
    world.close()
    marks = tmp_path / "marks"
    marks.mkdir()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(data_dir), install_id, key.hex(),
                             str(marks)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
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


def test_a_failing_case_rolls_back_alone_and_the_rest_of_its_batch_commits(
        world: App, mgr: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    svc = PurgeService(world)
    due = svc.due_refs()
    assert len(due) >= 3
    victim = due[1]
    before = world.cases.get(mgr, victim)

    def hook(stage: str, ref: str) -> None:
        if stage == "deleted" and ref == victim:  # its rows are deleted, its savepoint open
            raise RuntimeError("disk trouble")

    monkeypatch.setattr(purge, "BATCH_SIZE", len(due))  # all in one batch
    monkeypatch.setattr(purge, "_test_hook", hook)
    receipt = svc.purge_due(SYSTEM)

    assert list(receipt.refs) == [r for r in due if r != victim]
    assert len(receipt.failed) == 1 and receipt.failed[0].endswith("RuntimeError")
    assert not receipt.passed and receipt.check is not None and receipt.check.passed
    again = world.cases.get(mgr, victim)  # untouched: rows, key, state, timeline, audit
    assert again.state is before.state and again.applicant == before.applicant
    assert again.notes == before.notes and len(again.events) == len(before.events)
    assert [a.filename for a in again.attachments] == [a.filename for a in before.attachments]
    with world.db.read() as session:
        assert session.scalar(select(AuditEntry.id).where(AuditEntry.case_ref == victim,
                                                          AuditEntry.action == "case.purge")) is None
    assert verify_chain(world.db).ok
    monkeypatch.setattr(purge, "_test_hook", None)
    assert list(svc.purge_due(SYSTEM).refs) == [victim]
