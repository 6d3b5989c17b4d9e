"""How a register search finds its rows without reading the whole register.

A keystroke in the search box runs a count and a page. Both used to read every row for a
fragment of a reference (`LIKE '%0012%'`), and to send thousands of name matches as one
`IN (?, ?, …)` list of parameters. Here:

* a reference prefix is a range on the reference index, a fragment a range on the index of
  reference tails (RefFragment, migration 0014);
* the ids of the open cases whose names match (found in the in-memory index of names,
  register.py) go to SQL as one parameter: a JSON array read by SQLite's `json_each`;
* the count stops at COUNT_CAP + 1 ("more than 1,000 cases"): each way of matching is
  asked for at most that many ids, so a broad text ("2", "PI-2", "a") costs as little as a
  narrow one, and a narrow text gets its exact count and its ids, from which the page is
  read without walking the register.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import jaconv
from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from inquiry_desk.services.cases.register_rows import COUNT_CAP
from inquiry_desk.store.models import Case, RefFragment


def reference_search(text: str) -> tuple[str | None, str | None]:
    """How a search text matches references: (a prefix of the reference, a fragment of it).

    "PI-2024-00" (or "2024-00", "pi2024") is a prefix of the reference: a range on the
    unique index finds it without reading the other rows. Other text with a digit
    ("0012") can only be a fragment, found in the index of reference tails (RefFragment,
    migration 0014); text without digits that does not start like a reference is not
    matched against references at all.
    """
    upper = jaconv.z2h(text, kana=False, ascii=True, digit=True).strip().upper()
    compact = upper.replace(" ", "")
    if compact.startswith("PI"):
        rest = compact[2:].lstrip("-")
        return "PI-" + (rest[:4] + "-" + rest[4:].lstrip("-") if len(rest) > 4 else rest), None
    if len(compact) >= 5 and compact[:4].isdigit() and compact[4] == "-":
        return "PI-" + compact, None
    if any(ch.isdigit() for ch in compact):
        return None, compact
    return None, None


def prefix_condition(prefix: str, *, walk_sort_order: bool = False) -> ColumnElement[bool]:
    """References starting with `prefix`.

    A short prefix ("PI-2") matches most of the register; taking it from the reference
    index then means sorting tens of thousands of rows for one page. With
    `walk_sort_order` the range is written so that SQLite cannot use the reference index
    (`ref || ''`): it walks the index of the sort order instead and stops after one page.
    A prefix naming a year is better served still (register_years.py).
    """
    # Every reference character sorts below "~", so [prefix, prefix + "~") is the prefix range.
    ref: ColumnElement[str] = Case.ref.concat("") if walk_sort_order else Case.ref.expression
    return and_(ref >= prefix, ref < prefix + "~")


def fragment_like(fragment: str) -> ColumnElement[bool]:
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return Case.ref.like(f"%{escaped}%", escape="\\")


def fragment_tails(fragment: str) -> Select[Any]:
    """The cases whose reference contains `fragment` (past its first character): one of its
    tails starts with it, a range on RefFragment's primary key."""
    return select(RefFragment.case_id).where(
        RefFragment.fragment >= fragment, RefFragment.fragment < fragment + "~"
    )


def fragment_condition(fragment: str, *, walk_sort_order: bool = False) -> ColumnElement[bool]:
    """References containing `fragment`. Walking the sort order, the reference is tested
    inside the index as it passes (the matches are many); otherwise the few matches come
    from the index of tails. One character matches most references: tested as it passes."""
    if walk_sort_order or len(fragment) < 2:
        return fragment_like(fragment)
    return Case.id.in_(fragment_tails(fragment))


def id_set(session: Session, ids: Sequence[int]) -> ColumnElement[bool]:
    """`Case.id` among `ids`, as one parameter on SQLite however many ids there are (a
    JSON array read by `json_each`); PostgreSQL takes the list as it is."""
    if session.get_bind().dialect.name != "sqlite":
        return Case.id.in_(list(ids))
    values = func.json_each(json.dumps(list(ids))).table_valued("value")
    return Case.id.in_(select(values.c.value))


def capped_ids(
    session: Session,
    where: Any,
    prefix: str | None,
    fragment: str | None,
    name_ids: Sequence[int],
    cap: int = COUNT_CAP,
) -> set[int] | None:
    """The ids of the cases a search matches, if there are at most `cap`; None if more.

    `where` applies the register's other filters to a statement. Each way of matching (the
    prefix, the fragment, the names) is asked for at most cap + 1 ids, so that none reads
    more of the register than that; the union of small sets is exact.
    """
    found: set[int] = set()
    parts: list[Select[Any]] = []
    if prefix is not None:
        parts.append(select(Case.id).where(prefix_condition(prefix)))
    if fragment is not None:
        if len(fragment) < 2:
            parts.append(select(Case.id).where(fragment_like(fragment)))
        else:
            tails = fragment_tails(fragment).subquery()
            parts.append(select(Case.id).join(tails, tails.c.case_id == Case.id).distinct())
    if name_ids:
        parts.append(select(Case.id).where(id_set(session, name_ids)))
    for part in parts:
        ids = session.scalars(where(part).limit(cap + 1)).all()
        if len(ids) > cap:
            return None
        found.update(ids)
        if len(found) > cap:
            return None
    return found
