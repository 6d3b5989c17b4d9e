"""`inquiry-desk report` and `inquiry-desk export-register`: the anonymous statistics.

Both run as the SYSTEM actor without signing in: they read only the anonymous register
columns, so a scheduled job (cron, Task Scheduler) can produce the monthly report
unattended. Each run is in the audit log under the system actor.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inquiry_desk.domain.i18n import translate
from inquiry_desk.services.actors import SYSTEM

if TYPE_CHECKING:
    from inquiry_desk.cli.runner import Runner

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def month_arg(text: str) -> tuple[int, int]:
    """YYYY-MM → (year, month), or an argparse error the user can read."""
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month; write it as YYYY-MM, e.g. 2026-04")
    return int(match.group(1)), int(match.group(2))


def cmd_report(args: argparse.Namespace, run: Runner) -> int:
    year, month = args.month
    fmt, out = ("pdf", args.pdf) if args.pdf else ("csv", args.csv)
    report = run.app().reports.save_monthly_report(SYSTEM, year, month, Path(out), fmt)
    t = report.timeliness
    print(
        translate(
            "CommandLine",
            "Monthly report {month} written to {file}: {received} received, "
            "{answered} answered ({on_time} on time, {late} late), {purged} purged.",
        ).format(
            month=report.label,
            file=out,
            received=report.received,
            answered=t.answered,
            on_time=t.deadline_met,
            late=t.deadline_missed,
            purged=report.purged,
        )
    )
    return 0


def cmd_export_register(args: argparse.Namespace, run: Runner) -> int:
    count = run.app().reports.register_export_csv(SYSTEM, Path(args.out))
    print(
        translate("CommandLine", "Register exported without personal data to {file}: {count} cases.").format(
            file=args.out, count=count
        )
    )
    return 0


def register(sub: Any) -> None:
    """Add the subcommands to `build_parser`'s subparsers."""
    p = sub.add_parser("report", help="the monthly report (no personal data; runs unattended)")
    p.add_argument("--month", required=True, type=month_arg, metavar="YYYY-MM")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", metavar="OUT", help="write the report as an A4 PDF")
    out.add_argument("--csv", metavar="OUT", help="write the report as CSV (UTF-8 with BOM, for Excel)")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("export-register", help="the register without personal data, as CSV")
    p.add_argument("out", metavar="OUT.csv")
    p.set_defaults(handler=cmd_export_register)
