"""The case register: filtered, sorted and paged in SQL.

A register holds years of cases, most of them anonymous rows of purged cases, so
nothing here loads the whole table. Applicant names are encrypted; the few open
cases' names are decrypted once into memory (`ApplicantIndex`) for display and
name search, and the rest of the filtering and all sorting happen in SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

import jaconv
from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import Session

from inquiry_desk.domain.enums import CaseKind, CaseState, Channel, PartyRole, RequestType
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.case_views import decode_types
from inquiry_desk.services.keys import KeyService
from inquiry_desk.store.engine import Database
from inquiry_desk.store.models import Case, CaseKey, Party, User

OPEN_STATES = [s.value for s in CaseState if s.is_open]
DUE_SOON_DAYS = 3
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
    # "approval": the manager has something to decide; "applicant": the clock is paused.
    awaiting: str | None = None


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

    def days_left(self, today: date) -> int | None:
        if self.due is None or not self.state.is_open:
            return None
        return (self.due - today).days

    def to_json(self) -> dict[str, Any]:
        return {"ref": self.ref, "state": self.state.value, "kind": self.kind.value,
                "channel": self.channel.value, "received": self.received.isoformat(),
                "due": self.due.isoformat() if self.due else None,
                "request_types": [t.value for t in self.request_types],
                "language": self.language, "jurisdiction": self.jurisdiction,
                "assignee": self.assignee or None, "warnings": self.warnings}


_Sel = TypeVar("_Sel", bound=Select[*tuple[Any, ...]])

def _reference_conditions(text: str) -> list[ColumnElement[bool]]:
    """How a search text matches references, as cheaply as the text allows.

    "PI-2024-00" (or "2024-00", "pi2024") is a prefix of the reference: a range on the
    unique index finds it without reading the other rows. Other text with a digit
    ("0012") can only be a fragment and needs a scan; text without digits that does not
    start like a reference is not matched against references at all.
    """
    upper = jaconv.z2h(text, kana=False, ascii=True, digit=True).strip().upper()
    compact = upper.replace(" ", "")
    prefix = None
    if compact.startswith("PI"):
        rest = compact[2:].lstrip("-")
        prefix = "PI-" + (rest[:4] + "-" + rest[4:].lstrip("-") if len(rest) > 4 else rest)
    elif len(compact) >= 5 and compact[:4].isdigit() and compact[4] == "-":
        prefix = "PI-" + compact
    if prefix is not None:
        # Every reference character sorts below "~", so [prefix, prefix + "~") is the prefix range.
        return [and_(Case.ref >= prefix, Case.ref < prefix + "~")]
    if any(ch.isdigit() for ch in compact):
        escaped = compact.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return [Case.ref.like(f"%{escaped}%", escape="\\")]
    return []


SORT_KEYS = ("ref", "received", "channel", "kind", "state", "due", "assignee")


def normalise(text: str) -> str:
    """Search folding: full-width ASCII, half-width kana and hiragana/katakana all match."""
    text = jaconv.z2h(text, kana=False, ascii=True, digit=True)
    text = jaconv.h2z(text, kana=True, ascii=False, digit=False)
    return jaconv.hira2kata(text).casefold().strip()


@dataclass
class ApplicantIndex:
    """Decrypted names of the cases that still hold personal data, kept in memory only."""

    names: dict[int, str] = field(default_factory=dict)
    haystack: dict[int, str] = field(default_factory=dict)
    version: tuple[int, Any] | None = None


class RegisterService:
    def __init__(self, db: Database, keys: KeyService, today: Callable[[], date] = date.today) -> None:
        self.db = db
        self.keys = keys
        self.today = today
        self._index = ApplicantIndex()

    # --- the in-memory index of open cases' names -------------------------------------------
    def _refresh_index(self, session: Session) -> ApplicantIndex:
        version = session.execute(select(func.count(CaseKey.case_id), func.max(Case.updated_at))
                                  .join(Case, Case.id == CaseKey.case_id)).one()
        key = (int(version[0]), version[1])
        if self._index.version == key:
            return self._index
        index = ApplicantIndex(version=key)
        rows = session.execute(
            select(Case.id, Case.uid, CaseKey.wrapped, Party.payload)
            .join(CaseKey, CaseKey.case_id == Case.id)
            .join(Party, and_(Party.case_id == Case.id, Party.role == PartyRole.APPLICANT.value)))
        for case_id, uid, wrapped, payload in rows:
            party = PartyData.from_json(self.keys.cipher_for(uid, wrapped).open_json(payload, "party"))
            index.names.setdefault(case_id, party.name)
            hay = " ".join((party.name, party.name_kana, party.email, party.phone,
                            party.customer_number))
            index.haystack[case_id] = index.haystack.get(case_id, "") + " " + normalise(hay)
        self._index = index
        return index

    def invalidate(self) -> None:
        self._index = ApplicantIndex()

    # --- queries ------------------------------------------------------------------------
    def _where(self, stmt: _Sel, flt: RegisterFilter, session: Session) -> _Sel:
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
                stmt = stmt.where(Case.due >= today, Case.due <= today + timedelta(days=DUE_SOON_DAYS))
        if flt.awaiting in AWAITING_STATES:
            stmt = stmt.where(Case.state == AWAITING_STATES[flt.awaiting].value)
        text = flt.search.strip()
        if text:
            needle = normalise(text)
            index = self._refresh_index(session)
            ids = [cid for cid, hay in index.haystack.items() if needle in hay]
            conditions = [*_reference_conditions(text)]
            if ids:
                conditions.append(Case.id.in_(ids))
            stmt = stmt.where(or_(*conditions) if conditions else false())
        return stmt

    def count(self, flt: RegisterFilter) -> int:
        with self.db.read() as session:
            stmt = self._where(select(func.count(Case.id)), flt, session)
            return int(session.scalar(stmt) or 0)

    def page(self, flt: RegisterFilter, *, sort: str = "ref", descending: bool = True,
             offset: int = 0, limit: int = 200) -> list[RegisterRow]:
        if sort not in SORT_KEYS:
            raise ValueError(f"cannot sort by {sort}")
        with self.db.read() as session:
            index = self._refresh_index(session)
            stmt = select(Case.id, Case.ref, Case.received, Case.channel, Case.kind,
                          Case.request_types, Case.state, Case.due, User.display_name,
                          Case.warnings, Case.legal_hold, Case.language, Case.jurisdiction
                          ).outerjoin(User, User.id == Case.assignee_id)
            stmt = self._where(stmt, flt, session)
            column = {"ref": Case.id, "received": Case.received, "channel": Case.channel,
                      "kind": Case.kind, "state": Case.state, "due": Case.due,
                      "assignee": User.display_name}[sort]
            primary = column.desc() if descending else column.asc()
            # Rows without a due date (finished cases) always go last; ties break by id.
            order: list[ColumnElement[Any]] = [primary, Case.id.desc() if descending else Case.id.asc()]
            if sort == "due":
                order.insert(0, Case.due.is_(None))
            rows = session.execute(stmt.order_by(*order).offset(offset).limit(limit)).all()
            return [RegisterRow(r[0], r[1], r[2], Channel(r[3]), CaseKind(r[4]), decode_types(r[5]),
                                index.names.get(r[0], ""), CaseState(r[6]), r[7], r[8] or "",
                                r[9], r[10], r[11], r[12]) for r in rows]

    def assignees(self) -> list[tuple[int, str]]:
        with self.db.read() as session:
            return [(u.id, u.display_name) for u in session.scalars(
                select(User).where(User.active.is_(True), User.role.in_(("staff", "manager")))
                .order_by(User.display_name))]
