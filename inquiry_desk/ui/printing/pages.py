"""A PDF's pages for the screen: QtPdf is not part of the PySide6 wheel we ship, so pages are
rasterised with pdfium (already used by printing and import) into QImages."""

from __future__ import annotations

import pypdfium2
from PySide6.QtGui import QImage

# Screen pixels per PDF point at zoom 1.0 (96 dpi screens): a page shows at its real size.
SCREEN_SCALE = 96 / 72


def render_page(pdf: bytes, index: int, scale: float) -> QImage:
    """One page as an image, ``scale`` pixels per PDF point."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[index]
        try:
            image = page.render(scale=scale).to_pil().convert("RGB")
        finally:
            page.close()
    finally:
        document.close()
    data = image.tobytes()
    # QImage borrows the buffer; copy() gives it its own before ``data`` goes away.
    return QImage(data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888).copy()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [document.get_page_size(i) for i in range(len(document))]
    finally:
        document.close()
