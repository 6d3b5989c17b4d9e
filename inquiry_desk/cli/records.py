"""`records` and `export --portable`: the data held about the applicant, and its machine-readable copy.

    inquiry-desk records PI-2026-0042 add orders.csv --source "注文履歴"
    inquiry-desk records PI-2026-0042 list [--rows] [--json]
    inquiry-desk records PI-2026-0042 exclude 1.3 1.7-1.9
    inquiry-desk records PI-2026-0042 redact 1.2 配送先氏名 --note "第三者の氏名"
    inquiry-desk export PI-2026-0042 --portable copy.zip --password-letter password.pdf

A row is named ``SOURCE.ROW`` as ``list --rows`` shows it (``1.3``), a range ``1.7-1.9``
or ``1.7-9``; a column by its number or its name.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inquiry_desk.cli.runner import print_json
from inquiry_desk.domain.errors import UserError
from inquiry_desk.domain.i18n import translate

if TYPE_CHECKING:
    from inquiry_desk.cli.runner import Runner
    from inquiry_desk.services.records.views import SourceView

_ROW = re.compile(r"(\d+)\.(\d+)(?:-(?:(\d+)\.)?(\d+))?")


def _if_version(parser: Any) -> None:
    # After the action (`records REF exclude 1.3 --if-version 7`): every change quotes it.
    parser.add_argument(
        "--if-version", type=int, metavar="N", help="refuse if the case is no longer at version N"
    )


def register(sub: Any) -> None:
    p = sub.add_parser(
        "records",
        help="the data held about the applicant: add system exports, review rows, redact values",
        description="Bring in what the company's systems hold on the applicant (CSV, XLSX, JSON) "
        "and review it for the disclosure: rows are SOURCE.ROW as `list --rows` shows them.",
    )
    p.add_argument("ref", help="case reference, e.g. PI-2025-0042")
    actions = p.add_subparsers(dest="action", required=True)
    a = actions.add_parser("add", help="add an export file (CSV in UTF-8 or Shift_JIS, XLSX, JSON)")
    a.add_argument("file")
    a.add_argument("--source", metavar="NAME", help="name of the source (default: the file's or sheet's)")
    a.add_argument("--encoding", choices=["utf-8", "cp932"], help="a CSV's encoding, if not detected")
    _if_version(a)
    a = actions.add_parser("list", help="list the sources (and with --rows every row)")
    a.add_argument("--rows", action="store_true", help="show every row and value")
    a.add_argument("--json", action="store_true", help="everything as JSON")
    for name, text in (("exclude", "leave rows out of the disclosure"), ("include", "put rows back in")):
        a = actions.add_parser(name, help=text)
        a.add_argument("rows", nargs="+", metavar="ROW", help="SOURCE.ROW or SOURCE.ROW-ROW")
        _if_version(a)
    a = actions.add_parser("redact", help="withhold one value (a third party's data) with the reason")
    a.add_argument("row", metavar="ROW")
    a.add_argument("column", metavar="COLUMN", help="column number or name")
    a.add_argument("--note", required=True, metavar="REASON", help="why the value is withheld")
    _if_version(a)
    a = actions.add_parser("unredact", help="lift a redaction")
    a.add_argument("row", metavar="ROW")
    a.add_argument("column", metavar="COLUMN")
    _if_version(a)
    a = actions.add_parser("remove", help="take a source added by mistake out of the case")
    a.add_argument("source", type=int, metavar="SOURCE")
    _if_version(a)
    p.set_defaults(handler=cmd_records)

    p = sub.add_parser(
        "export",
        help="the machine-readable copy of the data held (ZIP of JSON and CSV)",
        description="Write the included records as JSON and CSV per source with a manifest. "
        "With --password-letter the ZIP is AES-encrypted and the password is printed on that letter only.",
    )
    p.add_argument("ref", help="case reference")
    p.add_argument("--portable", required=True, metavar="OUT.zip", help="the ZIP file to write")
    p.add_argument("--password-letter", metavar="OUT.pdf", help="encrypt, and write the password letter here")
    p.add_argument("--lang", choices=["ja", "en"], help="language of the letter (default: the case's)")
    p.set_defaults(handler=cmd_export)


def parse_rows(text: str) -> tuple[int, list[int]]:
    match = _ROW.fullmatch(text.strip())
    if not match:
        raise UserError(
            translate(
                "CommandLine", "{row} is not a row: write SOURCE.ROW, e.g. 1.3, or a range 1.3-1.7."
            ).format(row=repr(text))
        )
    source, first = int(match.group(1)), int(match.group(2))
    if match.group(3) and int(match.group(3)) != source:
        raise UserError(translate("CommandLine", "A range stays within one source: {row}.").format(row=text))
    last = int(match.group(4)) if match.group(4) else first
    if last < first:
        raise UserError(translate("CommandLine", "The range {row} runs backwards.").format(row=text))
    return source, list(range(first, last + 1))


def cmd_records(args: argparse.Namespace, run: Runner) -> int:
    app = run.app()
    actor = run.user()
    service = app.records
    ref = args.ref.strip().upper()
    if args.action == "add":
        path = Path(args.file)
        added = service.add_file(
            actor, ref, path, name=args.source, encoding=args.encoding, expected_version=args.if_version
        )
        for s in added:
            encoding = f", {s.encoding}" if s.encoding else ""
            print(
                translate(
                    "CommandLine",
                    "Added source {number} {name} ({format}{encoding}): {rows} rows, {columns} columns",
                ).format(
                    number=s.number,
                    name=s.name,
                    format=s.format.upper(),
                    encoding=encoding,
                    rows=s.rows,
                    columns=s.columns,
                )
            )
            for warning in s.warnings:
                print("  " + warning)
        return 0
    if args.action == "list":
        sources = service.sources(actor, ref)
        if args.json:
            print_json([_source_json(s) for s in sources])
        else:
            _print_sources(sources, rows=args.rows)
        return 0
    if args.action in ("exclude", "include"):
        # Every ROW given is one change (one version), whichever sources they are in.
        selections = [parse_rows(text) for text in args.rows]
        changed = service.review(
            actor, ref, selections, args.action == "include", expected_version=args.if_version
        )
        message = (
            translate("CommandLine", "{count} row(s) included.")
            if args.action == "include"
            else translate("CommandLine", "{count} row(s) excluded.")
        )
        print(message.format(count=changed))
        return 0
    if args.action in ("redact", "unredact"):
        from inquiry_desk.services.records.rows import column_index

        source, rows = parse_rows(args.row)
        if len(rows) != 1:
            raise UserError(translate("CommandLine", "Redact one value at a time: name one row."))
        found = [s for s in service.sources(actor, ref, record_view=False) if s.number == source]
        columns = found[0].columns if found else []
        column = column_index(columns, args.column) if found else 0
        if args.action == "redact":
            service.redact(actor, ref, source, rows[0], column, args.note, expected_version=args.if_version)
            print(
                translate("CommandLine", "Redacted row {row}, column {column}.").format(
                    row=args.row, column=column + 1
                )
            )
        else:
            service.unredact(actor, ref, source, rows[0], column, expected_version=args.if_version)
            print(
                translate("CommandLine", "Redaction lifted: row {row}, column {column}.").format(
                    row=args.row, column=column + 1
                )
            )
        return 0
    count = service.remove(actor, ref, args.source, expected_version=args.if_version)
    print(
        translate("CommandLine", "Removed source {source} ({rows} rows).").format(
            source=args.source, rows=count
        )
    )
    return 0


def _source_json(s: SourceView) -> dict[str, Any]:
    return {
        "source": s.number,
        "name": s.name,
        "file": s.filename,
        "format": s.format,
        "encoding": s.encoding,
        "columns": s.columns,
        "warnings": s.warnings,
        "rows": [
            {
                "row": r.number,
                "included": r.included,
                "values": r.cells,
                "redacted": {s.columns[c]: note for c, note in sorted(r.redactions.items())},
            }
            for r in s.rows
        ],
    }


def _print_sources(sources: list[SourceView], *, rows: bool) -> None:
    from inquiry_desk.intake.exports import cell_text
    from inquiry_desk.intake.exports.text_csv import ENCODING_LABELS

    if not sources:
        print(translate("CommandLine", "No data held has been added to this case."))
        return
    for s in sources:
        encoding = f" {ENCODING_LABELS.get(s.encoding, s.encoding)}" if s.encoding else ""
        print(
            translate(
                "CommandLine",
                "{number}  {name}  ({format}{encoding})  {included} of {rows} rows included, "
                "{redacted} value(s) redacted",
            ).format(
                number=s.number,
                name=s.name,
                format=s.format.upper(),
                encoding=encoding,
                included=len(s.included),
                rows=len(s.rows),
                redacted=s.redacted_count,
            )
        )
        print("   " + " | ".join(f"{i}:{c}" for i, c in enumerate(s.columns, start=1)))
        if not rows:
            continue
        for r in s.rows:
            mark = "+" if r.included else "-"
            values = " | ".join(
                "[" + translate("CommandLine", "redacted") + "]" if c in r.redactions else cell_text(v)
                for c, v in enumerate(r.cells)
            )
            print(f"   {mark} {s.number}.{r.number}  {values}")


def cmd_export(args: argparse.Namespace, run: Runner) -> int:
    app = run.app()
    actor = run.user()
    letter = Path(args.password_letter) if args.password_letter else None
    done = app.portable.write(actor, args.ref, Path(args.portable), password_letter=letter, lang=args.lang)
    print(
        translate("CommandLine", "Wrote {file}: {sources} source(s), {rows} row(s){encrypted}.").format(
            file=args.portable,
            sources=done.sources,
            rows=done.rows,
            encrypted=translate("CommandLine", ", AES-encrypted") if done.encrypted else "",
        )
    )
    if letter is not None:
        # The password itself is printed on the letter only: never here, where a terminal log keeps it.
        print(
            translate("CommandLine", "The password is on {file}; send it separately from the ZIP.").format(
                file=letter
            )
        )
    return 0
