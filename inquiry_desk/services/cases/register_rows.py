"""What the register filters by and what one of its rows holds.

Apart from the queries (`register.py`) so that the main window can build its empty register
before SQLAlchemy and the rest of the services are imported: the window paints first, the
database opens after (ui/app_main.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from inquiry_desk.domain.enums import CaseKind, CaseState, Channel, RequestType

# Beyond this many matches the register says "more than COUNT_CAP cases" and stops counting
# (register_search.py); here, beside the rows, so that the window's model needs no SQLAlchemy.
COUNT_CAP = 1000


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
    # Only cases with a suggestion of the importer still to confirm (domain/suggested.py).
    needs_review: bool = False


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
    # Some field the importer only guessed is still to be confirmed.
    needs_review: bool = False
    merged_into: str | None = None  # the case kept, when this one was merged into it

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
            "needs_review": self.needs_review,
            "merged_into": self.merged_into,
        }
