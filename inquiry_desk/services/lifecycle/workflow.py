"""Moving a case through its lifecycle: the one place where ``Case.state`` changes.

Each action builds the domain's :class:`GuardContext` from the database, asks
:func:`lifecycle.check`, and either refuses with the domain's reason
(:class:`ActionRefused`) or, in one unit of work: changes the state, writes the
timeline event (non-personal summary; what staff typed sealed in the payload),
pauses or resumes the deadline clock, recomputes the due date, records the
outcome when the case is finished, and audits it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inquiry_desk.domain import deadlines
from inquiry_desk.domain import outcomes as per_type
from inquiry_desk.domain.approvals import ApprovalDecision, ApprovalSubject
from inquiry_desk.domain.deadlines import ClockEntry
from inquiry_desk.domain.enums import CaseKind, CaseState, Jurisdiction, Language, Outcome, RequestType, Role
from inquiry_desk.domain.errors import NotFound, ValidationFailed
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.lifecycle import (
    Action,
    ClockEffect,
    check,
    clock_effect,
    describe,
    possible_actions,
)
from inquiry_desk.domain.refusals import RefusalCategory
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor, Permission
from inquiry_desk.services.cases.events import add_event
from inquiry_desk.services.cases.facts import (
    add_clock_entry,
    load_case,
    now,
    refresh_due,
    seal_text,
    verification_record,
)
from inquiry_desk.services.cases.views import decode_types
from inquiry_desk.services.keys import KeyService
from inquiry_desk.services.lifecycle.actions import (
    ACTION_FIELDS,
    ActionInput,
    ActionOption,
    ActionRefused,
    LifecycleStatus,
    planned_outcomes,
    refused_outcomes,
)
from inquiry_desk.services.lifecycle.guards import approvals_of, guard_context, subject_for, usable_approval
from inquiry_desk.services.lifecycle.outcomes import EveryTypeRefused, record_answer
from inquiry_desk.services.settings.lifecycle import deadline_rules
from inquiry_desk.store.crypto import CaseCipher
from inquiry_desk.store.engine import Database
from inquiry_desk.store.lifecycle_models import Approval, VerificationRecord
from inquiry_desk.store.models import Case, User

APPROVAL_PURPOSE = "approval"


class WorkflowService:
    def __init__(
        self,
        db: Database,
        keys: KeyService,
        today: Callable[[], date] = date.today,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.db = db
        self.keys = keys
        self.today = today
        self._on_change = on_change

    # --- reading -------------------------------------------------------------------------
    def status(self, actor: Actor, ref: str) -> LifecycleStatus:
        actor.require(Permission.TRANSITION)
        with self.db.read() as session:
            case = load_case(session, ref)
            return self._status(session, case, actor)

    def available_actions(self, actor: Actor, ref: str) -> list[Action]:
        return self.status(actor, ref).allowed

    def _status(self, session: Session, case: Case, actor: Actor) -> LifecycleStatus:
        today = self.today()
        state = CaseState(case.state)
        options: list[ActionOption] = []
        cipher = self.keys.cipher(session, case) if state is not CaseState.PURGED else None
        for action in possible_actions(state):
            if action is Action.PURGE:
                continue  # the purge service runs it, with its own checks and erasure
            if action in (Action.APPROVE, Action.SEND_BACK) and not actor.can(Permission.APPROVE):
                continue
            required, optional = ACTION_FIELDS.get(action, ((), ()))
            # Typed texts are asked for by the dialog; assume them present to offer the button.
            filled = ActionInput(
                reasons="-", right_to_complain="-", comment="-", category=RefusalCategory.OTHER
            )
            assert cipher is not None
            decision = check(
                state, action, guard_context(session, case, cipher, actor, action, filled, today)
            )
            options.append(ActionOption(action, decision.allowed, decision.reason, required, optional))
        pending = next(
            (
                ApprovalSubject(a.subject)
                for a in reversed(approvals_of(session, case))
                if a.decision == ApprovalDecision.PENDING.value
            ),
            None,
        )
        assignee = session.get(User, case.assignee_id) if case.assignee_id else None
        due = case.due
        running = state.is_open and not state.clock_paused
        return LifecycleStatus(
            ref=case.ref,
            kind=CaseKind(case.kind),
            state=state,
            received=case.received,
            due=due,
            days_left=deadlines.days_left(due, today) if (due and state.is_open) else None,
            urgency=deadlines.urgency(due, today, deadline_rules(session)) if (due and running) else None,
            clock_paused=state.clock_paused,
            assignee_id=case.assignee_id,
            assignee=assignee.display_name if assignee else None,
            outcome=case.outcome,
            refusal_category=case.refusal_category,
            type_outcomes=tuple(planned_outcomes(case)),
            request_types=tuple(sorted(decode_types(case.request_types), key=list(RequestType).index)),
            deadline_met=case.deadline_met,
            closed_at=case.closed_at,
            legal_hold=case.legal_hold,
            pending_approval=pending,
            jurisdiction=Jurisdiction(case.jurisdiction),
            language=Language(case.language),
            options=tuple(options),
            version=case.version,
        )

    def letter_may_go_out(self, session: Session, case: Case, actor: Actor) -> bool:
        """Whether the response letter of ``case`` may be sent now by ``actor``, or only printed
        as a draft: the same guards as sending it (identity verified, the manager's approval
        where the rules need it), or an answer already given."""
        state = CaseState(case.state)
        if state in (CaseState.RESPONDED, CaseState.REFUSED, CaseState.WITHDRAWN, CaseState.CLOSED):
            return True
        if state is not CaseState.IN_PROGRESS:
            return False
        types = decode_types(case.request_types)
        planned = per_type.fit(types, per_type.decode(case.type_outcomes)) if case.type_outcomes else []
        every_refused = bool(planned) and all(o.result is per_type.TypeResult.REFUSED for o in planned)
        action = Action.REFUSE if every_refused else Action.RESPOND
        filled = ActionInput(reasons="-", right_to_complain="-", category=RefusalCategory.OTHER)
        cipher = self.keys.cipher(session, case)
        ctx = guard_context(session, case, cipher, actor, action, filled, self.today())
        return check(state, action, ctx).allowed

    # --- acting --------------------------------------------------------------------------
    def act(
        self,
        actor: Actor,
        ref: str,
        action: Action,
        inp: ActionInput | None = None,
        *,
        expected_version: int | None = None,
    ) -> LifecycleStatus:
        """Perform ``action``; raises ActionRefused with the reason when the lifecycle says no."""
        inp = inp or ActionInput()
        actor.require(Permission.TRANSITION)
        if action in (Action.APPROVE, Action.SEND_BACK):
            actor.require(Permission.APPROVE)
        if action is Action.PURGE:
            raise ActionRefused(
                translate("Lifecycle", "Purging erases the case's personal data; use the purge command.")
            )
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            self.perform(session, case, actor, action, inp)
            session.flush()  # the version bump (store/versioning.py), so the status shows it
            status = self._status(session, case, actor)
        if self._on_change:
            self._on_change()
        return status

    def perform(self, session: Session, case: Case, actor: Actor, action: Action, inp: ActionInput) -> None:
        """The action inside the caller's unit of work (the postal service records returned mail so)."""
        today = self.today()
        on = inp.on or today
        if on > today or on < case.received:
            raise ValidationFailed(
                {
                    "on": translate(
                        "Lifecycle", "The date must be between the receipt ({received:%Y-%m-%d}) and today."
                    ).format(received=case.received)
                }
            )
        cipher = self.keys.cipher(session, case)
        source = CaseState(case.state)
        decision = check(source, action, guard_context(session, case, cipher, actor, action, inp, today))
        if not decision.allowed or decision.target is None:
            raise ActionRefused(decision.reason)
        target = decision.target
        stamp = now()
        effect = clock_effect(source, target)
        if effect is ClockEffect.PAUSE:
            add_clock_entry(
                session, case, cipher, actor, ClockEntry.pause(on, inp.reasons.strip() or action.label)
            )
        elif effect is ClockEffect.RESUME:
            add_clock_entry(session, case, cipher, actor, ClockEntry.resume(on, action.label))
        self._record_approval(session, case, cipher, actor, action, inp, stamp)
        self._record_verification(session, case, actor, action, stamp)
        case.state = target.value
        case.updated_at = stamp
        due = refresh_due(session, case, today)
        if action is Action.RESPOND:
            try:
                record_answer(case, inp.outcome, inp.type_outcomes)
            except EveryTypeRefused as exc:
                raise ActionRefused(exc.message) from None
            case.deadline_met = on <= due
        elif action is Action.REFUSE:
            case.outcome, case.deadline_met = Outcome.REFUSED.value, on <= due
            assert inp.category is not None  # the guard requires it
            case.refusal_category = inp.category.value
            case.type_outcomes = per_type.encode(refused_outcomes(case, inp.category))
        elif action is Action.WITHDRAW:
            case.outcome, case.deadline_met = Outcome.WITHDRAWN.value, None
            case.type_outcomes = None  # nothing was answered
        elif action is Action.CLOSE:
            case.closed_at = stamp
        elif action is Action.REOPEN:
            case.closed_at, case.outcome, case.deadline_met = None, None, None
            case.refusal_category = None
        typed = {"reasons": inp.reasons, "right_to_complain": inp.right_to_complain, "comment": inp.comment}
        detail = json.dumps({k: v for k, v in typed.items() if v.strip()}, ensure_ascii=False)
        add_event(
            session,
            case,
            actor,
            action.value,
            describe(action, source, target),
            cipher,
            detail if detail != "{}" else "",
            at=stamp,
        )
        details: dict[str, object] = {"from": source.value, "to": target.value}
        if effect is not ClockEffect.NONE:
            details["clock"] = effect.value
        if case.outcome and action in (Action.RESPOND, Action.REFUSE, Action.WITHDRAW):
            details["outcome"] = case.outcome
            if case.type_outcomes:
                details["type_outcomes"] = case.type_outcomes  # types, results, grounds: no values
        if action is Action.REFUSE and case.refusal_category:
            details["category"] = case.refusal_category  # a legal ground, not the reasons
        audit.record(session, actor, f"case.{action.value}", case.ref, details, at=stamp)

    @staticmethod
    def _record_approval(
        session: Session,
        case: Case,
        cipher: CaseCipher,
        actor: Actor,
        action: Action,
        inp: ActionInput,
        stamp: datetime,
    ) -> None:
        approvals = approvals_of(session, case)
        pending = next((a for a in reversed(approvals) if a.decision == ApprovalDecision.PENDING.value), None)
        if action is Action.SUBMIT_FOR_APPROVAL:
            session.add(
                Approval(
                    case_id=case.id,
                    subject=inp.subject.value,
                    decision=ApprovalDecision.PENDING.value,
                    requested_by=actor.username,
                    requested_at=stamp,
                    comment=seal_text(cipher, inp.comment, APPROVAL_PURPOSE),
                )
            )
        elif action in (Action.APPROVE, Action.SEND_BACK) and pending is not None:
            pending.decision = (
                ApprovalDecision.APPROVED if action is Action.APPROVE else ApprovalDecision.SENT_BACK
            ).value
            pending.decided_by, pending.decided_at = actor.username, stamp
            if inp.comment.strip():
                pending.comment = seal_text(cipher, inp.comment, APPROVAL_PURPOSE)
        else:
            subject = subject_for(action)
            usable = usable_approval(approvals, subject) if subject else None
            if usable is not None:
                usable.used_at = stamp  # one approval covers one letter

    @staticmethod
    def _record_verification(
        session: Session, case: Case, actor: Actor, action: Action, stamp: datetime
    ) -> None:
        if action not in (Action.VERIFY, Action.VERIFICATION_FAILED):
            return
        record = verification_record(session, case)
        if record is None:
            record = VerificationRecord(case_id=case.id, updated_by=actor.username, updated_at=stamp)
            session.add(record)
        record.result = "verified" if action is Action.VERIFY else "failed"
        record.decided_by, record.decided_at = actor.username, stamp

    # --- assignment ----------------------------------------------------------------------
    def assign(
        self, actor: Actor, ref: str, user_id: int | None, *, expected_version: int | None = None
    ) -> int:
        """Give the case to a member of staff (None: unassigned); returns the case's new version."""
        actor.require(Permission.EDIT_CASE)
        with self.db.write() as session:
            case = load_case(session, ref, expected_version)
            user = session.get(User, user_id) if user_id is not None else None
            if user_id is not None and (
                user is None or not user.active or user.role not in (Role.STAFF.value, Role.MANAGER.value)
            ):
                raise ValidationFailed(
                    {"assignee": translate("Lifecycle", "Cases go to active staff or managers only.")}
                )
            case.assignee_id = user_id
            case.updated_at = now()
            # Staff user names are not applicants' personal data; the summary may name them.
            summary = f"Assigned to {user.username}" if user else "Unassigned"
            add_event(session, case, actor, "assign", summary)
            audit.record(session, actor, "case.assign", case.ref, {"assignee_id": user_id})
            session.flush()  # the version bump (store/versioning.py)
            version = case.version
        if self._on_change:
            self._on_change()
        return version

    def user_id(self, username: str) -> int:
        """The id of an active staff member or manager, for assigning by user name (CLI)."""
        found = self._assignable(username)
        if found:
            return found[0][0]
        raise NotFound(
            translate("Lifecycle", "There is no active staff member or manager {username!r}.").format(
                username=username
            )
        )

    def _assignable(self, username: str | None = None) -> list[tuple[int, str]]:
        with self.db.read() as session:
            stmt = select(User).where(
                User.active.is_(True), User.role.in_((Role.STAFF.value, Role.MANAGER.value))
            )
            if username is not None:
                stmt = stmt.where(User.username == username)
            return [(u.id, u.display_name) for u in session.scalars(stmt.order_by(User.display_name))]

    def assignees(self) -> list[tuple[int, str]]:
        """(id, display name) of everyone a case can be assigned to."""
        return self._assignable()
