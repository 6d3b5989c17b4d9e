"""Excel workbooks (.xlsx): every non-empty worksheet is one table, its first filled row the header.

The workbook is a ZIP of XML: its entries are measured before anything is inflated (a
10 KB file can claim gigabytes), and a damaged or foreign ZIP (a .docx renamed) is refused
by name. A formula cell gives the value Excel last saved with it; one that was never
calculated (written by a program, not by Excel) has no value to disclose, and the file is
refused naming the cell rather than printing an empty box or the formula.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time, timedelta
from typing import Any

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
from inquiry_desk.intake.exports.text_csv import unique_columns

# Inflated XML beyond this is not one person's export (and would take minutes to parse).
MAX_INFLATED_BYTES = 300 * 1024 * 1024


def _refuse_damaged(name: str) -> ExportRefused:
    return ExportRefused(
        translate(
            "Records", "{file} could not be read as an Excel workbook (.xlsx): the file is damaged."
        ).format(file=name)
    )


def _check_zip(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _refuse_damaged(name) from None
    names = {e.filename for e in entries}
    if "xl/workbook.xml" not in names:
        raise ExportRefused(
            translate("Records", "{file} is a ZIP file but not an Excel workbook.").format(file=name)
        )
    if sum(e.file_size for e in entries) > MAX_INFLATED_BYTES:
        raise ExportRefused(
            translate(
                "Records", "{file} unpacks to more than {megabytes} MB: it is not an export for one person."
            ).format(file=name, megabytes=MAX_INFLATED_BYTES // (1024 * 1024))
        )


def _value(value: Any) -> Cell:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if value.time() != time() else value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _sheet_rows(sheet: Any) -> tuple[list[list[Any]], list[tuple[int, int, str]]]:
    """Rows of values, and the (row, column, coordinate) of each formula cell."""
    rows: list[list[Any]] = []
    formulas: list[tuple[int, int, str]] = []
    for r, row in enumerate(sheet.iter_rows()):
        values = []
        for c, cell in enumerate(row):
            if getattr(cell, "data_type", None) == "f":
                formulas.append((r, c, str(cell.coordinate)))
            values.append(getattr(cell, "value", None))
        while values and values[-1] in (None, ""):
            values.pop()
        rows.append(values)
        if len(rows) > MAX_ROWS + 50:
            break
    return rows, formulas


def parse_xlsx(data: bytes, name: str) -> list[ParsedSource]:
    _check_zip(data, name)
    import openpyxl  # imported here: the CSV and JSON paths never need it

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        sheets = [(ws.title, *_sheet_rows(ws)) for ws in book.worksheets]
        book.close()
        cached: dict[str, list[list[Any]]] = {}
        if any(formulas for _, _, formulas in sheets):
            values_book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            for ws in values_book.worksheets:
                cached[ws.title] = [list(r) for r in ws.iter_rows(values_only=True)]
            values_book.close()
    except ExportRefused:
        raise
    except Exception:  # openpyxl raises anything from KeyError to XML errors on a damaged file
        raise _refuse_damaged(name) from None
    out: list[ParsedSource] = []
    for title, rows, formulas in sheets:
        for r, c, coordinate in formulas:
            saved = cached.get(title, [])
            value = saved[r][c] if r < len(saved) and c < len(saved[r]) else None
            if value is None:
                raise ExportRefused(
                    translate(
                        "Records",
                        "{file}, sheet {sheet}, cell {cell}: a formula with no saved value. Open the "
                        "file in Excel, save it, and add it again.",
                    ).format(file=name, sheet=title, cell=coordinate)
                )
            rows[r][c] = value
        table = _table(title, rows, name)
        if table is not None:
            out.append(table)
    if not out:
        raise ExportRefused(translate("Records", "{file} holds no records.").format(file=name))
    return out


def _table(title: str, rows: list[list[Any]], name: str) -> ParsedSource | None:
    filled = [row for row in rows if any(v not in (None, "") for v in row)]
    if len(filled) < 2:
        return None  # an empty sheet, or a header without rows
    header, body = filled[0], filled[1:]
    width = max(len(header), *(len(r) for r in body))
    if width > MAX_COLUMNS:
        raise ExportRefused(
            translate("Records", "{file} has {count} columns; at most {limit} can be taken in.").format(
                file=name, count=width, limit=MAX_COLUMNS
            )
        )
    if len(body) > MAX_ROWS or len(body) * width > MAX_CELLS:
        raise ExportRefused(
            translate(
                "Records",
                "{file} has more than {rows} rows or {cells} values: it is not an export for one person.",
            ).format(file=name, rows=MAX_ROWS, cells=MAX_CELLS)
        )
    columns = unique_columns([str(_value(v) or "").strip() for v in header] + [""] * (width - len(header)))
    table: list[list[Cell]] = []
    for row in body:
        cells = [_value(v) for v in row] + [None] * (width - len(row))
        for v in cells:
            if isinstance(v, str) and len(v) > MAX_CELL_CHARS:
                raise ExportRefused(
                    translate("Records", "{file}: a value is longer than {limit} characters.").format(
                        file=name, limit=MAX_CELL_CHARS
                    )
                )
        table.append(cells)
    return ParsedSource(title, columns, table, "xlsx")
