"""Finding the case reference in a returned form: scan, fax or PDF.

Forms sent to applicants carry the reference as a QR code in the footer. A returned copy
arrives as a PNG/JPEG scan, a multi-page fax TIFF or a PDF from the fax gateway; each page
is decoded with zxing-cpp. Only for PDFs with a text layer is the text searched as a fallback;
there is no OCR, so a scan without a readable QR code yields None and staff match it by hand.

The importer reads returned forms with intake/form_qr.py (every page, bounded in memory);
this decoder serves the documents' own round-trip checks (print, then read back).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import zxingcpp
from PIL import Image, ImageSequence

from inquiry_desk.documents.context import REFERENCE_RE
from inquiry_desk.domain.reference import reference_in_qr

# Pages are rendered at this resolution: enough for a 15 mm QR code with margin to spare.
_PDF_DPI = 200
_MAX_PAGES = 20  # a returned form is a few pages; stop a 300-page PDF from stalling import


def decode_reference(source: str | Path | bytes) -> str | None:
    """The first PI-YYYY-NNNN reference found in a QR code (or a PDF's text), else None."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    if data[:5] == b"%PDF-":
        return _from_pdf(data)
    with Image.open(io.BytesIO(data)) as image:
        for page in _pages(image):
            found = _decode_image(page)
            if found:
                return found
    return None


def _pages(image: Image.Image) -> Iterator[Image.Image]:
    for index, frame in enumerate(ImageSequence.Iterator(image)):
        if index >= _MAX_PAGES:
            return
        yield _square_pixels(frame.copy())


def _square_pixels(frame: Image.Image) -> Image.Image:
    """Stretch fax pages (204×98 dpi "normal" mode) so QR modules are square again."""
    dpi = frame.info.get("dpi")
    if dpi and len(dpi) == 2 and dpi[0] and dpi[1] and abs(float(dpi[0]) - float(dpi[1])) > 1:
        ratio = float(dpi[0]) / float(dpi[1])
        frame = frame.resize((frame.width, round(frame.height * ratio)))
    return frame


def _decode_image(image: Image.Image) -> str | None:
    if image.mode not in ("L", "RGB"):
        image = image.convert("L")
    qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    for barcode in zxingcpp.read_barcodes(image, formats=qr_only):
        # Only our own codes, whose whole payload is the reference (as the importer reads them).
        found = reference_in_qr(barcode.text)
        if found:
            return found
    return None


def _from_pdf(data: bytes) -> str | None:
    pdf = pypdfium2.PdfDocument(data)
    try:
        texts = []
        for index in range(min(len(pdf), _MAX_PAGES)):
            page = pdf[index]
            try:
                bitmap = page.render(scale=_PDF_DPI / 72, grayscale=True)
                found = _decode_image(bitmap.to_pil())
                if found:
                    return found
                textpage = page.get_textpage()
                texts.append(textpage.get_text_range())
                textpage.close()
            finally:
                page.close()
        match = REFERENCE_RE.search("\n".join(texts))
        return match.group(0) if match else None
    finally:
        pdf.close()
