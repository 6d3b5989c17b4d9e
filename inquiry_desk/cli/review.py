"""`confirm`: confirming what the importer only guessed, as the case view's Confirm buttons do.

``confirm REF`` confirms every suggestion of the case; ``--field NAME`` (repeatable) only
those named, by the names ``show REF`` lists. With ``--if-version N`` the confirmation is
refused (exit code 2, with who changed what meanwhile) when the case is no longer at
version N, as every change from the command line is.
"""

from __future__ import annotations

import argparse

from inquiry_desk.cli.runner import Runner, print_json
from inquiry_desk.domain.edits import field_label
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.suggested import SUGGESTABLE


def cmd_confirm(args: argparse.Namespace, run: Runner) -> int:
    app = run.app()
    result = app.review.confirm(run.user(), args.ref, args.field or None, expected_version=args.if_version)
    if args.json:
        print_json(
            {
                "ref": result.ref,
                "version": result.version,
                "confirmed": list(result.confirmed),
                "suggested": list(result.remaining),
            }
        )
        return 0
    if not result.confirmed:
        print(
            translate("CommandLine", "{ref}: nothing to confirm (version {version}).").format(
                ref=result.ref, version=result.version
            )
        )
        return 0
    fields = translate("CommandLine", ", ").join(field_label(f) for f in result.confirmed)
    print(
        translate("CommandLine", "{ref} confirmed: {fields} (now version {version}).").format(
            ref=result.ref, fields=fields, version=result.version
        )
    )
    if result.remaining:
        print(
            translate("CommandLine", "Still suggested: {fields}").format(fields=", ".join(result.remaining))
        )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("confirm", help="confirm what the importer guessed on a case (needs a user)")
    p.add_argument("ref")
    p.add_argument(
        "--field",
        action="append",
        choices=SUGGESTABLE,
        metavar="NAME",
        help="a suggested field to confirm (repeatable; all when none): " + ", ".join(SUGGESTABLE),
    )
    p.add_argument("--if-version", type=int, metavar="N", help="refuse if the case is no longer at version N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_confirm)
