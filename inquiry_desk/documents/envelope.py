"""Address page for window envelopes (長形3号, DL) and address-label sheets.

Drawn on the canvas at fixed positions from forms/envelope.toml, because the address has to
sit exactly behind the envelope's window or on one label; flowing text cannot promise that.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from inquiry_desk.documents import templates, values
from inquiry_desk.documents.context import DocumentContext
from inquiry_desk.documents.fonts import GOTHIC, MINCHO, register_fonts
from inquiry_desk.documents.layout import PAGE_H, PAGE_W, footer, is_domestic, make_canvas, postal_lines
from inquiry_desk.domain.enums import Language
from inquiry_desk.domain.parties import PartyData


def _fit_lines(
    canvas: Canvas,
    lines: list[str],
    x: float,
    top: float,
    width: float,
    height: float,
    size: float,
    name_line: int,
) -> None:
    """Draw lines top-down, shrinking the type until the block fits the window."""
    while size > 6:
        widths = [
            canvas.stringWidth(line, MINCHO, size * (1.25 if i == name_line else 1))
            for i, line in enumerate(lines)
        ]
        total = sum(size * (1.25 if i == name_line else 1) * 1.35 for i in range(len(lines)))
        if max(widths, default=0) <= width and total <= height:
            break
        size -= 0.5
    y = top
    for i, line in enumerate(lines):
        s = size * (1.25 if i == name_line else 1)
        y -= s * 1.35
        canvas.setFont(MINCHO, s)
        canvas.drawString(x, y, line)


def _address(
    canvas: Canvas, party: PartyData, lang: Language, x: float, top: float, w: float, h: float
) -> None:
    lines = postal_lines(party, lang)
    name_line = len(lines) - 1 if is_domestic(party) else 0
    _fit_lines(canvas, lines, x, top, w, h, 11, name_line)


def _return_lines(domestic: bool) -> list[str]:
    if domestic:
        # Mail within Japan comes back through the Japanese post: the return address in
        # Japanese order, whatever the letter's language (the English block has the code in
        # its address lines and the company first, which a 〒 line above would garble).
        co = values.company(Language.JA)
        return [f"〒{co['postal_code']}", *co["address"], co["company"], co["department"]]
    # Mail from abroad comes back through Japan Post: the return address in English, UPU order.
    en = values.company(Language.EN)
    return [en["company"], en["department"], *en["address"]]


def _window_page(canvas: Canvas, ctx: DocumentContext, geo: dict[str, Any], w: dict[str, str]) -> None:
    x, top = geo["window_x"] * mm, PAGE_H - geo["window_y"] * mm
    width, height = geo["window_w"] * mm, geo["window_h"] * mm
    domestic = is_domestic(ctx.recipient)
    canvas.setStrokeGray(0.75)
    canvas.setDash(2, 2)
    canvas.rect(x - 2 * mm, top - height, width + 4 * mm, height)  # where the window is: aids folding
    canvas.setDash()
    for fold in geo.get("fold_marks", []):
        canvas.line(0, PAGE_H - fold * mm, 6 * mm, PAGE_H - fold * mm)
        canvas.line(PAGE_W - 6 * mm, PAGE_H - fold * mm, PAGE_W, PAGE_H - fold * mm)
    inner_top = top - 3 * mm
    if geo.get("return_line"):
        # DIN 5008: one small line with the sender's address at the top of the window.
        en = values.company(Language.EN)
        line = " · ".join([en["company"], *en["address"]])
        size = 6.0
        while size > 4 and canvas.stringWidth(line, GOTHIC, size) > width:
            size -= 0.25
        canvas.setFont(GOTHIC, size)
        canvas.drawString(x, top - 4 * mm, line)
        canvas.line(x, top - 5 * mm, x + min(width, canvas.stringWidth(line, GOTHIC, size)), top - 5 * mm)
        inner_top = top - 7 * mm
    _address(canvas, ctx.recipient, ctx.language, x, inner_top, width, height - (top - inner_top) - 2 * mm)
    # Confidential marks beside the window, as Japanese offices stamp 親展 in red.
    mark_x = x + width + 10 * mm
    canvas.setFillColorRGB(0.75, 0, 0)
    canvas.setStrokeColorRGB(0.75, 0, 0)
    canvas.setFont(GOTHIC, 14)
    label = w["confidential"]
    lw = canvas.stringWidth(label, GOTHIC, 14)
    canvas.rect(mark_x - 2 * mm, top - 11 * mm, lw + 4 * mm, 9 * mm)
    canvas.drawString(mark_x, top - 8.5 * mm, label)
    canvas.setFont(GOTHIC, 8)
    canvas.drawString(mark_x, top - 17 * mm, w["enclosed"])
    canvas.setFillGray(0)
    canvas.setFont(GOTHIC, 9)
    canvas.drawString(mark_x, top - 24 * mm, ctx.reference)
    if not geo.get("return_line"):
        canvas.setFont(MINCHO, 8)
        y = top - height - 8 * mm
        canvas.drawString(x, y, w["sender_prefix"])
        for line in _return_lines(domestic):
            y -= 11
            canvas.drawString(x + 4 * mm, y, line)


def _labels(canvas: Canvas, ctx: DocumentContext, geo: dict[str, Any], w: dict[str, str]) -> None:
    cols, rows = int(geo["columns"]), int(geo["rows"])
    lw, lh = geo["label_w"] * mm, geo["label_h"] * mm
    slots = cols * rows
    start = max(0, min(ctx.label_start, slots - 2))

    def origin(index: int) -> tuple[float, float]:
        col, row = index % cols, index // cols
        left = (geo["margin_left"] + col * (geo["label_w"] + geo.get("gap_x", 0))) * mm
        top = PAGE_H - (geo["margin_top"] + row * (geo["label_h"] + geo.get("gap_y", 0))) * mm
        return left, top

    pad = 5 * mm
    left, top = origin(start)
    _address(canvas, ctx.recipient, ctx.language, left + pad, top - pad, lw - 2 * pad, lh - 2 * pad)
    canvas.setFont(GOTHIC, 6.5)
    canvas.drawRightString(left + lw - pad, top - lh + 3 * mm, ctx.reference)
    # The next label carries the return address, for the back of the envelope.
    left, top = origin(start + 1)
    lines = [w["return_label_heading"], *_return_lines(is_domestic(ctx.recipient))]
    _fit_lines(canvas, lines, left + pad, top - pad, lw - 2 * pad, lh - 2 * pad, 9, -1)


def render_envelope(name: str, ctx: DocumentContext) -> bytes:
    register_fonts()
    rl_config.useA85 = 0  # as in layout.build_pdf
    data = templates.load(name)
    w = templates.section(data, ctx.language.value)
    style = ctx.envelope_style or ("naga3" if is_domestic(ctx.recipient) else "dl")
    geo = data.get("styles", {}).get(style)
    if geo is None:
        raise templates.TemplateError(f"envelope.toml has no style {style!r}")
    buf = io.BytesIO()
    canvas_class = make_canvas(footer(ctx.reference, ctx.language, qr=False))
    canvas = canvas_class(buf, pagesize=A4, invariant=1, initialFontName=MINCHO, initialFontSize=10)
    canvas.setTitle(str(data.get("document", {}).get("title", name)))
    if style == "labels":
        _labels(canvas, ctx, geo, w)
    else:
        _window_page(canvas, ctx, geo, w)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()
