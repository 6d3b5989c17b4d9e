"""What a visual review of every printed document found wrong, each pinned by its text: a lead-in
with no list under it, English details below the signature, the extension notice's dates, the
return address and addressee lines, a foreign postcode printed twice, 〒 on an English form, the
monthly report's English-only notes."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from inquiry_desk.documents import ExtensionInfo, render
from inquiry_desk.documents.layout import postal_lines
from inquiry_desk.documents.monthly_report import render_monthly_report_pdf
from inquiry_desk.documents.password_letter import render_password_letter
from inquiry_desk.domain.enums import CaseKind, Language, RequestType
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.reports.service import ReportService
from tests.documents.doc_helpers import context, flat, text_of


def _layout_text(pdf: bytes) -> str:
    """pdftotext's reading of the page, as a person reads it (top to bottom)."""
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, check=True, capture_output=True
    ).stdout.decode("utf-8")


DOMESTIC = PartyData(
    name="鈴木 さくら",
    postal_code="530-0001",
    address="大阪府大阪市北区梅田1-2-3\n梅田ハイツ501",
    country="JP",
)


# --- acknowledgement: "Your request concerns:" only above a list --------------------------------
@pytest.mark.parametrize(
    ("language", "lead"),
    [(Language.EN, "Yourrequestconcerns:"), (Language.JA, "ご請求の内容は次のとおりです。")],
)
def test_an_acknowledgement_without_request_types_has_no_lead_in_to_an_empty_list(
    language: Language, lead: str
) -> None:
    """A question or complaint asks for no request type: the letter said "Your request
    concerns:" and then nothing."""
    question = flat(
        text_of(render("acknowledgement", context(language, kind=CaseKind.QUESTION, request_types=[])))
    )
    assert lead not in question
    one = flat(text_of(render("acknowledgement", context(language, request_types=[RequestType.DISCLOSURE]))))
    assert (
        lead in one and (RequestType.DISCLOSURE.label_ja if language is Language.JA else "Disclosure") in one
    )


# --- English letters are signed below their details; Japanese ones put 記 after 敬具 -------------
def test_the_english_cover_letter_lists_what_to_send_before_it_is_signed() -> None:
    text = flat(text_of(render("cover-letter", context(Language.EN))))
    assert text.index("Whattosendus") < text.index("Yourssincerely") < text.rindex("HanakoYamada")


def test_the_english_password_letter_gives_the_password_before_it_is_signed() -> None:
    text = flat(text_of(render_password_letter(context(Language.EN), "ABCD-EFGH-2345", "copy.zip")))
    assert text.index("Password") < text.index("ABCD-EFGH-2345") < text.index("Yourssincerely")


@pytest.mark.parametrize("name", ["cover-letter", "password-letter"])
def test_japanese_letters_keep_the_record_section_after_keigu(name: str) -> None:
    ctx = context(Language.JA)
    pdf = (
        render_password_letter(ctx, "ABCD-EFGH-2345", "copy.zip")
        if name == "password-letter"
        else render(name, ctx)
    )
    text = flat(text_of(pdf))
    assert text.index("敬具") < text.rindex("記") < text.index("以上")


# --- the extension notice: the original time limit, then the new one --------------------------
@pytest.mark.parametrize(
    ("language", "original", "new"),
    [
        (Language.JA, "当初予定の2025年6月16日までに", "回答期限を2025年9月2日まで延長"),
        (Language.EN, "cannotansweritby16June2025asplanned", "Wewillanswerby2September2025"),
    ],
)
def test_the_extension_notice_names_the_time_limit_before_the_extension(
    language: Language, original: str, new: str
) -> None:
    """Once an extension is recorded the case's due date is the new one: the notice said it
    could not answer "by 2 September" and would answer "by 2 September"."""
    extended = ExtensionInfo(date(2025, 9, 2), "reason", previous_due_date=date(2025, 6, 16))
    text = flat(
        text_of(render("extension-notice", context(language, due_date=date(2025, 9, 2), extension=extended)))
    )
    assert original in text and new in text


def test_the_japanese_extension_notice_points_to_the_desk_not_to_a_record_section_it_lacks() -> None:
    text = flat(text_of(render("extension-notice", context(Language.JA))))
    assert "当窓口までお問い合わせください" in text and "下記" not in text and "以上" not in text


# --- addresses ------------------------------------------------------------------------------
def test_an_english_envelope_within_japan_has_the_japanese_return_address_once() -> None:
    """The English company block has the postcode in its lines and the company first; a 〒
    line above it printed the code twice, and the company after its address."""
    text = flat(text_of(render("envelope", context(Language.EN, applicant=DOMESTIC))))
    assert text.count("541-0048") == 1
    assert (
        "〒541-0048大阪府大阪市中央区瓦町1-7-7大阪堺筋Lビル10階ZenGroup株式会社個人情報お問い合わせ窓口"
        in text
    )
    assert "OsakaSakaisuji" not in text


def test_a_japanese_letter_abroad_names_the_addressee_with_sama_and_the_country_in_capitals() -> None:
    abroad = PartyData(name="Chloé Martin", address="12 rue Oberkampf\n75011 Paris\nFrance", country="FR")
    assert postal_lines(abroad, Language.JA) == [
        "Chloé Martin 様",
        "12 rue Oberkampf",
        "75011 Paris",
        "FRANCE",
    ]
    assert postal_lines(abroad, Language.EN)[0] == "Chloé Martin"
    assert postal_lines(DOMESTIC, Language.EN)[-1] == "鈴木 さくら"  # the English convention is kept
    text = flat(text_of(render("missing-documents", context(Language.JA, applicant=abroad))))
    assert "ChloéMartin様" in text and "FRANCE" in text and "France" not in text


def test_the_request_form_prints_a_foreign_postcode_once() -> None:
    """The English context's postcode 10115 is in its address ("10115 Berlin")."""
    text = flat(text_of(render("request-form", context(Language.EN))))
    assert text.count("10115") == 1 and "10115Berlin" in text


def test_a_blank_english_form_offers_no_japanese_postal_mark_and_a_japanese_one_does() -> None:
    assert "〒" not in text_of(render("request-form", context(Language.EN, blank=True)))
    assert (
        text_of(render("request-form", context(Language.JA, blank=True))).count("〒") == 2
    )  # applicant, agent


def test_the_english_cover_letter_runs_the_return_address_on_with_commas() -> None:
    text = flat(text_of(render("cover-letter", context(Language.EN))))
    assert "Building10F,1-7-7Kawaramachi,Chuo-ku,OsakaCity,Osaka-fu541-0048,JAPAN" in text


# --- the monthly report: its notes in Japanese too --------------------------------------------
def test_the_monthly_report_notes_are_in_japanese_and_english(app: App, manager: Actor) -> None:
    report = ReportService(app.db).monthly_report(manager, 2026, 11)
    assert report.notes and all(ja and en for ja, en in report.notes)
    text = flat(_layout_text(render_monthly_report_pdf(report)))
    for ja, en in report.notes:
        assert flat(ja) in text and flat(en) in text
    assert text.index(flat(report.notes[0][0])) < text.index(flat(report.notes[0][1]))
