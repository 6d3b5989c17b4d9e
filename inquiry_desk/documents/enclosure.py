"""The disclosure enclosure: the data held as readable tables, one per source.

Each source gets columns as wide as its values need, within the page: a table that does not
fit a portrait page goes on landscape pages, and one too wide even for landscape is split into
parts of columns, each repeating the row numbers. A long value wraps inside its cell (with
Japanese line-breaking rules) and never runs under the next one. Only cells that need
wrapping become Paragraphs — a 2,000-row order history is mostly single-line values, and a
Paragraph costs a hundred times a plain string. Everything is set in the one embedded Gothic
face (each face costs a font subset per PDF). Redacted values print as the marker, in grey.
"""

from __future__ import annotations

import io
import re
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from inquiry_desk.documents import templates, values
from inquiry_desk.documents.context import DocumentContext, RecordTable
from inquiry_desk.documents.fonts import GOTHIC, register_fonts
from inquiry_desk.documents.kinsoku import Paragraph
from inquiry_desk.documents.layout import make_canvas
from inquiry_desk.domain.enums import Language

MARGIN = 14 * mm
MARGIN_BOTTOM = 18 * mm
PORTRAIT = A4
LANDSCAPE = landscape(A4)
FONT_SIZE = 8
LEADING = 10.5
PAD = 3  # cell padding, each side
MIN_COLUMN = 20 * mm
MAX_NATURAL = 95 * mm  # a long message wraps rather than claiming the whole page
GREY = colors.HexColor("#6b7480")
HEAD_BG = colors.HexColor("#e8edf3")


def _avail(pagesize: tuple[float, float]) -> float:
    return float(pagesize[0] - 2 * MARGIN)


def _width(text: str) -> float:
    return float(stringWidth(text[:300], GOTHIC, FONT_SIZE))


def _styles(language: Language) -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("encl", fontName=GOTHIC, fontSize=9.5, leading=14, wordWrap="CJK")
    return {
        "title": ParagraphStyle("t", parent=base, fontSize=15, leading=21, spaceAfter=3),
        "lead": ParagraphStyle("l", parent=base, textColor=GREY),
        "body": ParagraphStyle("b", parent=base, spaceBefore=4, spaceAfter=4),
        "h2": ParagraphStyle("h", parent=base, fontSize=11, leading=15, spaceBefore=8, spaceAfter=3),
        "note": ParagraphStyle("n", parent=base, fontSize=8, leading=11, textColor=GREY, spaceAfter=2),
        "cjk": ParagraphStyle("c", fontName=GOTHIC, fontSize=FONT_SIZE, leading=LEADING, wordWrap="CJK"),
        "latin": ParagraphStyle("w", fontName=GOTHIC, fontSize=FONT_SIZE, leading=LEADING),
    }


def _fit(natural: list[float], floor: list[float], avail: float) -> list[float]:
    """Widths that fill ``avail``: all natural if they fit (spread out), else the widest cut
    down to one level (never below their floor), which the binary search finds."""
    total = sum(natural)
    if total <= avail:
        extra = (avail - total) / len(natural)
        return [w + extra for w in natural]
    low, high = 0.0, max(natural)
    for _ in range(40):
        level = (low + high) / 2
        if sum(max(f, min(n, level)) for n, f in zip(natural, floor, strict=True)) > avail:
            high = level
        else:
            low = level
    return [max(f, min(n, low)) for n, f in zip(natural, floor, strict=True)]


def plan_columns(table: RecordTable, marker: str) -> tuple[tuple[float, float], list[list[int]], list[float]]:
    """(page size, groups of column indexes, width of every column) for one source."""
    natural = []
    for c, name in enumerate(table.columns):
        widest = max(
            [_width(name)] + [_width(marker if row[c] is None else str(row[c])) for row in table.rows]
        )
        natural.append(min(widest + 2 * PAD + 1, MAX_NATURAL))
    floor = [min(n, MIN_COLUMN) for n in natural]
    number = _width(str(len(table.rows))) + 2 * PAD + 4
    if sum(natural) + number <= _avail(PORTRAIT):
        return PORTRAIT, [list(range(len(natural)))], _fit(natural, floor, _avail(PORTRAIT) - number)
    avail = _avail(LANDSCAPE) - number
    groups: list[list[int]] = [[]]
    used = 0.0
    for c, f in enumerate(floor):
        if groups[-1] and used + f > avail:
            groups.append([])
            used = 0.0
        groups[-1].append(c)
        used += f
    widths = [0.0] * len(natural)
    for group in groups:
        for c, w in zip(
            group, _fit([natural[c] for c in group], [floor[c] for c in group], avail), strict=True
        ):
            widths[c] = w
    return LANDSCAPE, groups, widths


def _cell(text: str, width: float, st: dict[str, ParagraphStyle]) -> Any:
    if _width(text) <= width - 2 * PAD and "\n" not in text:
        return text  # a plain string: drawn in the table's font, no Paragraph needed
    words = text.split()
    latin = all(ord(ch) < 0x2E80 for ch in text) and all(_width(w) <= width - 2 * PAD for w in words)
    return Paragraph(templates.text(text), st["latin"] if latin else st["cjk"])


def _table(
    table: RecordTable, group: list[int], widths: list[float], number_label: str, marker: str, st: Any
) -> Table:
    header = [number_label] + [_cell(table.columns[c], widths[c], st) for c in group]
    body: list[list[Any]] = [header]
    greyed: list[tuple[int, int]] = []
    for r, row in enumerate(table.rows, start=1):
        line: list[Any] = [str(r)]
        for i, c in enumerate(group, start=1):
            value = row[c]
            if value is None:
                line.append(marker)
                greyed.append((i, r))
            else:
                line.append(_cell(value, widths[c], st) if value else "")
        body.append(line)
    number_width = _width(str(len(table.rows))) + 2 * PAD + 4
    out = Table(body, colWidths=[number_width] + [widths[c] for c in group], repeatRows=1, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), GOTHIC),
        ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), LEADING),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b8c0c8")),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("TEXTCOLOR", (0, 1), (0, -1), GREY),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    style += [("TEXTCOLOR", cell, cell, GREY) for cell in greyed]
    # Amounts and counts line up by their last digit, as in any table of figures.
    style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i, c in enumerate(group, start=1) if _numeric(table, c)]
    out.setStyle(TableStyle(style))
    return out


_FIGURE = re.compile(r"[+-]?[\d,]+(\.\d+)?")


def _numeric(table: RecordTable, column: int) -> bool:
    values = [row[column] for row in table.rows if row[column]]
    return bool(values) and all(_FIGURE.fullmatch(v) for v in values if v is not None)


def _footer(reference: str, label: str) -> Any:
    def draw(canvas: Canvas, page: int, pages: int) -> None:
        width = canvas._pagesize[0]
        canvas.saveState()
        canvas.setFont(GOTHIC, 8)
        canvas.setFillGray(0.3)
        canvas.setStrokeGray(0.6)
        canvas.line(MARGIN, 12 * mm, width - MARGIN, 12 * mm)
        canvas.drawString(MARGIN, 8 * mm, reference)
        canvas.drawCentredString(
            width / 2, 8 * mm, templates.fill(label, {"page": str(page), "pages": str(pages)})
        )
        canvas.restoreState()

    return draw


def _frame(pagesize: tuple[float, float], name: str) -> PageTemplate:
    frame = Frame(
        MARGIN,
        MARGIN_BOTTOM,
        pagesize[0] - 2 * MARGIN,
        pagesize[1] - MARGIN - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )
    return PageTemplate(id=name, frames=[frame], pagesize=pagesize)


def enclosure_items(tables: list[RecordTable], language: Language, name: str = "disclosure") -> list[str]:
    """What the response letter lists as enclosed: the enclosure by its title, then its tables
    as their headings read ("1．注文履歴（2件）"), so the letter and the enclosure agree."""
    if not tables:
        return []
    wording = templates.section(templates.load(name), language.value)
    heading = str(wording["source_heading"])
    return [str(wording["title"])] + [
        templates.fill(heading, {"number": str(t.number), "name": t.name, "rows": f"{len(t.rows):,}"})
        for t in tables
    ]


def render_enclosure(name: str, ctx: DocumentContext) -> bytes:
    register_fonts()
    rl_config.useA85 = 0
    wording = templates.section(templates.load(name), ctx.language.value)
    vals = values.build(ctx)
    st = _styles(ctx.language)
    marker = str(wording["redacted"])
    intro = wording["intro_gdpr"] if ctx.jurisdiction.is_gdpr else wording["intro_appi"]
    story: list[Flowable] = [
        Paragraph(templates.markup(wording["title"], vals), st["title"]),
        Paragraph(templates.markup(wording["lead"], vals), st["lead"]),
    ]
    if ctx.applicant.name:
        story.append(Paragraph(templates.markup(wording["subject_line"], vals), st["lead"]))
    story.append(Paragraph(templates.markup(intro, vals), st["body"]))
    if not ctx.records:
        story.append(Paragraph(templates.markup(wording["none"], vals), st["body"]))
    plans = [(table, *plan_columns(table, marker)) for table in ctx.records]
    # The first page takes the first table's orientation: the title never sits alone on a page.
    first = plans[0][1] if plans else PORTRAIT
    current = first
    for table, pagesize, groups, widths in plans:
        if pagesize != current:
            story += [NextPageTemplate("landscape" if pagesize == LANDSCAPE else "portrait"), PageBreak()]
            current = pagesize
        heading = templates.fill(
            str(wording["source_heading"]),
            {"number": str(table.number), "name": table.name, "rows": f"{len(table.rows):,}"},
        )
        story.append(Paragraph(templates.text(heading), st["h2"]))
        for group in groups:
            if len(groups) > 1:
                part = templates.fill(
                    str(wording["columns_part"]),
                    {
                        "first": str(group[0] + 1),
                        "last": str(group[-1] + 1),
                        "count": str(len(table.columns)),
                    },
                )
                story.append(Paragraph(templates.text(part), st["note"]))
            story.append(_table(table, group, widths, str(wording["row_number"]), marker, st))
            story.append(Spacer(1, 4 * mm))
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=first,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN_BOTTOM,
        title=templates.fill(str(wording["title"]), vals),
        author="",
        subject=ctx.reference,
        creator="Inquiry Desk",
        invariant=1,
        initialFontName=GOTHIC,
    )
    pages = [_frame(PORTRAIT, "portrait"), _frame(LANDSCAPE, "landscape")]
    doc.addPageTemplates(pages if first == PORTRAIT else pages[::-1])
    doc.build(story, canvasmaker=make_canvas(_footer(ctx.reference, str(wording["page_label"]))))
    return buf.getvalue()
