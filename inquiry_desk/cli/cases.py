"""`cases`, `show` and `verify-audit`: reading the register, one case and the audit chain."""

from __future__ import annotations

import argparse
import sys

from inquiry_desk.cli.runner import Runner, print_json
from inquiry_desk.domain.enums import CaseState
from inquiry_desk.services.actors import SYSTEM, Actor, Permission


def cmd_cases(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.cases.register import RegisterFilter

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
        print_json([row.to_json() for row in rows])
    else:
        for row in rows:
            types = ",".join(t.value for t in row.request_types) or "-"
            due = row.due.isoformat() if row.due else "-"
            print(
                f"{row.ref}  {row.received}  {row.state.value:<18} {row.kind.value:<12} "
                f"{row.channel.value:<6} due {due:<10}  {types}"
            )
        print(f"{len(rows)} cases")
    return 0


def cmd_show(args: argparse.Namespace, run: Runner) -> int:
    app = run.app()
    actor = run.user()
    detail = app.cases.get(actor, args.ref)
    if args.json:
        print_json(detail.to_json())
        return 0
    print(f"{detail.ref}  {detail.state.label}  ({detail.kind.label}, {detail.channel.label})")
    print(
        f"Received {detail.received}   due {detail.due or '-'}   "
        f"{detail.jurisdiction.label}, {detail.language.label}"
    )
    print("Requests: " + (", ".join(t.label for t in detail.request_types) or "-"))
    for title, party in (("Applicant", detail.applicant), ("Representative", detail.representative)):
        if party is None:
            continue
        print(f"\n{title}: {party.name}" + (f" ({party.name_kana})" if party.name_kana else ""))
        for label, value in (
            ("Postal code", party.postal_code),
            ("Address", party.address),
            ("Email", party.email),
            ("Phone", party.phone),
            ("Fax", party.fax),
            ("Customer no.", party.customer_number),
        ):
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


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
