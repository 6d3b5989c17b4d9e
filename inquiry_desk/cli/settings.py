"""`inquiry-desk settings`: installation-wide settings a manager may change.

Without options it prints the current settings. The ``--*-file`` options load JSON files
(the format the settings window exports); every file is read and checked before anything
is saved or a password asked, so one bad file changes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inquiry_desk.cli.runner import Runner
    from inquiry_desk.domain.deadline_settings import DeadlineRules
    from inquiry_desk.domain.fees import FeeRules
    from inquiry_desk.services.settings.lifecycle import ApprovalRules

UNIT_WORDS = {
    "months": ("month", "months"),
    "calendar_days": ("calendar day", "calendar days"),
    "business_days": ("business day", "business days"),
}


def _describe_deadlines(rules: DeadlineRules) -> list[str]:
    from inquiry_desk.domain.enums import Jurisdiction

    lines = []
    for juris in Jurisdiction:
        rule = rules.rule_for(juris)
        one, many = UNIT_WORDS[rule.unit.value]
        text = f"  {juris.label}: {rule.length} {one if rule.length == 1 else many}"
        if rule.max_extension_months:
            months = rule.max_extension_months
            text += f", extendable by up to {months} month{'s' if months != 1 else ''}"
        if rule.roll_forward:
            text += ", moved to the next business day"
        lines.append(text)
    closure = rules.year_end_closure
    lines.append(
        "  year-end closure: "
        + (
            "none"
            if closure is None
            else f"{closure[0][0]:02d}-{closure[0][1]:02d} to {closure[1][0]:02d}-{closure[1][1]:02d}"
        )
    )
    days = sorted(rules.extra_closed_days)
    lines.append("  extra closed days: " + (", ".join(d.isoformat() for d in days) or "none"))
    lines.append(f"  due soon from {rules.due_soon_days} days before the due date")
    return lines


def _describe_approval(rules: ApprovalRules) -> list[str]:
    from inquiry_desk.domain.enums import RequestType

    # In the enum's order (APPI first), which is how the settings window lists them.
    types = [t.label for t in RequestType if t in rules.response_types]
    return [
        f"  responses to: {', '.join(types) or 'none'}",
        f"  refusals: {'yes' if rules.refusals else 'no'}",
    ]


def _describe_fees(rules: FeeRules) -> list[str]:
    return [
        f"  APPI fee: {rules.appi_fee_jpy:,} JPY",
        f"  GDPR fee for excessive requests: {rules.gdpr_excessive_fee_jpy:,} JPY",
        f"  other jurisdictions: {rules.other_fee_jpy:,} JPY",
        f"  postal money order valid for {rules.money_order_validity_months} months",
    ]


def cmd_settings(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.lifecycle import rules as rules_service

    # Read and check every file first: a mistake in the last one must not leave the first saved.
    deadlines = rules_service.load_deadline_file(Path(args.deadlines_file)) if args.deadlines_file else None
    approval = rules_service.load_approval_file(Path(args.approval_file)) if args.approval_file else None
    fees = rules_service.load_fee_file(Path(args.fees_file)) if args.fees_file else None
    if fees is not None:
        rules_service.check_fee_rules(fees)

    rules = run.app().lifecycle.rules
    changes = (deadlines, approval, fees, args.idle_minutes)
    if any(change is not None for change in changes):
        actor = run.user()
        if deadlines is not None:
            changed = rules.set_deadline_rules(actor, deadlines)
            print(
                f"Deadline settings saved from {args.deadlines_file}; "
                f"due dates changed for {changed} open case{'s' if changed != 1 else ''}."
            )
        if approval is not None:
            rules.set_approval_rules(actor, approval)
            print(f"Approval settings saved from {args.approval_file}.")
        if fees is not None:
            rules.set_fee_rules(actor, fees)
            print(f"Fee settings saved from {args.fees_file}.")
        if args.idle_minutes is not None:
            rules.set_idle_minutes(actor, args.idle_minutes)
    if args.export_deadlines:
        # The settings themselves are not personal data: exporting them needs no sign-in.
        target = Path(args.export_deadlines)
        rules_service.write_settings_file(target, rules.deadline_rules().to_json())
        print(f"Deadline settings written to {target}.")

    print("deadlines:")
    print("\n".join(_describe_deadlines(rules.deadline_rules())))
    print("manager approval needed for:")
    print("\n".join(_describe_approval(rules.approval_rules())))
    print("fees:")
    print("\n".join(_describe_fees(rules.fee_rules())))
    print(f"idle lock after: {rules.idle_minutes()} minutes")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "settings",
        help="show or change installation-wide settings (manager)",
        description="Show the lifecycle settings, or change them from JSON files "
        "(the format `--export-deadlines` and the settings window write).",
    )
    p.add_argument("--idle-minutes", type=int, help="lock an idle window after this many minutes")
    p.add_argument(
        "--deadlines-file",
        metavar="PATH",
        help="load deadline settings (JSON); open cases' due dates are recomputed",
    )
    p.add_argument("--export-deadlines", metavar="PATH", help="write the current deadline settings (JSON)")
    p.add_argument(
        "--approval-file",
        metavar="PATH",
        help='load approval settings (JSON: {"response_types": [...], "refusals": true})',
    )
    p.add_argument("--fees-file", metavar="PATH", help="load fee settings (JSON)")
    p.set_defaults(handler=cmd_settings)
