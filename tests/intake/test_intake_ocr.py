"""Text recognition of faxes and scans (intake/ocr.py) with the real tesseract command."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from inquiry_desk.documents.fonts import FONT_DIR
from inquiry_desk.domain.enums import Language, RequestType
from inquiry_desk.intake import SourceKind, ocr, parse_bytes, parse_file
from inquiry_desk.intake.model import Blob

FONT = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")  # fonts-ipaexfont, as in .ci/run
SHIPPED_FONT = FONT_DIR / "ipaexg.ttf"  # the IPAex Gothic the application prints with
UNAVAILABLE = "text recognition unavailable: install tesseract"


def _letter(lines: list[str]) -> Image.Image:
    """A 200 dpi page with `lines` in Japanese-capable type, as a scanner would give it."""
    if not FONT.is_file():
        pytest.skip("the IPAex Gothic font is not installed")
    font = ImageFont.truetype(str(FONT), 48)
    page = Image.new("L", (1654, 120 + 100 * len(lines)), 255)
    draw = ImageDraw.Draw(page)
    for row, line in enumerate(lines):
        draw.text((100, 80 + 100 * row), line, font=font, fill=0)
    return page


def _normal_mode_fax(page: Image.Image, frames: int = 1, second: Image.Image | None = None) -> bytes:
    """`page` as a G4 fax in normal mode: 204x98 dpi, so every pixel is twice as tall as wide.
    The fax has `frames` copies of it, or `page` and then `second`."""

    def squash(image: Image.Image) -> Image.Image:
        return image.resize((image.width, image.height * 98 // 204)).convert("1")

    first = squash(page)
    rest = [squash(second)] if second is not None else [first] * (frames - 1)
    out = io.BytesIO()
    first.save(out, "TIFF", compression="group4", dpi=(204, 98), save_all=bool(rest), append_images=rest)
    return out.getvalue()


def test_spaces_inside_japanese_are_removed_and_kept_elsewhere() -> None:
    raw = "保 有 個 人 デ ー タ の 訂 正\f住所 : 東京 都\n\n\n\nPlease correct my  data 。 \n"
    assert ocr.clean_text(raw) == "保有個人データの訂正\n住所 : 東京都\n\nPlease correct my  data 。"


def test_normal_mode_fax_is_read_once_its_pixels_are_square() -> None:
    fax = _normal_mode_fax(_letter(["保有個人データの訂正を請求します。", "住所：東京都新宿区西新宿2-4-6"]))
    with parse_bytes(fax) as inquiry:
        assert inquiry.suggestions.request_types == [RequestType.CORRECTION]
        assert inquiry.suggestions.language is Language.JA
        assert "保有個人データの訂正を請求します" in inquiry.body
        assert inquiry.suggestions.applicant.address.startswith("東京都新宿区西新宿")
        assert ocr.OCR_CHECK in inquiry.warnings


def test_only_the_first_pages_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "MAX_PAGES", 2)
    fax = _normal_mode_fax(_letter(["訂正"]), frames=3)
    result = ocr.recognise(Blob.from_bytes(fax), SourceKind.TIFF)
    assert result.pages_read == 2
    assert "first 2 of 3 pages" in " ".join(result.warnings)


def test_missing_tesseract_gives_a_warning_not_an_error(
    samples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no tesseract on PATH
    assert ocr.tesseract_path() is None
    for name in ("13-fax-correction.tif", "14-mailed-letter-scan.png", "07-fax-gateway-pdf.eml"):
        with parse_file(samples_dir / name) as inquiry:
            assert any(UNAVAILABLE in w.lower() for w in inquiry.warnings), name
            assert inquiry.suggestions.request_types == [], name
            assert inquiry.document is not None, name


def test_tesseract_vanishing_mid_import_gives_the_same_warning(
    samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "tesseract_path", lambda: "/nonexistent/tesseract")
    with parse_file(samples_dir / "13-fax-correction.tif") as inquiry:
        assert sum(UNAVAILABLE in w.lower() for w in inquiry.warnings) == 1  # once, not per page
        assert inquiry.body == ""


def test_a_slow_page_stops_recognition_with_a_warning(
    samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "PAGE_TIMEOUT", 0.001)
    with parse_file(samples_dir / "13-fax-correction.tif") as inquiry:
        assert any("took too long" in w for w in inquiry.warnings)
        assert inquiry.suggestions.request_types == []


def test_no_file_is_written_during_recognition(
    samples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Page images and recognised text are personal data: both go through pipes only.  The
    # temp folder (for this process and tesseract, via TMPDIR) and the working folder are
    # fresh empty folders, so any file written there would be seen.
    temp, work = tmp_path / "temp", tmp_path / "work"
    temp.mkdir()
    work.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.chdir(work)
    for name in ("13-fax-correction.tif", "14-mailed-letter-scan.png", "07-fax-gateway-pdf.eml"):
        with parse_file(samples_dir / name) as inquiry:
            assert ocr.OCR_CHECK in inquiry.warnings, name  # recognition really ran
        assert list(temp.iterdir()) == [] and list(work.iterdir()) == [], name


def test_gateway_fax_text_is_added_to_the_body(samples_dir: Path) -> None:
    with parse_file(samples_dir / "07-fax-gateway-pdf.eml") as inquiry:
        assert inquiry.body.startswith("You have received a 2 page fax")
        assert "Text recognised on fax-0120000000.pdf" in inquiry.body
        assert "provision of my data" in inquiry.body
        assert inquiry.suggestions.applicant.address.startswith("2-4-6 Nishi-Shinjuku")


def test_ordinary_emails_are_not_recognised(samples_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """OCR is slow: an email's enclosures (ID copies, forms) are never read, only a gateway's fax."""

    def refuse(*_args: object) -> ocr.OcrResult:
        raise AssertionError("text recognition ran on an ordinary email")

    monkeypatch.setattr(ocr, "recognise", refuse)
    for name in (
        "03-erasure-with-id-scan.eml",
        "06-reply-with-completed-form.eml",
        "11-representative-power-of-attorney.eml",
    ):
        with parse_file(samples_dir / name) as inquiry:
            assert ocr.OCR_CHECK not in inquiry.warnings, name


# -- the applicant's details read from a page (suggest.py on real recognised text) ---------------
def _form_page(header: str, rows: list[tuple[str, str]]) -> Image.Image:
    """An A4 page (about 200 dpi): a fax header line, then rows drawn as a request form's table
    (label cell, value cell), or free lines where the label is empty."""
    font = ImageFont.truetype(str(SHIPPED_FONT), 48)
    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    draw.text((100, 40), header, font=ImageFont.truetype(str(SHIPPED_FONT), 36), fill=0)
    for row, (label, value) in enumerate(rows):
        y = 160 + 120 * row
        if label:
            draw.rectangle((90, y - 20, 1560, y + 80), outline=0, width=3)
            draw.line((480, y - 20, 480, y + 80), fill=0, width=3)
            draw.text((110, y), label, font=font, fill=0)
        draw.text((510 if label else 100, y), value, font=font, fill=0)
    return page


@pytest.mark.parametrize(
    ("phone_row", "phone"),
    [
        (True, "090-1234-5678"),  # the form's own phone field
        (False, "03-3812-5521"),  # none: the sending machine's number, never the company's TEL
    ],
)
def test_faxed_japanese_request_form_gives_name_furigana_and_phone(phone_row: bool, phone: str) -> None:
    company_phone = "06-4560-4070"  # forms/company.toml
    rows = [
        ("", "保有個人データ開示等請求書"),
        ("", "ZenGroup株式会社 個人情報お問い合わせ窓口 御中"),
        ("", f"お問い合わせ先 TEL {company_phone}"),
        ("フリガナ", "ヤマダ タロウ"),
        ("氏名", "山田　太郎　　　印"),
        ("住所", "〒160-0023 東京都新宿区西新宿2-4-6"),
        *([("電話番号", "090-1234-5678")] if phone_row else []),
        ("", "保有個人データの開示を請求します。"),
    ]
    page_one = _form_page("11/05/2026 10:02  FAX 03-3812-5521  P.1", rows)
    page_two = _form_page("11/05/2026 10:03  FAX 03-3812-5521  P.2", [("", "本人確認書類：運転免許証の写し")])
    with parse_bytes(_normal_mode_fax(page_one, second=page_two)) as inquiry:
        # Both pages were read, each with its header, and the company's number on the form too.
        assert inquiry.body.count("FAX 03-3812-5521") == 2 and f"TEL {company_phone}" in inquiry.body
        s = inquiry.suggestions
        applicant = s.applicant
        assert (applicant.name, applicant.name_kana) == ("山田太郎", "ヤマダタロウ")
        assert (applicant.phone, applicant.fax) == (phone, "")
        assert (applicant.postal_code, applicant.address) == ("160-0023", "東京都新宿区西新宿2-4-6")
        assert s.request_types == [RequestType.DISCLOSURE] and s.representative is None


def test_returned_company_request_form_keeps_the_applicants_details() -> None:
    """The department's own form, pre-filled, printed and faxed back (fine mode, 200 dpi)."""
    import pypdfium2 as pdfium

    from inquiry_desk.documents import DocumentContext, render
    from inquiry_desk.domain.parties import PartyData

    ctx = DocumentContext(
        reference="PI-2026-0042",
        language=Language.JA,
        applicant=PartyData(
            name="佐藤 花子",
            name_kana="サトウ ハナコ",
            postal_code="160-0023",
            address="東京都新宿区西新宿2-4-6",
            phone="090-1234-5678",
            email="hanako@example.jp",
        ),
        request_types=[RequestType.DISCLOSURE],
    )
    pdf = pdfium.PdfDocument(render("request-form", ctx))
    try:
        frames = [
            pdf[i].render(scale=200 / 72, grayscale=True).to_pil().convert("1") for i in range(len(pdf))
        ]
    finally:
        pdf.close()
    out = io.BytesIO()
    frames[0].save(out, "TIFF", compression="group4", dpi=(200, 200), save_all=True, append_images=frames[1:])
    with parse_bytes(out.getvalue()) as inquiry:
        s = inquiry.suggestions
        # The form prints a representative section (代理人, 委任状, 親権者): blank, it names no one.
        assert s.representative is None
        assert (s.applicant.name, s.applicant.name_kana) == ("佐藤花子", "サトウハナコ")
        # Before, the printed 代理人 lines moved the applicant's phone away from the applicant.
        assert s.applicant.phone == "090-1234-5678"


def test_sample_faxes_and_scan_applicant_details(samples_dir: Path) -> None:
    receiving = "06-0000-4070"  # the arrow's target in every sample's header: the department
    expected = {
        # labelled name and phone; the header's sending number is not the phone
        "07-fax-gateway-pdf.eml": ("Kenji Sato", "03-0000-5678", ""),
        # "From:" names the applicant; the body's fax is the fax; the corrected (old) number is not
        # the phone, the new one is; the header's number comes last
        "13-fax-correction.tif": ("Yuki Kobayashi", "06-0000-2222", "06-0000-9999"),
        # a letter signed above the address; no number in it, so the header's sending number
        "14-mailed-letter-scan.png": ("Maria Rossi", "06-0000-0000", ""),
    }
    for name, (applicant_name, phone, fax) in expected.items():
        with parse_file(samples_dir / name) as inquiry:
            applicant = inquiry.suggestions.applicant
            assert (applicant.name, applicant.phone, applicant.fax) == (applicant_name, phone, fax), name
            assert receiving not in (applicant.phone, applicant.fax), name
