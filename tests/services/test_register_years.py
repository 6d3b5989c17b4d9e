"""A search naming a year, walked in the order received, reads that year from its dates
(register_years.py, migration 0015) and finds exactly the pages the plain walk finds: also
for a case whose receipt date was corrected into another year after it was numbered, for a
reference not of the form PI-YYYY-digits, with the register's other filters, both ways
round and on later pages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import delete, insert, select, text, update

from inquiry_desk.domain.enums import CaseKind, CaseState, Channel, Jurisdiction, Language, RequestType
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases import register as register_module
from inquiry_desk.services.cases.editing import CaseEdit
from inquiry_desk.services.cases.register import RegisterFilter, RegisterService
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.services.demo.generator import add_purged_history
from inquiry_desk.store.models import IRREGULAR_REF_SQL, Case, RefFragment, ref_fragments

TODAY = date(2026, 3, 10)
TEXTS = (
    "2024",
    "2025",
    "2026",
    "PI-2025",
    "PI-2026",
    "PI-2024",
    "PI-2024-",
    "PI-2024-0",
    "PI-2025-00",
    "20240",
    "0012",
)


def _new(received: date) -> NewCase:
    return NewCase(
        received=received,
        channel=Channel.MAIL,
        kind=CaseKind.REQUEST,
        request_types=[RequestType.DISCLOSURE],
        jurisdiction=Jurisdiction.JP,
        language=Language.JA,
        applicant=PartyData(
            name="山田 太郎", name_kana="ヤマダ タロウ", email="taro@example.jp"
        ),  # no digits
    )


@pytest.fixture
def years(app: App, staff: Actor, manager: Actor) -> Iterator[App]:
    """Six years of purged history, and the two kinds of case the rule "a reference names
    the year received" does not hold for."""
    add_purged_history(app, 700, seed=5, today=TODAY)
    # Numbered in 2025, then its receipt date corrected back into 2024 (it arrived in December).
    moved = app.cases.create(staff, _new(date(2025, 1, 3)))
    app.edits.edit(manager, moved, CaseEdit(received=date(2024, 12, 30), reason="消印の日付"))
    # A reference from an older register, carried over as it was.
    with app.db.write() as session:
        case_id = session.scalar(select(Case.id).where(Case.ref == "PI-2024-0012"))
        session.execute(update(Case).where(Case.id == case_id).values(ref="PI-2024-12B"))
        session.execute(delete(RefFragment).where(RefFragment.case_id == case_id))
        session.execute(insert(RefFragment), ref_fragments(case_id, "PI-2024-12B"))
    app.register.invalidate()
    yield app


@pytest.mark.clock_starts(TODAY)
def test_a_year_searched_in_the_order_received_gives_the_plain_walks_pages(
    years: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    register = years.register
    year_reads = _spy_on_year_reads(monkeypatch)
    filters = [
        RegisterFilter(),
        RegisterFilter(channels=frozenset({Channel.MAIL})),
        RegisterFilter(states=frozenset({CaseState.RECEIVED, CaseState.PURGED})),
    ]
    for search in TEXTS:
        for base in filters:
            flt = replace(base, search=search)
            for descending in (True, False):
                for offset in (0, 7, 40):
                    fast = _refs(register, flt, descending, offset)
                    with monkeypatch.context() as plain:  # the year read switched off
                        plain.setattr(register_module, "year_prefix_top", lambda *a: None)
                        plain.setattr(register_module, "year_fragment_top", lambda *a: None)
                        assert _refs(register, flt, descending, offset) == fast, (search, base, descending)
    # The walk was taken, and the year read with it, for the year's prefix and the bare year.
    assert min(year_reads[text] for text in ("PI-2024", "2024", "PI-2025", "2025", "PI-2025-00")) > 0, (
        year_reads
    )


def _refs(register: RegisterService, flt: RegisterFilter, descending: bool, offset: int) -> list[str]:
    matches = register.count(flt)
    rows = register.page(flt, sort="received", descending=descending, offset=offset, limit=9, matches=matches)
    return [row.ref for row in rows]


def _spy_on_year_reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often each searched text was read from its year's dates."""
    reads: Counter[str] = Counter()
    for name in ("year_prefix_top", "year_fragment_top"):
        real = getattr(register_module, name)

        def spy(searched: str, *args: Any, _real: Any = real) -> Any:
            found = _real(searched, *args)
            reads[searched] += found is not None
            return found

        monkeypatch.setattr(register_module, name, spy)
    return reads


@pytest.mark.clock_starts(TODAY)
def test_the_irregular_cases_are_in_the_partial_index_and_no_others(years: App) -> None:
    with years.db.read() as session:
        irregular = set(session.scalars(text(f"SELECT ref FROM cases WHERE {IRREGULAR_REF_SQL}")))
        moved = session.scalar(
            text("SELECT ref FROM cases WHERE received = '2024-12-30' AND ref LIKE 'PI-2025-%'")
        )
        assert irregular == {"PI-2024-12B", moved}
        index_sql = session.scalar(
            text("SELECT sql FROM sqlite_master WHERE name = 'ix_cases_irregular_ref'")
        )
        assert index_sql.endswith("WHERE " + IRREGULAR_REF_SQL)  # word for word, or SQLite ignores it
        plan = session.execute(
            text(f"EXPLAIN QUERY PLAN SELECT id FROM cases WHERE ({IRREGULAR_REF_SQL}) AND ref || '' > 'PI-'")
        ).all()
        assert "ix_cases_irregular_ref" in " ".join(str(row) for row in plan)


@pytest.mark.clock_starts(TODAY)
def test_a_few_matches_walked_all_the_same_are_found_in_the_serial_numbers_too(
    years: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "0012" is every year's twelfth case: a serial number, not a year. Walked (as a
    register whose matches are dense would walk it), its pages are the plain walk's."""
    monkeypatch.setattr(RegisterService, "_walk_sort_order", lambda *args: True)
    register = years.register
    for search in ("0012", "0101", "2024", "20240"):
        flt = RegisterFilter(search=search)
        for descending in (True, False):
            fast = _refs(register, flt, descending, 0)
            with monkeypatch.context() as plain:
                plain.setattr(register_module, "year_fragment_top", lambda *a: None)
                assert _refs(register, flt, descending, 0) == fast, (search, descending)
            if search == "0012" and descending:
                # 2020-2023 and 2025: 2024's is the carried-over PI-2024-12B, 2026 has fewer than 12.
                assert fast == [f"PI-{year}-0012" for year in (2025, 2023, 2022, 2021, 2020)]
