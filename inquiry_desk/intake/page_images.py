"""The pages of a fax or scan as images, each one bounded in memory before it is decoded.

Text recognition (ocr.py) and the reading of our forms' QR codes (form_qr.py) look at the
same pages: a TIFF frame, a scanned PNG/JPEG, a PDF page rendered by pdfium. A hostile
file can declare a page of billions of pixels, so every page is measured from its header
first (`fits_in_memory`) and after each transform has at most MAX_PAGE_PIXELS; a page that
cannot be read within that is noted (`notes.too_large`) and skipped, never decoded.

Fax pages in "normal" mode (204 × 98 dpi) are stretched to square pixels, so that letters
and QR modules have their shape again.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Iterator
from typing import Protocol, TypeVar

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.documents import MAX_DECODE_BYTES, fits_in_memory
from inquiry_desk.intake.model import Blob, SourceKind

PDF_DPI = 200
# Memory and time: tesseract takes about 170 MB and 13 s for a full page of 16 megapixels (an
# A4 page at 400 dpi), so no page is made larger; bigger ones are shrunk to it.
MAX_PAGE_PIXELS = 16_000_000
_FAX_MIN_DPI = 150  # below this vertical resolution a fax is "normal" mode (98 dpi)
_MAX_STRETCH = 3.0  # a fax's pixels are at most about twice as tall as wide (204 x 98 dpi)
_MIN_DPI, _MAX_DPI = 70, 2400  # the resolutions tesseract believes
_MIN_PDF_DPI = 100  # a PDF page that must be rendered coarser than this is no letter
_BAND_PIXELS = 2_000_000  # a band of a page with transparency put on white at a time
_EXIF_ORIENTATION = 0x0112
_EXIF_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

T = TypeVar("T")
# What a reader makes of one page: the grey page image and its resolution (0: unknown).
Convert = Callable[[Image.Image, int], T]
# Told (pages read, pages in the file) when the file has more pages than the reader's limit.
Skipped = Callable[[int, int], None]


class PageNotes(Protocol):
    """Where the notes for staff go (OcrResult has these two lists)."""

    warnings: list[str]
    too_large: list[int]  # pages not decoded (memory), numbered from 1


def page_images(
    blob: Blob,
    kind: SourceKind,
    notes: PageNotes,
    convert: Convert[T],
    *,
    limit: int,
    skipped: Skipped | None = None,
) -> Iterator[tuple[int, T]]:
    """(page number, `convert(page, dpi)`) of each of the first `limit` pages."""
    if kind is SourceKind.PDF:
        yield from _pdf_pages(blob, notes, convert, limit, skipped)
    else:
        yield from _image_pages(blob, notes, convert, limit, skipped)


def _image_pages(
    blob: Blob, notes: PageNotes, convert: Convert[T], limit: int, skipped: Skipped | None
) -> list[tuple[int, T]]:
    # Converted up front, all inside one warnings guard (as in documents.py: Pillow warns on
    # damaged TIFF tags, the file was already checked, and tests turn warnings into errors).
    pages: list[tuple[int, T]] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with Image.open(blob.open()) as image:
            frames = getattr(image, "n_frames", 1)
            for index in range(min(frames, limit)):
                image.seek(index)
                frame = _image_page(image, index + 1, notes)
                if frame is not None:
                    pages.append((index + 1, convert(*frame)))
    if frames > limit and skipped is not None:
        skipped(limit, frames)
    return pages


def _too_large(notes: PageNotes, number: int, width: int, height: int) -> None:
    notes.too_large.append(number)
    notes.warnings.append(
        translate(
            "Intake",
            "Page {page} is too large to read ({width} × {height} pixels); it was kept but not recognised.",
        ).format(page=number, width=f"{width:,}", height=f"{height:,}")
    )


def _image_page(image: Image.Image, number: int, notes: PageNotes) -> tuple[Image.Image, int] | None:
    """The current frame of `image`, grey, square-pixelled and bounded, with its resolution;
    or None (with a note) when it is too large to decode.

    Memory is bounded before anything is decoded (`fits_in_memory`, from the header), and
    after every step the page has at most MAX_PAGE_PIXELS: a JPEG is decoded small, a big
    page is made grey (one byte a pixel) and then shrunk, and a stretched fax page is
    shrunk as much as it is stretched beyond the limit.
    """
    width, height = image.size  # as declared in the file
    x_dpi, y_dpi = _resolution(image)
    if _implausible(x_dpi, y_dpi):
        notes.warnings.append(
            translate(
                "Intake",
                "Page {page} declares an implausible resolution ({x} × {y} dpi); "
                "it was read as well as possible: check the text against the page.",
            ).format(page=number, x=f"{x_dpi:.4g}", y=f"{y_dpi:.4g}")
        )
    target = _target_size(width, height, x_dpi, y_dpi)
    orientation = 0
    if image.format == "JPEG":
        orientation = int(image.getexif().get(_EXIF_ORIENTATION, 0) or 0)
        # libjpeg decodes at 1/2, 1/4 or 1/8 of the size directly, in grey: a phone photo of
        # a letter (50 megapixels and more) never exists at full size here.
        image.draft("L", target)
    if not fits_in_memory(image, (width, height)):
        _too_large(notes, number, width, height)
        return None
    frame = _resized(_on_white(image), target)
    if method := _EXIF_TRANSPOSE.get(orientation):
        frame = frame.transpose(method)
    # The resolution of the pixels now: the width's, since they are square.
    return frame, _credible_dpi(x_dpi * target[0] / width)


def _pdf_pages(
    blob: Blob, notes: PageNotes, convert: Convert[T], limit: int, skipped: Skipped | None
) -> Iterator[tuple[int, T]]:
    pdf = pdfium.PdfDocument(blob.open(), autoclose=False)
    try:
        count = len(pdf)
        for index in range(min(count, limit)):
            page = pdf[index]
            try:
                converted = _pdf_page(page, index + 1, notes, convert)
            finally:
                page.close()
            if converted is not None:
                yield index + 1, converted[0]
        if count > limit and skipped is not None:
            skipped(limit, count)
    finally:
        pdf.close()


def _pdf_page(page: pdfium.PdfPage, number: int, notes: PageNotes, convert: Convert[T]) -> tuple[T] | None:
    """One PDF page rendered in grey at PDF_DPI, or less so that it has at most MAX_PAGE_PIXELS."""
    width, height = page.get_size()  # points
    scale = PDF_DPI / 72
    if not (math.isfinite(width * height) and width > 0 and height > 0):
        raise ValueError("no page size")  # the reader says the page could not be prepared
    if width * height * scale * scale > MAX_PAGE_PIXELS:
        scale = math.sqrt(MAX_PAGE_PIXELS / (width * height)) * 0.999  # pdfium rounds the size up
    if scale * 72 < _MIN_PDF_DPI:  # a page of a square metre or more: no letter
        _too_large(notes, number, round(width * PDF_DPI / 72), round(height * PDF_DPI / 72))
        return None
    # pdfium decodes each image of the page at its own size (and keeps it while the page is
    # open), whatever the page's: a 300 kB PDF can hold a 10,000 x 10,000 colour image.
    images = list(_pdf_images(page))
    if sum(cost for _, _, cost in images) > MAX_DECODE_BYTES:
        biggest = max(images, key=lambda image: image[2])
        _too_large(notes, number, biggest[0], biggest[1])
        return None
    # Annotations are not drawn: their appearances are not page objects, so their images
    # would escape the check above, and a fax or scan has none.
    bitmap = page.render(scale=scale, grayscale=True, draw_annots=False)
    try:
        return (convert(bitmap.to_pil(), _credible_dpi(scale * 72)),)
    finally:
        bitmap.close()


def _pdf_images(page: pdfium.PdfPage) -> Iterator[tuple[int, int, int]]:
    """(width, height, bytes to decode) of every image on the page, in forms too."""
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)):
        assert isinstance(obj, pdfium.PdfImage)
        meta = obj.get_metadata()
        width, height, bits = int(meta.width), int(meta.height), int(meta.bits_per_pixel)
        # Measured: about 1 byte a pixel for grey, 3.5 for colour; 1-bit images stay packed.
        per_pixel = 1 if bits <= 1 else 2 if bits <= 8 else max(4, bits // 8 + 1)
        filters = obj.get_filters()
        if "JPXDecode" in filters:  # openjpeg holds 4 bytes a sample
            per_pixel += 16
        elif "DCTDecode" in filters:  # a progressive JPEG's coefficients
            per_pixel += 6
        yield width, height, max(0, width) * max(0, height) * per_pixel


def _resolution(image: Image.Image) -> tuple[float, float]:
    """The (x, y) resolution in the header, or (0, 0) when it is missing or not a number."""
    dpi = image.info.get("dpi") or (0, 0)
    try:
        x_dpi, y_dpi = float(dpi[0]), float(dpi[1])
    except (TypeError, ValueError, IndexError, OverflowError):
        return 0.0, 0.0
    if not (math.isfinite(x_dpi) and math.isfinite(y_dpi)) or x_dpi <= 0 or y_dpi <= 0:
        return 0.0, 0.0
    return x_dpi, y_dpi


def _implausible(x_dpi: float, y_dpi: float) -> bool:
    """No scanner or fax gives pixels more than _MAX_STRETCH times taller than wide (or wider)."""
    return x_dpi > 0 and y_dpi > 0 and max(x_dpi / y_dpi, y_dpi / x_dpi) > _MAX_STRETCH


def _target_size(width: int, height: int, x_dpi: float, y_dpi: float) -> tuple[int, int]:
    """The size the page is read at: square pixels, and at most MAX_PAGE_PIXELS.

    A fax in normal mode is 204x98 dpi: its letters are half height, and tesseract reads
    them badly.  Stretching the height by the resolution ratio restores their shape; the
    stretch is at most _MAX_STRETCH, however absurd the header (300 x 0.15 dpi would make
    a 1000 x 1000 page 2 billion pixels), and the result is shrunk to MAX_PAGE_PIXELS.
    """
    stretch = 1.0
    if x_dpi > 0 and 0 < y_dpi < _FAX_MIN_DPI and x_dpi / y_dpi > 1.5:
        stretch = min(x_dpi / y_dpi, _MAX_STRETCH)
    wide, tall = float(max(1, width)), max(1, height) * stretch
    shrink = min(1.0, math.sqrt(MAX_PAGE_PIXELS / (wide * tall)))
    return max(1, int(wide * shrink)), max(1, int(tall * shrink))


def _resized(frame: Image.Image, target: tuple[int, int]) -> Image.Image:
    """`frame` at the `target` size: shrunk in whole steps first (fast, a fair average)."""
    if frame.size == target:
        return frame
    steps = (max(1, frame.width // target[0]), max(1, frame.height // target[1]))
    if steps != (1, 1):
        frame = frame.reduce(steps)
    return frame if frame.size == target else frame.resize(target, Image.Resampling.BILINEAR)


def _on_white(frame: Image.Image) -> Image.Image:
    """Grey, with transparent pixels (often black underneath) put on white paper.

    A page with transparency is done in bands of rows: whole, it would take four more
    copies of the page (and RGBA is four bytes a pixel); so only the grey page is added."""
    if frame.mode == "L":
        return frame
    if frame.mode not in ("RGBA", "LA", "PA", "La", "RGBa") and not (
        frame.mode == "P" and "transparency" in frame.info
    ):
        return frame.convert("L")
    paper = Image.new("L", frame.size, 255)
    rows = max(1, _BAND_PIXELS // frame.width)
    for top in range(0, frame.height, rows):
        box = (0, top, frame.width, min(frame.height, top + rows))
        band = frame.crop(box)
        if band.mode not in ("RGBA", "LA"):
            band = band.convert("RGBA")
        # Where the band is opaque its grey replaces the paper; where transparent, white stays.
        paper.paste(band.convert("L"), box[:2], band.getchannel("A"))
    return paper


def _credible_dpi(dpi: float) -> int:
    """`dpi` for tesseract, or 0 (none: it judges from the pixels) outside what it believes."""
    return round(dpi) if _MIN_DPI <= dpi <= _MAX_DPI else 0
