"""`cases`, `show` and `verify-audit`: reading the register, one case and the audit chain."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from typing import TYPE_CHECKING

from inquiry_desk.cli.runner import Runner, print_json
from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.i18n import label_of, translate

if TYPE_CHECKING:
    from inquiry_desk.services.actors import Actor


def cmd_cases(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.actors import SYSTEM, Permission
    from inquiry_desk.services.cases.register_rows import RegisterFilter

    app = run.app()
    actor: Actor = SYSTEM
    if args.search:
        # Searching matches applicants' names: it reveals personal data, so it needs a user.
        actor = run.user()
        actor.require(Permission.VIEW_PERSONAL)
    states = frozenset({CaseState(s) for s in args.state}) if args.state else frozenset()
    flt = RegisterFilter(search=args.search or "", states=states, needs_review=args.needs_review)
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
        print_json([row.to_json() for row in rows])
    else:
        damaged_mark = "  " + translate("CommandLine", "[damaged record]")
        review_mark = "  " + translate("CommandLine", "[needs review]")
        for row in rows:
            types = ",".join(t.value for t in row.request_types) or "-"
            due = row.due.isoformat() if row.due else "-"
            print(
                f"{row.ref}  {row.received}  {row.state.value:<18} {row.kind.value:<12} "
                f"{row.channel.value:<6} due {due:<10}  {types}"
                + (review_mark if row.needs_review else "")
                + (damaged_mark if row.damaged else "")
            )
        print(translate("CommandLine", "{count} cases").format(count=len(rows)))
    damaged = [row.ref for row in rows if row.damaged]
    if damaged:
        # On stderr: the listing (and its JSON) stays as it was, and the exit code stays 0;
        # the other cases are fine. `show` gives the whole advice for one case.
        print(
            translate(
                "CommandLine",
                "Damaged records (failed their integrity check): {refs}. The other cases are not "
                "affected; `inquiry-desk show {ref}` says how an administrator restores it.",
            ).format(refs=", ".join(damaged), ref=damaged[0]),
            file=sys.stderr,
        )
    return 0


def cmd_show(args: argparse.Namespace, run: Runner) -> int:
    app = run.app()
    actor = run.user()
    detail = app.cases.get(actor, args.ref)
    if args.json:
        print_json(detail.to_json())
        return 0
    print(
        translate("CommandLine", "{ref}  {state}  ({kind}, {channel})").format(
            ref=detail.ref,
            state=label_of(detail.state),
            kind=label_of(detail.kind),
            channel=label_of(detail.channel),
        )
    )
    # What `edit --if-version` quotes.
    print(translate("CommandLine", "Version {version}").format(version=detail.version))
    if detail.merged_into:  # a duplicate filed into its case: not an answered request
        print(translate("CommandLine", "Merged into {ref}").format(ref=detail.merged_into))
    print(
        translate("CommandLine", "Received {received}   due {due}   {jurisdiction}, {language}").format(
            received=detail.received,
            due=detail.due or "-",
            jurisdiction=label_of(detail.jurisdiction),
            language=label_of(detail.language),
        )
    )
    requests = translate("CommandLine", ", ").join(label_of(t) for t in detail.request_types) or "-"
    print(translate("CommandLine", "Requests: {requests}").format(requests=requests))
    if detail.suggested:
        # What `confirm REF` confirms, by the names `confirm --field` takes.
        print(
            translate("CommandLine", "Suggested by import, to check: {fields}").format(
                fields=", ".join(detail.suggested)
            )
        )
    parties = (
        (translate("CommandLine", "Applicant"), detail.applicant),
        (translate("CommandLine", "Representative"), detail.representative),
    )
    for title, party in parties:
        if party is None:
            continue
        print()
        print(
            translate("CommandLine", "{title}: {name}").format(title=title, name=party.name)
            + (translate("CommandLine", " ({kana})").format(kana=party.name_kana) if party.name_kana else "")
        )
        for label, value in (
            (translate("CommandLine", "Postal code"), party.postal_code),
            (translate("CommandLine", "Address"), party.address),
            (translate("CommandLine", "Email"), party.email),
            (translate("CommandLine", "Phone"), party.phone),
            (translate("CommandLine", "Fax"), party.fax),
            (translate("CommandLine", "Customer no."), party.customer_number),
        ):
            if value:
                heading = "  " + translate("CommandLine", "{label}: ").format(label=label)
                print(heading + value.replace("\n", "\n" + " " * _width(heading)))
    if detail.purged_at:
        print()
        print(
            translate("CommandLine", "Personal data erased on {day:%Y-%m-%d}.").format(day=detail.purged_at)
        )
    print()
    print(
        translate("CommandLine", "Attachments: {attachments}   Notes: {notes}").format(
            attachments=len(detail.attachments), notes=len(detail.notes)
        )
    )
    print(translate("CommandLine", "Timeline:"))
    for event in detail.events:
        print(f"  {event.at:%Y-%m-%d %H:%M}  {event.actor:<10} {event.summary}")
    return 0


def cmd_verify_audit(args: argparse.Namespace, run: Runner) -> int:
    check = run.app().check_audit()
    result, end, tampered = check.chain, check.cut_off, check.tampered
    for username in tampered:
        print(
            translate(
                "CommandLine",
                "Staff account {username} was changed outside Inquiry Desk; it cannot sign in. "
                "An administrator can check it and set its role and password again.",
            ).format(username=username),
            file=sys.stderr,
        )
    if not result.ok:
        print(
            translate("CommandLine", "Audit log BROKEN at entry {entry}: {problem}.").format(
                entry=result.first_bad_id, problem=result.problem
            ),
            file=sys.stderr,
        )
        return 1
    if end:
        print(translate("CommandLine", "Audit log CUT OFF: {problem}.").format(problem=end), file=sys.stderr)
        return 1
    print(
        translate("CommandLine", "Audit log intact: {rows} entries, hash chain verified.").format(
            rows=result.rows
        )
    )
    return 1 if tampered else 0


def _width(text: str) -> int:
    """Columns a terminal gives the text: a full-width (Japanese) character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("cases", help="list the register")
    p.add_argument("--json", action="store_true")
    p.add_argument("--state", action="append", choices=[s.value for s in CaseState])
    p.add_argument("--search", help="reference, name, kana, email or phone (needs a user)")
    p.add_argument(
        "--needs-review", action="store_true", help="only cases with a suggestion of the importer to confirm"
    )
    p.set_defaults(handler=cmd_cases)

    p = sub.add_parser("show", help="one case with its personal data (needs a user)")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("verify-audit", help="check the audit log's hash chain")
    p.set_defaults(handler=cmd_verify_audit)
