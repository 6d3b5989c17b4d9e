"""Outcomes per request type through the real services: planned, approved, answered, counted."""

from __future__ import annotations

import pytest

from inquiry_desk.domain.approvals import ApprovalSubject
from inquiry_desk.domain.enums import CaseKind, CaseState, Outcome, RequestType
from inquiry_desk.domain.errors import UserError, ValidationFailed
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.outcomes import TypeOutcome, TypeResult
from inquiry_desk.domain.refusals import RefusalCategory
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.lifecycle.actions import ActionInput, ActionRefused
from inquiry_desk.services.lifecycle.services import Lifecycle
from tests.services.lifecycle_helpers import RECEIVED, new_case

pytestmark = pytest.mark.clock_starts(RECEIVED)

D, DEL = RequestType.DISCLOSURE, RequestType.DELETION
LAW = RefusalCategory.REQUIRED_BY_LAW


def _in_progress(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor, kind: CaseKind = CaseKind.REQUEST
) -> str:
    ref = app.cases.create(staff, new_case(RECEIVED, types=(D, DEL), kind=kind))
    # A manager starting work skips nothing: verification is owed, so verify via the manager path.
    if kind is CaseKind.REQUEST:
        from tests.services.test_workflow import _verify_with_licence

        lc.workflow.act(staff, ref, Action.START_VERIFICATION)
        _verify_with_licence(lc, staff, ref)
        lc.verification.mark_verified(staff, ref)
    else:
        lc.workflow.act(staff, ref, Action.START_WORK)
    return ref


def test_planned_outcomes_are_approved_and_answered(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = _in_progress(app, lc, staff, manager)
    planned = lc.outcomes.set(staff, ref, [TypeOutcome(DEL, TypeResult.REFUSED, LAW)])
    assert planned == [TypeOutcome(D, TypeResult.GRANTED), TypeOutcome(DEL, TypeResult.REFUSED, LAW)]
    assert list(lc.workflow.status(staff, ref).type_outcomes) == planned
    lc.workflow.act(staff, ref, Action.SUBMIT_FOR_APPROVAL, ActionInput(subject=ApprovalSubject.RESPONSE))
    with pytest.raises(UserError, match="manager is deciding"):
        lc.outcomes.set(staff, ref, [])
    lc.workflow.act(manager, ref, Action.APPROVE)
    status = lc.workflow.act(staff, ref, Action.RESPOND)
    assert (status.state, status.outcome, status.refusal_category) == (
        CaseState.RESPONDED,
        "disclosed",
        "required_by_law",
    )
    assert list(status.type_outcomes) == planned
    with pytest.raises(UserError, match="reopen the case"):
        lc.outcomes.set(staff, ref, [])
    with app.db.read() as session:
        [row] = audit.query(session, action="case.respond", case_ref=ref)
        [planning] = audit.query(session, action="case.outcomes", case_ref=ref)
    assert '"type_outcomes": "disclosure=granted,deletion=refused:required_by_law"' in row.details
    assert "approval_withdrawn" not in planning.details


def test_changing_outcomes_after_approval_withdraws_it(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = _in_progress(app, lc, staff, manager)
    lc.workflow.act(staff, ref, Action.SUBMIT_FOR_APPROVAL, ActionInput(subject=ApprovalSubject.RESPONSE))
    lc.workflow.act(manager, ref, Action.APPROVE)
    lc.outcomes.set(staff, ref, [TypeOutcome(D, TypeResult.NOT_HELD)])
    with pytest.raises(ActionRefused, match="approval"):
        lc.workflow.act(staff, ref, Action.RESPOND)
    # Saving the same outcomes again changes nothing (and withdraws nothing).
    lc.workflow.act(staff, ref, Action.SUBMIT_FOR_APPROVAL, ActionInput(subject=ApprovalSubject.RESPONSE))
    lc.workflow.act(manager, ref, Action.APPROVE)
    lc.outcomes.set(staff, ref, [TypeOutcome(D, TypeResult.NOT_HELD)])
    status = lc.workflow.act(staff, ref, Action.RESPOND)
    assert status.outcome == "deleted"  # disclosure not held, deletion granted
    assert [o.result for o in status.type_outcomes] == [TypeResult.NOT_HELD, TypeResult.GRANTED]


def test_respond_takes_outcomes_given_with_it(app: App, lc: Lifecycle, staff: Actor, manager: Actor) -> None:
    ref = _in_progress(app, lc, staff, manager)
    with pytest.raises(ValidationFailed, match="legal ground"):
        lc.workflow.act(
            manager, ref, Action.RESPOND, ActionInput(type_outcomes=(TypeOutcome(D, TypeResult.PARTLY),))
        )
    every = (TypeOutcome(D, TypeResult.REFUSED, LAW), TypeOutcome(DEL, TypeResult.REFUSED, LAW))
    with pytest.raises(ActionRefused, match="use Refuse"):
        lc.workflow.act(manager, ref, Action.RESPOND, ActionInput(type_outcomes=every))
    nothing = (TypeOutcome(D, TypeResult.NOT_HELD), TypeOutcome(DEL, TypeResult.NOT_HELD))
    status = lc.workflow.act(manager, ref, Action.RESPOND, ActionInput(type_outcomes=nothing))
    assert (status.outcome, status.refusal_category) == ("no_data_held", None)


def test_a_refusal_refuses_every_type_on_its_ground(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = _in_progress(app, lc, staff, manager)
    inp = ActionInput(reasons="理由", right_to_complain="苦情", category=RefusalCategory.HARM_TO_OTHERS)
    status = lc.workflow.act(manager, ref, Action.REFUSE, inp)
    assert [(o.result, o.ground) for o in status.type_outcomes] == [
        (TypeResult.REFUSED, RefusalCategory.HARM_TO_OTHERS)
    ] * 2


def test_a_question_has_no_outcomes_per_type(app: App, lc: Lifecycle, staff: Actor, manager: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED, kind=CaseKind.QUESTION, types=()))
    with pytest.raises(UserError, match="Only a request"):
        lc.outcomes.set(staff, ref, [])


def test_the_monthly_report_counts_each_request_types_outcome(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    from datetime import datetime

    from inquiry_desk.services.reports.files import monthly_report_rows

    first = _in_progress(app, lc, staff, manager)
    lc.workflow.act(
        manager,
        first,
        Action.RESPOND,
        ActionInput(type_outcomes=(TypeOutcome(DEL, TypeResult.REFUSED, LAW),)),
    )
    second = _in_progress(app, lc, staff, manager)
    lc.workflow.act(manager, second, Action.RESPOND)
    today = datetime.now()
    report = app.reports.monthly_report(manager, today.year, today.month)
    assert report.by_type_result == {D: {"granted": 2}, DEL: {"refused": 1, "granted": 1}}
    assert report.by_outcome[Outcome.DISCLOSED] == 2
    rows = monthly_report_rows(report)
    assert ("type_outcome", "deletion:refused", "Deletion: Refused", "1") in rows
    assert ("type_outcome", "disclosure:partly", "Disclosure: Partly granted", "0") in rows


def test_a_response_that_refuses_in_part_needs_the_refusal_approval(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    from inquiry_desk.services.settings.lifecycle import ApprovalRules

    # Corrections need no approval here; refusals do (the default).
    lc.rules.set_approval_rules(manager, ApprovalRules(frozenset(), refusals=True))
    ref = app.cases.create(staff, new_case(RECEIVED, types=(RequestType.CORRECTION,)))
    lc.workflow.act(staff, ref, Action.START_VERIFICATION)
    from tests.services.test_workflow import _verify_with_licence

    _verify_with_licence(lc, staff, ref)
    lc.verification.mark_verified(staff, ref)
    partly = TypeOutcome(RequestType.CORRECTION, TypeResult.PARTLY, RefusalCategory.CONDITIONS_NOT_MET)
    with pytest.raises(ActionRefused, match="approval"):
        lc.workflow.act(staff, ref, Action.RESPOND, ActionInput(type_outcomes=(partly,)))
    lc.outcomes.set(staff, ref, [partly])
    with app.db.read() as session:
        from inquiry_desk.services.cases.facts import load_case

        assert not lc.workflow.letter_may_go_out(session, load_case(session, ref), staff)  # a draft
    lc.outcomes.set(staff, ref, [])  # granted in full: no approval needed
    status = lc.workflow.act(staff, ref, Action.RESPOND)
    assert status.outcome == "corrected"


def test_a_refusal_keeps_the_grounds_planned_for_each_type(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = _in_progress(app, lc, staff, manager)
    harm = RefusalCategory.HARM_TO_OTHERS
    lc.outcomes.set(
        staff, ref, [TypeOutcome(D, TypeResult.REFUSED, harm), TypeOutcome(DEL, TypeResult.REFUSED, LAW)]
    )
    inp = ActionInput(reasons="理由", right_to_complain="苦情", category=harm)
    status = lc.workflow.act(manager, ref, Action.REFUSE, inp)
    assert [(o.request_type, o.ground) for o in status.type_outcomes] == [(D, harm), (DEL, LAW)]
    assert status.refusal_category == "harm_to_others"
