"""Helpers for the document tests: hand-made cases (one Japanese, one international) and
PDF text extraction."""

from __future__ import annotations

import re
from datetime import date

import pypdfium2

from inquiry_desk.documents import DocumentContext, ExtensionInfo, FeeInfo
from inquiry_desk.domain.enums import Jurisdiction, Language, Outcome, RepresentativeKind, RequestType
from inquiry_desk.domain.parties import PartyData

REFERENCE = "PI-2025-0042"
BOBBY = "<b>Bobby</b> & Tables"


def context(language: Language, **changes: object) -> DocumentContext:
    ja = language is Language.JA
    applicant = PartyData(
        name="髙橋 﨑子" if ja else BOBBY,
        name_kana="たかはし さきこ",
        email="saki@example.jp",
        phone="090-1234-5678",
        fax="06-1111-2222",
        postal_code="530-0001" if ja else "10115",
        address=(
            "大阪府大阪市北区梅田1-2-3\n梅田レジデンス 405号室" if ja else "Invalidenstraße 12\n10115 Berlin"
        ),
        country="JP" if ja else "DE",
        customer_number="C-00042",
    )
    values: dict[str, object] = dict(
        reference=REFERENCE,
        language=language,
        applicant=applicant,
        jurisdiction=Jurisdiction.JP if ja else Jurisdiction.EEA,
        request_types=[RequestType.DISCLOSURE, RequestType.PURPOSE_OF_USE]
        if ja
        else [RequestType.ACCESS, RequestType.ERASURE],
        received_date=date(2025, 6, 2),
        due_date=date(2025, 6, 16),
        letter_date=date(2025, 6, 3),
        extension=ExtensionInfo(date(2025, 9, 2), "記録が大量にあるため" if ja else "Ten years of records."),
        fee=FeeInfo(1000),
        missing_items=["本人確認書類の写し"] if ja else ["A copy of your photo ID"],
        refusal_reasons=["ご本人様と確認できないため"] if ja else ["We could not confirm your identity."],
        enclosures=["開示書類 3枚"] if ja else ["Copy of your data (3 pages)"],
        data_description="注文履歴" if ja else "Order history",
        response_medium="post",
        staff_name="山田 花子" if ja else "Hanako Yamada",
        outcome=Outcome.DISCLOSED,
        fax_pages=3,
    )
    values.update(changes)
    return DocumentContext(**values)  # type: ignore[arg-type]


def with_representative(language: Language) -> DocumentContext:
    rep = PartyData(
        name="代理 太郎",
        address="東京都千代田区1-1",
        postal_code="100-0001",
        representative_kind=RepresentativeKind.APPOINTED,
    )
    return context(language, representative=rep)


def text_of(pdf: bytes) -> str:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        for page in doc:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(pages)
    finally:
        doc.close()


def flat(text: str) -> str:
    """Text without line breaks and spaces, so wrapped Japanese sentences compare whole."""
    return re.sub(r"\s+", "", text)


def page_count(pdf: bytes) -> int:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()
