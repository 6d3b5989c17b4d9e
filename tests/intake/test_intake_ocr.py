"""Text recognition of faxes and scans (intake/ocr.py) with the real tesseract command."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from inquiry_desk.domain.enums import Language, RequestType
from inquiry_desk.intake import SourceKind, ocr, parse_bytes, parse_file
from inquiry_desk.intake.model import Blob

FONT = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")   # fonts-ipaexfont, as in .ci/run
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


def _normal_mode_fax(page: Image.Image, frames: int = 1) -> bytes:
    """`page` as a G4 fax in normal mode: 204x98 dpi, so every pixel is twice as tall as wide."""
    squashed = page.resize((page.width, page.height * 98 // 204)).convert("1")
    out = io.BytesIO()
    squashed.save(out, "TIFF", compression="group4", dpi=(204, 98), save_all=frames > 1,
                  append_images=[squashed] * (frames - 1))
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
        samples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))   # an empty folder: no tesseract on PATH
    assert ocr.tesseract_path() is None
    for name in ("13-fax-correction.tif", "14-mailed-letter-scan.png", "07-fax-gateway-pdf.eml"):
        with parse_file(samples_dir / name) as inquiry:
            assert any(UNAVAILABLE in w.lower() for w in inquiry.warnings), name
            assert inquiry.suggestions.request_types == [], name
            assert inquiry.document is not None, name


def test_tesseract_vanishing_mid_import_gives_the_same_warning(
        samples_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tesseract_path", lambda: "/nonexistent/tesseract")
    with parse_file(samples_dir / "13-fax-correction.tif") as inquiry:
        assert sum(UNAVAILABLE in w.lower() for w in inquiry.warnings) == 1   # once, not per page
        assert inquiry.body == ""


def test_a_slow_page_stops_recognition_with_a_warning(
        samples_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "PAGE_TIMEOUT", 0.001)
    with parse_file(samples_dir / "13-fax-correction.tif") as inquiry:
        assert any("took too long" in w for w in inquiry.warnings)
        assert inquiry.suggestions.request_types == []


def test_no_file_is_written_during_recognition(
        samples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
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
            assert ocr.OCR_CHECK in inquiry.warnings, name   # recognition really ran
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
    for name in ("03-erasure-with-id-scan.eml", "06-reply-with-completed-form.eml",
                 "11-representative-power-of-attorney.eml"):
        with parse_file(samples_dir / name) as inquiry:
            assert ocr.OCR_CHECK not in inquiry.warnings, name
