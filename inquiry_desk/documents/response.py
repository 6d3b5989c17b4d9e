"""The response letter: titled by what was asked, each request type's outcome in its 記 section,
and what the law adds from the register of processing.

Japanese letters run 拝啓 … 「下記のとおりご回答申し上げます。」 … 敬具, then 記, the items,
以上; English letters set the details before the closing and the signature. A response that may
not go out yet (``ctx.draft``) carries 下書き / DRAFT in its title, its subject line and across
every page, and is marked in the PDF's keywords so that printing it records no letter as sent.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table, TableStyle

from inquiry_desk.documents import templates, values
from inquiry_desk.documents.context import DocumentContext
from inquiry_desk.documents.kinsoku import Paragraph
from inquiry_desk.documents.layout import BASE_TABLE, PAGE_H, PAGE_W, build_pdf, footer
from inquiry_desk.documents.letters import (
    LETTER_FONT,
    WIDTH,
    closing_and_details,
    letter_head,
    letter_styles,
    record_section,
)
from inquiry_desk.domain import processing
from inquiry_desk.domain.enums import CaseKind, Jurisdiction, Language, Outcome, RequestType
from inquiry_desk.domain.outcomes import TypeOutcome, TypeResult, any_refused, complete, from_case_outcome

DRAFT_KEYWORD = "inquiry-desk:draft"
_LABEL_W = 36 * mm  # 国外移転と保護措置 on one line
# Request types whose answer carries the law's information about the processing.
_ACCESS = {RequestType.ACCESS, RequestType.PORTABILITY}
_NEEDS_REGISTER = {
    *_ACCESS,
    RequestType.DISCLOSURE,
    RequestType.PURPOSE_OF_USE,
    RequestType.THIRD_PARTY_PROVISION_RECORDS,
}
# A 記 item: its label, and its lines (numbered when ``True``) or a table.
Row = tuple[str, "list[str] | Flowable", bool]


def load_register() -> processing.ProcessingRegister:
    """The office's register of processing (forms/processing-register.toml)."""
    try:
        return processing.from_data(templates.load("processing-register"))
    except processing.RegisterInvalid as exc:
        raise templates.TemplateError(f"processing-register.toml: {exc}") from None


def outcomes_of(ctx: DocumentContext) -> list[TypeOutcome]:
    """Each request type's outcome; a context with only a case outcome maps it onto every type."""
    if ctx.kind is not CaseKind.REQUEST or ctx.outcome is Outcome.WITHDRAWN:
        return []
    given = ctx.type_outcomes or from_case_outcome(ctx.request_types, ctx.outcome, None)
    given = [o if o.ground or not o.result.needs_ground else _with_other(o) for o in given]
    return complete([o.request_type for o in given] or list(ctx.request_types), given)


def _with_other(o: TypeOutcome) -> TypeOutcome:
    from inquiry_desk.domain.refusals import RefusalCategory

    return TypeOutcome(o.request_type, o.result, RefusalCategory.OTHER)


def title_of(ctx: DocumentContext, wording: dict[str, Any], outcomes: list[TypeOutcome]) -> str:
    titles = wording.get("titles", {})
    if ctx.outcome is Outcome.WITHDRAWN:
        key = "withdrawn"
    elif ctx.kind is not CaseKind.REQUEST or not outcomes:
        key = "question"
    else:
        found = {str(titles.get(o.request_type.value, titles.get("several", ""))) for o in outcomes}
        return found.pop() if len(found) == 1 else str(titles.get("several", ""))
    return str(titles.get(key, ""))


def render_response(ctx: DocumentContext) -> bytes:
    data = templates.load("response")
    wording = dict(templates.section(data, ctx.language.value))
    vals = values.build(ctx)
    st = letter_styles(ctx.language)
    ja = ctx.language is Language.JA
    outcomes = outcomes_of(ctx)
    title = title_of(ctx, wording, outcomes)
    if ctx.draft:
        title = str(wording.get("draft_subject", "")) + title
    story = letter_head(ctx, vals, templates.markup(title, vals))
    story.append(
        Paragraph(
            templates.markup(wording["salutation" if not ja else "opening"], vals),
            st["body" if not ja else "indent"],
        )
    )
    story.append(Paragraph(templates.markup(_intro(ctx, wording, outcomes), vals), st["indent"]))
    if ctx.free_text.strip():
        story.append(Paragraph(templates.text(ctx.free_text.strip()), st["indent"]))
    rows = _rows(ctx, wording, vals, outcomes)
    # The first item is its own table so that 記 keeps only it, not the whole section, on its page.
    tables = [_table(ctx, part) for part in (rows[:1], rows[1:]) if part]
    details = record_section(ctx, wording, vals, tables) if tables else []
    story.extend(closing_and_details(ctx, wording, vals, details))
    decorate = footer(ctx.reference, ctx.language, font=LETTER_FONT, qr=False)
    if ctx.draft:
        decorate = _with_watermark(decorate, str(wording.get("draft_mark", "DRAFT")))
    return build_pdf(
        story,
        decorate,
        title=templates.fill(title, vals),
        reference=ctx.reference,
        keywords=DRAFT_KEYWORD if ctx.draft else "",
    )


def _intro(ctx: DocumentContext, wording: dict[str, Any], outcomes: list[TypeOutcome]) -> str:
    if ctx.outcome is Outcome.WITHDRAWN:
        return str(wording["intro_withdrawn"])
    if ctx.kind is not CaseKind.REQUEST or not outcomes:
        return str(wording["intro_question"])
    if ctx.representative is not None and ctx.representative.name:
        return str(wording["intro_representative"])
    return str(wording["intro"])


def _rows(
    ctx: DocumentContext, wording: dict[str, Any], vals: dict[str, str], outcomes: list[TypeOutcome]
) -> list[Row]:
    lang = ctx.language
    labels = wording.get("labels", {})
    rows: list[Row] = []
    if ctx.representative is not None and ctx.representative.name and ctx.applicant.name:
        rows.append((labels["data_subject"], [values.honorific_name(ctx.applicant, lang)], False))
    gdpr = ctx.jurisdiction.is_gdpr
    grounds = wording.get("grounds", {}).get("gdpr" if gdpr else "appi", {})
    for o in outcomes:
        name = o.request_type.label_ja if lang is Language.JA else o.request_type.label
        rows.append(
            (name, [templates.fill(line, vals) for line in _answer(o, wording, grounds, labels, lang)], False)
        )
    if any(o.result is TypeResult.REFUSED for o in outcomes) and ctx.refusal_reasons:
        rows.append((labels["reasons"], list(ctx.refusal_reasons), True))
    if ctx.enclosures:
        rows.append((labels["enclosures"], list(ctx.enclosures), True))
    given = {o.request_type for o in outcomes if o.result in (TypeResult.GRANTED, TypeResult.PARTLY)}
    register = load_register() if given & _NEEDS_REGISTER else None
    complaint_done = False
    if register is not None:
        art15 = bool(given & _ACCESS) or (gdpr and RequestType.DISCLOSURE in given)
        art32 = not gdpr and RequestType.DISCLOSURE in given
        if art15:
            rows.extend(_article_15(ctx, wording, register))
            complaint_done = True
        elif art32:
            rows.extend(_article_32(ctx, wording, register))
        elif RequestType.PURPOSE_OF_USE in given:
            rows.append((labels["purposes"], [p.in_(lang) for p in register.purposes], True))
        if RequestType.THIRD_PARTY_PROVISION_RECORDS in given:
            rows.append((labels["records"], _records(ctx, wording, register), False))
    if any_refused(outcomes) and not complaint_done:
        rows.append((labels["complaint"], [_complaint(ctx, wording)], False))
    return rows


def _answer(
    o: TypeOutcome, wording: dict[str, Any], grounds: dict[str, Any], labels: dict[str, Any], lang: Language
) -> list[str]:
    if o.result is TypeResult.GRANTED:
        return [str(wording.get("granted", {}).get(o.request_type.value, ""))]
    lines = [str(wording.get("results", {}).get(o.result.value, ""))]
    if o.result is TypeResult.PARTLY:  # "in part only", then what was done
        lines.append(str(wording.get("granted", {}).get(o.request_type.value, "")))
    if o.ground is not None:
        colon = "：" if lang is Language.JA else ": "
        lines.append(f"{labels['ground']}{colon}{grounds.get(o.ground.value, '')}")
    return [line for line in lines if line]


def _complaint(ctx: DocumentContext, wording: dict[str, Any]) -> str:
    key = {Jurisdiction.EEA: "gdpr", Jurisdiction.UK: "uk"}.get(ctx.jurisdiction, "appi")
    return str(wording.get("complaint", {}).get(key, ""))


def _country(code: str, wording: dict[str, Any]) -> str:
    return str(wording.get("countries", {}).get(code, code))


def _recipients(
    ctx: DocumentContext, wording: dict[str, Any], register: processing.ProcessingRegister
) -> list[str]:
    labels = wording.get("labels", {})
    ja = ctx.language is Language.JA
    lines = []
    for r in register.recipients:
        role = labels["third_party" if r.is_third_party else "processor"]
        country = _country(r.country, wording)
        lines.append(
            f"{r.name}（{country}・{role}）：{r.purpose.ja}"
            if ja
            else f"{r.name} ({country}, {role}): {r.purpose.en}"
        )
    return lines


def _article_15(
    ctx: DocumentContext, wording: dict[str, Any], register: processing.ProcessingRegister
) -> list[Row]:
    """GDPR Art. 15(1)(a)–(h) and 15(2), in the article's order."""
    lang, labels = ctx.language, wording.get("labels", {})
    ja = lang is Language.JA
    safeguards = [
        f"{r.name}：{r.safeguards.ja}" if ja else f"{r.name}: {r.safeguards.en}"
        for r in register.recipients
        if r.country != "JP"
    ]
    return [
        (labels["purposes"], [p.in_(lang) for p in register.purposes], True),
        (labels["legal_bases"], [register.text("legal_bases", lang)], False),
        (labels["categories"], [c.in_(lang) for c in register.categories], True),
        (labels["recipients"], _recipients(ctx, wording, register), True),
        (labels["retention"], [register.text("retention", lang)], False),
        (labels["rights"], [register.text("rights", lang)], False),
        (labels["complaint"], [_complaint(ctx, wording)], False),
        (labels["source"], [register.text("source", lang)], False),
        (labels["automated_decisions"], [register.text("automated_decisions", lang)], False),
        (labels["transfers"], [register.text("transfers", lang), *safeguards], False),
    ]


def _article_32(
    ctx: DocumentContext, wording: dict[str, Any], register: processing.ProcessingRegister
) -> list[Row]:
    """APPI Art. 32(1) and Cabinet Order Art. 10: operator, purposes, procedures, security,
    where to complain; the foreign countries where data is handled belong to the security
    measures (知り得る状態), so the recipients are listed too."""
    lang, labels = ctx.language, wording.get("labels", {})
    controller = [
        register.controller.in_(lang),
        register.controller_address.in_(lang),
        register.representative.in_(lang),
    ]
    return [
        (labels["controller"], controller, False),
        (labels["purposes"], [p.in_(lang) for p in register.purposes], True),
        (labels["recipients"], _recipients(ctx, wording, register), True),
        (labels["security"], [register.text("security", lang)], False),
        (labels["procedures"], [register.text("procedures", lang)], False),
        (labels["complaint_contact"], [register.manager.in_(lang)], False),
    ]


def _records(
    ctx: DocumentContext, wording: dict[str, Any], register: processing.ProcessingRegister
) -> list[str] | Flowable:
    """The records APPI Art. 30 requires: date, recipient, the person, the items."""
    words = wording.get("records", {})
    if not register.third_parties:
        return [templates.fill(str(words.get("none", "")), values.build(ctx))]
    st = letter_styles(ctx.language)
    lang = ctx.language
    head = [
        Paragraph(templates.text(str(words[k])), st["cellhead"])
        for k in ("date", "recipient", "person", "items")
    ]
    body = []
    for r in register.third_parties:
        since = values.format_date(r.since, lang)
        body.append(
            [
                Paragraph(templates.text(templates.fill(str(words["since"]), {"since": since})), st["cell"]),
                Paragraph(
                    templates.text(
                        f"{r.name}（{_country(r.country, wording)}）"
                        if lang is Language.JA
                        else f"{r.name} ({_country(r.country, wording)})"
                    ),
                    st["cell"],
                ),
                Paragraph(templates.text(values.honorific_name(ctx.applicant, lang)), st["cell"]),
                Paragraph(templates.text(r.items.in_(lang)), st["cell"]),
            ]
        )
    inner = WIDTH - _LABEL_W - 12  # the outer cell's padding
    table = Table([head, *body], colWidths=[inner * 0.24, inner * 0.28, inner * 0.2, inner * 0.28])
    table.setStyle(
        TableStyle(
            [
                *BASE_TABLE,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.3, "#999999"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _table(ctx: DocumentContext, rows: list[Row]) -> Table:
    st = letter_styles(ctx.language)
    body: list[list[Any]] = []
    for label, cell, numbered in rows:
        if isinstance(cell, list):
            numbered = numbered and len(cell) > 1
            value: Any = [
                Paragraph(templates.text(f"{i}. {line}" if numbered else line), st["cell"])
                for i, line in enumerate(cell, start=1)
            ]
        else:
            value = cell
        body.append([Paragraph(templates.text(label), st["cellhead"]), value])
    # Rows split across pages (a list of eleven purposes must not leave half a page empty).
    table = Table(body, colWidths=[_LABEL_W, WIDTH - _LABEL_W], splitInRow=1)
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


def _with_watermark(base: Any, mark: str) -> Any:
    """下書き / DRAFT across every page, light enough to read the letter through."""

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        base(canvas, page, pages)
        canvas.saveState()
        canvas.setFillGray(0.55)
        canvas.setFillAlpha(0.22)
        canvas.setFont(LETTER_FONT, 96 if len(mark) <= 3 else 80)
        canvas.translate(PAGE_W / 2, PAGE_H / 2)
        canvas.rotate(40)
        canvas.drawCentredString(0, -30, mark)
        canvas.restoreState()
        canvas.saveState()
        canvas.setFont(LETTER_FONT, 9)
        canvas.setFillGray(0.2)
        canvas.drawRightString(
            PAGE_W - 22 * mm, PAGE_H - 12 * mm, f"【{mark}】" if mark == "下書き" else f"[{mark}]"
        )
        canvas.restoreState()

    return draw
