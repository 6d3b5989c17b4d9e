"""Printable documents: forms, letters, fax covers and envelopes rendered from forms/ templates.

No database access here: callers pass a ``DocumentContext``. Printing (Qt) lives in
``inquiry_desk.printers`` and is imported only by those who print.
"""

from __future__ import annotations

from inquiry_desk.documents.context import DocumentContext, ExtensionInfo, FeeInfo, RecordTable
from inquiry_desk.documents.fonts import GlyphProblem, MissingGlyphsError, missing_glyphs
from inquiry_desk.documents.qr import decode_reference
from inquiry_desk.documents.render import (
    DOCUMENTS,
    DocumentInfo,
    UnknownDocumentError,
    check_glyphs,
    list_documents,
    render,
)
from inquiry_desk.documents.templates import TemplateError

__all__ = [
    "DOCUMENTS",
    "DocumentContext",
    "DocumentInfo",
    "ExtensionInfo",
    "FeeInfo",
    "GlyphProblem",
    "MissingGlyphsError",
    "RecordTable",
    "TemplateError",
    "UnknownDocumentError",
    "check_glyphs",
    "decode_reference",
    "list_documents",
    "missing_glyphs",
    "render",
]
