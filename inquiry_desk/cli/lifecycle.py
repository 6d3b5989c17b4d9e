"""Lifecycle subcommands: `act`, `actions`, `outcomes`, `ledger`, `assign`, `extend`.

The ones that change a case take ``--if-version N`` (the ``version`` of ``show REF --json``):
the change is refused, exit code 2, with who changed what, when the case moved on since.

Each needs a signed-in user (the services check the role), and a refusal by the
services reaches the user as a plain message (UserError), not a traceback.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from inquiry_desk.cli.runner import Runner, print_json
from inquiry_desk.domain import outcomes as per_type
from inquiry_desk.domain.approvals import ApprovalSubject
from inquiry_desk.domain.enums import ANSWER_OUTCOMES, Outcome, RequestType
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import label_of, translate, verb_of
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.refusals import RefusalCategory, right_to_complain_text

if TYPE_CHECKING:
    # Imported where used: `--help` builds every subcommand's parser and needs none of them.
    from inquiry_desk.services.lifecycle.actions import LifecycleStatus


def _print_status(status: LifecycleStatus) -> None:
    due = status.due.isoformat() if status.due else "-"
    left = (
        translate("CommandLine", ", {days} days left").format(days=status.days_left)
        if status.days_left is not None
        else ""
    )
    paused = translate("CommandLine", " (clock paused)") if status.clock_paused else ""
    print(
        translate("CommandLine", "{ref}  {state}  due {due}{left}{paused}").format(
            ref=status.ref, state=label_of(status.state), due=due, left=left, paused=paused
        )
    )


def cmd_act(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.lifecycle.actions import ActionInput

    lc = run.app().lifecycle
    actor = run.user()
    action = Action(args.action)
    complain = args.right_to_complain or ""
    if action is Action.REFUSE and args.default_complaint_text:
        status = lc.workflow.status(actor, args.ref)
        complain = right_to_complain_text(status.jurisdiction, status.language)
    inp = ActionInput(
        reasons=args.reason or "",
        right_to_complain=complain,
        comment=args.comment or "",
        subject=ApprovalSubject(args.subject),
        outcome=Outcome(args.outcome) if args.outcome else None,
        category=RefusalCategory(args.category) if args.category else None,
        type_outcomes=tuple(_type_outcome(text) for text in args.type_outcome or []),
    )
    _print_status(lc.workflow.act(actor, args.ref, action, inp, expected_version=args.if_version))
    return 0


def _type_outcome(text: str) -> per_type.TypeOutcome:
    """``access=granted``, ``erasure=refused:required_by_law``, ``disclosure=not_held``."""
    name, _, value = text.partition("=")
    result, _, ground = value.partition(":")
    try:
        return per_type.TypeOutcome(
            RequestType(name.strip()),
            per_type.TypeResult(result.strip()),
            RefusalCategory(ground.strip()) if ground.strip() else None,
        )
    except ValueError:
        raise UserError(
            translate(
                "CommandLine",
                "{text!r} is not TYPE=RESULT[:GROUND]; results: {results}; grounds: {grounds}.",
            ).format(
                text=text,
                results=", ".join(r.value for r in per_type.TypeResult),
                grounds=", ".join(c.value for c in RefusalCategory),
            )
        ) from None


def cmd_outcomes(args: argparse.Namespace, run: Runner) -> int:
    """Plan (or show) each request type's outcome of a case."""
    lc = run.app().lifecycle
    actor = run.user()
    if args.set:
        planned = lc.outcomes.set(
            actor, args.ref, [_type_outcome(t) for t in args.set], expected_version=args.if_version
        )
    else:
        planned = list(lc.workflow.status(actor, args.ref).type_outcomes)
    if args.json:
        print_json(
            [
                {
                    "request_type": o.request_type.value,
                    "result": o.result.value,
                    "ground": o.ground.value if o.ground else None,
                }
                for o in planned
            ]
        )
        return 0
    if not planned:
        print(translate("CommandLine", "No outcomes recorded."))
    for o in planned:
        print(o.text())
    return 0


def cmd_actions(args: argparse.Namespace, run: Runner) -> int:
    status = run.app().lifecycle.workflow.status(run.user(), args.ref)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "action": o.action.value,
                        "allowed": o.allowed,
                        "reason": o.reason,
                        "required": list(o.required),
                    }
                    for o in status.options
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    _print_status(status)
    for option in status.options:
        mark = "+" if option.allowed else "-"
        options = ", ".join("--" + n.replace("_", "-") for n in option.required)
        needs = (
            translate("CommandLine", "  [needs {options}]").format(options=options)
            if option.required and option.allowed
            else ""
        )
        why = (
            translate("CommandLine", "  ({reason})").format(reason=option.reason)
            if not option.allowed
            else ""
        )
        print(f"  {mark} {option.action.value:<24}{verb_of(option.action)}{needs}{why}")
    return 0


def cmd_ledger(args: argparse.Namespace, run: Runner) -> int:
    ledger = run.app().lifecycle.deadlines.ledger(run.user(), args.ref)
    if args.json:
        print_json(ledger.to_json())
        return 0
    print(
        translate("CommandLine", "Clock ledger of {ref} ({jurisdiction}), received {received}").format(
            ref=ledger.ref, jurisdiction=label_of(ledger.jurisdiction), received=ledger.received
        )
    )
    for row in ledger.rows:
        on, event, reason, due = row.as_texts()
        text = (
            translate("CommandLine", "{event}: {reason}").format(event=event, reason=reason)
            if reason
            else event
        )
        print(f"  {on}  {text}  " + translate("CommandLine", "-> due {due}").format(due=due))
    if ledger.extension_months_granted:
        print(
            translate("CommandLine", "Extended by {months} month(s); {left} more allowed.").format(
                months=ledger.extension_months_granted, left=ledger.extension_months_left
            )
        )
    if ledger.extension_deadline:
        print(
            translate("CommandLine", "An extension notice can be recorded until {day}.").format(
                day=ledger.extension_deadline
            )
        )
    return 0


def cmd_assign(args: argparse.Namespace, run: Runner) -> int:
    workflow = run.app().lifecycle.workflow
    actor = run.user()
    target = None if args.user == "-" else workflow.user_id(args.user)
    workflow.assign(actor, args.ref, target, expected_version=args.if_version)
    ref = args.ref.upper()
    if target:
        print(translate("CommandLine", "{ref} assigned to {user}").format(ref=ref, user=args.user))
    else:
        print(translate("CommandLine", "{ref} unassigned").format(ref=ref))
    return 0


def cmd_extend(args: argparse.Namespace, run: Runner) -> int:
    due = run.app().lifecycle.deadlines.extend(
        run.user(), args.ref, args.months, args.reason, expected_version=args.if_version
    )
    print(
        translate("CommandLine", "{ref} extended by {months} month(s); now due {due}").format(
            ref=args.ref.upper(), months=args.months, due=due
        )
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the lifecycle subcommands to the `inquiry-desk` parser."""
    p = sub.add_parser("act", help="perform a lifecycle action on a case (needs a user)")
    p.add_argument("ref")
    p.add_argument("--if-version", type=int, metavar="N", help="refuse if the case is no longer at version N")
    p.add_argument("action", choices=[a.value for a in Action if a is not Action.PURGE])
    p.add_argument("--reason", help="refusal reasons, or what was asked of the applicant")
    p.add_argument("--right-to-complain", help="the right-to-complain text of a refusal")
    p.add_argument(
        "--default-complaint-text",
        action="store_true",
        help="use the standard right-to-complain text for the case's jurisdiction",
    )
    p.add_argument("--comment", help="send-back comment, withdrawal note, reason to reopen")
    p.add_argument(
        "--subject",
        choices=[s.value for s in ApprovalSubject],
        default="response",
        help="what is submitted for approval (default: response)",
    )
    p.add_argument(
        "--outcome", choices=[o.value for o in ANSWER_OUTCOMES], help="one outcome for every request type"
    )
    p.add_argument(
        "--type-outcome",
        action="append",
        metavar="TYPE=RESULT[:GROUND]",
        help="a request type's own outcome, e.g. erasure=refused:required_by_law (repeatable)",
    )
    p.add_argument(
        "--category",
        choices=[c.value for c in RefusalCategory],
        help="the legal ground of a refusal (counted in the monthly report)",
    )
    p.set_defaults(handler=cmd_act)

    p = sub.add_parser("actions", help="what can be done with a case now, and why not (needs a user)")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_actions)

    p = sub.add_parser("outcomes", help="plan or show each request type's outcome (needs a user)")
    p.add_argument("ref")
    p.add_argument(
        "set",
        nargs="*",
        metavar="TYPE=RESULT[:GROUND]",
        help="e.g. disclosure=granted deletion=refused:required_by_law; types not named are granted",
    )
    p.add_argument(
        "--if-version",
        type=int,
        metavar="N",
        help="refuse to plan if the case is no longer at version N",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_outcomes)

    p = sub.add_parser("ledger", help="a case's clock ledger for an auditor (needs a user)")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_ledger)

    p = sub.add_parser("assign", help="assign a case to a staff member ('-' to unassign)")
    p.add_argument("ref")
    p.add_argument("user", help="user name")
    p.add_argument("--if-version", type=int, metavar="N", help="refuse if the case is no longer at version N")
    p.set_defaults(handler=cmd_assign)

    p = sub.add_parser("extend", help="record a GDPR extension notice (within the first month)")
    p.add_argument("ref")
    p.add_argument("months", type=int, choices=[1, 2])
    p.add_argument("reason")
    p.add_argument("--if-version", type=int, metavar="N", help="refuse if the case is no longer at version N")
    p.set_defaults(handler=cmd_extend)
