"""The `inquiry-desk` command: the GUI by default, plus subcommands for staff and admins.

Every subcommand prints a clear message and exits non-zero on a problem the user can
act on (UserError); only bugs produce a traceback, and those go to the log file.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from inquiry_desk import __version__
from inquiry_desk.cli.runner import Handler, Runner
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate
from inquiry_desk.services import paths

if TYPE_CHECKING:
    from inquiry_desk.store.masterkey import MasterKeyStore


def cmd_demo(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.demo.generator import DEMO_PASSWORD, DEMO_USERS, fill_demo

    app = run.app()
    refs = fill_demo(
        app, cases=args.cases, purged=args.purged, seed=args.seed, closed_lately=not args.closed_long_ago
    )
    print(
        translate("CommandLine", "Demo database in {folder}: {cases} cases and {purged} purged rows.").format(
            folder=run.data_dir, cases=len(refs), purged=args.purged
        )
    )
    print(
        translate("CommandLine", "Sign in with one of these demo accounts (password: {password}):").format(
            password=DEMO_PASSWORD
        )
    )
    for username, name, role, name_ja, _kana, _name_en in DEMO_USERS:
        print(f"  {username:<8} {role.value:<8} {name} ({name_ja})")
    return 0


def cmd_key(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.cli.keys import key_command

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
    width, _, height = args.size.partition("x")
    for path in save_screenshots(app, actor, out, (int(width), int(height))):
        print(path)
    return 0


def _window_size(text: str) -> str:
    width, sep, height = text.partition("x")
    if not (sep and width.isdigit() and height.isdigit() and int(width) >= 640 and int(height) >= 480):
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, at least 640x480: {text!r}")
    return text


def cmd_gui(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.ui.app_main import run_gui

    return run_gui(run.data_dir, args.db)


# `build_parser(command=ALL)`: every command's own parser (the index's test compares with it).
ALL = "*"


def build_parser(*, features: bool = True, command: str | None = ALL) -> argparse.ArgumentParser:
    """The parser; with ``command`` only that command's module is imported (None: the listing)."""
    parser = argparse.ArgumentParser(
        prog="inquiry-desk",
        description=(
            "Inquiry Desk: the Personal Information Inquiry Department's case register. "
            "Without a command, opens the application window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", help=f"data folder (default: ${paths.ENV_HOME} or the platform's user data folder)"
    )
    parser.add_argument("--db", help="SQLAlchemy database URL (default: SQLite file in the data folder)")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("demo", help="fill the database with demo cases and demo users")
    p.add_argument("--cases", type=int, default=40, help="live cases (default 40)")
    p.add_argument("--purged", type=int, default=12, help="anonymous rows of purged cases")
    p.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    p.add_argument(
        "--closed-long-ago",
        action="store_true",
        help="close every finished case weeks ago, so that all are due for purge (to show the erasure)",
    )
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("selftest", help="check this installation")
    p.set_defaults(handler=cmd_selftest)

    p = sub.add_parser("screenshots", help="save PNG screenshots of the main screens (offscreen)")
    p.add_argument("out", help="folder for the PNG files")
    p.add_argument(
        "--size", default="1366x768", type=_window_size, help="window size, WIDTHxHEIGHT (default 1366x768)"
    )
    p.set_defaults(handler=cmd_screenshots)

    p = sub.add_parser("key", help="export or import the master key (administrators)")
    p.add_argument("action", choices=["export", "import"])
    p.add_argument("file")
    p.set_defaults(handler=cmd_key)

    if not features:
        return parser
    # Feature areas register their own subcommands; each module owns its handlers. Only the
    # module of the command given is imported; without one (--help, a mistyped command) the
    # commands are listed from the index, importing none of them.
    from inquiry_desk.cli.command_index import COMMANDS

    if command is ALL:
        modules = list(dict.fromkeys(module for _name, module, _help in COMMANDS))
    else:
        modules = [module for name, module, _help in COMMANDS if name == command]
    if modules:
        for module in modules:
            importlib.import_module(f"inquiry_desk.cli.{module}").register(sub)
    else:
        for name, _module, text in COMMANDS:
            sub.add_parser(name, help=text, add_help=False)
    return parser


_VALUE_OPTIONS = ("--data-dir", "--db")


def _own_tokens(argv: Sequence[str]) -> Iterator[str]:
    """The tokens before parsing, leaving out the values of --data-dir and --db."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _VALUE_OPTIONS:
            skip = True
        else:
            yield token


def _command_of(argv: Sequence[str]) -> str | None:
    """The subcommand named, or None when there is none or --help comes before it (the listing)."""
    for token in _own_tokens(argv):
        if token in ("-h", "--help"):
            return None
        if not token.startswith("-"):
            return token
    return None


def _opens_window(argv: Sequence[str]) -> bool:
    """True when no subcommand (and no --help/--version) is given: the GUI starts."""
    return all(token.startswith(_VALUE_OPTIONS) for token in _own_tokens(argv))


# Equal to services.purge.scan_child.CHILD_ARG (a test holds them together); spelled out here so that
# the window's start does not import the erasure check.
ERASURE_CHECK_CHILD = "--erasure-check-child"


def main(argv: Sequence[str] | None = None, *, key_store: MasterKeyStore | None = None) -> int:
    tokens = list(sys.argv[1:] if argv is None else argv)
    # Whatever this program writes (the database and its journal, backups, letters, the
    # purge ledger) holds personal data or password hashes: readable by this account only.
    os.umask(0o077)
    if tokens[:1] == [ERASURE_CHECK_CHILD]:
        # A frozen build has no `python -m`: the erasure check's child is this program again.
        from inquiry_desk.services.purge.scan_child import child_main

        return child_main()
    # The window needs none of the subcommands' modules; skipping them keeps start-up light.
    args = build_parser(features=not _opens_window(tokens), command=_command_of(tokens)).parse_args(tokens)
    handler: Handler = getattr(args, "handler", cmd_gui)
    run = Runner(args, key_store)
    if handler is not cmd_gui:  # the window activates its language itself, once Qt is up
        from inquiry_desk.translations import activate_for

        activate_for(run.data_dir)
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
