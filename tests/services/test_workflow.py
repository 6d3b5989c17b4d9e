"""A case from receipt to closure through the lifecycle services, with every guard a user relies on."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from inquiry_desk.domain.approvals import ApprovalSubject
from inquiry_desk.domain.enums import CaseKind, CaseState, Jurisdiction, Outcome, RequestType
from inquiry_desk.domain.errors import PermissionDenied, ValidationFailed
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.refusals import RefusalCategory
from inquiry_desk.domain.verification import EvidenceType
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.services.lifecycle.actions import ActionInput, ActionRefused
from inquiry_desk.services.lifecycle.services import Lifecycle
from inquiry_desk.services.lifecycle.verification import Checks, NewEvidence
from tests.services.lifecycle_helpers import APPLICANT_NAME, RECEIVED, Clock, new_case

pytestmark = pytest.mark.clock_starts(RECEIVED)


def _verify_with_licence(lc: Lifecycle, actor: Actor, ref: str) -> None:
    licence = NewEvidence(EvidenceType.DRIVERS_LICENCE, masking_confirmed=True)
    lc.verification.add_evidence(actor, ref, licence)
    lc.verification.set_checks(actor, ref, Checks(name_matches=True, address_matches=True))


def test_disclosure_request_from_receipt_to_closure(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor, clock: Clock
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    wf = lc.workflow
    with pytest.raises(ActionRefused, match="identity verified before work starts"):
        wf.act(staff, ref, Action.START_WORK)
    assert Action.START_WORK not in wf.available_actions(staff, ref)
    wf.act(staff, ref, Action.START_VERIFICATION)
    with pytest.raises(ActionRefused, match="Still missing: a photo ID"):
        wf.act(staff, ref, Action.VERIFY)
    _verify_with_licence(lc, staff, ref)
    assert lc.verification.view(staff, ref).evaluation.verified
    status = lc.verification.mark_verified(staff, ref)
    assert status.state is CaseState.IN_PROGRESS
    with pytest.raises(ActionRefused, match="manager's approval first"):
        wf.act(staff, ref, Action.RESPOND)
    wf.act(staff, ref, Action.SUBMIT_FOR_APPROVAL, ActionInput(subject=ApprovalSubject.RESPONSE))
    assert wf.status(staff, ref).pending_approval is ApprovalSubject.RESPONSE
    with pytest.raises(PermissionDenied):
        wf.act(staff, ref, Action.APPROVE)
    assert Action.APPROVE not in wf.available_actions(staff, ref)
    assert Action.APPROVE in wf.available_actions(manager, ref)
    wf.act(manager, ref, Action.APPROVE, ActionInput(comment="開示内容を確認しました"))
    clock.advance(5)
    status = wf.act(staff, ref, Action.RESPOND)
    assert (status.state, status.outcome, status.deadline_met) == (CaseState.RESPONDED, "disclosed", True)
    # One approval covers one letter: after a reopen the next response needs another.
    wf.act(staff, ref, Action.CLOSE)
    detail = app.cases.get(staff, ref)
    assert detail.state is CaseState.CLOSED and detail.closed_at is not None
    actions = [e.action for e in detail.events]
    assert actions[-5:] == ["verify", "submit_for_approval", "approve", "respond", "close"]
    assert "Identity verified (Verifying → In progress)" in [e.summary for e in detail.events]
    approve = next(e for e in detail.events if e.action == "approve")
    assert json.loads(approve.detail) == {"comment": "開示内容を確認しました"}
    wf.act(staff, ref, Action.REOPEN, ActionInput(comment="回答書の誤送付"))
    with pytest.raises(ActionRefused, match="approval"):
        wf.act(staff, ref, Action.RESPOND)


def test_question_skips_verification_and_approval(app: App, lc: Lifecycle, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED, kind=CaseKind.QUESTION, types=()))
    with pytest.raises(ActionRefused, match="skips identity verification"):
        lc.workflow.act(staff, ref, Action.START_VERIFICATION)
    lc.workflow.act(staff, ref, Action.START_WORK)
    status = lc.workflow.act(staff, ref, Action.RESPOND)
    assert status.outcome == Outcome.ANSWERED.value


def test_refusal_needs_reasons_complaint_text_and_approval(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    wf = lc.workflow
    with pytest.raises(
        ActionRefused, match="reasons for the refusal, the right-to-complain text and its category"
    ):
        wf.act(manager, ref, Action.REFUSE)
    with pytest.raises(ActionRefused, match="right-to-complain text and its category"):
        wf.act(manager, ref, Action.REFUSE, ActionInput(reasons="理由"))
    with pytest.raises(ActionRefused, match=r"must state its category \(the legal ground\)\.$"):
        wf.act(manager, ref, Action.REFUSE, ActionInput(reasons="理由", right_to_complain="PPC"))
    refusal = ActionInput(
        reasons="同一内容の請求が繰り返されています",
        right_to_complain="個人情報保護委員会へ",
        category=RefusalCategory.UNFOUNDED_OR_EXCESSIVE,
    )
    with pytest.raises(ActionRefused, match="approval"):
        wf.act(staff, ref, Action.REFUSE, refusal)
    _verify_with_licence(lc, staff, ref)
    wf.act(staff, ref, Action.START_WORK)
    wf.act(staff, ref, Action.SUBMIT_FOR_APPROVAL, ActionInput(subject=ApprovalSubject.REFUSAL))
    with pytest.raises(ActionRefused, match="comment is required"):
        wf.act(manager, ref, Action.SEND_BACK)
    wf.act(manager, ref, Action.SEND_BACK, ActionInput(comment="理由をもっと具体的に"))
    wf.act(staff, ref, Action.SUBMIT_FOR_APPROVAL, ActionInput(subject=ApprovalSubject.REFUSAL))
    wf.act(manager, ref, Action.APPROVE)
    # The refusal approval does not cover a disclosure.
    with pytest.raises(ActionRefused, match="approval"):
        wf.act(staff, ref, Action.RESPOND)
    status = wf.act(staff, ref, Action.REFUSE, refusal)
    assert (status.state, status.outcome) == (CaseState.REFUSED, "refused")


def test_manager_refuses_a_case_stuck_awaiting_the_applicant(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    lc.workflow.act(staff, ref, Action.REQUEST_FROM_APPLICANT, ActionInput(reasons="本人確認書類"))
    refusal = ActionInput(
        reasons="本人確認ができませんでした",
        right_to_complain="苦情窓口",
        category=RefusalCategory.IDENTITY_NOT_VERIFIED,
    )
    with pytest.raises(ActionRefused, match="approval"):
        lc.workflow.act(staff, ref, Action.REFUSE, refusal)
    assert lc.workflow.act(manager, ref, Action.REFUSE, refusal).state is CaseState.REFUSED


def test_pause_and_resume_move_the_due_date(app: App, lc: Lifecycle, staff: Actor, clock: Clock) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    assert lc.workflow.status(staff, ref).due == date(2026, 4, 15)  # JP: 14 calendar days
    clock.advance(2)
    status = lc.workflow.act(staff, ref, Action.REQUEST_FROM_APPLICANT, ActionInput(reasons="手数料"))
    assert status.clock_paused and status.urgency is None
    clock.advance(7)
    status = lc.workflow.act(staff, ref, Action.APPLICANT_ANSWERED)
    assert status.state is CaseState.VERIFYING
    assert status.due == date(2026, 4, 22)
    ledger = lc.deadlines.ledger(staff, ref)
    assert [(r.on, r.reason, r.due_after) for r in ledger.rows[1:]] == [
        (date(2026, 4, 3), "手数料", date(2026, 4, 15)),
        (date(2026, 4, 10), "Applicant answered (clock resumed)", date(2026, 4, 22)),
    ]
    printable = lc.deadlines.printable_ledger(staff, ref)
    assert printable[1]["due_after"] == "2026-04-15 (clock paused)"


def test_returned_mail_pauses_the_clock(app: App, lc: Lifecycle, staff: Actor, clock: Clock) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED, kind=CaseKind.COMPLAINT, types=()))
    lc.workflow.act(staff, ref, Action.START_WORK)
    with pytest.raises(ValidationFailed, match="tracking number"):
        lc.postal.record_posting(staff, ref, RECEIVED, "")
    # The Post tab's rule holds in the service too: the CLI cannot record a number Japan Post
    # never issues, and one typed in full width with an IME's dashes is stored half-width.
    with pytest.raises(ValidationFailed, match="11 to 13 digits"):
        lc.postal.record_posting(staff, ref, RECEIVED, "1234-5678")
    posting = lc.postal.record_posting(staff, ref, RECEIVED, "１２３４ー５６７８ー９０１２")
    clock.advance(4)
    lc.postal.record_returned(staff, ref, date(2026, 4, 4), posting)
    status = lc.workflow.status(staff, ref)
    assert status.state is CaseState.AWAITING_APPLICANT and status.clock_paused
    [post] = lc.postal.postings(staff, ref)
    assert (post.tracking_number, post.returned_on) == ("123456789012", date(2026, 4, 4))
    assert lc.deadlines.ledger(staff, ref).rows[-1].on == date(2026, 4, 4)
    assert lc.deadlines.ledger(staff, ref).paused


def test_gdpr_extension_only_within_the_first_month(
    app: App, lc: Lifecycle, staff: Actor, clock: Clock
) -> None:
    clock.day = date(2026, 1, 31)
    ref = app.cases.create(
        staff, new_case(date(2026, 1, 31), types=(RequestType.ACCESS,), jurisdiction=Jurisdiction.EEA)
    )
    assert lc.workflow.status(staff, ref).due == date(2026, 2, 28)
    clock.day = date(2026, 2, 10)
    with pytest.raises(ValidationFailed, match="needs its reasons"):
        lc.deadlines.extend(staff, ref, 2, "")
    assert lc.deadlines.extend(staff, ref, 2, "Complex request across five systems") == date(2026, 4, 30)
    ref2 = app.cases.create(
        staff, new_case(date(2026, 1, 5), types=(RequestType.ACCESS,), jurisdiction=Jurisdiction.EEA)
    )
    clock.day = date(2026, 2, 10)
    with pytest.raises(ValidationFailed, match="after the first period ended on 2026-02-05"):
        lc.deadlines.extend(staff, ref2, 1, "Too late")
    jp = app.cases.create(staff, new_case(date(2026, 2, 9)))
    with pytest.raises(ValidationFailed, match="no extension is possible"):
        lc.deadlines.extend(staff, jp, 1, "APPI")


@pytest.mark.parametrize(("days_after_due", "met"), [(-1, True), (0, True), (1, False)])
def test_an_answer_on_the_due_day_itself_meets_the_deadline(
    app: App, lc: Lifecycle, staff: Actor, clock: Clock, days_after_due: int, met: bool
) -> None:
    """The law gives the applicant an answer "by" the due day: that day is still in time."""
    ref = app.cases.create(staff, new_case(RECEIVED, kind=CaseKind.QUESTION, types=()))
    lc.workflow.act(staff, ref, Action.START_WORK)
    due = lc.workflow.status(staff, ref).due
    assert due is not None and due > RECEIVED
    clock.day = due + timedelta(days=days_after_due)
    status = lc.workflow.act(staff, ref, Action.RESPOND)
    assert status.deadline_met is met
    assert app.cases.get(staff, ref).deadline_met is met


def test_late_response_records_deadline_missed(app: App, lc: Lifecycle, staff: Actor, clock: Clock) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED, kind=CaseKind.QUESTION, types=()))
    lc.workflow.act(staff, ref, Action.START_WORK)
    clock.advance(20)
    status = lc.workflow.act(staff, ref, Action.RESPOND)
    assert status.deadline_met is False
    assert app.cases.get(staff, ref).deadline_met is False


def test_withdrawal_is_recorded(app: App, lc: Lifecycle, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    with pytest.raises(ActionRefused, match="how and when"):
        lc.workflow.act(staff, ref, Action.WITHDRAW)
    status = lc.workflow.act(staff, ref, Action.WITHDRAW, ActionInput(comment="4/1 電話で取り下げ"))
    assert (status.state, status.outcome, status.deadline_met) == (CaseState.WITHDRAWN, "withdrawn", None)


def test_purge_is_not_a_workflow_action(app: App, lc: Lifecycle, manager: Actor) -> None:
    ref = app.cases.create(manager, new_case(RECEIVED))
    with pytest.raises(ActionRefused, match="purge"):
        lc.workflow.act(manager, ref, Action.PURGE)


def test_register_filters_on_real_data(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor, clock: Clock
) -> None:
    clock.day = date(2026, 3, 1)
    overdue = app.cases.create(staff, new_case(date(2026, 3, 1), kind=CaseKind.QUESTION, types=()))
    clock.day = date(2026, 3, 14)
    soon = app.cases.create(staff, new_case(date(2026, 3, 2), kind=CaseKind.QUESTION, types=()))
    waiting = app.cases.create(staff, new_case(date(2026, 3, 14)))
    lc.workflow.act(staff, waiting, Action.REQUEST_FROM_APPLICANT)
    approval = app.cases.create(staff, new_case(date(2026, 3, 14)))
    _verify_with_licence(lc, staff, approval)
    lc.workflow.act(staff, approval, Action.START_WORK)
    lc.workflow.act(staff, approval, Action.SUBMIT_FOR_APPROVAL)
    lc.workflow.assign(manager, approval, staff.user_id)
    clock.day = date(2026, 3, 16)

    def refs(**kwargs: object) -> set[str]:
        flt = RegisterFilter(**kwargs)  # type: ignore[arg-type]
        return {row.ref for row in app.register.page(flt)}

    assert refs(due="overdue") == {overdue}  # due 3/15
    assert refs(due="due_soon") == {soon}  # due 3/16
    assert refs(awaiting="approval") == {approval}
    assert refs(awaiting="applicant") == {waiting}
    assert refs(assignee_id=staff.user_id) == {approval}
    # "Awaiting me": Sato's case waits on the manager, so nothing waits on Sato yet...
    assert refs(awaiting="me", me_id=staff.user_id) == set()
    # ...while the manager sees every case awaiting approval, whoever holds it.
    assert refs(awaiting="me", me_id=manager.user_id, me_approves=True) == {approval}
    lc.workflow.assign(manager, soon, staff.user_id)
    lc.workflow.assign(manager, waiting, staff.user_id)  # paused: waits on the applicant, not Sato
    assert refs(awaiting="me", me_id=staff.user_id) == {soon}
    assert lc.workflow.status(staff, approval).assignee == "Sato"


def test_staff_cannot_change_deadline_settings_and_bad_settings_are_explained(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    from inquiry_desk.services.settings.lifecycle import SettingsInvalid

    ref = app.cases.create(staff, new_case(RECEIVED))
    with pytest.raises(PermissionDenied):
        lc.deadlines.set_rules_json(staff, "{}")
    with pytest.raises(SettingsInvalid, match='unknown setting "jurisdiction"'):
        lc.deadlines.set_rules_json(manager, '{"jurisdiction": {}}')
    with pytest.raises(SettingsInvalid, match="not valid JSON"):
        lc.deadlines.set_rules_json(manager, "{")
    changed = lc.deadlines.set_rules_json(
        manager, '{"jurisdictions": {"JP": {"unit": "business_days", "length": 5}}}'
    )
    assert changed == 1
    # 2026-04-01 (Wed) + 5 business days: Thu 2, Fri 3, Mon 6, Tue 7, Wed 8.
    assert lc.workflow.status(staff, ref).due == date(2026, 4, 8)
    assert '"business_days"' in lc.deadlines.rules_json()


def test_assignment_is_audited_and_checked(app: App, lc: Lifecycle, staff: Actor, manager: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    with pytest.raises(ValidationFailed):
        lc.workflow.assign(manager, ref, 9999)
    lc.workflow.assign(manager, ref, staff.user_id)
    with app.db.read() as session:
        [row] = audit.query(session, action="case.assign")
    assert json.loads(row.details) == {"assignee_id": staff.user_id}


def test_no_personal_data_in_summaries_audit_or_clear_columns(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    secret = "田中花子様の旧住所"
    lc.workflow.act(staff, ref, Action.REQUEST_FROM_APPLICANT, ActionInput(reasons=secret))
    lc.workflow.act(
        manager,
        ref,
        Action.REFUSE,
        ActionInput(reasons=secret, right_to_complain=secret, category=RefusalCategory.HARM_TO_OTHERS),
    )
    detail = app.cases.get(manager, ref)
    assert all(secret not in e.summary and APPLICANT_NAME not in e.summary for e in detail.events)
    with app.db.read() as session:
        rows = audit.query(session)
    assert all(secret not in r.details and APPLICANT_NAME not in r.details for r in rows)
    assert app.db.path is not None
    app.db.checkpoint()
    assert secret.encode() not in app.db.path.read_bytes()


def test_refusal_ground_is_kept_plain_audited_and_cleared_on_reopen(
    app: App, lc: Lifecycle, staff: Actor, manager: Actor
) -> None:
    """The ground (not the reasons) is what the monthly report counts after the purge."""
    ref = app.cases.create(staff, new_case(RECEIVED))
    reasons = "田中様の請求は第三者の権利を害するおそれがあるため"
    status = lc.workflow.act(
        manager,
        ref,
        Action.REFUSE,
        ActionInput(reasons=reasons, right_to_complain="PPC", category=RefusalCategory.HARM_TO_OTHERS),
    )
    assert (status.outcome, status.refusal_category) == ("refused", "harm_to_others")
    with app.db.read() as session:
        [row] = audit.query(session, action="case.refuse")
        assert json.loads(row.details)["category"] == "harm_to_others"
        assert reasons not in row.details
    lc.workflow.act(manager, ref, Action.CLOSE)
    status = lc.workflow.act(manager, ref, Action.REOPEN, ActionInput(comment="新たな資料"))
    assert (status.outcome, status.refusal_category) == (None, None)
