"""Every document in both languages: wording, reference, page numbers, fonts, escaping."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from inquiry_desk.documents import DOCUMENTS, TemplateError, UnknownDocumentError, list_documents, render
from inquiry_desk.domain.enums import Jurisdiction, Language, Outcome
from inquiry_desk.office_forms import PACKAGE_FORMS
from tests.documents.doc_helpers import (
    BOBBY,
    REFERENCE,
    context,
    flat,
    page_count,
    text_of,
    with_representative,
)

# Key wording per document and language (compared without spaces and line breaks).
EXPECTED: dict[str, dict[Language, list[str]]] = {
    "request-form": {
        Language.JA: [
            "保有個人データ開示等請求書",
            "ふりがな",
            "たかはしさきこ",
            "署名または記名押印",
            "■開示",
            "□訂正",
            "同封書類",
            "手数料",
            "印",
        ],
        Language.EN: [
            "SavedPersonalDataDisclosureRequestForm",
            "Signatureorseal",
            "■Access(GDPRArt.15)",
            "□Correction",
            "Encloseddocuments",
            "Fee",
        ],
    },
    "cover-letter": {
        Language.JA: [
            "拝啓",
            "敬具",
            "記",
            "以上",
            "保有個人データ開示等請求書",
            "定額小為替",
            "1,000円",
            "〒541-0048",
        ],
        Language.EN: [
            "Dear",
            "Yourssincerely",
            "SavedPersonalDataDisclosureRequestForm",
            "JPY1,000",
            "postalmoneyorder",
        ],
    },
    "missing-documents": {
        Language.JA: ["ご提出書類の不足について", "本人確認書類の写し", "拝啓", "敬具"],
        Language.EN: ["documentsstillneeded", "Acopyofyourphoto"],
    },
    "acknowledgement": {
        Language.JA: ["ご請求受付のお知らせ", "2025年6月2日", "2025年6月16日までに回答"],
        Language.EN: ["Wehavereceivedyourrequest", "2June2025", "16June2025", "Access(GDPRArt.15)"],
    },
    "extension-notice": {
        Language.JA: ["回答期限延長のお知らせ", "2025年9月2日", "記録が大量にあるため"],
        Language.EN: ["extensionofthetimelimit", "2September2025", "Article12(3)", "Tenyearsofrecords."],
    },
    "response": {
        Language.JA: ["保有個人データの開示等のご請求について", "開示書類3枚", "記", "以上", "敬具"],
        Language.EN: ["Responsetoyourrequestsconcerningyourpersonaldata", "Copyofyourdata(3pages)"],
    },
    "fax-cover": {
        Language.JA: ["FAX送付状", "06-1111-2222", "枚数", "取扱注意"],
        Language.EN: ["FAXCOVERSHEET", "06-1111-2222", "CONFIDENTIAL"],
    },
    "envelope": {
        Language.JA: ["〒530-0001", "大阪府大阪市北区梅田1-2-3", "髙橋﨑子様", "親展"],
        Language.EN: ["Invalidenstraße12", "GERMANY", "PRIVATE&CONFIDENTIAL"],
    },
    # Without records (tests/documents/test_enclosure.py prints them): the enclosure says so.
    "disclosure": {
        Language.JA: ["保有個人データ開示書（別紙）", "保有するご本人様の個人データはありません"],
        Language.EN: ["Personaldatawehold", "Weholdnopersonaldataaboutyou."],
    },
}
# Letters print "1 / 2 ページ"; the disclosure's tables 「1／2 ページ」 (full-width, as in tables).
PAGE_LABEL = {Language.JA: r"1 ?[/／] ?(\d+) ページ", Language.EN: r"Page 1 of (\d+)"}


def test_every_document_is_listed() -> None:
    assert [d.name for d in list_documents()] == list(DOCUMENTS)
    assert set(EXPECTED) == set(DOCUMENTS)
    qr = {d.name for d in list_documents() if d.has_qr}
    assert qr == {"request-form", "cover-letter", "missing-documents"}


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("name", DOCUMENTS)
def test_document_text(name: str, language: Language) -> None:
    pdf = render(name, context(language))
    assert pdf.startswith(b"%PDF-")
    text = text_of(pdf)
    for phrase in EXPECTED[name][language]:
        assert phrase in flat(text), f"{name}/{language}: {phrase!r} missing"
    # Reference and "page N of M" on every page.
    pages = page_count(pdf)
    assert text.count(REFERENCE) >= pages
    match = re.search(PAGE_LABEL[language], text)
    assert match and int(match.group(1)) == pages
    assert "〓" not in text  # nothing was replaced: every character was printable


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("outcome", list(Outcome))
def test_response_for_every_outcome(outcome: Outcome, language: Language) -> None:
    text = flat(text_of(render("response", context(language, outcome=outcome))))
    assert REFERENCE in text
    if outcome is Outcome.REFUSED:
        reason = "ご本人様と確認できないため" if language is Language.JA else "Wecouldnotconfirmyouridentity."
        authority = "個人情報保護委員会" if language is Language.JA else "supervisoryauthority"
        assert reason in text and authority in text


def test_refusal_names_the_authority_by_jurisdiction() -> None:
    appi = flat(
        text_of(
            render("response", context(Language.EN, outcome=Outcome.REFUSED, jurisdiction=Jurisdiction.JP))
        )
    )
    uk = flat(
        text_of(
            render("response", context(Language.EN, outcome=Outcome.REFUSED, jurisdiction=Jurisdiction.UK))
        )
    )
    assert "PersonalInformationProtectionCommission" in appi
    assert "InformationCommissioner" in uk


@pytest.mark.parametrize("language", list(Language))
def test_letters_go_to_the_representative(language: Language) -> None:
    text = flat(text_of(render("acknowledgement", with_representative(language))))
    assert "代理太郎" in text and "〒100-0001" in text


@pytest.mark.parametrize("style", ["naga3", "dl", "labels"])
def test_envelope_styles(style: str) -> None:
    text = flat(text_of(render("envelope", context(Language.JA, envelope_style=style, label_start=5))))
    assert "〒530-0001" in text and "髙橋﨑子様" in text
    assert "ZenGroup株式会社" in text or "ZenGroupINC" in text


def test_international_address_order() -> None:
    lines = [ln.strip() for ln in text_of(render("envelope", context(Language.EN))).splitlines()]
    start = lines.index(BOBBY)
    assert lines[start : start + 4] == [BOBBY, "Invalidenstraße 12", "10115 Berlin", "GERMANY"]


def test_blank_request_form_has_no_case_data() -> None:
    text = flat(text_of(render("request-form", context(Language.JA, blank=True))))
    assert "髙橋" not in text and "■" not in text
    assert REFERENCE in text and "保有個人データ開示等請求書" in text


@pytest.mark.parametrize(
    "name", ["request-form", "cover-letter", "acknowledgement", "fax-cover", "envelope", "response"]
)
def test_user_text_is_escaped(name: str) -> None:
    """A name with markup prints exactly as typed, neither bold nor broken."""
    ctx = context(Language.EN, staff_name="A & B <i>x</i>", free_text="1 < 2 & <br/> stays")
    text = text_of(render(name, ctx))
    assert BOBBY in text
    if name not in ("envelope", "request-form"):
        assert "A & B <i>x</i>" in text


def test_free_text_is_escaped_in_letters() -> None:
    ctx = context(Language.JA, free_text="1 < 2 & <br/> stays")
    assert "1 < 2 & <br/> stays" in text_of(render("response", ctx))


def _font_lines(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return out.splitlines()[2:]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_fonts_are_embedded(name: str, tmp_path: Path) -> None:
    pdf = render(name, context(Language.JA))
    # The font programs are in the file (TrueType FontFile2), as IPAex subsets.
    assert b"/FontFile2" in pdf
    # Letters are set in Mincho, the disclosure's tables in Gothic (one face per document).
    assert re.search(rb"/BaseFont /[A-Z]{6}\+IPAex(Mincho|Gothic)", pdf)
    if shutil.which("pdffonts"):
        lines = _font_lines(pdf, tmp_path)
        assert lines, "no fonts listed"
        for line in lines:
            # columns: name type encoding emb sub uni object ID
            assert line.split()[-5] == "yes", f"not embedded: {line}"
            assert "IPAex" in line


def test_unknown_document() -> None:
    with pytest.raises(UnknownDocumentError):
        render("love-letter", context(Language.EN))


def test_bad_reference_is_refused() -> None:
    with pytest.raises(ValueError, match="reference"):
        render("acknowledgement", context(Language.EN, reference="PI-2025-42<script>"))


def test_template_typo_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    forms = PACKAGE_FORMS
    copy = tmp_path / "forms"
    shutil.copytree(forms, copy)
    path = copy / "acknowledgement.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("{received_date}", "{recieved_date}", 1), encoding="utf-8"
    )
    monkeypatch.setenv("INQUIRY_DESK_FORMS", str(copy))
    with pytest.raises(TemplateError, match="recieved_date"):
        render("acknowledgement", context(Language.EN))


def test_templates_are_editable_without_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    forms = PACKAGE_FORMS
    copy = tmp_path / "forms"
    shutil.copytree(forms, copy)
    company = copy / "company.toml"
    company.write_text(
        company.read_text(encoding="utf-8").replace('company = "ZenGroup INC"', 'company = "Example & Co"'),
        encoding="utf-8",
    )
    monkeypatch.setenv("INQUIRY_DESK_FORMS", str(copy))
    assert "Example & Co" in text_of(render("acknowledgement", context(Language.EN)))
