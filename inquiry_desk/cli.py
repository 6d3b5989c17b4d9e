"""The `inquiry-desk` command: the GUI by default, plus subcommands for staff and admins.

Every subcommand prints a clear message and exits non-zero on a problem the user can
act on (UserError); only bugs produce a traceback, and those go to the log file.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from inquiry_desk import __version__
from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.errors import UserError
from inquiry_desk.services import paths
from inquiry_desk.services.actors import SYSTEM, Actor, Permission

if TYPE_CHECKING:
    # Imported where used: opening the window must not wait for SQLAlchemy before the
    # sign-in dialog is on screen (run_gui loads the services behind it).
    from inquiry_desk.services.app import App
    from inquiry_desk.store.masterkey import MasterKeyStore

log = logging.getLogger("inquiry_desk")

Handler = Callable[[argparse.Namespace, "Runner"], int]


class Runner:
    """Holds what subcommands share: the parsed options and, lazily, the open App."""

    def __init__(self, args: argparse.Namespace, key_store: MasterKeyStore | None) -> None:
        self.args = args
        self.key_store = key_store
        self._app: App | None = None

    @property
    def data_dir(self) -> Path:
        return paths.data_dir(self.args.data_dir)

    def app(self) -> App:
        if self._app is None:
            from inquiry_desk.services.app import App

            self._app = App.open(self.data_dir, self.args.db, self.key_store)
        return self._app

    def user(self) -> Actor:
        from inquiry_desk.cli_auth import sign_in

        return sign_in(self.app())

    def close(self) -> None:
        if self._app is not None:
            self._app.close()


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def cmd_demo(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.demo import DEMO_PASSWORD, DEMO_USERS, fill_demo

    app = run.app()
    refs = fill_demo(app, cases=args.cases, purged=args.purged, seed=args.seed)
    print(f"Demo database in {run.data_dir}: {len(refs)} cases and {args.purged} purged rows.")
    print("Sign in with one of these demo accounts (password: " + DEMO_PASSWORD + "):")
    for username, name, role in DEMO_USERS:
        print(f"  {username:<8} {role.value:<8} {name}")
    return 0


def cmd_cases(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.register import RegisterFilter

    app = run.app()
    actor: Actor = SYSTEM
    if args.search:
        # Searching matches applicants' names: it reveals personal data, so it needs a user.
        actor = run.user()
        actor.require(Permission.VIEW_PERSONAL)
    states = frozenset({CaseState(s) for s in args.state}) if args.state else frozenset()
    flt = RegisterFilter(search=args.search or "", states=states)
    rows = []
    offset = 0
    while True:
        page = app.register.page(flt, sort="ref", descending=False, offset=offset, limit=2000)
        rows.extend(page)
        offset += len(page)
        if len(page) < 2000:
            break
    app.audit_event(actor, "register.list", None, {"rows": len(rows), "search": bool(args.search)})
    if args.json:
        _print_json([row.to_json() for row in rows])
    else:
        for row in rows:
            types = ",".join(t.value for t in row.request_types) or "-"
            due = row.due.isoformat() if row.due else "-"
            print(f"{row.ref}  {row.received}  {row.state.value:<18} {row.kind.value:<12} "
                  f"{row.channel.value:<6} due {due:<10}  {types}")
        print(f"{len(rows)} cases")
    return 0


def cmd_show(args: argparse.Namespace, run: Runner) -> int:
    app = run.app()
    actor = run.user()
    detail = app.cases.get(actor, args.ref)
    if args.json:
        _print_json(detail.to_json())
        return 0
    print(f"{detail.ref}  {detail.state.label}  ({detail.kind.label}, {detail.channel.label})")
    print(f"Received {detail.received}   due {detail.due or '-'}   "
          f"{detail.jurisdiction.label}, {detail.language.label}")
    print("Requests: " + (", ".join(t.label for t in detail.request_types) or "-"))
    for title, party in (("Applicant", detail.applicant), ("Representative", detail.representative)):
        if party is None:
            continue
        print(f"\n{title}: {party.name}" + (f" ({party.name_kana})" if party.name_kana else ""))
        for label, value in (("Postal code", party.postal_code), ("Address", party.address),
                             ("Email", party.email), ("Phone", party.phone), ("Fax", party.fax),
                             ("Customer no.", party.customer_number)):
            if value:
                print(f"  {label}: " + value.replace("\n", "\n" + " " * (len(label) + 4)))
    if detail.purged_at:
        print(f"\nPersonal data erased on {detail.purged_at:%Y-%m-%d}.")
    print(f"\nAttachments: {len(detail.attachments)}   Notes: {len(detail.notes)}")
    print("Timeline:")
    for event in detail.events:
        print(f"  {event.at:%Y-%m-%d %H:%M}  {event.actor:<10} {event.summary}")
    return 0


def cmd_verify_audit(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.audit import verify_chain

    result = verify_chain(run.app().db)
    if result.ok:
        print(f"Audit log intact: {result.rows} entries, hash chain verified.")
        return 0
    print(f"Audit log BROKEN at entry {result.first_bad_id}: {result.problem}.", file=sys.stderr)
    return 1


def cmd_key(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.cli_keys import key_command

    return key_command(args, run)


def cmd_selftest(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.selftest import run_selftest

    return run_selftest(run.data_dir, run.args.db, run.key_store)


def cmd_screenshots(args: argparse.Namespace, run: Runner) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from inquiry_desk.ui.screenshots import save_screenshots

    app = run.app()
    actor = run.user()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for path in save_screenshots(app, actor, out):
        print(path)
    return 0


def cmd_gui(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.ui.app_main import run_gui

    return run_gui(run.data_dir, args.db)


def build_parser(*, features: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="inquiry-desk", description=(
        "Inquiry Desk: the Personal Information Inquiry Department's case register. "
        "Without a command, opens the application window."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help=f"data folder (default: ${paths.ENV_HOME} or the "
                        "platform's user data folder)")
    parser.add_argument("--db", help="SQLAlchemy database URL (default: SQLite file in the data folder)")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("demo", help="fill the database with demo cases and demo users")
    p.add_argument("--cases", type=int, default=40, help="live cases (default 40)")
    p.add_argument("--purged", type=int, default=12, help="anonymous rows of purged cases")
    p.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("cases", help="list the register")
    p.add_argument("--json", action="store_true")
    p.add_argument("--state", action="append", choices=[s.value for s in CaseState])
    p.add_argument("--search", help="reference, name, kana, email or phone (needs a user)")
    p.set_defaults(handler=cmd_cases)

    p = sub.add_parser("show", help="one case with its personal data (needs a user)")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("verify-audit", help="check the audit log's hash chain")
    p.set_defaults(handler=cmd_verify_audit)

    p = sub.add_parser("selftest", help="check this installation")
    p.set_defaults(handler=cmd_selftest)

    p = sub.add_parser("screenshots", help="save PNG screenshots of the main screens (offscreen)")
    p.add_argument("out", help="folder for the PNG files")
    p.set_defaults(handler=cmd_screenshots)

    p = sub.add_parser("key", help="export or import the master key (administrators)")
    p.add_argument("action", choices=["export", "import"])
    p.add_argument("file")
    p.set_defaults(handler=cmd_key)

    if not features:
        return parser
    # Feature areas register their own subcommands; each module owns its handlers.
    from inquiry_desk import (
        cli_intake,
        cli_lifecycle,
        cli_print,
        cli_purge,
        cli_report,
        cli_settings,
    )

    cli_intake.register(sub)
    cli_lifecycle.register(sub)
    cli_print.register(sub)
    cli_purge.register(sub)
    cli_report.register(sub)
    cli_settings.register(sub)
    return parser


_VALUE_OPTIONS = ("--data-dir", "--db")


def _opens_window(argv: Sequence[str]) -> bool:
    """True when no subcommand (and no --help/--version) is given: the GUI starts."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _VALUE_OPTIONS:
            skip = True
        elif token.startswith(_VALUE_OPTIONS):
            continue
        else:
            return False
    return True


# Equal to purge_scan_child.CHILD_ARG (a test holds them together); spelled out here so that
# the window's start does not import the erasure check.
ERASURE_CHECK_CHILD = "--erasure-check-child"


def main(argv: Sequence[str] | None = None, *, key_store: MasterKeyStore | None = None) -> int:
    tokens = list(sys.argv[1:] if argv is None else argv)
    if tokens[:1] == [ERASURE_CHECK_CHILD]:
        # A frozen build has no `python -m`: the erasure check's child is this program again.
        from inquiry_desk.services.purge_scan_child import child_main

        return child_main()
    # The window needs none of the subcommands' modules; skipping them keeps start-up light.
    args = build_parser(features=not _opens_window(tokens)).parse_args(tokens)
    handler: Handler = getattr(args, "handler", cmd_gui)
    run = Runner(args, key_store)
    try:
        return handler(args, run)
    except UserError as exc:
        print(f"inquiry-desk: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        run.close()


if __name__ == "__main__":
    raise SystemExit(main())
