"""The case state machine: every state × every action, then each guard on its own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from inquiry_desk.domain.enums import CaseKind, CaseState, Role
from inquiry_desk.domain.lifecycle import (
    Action,
    ClockEffect,
    Decision,
    GuardContext,
    allowed_actions,
    check,
    clock_effect,
    describe,
    possible_actions,
)
from inquiry_desk.domain.refusals import RefusalCategory

S = CaseState
A = Action
TODAY = date(2026, 6, 15)

# Everything a guard could ask for is present; the reopen window is still open.
EVERYTHING = GuardContext(
    kind=CaseKind.REQUEST,
    identity_verified=True,
    actor_role=Role.MANAGER,
    approval_required=True,
    approval_granted=True,
    refusal_reasons="Would harm a third party",
    right_to_complain="You may complain to the PPC.",
    refusal_category=RefusalCategory.HARM_TO_OTHERS,
    withdrawal_note="Letter of 2026-06-14",
    comment="Applicant says the disclosure was incomplete",
    closed_at=TODAY - timedelta(days=10),
    grace_days=30,
    today=TODAY,
)
# A fresh request from someone not yet verified, handled by staff who typed nothing yet.
NOTHING = GuardContext()

EXPECTED_WITH_EVERYTHING: dict[CaseState, dict[Action, CaseState]] = {
    S.RECEIVED: {
        A.REQUEST_FROM_APPLICANT: S.AWAITING_APPLICANT,
        A.RECORD_RETURNED_MAIL: S.AWAITING_APPLICANT,
        A.START_WORK: S.IN_PROGRESS,
        A.REFUSE: S.REFUSED,
        A.WITHDRAW: S.WITHDRAWN,
    },
    S.AWAITING_APPLICANT: {
        A.REQUEST_FROM_APPLICANT: S.AWAITING_APPLICANT,
        A.APPLICANT_ANSWERED: S.IN_PROGRESS,
        A.RECORD_RETURNED_MAIL: S.AWAITING_APPLICANT,
        A.REFUSE: S.REFUSED,
        A.WITHDRAW: S.WITHDRAWN,
    },
    S.VERIFYING: {
        A.REQUEST_FROM_APPLICANT: S.AWAITING_APPLICANT,
        A.RECORD_RETURNED_MAIL: S.AWAITING_APPLICANT,
        A.VERIFY: S.IN_PROGRESS,
        A.REFUSE: S.REFUSED,
        A.WITHDRAW: S.WITHDRAWN,
    },
    S.IN_PROGRESS: {
        A.REQUEST_FROM_APPLICANT: S.AWAITING_APPLICANT,
        A.RECORD_RETURNED_MAIL: S.AWAITING_APPLICANT,
        A.SUBMIT_FOR_APPROVAL: S.AWAITING_APPROVAL,
        A.RESPOND: S.RESPONDED,
        A.REFUSE: S.REFUSED,
        A.WITHDRAW: S.WITHDRAWN,
    },
    S.AWAITING_APPROVAL: {
        A.RECORD_RETURNED_MAIL: S.AWAITING_APPLICANT,
        A.APPROVE: S.IN_PROGRESS,
        A.SEND_BACK: S.IN_PROGRESS,
        A.WITHDRAW: S.WITHDRAWN,
    },
    S.RESPONDED: {A.RECORD_RETURNED_MAIL: S.AWAITING_APPLICANT, A.CLOSE: S.CLOSED, A.REOPEN: S.IN_PROGRESS},
    S.REFUSED: {A.RECORD_RETURNED_MAIL: S.AWAITING_APPLICANT, A.CLOSE: S.CLOSED, A.REOPEN: S.IN_PROGRESS},
    S.WITHDRAWN: {A.CLOSE: S.CLOSED, A.REOPEN: S.IN_PROGRESS},
    S.CLOSED: {A.REOPEN: S.IN_PROGRESS},
    S.PURGED: {},
}

EXPECTED_WITH_NOTHING: dict[CaseState, dict[Action, CaseState]] = {
    S.RECEIVED: {
        A.REQUEST_FROM_APPLICANT: S.AWAITING_APPLICANT,
        A.RECORD_RETURNED_MAIL: S.AWAITING_APPLICANT,
        A.START_VERIFICATION: S.VERIFYING,
    },
    S.AWAITING_APPLICANT: {
        A.REQUEST_FROM_APPLICANT: S.AWAITING_APPLICANT,
        A.APPLICANT_ANSWERED: S.VERIFYING,
        A.RECORD_RETURNED_MAIL: S.AWAITING_APPLICANT,
    },
    S.VERIFYING: {
        A.REQUEST_FROM_APPLICANT: S.AWAITING_APPLICANT,
        A.RECORD_RETURNED_MAIL: S.AWAITING_APPLICANT,
        A.VERIFICATION_FAILED: S.AWAITING_APPLICANT,
    },
    S.IN_PROGRESS: {
        A.REQUEST_FROM_APPLICANT: S.AWAITING_APPLICANT,
        A.RECORD_RETURNED_MAIL: S.AWAITING_APPLICANT,
        A.SUBMIT_FOR_APPROVAL: S.AWAITING_APPROVAL,
    },
    S.AWAITING_APPROVAL: {A.RECORD_RETURNED_MAIL: S.AWAITING_APPLICANT},
    S.RESPONDED: {A.RECORD_RETURNED_MAIL: S.AWAITING_APPLICANT, A.CLOSE: S.CLOSED},
    S.REFUSED: {A.RECORD_RETURNED_MAIL: S.AWAITING_APPLICANT, A.CLOSE: S.CLOSED},
    S.WITHDRAWN: {A.CLOSE: S.CLOSED},
    S.CLOSED: {},
    S.PURGED: {},
}


def _assert_decision(decision: Decision, expected: CaseState | None) -> None:
    if expected is None:
        assert not decision.allowed
        assert decision.target is None
        assert decision.reason.strip().endswith(".")  # a sentence the user can read
    else:
        assert decision.allowed and bool(decision)
        assert decision.target is expected
        assert decision.reason == ""


@pytest.mark.parametrize("state", list(CaseState))
@pytest.mark.parametrize("action", list(Action))
def test_every_state_and_action_with_everything_given(state: CaseState, action: Action) -> None:
    _assert_decision(check(state, action, EVERYTHING), EXPECTED_WITH_EVERYTHING[state].get(action))


@pytest.mark.parametrize("state", list(CaseState))
@pytest.mark.parametrize("action", list(Action))
def test_every_state_and_action_with_nothing_given(state: CaseState, action: Action) -> None:
    _assert_decision(check(state, action, NOTHING), EXPECTED_WITH_NOTHING[state].get(action))


@pytest.mark.parametrize("state", list(CaseState))
def test_allowed_actions_matches_check(state: CaseState) -> None:
    assert allowed_actions(state, EVERYTHING) == list(EXPECTED_WITH_EVERYTHING[state])
    assert set(allowed_actions(state, EVERYTHING)) <= set(possible_actions(state))


def test_purged_case_refuses_everything_with_one_reason() -> None:
    for action in Action:
        assert "purged" in check(S.PURGED, action, EVERYTHING).reason


@pytest.mark.parametrize("kind", [CaseKind.QUESTION, CaseKind.COMPLAINT, CaseKind.CONSULTATION])
def test_non_requests_skip_verification(kind: CaseKind) -> None:
    ctx = GuardContext(kind=kind)
    assert check(S.RECEIVED, A.START_WORK, ctx).target is S.IN_PROGRESS
    assert "skips identity verification" in check(S.RECEIVED, A.START_VERIFICATION, ctx).reason
    assert not check(S.VERIFYING, A.VERIFY, ctx)
    assert check(S.AWAITING_APPLICANT, A.APPLICANT_ANSWERED, ctx).target is S.IN_PROGRESS
    assert check(S.IN_PROGRESS, A.RESPOND, ctx).target is S.RESPONDED


def test_no_response_to_unverified_applicant_names_what_is_missing() -> None:
    ctx = GuardContext(verification_missing=("a photo ID of the applicant",))
    decision = check(S.IN_PROGRESS, A.RESPOND, ctx)
    assert not decision
    assert "identity is not verified" in decision.reason
    assert "a photo ID of the applicant" in decision.reason
    assert check(S.VERIFYING, A.VERIFY, ctx).reason.endswith("a photo ID of the applicant.")


def test_request_needs_verification_before_work() -> None:
    assert "verified before work starts" in check(S.RECEIVED, A.START_WORK, NOTHING).reason
    verified = GuardContext(identity_verified=True)  # e.g. registered email address matched
    assert check(S.RECEIVED, A.START_WORK, verified).target is S.IN_PROGRESS
    assert "already verified" in check(S.RECEIVED, A.START_VERIFICATION, verified).reason


_EXCESSIVE = RefusalCategory.UNFOUNDED_OR_EXCESSIVE


@pytest.mark.parametrize(
    ("reasons", "complain", "category", "expected"),
    [
        ("", "", _EXCESSIVE, "the reasons for the refusal and the right-to-complain text."),
        ("", "", None, "the reasons for the refusal, the right-to-complain text and its category"),
        ("  ", "PPC", _EXCESSIVE, "the reasons for the refusal."),
        ("Excessive", "", _EXCESSIVE, "the right-to-complain text."),
        ("Excessive", "PPC", None, "must state its category (the legal ground)."),
    ],
)
def test_refusal_needs_reasons_right_to_complain_and_category(
    reasons: str, complain: str, category: RefusalCategory | None, expected: str
) -> None:
    ctx = GuardContext(
        identity_verified=True, refusal_reasons=reasons, right_to_complain=complain, refusal_category=category
    )
    assert expected in check(S.IN_PROGRESS, A.REFUSE, ctx).reason


def test_refusal_of_unverified_applicant_is_allowed() -> None:
    """Identity never confirmed is itself a reason to refuse; the refusal discloses nothing."""
    ctx = GuardContext(
        refusal_reasons="Identity not confirmed",
        right_to_complain="PPC",
        refusal_category=RefusalCategory.IDENTITY_NOT_VERIFIED,
    )
    assert check(S.AWAITING_APPLICANT, A.REFUSE, ctx).target is S.REFUSED


@pytest.mark.parametrize("action", [A.RESPOND, A.REFUSE])
def test_approval_required_before_response(action: Action) -> None:
    ctx = replace(EVERYTHING, approval_granted=False)
    assert "approval first" in check(S.IN_PROGRESS, action, ctx).reason
    assert check(S.IN_PROGRESS, action, replace(ctx, approval_required=False)).allowed


@pytest.mark.parametrize("role", [Role.STAFF, Role.ADMIN])
@pytest.mark.parametrize("action", [A.APPROVE, A.SEND_BACK])
def test_only_manager_approves(role: Role, action: Action) -> None:
    assert "Only a manager" in check(S.AWAITING_APPROVAL, action, replace(EVERYTHING, actor_role=role)).reason


def test_send_back_needs_comment_but_approval_does_not() -> None:
    ctx = replace(EVERYTHING, comment="")
    assert "comment is required" in check(S.AWAITING_APPROVAL, A.SEND_BACK, ctx).reason
    assert check(S.AWAITING_APPROVAL, A.APPROVE, ctx).allowed


def test_response_blocked_while_manager_decides() -> None:
    assert "manager's approval" in check(S.AWAITING_APPROVAL, A.RESPOND, EVERYTHING).reason


def test_withdrawal_must_be_recorded() -> None:
    reason = check(S.IN_PROGRESS, A.WITHDRAW, replace(EVERYTHING, withdrawal_note=" ")).reason
    assert "how and when the applicant withdrew" in reason


def test_close_waits_for_refund() -> None:
    assert "refunded" in check(S.RESPONDED, A.CLOSE, replace(EVERYTHING, refund_outstanding=True)).reason


@pytest.mark.parametrize(
    ("days_since_close", "grace", "reopen_ok", "purge_ok"),
    [
        (0, 30, True, False),
        (29, 30, True, False),  # last day of the grace period
        (30, 30, False, True),  # grace period over: purge, no more reopening
        (400, 30, False, True),
        (0, 0, False, True),  # no grace period: purge at once
        (6, 7, True, False),
    ],
)
def test_grace_period(days_since_close: int, grace: int, reopen_ok: bool, purge_ok: bool) -> None:
    ctx = replace(EVERYTHING, closed_at=TODAY - timedelta(days=days_since_close), grace_days=grace)
    reopen = check(S.CLOSED, A.REOPEN, ctx)
    purge = check(S.CLOSED, A.PURGE, ctx)
    assert reopen.allowed is reopen_ok
    assert purge.allowed is purge_ok
    if not reopen_ok:
        assert "grace period ended" in reopen.reason
    if not purge_ok:
        assert "grace period runs until" in purge.reason
    else:
        assert purge.target is S.PURGED


def test_legal_hold_stops_purge_but_not_reopen() -> None:
    ctx = replace(EVERYTHING, closed_at=TODAY - timedelta(days=100), legal_hold=True)
    assert "legal hold" in check(S.CLOSED, A.PURGE, ctx).reason
    within = replace(ctx, closed_at=TODAY)
    assert check(S.CLOSED, A.REOPEN, within).allowed


def test_unknown_closing_date_blocks_purge_and_reopen() -> None:
    ctx = replace(EVERYTHING, closed_at=None)
    assert "closing date is not known" in check(S.CLOSED, A.PURGE, ctx).reason
    assert "closing date is not known" in check(S.CLOSED, A.REOPEN, ctx).reason


def test_reopen_before_closing_needs_comment_only() -> None:
    ctx = replace(EVERYTHING, closed_at=None, today=None)
    assert check(S.RESPONDED, A.REOPEN, ctx).target is S.IN_PROGRESS
    assert "comment is required" in check(S.RESPONDED, A.REOPEN, replace(ctx, comment="")).reason


def test_reopen_of_unverified_case_goes_back_to_verification() -> None:
    ctx = GuardContext(comment="Applicant changed mind", withdrawal_note="x")
    assert check(S.WITHDRAWN, A.REOPEN, ctx).target is S.VERIFYING


@pytest.mark.parametrize(
    ("source", "target", "effect"),
    [
        (S.RECEIVED, S.AWAITING_APPLICANT, ClockEffect.PAUSE),
        (S.RESPONDED, S.AWAITING_APPLICANT, ClockEffect.PAUSE),
        (S.AWAITING_APPLICANT, S.AWAITING_APPLICANT, ClockEffect.NONE),
        (S.AWAITING_APPLICANT, S.VERIFYING, ClockEffect.RESUME),
        (S.AWAITING_APPLICANT, S.WITHDRAWN, ClockEffect.RESUME),
        (S.IN_PROGRESS, S.RESPONDED, ClockEffect.NONE),
    ],
)
def test_clock_effect(source: CaseState, target: CaseState, effect: ClockEffect) -> None:
    assert clock_effect(source, target) is effect


def test_every_action_is_describable() -> None:
    for action in Action:
        assert action.label and action.verb
        assert Action(action.value) is action
    assert describe(A.VERIFY, S.VERIFYING, S.IN_PROGRESS) == "Identity verified (Verifying → In progress)"
    assert describe(A.REQUEST_FROM_APPLICANT, S.AWAITING_APPLICANT, S.AWAITING_APPLICANT).endswith(
        "(Awaiting applicant)"
    )


def test_walk_a_request_from_receipt_to_purge() -> None:
    ctx = GuardContext()
    state = S.RECEIVED
    steps: list[tuple[Action, GuardContext]] = [
        (A.REQUEST_FROM_APPLICANT, ctx),
        (A.APPLICANT_ANSWERED, ctx),
        (A.VERIFY, replace(ctx, identity_verified=True)),
        (A.SUBMIT_FOR_APPROVAL, replace(ctx, identity_verified=True, approval_required=True)),
        (A.APPROVE, replace(ctx, identity_verified=True, actor_role=Role.MANAGER)),
        (A.RESPOND, replace(ctx, identity_verified=True, approval_required=True, approval_granted=True)),
        (A.CLOSE, ctx),
        (A.PURGE, replace(ctx, closed_at=TODAY, grace_days=30, today=TODAY + timedelta(days=30))),
    ]
    visited = []
    for action, step_ctx in steps:
        decision = check(state, action, step_ctx)
        assert decision.allowed, decision.reason
        assert decision.target is not None
        state = decision.target
        visited.append(state)
    assert visited == [
        S.AWAITING_APPLICANT,
        S.VERIFYING,
        S.IN_PROGRESS,
        S.AWAITING_APPROVAL,
        S.IN_PROGRESS,
        S.RESPONDED,
        S.CLOSED,
        S.PURGED,
    ]
