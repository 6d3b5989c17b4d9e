"""`inquiry-desk users`: staff accounts on the command line (administrators).

`users add` on a database without accounts creates its first administrator without signing in,
so that an office, or a headless intake or purge machine, is set up without opening the window.
A new password comes from ``INQUIRY_DESK_NEW_PASSWORD`` or, in a terminal, is asked twice; it
never appears on the command line, where other users of the machine could read it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING

from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import label_of, translate

if TYPE_CHECKING:
    from inquiry_desk.cli.runner import Runner
    from inquiry_desk.services.users import UserView

ENV_NEW_PASSWORD = "INQUIRY_DESK_NEW_PASSWORD"
ROLES = ("staff", "manager", "admin")


def _new_password() -> str:
    given = os.environ.get(ENV_NEW_PASSWORD)
    if given is not None:
        return given
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError(
            translate(
                "CommandLine",
                "Set {variable} or run the command in a terminal to be asked for the new password.",
            ).format(variable=ENV_NEW_PASSWORD)
        )
    first = getpass.getpass(translate("CommandLine", "New password: "))
    if getpass.getpass(translate("CommandLine", "Repeat it: ")) != first:
        raise UserError(translate("CommandLine", "The two passwords differ; nothing was changed."))
    return first


def cmd_users(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.domain.enums import Role
    from inquiry_desk.domain.errors import ValidationFailed

    app = run.app()
    try:
        first = args.action == "add" and not app.users.has_users()
        # The first administrator of an empty database: there is nobody to sign in as yet.
        actor = None if first else run.user()
        if args.action == "add":
            role = Role(args.role)
            name = args.name or args.username
            app.users.create(
                actor,
                args.username,
                name,
                role,
                _new_password(),
                name_ja=args.name_ja,
                name_kana=args.kana,
                name_en=args.name_en,
            )
            if first:
                message = translate("CommandLine", "Created {username}, the first administrator.")
            else:
                message = translate("CommandLine", "Created {username} ({role}).")
            print(message.format(username=args.username, role=label_of(role)))
            return 0
        assert actor is not None  # only the first account is made without signing in
        if args.action == "list":
            return _list(app.users.list(actor), args.json)
        if args.action in ("disable", "enable"):
            app.users.set_active(actor, args.username, args.action == "enable")
            if args.action == "enable":
                print(translate("CommandLine", "Enabled {username}.").format(username=args.username))
            else:
                print(translate("CommandLine", "Disabled {username}.").format(username=args.username))
        elif args.action == "reset-password":
            app.users.set_password(actor, args.username, _new_password())
            print(translate("CommandLine", "Password of {username} reset.").format(username=args.username))
        elif args.action == "letter-name":
            app.users.set_letter_name(actor, args.username, args.ja, args.kana, args.en)
            print(
                translate("CommandLine", "Letter names of {username} saved.").format(username=args.username)
            )
        elif args.action == "role":
            app.users.set_role(actor, args.username, Role(args.role))
            print(
                translate("CommandLine", "{username} is now {role}.").format(
                    username=args.username, role=label_of(Role(args.role))
                )
            )
    except ValidationFailed as exc:
        raise UserError(" ".join(exc.fields.values())) from None
    return 0


def _list(users: list[UserView], as_json: bool) -> int:
    from inquiry_desk.cli.runner import print_json

    rows = [
        {
            "username": u.username,
            "name": u.display_name,
            "name_ja": u.name_ja,
            "name_kana": u.name_kana,
            "name_en": u.name_en,
            "role": u.role.value,
            "active": u.active,
        }
        for u in users
    ]
    if as_json:
        print_json(rows)
        return 0
    for u in users:
        state = "" if u.active else translate("CommandLine", " (disabled)")
        letter = "".join(f"  {n}" for n in (u.name_ja, u.name_en) if n)
        print(f"{u.username:<12} {label_of(u.role):<10} {u.display_name}{letter}{state}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "users",
        help="staff accounts: add, list, disable, enable, reset-password, role (administrators)",
        description="Manage staff accounts. On a database without accounts, `users add USERNAME "
        "--role admin` creates the first administrator without signing in. New passwords come "
        f"from {ENV_NEW_PASSWORD} or are asked in the terminal.",
    )
    actions = p.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="list the accounts")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add = actions.add_parser("add", help="add an account")
    add.add_argument("username")
    add.add_argument("--name", default="", help="the name colleagues know (the screens show it)")
    add.add_argument("--role", choices=ROLES, default="staff")
    add.add_argument("--name-ja", default="", help="姓 名 as Japanese letters sign it")
    add.add_argument("--kana", default="", help="its reading (katakana; hiragana is converted)")
    add.add_argument(
        "--name-en", default="", help="the name English letters are signed with, e.g. 'Yui Sato'"
    )
    for action, text in (("disable", "stop an account signing in"), ("enable", "let it sign in again")):
        actions.add_parser(action, help=text).add_argument("username")
    actions.add_parser("reset-password", help="give an account a new password").add_argument("username")
    letter = actions.add_parser("letter-name", help="the names an account signs letters with")
    letter.add_argument("username")
    letter.add_argument("--ja", default="", help="姓 名 as Japanese letters sign it")
    letter.add_argument("--kana", default="", help="its reading")
    letter.add_argument("--en", default=None, help="as English letters sign it (default: unchanged)")
    role = actions.add_parser("role", help="change an account's role")
    role.add_argument("username")
    role.add_argument("role", choices=ROLES)
    p.set_defaults(handler=cmd_users)
