"""Which reader a file needs, told by its first bytes."""

from __future__ import annotations

from pathlib import PurePath

from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.exports.json_records import parse_json
from inquiry_desk.intake.exports.model import MAX_FILE_BYTES, ExportRefused, ParsedSource
from inquiry_desk.intake.exports.sensitive import check_sensitive
from inquiry_desk.intake.exports.text_csv import decode, parse_csv
from inquiry_desk.intake.exports.workbook import parse_xlsx

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls) and other OLE files


def too_large(name: str, size: int) -> ExportRefused:
    return ExportRefused(
        translate(
            "Records", "{file} is {megabytes} MB; an export of one person's data can be at most {limit} MB."
        ).format(file=name, megabytes=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
    )


def read_export(data: bytes, filename: str, *, encoding: str | None = None) -> list[ParsedSource]:
    """The tables of one export file. ``encoding`` forces a CSV's encoding (utf-8 / cp932)."""
    tables = _read(data, filename, encoding)
    for table in tables:
        check_sensitive(table, PurePath(filename).name or "export")
    return tables


def _read(data: bytes, filename: str, encoding: str | None) -> list[ParsedSource]:
    name = PurePath(filename).name or "export"
    stem = PurePath(name).stem or name
    if len(data) > MAX_FILE_BYTES:
        raise too_large(name, len(data))
    if not data.strip():
        raise ExportRefused(translate("Records", "{file} is empty.").format(file=name))
    if data.startswith(b"PK\x03\x04"):
        return parse_xlsx(data, name)
    if data.startswith(_OLE):
        raise ExportRefused(
            translate(
                "Records",
                "{file} is an old Excel 97-2003 file (.xls); save it as .xlsx or CSV and add it again.",
            ).format(file=name)
        )
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head in (b"[", b"{") and encoding is None:
        text, _ = decode(data, name)
        return parse_json(text.lstrip("\ufeff"), name, stem)
    table = parse_csv(data, name, encoding)
    table.name = stem
    return [table]
