"""Erasure: personal data of finished cases is gone for real, with proof (the erasure check and
its scanner), and every table that holds case rows is classified for it.

Legal holds, early purges, the dry run and the grace period are in test_purge_hold.py; a
purge that is killed or fails half-way in test_purge_crash.py.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, ForeignKey, Integer, LargeBinary, MetaData, Table, select, text

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.services.actors import SYSTEM, Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.audit import verify_chain
from inquiry_desk.services.purge.scan import PatternSet, scan_bytes
from inquiry_desk.services.purge.service import PurgeService, UnclassifiedTable, erasure_plan
from inquiry_desk.store.models import AuditEntry, Base, Case, Note

# The shared fixtures: pytest finds them by name in this module.
from tests.services.purge_helpers import encodings_of, personal_values, scan_folder

STATS = (
    "ref",
    "uid",
    "kind",
    "channel",
    "jurisdiction",
    "language",
    "request_types",
    "received",
    "due",
    "outcome",
    "deadline_met",
    "closed_at",
    "created_at",
)


def snapshot(app: App) -> dict[str, dict[str, Any]]:
    with app.db.read() as session:
        return {
            c.ref: {k: getattr(c, k) for k in STATS} | {"state": c.state}
            for c in session.scalars(select(Case))
        }


def japanese_due(app: App, svc: PurgeService) -> list[str]:
    due = svc.due_refs()
    with app.db.read() as session:
        return [c.ref for c in session.scalars(select(Case).where(Case.ref.in_(due))) if c.language == "ja"]


# --- erasure ----------------------------------------------------------------------------------
@pytest.mark.demo(purged=5, due_for_purge=True)
def test_purge_leaves_no_byte_of_purged_cases_anywhere(
    app: App, manager: Actor, staff: Actor, data_dir: Path
) -> None:
    svc = PurgeService(app)
    due = svc.due_refs()
    assert len(due) >= 10 and len(japanese_due(app, svc)) >= 4
    app.cases.add_note(staff, due[0], "山田様より電話：住所変更は梅田ハイツ501へ")
    values, windows = personal_values(app, manager, due)
    japanese = {v for v in values if any(ord(ch) > 0x3000 for ch in v)}
    assert len(values) > 100 and len(japanese) > 30 and len(windows) > 10

    receipt = svc.purge_due(SYSTEM)

    assert list(receipt.refs) == due
    assert receipt.passed and receipt.check is not None and receipt.check.hits == 0
    assert receipt.check.patterns > 300 and receipt.wal_truncated is True
    assert receipt.keys_destroyed == len(due)
    app.close()
    assert scan_folder(data_dir, values, windows) == []


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_other_cases_untouched_and_anonymous_rows_keep_statistics(app: App, manager: Actor) -> None:
    svc = PurgeService(app)
    due = set(svc.due_refs())
    before = snapshot(app)
    kept = [ref for ref in before if ref not in due and before[ref]["state"] != "purged"]
    details = {ref: app.cases.get(manager, ref) for ref in kept}

    svc.purge_due(SYSTEM)

    after = snapshot(app)
    for ref, row in before.items():
        stats_before = {k: v for k, v in row.items() if k != "state"}
        assert {k: v for k, v in after[ref].items() if k != "state"} == stats_before
    for ref in due:
        assert after[ref]["state"] == CaseState.PURGED.value
        gone = app.cases.get(manager, ref)
        assert gone.purged_at is not None and gone.applicant is None
        assert gone.attachments == [] and gone.notes == [] and gone.messages == []
        assert all(e.detail == "" for e in gone.events)
        assert gone.events[-1].action == "purge"
    for ref in kept:
        assert after[ref]["state"] == before[ref]["state"]
        again = app.cases.get(manager, ref)
        assert again.applicant == details[ref].applicant
        assert again.notes == details[ref].notes
        assert [a.filename for a in again.attachments] == [a.filename for a in details[ref].attachments]
        for att in again.attachments:
            assert app.cases.attachment_bytes(manager, ref, att.id)[2]
    assert verify_chain(app.db).ok


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_plaintext_left_in_a_personal_row_is_zeroed_on_disk(app: App, manager: Actor, data_dir: Path) -> None:
    """secure_delete + the WAL truncation really overwrite deleted rows in the file."""
    svc = PurgeService(app)
    ref = svc.due_refs()[0]
    name = app.cases.get(manager, ref).applicant.name  # type: ignore[union-attr]
    leak = "漏洩テスト用の平文メモ " + name
    with app.db.write() as session:
        case_id = session.scalar(select(Case.id).where(Case.ref == ref))
        session.add(
            Note(
                case_id=case_id,
                at=datetime.now(),
                payload=leak.encode("utf-8") + b"|" + leak.encode("shift_jis") + b"|" + leak.encode("euc-jp"),
            )
        )
    app.db.checkpoint()
    assert scan_folder(data_dir, {leak}) != []  # the leak is in the file before the purge

    receipt = svc.purge_due(SYSTEM)

    assert receipt.check is not None and receipt.check.passed
    assert scan_folder(data_dir, {leak, name}) == []


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_erasure_check_fails_when_a_value_is_left(app: App, manager: Actor, data_dir: Path) -> None:
    svc = PurgeService(app)
    ref = japanese_due(app, svc)[0]
    name = app.cases.get(manager, ref).applicant.name  # type: ignore[union-attr]
    (data_dir / "exports").mkdir()
    (data_dir / "exports" / "leftover.txt").write_bytes(b"x" + name.encode("iso-2022-jp") + b"\n")

    receipt = svc.purge_due(SYSTEM)

    assert receipt.check is not None and not receipt.check.passed
    assert receipt.check.hits >= 1 and receipt.check.hit_files == ("exports/leftover.txt",)
    assert not receipt.passed
    shown = svc.last_receipts(manager)[0]
    assert shown.check_passed is False and shown.hits >= 1 and ref in shown.refs
    with app.db.read() as session:
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
    monkeypatch.setattr("inquiry_desk.services.purge.scan._BLOCK", 3 * 1000)
    for i, pattern in enumerate(planted):
        at = 2990 + i * 3001 + (i % 3)
        data[at : at + len(pattern)] = pattern
    found = scan_bytes(bytes(data), pset.patterns)
    assert {pset.patterns[i] for i in found} == {p for p in pset.patterns if p in data}
    assert set(planted) <= {pset.patterns[i] for i in found}


def test_scanner_is_exact_over_zero_pages_and_grams_shared_by_many_patterns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The scanner's shortcuts: all-zero blocks are skipped unless a pattern has a zero
    gram, and patterns sharing a gram are told apart by their heads."""
    rng = __import__("random").Random(11)
    monkeypatch.setattr("inquiry_desk.services.purge.scan._BLOCK", 64)
    numbers = [f"C{i:06d}".encode() for i in range(300)]  # all share "C000"/"0000" grams
    zeroed = [bytes(12) + b"x1", b"ab\0\0\0\0\0\0"]
    data = bytearray(640) + bytearray(rng.randbytes(2000)) + bytearray(640)
    data[60:74] = zeroed[0]  # first gram in an all-zero block
    data[1270:1279] = b"C00000000"  # "C000000" at 1270, heads "C00000" elsewhere
    data[2000:2007] = numbers[123]
    data[2637:2645] = zeroed[1]  # across the edge into the trailing zeros
    patterns = numbers + zeroed
    found = {patterns[i] for i in scan_bytes(bytes(data), patterns)}
    assert found == {p for p in patterns if p in data}
    assert {numbers[0], numbers[123], *zeroed} <= found


@pytest.mark.parametrize("dfa", [False, True])
def test_a_file_is_read_in_overlapping_views_and_every_planted_value_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dfa: bool
) -> None:
    """A file larger than one view: values planted across every view boundary are found,
    by either automaton, and a pattern inside another (a prefix) is reported too."""
    from inquiry_desk.services.purge.scan import scan_paths

    monkeypatch.setattr("inquiry_desk.services.purge.scan._BLOCK", 4096)
    monkeypatch.setattr("inquiry_desk.services.purge.scan._DFA_BYTES_PER_PATTERN", 0 if dfa else 1 << 40)
    rng = __import__("random").Random(7)
    data = bytearray(rng.randbytes(5 * 4096 + 100))
    pset = PatternSet()
    for value in ("山田 花子", "山田 花子様", "user1234@example.jp"):
        pset.add_text(value)
    planted = ["山田 花子様".encode(), "user1234@example.jp".encode("utf-16-le")]
    for k in range(1, 5):
        pattern = planted[k % 2]
        at = k * 4096 - len(pattern) // 2
        data[at : at + len(pattern)] = pattern
    (tmp_path / "store.bin").write_bytes(bytes(data))
    result = scan_paths([tmp_path], pset, relative_to=tmp_path)
    expected = {p for p in pset.patterns if p in data}
    assert "山田 花子".encode() in expected and set(planted) <= expected
    assert result.hits == len(expected) and result.hit_files == ("store.bin",)
    assert result.bytes_scanned == len(data)


@pytest.mark.parametrize("value", ["user1234@example.jp", "090-1234-5678", "C000123", "~ \\ tilde"])
def test_an_ascii_value_has_the_same_forms_as_through_every_encoding(value: str) -> None:
    from inquiry_desk.services.purge.scan import ENCODINGS, encode_all

    assert encode_all(value) == {value.encode(encoding) for encoding in ENCODINGS}


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
    Table(
        "scans",
        md,
        Column("id", Integer, primary_key=True),
        Column("case_id", ForeignKey("cases.id")),
        Column("data", LargeBinary),
    )
    with pytest.raises(UnclassifiedTable, match="scans"):
        erasure_plan(md)
    md.tables["scans"].info["personal"] = True
    Table("scan_pages", md, Column("scan_id", ForeignKey("scans.id")), Column("data", LargeBinary))
    with pytest.raises(UnclassifiedTable, match="scan_pages"):
        erasure_plan(md)  # refers to a personal table: must be classified too
    md.tables["scan_pages"].info["personal"] = True
    assert erasure_plan(md).table_names == ["scan_pages", "scans"]


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_an_unknown_table_in_the_database_stops_the_purge(app: App) -> None:
    with app.db.write() as session:
        session.execute(text("CREATE TABLE future_things (id INTEGER PRIMARY KEY, case_id INTEGER)"))
    with pytest.raises(UnclassifiedTable, match="future_things"):
        PurgeService(app).purge_due(SYSTEM)
