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

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import Session

from inquiry_desk.domain.enums import CaseKind, CaseState, Channel, PartyRole, RequestType
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.domain.search_folding import FIELD_BREAK, fold, fold_fields
from inquiry_desk.services.actors import SYSTEM
from inquiry_desk.services.cases.damage import CASE_KEY, DamageLog
from inquiry_desk.services.cases.register_search import (
    COUNT_CAP,
    capped_ids,
    fragment_condition,
    id_set,
    prefix_condition,
    reference_search,
)
from inquiry_desk.services.cases.views import decode_types
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.settings.lifecycle import deadline_rules
from inquiry_desk.store.crypto import DecryptionFailed
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import Case, CaseKey, Party, User

OPEN_STATES = [s.value for s in CaseState if s.is_open]
AWAITING_STATES = {"approval": CaseState.AWAITING_APPROVAL, "applicant": CaseState.AWAITING_APPLICANT}


@dataclass(frozen=True)
class RegisterFilter:
    search: str = ""
    states: frozenset[CaseState] = frozenset()
    channels: frozenset[Channel] = frozenset()
    kinds: frozenset[CaseKind] = frozenset()
    request_type: RequestType | None = None
    due: str | None = None  # "overdue" | "due_soon"
    assignee_id: int | None = None
    include_purged: bool = True
    # "approval": the manager has something to decide; "applicant": the clock is paused;
    # "me": what waits on the user ``me_id`` (see _awaiting_me).
    awaiting: str | None = None
    me_id: int | None = None
    me_approves: bool = False  # a manager: cases awaiting approval are theirs to decide too


@dataclass(frozen=True)
class RegisterRow:
    id: int
    ref: str
    received: date
    channel: Channel
    kind: CaseKind
    request_types: list[RequestType]
    applicant: str
    state: CaseState
    due: date | None
    assignee: str
    warnings: int
    legal_hold: bool
    language: str = ""
    jurisdiction: str = ""
    # The case's sealed name or key failed its integrity check: `applicant` is empty and
    # opening the case says what to do (services/cases/damage.py).
    damaged: bool = False

    def days_left(self, today: date) -> int | None:
        if self.due is None or not self.state.is_open:
            return None
        return (self.due - today).days

    def to_json(self) -> dict[str, Any]:
        return {
            "ref": self.ref,
            "state": self.state.value,
            "kind": self.kind.value,
            "channel": self.channel.value,
            "received": self.received.isoformat(),
            "due": self.due.isoformat() if self.due else None,
            "request_types": [t.value for t in self.request_types],
            "language": self.language,
            "jurisdiction": self.jurisdiction,
            "assignee": self.assignee or None,
            "warnings": self.warnings,
            "damaged": self.damaged,
        }


_Sel = TypeVar("_Sel", bound=Select[*tuple[Any, ...]])


SORT_KEYS = ("ref", "received", "channel", "kind", "state", "due", "assignee")


@dataclass
class ApplicantIndex:
    """Decrypted names of the cases that still hold personal data, kept in memory only."""

    names: dict[int, str] = field(default_factory=dict)
    haystack: dict[int, str] = field(default_factory=dict)
    # case id -> (reference, the record that failed its integrity check)
    damaged: dict[int, tuple[str, str]] = field(default_factory=dict)
    version: tuple[int, Any] | None = None


# Open cases where the department has the ball: not waiting for the applicant or the manager.
_WORKING_STATES = [
    s.value
    for s in CaseState
    if s.is_open and s not in (CaseState.AWAITING_APPLICANT, CaseState.AWAITING_APPROVAL)
]


def _awaiting_me(flt: RegisterFilter) -> ColumnElement[bool]:
    """My open cases that wait on me (not on the applicant or the manager), and for a
    manager every case awaiting approval, whoever holds it."""
    mine = (
        and_(Case.assignee_id == flt.me_id, Case.state.in_(_WORKING_STATES))
        if flt.me_id is not None
        else false()
    )
    if flt.me_approves:
        return or_(mine, Case.state == CaseState.AWAITING_APPROVAL.value)
    return mine


def _name_ids(text: str, index: ApplicantIndex) -> list[int]:
    """The open cases whose folded names, kana, email, phone or customer number hold `text`."""
    needle = fold(text)
    return [cid for cid, hay in index.haystack.items() if needle in hay] if needle else []


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
        version = session.execute(
            select(func.count(CaseKey.case_id), func.max(Case.updated_at)).join(
                Case, Case.id == CaseKey.case_id
            )
        ).one()
        key = (int(version[0]), version[1])
        if self._index.version == key:
            return self._index
        index = ApplicantIndex(version=key)
        rows = session.execute(
            select(Case.id, Case.ref, Case.uid, CaseKey.wrapped, Party.payload)
            .join(CaseKey, CaseKey.case_id == Case.id)
            .join(Party, and_(Party.case_id == Case.id, Party.role == PartyRole.APPLICANT.value))
        )
        for case_id, ref, uid, wrapped, payload in rows:
            record = CASE_KEY
            try:
                cipher = self.keys.cipher_for(uid, wrapped)
                record = PartyRole.APPLICANT.value
                party = PartyData.from_json(cipher.open_json(payload, "party"))
            except DecryptionFailed:
                # Only this case is unreadable; it is listed from its plain columns.
                index.damaged[case_id] = (ref, record)
                index.names.pop(case_id, None)
                index.haystack.pop(case_id, None)
                continue
            if case_id in index.damaged:
                continue  # a second applicant row of a damaged case
            index.names.setdefault(case_id, party.name)
            # Folded once here, so that a keystroke folds only what was typed (domain/search_folding.py).
            hay = fold_fields(party.name, party.name_kana, party.email, party.phone, party.customer_number)
            index.haystack[case_id] = index.haystack.get(case_id, "") + FIELD_BREAK + hay
        self._index = index
        return index

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
        stmt: _Sel,
        flt: RegisterFilter,
        session: Session,
        *,
        walk_sort_order: bool = False,
        index: ApplicantIndex | None = None,
        ids: set[int] | None = None,
        top: tuple[int, bool] | None = None,
    ) -> _Sel:
        """`stmt` narrowed to the filter. `ids`, when the search's matches are known
        (register_search.capped_ids), stands for the search text; `top` (rows wanted,
        descending) lets a walk in the order received take a year's prefix from its index."""
        stmt = self._filtered(stmt, flt, session)
        text = flt.search.strip()
        if not text:
            return stmt
        if ids is not None:
            return stmt.where(id_set(session, sorted(ids)) if ids else false())
        prefix, fragment = reference_search(text)
        name_ids = _name_ids(text, index or self._refresh_index(session))
        conditions: list[ColumnElement[bool]] = []
        if prefix is not None:
            conditions.append(prefix_condition(prefix, walk_sort_order=walk_sort_order, top=top))
        if fragment is not None:
            conditions.append(fragment_condition(fragment, walk_sort_order=walk_sort_order))
        if name_ids:
            conditions.append(id_set(session, name_ids))
        return stmt.where(or_(*conditions) if conditions else false())

    def _filtered(self, stmt: _Sel, flt: RegisterFilter, session: Session) -> _Sel:
        """`stmt` narrowed by every part of the filter but the search text."""
        today = self.today()
        if flt.states:
            stmt = stmt.where(Case.state.in_([s.value for s in flt.states]))
        if not flt.include_purged:
            stmt = stmt.where(Case.state != CaseState.PURGED.value)
        if flt.channels:
            stmt = stmt.where(Case.channel.in_([c.value for c in flt.channels]))
        if flt.kinds:
            stmt = stmt.where(Case.kind.in_([k.value for k in flt.kinds]))
        if flt.request_type is not None:
            stmt = stmt.where(Case.request_types.like(f"%,{flt.request_type.value},%"))
        if flt.assignee_id is not None:
            stmt = stmt.where(Case.assignee_id == flt.assignee_id)
        if flt.due in ("overdue", "due_soon"):
            # A paused clock is not running late: the applicant has the ball.
            running = [s for s in OPEN_STATES if s != CaseState.AWAITING_APPLICANT.value]
            stmt = stmt.where(Case.state.in_(running), Case.due.is_not(None))
            if flt.due == "overdue":
                stmt = stmt.where(Case.due < today)
            else:
                soon = self._due_soon_in(session)
                stmt = stmt.where(Case.due >= today, Case.due <= today + timedelta(days=soon))
        if flt.awaiting in AWAITING_STATES:
            stmt = stmt.where(Case.state == AWAITING_STATES[flt.awaiting].value)
        elif flt.awaiting == "me":
            stmt = stmt.where(_awaiting_me(flt))
        return stmt

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
                    _name_ids(text, index),
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
            )
            for r in rows
        ]

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
