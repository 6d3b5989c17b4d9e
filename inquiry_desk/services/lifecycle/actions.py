"""What a lifecycle action takes and what the status of a case shows: plain data.

The dialogs, the CLI and the services share these types; :mod:`.workflow` performs the
actions and builds the status, :mod:`.guards` reads what the domain's guards decide on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from inquiry_desk.domain import deadlines
from inquiry_desk.domain import outcomes as per_type
from inquiry_desk.domain.approvals import ApprovalSubject
from inquiry_desk.domain.enums import CaseKind, CaseState, Jurisdiction, Language, Outcome, RequestType
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.refusals import RefusalCategory
from inquiry_desk.services.cases.views import decode_types
from inquiry_desk.store.models import Case


class ActionRefused(UserError):
    """The lifecycle does not allow the action now; the message is the domain's reason."""


@dataclass(frozen=True)
class ActionInput:
    """What staff typed for an action; which fields an action uses is in :data:`ACTION_FIELDS`."""

    reasons: str = ""  # refusal reasons; what was asked of the applicant (pause reason)
    right_to_complain: str = ""  # refusals
    comment: str = ""  # send back, reopen, withdrawal note, approval comment
    subject: ApprovalSubject = ApprovalSubject.RESPONSE  # what is submitted for approval
    outcome: Outcome | None = None  # responses; derived from the request types when None
    on: date | None = None  # the day it happened, when not today (e.g. mail returned)
    category: RefusalCategory | None = None  # refusals: the legal ground, stored in plain
    # Responses: each request type's outcome; those not given keep the case's planned ones
    # (OutcomeService.set), then "granted".
    type_outcomes: tuple[per_type.TypeOutcome, ...] = ()


# Per action: (required fields, optional fields) of ActionInput, for dialogs and the CLI.
ACTION_FIELDS: dict[Action, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Action.REQUEST_FROM_APPLICANT: ((), ("reasons",)),
    Action.RECORD_RETURNED_MAIL: ((), ("reasons",)),
    Action.VERIFICATION_FAILED: ((), ("reasons",)),
    Action.SUBMIT_FOR_APPROVAL: ((), ("subject", "comment")),
    Action.APPROVE: ((), ("comment",)),
    Action.SEND_BACK: (("comment",), ()),
    Action.RESPOND: ((), ("type_outcomes",)),
    Action.REFUSE: (("category", "reasons", "right_to_complain"), ()),
    Action.WITHDRAW: (("comment",), ()),
    Action.REOPEN: (("comment",), ()),
}


@dataclass(frozen=True)
class ActionOption:
    action: Action
    allowed: bool
    reason: str  # why not, when not allowed
    required: tuple[str, ...]
    optional: tuple[str, ...]

    @property
    def needs_input(self) -> bool:
        return bool(self.required or self.optional)


@dataclass(frozen=True)
class LifecycleStatus:
    """The lifecycle facts of one case, all non-personal, for the case view and the CLI."""

    ref: str
    kind: CaseKind
    state: CaseState
    received: date
    due: date | None
    days_left: int | None
    urgency: deadlines.Urgency | None
    clock_paused: bool
    assignee_id: int | None
    assignee: str | None
    outcome: str | None
    refusal_category: str | None
    # Each request type's outcome: planned while open, as answered once finished.
    type_outcomes: tuple[per_type.TypeOutcome, ...]
    request_types: tuple[RequestType, ...]
    deadline_met: bool | None
    closed_at: datetime | None
    legal_hold: bool
    pending_approval: ApprovalSubject | None
    jurisdiction: Jurisdiction
    language: Language
    options: tuple[ActionOption, ...]
    version: int = 1  # of the case: what an action taken from this status quotes

    @property
    def allowed(self) -> list[Action]:
        return [o.action for o in self.options if o.allowed]


def planned_outcomes(case: Case) -> list[per_type.TypeOutcome]:
    """The case's per-type outcomes (or its single outcome mapped onto its types)."""
    return per_type.stored_or_mapped(
        decode_types(case.request_types), case.type_outcomes, case.outcome, case.refusal_category
    )


def refused_outcomes(case: Case, category: RefusalCategory) -> list[per_type.TypeOutcome]:
    """A refusal refuses every request type: on the grounds planned for each when every one was
    planned as refused, else on the refusal's ground."""
    types = decode_types(case.request_types)
    planned = per_type.fit(types, per_type.decode(case.type_outcomes)) if case.type_outcomes else []
    if planned and all(o.result is per_type.TypeResult.REFUSED for o in planned):
        return planned
    in_order = [o.request_type for o in per_type.complete(types, [])]  # the law's order
    return [per_type.TypeOutcome(t, per_type.TypeResult.REFUSED, category) for t in in_order]
