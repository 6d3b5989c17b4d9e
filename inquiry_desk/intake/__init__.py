"""Intake parsing: turn an incoming file (.eml, .msg, fax PDF/TIFF, scan) into a `ParsedInquiry`.

Qt-free and SQL-free; the services layer stores the result.  See parse.py for the
entry points and prepass.py / model.py for how large payloads stay out of memory.
"""

from __future__ import annotations

from inquiry_desk.intake.filenames import safe_filename, unique_path_in
from inquiry_desk.intake.model import (
    Attachment,
    Blob,
    ParsedInquiry,
    SourceKind,
    Suggestions,
    UnreadableInput,
)
from inquiry_desk.intake.parse import parse_bytes, parse_file

__all__ = [
    "Attachment",
    "Blob",
    "ParsedInquiry",
    "SourceKind",
    "Suggestions",
    "UnreadableInput",
    "parse_bytes",
    "parse_file",
    "safe_filename",
    "unique_path_in",
]
