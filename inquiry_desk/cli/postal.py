"""`post`, `postings`, `returned`: letters sent by post and mail that came back, as the Post tab.

`post` records a posting (registered mail needs its tracking number, `--ordinary` has
none); `returned` records that a posting came back undeliverable, which pauses the clock.
With ``--if-version N`` (the ``version`` of ``show REF --json``) a change to a case that is
no longer at version N is refused, exit code 2, naming who changed what meanwhile.
"""

from __future__ import annotations

import argparse

from inquiry_desk.cli.runner import Runner, iso_day, print_json
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.postal import format_tracking


def cmd_post(args: argparse.Namespace, run: Runner) -> int:
    postal = run.app().lifecycle.postal
    on = args.on or postal.today()
    posting = postal.record_posting(
        run.user(),
        args.ref,
        on,
        args.tracking or "",
        args.what or "",
        registered=not args.ordinary,
        expected_version=args.if_version,
    )
    print(
        translate("CommandLine", "{ref}: posting {id} of {on} recorded.").format(
            ref=args.ref.upper(), id=posting, on=on
        )
    )
    return 0


def cmd_postings(args: argparse.Namespace, run: Runner) -> int:
    postings = run.app().lifecycle.postal.postings(run.user(), args.ref)
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "posted_on": p.posted_on.isoformat(),
                    "registered": p.registered,
                    "tracking_number": p.tracking_number,
                    "what": p.what,
                    "returned_on": p.returned_on.isoformat() if p.returned_on else None,
                }
                for p in postings
            ]
        )
        return 0
    if not postings:
        print(translate("CommandLine", "No postings recorded."))
    for p in postings:
        kind = (
            translate("CommandLine", "registered") if p.registered else translate("CommandLine", "ordinary")
        )
        returned = (
            translate("CommandLine", "  returned {day}").format(day=p.returned_on) if p.returned_on else ""
        )
        tracking = format_tracking(p.tracking_number) or "-"
        print(f"  {p.id:>4}  {p.posted_on}  {kind:<10}  {tracking:<16}  {p.what}{returned}")
    return 0


def cmd_returned(args: argparse.Namespace, run: Runner) -> int:
    postal = run.app().lifecycle.postal
    on = args.on or postal.today()
    postal.record_returned(
        run.user(), args.ref, on, args.posting, args.note or "", expected_version=args.if_version
    )
    print(
        translate("CommandLine", "{ref}: mail returned on {on} recorded; the clock is paused.").format(
            ref=args.ref.upper(), on=on
        )
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    version_help = "refuse if the case is no longer at version N"
    p = sub.add_parser("post", help="record a letter sent by post (needs a user)")
    p.add_argument("ref")
    p.add_argument("--on", type=iso_day, metavar="YYYY-MM-DD", help="the posting date (default: today)")
    p.add_argument("--tracking", metavar="NUMBER", help="the tracking number of registered mail")
    p.add_argument("--what", metavar="TEXT", help="what was sent, e.g. the response letter")
    p.add_argument("--ordinary", action="store_true", help="ordinary mail, without a tracking number")
    p.add_argument("--if-version", type=int, metavar="N", help=version_help)
    p.set_defaults(handler=cmd_post)

    p = sub.add_parser("postings", help="the letters sent by post for a case (needs a user)")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_postings)

    p = sub.add_parser("returned", help="record mail returned undeliverable; pauses the clock")
    p.add_argument("ref")
    p.add_argument("--posting", type=int, metavar="ID", help="the posting that came back (see postings)")
    p.add_argument("--on", type=iso_day, metavar="YYYY-MM-DD", help="the day it came back (default: today)")
    p.add_argument("--note", metavar="TEXT", help="why, e.g. what the envelope says")
    p.add_argument("--if-version", type=int, metavar="N", help=version_help)
    p.set_defaults(handler=cmd_returned)
