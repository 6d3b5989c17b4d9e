"""`merge FROM_REF INTO_REF`: filing a second case into the right one, as the case view's menu does.

With ``--if-version-from N`` / ``--if-version-into N`` the merge is refused (exit code 2, with
who changed what meanwhile) when either case is no longer at that version (``show REF --json``
gives it). Exit status 1 when the merge was made but the erasure check of the emptied case
did not pass (the purge panel's receipt says what was found).
"""

from __future__ import annotations

import argparse

from inquiry_desk.cli.runner import Runner, print_json
from inquiry_desk.domain.i18n import translate


def cmd_merge(args: argparse.Namespace, run: Runner) -> int:
    result = run.app().merging.merge(
        run.user(),
        args.from_ref,
        args.into_ref,
        from_version=args.if_version_from,
        into_version=args.if_version_into,
    )
    if args.json:
        print_json(
            {
                "from": result.from_ref,
                "into": result.into_ref,
                "messages": result.messages,
                "attachments": result.attachments,
                "notes": result.notes,
                "version": result.into_version,
                "erased": result.erased,
                "key_destroyed": result.key_destroyed,
            }
        )
    else:
        print(
            translate(
                "CommandLine",
                "{source} merged into {target}: {messages} message(s), {attachments} attachment(s), "
                "{notes} note(s) moved (now version {version}).",
            ).format(
                source=result.from_ref,
                target=result.into_ref,
                messages=result.messages,
                attachments=result.attachments,
                notes=result.notes,
                version=result.into_version,
            )
        )
        if result.erased:
            print(
                translate("CommandLine", "The personal data left in {ref} was erased.").format(
                    ref=result.from_ref
                )
            )
        else:
            print(
                translate(
                    "CommandLine",
                    "The erasure check of {ref} did not pass: see the last purge receipt.",
                ).format(ref=result.from_ref)
            )
    return 0 if result.erased else 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "merge",
        help="file a second case into the right one: its messages, attachments and notes move, "
        "the rest of it is erased (needs a user)",
    )
    p.add_argument("from_ref", metavar="FROM_REF")
    p.add_argument("into_ref", metavar="INTO_REF")
    p.add_argument(
        "--if-version-from", type=int, metavar="N", help="refuse if FROM is no longer at version N"
    )
    p.add_argument(
        "--if-version-into", type=int, metavar="N", help="refuse if INTO is no longer at version N"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_merge)
