"""Returned forms as they come back: the app's own PDF, printed, then faxed or scanned.

The "printing" is pdfium rasterising the PDF the app rendered; the "fax" is that raster
made bilevel and saved as a Group 4 TIFF at a fax machine's resolution (204 dpi across;
196 dpi down in fine mode, 98 in normal mode), the "scan" a grey PNG.
"""

from __future__ import annotations

import io

import pypdfium2
import qrcode
from PIL import Image, ImageDraw
from reportlab.lib.units import mm

from inquiry_desk.documents.layout import MARGIN_X, PAGE_W

FAX_X_DPI = 204


def pages(pdf: bytes, dpi: float) -> list[Image.Image]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        out = []
        for index in range(len(doc)):
            page = doc[index]
            out.append(page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L"))
            page.close()
        return out
    finally:
        doc.close()


def _bilevel(image: Image.Image) -> Image.Image:
    return image.point(lambda v: 255 if v > 160 else 0).convert("1")


def fax_tiff(pdf: bytes, *, fine: bool = True, damage: bool = False) -> bytes:
    """Every page of `pdf` as a multi-page G4 fax."""
    y_dpi = 196 if fine else 98
    frames = []
    for page in pages(pdf, FAX_X_DPI):
        if damage:
            damage_qr(page, FAX_X_DPI)
        frames.append(_bilevel(page.resize((page.width, round(page.height * y_dpi / FAX_X_DPI)))))
    buffer = io.BytesIO()
    frames[0].save(
        buffer,
        "TIFF",
        compression="group4",
        save_all=True,
        append_images=frames[1:],
        dpi=(FAX_X_DPI, y_dpi),
    )
    return buffer.getvalue()


def scan_png(pdf: bytes, *, dpi: int = 150) -> bytes:
    """The first page of `pdf` as a grey scan."""
    buffer = io.BytesIO()
    pages(pdf, dpi)[0].save(buffer, "PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def damage_qr(page: Image.Image, dpi: float) -> None:
    """A coffee stain over the footer's QR code: the middle of it wiped out, beyond what
    its error correction can repair (documents/layout.py draws it 15 mm wide, 2 mm up)."""
    px = dpi / 72
    left = (PAGE_W - MARGIN_X - 15 * mm) * px
    size = 15 * mm * px
    bottom = page.height - 2 * mm * px
    ImageDraw.Draw(page).rectangle(
        (left + size * 0.15, bottom - size * 0.85, left + size * 0.85, bottom - size * 0.15), fill=255
    )


def qr_page(payload: str, *, dpi: int = 150) -> bytes:
    """A blank A4 page with one QR code on it (someone else's, or a bare reference)."""
    page = Image.new("L", (round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)), 255)
    code = (
        qrcode.make(payload, border=2).get_image().convert("L").resize((300, 300), Image.Resampling.NEAREST)
    )
    page.paste(code, (page.width - 400, page.height - 400))
    buffer = io.BytesIO()
    page.save(buffer, "PNG", dpi=(dpi, dpi))
    return buffer.getvalue()
