"""Reading the exports the company's systems produce (CSV, XLSX, JSON) into plain tables.

No Qt, no database: ``read_export`` takes the file's bytes and gives ``ParsedSource`` tables
or raises ``ExportRefused`` with a message for staff. The format is told by the content, not
the file name (a ``.csv`` that is really a workbook is read as the workbook it is).
"""

from __future__ import annotations

from inquiry_desk.intake.exports.model import (
    MAX_FILE_BYTES,
    Cell,
    ExportRefused,
    ParsedSource,
    cell_text,
)
from inquiry_desk.intake.exports.read import read_export

__all__ = ["MAX_FILE_BYTES", "Cell", "ExportRefused", "ParsedSource", "cell_text", "read_export"]
