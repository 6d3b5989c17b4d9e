"""A year's references in the order received, read without passing the later years.

The register's default order is the date received, newest first, and a search naming a
year ("2024", "PI-2024", "PI-2024-0") matches a whole year of it. Walking the index of that
order from the newest passes every later year first (two years of 34,000 cases: 8 ms at
200,000 rows), and taking the year's references from the reference index sorts all of them
(5 ms). But a reference names the year its case was received (creating.py numbers by
`received.year`), so the year's newest cases are the newest of that year's dates: a range
of the order's own index, read only as far as the page wanted (0.1 ms).

Two kinds of case break that rule: one whose date received was corrected into another year
after it was numbered, and one whose reference is not of the form PI-YYYY-digits. The
partial index `ix_cases_irregular_ref` (migration 0015) holds just those, a handful, and
every page adds those that match: the pages are exactly those of the plain walk.

SQLite only, like the walk itself (RegisterService._walk_sort_order): PostgreSQL's planner
chooses from statistics.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, text

from inquiry_desk.store.models import IRREGULAR_REF_SQL, Case, RefFragment

Where = Callable[[Select[Any]], Select[Any]]


def _irregular() -> ColumnElement[bool]:
    return text(f"({IRREGULAR_REF_SQL})")  # type: ignore[return-value]


def _year(digits: str) -> int | None:
    return int(digits) if len(digits) == 4 and digits.isdigit() and 0 < int(digits) < 9999 else None


def _newest_of_year(
    year: int, condition: ColumnElement[bool], wanted: int, descending: bool, where: Where
) -> Any:
    """The first `wanted` cases received in `year` that meet `condition`, in the order received."""
    order = (Case.received.desc(), Case.id.desc()) if descending else (Case.received, Case.id)
    in_year = and_(Case.received >= date(year, 1, 1), Case.received < date(year + 1, 1, 1))
    return where(select(Case.id).where(in_year, condition)).order_by(*order).limit(wanted)


def _irregular_matching(condition: ColumnElement[bool], where: Where) -> Any:
    return where(select(Case.id).where(_irregular(), condition))


def year_prefix_top(prefix: str, wanted: int, descending: bool, where: Where) -> ColumnElement[bool] | None:
    """Among the first `wanted` cases in the order received whose reference starts with
    `prefix` ("PI-2024", "PI-2024-0"), or None if the prefix names no year. `where` applies
    the register's other filters, so that the first rows are the first that pass them."""
    year = _year(prefix[3:7]) if prefix.startswith("PI-") else None
    if year is None:
        return None
    # Every reference character sorts below "~", so [prefix, prefix + "~") is the prefix range.
    in_range = and_(Case.ref >= prefix, Case.ref < prefix + "~")
    # Tested inside the partial index, not taken from the reference index (a year of rows).
    unindexed = Case.ref.concat("")
    in_range_unindexed = and_(unindexed >= prefix, unindexed < prefix + "~")
    return or_(
        Case.id.in_(_newest_of_year(year, in_range, wanted, descending, where)),
        Case.id.in_(_irregular_matching(in_range_unindexed, where)),
    )


def year_fragment_top(
    fragment: str, wanted: int, descending: bool, where: Where
) -> ColumnElement[bool] | None:
    """Among the first `wanted` cases in the order received whose reference contains
    `fragment`, for a fragment of four or more digits ("2024", "20240"); None otherwise.

    In PI-YYYY-SSSS such a fragment is the year itself or lies in the serial number: the
    year's cases are read as above, and the serial's matches are the tails of the
    reference (RefFragment) that start with the fragment and hold no "-" — a few dozen
    a year, since four digits in a row followed by a digit can only be the serial's.
    """
    if len(fragment) < 4 or not fragment.isdigit():
        return None
    serial_tails = select(RefFragment.case_id).where(
        or_(
            RefFragment.fragment == fragment,
            and_(RefFragment.fragment >= fragment + "0", RefFragment.fragment < fragment + ":"),
        ),
        func.instr(RefFragment.fragment, "-") == 0,
    )
    parts = [
        Case.id.in_(serial_tails),
        Case.id.in_(_irregular_matching(Case.ref.like(f"%{fragment}%"), where)),  # digits: no escaping
    ]
    year = _year(fragment)
    if year is not None:
        year_refs = and_(Case.ref >= f"PI-{fragment}-", Case.ref < f"PI-{fragment}-~")
        parts.append(Case.id.in_(_newest_of_year(year, year_refs, wanted, descending, where)))
    return or_(*parts)
