"""`inquiry-desk settings`: installation-wide settings a manager may change.

Without options it prints the current settings. The ``--*-file`` options load JSON files
(the format the settings window exports); every file is read and checked before anything
is saved or a password asked, so one bad file changes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from inquiry_desk.domain.i18n import label_of, translate

if TYPE_CHECKING:
    from inquiry_desk.cli.runner import Runner
    from inquiry_desk.domain.deadline_settings import DeadlineRules
    from inquiry_desk.domain.fees import FeeRules
    from inquiry_desk.services.settings.lifecycle import ApprovalRules


def _describe_deadlines(rules: DeadlineRules) -> list[str]:
    from inquiry_desk.domain.deadlines import describe_period
    from inquiry_desk.domain.enums import Jurisdiction

    none = translate("CommandLine", "none")
    lines = []
    for juris in Jurisdiction:
        rule = rules.rule_for(juris)
        text = "  " + translate("CommandLine", "{jurisdiction}: {period}").format(
            jurisdiction=label_of(juris), period=describe_period(rule)
        )
        if rule.max_extension_months:
            months = rule.max_extension_months
            text += translate("CommandLine", ", extendable by up to %n month(s)", None, months)
        if rule.roll_forward:
            text += translate("CommandLine", ", moved to the next business day")
        lines.append(text)
    closure = rules.year_end_closure
    closure_text = (
        none
        if closure is None
        else translate("CommandLine", "{start} to {end}").format(
            start=f"{closure[0][0]:02d}-{closure[0][1]:02d}", end=f"{closure[1][0]:02d}-{closure[1][1]:02d}"
        )
    )
    lines.append("  " + translate("CommandLine", "year-end closure: {closure}").format(closure=closure_text))
    days = ", ".join(d.isoformat() for d in sorted(rules.extra_closed_days)) or none
    lines.append("  " + translate("CommandLine", "extra closed days: {days}").format(days=days))
    lines.append(
        "  "
        + translate("CommandLine", "due soon from {days} days before the due date").format(
            days=rules.due_soon_days
        )
    )
    return lines


def _describe_approval(rules: ApprovalRules) -> list[str]:
    from inquiry_desk.domain.enums import RequestType

    # In the enum's order (APPI first), which is how the settings window lists them.
    types = [label_of(t) for t in RequestType if t in rules.response_types]
    listed = translate("CommandLine", ", ").join(types) or translate("CommandLine", "none")
    refusals = translate("CommandLine", "yes") if rules.refusals else translate("CommandLine", "no")
    return [
        "  " + translate("CommandLine", "responses to: {types}").format(types=listed),
        "  " + translate("CommandLine", "refusals: {refusals}").format(refusals=refusals),
    ]


def _describe_fees(rules: FeeRules) -> list[str]:
    return [
        "  " + translate("CommandLine", "APPI fee: {amount:,} JPY").format(amount=rules.appi_fee_jpy),
        "  "
        + translate("CommandLine", "GDPR fee for excessive requests: {amount:,} JPY").format(
            amount=rules.gdpr_excessive_fee_jpy
        ),
        "  "
        + translate("CommandLine", "other jurisdictions: {amount:,} JPY").format(amount=rules.other_fee_jpy),
        "  "
        + translate("CommandLine", "postal money order valid for {months} months").format(
            months=rules.money_order_validity_months
        ),
    ]


def cmd_settings(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.lifecycle import rules as rules_service

    # Read and check every file first: a mistake in the last one must not leave the first saved.
    deadlines = rules_service.load_deadline_file(Path(args.deadlines_file)) if args.deadlines_file else None
    approval = rules_service.load_approval_file(Path(args.approval_file)) if args.approval_file else None
    fees = rules_service.load_fee_file(Path(args.fees_file)) if args.fees_file else None
    if fees is not None:
        rules_service.check_fee_rules(fees)
    register_text = _register_file(args.register_file) if args.register_file else None

    rules = run.app().lifecycle.rules
    if register_text is not None:
        run.app().processing_register.check(register_text)  # refused before anything is saved
    changes = (deadlines, approval, fees, args.idle_minutes, register_text)
    if any(change is not None for change in changes):
        actor = run.user()
        if deadlines is not None:
            changed = rules.set_deadline_rules(actor, deadlines)
            print(
                translate(
                    "CommandLine",
                    "Deadline settings saved from {file}; due dates changed for %n open case(s).",
                    None,
                    changed,
                ).format(file=args.deadlines_file)
            )
        if approval is not None:
            rules.set_approval_rules(actor, approval)
            print(
                translate("CommandLine", "Approval settings saved from {file}.").format(
                    file=args.approval_file
                )
            )
        if fees is not None:
            rules.set_fee_rules(actor, fees)
            print(translate("CommandLine", "Fee settings saved from {file}.").format(file=args.fees_file))
        if args.idle_minutes is not None:
            rules.set_idle_minutes(actor, args.idle_minutes)
        if register_text is not None:
            saved = run.app().processing_register.save(actor, register_text)
            print(
                translate(
                    "CommandLine",
                    "Register of processing saved from {file}: {purposes} purposes, {recipients} recipients.",
                ).format(
                    file=args.register_file, purposes=len(saved.purposes), recipients=len(saved.recipients)
                )
            )
    if args.export_deadlines:
        # The settings themselves are not personal data: exporting them needs no sign-in.
        target = Path(args.export_deadlines)
        rules_service.write_settings_file(target, rules.deadline_rules().to_json())
        print(translate("CommandLine", "Deadline settings written to {file}.").format(file=target))

    print(translate("CommandLine", "deadlines:"))
    print("\n".join(_describe_deadlines(rules.deadline_rules())))
    print(translate("CommandLine", "manager approval needed for:"))
    print("\n".join(_describe_approval(rules.approval_rules())))
    print(translate("CommandLine", "fees:"))
    print("\n".join(_describe_fees(rules.fee_rules())))
    print(translate("CommandLine", "idle lock after: {minutes} minutes").format(minutes=rules.idle_minutes()))
    print(
        translate("CommandLine", "register of processing: {file}").format(
            file=run.app().processing_register.location()
        )
    )
    return 0


def _register_file(name: str) -> str:
    from inquiry_desk.domain.errors import UserError

    try:
        return Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            translate("CommandLine", "Cannot read {file}: {error}").format(file=name, error=exc)
        ) from None


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
    p.add_argument(
        "--register-file",
        metavar="PATH",
        help="check and save the register of processing (TOML, as forms/processing-register.toml)",
    )
    p.set_defaults(handler=cmd_settings)
