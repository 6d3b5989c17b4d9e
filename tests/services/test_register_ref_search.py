"""A fragment of a reference is found through the index of reference tails (RefFragment,
migration 0014), exactly as the scan it replaces found it, and a search stops counting at
a cap with the same first page.

The index is kept on every way a case comes in (a new case, the demo's bulk history, a
database from before the index) and after a merge and a purge; it holds the tails of the
reference only, never anything of the applicant.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_desk.domain.enums import CaseKind, CaseState, Channel, Jurisdiction, Language, RequestType
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register import RegisterFilter
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.services.demo.generator import add_purged_history
from inquiry_desk.services.purge.service import PurgeService
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from inquiry_desk.store.models import Case, RefFragment
from tests.services.test_purge_originals import finish

OLD_DATABASE = Path(__file__).resolve().parent.parent / "data" / "register_0007"


def _new(name: str, year: int = 2026) -> NewCase:
    return NewCase(
        received=date(year, 11, 2),
        channel=Channel.MAIL,
        kind=CaseKind.REQUEST,
        request_types=[RequestType.DISCLOSURE],
        jurisdiction=Jurisdiction.JP,
        language=Language.JA,
        # No digits in what is searched of the applicant: the fragments find references only.
        applicant=PartyData(name=name, name_kana="ヤマダ タロウ", email="taro@example.jp"),
    )


def _tails(app: App) -> dict[str, set[str]]:
    """Each case's reference -> the tails the index holds for it."""
    with app.db.read() as session:
        rows = session.execute(
            select(Case.ref, RefFragment.fragment).join(Case, Case.id == RefFragment.case_id)
        )
        out: dict[str, set[str]] = {}
        for ref, fragment in rows:
            out.setdefault(ref, set()).add(fragment)
        return out


def _expected(ref: str) -> set[str]:
    return {ref[i:] for i in range(1, len(ref))}


def _all_refs(app: App) -> list[str]:
    with app.db.read() as session:
        return list(session.scalars(select(Case.ref)))


def _searched(app: App, text: str, cap: int | None = None) -> tuple[int, list[str]]:
    total, rows = app.register.first_page(
        RegisterFilter(search=text), sort="received", descending=True, count_up_to=cap
    )
    return total, [r.ref for r in rows]


FRAGMENTS = [
    "1",
    "0",
    "12",
    "001",
    "0012",
    "26-0",
    "6-00",
    "2025",
    "I-2026-001",
    "-0",
    "C0",
    "%",
    "_1",
    "99999",
]


def test_a_new_case_is_indexed_and_every_fragment_finds_what_a_scan_finds(app: App, staff: Actor) -> None:
    for i in range(14):
        app.cases.create(staff, _new("山田 太郎", 2025 + i % 2))
    refs = _all_refs(app)
    assert _tails(app) == {ref: _expected(ref) for ref in refs}
    for text in FRAGMENTS:
        wanted = sorted(ref for ref in refs if text.upper() in ref)
        total, found = _searched(app, text)
        assert (total, sorted(found)) == (len(wanted), wanted), text
        # Full-width digits are typed too: folded before the index is read.
        if text.isdigit():
            assert (
                _searched(app, text.translate(str.maketrans("0123456789", "０１２３４５６７８９")))[0]
                == total
            )


def test_a_search_stops_counting_at_the_cap_with_the_same_page(app: App, staff: Actor) -> None:
    for _ in range(6):
        app.cases.create(staff, _new("田中 花子"))
    for text in ("PI-2026", "2026", "0", "田中", "taro", "000"):
        exact_total, exact_page = _searched(app, text)
        assert exact_total == 6, text
        capped_total, capped_page = _searched(app, text, cap=3)
        assert (capped_total, capped_page) == (4, exact_page), text  # 4: "more than 3"
        assert _searched(app, text, cap=6) == (6, exact_page), text  # within the cap: exact
    assert _searched(app, "0001", cap=3) == (1, ["PI-2026-0001"])
    assert _searched(app, "zzz-no-match", cap=3) == (0, [])
    # The other filters hold for a capped search as for an exact one.
    flt = RegisterFilter(search="2026", states=frozenset({CaseState.RECEIVED}), include_purged=False)
    assert app.register.first_page(flt, count_up_to=3)[1] == app.register.first_page(flt)[1]


def test_the_demo_history_and_an_old_database_are_indexed(app: App, tmp_path: Path) -> None:
    add_purged_history(app, 40)
    refs = _all_refs(app)
    assert len(refs) == 40 and _tails(app) == {ref: _expected(ref) for ref in refs}

    data = tmp_path / "old"
    shutil.copytree(OLD_DATABASE, data)  # written with migration 0007 as head
    keys = MemoryMasterKeyStore()
    stored = json.loads((data / "keys.json").read_text(encoding="utf-8"))
    keys.keys = {name: bytes.fromhex(value) for name, value in stored.items()}
    (data / "keys.json").unlink()
    old = App.open(data, key_store=keys, today=lambda: date(2026, 11, 20))
    try:
        old_refs = _all_refs(old)
        assert len(old_refs) == 6 and _tails(old) == {ref: _expected(ref) for ref in old_refs}
        assert _searched(old, "0006")[1] == ["PI-2026-0006"]
    finally:
        old.close()


def test_merge_and_purge_keep_the_index_and_it_holds_nothing_of_the_applicant(
    app: App, staff: Actor, manager: Actor
) -> None:
    first = app.cases.create(staff, _new("山田 太郎"))
    second = app.cases.create(staff, _new("山田 太郎"))
    kept = app.cases.create(staff, _new("鈴木 一郎"))
    app.merging.merge(staff, second, first)
    finish(app, staff, kept)
    PurgeService(app).purge_case_early(manager, kept, kept)
    assert app.cases.get(manager, kept).state is CaseState.PURGED
    refs = _all_refs(app)
    # Exactly the tails of each reference: no name, kana, email or phone, purged or not.
    assert _tails(app) == {ref: _expected(ref) for ref in refs}
    for text in ("0001", "0002", "0003"):
        assert _searched(app, text)[1] == [r for r in refs if text in r]


@pytest.mark.parametrize("cap", [2, 3])
def test_the_register_model_says_more_than_and_fetches_every_row(
    app: App, staff: Actor, cap: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inquiry_desk.ui.register import model as model_module

    monkeypatch.setattr(model_module, "COUNT_CAP", cap)
    for _ in range(7):
        app.cases.create(staff, _new("佐藤 花子"))
    model = model_module.RegisterModel(app.register, page_size=2)
    model.set_filter(RegisterFilter(search="2026"))
    assert model.more_than == cap and model.rowCount() == 2
    from PySide6.QtCore import QModelIndex

    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 7 and model.total == 7 and model.more_than is None
    model.set_filter(RegisterFilter(search="0007"))
    assert model.more_than is None and model.total == 1
