"""The entry point: document names, the glyph check, and rendering to PDF bytes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from inquiry_desk.documents import templates
from inquiry_desk.documents.context import REFERENCE_RE, DocumentContext, ExtensionInfo, FeeInfo, RecordTable
from inquiry_desk.documents.fonts import GlyphProblem, MissingGlyphsError, check_fields, printable
from inquiry_desk.domain.i18n import translate
from inquiry_desk.domain.parties import PartyData

# CLI name → template file; the layout named in the template picks the renderer.
T = TypeVar("T")

DOCUMENTS = (
    "request-form",
    "cover-letter",
    "missing-documents",
    "acknowledgement",
    "extension-notice",
    "response",
    "fax-cover",
    "envelope",
    "disclosure",
)


@dataclass(frozen=True)
class DocumentInfo:
    name: str
    title: str
    # True for forms that go to the applicant and come back: they carry the QR code.
    has_qr: bool
    title_ja: str = ""  # the template's own Japanese title, for Japanese screens

    @property
    def label(self) -> str:
        return self.title

    @property
    def label_ja(self) -> str:
        return self.title_ja or self.title


class UnknownDocumentError(KeyError):
    """No document of that name (the CLI shows ``list_documents()``)."""


def list_documents() -> list[DocumentInfo]:
    infos = []
    for name in DOCUMENTS:
        doc = templates.load(name).get("document", {})
        title = str(doc.get("title", name))
        infos.append(DocumentInfo(name, title, bool(doc.get("qr", False)), str(doc.get("title_ja", ""))))
    return infos


def check_glyphs(ctx: DocumentContext) -> list[GlyphProblem]:
    """Fields holding characters the font cannot print; empty when all is printable."""
    return check_fields(ctx.text_fields())


def render(name: str, ctx: DocumentContext, *, allow_missing_glyphs: bool = False) -> bytes:
    """Render one document to PDF bytes.

    Raises ``MissingGlyphsError`` when a field holds characters the font lacks, unless the user
    chose to print anyway (``allow_missing_glyphs``), in which case they print as 〓.
    """
    if name not in DOCUMENTS:
        raise UnknownDocumentError(name)
    if ctx.reference and not REFERENCE_RE.fullmatch(ctx.reference):
        raise ValueError(f"Not a case reference: {ctx.reference!r} (expected PI-YYYY-NNNN)")
    problems = check_glyphs(ctx)
    if problems and not allow_missing_glyphs:
        raise MissingGlyphsError(problems)
    clean = sanitised(ctx, replace=bool(problems))
    layout = str(templates.load(name).get("document", {}).get("layout", "letter"))
    return _renderer(layout)(name, clean)


def _renderer(layout: str) -> Callable[[str, DocumentContext], bytes]:
    # Imported here so that listing documents or checking glyphs does not load every layout.
    if layout == "letter":
        from inquiry_desk.documents.letters import render_letter

        return render_letter
    if layout == "form":
        from inquiry_desk.documents.request_form import render_request_form

        return render_request_form
    if layout == "fax":
        from inquiry_desk.documents.fax import render_fax_cover

        return render_fax_cover
    if layout == "envelope":
        from inquiry_desk.documents.envelope import render_envelope

        return render_envelope
    if layout == "enclosure":
        from inquiry_desk.documents.enclosure import render_enclosure

        return render_enclosure
    raise templates.TemplateError(
        translate("Templates", "Unknown layout {layout}").format(layout=repr(layout))
    )


def sanitised(value: T, *, replace: bool) -> T:
    """A copy of the context whose strings are ready for the font (see ``fonts.printable``)."""
    if isinstance(value, str):
        # Enum members (language, request types) are str too, but are identifiers, not text.
        return value if isinstance(value, Enum) else printable(value, replace=replace)  # type: ignore[return-value]
    if isinstance(value, list):
        return [sanitised(v, replace=replace) for v in value]  # type: ignore[return-value]
    if isinstance(value, DocumentContext | PartyData | FeeInfo | ExtensionInfo | RecordTable):
        changes = {
            f.name: sanitised(getattr(value, f.name), replace=replace) for f in dataclasses.fields(value)
        }
        return dataclasses.replace(value, **changes)
    return value
