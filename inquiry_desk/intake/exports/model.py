"""What a company system's export becomes: named tables of plain values, nothing else.

A value is kept as its type in the export (text, number, true/false, empty): the
machine-readable copy gives the applicant back what the system holds, not a rendering of it.
Dates and times from a workbook become ISO 8601 text, as JSON has no date type.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from inquiry_desk.domain.errors import UserError

Cell = str | int | float | bool | None

# Bounds on what one file may bring in. A system's export for one person is small (a few
# thousand orders at most); anything near these is a wrong file (a whole table, a dump).
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_CELLS = 2_000_000
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell


class ExportRefused(UserError):
    """The file cannot be taken in as it is; the message says why and what to do."""


@dataclass
class ParsedSource:
    """One table of an export: a CSV file, a worksheet, or one list of a JSON object."""

    name: str
    columns: list[str]
    rows: list[list[Cell]]
    format: str  # "csv" / "xlsx" / "json"
    encoding: str = ""  # how a CSV was decoded ("utf-8", "utf-8-sig", "cp932")
    # Things staff should know, already translated (values that look like formulas, ...).
    warnings: list[str] = field(default_factory=list)


def cell_text(value: Cell) -> str:
    """A value as the enclosure and the CSV copy print it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)
