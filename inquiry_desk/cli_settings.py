"""`inquiry-desk settings`: installation-wide settings a manager may change."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inquiry_desk.cli import Runner


def cmd_settings(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services import security_settings

    app = run.app()
    if args.idle_minutes is not None:
        security_settings.set_idle_minutes(app.db, run.user(), args.idle_minutes)
    print(f"idle lock after: {security_settings.idle_minutes(app.db)} minutes")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("settings", help="show or change installation-wide settings (manager)")
    p.add_argument("--idle-minutes", type=int, help="lock an idle window after this many minutes")
    p.set_defaults(handler=cmd_settings)
