"""Letters: cover letter, missing documents, acknowledgement, extension notice, response.

Japanese letters follow business-letter form: reference and date top right, addressee with
様 top left, the company block on the right, the subject centred, 拝啓 … 敬具, and details
between 記 and 以上. English letters follow the usual British/international business layout.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from inquiry_desk.documents import templates, values
from inquiry_desk.documents.context import DocumentContext
from inquiry_desk.documents.fonts import MINCHO
from inquiry_desk.documents.kinsoku import Paragraph
from inquiry_desk.documents.layout import (
    BASE_TABLE,
    MARGIN_X,
    PAGE_W,
    build_pdf,
    footer,
    is_domestic,
    postal_lines,
    styles,
)
from inquiry_desk.domain.enums import Language

WIDTH = PAGE_W - 2 * MARGIN_X
# Letters are set in Mincho throughout, as Japanese business letters commonly are; subject and
# headings stand out by size. It is also the speed fix: every face used costs a font subset
# built and compressed into each PDF (about half of a letter's rendering time with two faces).
LETTER_FONT = MINCHO


def letter_styles(language: Language) -> dict[str, ParagraphStyle]:
    return styles(language, LETTER_FONT)


def conditions(ctx: DocumentContext) -> dict[str, bool]:
    """The names a template's ``when`` may test."""
    return {
        "fee": ctx.fee is not None and ctx.fee.amount_jpy > 0,
        "representative": ctx.representative is not None and bool(ctx.representative.name),
        "extension": ctx.extension is not None and bool(ctx.extension.reason),
        "gdpr": ctx.jurisdiction.is_gdpr,
        "appi": not ctx.jurisdiction.is_gdpr,
        "due_date": ctx.due_date is not None,
        "free_text": bool(ctx.free_text.strip()),
        # A question or complaint asks for no request type: no "Your request concerns:" then.
        "request_types": bool(ctx.request_types),
    }


def case_list(ctx: DocumentContext, name: str) -> list[str]:
    if name == "request_types":
        return [t.label_ja if ctx.language is Language.JA else t.label for t in ctx.request_types]
    if name in ("missing_items", "refusal_reasons", "enclosures"):
        return list(getattr(ctx, name))
    raise templates.TemplateError(f"Unknown list {name!r}")


def blocks(items: list[Any], ctx: DocumentContext, vals: dict[str, str]) -> list[Flowable]:
    """Body items (strings, conditional texts, bullet lists) as flowables."""
    st = letter_styles(ctx.language)
    when = conditions(ctx)
    out: list[Flowable] = []
    for item in items:
        if isinstance(item, str):
            out.append(Paragraph(templates.markup(item, vals), st["indent"]))
            continue
        if "when" in item and not when.get(item["when"], False):
            continue
        if "text" in item:
            out.append(Paragraph(templates.markup(item["text"], vals), st["indent"]))
        bullets = (
            case_list(ctx, item["list"])
            if "list" in item
            else [templates.fill(i, vals) for i in item.get("items", [])]
        )
        out.extend(
            Paragraph(
                templates.text(b), st["bullet"], bulletText="・" if ctx.language is Language.JA else "•"
            )
            for b in bullets
        )
    return out


def record_table(items: list[Any], ctx: DocumentContext, vals: dict[str, str]) -> Flowable | None:
    """The 記 section: label / value rows."""
    st = letter_styles(ctx.language)
    when = conditions(ctx)
    rows = []
    for item in items:
        if "when" in item and not when.get(item["when"], False):
            continue
        if "value" in item:
            cell: Any = Paragraph(templates.markup(item["value"], vals), st["cell"])
        else:
            entries = (
                case_list(ctx, item["list"])
                if "list" in item
                else [templates.fill(i, vals) for i in item.get("items", [])]
            )
            if not entries:
                continue
            numbered = len(entries) > 1
            cell = [
                Paragraph(templates.text(f"{i}. {e}" if numbered else e), st["cell"])
                for i, e in enumerate(entries, start=1)
            ]
        rows.append([Paragraph(templates.markup(item["label"], vals), st["cellhead"]), cell])
    if not rows:
        return None
    table = Table(rows, colWidths=[38 * mm, WIDTH - 38 * mm])
    table.setStyle(
        TableStyle(
            [
                *BASE_TABLE,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#999999"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def company_block(ctx: DocumentContext, vals: dict[str, str], indent: float) -> list[Flowable]:
    """The sender block, pushed right by a left indent (a Table would cost ~15 % of a letter)."""
    st = letter_styles(ctx.language)
    co = values.company(ctx.language)
    ja = ctx.language is Language.JA
    lines = [f"〒{co['postal_code']}"] if ja else []
    lines += list(co.get("address", []))
    small = [templates.text(line) for line in lines]
    contact = [f"TEL {co['phone']}"] + ([f"FAX {co['fax']}"] if co.get("fax") else [])
    small.append(templates.text("　".join(contact) if ja else " / ".join(contact)))
    if co.get("email"):
        small.append(templates.text(f"E-mail {co['email']}"))
    staff = vals["staff_name"]
    head = (
        f"<font name='{LETTER_FONT}' size='11.5'>{templates.text(co['company'])}</font><br/>"
        f"{templates.text(co['department'])}"
    )
    if staff:
        small.append(templates.text(f"担当：{staff}" if ja else f"Contact: {staff}"))
    return [
        Paragraph(head, st["left"].clone("co", leftIndent=indent)),
        Paragraph("<br/>".join(small), st["small"].clone("cosmall", leftIndent=indent)),
    ]


def letter_story(ctx: DocumentContext, wording: dict[str, Any], vals: dict[str, str]) -> list[Flowable]:
    st = letter_styles(ctx.language)
    ja = ctx.language is Language.JA
    story = letter_head(ctx, vals, templates.markup(wording["subject"], vals))
    if not ja:
        story.append(Paragraph(templates.markup(wording.get("salutation", ""), vals), st["body"]))
    if wording.get("opening"):
        story.append(Paragraph(templates.markup(wording["opening"], vals), st["indent"]))
    story.extend(blocks(list(wording.get("body", [])), ctx, vals))
    if ctx.free_text.strip():
        story.append(Paragraph(templates.text(ctx.free_text.strip()), st["indent"]))
    story.extend(blocks(list(wording.get("after_body", [])), ctx, vals))
    record = record_table(list(wording.get("record", [])), ctx, vals)
    details = record_section(ctx, wording, vals, [record]) if record is not None else []
    return story + closing_and_details(ctx, wording, vals, details)


def closing_and_details(
    ctx: DocumentContext, wording: dict[str, Any], vals: dict[str, str], details: list[Flowable]
) -> list[Flowable]:
    """記 … 以上 follows 敬具 in a Japanese letter; an English letter is signed below its details."""
    closing = closing_block(ctx, wording, vals)
    return [closing, *details] if ctx.language is Language.JA else [*details, closing]


def closing_block(ctx: DocumentContext, wording: dict[str, Any], vals: dict[str, str]) -> Flowable:
    """敬具 on the right in Japanese; the closing and the signature in English."""
    st = letter_styles(ctx.language)
    closing = templates.markup(wording.get("closing", ""), vals)
    if ctx.language is Language.JA:
        return Paragraph(closing, st["right"])
    signature = (
        f"{closing}<br/><br/><br/>{templates.text(vals['staff_name'])}<br/>"
        f"{templates.text(vals['department'])}, {templates.text(vals['company'])}"
    )
    return KeepTogether([Spacer(1, 3 * mm), Paragraph(signature, st["left"])])


def record_section(
    ctx: DocumentContext, wording: dict[str, Any], vals: dict[str, str], body: list[Flowable]
) -> list[Flowable]:
    """記, the items, 以上: the heading centred, the end right-aligned (Japanese business form)."""
    st = letter_styles(ctx.language)
    ja = ctx.language is Language.JA
    heading = Paragraph(
        templates.markup(wording.get("record_heading", ""), vals), st["subject"] if ja else st["heading"]
    )
    # The heading never ends a page without the first item under it.
    out: list[Flowable] = [Spacer(1, 5 * mm), KeepTogether([heading, body[0]]), *body[1:]]
    if wording.get("record_end"):
        out.append(Spacer(1, 2 * mm))
        out.append(Paragraph(templates.markup(wording["record_end"], vals), st["right"]))
    return out


def letter_head(ctx: DocumentContext, vals: dict[str, str], subject: str) -> list[Flowable]:
    """Reference and date, the addressee, the sender block and the subject (already markup)."""
    st = letter_styles(ctx.language)
    ja = ctx.language is Language.JA
    story: list[Flowable] = []
    date_ref = Paragraph(
        templates.text(
            f"{ctx.reference}\n{vals['date']}" if ja else f"Our ref.: {ctx.reference}\n{vals['date']}"
        ),
        st["right"],
    )
    address = postal_lines(ctx.recipient, ctx.language)
    # The addressee's name stands out: last in Japanese order (〇〇 様), first in UPU order.
    if is_domestic(ctx.recipient):
        addr_par = [
            Paragraph(templates.text("\n".join(address[:-1])), st["left"]),
            Paragraph(templates.text(address[-1]) if address else "", st["name"]),
        ]
    else:
        addr_par = [
            Paragraph(templates.text(address[0]) if address else "", st["name"]),
            Paragraph(templates.text("\n".join(address[1:])), st["left"]),
        ]
    if ja:
        story.append(date_ref)
        story.append(Spacer(1, 4 * mm))
        story.extend(addr_par)
        story.append(Spacer(1, 2 * mm))
        story.extend(company_block(ctx, vals, WIDTH - 72 * mm))
    else:
        story.extend(company_block(ctx, vals, WIDTH - 72 * mm))
        story.append(Spacer(1, 4 * mm))
        story.append(date_ref)
        story.extend(addr_par)
    story.append(Paragraph(subject, st["subject"]))
    return story


def render_letter(name: str, ctx: DocumentContext) -> bytes:
    if name == "response":
        from inquiry_desk.documents.response import render_response

        return render_response(ctx)
    data = templates.load(name)
    wording = dict(templates.section(data, ctx.language.value))
    vals = values.build(ctx)
    story = letter_story(ctx, wording, vals)
    doc_info = data.get("document", {})
    decorate = footer(ctx.reference, ctx.language, qr=bool(doc_info.get("qr", False)), font=LETTER_FONT)
    return build_pdf(
        story,
        decorate,
        title=templates.fill(str(wording.get("subject", name)), vals),
        reference=ctx.reference,
    )
