"""Shared page furniture: styles, the reference / "page N of M" footer, the QR code, addresses."""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import cache
from typing import Any

import qrcode
import qrcode.constants
from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from inquiry_desk.documents import templates
from inquiry_desk.documents.fonts import GOTHIC, MINCHO, register_fonts
from inquiry_desk.domain.enums import Language
from inquiry_desk.domain.parties import PartyData

PAGE_W, PAGE_H = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 24 * mm  # room for the footer and the QR code

Decorator = Callable[[Canvas, int, int], None]
# Tables default to Helvetica for plain-string cells; naming our font keeps every font in the
# PDF embedded (a non-embedded base-14 font would print differently on each printer).
BASE_TABLE: list[tuple[Any, ...]] = [("FONTNAME", (0, 0), (-1, -1), MINCHO)]


@cache
def styles(language: Language, heading_font: str = GOTHIC) -> dict[str, ParagraphStyle]:
    """Paragraph styles per language; Japanese wraps anywhere (CJK rules), English at spaces.

    ``heading_font``: forms and fax covers set titles and headings in Gothic; letters pass
    Mincho (see ``letters.LETTER_FONT``)."""
    register_fonts()
    ja = language is Language.JA
    wrap = "CJK" if ja else None
    body = ParagraphStyle(
        "body",
        fontName=MINCHO,
        fontSize=10.5,
        leading=17 if ja else 14.5,
        wordWrap=wrap,
        spaceAfter=4 if ja else 6,
    )
    return {
        "body": body,
        "indent": ParagraphStyle("indent", parent=body, firstLineIndent=10.5 if ja else 0),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=12, spaceAfter=0),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT, spaceAfter=0),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "left": ParagraphStyle("left", parent=body, alignment=TA_LEFT, spaceAfter=0),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=heading_font,
            fontSize=15,
            leading=22,
            alignment=TA_CENTER,
            spaceBefore=6,
            spaceAfter=10,
        ),
        "subject": ParagraphStyle(
            "subject",
            parent=body,
            fontName=heading_font,
            fontSize=12,
            leading=18,
            alignment=TA_CENTER if ja else TA_LEFT,
            spaceBefore=10,
            spaceAfter=10,
        ),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=heading_font, fontSize=10.5, spaceBefore=6, spaceAfter=3
        ),
        "name": ParagraphStyle("name", parent=body, fontSize=13, leading=19, spaceBefore=3),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13, spaceAfter=0),
        "cellhead": ParagraphStyle(
            "cellhead", parent=body, fontName=heading_font, fontSize=9, leading=12, spaceAfter=0
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2, bulletFontName=MINCHO
        ),
    }


def make_canvas(decorate: Decorator) -> type[Canvas]:
    """A canvas that draws the footer after the last page, when the page count is known."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def footer(reference: str, language: Language, *, qr: bool, font: str = GOTHIC) -> Decorator:
    """Reference and page N of M on every page; the QR code on forms sent to applicants."""
    page_label = str(
        templates.section(templates.load("company"), language.value).get(
            "page_label", "Page {page} of {pages}"
        )
    )

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setStrokeGray(0.6)
        canvas.line(MARGIN_X, 17 * mm, PAGE_W - MARGIN_X, 17 * mm)
        canvas.setFillGray(0.25)
        canvas.drawString(MARGIN_X, 12.5 * mm, reference)
        canvas.drawCentredString(
            PAGE_W / 2, 12.5 * mm, templates.fill(page_label, {"page": str(page), "pages": str(pages)})
        )
        if qr and reference:
            draw_qr(canvas, reference, PAGE_W - MARGIN_X - 15 * mm, 2 * mm, 15 * mm)
        canvas.restoreState()

    return draw


@cache
def _qr_matrix(value: str) -> tuple[tuple[bool, ...], ...]:
    # Cached: a batch of forms for one case repeats the same code on every page.
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(value)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float) -> None:
    """The QR code as filled squares (not reportlab's widget, whose renderer pulls in a
    non-embedded Helvetica)."""
    matrix = _qr_matrix(value)
    cell = size / len(matrix)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                path.rect(x + c * cell, y + size - (r + 1) * cell, cell, cell)
    canvas.saveState()
    canvas.setFillGray(0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def build_pdf(
    story: list[Flowable], decorate: Decorator, *, title: str, reference: str, keywords: str = ""
) -> bytes:
    register_fonts()
    # Binary (Flate only) page streams instead of Flate + ASCII85: ASCII85 only served 7-bit
    # mail transports, makes files bigger and costs ~15 % of a letter's rendering time.
    rl_config.useA85 = 0
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="",
        subject=reference,
        keywords=keywords,
        creator="Inquiry Desk",
        invariant=1,
        initialFontName=MINCHO,
        initialFontSize=10.5,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        PAGE_W - 2 * MARGIN_X,
        PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=make_canvas(decorate))
    return buf.getvalue()


def country_name(code: str) -> str:
    names = templates.load("envelope").get("countries", {})
    return str(names.get(code.upper(), code.upper()))


def is_domestic(party: PartyData) -> bool:
    return party.country.upper() in ("", "JP", "JPN", "JAPAN")


def postal_lines(party: PartyData, language: Language, *, honorific: bool = True) -> list[str]:
    """The address as it goes on a letter or envelope.

    Japanese addresses: 〒 code, prefecture to building, then the name. International ones
    follow UPU order: name, street, town and postcode, country in capitals on the last line.
    A Japanese document names the addressee with 様 wherever the letter goes (as
    ``values.honorific_name``); an English one the name alone.
    """
    name = f"{party.name} 様" if honorific and language is Language.JA else party.name
    if is_domestic(party):
        lines = [f"〒{party.postal_code}"] if party.postal_code else []
        lines += party.address_lines
        if party.name:
            lines.append(name)
        return lines
    lines = [name] if party.name else []
    lines += party.address_lines
    joined = " ".join(lines)
    if party.postal_code and party.postal_code not in joined:
        lines.append(party.postal_code)
    country = country_name(party.country)
    if len(lines) > 1 and lines[-1].strip().upper() == country.upper():
        lines[-1] = country.upper()  # the applicant wrote the country, not in capitals
    elif country.upper() not in (lines[-1].upper() if lines else ""):
        lines.append(country.upper())
    return lines
