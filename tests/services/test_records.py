"""The data held in a case: added from exports, reviewed, sealed at rest, erased at purge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_desk.domain.errors import NotFound, UserError, ValidationFailed
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.lifecycle.actions import ActionInput
from inquiry_desk.services.purge.service import PurgeService
from inquiry_desk.store.models import AuditEntry
from tests.services.lifecycle_helpers import new_case
from tests.services.purge_helpers import encodings_of, scan_folder

DATA = Path(__file__).resolve().parents[1] / "data" / "records"
# What the samples hold that must never be readable outside the sealed rows.
DISTINCTIVE = (
    "ZP-20240305-0917",
    "髙橋 﨑子",
    "〒604-8001 京都府京都市中京区河原町通三条上る恵比須町439",
    "有田焼 湯呑み（ギフト包装）",
    "hanako.yamada@example.jp",
    "母の友人の髙橋 﨑子様へ贈った湯呑みが届いたか確認したいです。",
    "M-0038271",
    "090-1234-5678",
)


def add_samples(app: App, staff: Actor, ref: str) -> None:
    for name in ("order-history-cp932.csv", "account.xlsx", "consents.json"):
        app.records.add(staff, ref, name, (DATA / name).read_bytes())


@pytest.fixture
def ref(app: App, staff: Actor) -> str:
    return app.cases.create(staff, new_case(date.today()))


def test_sources_are_numbered_and_read_back_as_added(app: App, staff: Actor, ref: str) -> None:
    [orders] = app.records.add(
        staff, ref, "order-history-cp932.csv", (DATA / "order-history-cp932.csv").read_bytes()
    )
    assert (orders.number, orders.rows, orders.columns, orders.encoding) == (1, 4, 9, "cp932")
    more = app.records.add(staff, ref, "account.xlsx", (DATA / "account.xlsx").read_bytes(), name="会員DB")
    assert [(s.number, s.name) for s in more] == [(2, "会員DB — 会員情報"), (3, "会員DB — 問い合わせ履歴")]
    sources = app.records.sources(staff, ref)
    assert [s.number for s in sources] == [1, 2, 3]
    assert sources[0].rows[1].cells[5] == "髙橋 﨑子" and sources[0].filename == "order-history-cp932.csv"
    assert all(r.included for s in sources for r in s.rows)
    timeline = [e.summary for e in app.cases.get(staff, ref).events]
    assert "Data held added: source 1 (CSV, 4 rows, 9 columns)" in timeline


def test_values_are_sealed_in_the_database_file(app: App, staff: Actor, ref: str, data_dir: Path) -> None:
    add_samples(app, staff, ref)
    app.db.checkpoint()
    assert scan_folder(data_dir, set(DISTINCTIVE)) == []


def test_a_refused_file_adds_nothing(app: App, staff: Actor, ref: str) -> None:
    add_samples(app, staff, ref)
    before = app.records.sources(staff, ref, record_view=False)
    with pytest.raises(UserError, match="line 3"):
        app.records.add(staff, ref, "bad.csv", b"a,b\r\n1,2\r\n3\r\n")
    assert app.records.sources(staff, ref, record_view=False) == before


def test_exclude_include_and_the_boundaries(app: App, staff: Actor, ref: str) -> None:
    add_samples(app, staff, ref)
    assert app.records.set_included(staff, ref, 1, [2], False) == 1
    assert app.records.set_included(staff, ref, 1, [2], False) == 0  # already excluded: no event
    assert app.records.set_included(staff, ref, 1, [1, 4], False) == 2
    orders = app.records.sources(staff, ref)[0]
    assert [r.number for r in orders.included] == [3]
    assert app.records.set_included(staff, ref, 1, [1, 2, 3, 4], True) == 3
    with pytest.raises(NotFound, match="no row 5"):
        app.records.set_included(staff, ref, 1, [5], False)
    with pytest.raises(NotFound, match="no source 9"):
        app.records.set_included(staff, ref, 9, [1], False)
    with pytest.raises(ValidationFailed):
        app.records.set_included(staff, ref, 1, [], False)
    summaries = [e.summary for e in app.cases.get(staff, ref).events if e.action.startswith("records.")]
    assert summaries.count("Data held reviewed: 1 row(s) of source 1 excluded") == 1
    assert "Data held reviewed: 3 row(s) of source 1 included" in summaries


def test_redaction_keeps_its_reason_sealed_and_the_audit_names_no_value(
    app: App, staff: Actor, ref: str, data_dir: Path
) -> None:
    add_samples(app, staff, ref)
    note = "第三者（ギフトの受取人 髙橋様）の氏名のため不開示"
    app.records.redact(staff, ref, 1, 2, 5, note)
    app.records.redact(staff, ref, 1, 2, 6, note)
    row = app.records.sources(staff, ref)[0].rows[1]
    assert row.redactions == {5: note, 6: note} and row.shown(5, "[redacted]") == "[redacted]"
    app.records.unredact(staff, ref, 1, 2, 6)
    assert app.records.sources(staff, ref)[0].rows[1].redactions == {5: note}
    with pytest.raises(UserError, match="not redacted"):
        app.records.unredact(staff, ref, 1, 2, 6)
    with pytest.raises(ValidationFailed):
        app.records.redact(staff, ref, 1, 2, 5, "  ")
    with pytest.raises(NotFound, match="no column 10"):
        app.records.redact(staff, ref, 1, 2, 9, note)
    events = [e for e in app.cases.get(staff, ref).events if e.action == "records.redact"]
    assert events[0].summary == "Value redacted: source 1, row 2, column 6" and events[0].detail == note
    with app.db.read() as session:
        log = "\n".join(session.scalars(select(AuditEntry.details)))
    for value in (*DISTINCTIVE, note, "配送先氏名", "order-history"):
        assert not any(p in log.encode() for p in encodings_of(value)), value
    app.db.checkpoint()
    assert scan_folder(data_dir, {note}) == []


def test_remove_a_source_added_by_mistake(app: App, staff: Actor, ref: str) -> None:
    add_samples(app, staff, ref)
    assert app.records.remove(staff, ref, 2) == 1
    assert [s.number for s in app.records.sources(staff, ref)] == [1, 3, 4, 5]
    [again] = app.records.add(staff, ref, "x.csv", b"a\r\n1\r\n")
    assert again.number == 6  # numbers are never reused: the timeline's "source 2" stays the removed one


def test_purge_erases_the_data_held_and_its_check_covers_it(
    app: App, staff: Actor, manager: Actor, ref: str, data_dir: Path
) -> None:
    add_samples(app, staff, ref)
    app.records.redact(staff, ref, 1, 2, 5, "受取人 髙橋 﨑子 様は第三者")
    other = app.cases.create(staff, new_case(date.today()))
    app.records.add(
        staff, other, "other.csv", "注文番号,備考\r\nZP-KEEP-0001,残すべき別案件のデータ\r\n".encode()
    )
    app.lifecycle.workflow.act(staff, ref, Action.WITHDRAW, ActionInput(comment="withdrawn by phone"))
    app.lifecycle.workflow.act(staff, ref, Action.CLOSE)

    receipt = PurgeService(app).purge_case_early(manager, ref, ref)

    assert receipt.passed and receipt.check is not None and receipt.check.hits == 0
    assert receipt.rows.get("record_rows") == 11 and receipt.rows.get("record_sources") == 5
    with pytest.raises(UserError, match="erased"):
        app.records.sources(manager, ref)
    assert app.records.sources(staff, other)[0].rows[0].cells == ["ZP-KEEP-0001", "残すべき別案件のデータ"]
    app.close()
    assert scan_folder(data_dir, set(DISTINCTIVE) | {"受取人 髙橋 﨑子 様は第三者"}) == []


def test_the_erasure_check_looks_for_the_data_held(
    app: App, staff: Actor, manager: Actor, ref: str, data_dir: Path
) -> None:
    add_samples(app, staff, ref)
    app.lifecycle.workflow.act(staff, ref, Action.WITHDRAW, ActionInput(comment="withdrawn by phone"))
    app.lifecycle.workflow.act(staff, ref, Action.CLOSE)
    (data_dir / "exports").mkdir()
    (data_dir / "exports" / "left.csv").write_bytes(
        "ZP-20240305-0917,有田焼 湯呑み（ギフト包装）".encode("cp932")
    )

    receipt = PurgeService(app).purge_case_early(manager, ref, ref)

    assert receipt.check is not None and not receipt.check.passed
    assert receipt.check.hit_files == ("exports/left.csv",)


def test_the_disclosure_response_lists_what_is_enclosed_and_the_enclosure_prints_it(
    app: App, staff: Actor, ref: str, tmp_path: Path
) -> None:
    from inquiry_desk.domain.enums import Outcome
    from tests.documents.test_enclosure import pdf_text

    add_samples(app, staff, ref)
    app.records.set_included(staff, ref, 2, [1], False)  # the whole member sheet left out
    app.records.redact(staff, ref, 1, 2, 6, "ギフトの受取人の住所")
    letter = app.documents.render_for_case(staff, ref, "response", outcome=Outcome.DISCLOSED)
    text = pdf_text(letter, tmp_path).replace("\n", "")
    assert "保有個人データ開示書（別紙）" in text and "1．order-history-cp932（4件）" in text
    assert "3．問い合わせ履歴（2件）" in text and "会員情報" not in text  # no included rows: not enclosed
    enclosure = pdf_text(app.documents.render_for_case(staff, ref, "disclosure"), tmp_path)
    assert "（不開示）" in enclosure and "ZP-20240305-0917" in enclosure
    assert "恵比須町" not in enclosure and "M-0038271" not in enclosure
    english = pdf_text(app.documents.render_for_case(staff, ref, "disclosure", lang="en"), tmp_path)
    assert "[redacted]" in english and "Page 1 of" in english


def test_purge_clears_the_timeline_details_to_null(app: App, staff: Actor, manager: Actor, ref: str) -> None:
    """The sealed reasons on the timeline (a redaction's note) are cleared, not overwritten."""
    from inquiry_desk.store.models import Event

    add_samples(app, staff, ref)
    app.records.redact(staff, ref, 1, 2, 5, "第三者の氏名")
    app.lifecycle.workflow.act(staff, ref, Action.WITHDRAW, ActionInput(comment="withdrawn by phone"))
    app.lifecycle.workflow.act(staff, ref, Action.CLOSE)
    assert PurgeService(app).purge_case_early(manager, ref, ref).passed
    with app.db.read() as session:
        payloads = list(session.scalars(select(Event.payload)))
    assert payloads and all(p is None for p in payloads)
