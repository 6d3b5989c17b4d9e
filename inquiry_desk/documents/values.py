"""Placeholder values: the case and company fields as the templates print them."""

from __future__ import annotations

from datetime import date
from typing import Any

from inquiry_desk.documents import templates
from inquiry_desk.documents.context import DocumentContext
from inquiry_desk.domain.enums import Language
from inquiry_desk.domain.parties import PartyData

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def company(language: Language) -> dict[str, Any]:
    data = templates.load("company")
    merged: dict[str, Any] = dict(data.get("settings", {}))
    merged.update(templates.section(data, language.value))
    return merged


def format_date(day: date | None, language: Language, style: str = "western") -> str:
    if day is None:
        return "　　年　　月　　日" if language is Language.JA else "—"
    if language is Language.EN:
        return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
    if style == "wareki":
        return wareki(day)
    return f"{day.year}年{day.month}月{day.day}日"


def wareki(day: date) -> str:
    """令和8年12月2日: the era from japanera's table (an era change needs only its update),
    Arabic numerals as horizontal letters write them, and 元年 for an era's first year."""
    from japanera import EraDate

    era = EraDate.from_date(day)
    year = era.strftime("%-Y")
    return f"{era.strftime('%-K')}{'元' if year == '1' else year}年{day.month}月{day.day}日"


def format_fee(amount: int, language: Language) -> str:
    return f"{amount:,}円" if language is Language.JA else f"JPY {amount:,}"


def honorific_name(party: PartyData, language: Language) -> str:
    """The addressee line: 〇〇 様 in Japanese; the name alone in English."""
    if not party.name:
        return ""
    return f"{party.name} 様" if language is Language.JA else party.name


def _principal(language: Language, to_representative: bool, *, possessive: bool) -> str:
    if language is Language.JA:
        return "ご本人様" if to_representative else "お客様"
    if to_representative:
        return "their" if possessive else "them"
    return "your" if possessive else "you"


def build(ctx: DocumentContext) -> dict[str, str]:
    """Every placeholder a template may use; empty strings where the case has no value."""
    lang = ctx.language
    co = company(lang)
    style = str(co.get("date_style", "western"))
    sep = "、" if lang is Language.JA else ", "
    labels = [t.label_ja if lang is Language.JA else t.label for t in ctx.request_types]
    fee_methods = templates.load("company").get("fee_methods", {})
    fee_method = ""
    if ctx.fee is not None:
        fee_method = str(fee_methods.get(ctx.fee.method, {}).get(lang.value, ctx.fee.method))
    rep = ctx.representative
    values = {
        "reference": ctx.reference,
        "date": format_date(ctx.letter_date, lang, style),
        "received_date": format_date(ctx.received_date, lang, style),
        "due_date": format_date(ctx.due_date, lang, style),
        "new_due_date": format_date(ctx.extension.new_due_date if ctx.extension else None, lang, style),
        # The context's due date is the extended one once an extension is recorded.
        "original_due_date": format_date(
            ctx.extension.previous_due_date
            if ctx.extension and ctx.extension.previous_due_date
            else ctx.due_date,
            lang,
            style,
        ),
        "extension_reason": ctx.extension.reason if ctx.extension else "",
        "recipient_name": ctx.recipient.name,
        "applicant_name": ctx.applicant.name,
        "representative_name": rep.name if rep else "",
        # Whose data a letter speaks of: the reader's, or, written to a representative, the principal's.
        "principal": _principal(lang, bool(rep and rep.name), possessive=False),
        "principals": _principal(lang, bool(rep and rep.name), possessive=True),
        "request_types": sep.join(labels),
        "fee_amount": format_fee(ctx.fee.amount_jpy, lang) if ctx.fee else "",
        "fee_method": fee_method,
        "data_description": ctx.data_description,
        "staff_name": ctx.staff_name or str(co.get("contact_person", "")),
        "fax_pages": str(ctx.fax_pages) if ctx.fax_pages else "",
        "recipient_fax": ctx.recipient.fax,
        "customer_number": ctx.applicant.customer_number,
    }
    for key in (
        "company",
        "department",
        "contact_person",
        "contact_title",
        "phone",
        "fax",
        "email",
        "postal_code",
    ):
        values[key] = str(co.get(key, ""))
    # One line in a table cell: Japanese address parts run on with a space, English ones with commas.
    values["company_address"] = (" " if lang is Language.JA else ", ").join(co.get("address", []))
    return values
