"""The case lifecycle as a state machine with guarded transitions.

DESIGN.md sketches the lifecycle; this module makes it exact. Every change of
state is an :class:`Action`; :func:`check` says whether an action is allowed in
a state, which state it leads to and, when it is refused, a reason a member of
staff can read. The facts the guards need (is the applicant verified, were
reasons given, did the manager approve...) come in a :class:`GuardContext`
that the services layer fills from the case; this module never looks anything
up itself, so every rule can be tested on plain values.

Flow::

    received ─► awaiting applicant ⇄ verifying identity ─► in progress
       │  (questions, complaints and consultations skip verification) ▲ │
       └──────────────────────────────────────────────────────────────┘ ▼
    in progress ─► awaiting approval ─(approve / send back)─► in progress ─► responded
    any open state ─► withdrawn | refused;  responded | refused | withdrawn ─► closed
    closed ─(within grace period)─► reopened;  closed ─(grace passed, no legal hold)─► purged

Approval: ``approve`` returns the case to *in progress* with the approval on
record (the letter is then sent by staff with ``respond`` or ``refuse``), so
"awaiting approval" always means "the manager has something to do".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from inquiry_desk.domain.enums import CaseKind, CaseState, Role
from inquiry_desk.domain.i18n import in_language, label_of, translate, verb_of
from inquiry_desk.domain.refusals import RefusalCategory

_S = CaseState
OPEN_STATES: frozenset[CaseState] = frozenset(
    {_S.RECEIVED, _S.AWAITING_APPLICANT, _S.VERIFYING, _S.IN_PROGRESS, _S.AWAITING_APPROVAL}
)
# States in which a response has gone out; it can be reopened or closed.
ANSWERED_STATES: frozenset[CaseState] = frozenset({_S.RESPONDED, _S.REFUSED, _S.WITHDRAWN})


class Action(StrEnum):
    """Everything that changes a case's state; values are stored on timeline events."""

    REQUEST_FROM_APPLICANT = "request_from_applicant"
    APPLICANT_ANSWERED = "applicant_answered"
    RECORD_RETURNED_MAIL = "record_returned_mail"
    START_VERIFICATION = "start_verification"
    VERIFY = "verify"
    VERIFICATION_FAILED = "verification_failed"
    START_WORK = "start_work"
    SUBMIT_FOR_APPROVAL = "submit_for_approval"
    APPROVE = "approve"
    SEND_BACK = "send_back"
    RESPOND = "respond"
    REFUSE = "refuse"
    WITHDRAW = "withdraw"
    CLOSE = "close"
    REOPEN = "reopen"
    PURGE = "purge"

    @property
    def label(self) -> str:
        """What happened, as the timeline shows it."""
        return _ACTION_LABELS[self][0]

    @property
    def verb(self) -> str:
        """The command as a button or menu entry shows it."""
        return _ACTION_LABELS[self][1]

    @property
    def label_ja(self) -> str:
        return _ACTION_LABELS_JA[self][0]

    @property
    def verb_ja(self) -> str:
        return _ACTION_LABELS_JA[self][1]


_ACTION_LABELS: dict[Action, tuple[str, str]] = {
    Action.REQUEST_FROM_APPLICANT: (
        "Form, ID or fee requested from the applicant (clock paused)",
        "Request from applicant",
    ),
    Action.APPLICANT_ANSWERED: ("Applicant answered (clock resumed)", "Applicant answered"),
    Action.RECORD_RETURNED_MAIL: ("Mail returned undeliverable (clock paused)", "Record returned mail"),
    Action.START_VERIFICATION: ("Identity verification started", "Start verification"),
    Action.VERIFY: ("Identity verified", "Mark identity verified"),
    Action.VERIFICATION_FAILED: (
        "Identity not confirmed; further documents requested (clock paused)",
        "Verification failed",
    ),
    Action.START_WORK: ("Work started", "Start work"),
    Action.SUBMIT_FOR_APPROVAL: ("Submitted to the manager for approval", "Submit for approval"),
    Action.APPROVE: ("Approved by the manager", "Approve"),
    Action.SEND_BACK: ("Sent back by the manager", "Send back"),
    Action.RESPOND: ("Response sent", "Respond"),
    Action.REFUSE: ("Request refused", "Refuse"),
    Action.WITHDRAW: ("Withdrawn by the applicant", "Record withdrawal"),
    Action.CLOSE: ("Case closed", "Close"),
    Action.REOPEN: ("Case reopened", "Reopen"),
    Action.PURGE: ("Personal data purged", "Purge"),
}

# The same in Japanese, in the law's and the department's words.
_ACTION_LABELS_JA: dict[Action, tuple[str, str]] = {
    Action.REQUEST_FROM_APPLICANT: ("請求者に書類・手数料を依頼（期限停止）", "請求者に依頼"),
    Action.APPLICANT_ANSWERED: ("請求者から回答あり（期限再開）", "請求者から回答あり"),
    Action.RECORD_RETURNED_MAIL: ("郵便物が返送された（期限停止）", "返送郵便を記録"),
    Action.START_VERIFICATION: ("本人確認を開始", "本人確認を開始"),
    Action.VERIFY: ("本人確認済み", "本人確認済みにする"),
    Action.VERIFICATION_FAILED: ("本人確認できず、追加書類を依頼（期限停止）", "本人確認できず"),
    Action.START_WORK: ("対応を開始", "対応を開始"),
    Action.SUBMIT_FOR_APPROVAL: ("責任者に承認を申請", "承認を申請"),
    Action.APPROVE: ("責任者が承認", "承認"),
    Action.SEND_BACK: ("責任者が差し戻し", "差し戻し"),
    Action.RESPOND: ("回答を送付", "回答"),
    Action.REFUSE: ("請求を拒否（不開示）", "拒否"),
    Action.WITHDRAW: ("請求者が取下げ", "取下げを記録"),
    Action.CLOSE: ("案件を完了", "完了"),
    Action.REOPEN: ("案件を再開", "再開"),
    Action.PURGE: ("個人データを消去", "消去"),
}

# Where each action may start. A state missing here refuses the action with a
# generic reason; the guards below add the case-specific reasons.
_SOURCES: dict[Action, frozenset[CaseState]] = {
    # A second request while already waiting is allowed: it is a new letter on the timeline.
    Action.REQUEST_FROM_APPLICANT: frozenset(
        {_S.RECEIVED, _S.AWAITING_APPLICANT, _S.VERIFYING, _S.IN_PROGRESS}
    ),
    Action.APPLICANT_ANSWERED: frozenset({_S.AWAITING_APPLICANT}),
    # Anything sent by post can come back, including the response itself: then the
    # case waits for a valid address again.
    Action.RECORD_RETURNED_MAIL: frozenset(
        {
            _S.RECEIVED,
            _S.AWAITING_APPLICANT,
            _S.VERIFYING,
            _S.IN_PROGRESS,
            _S.AWAITING_APPROVAL,
            _S.RESPONDED,
            _S.REFUSED,
        }
    ),
    Action.START_VERIFICATION: frozenset({_S.RECEIVED}),
    Action.VERIFY: frozenset({_S.VERIFYING}),
    Action.VERIFICATION_FAILED: frozenset({_S.VERIFYING}),
    Action.START_WORK: frozenset({_S.RECEIVED}),
    Action.SUBMIT_FOR_APPROVAL: frozenset({_S.IN_PROGRESS}),
    Action.APPROVE: frozenset({_S.AWAITING_APPROVAL}),
    Action.SEND_BACK: frozenset({_S.AWAITING_APPROVAL}),
    Action.RESPOND: frozenset({_S.IN_PROGRESS}),
    # A refusal can end a case at any open stage (e.g. identity never confirmed),
    # except while the manager is still deciding.
    Action.REFUSE: frozenset({_S.RECEIVED, _S.AWAITING_APPLICANT, _S.VERIFYING, _S.IN_PROGRESS}),
    Action.WITHDRAW: OPEN_STATES,
    Action.CLOSE: ANSWERED_STATES,
    Action.REOPEN: ANSWERED_STATES | {_S.CLOSED},
    Action.PURGE: frozenset({_S.CLOSED}),
}

_FIXED_TARGETS: dict[Action, CaseState] = {
    Action.REQUEST_FROM_APPLICANT: _S.AWAITING_APPLICANT,
    Action.RECORD_RETURNED_MAIL: _S.AWAITING_APPLICANT,
    Action.START_VERIFICATION: _S.VERIFYING,
    Action.VERIFY: _S.IN_PROGRESS,
    Action.VERIFICATION_FAILED: _S.AWAITING_APPLICANT,
    Action.START_WORK: _S.IN_PROGRESS,
    Action.SUBMIT_FOR_APPROVAL: _S.AWAITING_APPROVAL,
    Action.APPROVE: _S.IN_PROGRESS,
    Action.SEND_BACK: _S.IN_PROGRESS,
    Action.RESPOND: _S.RESPONDED,
    Action.REFUSE: _S.REFUSED,
    Action.WITHDRAW: _S.WITHDRAWN,
    Action.CLOSE: _S.CLOSED,
    Action.PURGE: _S.PURGED,
}


@dataclass(frozen=True)
class GuardContext:
    """The facts about a case that the guards need, filled in by the services layer.

    Text fields are the text staff typed for this action (reasons, comment...);
    they are checked for presence only — their content is the case's business.
    """

    kind: CaseKind = CaseKind.REQUEST
    identity_verified: bool = False
    # What the verification evaluation says is still missing, quoted in refusals.
    verification_missing: tuple[str, ...] = ()
    actor_role: Role = Role.STAFF
    # Whether the response about to go out (disclosure, refusal...) needs the
    # manager's approval for these request types, and whether it was given.
    approval_required: bool = False
    approval_granted: bool = False
    refusal_reasons: str = ""
    right_to_complain: str = ""
    # The legal ground of a refusal: counted in the monthly report, so it is required.
    refusal_category: RefusalCategory | None = None
    withdrawal_note: str = ""  # how and when the applicant withdrew (letter, email, call)
    comment: str = ""  # the manager's send-back comment, or why a case is reopened
    refund_outstanding: bool = False
    closed_at: date | None = None
    grace_days: int = 30
    legal_hold: bool = False
    today: date | None = None

    @property
    def verification_needed(self) -> bool:
        return self.kind.needs_verification and not self.identity_verified

    @property
    def purge_from(self) -> date | None:
        """First day on which a closed case may be purged; reopening ends the day before."""
        return None if self.closed_at is None else self.closed_at + timedelta(days=self.grace_days)


@dataclass(frozen=True)
class Decision:
    allowed: bool
    target: CaseState | None
    reason: str = ""  # empty when allowed; a sentence for the user when refused

    def __bool__(self) -> bool:
        return self.allowed


def _refuse(reason: str) -> Decision:
    return Decision(False, None, reason)


def _resume_target(ctx: GuardContext) -> CaseState:
    """Where a case goes when work resumes: verification first if it is still owed."""
    return _S.VERIFYING if ctx.verification_needed else _S.IN_PROGRESS


def _missing_suffix(ctx: GuardContext) -> str:
    if not ctx.verification_missing:
        return ""
    return translate("Lifecycle", " Still missing: {items}.").format(
        items="; ".join(ctx.verification_missing)
    )


def _guard(state: CaseState, action: Action, ctx: GuardContext) -> str | None:
    """The case-specific reason to refuse ``action``, or None when it may go ahead."""
    if (
        action in (Action.START_VERIFICATION, Action.VERIFY, Action.VERIFICATION_FAILED)
        and not ctx.kind.needs_verification
    ):
        return translate(
            "Lifecycle", "A {kind} discloses nothing, so it skips identity verification."
        ).format(kind=in_language(ctx.kind.label.lower(), ctx.kind.label_ja))
    if action is Action.START_VERIFICATION and ctx.identity_verified:
        return translate("Lifecycle", "The applicant's identity is already verified; start work instead.")
    if action is Action.VERIFY and not ctx.identity_verified:
        return translate(
            "Lifecycle", "The evidence recorded does not yet confirm the applicant's identity."
        ) + _missing_suffix(ctx)
    if action is Action.VERIFICATION_FAILED and ctx.identity_verified:
        return translate(
            "Lifecycle", "The evidence recorded confirms the identity; mark it verified instead."
        )
    if action is Action.START_WORK and ctx.verification_needed:
        return translate("Lifecycle", "A request needs the applicant's identity verified before work starts.")
    if action in (Action.APPROVE, Action.SEND_BACK) and ctx.actor_role is not Role.MANAGER:
        return translate("Lifecycle", "Only a manager can approve or send back a response.")
    if action is Action.SEND_BACK and not ctx.comment.strip():
        return translate("Lifecycle", "Say why the response is sent back (a comment is required).")
    if action in (Action.RESPOND, Action.REFUSE) and ctx.approval_required and not ctx.approval_granted:
        return translate(
            "Lifecycle", "This response needs the manager's approval first; submit it for approval."
        )
    if action is Action.RESPOND and ctx.verification_needed:
        return translate(
            "Lifecycle", "No response may go to an applicant whose identity is not verified."
        ) + _missing_suffix(ctx)
    if action is Action.REFUSE:
        missing = [
            what
            for what, text in (
                (translate("Lifecycle", "the reasons for the refusal"), ctx.refusal_reasons),
                (translate("Lifecycle", "the right-to-complain text"), ctx.right_to_complain),
            )
            if not text.strip()
        ]
        if ctx.refusal_category is None:
            missing.append(translate("Lifecycle", "its category (the legal ground)"))
        if missing:
            if len(missing) > 1:
                listed = translate("Lifecycle", "{items} and {last}").format(
                    items=translate("Lifecycle", ", ").join(missing[:-1]), last=missing[-1]
                )
            else:
                listed = missing[0]
            return translate("Lifecycle", "A refusal must state {items}.").format(items=listed)
    if action is Action.WITHDRAW and not ctx.withdrawal_note.strip():
        return translate("Lifecycle", "Record how and when the applicant withdrew the request.")
    if action is Action.CLOSE and ctx.refund_outstanding:
        return translate("Lifecycle", "An overpaid fee must be refunded before the case is closed.")
    if action is Action.REOPEN:
        return _reopen_guard(state, ctx)
    if action is Action.PURGE:
        return _purge_guard(ctx)
    return None


def _reopen_guard(state: CaseState, ctx: GuardContext) -> str | None:
    if not ctx.comment.strip():
        return translate("Lifecycle", "Say why the case is reopened (a comment is required).")
    if state is not _S.CLOSED:
        return None
    if ctx.purge_from is None or ctx.today is None:
        return translate("Lifecycle", "The closing date is not known, so the grace period cannot be checked.")
    # A legal hold keeps the data but does not widen the reopen window: the hold
    # preserves evidence, it does not restart the work.
    if ctx.today >= ctx.purge_from:
        return translate(
            "Lifecycle",
            "The grace period ended on {last:%Y-%m-%d}; a closed case can only be reopened within it. "
            "Open a new case instead.",
        ).format(last=ctx.purge_from - timedelta(days=1))
    return None


def _purge_guard(ctx: GuardContext) -> str | None:
    if ctx.legal_hold:
        return translate(
            "Lifecycle", "The case is under legal hold; its data cannot be purged until the hold is lifted."
        )
    if ctx.purge_from is None or ctx.today is None:
        return translate("Lifecycle", "The closing date is not known, so the grace period cannot be checked.")
    if ctx.today < ctx.purge_from:
        return translate(
            "Lifecycle", "The grace period runs until {last:%Y-%m-%d}; purge from {first:%Y-%m-%d}."
        ).format(last=ctx.purge_from - timedelta(days=1), first=ctx.purge_from)
    return None


def _state_reason(state: CaseState, action: Action) -> str:
    """Why ``action`` makes no sense in ``state`` at all, whatever the case's details."""
    if state is _S.PURGED:
        return translate("Lifecycle", "The case has been purged; only its anonymous register entry remains.")
    if state is _S.CLOSED:
        if action is Action.CLOSE:
            return translate("Lifecycle", "The case is already closed.")
        return translate("Lifecycle", "The case is closed; reopen it before you can {verb}.").format(
            verb=in_language(action.verb.lower(), action.verb_ja)
        )
    if state is _S.AWAITING_APPROVAL:
        return translate(
            "Lifecycle",
            "The case is waiting for the manager's approval; the manager approves or sends it back.",
        )
    if state in ANSWERED_STATES and action in (Action.RESPOND, Action.REFUSE, Action.WITHDRAW):
        return translate("Lifecycle", "The case is already finished ({state}); reopen it first.").format(
            state=in_language(state.label.lower(), state.label_ja)
        )
    if action is Action.PURGE:
        return translate("Lifecycle", "Only a closed case can be purged.")
    if action is Action.CLOSE:
        return translate("Lifecycle", "Only a responded, refused or withdrawn case can be closed.")
    quoted = translate("Lifecycle", "“{state}”")
    allowed = translate("Lifecycle", ", ").join(
        quoted.format(state=label_of(s)) for s in CaseState if s in _SOURCES[action]
    )
    return translate("Lifecycle", "“{verb}” is not possible at “{state}”; only at {allowed}.").format(
        verb=verb_of(action), state=label_of(state), allowed=allowed
    )


def check(state: CaseState, action: Action, ctx: GuardContext) -> Decision:
    """Whether ``action`` may be taken on a case in ``state``, and where it leads."""
    if state not in _SOURCES[action]:
        return _refuse(_state_reason(state, action))
    reason = _guard(state, action, ctx)
    if reason is not None:
        return _refuse(reason)
    if action in (Action.APPLICANT_ANSWERED, Action.REOPEN):
        return Decision(True, _resume_target(ctx))
    return Decision(True, _FIXED_TARGETS[action])


def allowed_actions(state: CaseState, ctx: GuardContext) -> list[Action]:
    """The actions the case view offers now, in a stable order."""
    return [action for action in Action if check(state, action, ctx).allowed]


def possible_actions(state: CaseState) -> list[Action]:
    """Actions that can start from ``state`` at all, guards aside (e.g. greyed-out buttons)."""
    return [action for action in Action if state in _SOURCES[action]]


class ClockEffect(StrEnum):
    NONE = "none"
    PAUSE = "pause"
    RESUME = "resume"


def clock_effect(source: CaseState, target: CaseState) -> ClockEffect:
    """What a transition does to the deadline clock: it stops only while waiting for the applicant."""
    if target.clock_paused and not source.clock_paused:
        return ClockEffect.PAUSE
    if source.clock_paused and not target.clock_paused:
        return ClockEffect.RESUME
    return ClockEffect.NONE


def describe(action: Action, source: CaseState, target: CaseState) -> str:
    """One line for the case timeline, e.g. ``Identity verified (Verifying → In progress)``."""
    if source is target:
        return f"{action.label} ({source.label})"
    return f"{action.label} ({source.label} → {target.label})"
