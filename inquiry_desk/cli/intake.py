"""Intake subcommands: `import`, `watch-folder` and `mailbox poll|configure`.

Registered on the main parser by `register(sub)`; handlers follow cli.py's shape
((args, run) -> exit code). Output carries what staff need to find the new cases:
status, reference, warnings and the refusal reason per file.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate

if TYPE_CHECKING:
    from inquiry_desk.cli.runner import Runner
    from inquiry_desk.services.intake.importer import ImportResult


def _print_results(results: list[ImportResult], as_json: bool) -> None:
    if as_json:
        for result in results:
            # One object per line: a script can read them as they come.
            print(
                json.dumps(
                    {k: v for k, v in result.to_json().items() if k != "file"} | {"file": result.file},
                    ensure_ascii=False,
                )
            )
        return
    for result in results:
        line = f"{result.status.value:<9} {result.ref or '-':<13} {result.file}"
        if result.reason:
            line += translate("CommandLine", "  ({reason})").format(reason=result.reason)
        print(line)
        for warning in result.warnings:
            print("          " + translate("CommandLine", "warning: {warning}").format(warning=warning))


def _exit_code(results: list[ImportResult]) -> int:
    # 1 when some file was refused, so a script notices; 0 otherwise (duplicates are fine).
    return 1 if any(r.status.value == "refused" for r in results) else 0


def cmd_import(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.intake.importer import ImportService

    app = run.app()
    actor = run.user()
    service = ImportService(app)
    results: list[ImportResult] = []
    for path in args.paths:
        results.extend(service.import_path(actor, Path(path)))
    _print_results(results, args.json)
    return _exit_code(results)


def cmd_watch_folder(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.domain.errors import UserError
    from inquiry_desk.services.intake.watch_folder import get_watch_folder, scan_once, set_watch_folder

    app = run.app()
    actor = run.user()
    if args.set is not None:
        set_watch_folder(app, actor, Path(args.set) if args.set else None)
        print(
            translate("CommandLine", "Watched folder: {folder}").format(
                folder=get_watch_folder(app) or translate("CommandLine", "(none)")
            )
        )
        if not args.once:
            return 0
    folder = get_watch_folder(app)
    if folder is None:
        raise UserError(
            translate("CommandLine", "No watched folder is set: use `inquiry-desk watch-folder --set DIR`.")
        )
    while True:
        results = scan_once(app, actor, folder)
        _print_results(results, args.json)
        if args.once:
            return _exit_code(results)
        time.sleep(args.interval)


def _mailbox_password() -> str:
    """From INQUIRY_DESK_IMAP_PASSWORD or a prompt; it goes to the OS keyring only."""
    import getpass
    import os
    import sys

    value = os.environ.get("INQUIRY_DESK_IMAP_PASSWORD")
    if value:
        return value
    if not (sys.stdin and sys.stdin.isatty()):
        raise UserError(
            translate(
                "CommandLine",
                "Set INQUIRY_DESK_IMAP_PASSWORD or run the command in a terminal to be "
                "asked for the mailbox password.",
            )
        )
    return getpass.getpass(translate("CommandLine", "Mailbox password: "))


def _configure_mailbox(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.intake.imap_client import ImapConfig
    from inquiry_desk.services.intake.mailbox import MailboxService, store_password

    if not args.host or not args.username:
        raise UserError(translate("CommandLine", "mailbox configure needs --host and --username."))
    config = ImapConfig(
        host=args.host,
        port=args.port,
        username=args.username,
        folder=args.folder,
        after=args.after,
        move_to=args.move_to,
        flag=args.flag,
    )
    MailboxService(run.app()).configure(run.user(), config)
    store_password(args.username, _mailbox_password())
    print(
        translate(
            "CommandLine",
            "Mailbox {mailbox} configured; the password is in this computer's keyring.",
        ).format(mailbox=f"{args.username}@{args.host}:{args.port}/{args.folder}")
    )
    return 0


def cmd_mailbox(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.intake.mailbox import MailboxService

    if args.action == "configure":
        return _configure_mailbox(args, run)
    app = run.app()
    actor = run.user()
    results = MailboxService(app).poll(actor)
    _print_results(results, args.json)
    if not args.json:
        print(translate("CommandLine", "{count} messages fetched").format(count=len(results)))
    return _exit_code(results)


def register(sub: Any) -> None:
    """Add the intake subcommands to `sub` (the main parser's subparsers)."""
    p = sub.add_parser("import", help="import emails, faxes and scans (files or folders; needs a user)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="one JSON object per file")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("watch-folder", help="import new files from the watched folder")
    p.add_argument("--once", action="store_true", help="scan once and exit")
    p.add_argument("--set", metavar="DIR", help="set the watched folder ('' to unset; manager)")
    p.add_argument("--interval", type=float, default=10.0, help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_watch_folder)

    p = sub.add_parser("mailbox", help="the department's IMAP mailbox")
    p.add_argument("action", choices=["poll", "configure"])
    p.add_argument("--json", action="store_true")
    p.add_argument("--host", help="IMAP server (TLS), with configure")
    p.add_argument("--port", type=int, default=993)
    p.add_argument("--username")
    p.add_argument("--folder", default="INBOX")
    p.add_argument(
        "--after", choices=["move", "flag"], default="move", help="after import, move the message or flag it"
    )
    p.add_argument("--move-to", default="Imported")
    p.add_argument("--flag", default="$Imported")
    p.set_defaults(handler=cmd_mailbox)
