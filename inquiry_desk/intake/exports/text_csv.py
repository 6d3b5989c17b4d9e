"""CSV as the company's systems and Japanese Excel write it: UTF-8 (with or without BOM) or
Shift_JIS (CP932), comma- or tab-separated.

The encoding is detected, never guessed: UTF-8 decodes strictly or not at all, and a file
that decodes as CP932 is accepted only when the result reads like Japanese. Bytes from a
European code page (cp1252 "Müller") can decode as CP932 without error — 0xFC 0x6C is not
valid but 0xC4 is a half-width katakana — so a half-width kana wedged between Latin letters,
or kanji with no kana at all drawn from the rare second level, refuse the file with a
message instead of filling the applicant's enclosure with mojibake. Staff who know better
can name the encoding.
"""

from __future__ import annotations

import csv
import io
import re

from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.exports.model import (
    MAX_CELL_CHARS,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_ROWS,
    Cell,
    ExportRefused,
    ParsedSource,
)

ENCODINGS = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "cp932": "cp932", "shift_jis": "cp932"}
ENCODING_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "cp932": "Shift_JIS (CP932)"}

_HALF_KANA_IN_LATIN = re.compile(r"[A-Za-z][\uff61-\uff9f]+[A-Za-z]")
_KANA = re.compile(r"[\u3041-\u30ff]")
_KANJI = re.compile(r"[\u4e00-\u9fff]")
# Spreadsheet programs run a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@")
_NUMBER = re.compile(r"[+-]?\d[\d,]*(\.\d+)?")


def _reads_as_japanese(text: str) -> bool:
    if _HALF_KANA_IN_LATIN.search(text):
        return False
    kanji = _KANJI.findall(text)
    if kanji and not _KANA.search(text):
        # Japanese prose always has kana; level-2 kanji (lead bytes 0x98–0xEA) alone are
        # what Latin-1 letters turn into.
        rare = sum(1 for ch in kanji if ch.encode("cp932")[0] >= 0x98)
        return rare * 2 < len(kanji)
    return True


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding used). ``encoding`` forces one of ENCODINGS (staff's choice)."""
    if b"\x00" in data[:65536]:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise ExportRefused(
                translate(
                    "Records", "{file} is in UTF-16; save it again as CSV UTF-8 or CSV (Shift_JIS)."
                ).format(file=name)
            )
        raise ExportRefused(
            translate("Records", "{file} is not a text file (it holds binary data).").format(file=name)
        )
    if encoding is not None:
        codec = ENCODINGS.get(encoding.lower())
        if codec is None:
            raise ExportRefused(
                translate("Records", "Unknown encoding {encoding}; use utf-8 or cp932.").format(
                    encoding=encoding
                )
            )
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError as exc:
            raise ExportRefused(
                translate("Records", "{file} is not valid {encoding} (byte {offset}).").format(
                    file=name, encoding=ENCODING_LABELS[codec], offset=exc.start
                )
            ) from None
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    else:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        try:
            text = data.decode("cp932")
        except UnicodeDecodeError:
            text = ""
        if text and _reads_as_japanese(text):
            return text, "cp932"
    raise ExportRefused(
        translate(
            "Records",
            "{file} could not be read as UTF-8 or Shift_JIS (CP932). Save it from the system or "
            'Excel as "CSV UTF-8", or name the encoding with --encoding.',
        ).format(file=name)
    )


def looks_like_formula(value: str) -> bool:
    return value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value)


def parse_csv(data: bytes, name: str, encoding: str | None = None) -> ParsedSource:
    text, used = decode(data, name, encoding)
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    columns: list[str] | None = None
    rows: list[list[Cell]] = []
    formulas = 0
    try:
        for fields in reader:
            if not any(f.strip() for f in fields):
                continue  # blank lines: Excel leaves them at the end
            if columns is None:
                columns = _header(fields, name)
                continue
            if len(fields) != len(columns):
                raise ExportRefused(
                    translate(
                        "Records",
                        "{file}, line {line}: {count} fields where the header has {columns}. "
                        "The file is damaged or has an unquoted comma; nothing was added.",
                    ).format(file=name, line=reader.line_num, count=len(fields), columns=len(columns))
                )
            for value in fields:
                if len(value) > MAX_CELL_CHARS:
                    raise ExportRefused(
                        translate(
                            "Records", "{file}, line {line}: a value is longer than {limit} characters."
                        ).format(file=name, line=reader.line_num, limit=MAX_CELL_CHARS)
                    )
                if looks_like_formula(value):
                    formulas += 1
            rows.append(list(fields))
            if len(rows) > MAX_ROWS or len(rows) * len(columns) > MAX_CELLS:
                raise _too_many(name)
    except csv.Error as exc:
        raise ExportRefused(
            translate("Records", "{file}, line {line}: {problem}. Nothing was added.").format(
                file=name, line=reader.line_num, problem=exc
            )
        ) from None
    if columns is None or not rows:
        raise ExportRefused(translate("Records", "{file} holds no records.").format(file=name))
    warnings = []
    if formulas:
        warnings.append(
            translate(
                "Records", "{count} value(s) start like a spreadsheet formula; they are kept as text."
            ).format(count=formulas)
        )
    return ParsedSource(name, columns, rows, "csv", used, warnings)


def _header(fields: list[str], name: str) -> list[str]:
    names = [f.strip() for f in fields]
    if len(names) > MAX_COLUMNS:
        raise ExportRefused(
            translate("Records", "{file} has {count} columns; at most {limit} can be taken in.").format(
                file=name, count=len(names), limit=MAX_COLUMNS
            )
        )
    return unique_columns(names)


def unique_columns(names: list[str]) -> list[str]:
    """Empty header cells get a number, repeated ones a suffix: a column must be nameable."""
    out: list[str] = []
    seen: set[str] = set()
    for i, raw in enumerate(names, start=1):
        label = raw or f"#{i}"
        candidate, n = label, 2
        while candidate in seen:
            candidate, n = f"{label} ({n})", n + 1
        seen.add(candidate)
        out.append(candidate)
    return out


def _too_many(name: str) -> ExportRefused:
    return ExportRefused(
        translate(
            "Records",
            "{file} has more than {rows} rows or {cells} values: it is not an export for one person.",
        ).format(file=name, rows=MAX_ROWS, cells=MAX_CELLS)
    )
