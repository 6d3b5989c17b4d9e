"""What the lifecycle's guards decide on, read from the database: the :class:`GuardContext`.

Identity verified, the manager's approval required and given, fees to refund, the
grace period and the legal hold: the domain's :func:`~inquiry_desk.domain.lifecycle.check`
takes these facts and answers; this module only gathers them for one case.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from inquiry_desk.domain import outcomes as per_type
from inquiry_desk.domain.approvals import ApprovalDecision, ApprovalSubject
from inquiry_desk.domain.enums import CaseKind, Role
from inquiry_desk.domain.lifecycle import Action, GuardContext
from inquiry_desk.domain.verification import evaluate
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.cases.facts import case_fees, verification_input
from inquiry_desk.services.cases.views import decode_types
from inquiry_desk.services.lifecycle.actions import ActionInput
from inquiry_desk.services.settings.lifecycle import approval_rules, grace_days
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.lifecycle_models import Approval
from inquiry_desk.store.models import Case


def role_of(actor: Actor) -> Role:
    return Role(actor.role) if actor.role in {r.value for r in Role} else Role.STAFF


def subject_for(action: Action) -> ApprovalSubject | None:
    return {Action.RESPOND: ApprovalSubject.RESPONSE, Action.REFUSE: ApprovalSubject.REFUSAL}.get(action)


def approvals_of(session: Session, case: Case) -> list[Approval]:
    return list(session.scalars(select(Approval).where(Approval.case_id == case.id).order_by(Approval.id)))


def usable_approval(approvals: list[Approval], subject: ApprovalSubject) -> Approval | None:
    for row in reversed(approvals):
        if (
            row.subject == subject.value
            and row.decision == ApprovalDecision.APPROVED.value
            and row.used_at is None
        ):
            return row
    return None


def guard_context(
    session: Session,
    case: Case,
    cipher: CaseCipher,
    actor: Actor,
    action: Action,
    inp: ActionInput,
    today: date,
) -> GuardContext:
    kind = CaseKind(case.kind)
    result = evaluate(verification_input(session, case, cipher))
    subject = subject_for(action)
    required = False
    if subject is ApprovalSubject.RESPONSE:
        rules = approval_rules(session)
        types = decode_types(case.request_types)
        # A response that refuses part of what was asked refuses it: the refusal rule applies too.
        planned = {o.request_type: o for o in per_type.decode(case.type_outcomes)}
        planned.update({o.request_type: o for o in inp.type_outcomes})
        refuses = rules.refusals and per_type.any_refused(
            [o for o in planned.values() if o.request_type in types]
        )
        required = kind is CaseKind.REQUEST and (rules.response_needs_approval(types) or refuses)
    elif subject is ApprovalSubject.REFUSAL:
        required = approval_rules(session).refusals
    # A manager sending the response is the approver acting in person; otherwise a refusal
    # from "awaiting applicant" (never submittable for approval) could not be sent at all.
    granted = subject is not None and (
        role_of(actor) is Role.MANAGER or usable_approval(approvals_of(session, case), subject) is not None
    )
    return GuardContext(
        kind=kind,
        identity_verified=result.verified,
        verification_missing=result.missing,
        actor_role=role_of(actor),
        approval_required=required,
        approval_granted=granted,
        refusal_reasons=inp.reasons,
        right_to_complain=inp.right_to_complain,
        refusal_category=inp.category,
        withdrawal_note=inp.comment,
        comment=inp.comment,
        refund_outstanding=case_fees(session, case, today).refund_outstanding,
        closed_at=case.closed_at.date() if case.closed_at else None,
        grace_days=grace_days(session),
        legal_hold=case.legal_hold,
        today=today,
    )
