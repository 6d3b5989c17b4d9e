"""The fax cover sheet: large type and a plain grid, because fax halves the resolution."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from inquiry_desk.documents import templates, values
from inquiry_desk.documents.context import DocumentContext
from inquiry_desk.documents.kinsoku import Paragraph
from inquiry_desk.documents.layout import BASE_TABLE, MARGIN_X, PAGE_W, build_pdf, footer, styles
from inquiry_desk.domain.enums import Language

WIDTH = PAGE_W - 2 * MARGIN_X


def render_fax_cover(name: str, ctx: DocumentContext) -> bytes:
    data = templates.load(name)
    w = templates.section(data, ctx.language.value)
    vals = values.build(ctx)
    st = styles(ctx.language)
    ja = ctx.language is Language.JA
    recipient = values.honorific_name(ctx.recipient, ctx.language)
    sender = "\n".join(v for v in (vals["company"], vals["department"], vals["staff_name"]) if v)
    contact = f"TEL {vals['phone']}" + (f" / FAX {vals['fax']}" if vals["fax"] else "")
    rows = [
        ("to", recipient),
        ("to_fax", ctx.recipient.fax),
        ("from", sender),
        ("from_contact", contact),
        ("date", vals["date"]),
        ("pages", vals["fax_pages"]),
        ("reference", ctx.reference),
    ]
    big = st["name"]
    table = Table(
        [
            [Paragraph(templates.text(w[key]), st["heading"]), Paragraph(templates.text(value), big)]
            for key, value in rows
        ],
        colWidths=[48 * mm, WIDTH - 48 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                *BASE_TABLE,
                ("GRID", (0, 0), (-1, -1), 0.8, "#000000"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    message = Table(
        [[Paragraph(templates.markup(w["message"], vals), st["body"])]],
        colWidths=[WIDTH],
        rowHeights=[60 * mm],
    )
    message.setStyle(
        TableStyle(
            [
                *BASE_TABLE,
                ("BOX", (0, 0), (-1, -1), 0.8, "#000000"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    title_style = st["title"].clone("faxtitle", fontSize=24, leading=32, spaceAfter=14)
    story: list[Flowable] = [
        Paragraph(templates.text(w["title"]), title_style),
        table,
        Spacer(1, 8 * mm),
        message,
        Spacer(1, 8 * mm),
        Paragraph(templates.markup(w["notice"], vals), st["body" if ja else "small"]),
    ]
    if ctx.free_text.strip():
        story.insert(4, Paragraph(templates.text(ctx.free_text.strip()), st["body"]))
    decorate = footer(ctx.reference, ctx.language, qr=bool(data.get("document", {}).get("qr", False)))
    return build_pdf(story, decorate, title=str(w["title"]), reference=ctx.reference)
