"""The case register: filtered, sorted and paged in SQL.

A register holds years of cases, most of them anonymous rows of purged cases, so
nothing here loads the whole table. Applicant names are encrypted; the few open
cases' names are decrypted once into memory (`ApplicantIndex`) for display and
name search, and the rest of the filtering and all sorting happen in SQL.

A case whose name or key fails its integrity check is listed all the same, from its
plain columns, and marked `damaged` (see services/cases/damage.py): one damaged record
never takes the register down with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, false, func, or_, select
from sqlalchemy.orm import Session

from inquiry_desk.domain.enums import CaseKind, CaseState, Channel
from inquiry_desk.services.actors import SYSTEM
from inquiry_desk.services.cases.damage import DamageLog
from inquiry_desk.services.cases.register_filters import Sel, filtered, needs_review
from inquiry_desk.services.cases.register_index import NO_NAMES, ApplicantIndex, index_version, load_index
from inquiry_desk.services.cases.register_index import name_ids as matching_names
from inquiry_desk.services.cases.register_names import applicant_names
from inquiry_desk.services.cases.register_rows import COUNT_CAP, RegisterFilter, RegisterRow
from inquiry_desk.services.cases.register_search import (
    capped_ids,
    fragment_condition,
    id_set,
    prefix_condition,
    reference_search,
)
from inquiry_desk.services.cases.register_years import year_fragment_top, year_prefix_top
from inquiry_desk.services.cases.views import decode_types
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.settings.lifecycle import deadline_rules
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import Case, User

__all__ = ["SORT_KEYS", "RegisterFilter", "RegisterRow", "RegisterService"]

SORT_KEYS = ("ref", "received", "channel", "kind", "state", "due", "assignee")


class RegisterService:
    def __init__(
        self,
        db: Database,
        keys: KeyService,
        today: Callable[[], date] = date.today,
        damage: DamageLog | None = None,
    ) -> None:
        self.db = db
        self.keys = keys
        self.today = today
        self.damage = damage or DamageLog(db)
        self._index = ApplicantIndex()
        self._due_soon: int | None = None  # the manager's setting, read once per invalidation

    # --- the in-memory index of open cases' names -------------------------------------------
    def _refresh_index(self, session: Session) -> ApplicantIndex:
        key = index_version(session)
        if self._index.version != key:
            self._index = load_index(session, self.keys, key)
        return self._index

    def _report_damage(self) -> None:
        """Audit the damaged records the index found (once each: see DamageLog), after the
        read transaction that found them has ended."""
        if self._index.damaged:
            self.damage.report(SYSTEM, self._index.damaged.values(), found_by="register")

    def invalidate(self) -> None:
        self._index = ApplicantIndex()
        self._due_soon = None

    def due_soon_days(self) -> int:
        """How many days before its due date a case counts as due soon (deadline settings)."""
        if self._due_soon is None:
            with self.db.read() as session:
                self._due_soon = self._due_soon_in(session)
        return self._due_soon

    def _due_soon_in(self, session: Session) -> int:
        if self._due_soon is None:
            self._due_soon = deadline_rules(session).due_soon_days
        return self._due_soon

    # --- queries ------------------------------------------------------------------------
    def _where(
        self,
        stmt: Sel,
        flt: RegisterFilter,
        session: Session,
        *,
        walk_sort_order: bool = False,
        index: ApplicantIndex | None = None,
        ids: set[int] | None = None,
        top: tuple[int, bool] | None = None,
    ) -> Sel:
        """`stmt` narrowed to the filter. `ids`, when the search's matches are known
        (register_search.capped_ids), stands for the search text; `top` (rows wanted,
        descending) lets a walk in the order received read a year from its dates
        (register_years.py)."""
        stmt = self._filtered(stmt, flt, session)
        text = flt.search.strip()
        if not text:
            return stmt
        if ids is not None:
            return stmt.where(id_set(session, sorted(ids)) if ids else false())
        prefix, fragment = reference_search(text)
        names = matching_names(text, index or self._refresh_index(session))
        conditions: list[ColumnElement[bool]] = []
        year_top: ColumnElement[bool] | None = None
        if top is not None:  # walking the order received: a year is read from its dates
            wanted, descending = top

            def where(part: Select[Any]) -> Select[Any]:
                return self._filtered(part, flt, session)

            if prefix is not None:
                year_top = year_prefix_top(prefix, wanted, descending, where)
            elif fragment is not None:
                year_top = year_fragment_top(fragment, wanted, descending, where)
        if year_top is not None:
            conditions.append(year_top)
        elif prefix is not None:
            conditions.append(prefix_condition(prefix, walk_sort_order=walk_sort_order))
        elif fragment is not None:
            conditions.append(fragment_condition(fragment, walk_sort_order=walk_sort_order))
        if names:
            conditions.append(id_set(session, names))
        return stmt.where(or_(*conditions) if conditions else false())

    def _filtered(self, stmt: Sel, flt: RegisterFilter, session: Session) -> Sel:
        """`stmt` narrowed by every part of the filter but the search text."""
        return filtered(stmt, flt, self.today(), lambda: self._due_soon_in(session))

    def _count(self, session: Session, flt: RegisterFilter, index: ApplicantIndex | None = None) -> int:
        stmt = self._where(select(func.count(Case.id)), flt, session, index=index)
        return int(session.scalar(stmt) or 0)

    def count(self, flt: RegisterFilter) -> int:
        with self.db.read() as session:
            total = self._count(session, flt)
        self._report_damage()
        return total

    def first_page(
        self,
        flt: RegisterFilter,
        *,
        sort: str = "ref",
        descending: bool = True,
        limit: int = 200,
        count_up_to: int | None = None,
    ) -> tuple[int, list[RegisterRow]]:
        """How many rows match, and the first page of them: what a search keystroke needs.

        One read transaction instead of two (the register cannot change between the count
        and the page), and the count tells `_page` which index serves the page best. With
        `count_up_to`, a search stops counting there: a total of count_up_to + 1 means
        "more than count_up_to", and a smaller one is exact and its page is read from the
        matches' ids (register_search.py).
        """
        with self.db.read() as session:
            index = self._refresh_index(session)  # checked once for both queries
            text = flt.search.strip()
            if count_up_to is None or not text:
                total = self._count(session, flt, index)
                rows = self._page(session, flt, sort, descending, 0, limit, total, index) if total else []
            else:
                prefix, fragment = reference_search(text)
                ids = capped_ids(
                    session,
                    lambda stmt: self._filtered(stmt, flt, session),
                    prefix,
                    fragment,
                    matching_names(text, index),
                    cap=count_up_to,
                )
                if ids is None:  # more than count_up_to: the page walks the order wanted
                    total = count_up_to + 1
                    rows = self._page(session, flt, sort, descending, 0, limit, total, index)
                else:
                    total = len(ids)
                    rows = self._page(session, flt, sort, descending, 0, limit, total, index, ids=ids)
        self._report_damage()
        return total, rows

    def page(
        self,
        flt: RegisterFilter,
        *,
        sort: str = "ref",
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
        matches: int | None = None,
    ) -> list[RegisterRow]:
        """One page of the register. `matches` (the filter's count, when the caller knows
        it) lets the query pick the cheaper index for a broad reference search."""
        with self.db.read() as session:
            rows = self._page(session, flt, sort, descending, offset, limit, matches)
        self._report_damage()
        return rows

    def _walk_sort_order(self, session: Session, sort: str, matches: int | None) -> bool:
        """Whether a reference range should give way to the index of the default order.

        Taking the range reads only the matches but fetches and sorts them all (about
        1.3 µs a match); walking `ix_cases_received_id_ref` (migration 0003) tests the
        reference inside the index, about 0.2 µs a row, and stops after one page. So the
        walk wins once an eighth of the register matches, wherever the matches lie (a
        year's prefix clusters them). Only the default sort has such an index, and only
        SQLite needs telling: PostgreSQL's planner has statistics to decide this itself.
        """
        if not self.db.is_sqlite or sort != "received" or matches is None:
            return False
        if matches > COUNT_CAP:  # then even at the eighth below, walking is the cheaper
            return True
        highest = session.scalar(select(func.max(Case.id))) or 0  # the rowid: one index probe
        return matches * 8 >= highest

    def _page(
        self,
        session: Session,
        flt: RegisterFilter,
        sort: str,
        descending: bool,
        offset: int,
        limit: int,
        matches: int | None,
        index: ApplicantIndex | None = None,
        ids: set[int] | None = None,
    ) -> list[RegisterRow]:
        if sort not in SORT_KEYS:
            raise ValueError(f"cannot sort by {sort}")
        index = index or self._refresh_index(session)
        stmt = select(
            Case.id,
            Case.ref,
            Case.received,
            Case.channel,
            Case.kind,
            Case.request_types,
            Case.state,
            Case.due,
            User.display_name,
            Case.warnings,
            Case.legal_hold,
            Case.language,
            Case.jurisdiction,
            needs_review(),
            Case.merged_into,
        ).outerjoin(User, User.id == Case.assignee_id)
        walk = ids is None and bool(flt.search.strip()) and self._walk_sort_order(session, sort, matches)
        top = (offset + limit, descending) if walk else None
        stmt = self._where(stmt, flt, session, walk_sort_order=walk, index=index, ids=ids, top=top)
        column = {
            "ref": Case.id,
            "received": Case.received,
            "channel": Case.channel,
            "kind": Case.kind,
            "state": Case.state,
            "due": Case.due,
            "assignee": User.display_name,
        }[sort]
        primary = column.desc() if descending else column.asc()
        # Rows without a due date (finished cases) always go last; ties break by id.
        order: list[ColumnElement[Any]] = [primary, Case.id.desc() if descending else Case.id.asc()]
        if sort == "due":
            order.insert(0, Case.due.is_(None))
        rows = session.execute(stmt.order_by(*order).offset(offset).limit(limit)).all()
        names, damaged = index.names, index.damaged
        return [
            RegisterRow(
                r[0],
                r[1],
                r[2],
                Channel(r[3]),
                CaseKind(r[4]),
                decode_types(r[5]),
                names.get(r[0], ""),
                CaseState(r[6]),
                r[7],
                r[8] or "",
                r[9],
                r[10],
                r[11],
                r[12],
                r[0] in damaged,
                bool(r[13]),
                r[14],
            )
            for r in rows
        ]

    # --- pages without names, and the names of the rows on screen ------------------------
    # The register window decrypts only the names it shows: a page without a search is read
    # without them (a search needs every open name in the index anyway, so it keeps them),
    # and `applicant_names` opens the few the view paints.
    def first_page_unnamed(
        self,
        flt: RegisterFilter,
        *,
        sort: str = "ref",
        descending: bool = True,
        limit: int = 200,
        count_up_to: int | None = None,
    ) -> tuple[int, list[RegisterRow]]:
        """Like `first_page`; without a search text the rows' `applicant` is left empty (and
        the count is exact: `count_up_to` caps only a search's)."""
        if flt.search.strip():
            return self.first_page(
                flt, sort=sort, descending=descending, limit=limit, count_up_to=count_up_to
            )
        with self.db.read() as session:
            total = self._count(session, flt, NO_NAMES)
            rows = self._page(session, flt, sort, descending, 0, limit, total, NO_NAMES) if total else []
        return total, rows

    def page_unnamed(
        self,
        flt: RegisterFilter,
        *,
        sort: str = "ref",
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
        matches: int | None = None,
    ) -> list[RegisterRow]:
        """Like `page`; without a search text the rows' `applicant` is left empty."""
        if flt.search.strip():
            return self.page(
                flt, sort=sort, descending=descending, offset=offset, limit=limit, matches=matches
            )
        with self.db.read() as session:
            return self._page(session, flt, sort, descending, offset, limit, matches, NO_NAMES)

    def applicant_names(self, case_ids: Iterable[int]) -> dict[int, str | None]:
        """The applicant's name of each of these cases that still holds personal data; None
        for a damaged one (register_names.py)."""
        return applicant_names(self.db, self.keys, self.damage, case_ids)

    def assignees(self) -> list[tuple[int, str]]:
        with self.db.read() as session:
            return [
                (u.id, u.display_name)
                for u in session.scalars(
                    select(User)
                    .where(User.active.is_(True), User.role.in_(("staff", "manager")))
                    .order_by(User.display_name)
                )
            ]
