"""Forms sent to applicants come back as scans or faxes and find their case by the QR code."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image

from inquiry_desk.documents import decode_reference, render
from inquiry_desk.domain.enums import Language
from tests.documents.doc_helpers import REFERENCE, context


def _page_image(pdf: bytes, dpi: int = 150, index: int = 0) -> Image.Image:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        page = doc[index]
        image = page.render(scale=dpi / 72).to_pil()
        page.close()
        return image
    finally:
        doc.close()


@pytest.fixture(scope="module")
def form_pdf() -> bytes:
    return render("request-form", context(Language.JA))


def test_round_trip_png(form_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    _page_image(form_pdf).save(path)
    assert decode_reference(path) == REFERENCE
    assert decode_reference(path.read_bytes()) == REFERENCE


def test_round_trip_jpeg_greyscale(form_pdf: bytes) -> None:
    buf = io.BytesIO()
    _page_image(form_pdf, dpi=120).convert("L").save(buf, "JPEG", quality=60)
    assert decode_reference(buf.getvalue()) == REFERENCE


def test_round_trip_multipage_fax_tiff(form_pdf: bytes, tmp_path: Path) -> None:
    """A G4 fax whose first page is a cover note without a code, at fax 'fine' resolution."""
    blank = Image.new("1", (1728, 2200), 1)
    page = _page_image(form_pdf, dpi=200).convert("L").point(lambda v: 255 if v > 128 else 0).convert("1")
    path = tmp_path / "fax.tif"
    blank.save(path, compression="group4", save_all=True, append_images=[page], dpi=(200, 200))
    assert decode_reference(path) == REFERENCE


def test_round_trip_fax_normal_resolution(form_pdf: bytes, tmp_path: Path) -> None:
    """Fax 'normal' mode halves the vertical resolution (204×98 dpi); modules must be squared."""
    page = _page_image(form_pdf, dpi=204).convert("L")
    squashed = (
        page.resize((page.width, page.height * 98 // 204)).point(lambda v: 255 if v > 128 else 0).convert("1")
    )
    path = tmp_path / "fax-normal.tif"
    squashed.save(path, compression="group4", dpi=(204, 98))
    assert decode_reference(path) == REFERENCE


def test_round_trip_pdf(form_pdf: bytes) -> None:
    assert decode_reference(form_pdf) == REFERENCE


@pytest.mark.parametrize("name", ["cover-letter", "missing-documents"])
def test_letters_to_applicants_carry_the_code(name: str) -> None:
    png = io.BytesIO()
    _page_image(render(name, context(Language.EN))).save(png, "PNG")
    assert decode_reference(png.getvalue()) == REFERENCE


def test_no_code_no_reference() -> None:
    buf = io.BytesIO()
    Image.new("L", (800, 600), 255).save(buf, "PNG")
    assert decode_reference(buf.getvalue()) is None


def test_pdf_without_code_falls_back_to_its_text() -> None:
    # The acknowledgement has no QR code, but a PDF's text layer still names the case.
    assert decode_reference(render("acknowledgement", context(Language.EN))) == REFERENCE
