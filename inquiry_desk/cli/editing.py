"""`edit`: correcting a case from the command line, the same service the case view's dialog uses.

Only the options given change; with ``--if-version N`` the edit is refused (exit code 2,
with who changed what meanwhile) when the case is no longer at version N, which a
script reads from ``show REF --json``.
"""

from __future__ import annotations

import argparse

from inquiry_desk.cli.runner import Runner, iso_day, print_json
from inquiry_desk.domain.edits import field_label
from inquiry_desk.domain.enums import (
    AnswerFormat,
    AnswerMedium,
    CaseKind,
    Channel,
    Jurisdiction,
    Language,
    RepresentativeKind,
    RequestType,
)
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate

# `--medium none`, `--format none`: back to "not stated".
NOT_STATED = "none"
# option dest → PartyData field, for the applicant ("") and the representative ("rep_").
_PARTY_OPTIONS = {
    "name": "name",
    "furigana": "name_kana",
    "postal_code": "postal_code",
    "address": "address",
    "country": "country",
    "email": "email",
    "phone": "phone",
    "fax": "fax",
    "customer_number": "customer_number",
}


def _patch(args: argparse.Namespace, prefix: str) -> dict[str, str | RepresentativeKind | None]:
    patch: dict[str, str | RepresentativeKind | None] = {}
    for option, key in _PARTY_OPTIONS.items():
        value = getattr(args, prefix + option)
        if value is not None:
            # A shell passes "\n" literally; addresses are one element per line.
            patch[key] = value.replace("\\n", "\n") if key == "address" else value
    return patch


def cmd_edit(args: argparse.Namespace, run: Runner) -> int:
    from inquiry_desk.services.cases.editing import CaseEdit

    representative = _patch(args, "rep_")
    if args.rep_kind:
        representative["representative_kind"] = RepresentativeKind(args.rep_kind)
    change = CaseEdit(
        applicant=_patch(args, ""),
        representative=representative,
        remove_representative=args.remove_representative,
        kind=CaseKind(args.kind) if args.kind else None,
        channel=Channel(args.channel) if args.channel else None,
        add_types=tuple(RequestType(t) for t in args.add_type or ()),
        remove_types=tuple(RequestType(t) for t in args.remove_type or ()),
        jurisdiction=Jurisdiction(args.jurisdiction) if args.jurisdiction else None,
        language=Language(args.language) if args.language else None,
        answer_medium=AnswerMedium(args.medium) if args.medium not in (None, NOT_STATED) else None,
        answer_format=(
            AnswerFormat(args.answer_format) if args.answer_format not in (None, NOT_STATED) else None
        ),
        clear_answer_medium=args.medium == NOT_STATED,
        clear_answer_format=args.answer_format == NOT_STATED,
        received=args.receipt_date,
        reason=args.reason or "",
    )
    if change == CaseEdit():
        raise UserError(
            translate("CommandLine", "Nothing to change: give at least one option (see edit --help).")
        )
    app = run.app()
    result = app.edits.edit(run.user(), args.ref, change, expected_version=args.if_version)
    if args.json:
        print_json(
            {
                "ref": result.ref,
                "version": result.version,
                "fields": list(result.fields),
                "due": result.due.isoformat() if result.due else None,
            }
        )
        return 0
    if not result.fields:
        print(
            translate("CommandLine", "{ref}: nothing changed (version {version}).").format(
                ref=result.ref, version=result.version
            )
        )
        return 0
    fields = translate("CommandLine", ", ").join(field_label(f) for f in result.fields)
    print(
        translate("CommandLine", "{ref} changed: {fields} (now version {version}, due {due}).").format(
            ref=result.ref, fields=fields, version=result.version, due=result.due or "-"
        )
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "edit", help="correct a case: parties, types, dates, the answer's medium (needs a user)"
    )
    p.add_argument("ref")
    who = p.add_argument_group("applicant")
    rep = p.add_argument_group("representative")
    for option in _PARTY_OPTIONS:
        flag = option.replace("_", "-")
        who.add_argument(f"--{flag}", dest=option, metavar="TEXT")
        rep.add_argument(f"--rep-{flag}", dest=f"rep_{option}", metavar="TEXT")
    rep.add_argument("--rep-kind", choices=[k.value for k in RepresentativeKind])
    rep.add_argument("--remove-representative", action="store_true")
    p.add_argument("--kind", choices=[k.value for k in CaseKind])
    p.add_argument("--channel", choices=[c.value for c in Channel])
    p.add_argument("--add-type", action="append", choices=[t.value for t in RequestType])
    p.add_argument("--remove-type", action="append", choices=[t.value for t in RequestType])
    p.add_argument("--jurisdiction", choices=[j.value for j in Jurisdiction])
    p.add_argument("--language", choices=[lang.value for lang in Language])
    p.add_argument(
        "--medium",
        choices=[*(m.value for m in AnswerMedium), NOT_STATED],
        help="how the answer is sent; 'none': not stated",
    )
    p.add_argument(
        "--format",
        dest="answer_format",
        choices=[*(f.value for f in AnswerFormat), NOT_STATED],
        help="paper or an electronic file; 'none': not stated",
    )
    p.add_argument("--receipt-date", type=iso_day, metavar="YYYY-MM-DD", help="managers only, with --reason")
    p.add_argument("--reason", help="why the receipt date is corrected")
    p.add_argument("--if-version", type=int, metavar="N", help="refuse if the case is no longer at version N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_edit)
