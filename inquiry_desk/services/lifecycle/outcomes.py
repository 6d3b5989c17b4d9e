"""Planning each request type's outcome before the response goes out.

Staff decide, type by type, what the answer will be (disclosure granted, deletion refused on a
legal ground…) while the case is in progress; the draft letter prints them in its 記 section,
the manager approves them, and ``respond`` records them as answered. Changing them after the
manager approved withdraws that approval: the manager approved these outcomes, not others.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from inquiry_desk.domain import outcomes as per_type
from inquiry_desk.domain.approvals import ApprovalDecision
from inquiry_desk.domain.enums import CaseKind, CaseState, Outcome
from inquiry_desk.domain.errors import UserError, ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.facts import load_case, now
from inquiry_desk.services.cases.views import decode_types
from inquiry_desk.store.engine import Database
from inquiry_desk.store.lifecycle_models import Approval
from inquiry_desk.store.models import Case

# Before the manager is asked, or after the manager sent the response back.
_PLANNING = frozenset(
    {CaseState.RECEIVED, CaseState.AWAITING_APPLICANT, CaseState.VERIFYING, CaseState.IN_PROGRESS}
)


class OutcomeService:
    def __init__(self, db: Database, on_change: Callable[[], None] | None = None) -> None:
        self.db = db
        self._on_change = on_change

    def set(
        self,
        actor: Actor,
        ref: str,
        outcomes: list[per_type.TypeOutcome],
        *,
        expected_version: int | None = None,
    ) -> list[per_type.TypeOutcome]:
        """Plan the outcomes of case ``ref`` (types not given: granted); returns all of them.

        With ``expected_version`` refused (`StaleCase`) when the case is no longer at it."""
        actor.require(Permission.TRANSITION)
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            state = CaseState(case.state)
            if CaseKind(case.kind) is not CaseKind.REQUEST:
                raise UserError(
                    translate(
                        "Outcomes", "Only a request has outcomes per request type; this is a {kind}."
                    ).format(kind=case.kind)
                )
            if state is CaseState.AWAITING_APPROVAL:
                raise UserError(
                    translate(
                        "Outcomes",
                        "The manager is deciding on these outcomes; they change once the response is "
                        "sent back.",
                    )
                )
            if state not in _PLANNING:
                raise UserError(
                    translate(
                        "Outcomes", "The response has gone out; reopen the case to change its outcomes."
                    )
                )
            try:
                planned = per_type.complete(decode_types(case.request_types), outcomes)
            except per_type.OutcomesInvalid as exc:
                raise ValidationFailed({"type_outcomes": str(exc)}) from None
            encoded = per_type.encode(planned) or None
            if encoded == case.type_outcomes:
                return planned
            stamp = now()
            voided = False
            for approval in session.scalars(select(Approval).where(Approval.case_id == case.id)):
                if approval.decision == ApprovalDecision.APPROVED.value and approval.used_at is None:
                    approval.used_at = stamp  # spent: what it approved is no longer what goes out
                    voided = True
            case.type_outcomes = encoded
            case.updated_at = stamp
            summary = "Outcomes per request type planned" + (" (approval withdrawn)" if voided else "")
            add_event(session, case, actor, "outcomes", summary, at=stamp)
            details: dict[str, object] = {"type_outcomes": encoded or ""}
            if voided:
                details["approval_withdrawn"] = True
            audit.record(session, actor, "case.outcomes", case.ref, details, at=stamp)
        if self._on_change:
            self._on_change()
        return planned


class EveryTypeRefused(UserError):
    """A "respond" that refuses everything: a refusal, with its reasons, is the way to say so."""


def record_answer(case: Case, outcome: Outcome | None, given_now: tuple[per_type.TypeOutcome, ...]) -> None:
    """Inside ``respond``: each request type's outcome as answered (the plan, with what was given
    with the response on top, the rest granted), and the case's outcome that follows from them.
    ``outcome`` alone (the CLI's ``--outcome``) applies one outcome to every type."""
    if outcome is Outcome.MERGED:
        raise ValidationFailed(
            {"outcome": translate("Lifecycle", "A case is merged into another with Merge, not answered so.")}
        )
    kind = CaseKind(case.kind)
    types = decode_types(case.request_types)
    if kind is not CaseKind.REQUEST:
        case.outcome, case.type_outcomes = Outcome.ANSWERED.value, None
        return
    if outcome is not None and not given_now:
        given = per_type.from_case_outcome(types, outcome, None)
    else:
        planned = {o.request_type: o for o in per_type.decode(case.type_outcomes)}
        planned.update({o.request_type: o for o in given_now})
        given = [o for o in planned.values() if o.request_type in types]
    try:
        answered = per_type.complete(types, given)
    except per_type.OutcomesInvalid as exc:
        raise ValidationFailed({"type_outcomes": str(exc)}) from None
    if answered and all(o.result is per_type.TypeResult.REFUSED for o in answered):
        raise EveryTypeRefused(
            translate(
                "Lifecycle",
                "Every request of this case is refused: use Refuse, which records the reasons "
                "and the right to complain.",
            )
        )
    derived = per_type.case_outcome(kind, answered)
    case.outcome = (outcome if outcome and not given_now else derived).value
    case.type_outcomes = per_type.encode(answered) or None
    ground = per_type.refusal_ground(answered)
    case.refusal_category = ground.value if ground else None
