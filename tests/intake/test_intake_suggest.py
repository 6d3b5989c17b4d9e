"""Applicant name, furigana, phone and fax suggested from the text of faxes and scans (suggest.py).

The texts are written as tesseract gives them: spaced-out kanji, full-width colons and
digits, a label on one line and its value on the next, a fax header at the top of every
page.  The company's own details come from `OWN` (as forms/company.toml gives them), so
that a test shows where they would have been suggested.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from inquiry_desk.domain.enums import RepresentativeKind
from inquiry_desk.intake.model import Suggestions
from inquiry_desk.intake.suggest import OwnContacts, company_contacts, suggest

COMPANY_PHONE = "06-4560-4070"
COMPANY_FAX = "06-4560-4071"
OWN = OwnContacts.of(
    numbers=[COMPANY_PHONE, COMPANY_FAX],
    names=[
        "ZenGroup INC",
        "ZenGroup株式会社",
        "Personal Information Inquiry Dept.",
        "個人情報お問い合わせ窓口",
        "Shin Sugahara",
        "スガハラ シン",
    ],
    emails=["privacy-inquiry@zenpop.example.jp"],
)
HEADER = "11/05/2026 10:02  FAX 03-3812-5521 -> 06-4560-4071  P.{page}"
LABELS = {
    "氏名",
    "お名前",
    "ご氏名",
    "請求者氏名",
    "本人氏名",
    "フリガナ",
    "ふりがな",
    "印",
    "様",
    "Name",
    "Full name",
    "From",
    "住所",
    "電話番号",
}


def document(text: str, own: OwnContacts = OWN) -> Suggestions:
    """Suggestions for a fax or scan: no sender, only the recognised text."""
    return suggest(text, sender_name="", sender_address="", own=own)


def faxed(*pages: str) -> str:
    """`pages` as ocr.recognise joins them: a header line on top of each, a marker between."""
    out = [f"{HEADER.format(page=n)}\n{page}" for n, page in enumerate(pages, 1)]
    return "\n\n".join(p if n == 1 else f"--- page {n} ---\n{p}" for n, p in enumerate(out, 1))


# -- names ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "kana"),
    [
        # tesseract's spacing of Japanese, full-width colon, furigana above, seal after the name
        (
            "保 有 個 人 デ ー タ 開 示 請 求 書\n"
            "フ リ ガ ナ ： ヤ マ ダ タ ロ ウ\n氏 名 ： 山 田 太 郎 　 印",
            "山田太郎",
            "ヤマダタロウ",
        ),
        # what ocr.clean_text leaves of a form's table row: label and value run together
        (
            "ふりがなヤマダタロウ\n\n氏名山田太朗\n電話番号            090-1234-5678",
            "山田太朗",
            "ヤマダタロウ",
        ),
        ("お名前　佐藤 花子 様", "佐藤 花子", ""),
        ("ご氏名:鈴木一郎", "鈴木一郎", ""),
        ("請求者氏名\n\n高橋 健\n住所 東京都新宿区", "高橋 健", ""),  # the value on the next line
        ("本人氏名：伊藤 美咲（いとう みさき）", "伊藤 美咲", "イトウ ミサキ"),  # hiragana becomes katakana
        ("ﾌﾘｶﾞﾅ ﾔﾏﾀﾞ ﾊﾅｺ\n氏名 山田 花子", "山田 花子", "ヤマダ ハナコ"),  # half-width katakana
        ("ヤマダ タロウ\n\n氏名 山田 太郎", "山田 太郎", "ヤマダ タロウ"),  # unlabelled furigana above
        ("氏名 山田 太郎\nやまだ たろう", "山田 太郎", "ヤマダ タロウ"),  # ... and below
        ("氏名（フリガナ）：ワタナベ ケン\n氏名（漢字）：渡辺 健", "渡辺 健", "ワタナベ ケン"),
        ("氏名 山田太郎 生年月日 1980年1月2日", "山田太郎", ""),  # the next field is cut off
        ("会員の田中芽衣と申します。開示をお願いします。", "田中芽衣", ""),
        ("東京都新宿区西新宿2-4-6\n山田 太郎 ㊞", "山田 太郎", ""),
        ("Name: Kenji Sato\nAddress: 2-4-6 Nishi-Shinjuku", "Kenji Sato", ""),
        ("Full name:   Maria Rossi   Tel: +39 06 1234 5678", "Maria Rossi", ""),
        (
            "To: Personal Information Inquiry Dept.\nFrom: Yuki Kobayashi\nFax: 06-0000-9999",
            "Yuki Kobayashi",
            "",
        ),
        ("I object to the use of my data.\nYours sincerely,\n\nHans Müller\nBerlin", "Hans Müller", ""),
        ("Please delete my data.\nKind regards, Liam O'Connor", "Liam O'Connor", ""),
        (
            "Dear Sir/Madam,\nPlease stop processing my data.\n\nMaria Rossi\nVia Roma 10, 00184 Roma, Italy",
            "Maria Rossi",
            "",
        ),
    ],
)
def test_name_and_furigana_from_a_form_or_letter(text: str, name: str, kana: str) -> None:
    applicant = document(faxed(text)).applicant
    assert (applicant.name, applicant.name_kana) == (name, kana)


@pytest.mark.parametrize(
    "text",
    [
        "氏名：\n住所：東京都新宿区西新宿2-4-6",  # a blank field: the next label is no name
        "氏 名\n\n電 話 番 号 090-1234-5678",
        "お名前\n様",
        "氏名：山",  # an OCR fragment of one character
        "氏名 口口",  # empty check boxes
        "Full name: J",
        "氏名：1980年1月2日",  # digits
        "From: 03-1234-5678",
        "FROM: YAMADA TARO 03-1234-5678 P.1",  # a station ID names a machine
        "Name: ZenGroup Inc.",  # the company, as printed ...
        "Name: ZenGrouD Inc.",  # ... and as tesseract misreads it
        "Applicant: ZenGrouD",
        "お名前：ZenGroup株式会社 個人情報お問い合わせ窓口",
        "From: Shin Sugahara",  # the department's contact person
        "Name: Personal Information Inquiry Dept.",
        "お名前：株式会社ヤマダ商事",
        "氏名の変更をお願いします。",  # a label word in a sentence
        "署名または記名押印\n印",
        "Dear Sir/Madam,\nPersonal Information Inquiry Dept.\nprivacy-inquiry@zenpop.example.jp",
    ],
)
def test_never_a_label_a_company_a_fragment_or_digits(text: str) -> None:
    applicant = document(text).applicant
    assert applicant.name == ""
    assert applicant.name not in LABELS


def test_spaced_out_name_is_closed_up_but_the_writers_space_is_kept() -> None:
    assert document("氏名：山 田 太 郎").applicant.name == "山田太郎"
    assert document("氏名：山田 太 郎").applicant.name == "山田太郎"
    assert document("氏名：山田　太郎").applicant.name == "山田 太郎"  # an ideographic space typed
    assert document("氏名：高橋 健").applicant.name == "高橋 健"


def test_email_sender_is_still_the_applicant() -> None:
    s = suggest(
        "氏名：山田 花子\n電話: 090-0000-1234",
        sender_name="山田 花子",
        sender_address="hanako@example.jp",
        own=OWN,
    )
    assert (s.applicant.name, s.applicant.email, s.applicant.phone) == (
        "山田 花子",
        "hanako@example.jp",
        "090-0000-1234",
    )


# -- representatives --------------------------------------------------------------------------
FORM = """1. ご請求者（ご本人）
ふりがな やまだ たろう
氏名 山田 太郎
電話番号 090-1234-5678
2. 代理人（代理人によるご請求の場合のみ）
代理人の区分 法定代理人（親権者・成年後見人等） 任意代理人（委任状を添付）
ふりがな {rep_kana}
氏名 {rep_name}
住所
3. ご請求の内容
保有個人データの開示"""


def test_blank_representative_section_of_a_returned_form_suggests_no_representative() -> None:
    s = document(faxed(FORM.format(rep_kana="", rep_name="")))
    assert s.representative is None
    assert (s.applicant.name, s.applicant.name_kana, s.applicant.phone) == (
        "山田 太郎",
        "ヤマダ タロウ",
        "090-1234-5678",
    )


def test_filled_representative_section_names_the_representative() -> None:
    s = document(faxed(FORM.format(rep_kana="やまだ はなこ", rep_name="山田 花子")))
    assert s.representative is not None and s.representative.name == "山田 花子"
    assert s.representative.representative_kind is RepresentativeKind.LEGAL
    # The applicant keeps the name heading the form, and the details beside it.
    assert (s.applicant.name, s.applicant.name_kana, s.applicant.phone) == (
        "山田 太郎",
        "ヤマダ タロウ",
        "090-1234-5678",
    )


def test_representative_name_field_of_a_letter() -> None:
    s = document("請求者氏名　鈴木一郎　様\n代理人氏名　鈴木花子\n委任状を同封します。")
    assert s.applicant.name == "鈴木一郎"
    assert s.representative is not None and s.representative.name == "鈴木花子"


def test_representative_email_keeps_the_sender_as_representative() -> None:
    s = suggest(
        "We act for Ms. Mei Tanaka and request disclosure.\nName: Mei Tanaka\nTel: 03-5555-0101",
        sender_name="Ito Law Office",
        sender_address="office@ito-law.example.jp",
        own=OWN,
    )
    assert s.representative is not None
    assert (s.representative.name, s.representative.email, s.representative.phone) == (
        "Ito Law Office",
        "office@ito-law.example.jp",
        "03-5555-0101",
    )
    assert (s.applicant.name, s.applicant.email, s.applicant.phone) == ("Mei Tanaka", "", "")


# -- phone and fax -----------------------------------------------------------------------------
def test_labelled_body_phone_beats_the_header_on_every_page() -> None:
    s = document(faxed("開示請求書\n氏名 山田太郎\n携帯：090-1234-5678", "本人確認書類の写し"))
    assert s.applicant.phone == "090-1234-5678"
    assert s.applicant.fax == ""


def test_header_number_is_the_phone_of_last_resort_never_the_fax() -> None:
    s = document(faxed("開示請求書\n氏名 山田太郎", "本人確認書類の写し"))
    assert s.applicant.phone == "03-3812-5521"  # the sending machine: better than nothing
    assert s.applicant.fax == ""  # a reply faxed to a shop's machine would leak


@pytest.mark.parametrize(
    "header",
    [
        "FROM: 03-3812-5521",
        "FAX 03-3812-5521",
        "2026年11月05日 10:02 0338125521 P.001",
        "11/05/2026 10:02  FROM 03-3812-5521  TO 06-4560-4071  P. 1/2",
    ],
)
def test_header_shapes(header: str) -> None:
    text = f"{header}\n保有個人データの開示\nご連絡先 TEL 03-9876-5432\n"
    assert document(text).applicant.phone == "03-9876-5432"
    assert document(f"{header}\n保有個人データの開示\n").applicant.phone in ("03-3812-5521", "0338125521")


def test_company_numbers_are_never_suggested() -> None:
    text = faxed(
        "ZenGroup株式会社 御中\nお問い合わせ先 TEL 06-4560-4070 FAX +81-6-4560-4071\n"
        "氏名 山田太郎\nご返送先：06-4560-4071"
    )
    s = document(text)
    assert s.applicant.phone == "03-3812-5521"
    assert COMPANY_PHONE not in (s.applicant.phone, s.applicant.fax)
    assert s.applicant.fax == ""
    # Without the header either, nothing is left to suggest.
    only_company = document("お問い合わせ先 TEL 06-4560-4070 FAX 06-4560-4071\n氏名 山田太郎")
    assert (only_company.applicant.phone, only_company.applicant.fax) == ("", "")


def test_the_receiving_number_of_a_header_is_the_companys() -> None:
    # Not in OWN: the header's arrow says it is the machine this fax was sent to.
    text = "FAX 06-0000-0000 -> 06-0000-4070 P1\nPlease erase my data.\nCall me on 06-0000-4070 if needed."
    s = document(text)
    assert s.applicant.phone == "06-0000-0000"


@pytest.mark.parametrize(
    ("line", "phone", "fax"),
    [
        ("電話番号：０９０ー１２３４ー５６７８", "090-1234-5678", ""),  # full-width, long-vowel dashes
        ("電 話 番 号 090一1234一5678", "090-1234-5678", ""),  # kanji one for the hyphen
        ("電話番号\n\n03(1234)5678", "03(1234)5678", ""),  # the value on the next line
        ("TEL/FAX 045-111-2222", "045-111-2222", "045-111-2222"),
        ("TEL 03-1111-2222  FAX 03-1111-3333", "03-1111-2222", "03-1111-3333"),
        ("Fax: 06-0000-9999\nPhone: +39 06 1234 5678", "+39 06 1234 5678", "06-0000-9999"),
        ("Old: 06-0000-1111 New: 06-0000-2222", "06-0000-2222", ""),  # the corrected number is old
        ("変更前：03-1111-2222 変更後：03-3333-4444", "03-3333-4444", ""),
        ("会員番号 0123456789\n〒160-0023 PI-2026-0042 2026-11-05", "", ""),  # no phone numbers
    ],
)
def test_phone_and_fax_in_the_body(line: str, phone: str, fax: str) -> None:
    applicant = document(f"保有個人データの訂正を請求します。\n{line}").applicant
    assert (applicant.phone, applicant.fax) == (phone, fax)


def test_letterhead_at_the_top_is_not_a_fax_header() -> None:
    applicant = document("TEL 03-1234-5678  FAX 03-1234-5679\n開示を請求します。").applicant
    assert (applicant.phone, applicant.fax) == ("03-1234-5678", "03-1234-5679")


# -- the company's details from forms/company.toml ----------------------------------------------
def test_company_toml_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INQUIRY_DESK_FORMS", raising=False)
    text = "TEL 06-4560-4070\nprivacy-inquiry@zenpop.example.jp\nName: ZenGroup INC\nPlease erase my data."
    s = suggest(text, sender_name="", sender_address="")
    assert (s.applicant.name, s.applicant.phone, s.applicant.email) == ("", "", "")
    assert company_contacts() == company_contacts()  # read once per modification


def test_an_offices_edited_company_toml_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    toml = tmp_path / "company.toml"
    toml.write_text(
        '[ja]\ncompany = "株式会社テスト"\nphone = "03-5555-6666"\nfax = "03-5555-6667"\n', "utf-8"
    )
    monkeypatch.setenv("INQUIRY_DESK_FORMS", str(tmp_path))
    text = "電話 03-5555-6666\nFAX 03-5555-6667\n氏名 山田太郎"
    assert (suggest(text, sender_name="", sender_address="").applicant.phone) == ""
    toml.write_text('[ja]\nphone = "03-5555-0000"\n', "utf-8")
    os.utime(toml, ns=(1, 1))  # a different modification time, as an edit gives
    assert suggest(text, sender_name="", sender_address="").applicant.phone == "03-5555-6666"


def test_unreadable_company_toml_gives_a_log_line_without_personal_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "company.toml").write_text("[ja\nphone = ", "utf-8")
    monkeypatch.setenv("INQUIRY_DESK_FORMS", str(tmp_path))
    with caplog.at_level(logging.DEBUG):
        s = suggest("氏名 山田太郎\n電話 090-1234-5678", sender_name="", sender_address="")
    assert (s.applicant.name, s.applicant.phone) == ("山田太郎", "090-1234-5678")
    assert caplog.records and "company details unreadable" in caplog.text
    assert "山田" not in caplog.text and "090" not in caplog.text
