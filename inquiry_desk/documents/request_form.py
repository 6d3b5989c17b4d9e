"""The Saved Personal Data Disclosure Request Form (保有個人データ開示等請求書).

Printed blank for the office's stock, or pre-filled from the case so the applicant only checks,
signs and returns it. The reference and its QR code are on every page, so the returned form
finds its case when it is scanned or faxed back.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from inquiry_desk.documents import templates, values
from inquiry_desk.documents.context import DocumentContext
from inquiry_desk.documents.kinsoku import Paragraph
from inquiry_desk.documents.layout import BASE_TABLE, MARGIN_X, PAGE_W, build_pdf, footer, is_domestic, styles
from inquiry_desk.domain.enums import APPI_REQUEST_TYPES, Language, RepresentativeKind, RequestType
from inquiry_desk.domain.parties import PartyData

WIDTH = PAGE_W - 2 * MARGIN_X
LABEL_W = 40 * mm
CHECKED, UNCHECKED = "■", "□"
_GRID = [
    *BASE_TABLE,
    ("GRID", (0, 0), (-1, -1), 0.5, "#555555"),
    ("BACKGROUND", (0, 0), (0, -1), "#EEEEEE"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]


def _box(checked: bool) -> str:
    return CHECKED if checked else UNCHECKED


def _postal(party: PartyData | None, ja: bool) -> str:
    """The line above the address: 〒 marks Japanese postal codes only, and a blank Japanese
    form offers it for the usual domestic case; a foreign code the address holds is not repeated."""
    if party is None:
        return "〒 " if ja else ""
    if not party.postal_code:
        return ""
    if is_domestic(party):
        return f"〒 {party.postal_code}"
    return "" if party.postal_code in party.address else party.postal_code


def _party_rows(w: dict[str, Any], party: PartyData | None, st: dict[str, Any], ja: bool) -> list[list[Any]]:
    p = party or PartyData()
    postal = _postal(party, ja)
    rows = [
        ("kana", p.name_kana, 7),
        ("name", p.name, 11),
        ("address", f"{postal}\n{p.address}", 16),
        ("phone", p.phone, 7),
        ("email", p.email, 7),
        ("customer_number", p.customer_number, 7),
    ]
    out = []
    for key, value, height in rows:
        # Empty rows keep a writing height so a blank form has room for handwriting.
        cell = (
            Paragraph(templates.text(value.strip("\n")), st["cell"])
            if value.strip()
            else Spacer(1, height * mm)
        )
        out.append([Paragraph(templates.text(w[key]), st["cellhead"]), cell])
    return out


def _table(rows: list[list[Any]], extra: list[Any] | None = None) -> Table:
    table = Table(rows, colWidths=[LABEL_W, WIDTH - LABEL_W])
    table.setStyle(TableStyle(_GRID + (extra or [])))
    return table


def _checks(items: list[tuple[bool, str]], st: dict[str, Any], columns: int) -> Table:
    cells = [Paragraph(f"{_box(on)} {templates.text(label)}", st["cell"]) for on, label in items]
    rows: list[list[Any]] = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    if rows and len(rows[-1]) < columns:
        rows[-1] += [""] * (columns - len(rows[-1]))
    table = Table(rows, colWidths=[WIDTH / columns] * columns)
    table.setStyle(
        TableStyle(
            [
                *BASE_TABLE,
                ("BOX", (0, 0), (-1, -1), 0.5, "#555555"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _section(title: str, body: list[Flowable], st: dict[str, Any]) -> Flowable:
    return KeepTogether([Paragraph(templates.text(title), st["heading"]), *body])


def form_story(ctx: DocumentContext, w: dict[str, Any], vals: dict[str, str]) -> list[Flowable]:
    st = styles(ctx.language)
    ja = ctx.language is Language.JA
    filled = not ctx.blank
    story: list[Flowable] = [Paragraph(templates.text(w["title"]), st["title"])]
    date_text = vals["date"] if filled else ("　　　　年　　月　　日" if ja else "____ / ____ / ________")
    head = Table(
        [
            [
                Paragraph(templates.markup(w["addressee"], vals), st["left"]),
                Paragraph(templates.text(f"{w['date_label']} {date_text}"), st["right"]),
            ]
        ],
        colWidths=[WIDTH * 0.62, WIDTH * 0.38],
    )
    head.setStyle(
        TableStyle([*BASE_TABLE, ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    )
    story += [head, Spacer(1, 2 * mm), Paragraph(templates.text(w["intro"]), st["small"]), Spacer(1, 1 * mm)]

    applicant = _party_rows(w, ctx.applicant if filled else None, st, ja)
    story.append(_section(w["applicant_heading"], [_table(applicant)], st))
    rep = ctx.representative if filled else None
    kind = rep.representative_kind if rep else None
    kinds = Paragraph(
        f"{_box(kind is RepresentativeKind.LEGAL)} {templates.text(w['rep_legal'])}　"
        f"{_box(kind is RepresentativeKind.APPOINTED)} {templates.text(w['rep_appointed'])}",
        st["cell"],
    )
    rep_rows = [
        [Paragraph(templates.text(w["rep_kind"]), st["cellhead"]), kinds],
        *_party_rows(w, rep, st, ja)[:5],
    ]
    story.append(_section(w["representative_heading"], [_table(rep_rows)], st))

    chosen = set(ctx.request_types) if filled else set()

    def label(t: RequestType) -> str:
        return t.label_ja if ja else t.label

    appi = [t for t in RequestType if t in APPI_REQUEST_TYPES]
    gdpr = [t for t in RequestType if t not in APPI_REQUEST_TYPES]
    story.append(
        _section(
            w["types_heading"],
            [
                Paragraph(templates.text(w["appi_group"]), st["small"]),
                _checks([(t in chosen, label(t)) for t in appi], st, 3),
                Spacer(1, 1.5 * mm),
                Paragraph(templates.text(w["gdpr_group"]), st["small"]),
                _checks([(t in chosen, label(t)) for t in gdpr], st, 3),
            ],
            st,
        )
    )

    described = ctx.data_description.strip() if filled else ""
    data_cell = Paragraph(templates.text(described), st["cell"]) if described else Spacer(1, 16 * mm)
    data_box = Table([[data_cell]], colWidths=[WIDTH])
    data_box.setStyle(TableStyle([*BASE_TABLE, ("BOX", (0, 0), (-1, -1), 0.5, "#555555")]))
    story.append(_section(w["data_heading"], [data_box], st))

    medium = ctx.response_medium if filled else ""
    story.append(
        _section(
            w["medium_heading"], [_checks([(m["key"] == medium, m["label"]) for m in w["media"]], st, 3)], st
        )
    )
    ids = [(False, item) for item in w["id_items"]]
    story.append(
        _section(
            w["id_heading"], [_checks(ids, st, 2), Paragraph(templates.text(w["id_note"]), st["small"])], st
        )
    )
    fee = Paragraph(templates.markup(w["fee_text"], vals), st["cell"])
    story.append(_section(w["fee_heading"], [fee], st))

    seal = Table(
        [
            [
                Paragraph(templates.text(w["signature"]), st["cellhead"]),
                "",
                Paragraph(templates.text(w["seal"]), st["center"]),
            ]
        ],
        colWidths=[LABEL_W, WIDTH - LABEL_W - 22 * mm, 22 * mm],
        rowHeights=[20 * mm],
    )
    seal.setStyle(
        TableStyle([*_GRID, ("VALIGN", (2, 0), (2, 0), "MIDDLE"), ("TEXTCOLOR", (2, 0), (2, 0), "#999999")])
    )
    story.append(
        _section(
            w["signature_heading"],
            [Paragraph(templates.text(w["declaration"]), st["cell"]), Spacer(1, 1.5 * mm), seal],
            st,
        )
    )
    office = Table(
        [
            [Paragraph(templates.text(f), st["cellhead"]) for f in w["office_fields"]],
            [Paragraph(templates.text(ctx.reference), st["cell"]), "", "", ""],
        ],
        colWidths=[WIDTH / 4] * 4,
        rowHeights=[None, 9 * mm],
    )
    office.setStyle(
        TableStyle(
            [
                *BASE_TABLE,
                ("GRID", (0, 0), (-1, -1), 0.5, "#555555"),
                ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE"),
            ]
        )
    )
    story.append(_section(w["office_heading"], [office], st))
    return story


def render_request_form(name: str, ctx: DocumentContext) -> bytes:
    data = templates.load(name)
    wording = templates.section(data, ctx.language.value)
    vals = values.build(ctx)
    if ctx.fee is None:
        # The form states the fee even when none has been recorded for the case yet.
        default_fee = int(values.company(ctx.language).get("fee_amount_jpy", 0))
        vals["fee_amount"] = values.format_fee(default_fee, ctx.language)
        method = templates.load("company").get("fee_methods", {}).get("postal_money_order", {})
        vals["fee_method"] = str(method.get(ctx.language.value, ""))
    story = form_story(ctx, wording, vals)
    decorate = footer(ctx.reference, ctx.language, qr=bool(data.get("document", {}).get("qr", True)))
    return build_pdf(story, decorate, title=str(wording["title"]), reference=ctx.reference)
