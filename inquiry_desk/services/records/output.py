"""The data held as it goes out: included rows only, redacted values replaced.

One place decides what leaves the case, so the enclosure, the machine-readable copy and any
later output cannot disagree about a redaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from inquiry_desk.domain.enums import Language
from inquiry_desk.intake.exports import Cell
from inquiry_desk.services.records.views import SourceView

# What stands in a redacted value's place, in the language of the letter it goes with.
REDACTED = {Language.JA: "（不開示）", Language.EN: "[redacted]"}


@dataclass(frozen=True)
class OutgoingTable:
    number: int
    name: str
    columns: list[str]
    rows: list[list[Cell]]  # as held; a redacted value is None and its position in `redacted`
    redacted: frozenset[tuple[int, int]]  # (row index, column index) within `rows`
    row_numbers: tuple[int, ...] = ()  # each row's number in its source, as staff name it


def outgoing(sources: list[SourceView]) -> list[OutgoingTable]:
    """Every source with at least one included row, its redacted values blanked."""
    out = []
    for s in sources:
        rows: list[list[Cell]] = []
        redacted: set[tuple[int, int]] = set()
        numbers: list[int] = []
        for row in s.included:
            numbers.append(row.number)
            cells = list(row.cells)
            for c in row.redactions:
                if 0 <= c < len(cells):
                    cells[c] = None  # the value itself never reaches an output
                    redacted.add((len(rows), c))
            rows.append(cells)
        if rows:
            out.append(OutgoingTable(s.number, s.name, s.columns, rows, frozenset(redacted), tuple(numbers)))
    return out
