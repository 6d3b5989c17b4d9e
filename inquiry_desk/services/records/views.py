"""What the records service returns: plain values, decrypted, for screens, the CLI and documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from inquiry_desk.intake.exports import Cell, cell_text


@dataclass(frozen=True)
class RowView:
    number: int  # 1-based within its source
    included: bool
    cells: list[Cell]
    # column index (0-based) → the reason staff gave for redacting that value
    redactions: dict[int, str] = field(default_factory=dict)

    def shown(self, column: int, marker: str) -> str:
        """The value as it goes out: the marker in place of a redacted one."""
        return marker if column in self.redactions else cell_text(self.cells[column])


@dataclass(frozen=True)
class SourceView:
    number: int
    name: str
    filename: str
    format: str
    encoding: str
    columns: list[str]
    rows: list[RowView]
    added_at: datetime
    warnings: list[str] = field(default_factory=list)

    @property
    def included(self) -> list[RowView]:
        return [r for r in self.rows if r.included]

    @property
    def redacted_count(self) -> int:
        return sum(len(r.redactions) for r in self.rows if r.included)


@dataclass(frozen=True)
class SourceSummary:
    """One source just added (what the CLI and the screen report)."""

    number: int
    name: str
    format: str
    encoding: str
    rows: int
    columns: int
    warnings: list[str]
