"""Text recognition (OCR) for faxes and scans, with the `tesseract` command.

Faxes and scans have no text layer, so without this staff read every page image to
fill in the request.  Each page (a TIFF frame, a scanned PNG/JPEG, a PDF page rendered
by pdfium) is encoded as PNG in memory and piped to `tesseract stdin stdout`: the page
images and the recognised text hold personal data, so nothing is written to a file,
not even a temporary one (the purge promise of the design; see model.py).

Recognition is a help, never a condition: when tesseract is missing, fails or is too
slow, the import goes on with a warning and staff fill in the details by hand.  The
text is machine-read, so a warning always asks staff to check it against the page.
"""

from __future__ import annotations

import io
import logging
import math
import os
import re
import shutil
import subprocess
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from inquiry_desk.intake.documents import MAX_DECODE_BYTES, fits_in_memory
from inquiry_desk.intake.model import Blob, SourceKind

log = logging.getLogger(__name__)

LANGUAGES = "jpn+eng"
MAX_PAGES = 5  # a request is on the first pages; the rest are ID copies and enclosures
PAGE_TIMEOUT = 60.0  # seconds; an A4 fax page takes about 0.5 s (single thread)
PDF_DPI = 200
# English sources: shown through translate("Intake", ...) where they are reported.
UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Intake",
    "Text recognition unavailable: install tesseract (with the Japanese and English "
    "language data) to read faxes and scans; fill in the request details by hand.",
)
OCR_CHECK = QT_TRANSLATE_NOOP(
    "Intake", "The text was read from the page images by text recognition: check the details against them."
)
_FAX_MIN_DPI = 150  # below this vertical resolution a fax is "normal" mode (98 dpi)
# Memory and time: tesseract takes about 170 MB and 13 s for a full page of 16 megapixels (an
# A4 page at 400 dpi), so no page is sent larger; bigger ones are shrunk to it.
MAX_OCR_PIXELS = 16_000_000
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

# Tesseract puts a space between most Japanese characters it recognises.  Kana, kanji,
# Japanese punctuation and full-width forms never need one between them.
_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef"
_CJK_GAP = re.compile(f"(?<=[{_CJK}])[ \t\u3000]+(?=[{_CJK}])")
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass
class OcrResult:
    text: str = ""
    pages_read: int = 0
    warnings: list[str] = field(default_factory=list)
    too_large: list[int] = field(default_factory=list)  # pages not decoded (memory), numbered from 1


def tesseract_path() -> str | None:
    """The tesseract executable on PATH; looked up on each call so a later install is seen."""
    return shutil.which("tesseract")


def recognise(blob: Blob, kind: SourceKind) -> OcrResult:
    """Text of the first `MAX_PAGES` pages of a fax or scan; never raises."""
    result = OcrResult()
    exe = tesseract_path()
    if exe is None:
        result.warnings.append(translate("Intake", UNAVAILABLE))
        return result
    texts: list[str] = []
    started = time.perf_counter()
    try:
        for number, page in _pages(blob, kind, result):
            text = _tesseract(exe, page, number, result.warnings)
            if text is None:
                continue
            result.pages_read += 1
            if text.strip():
                texts.append(text if number == 1 else f"--- page {number} ---\n{text}")
    except _Stop as stop:
        result.warnings.append(stop.reason)
    except Exception as exc:  # Pillow/pdfium failing on a file inspect_document accepted
        log.warning("text recognition: a page could not be rendered (%s)", type(exc).__name__)
        result.warnings.append(
            translate(
                "Intake",
                "A page could not be prepared for text recognition; only the pages before it were read.",
            )
        )
    # Counts and timings only: the text itself is personal data and is never logged.
    log.info("text recognition: %d page(s) in %.1f s", result.pages_read, time.perf_counter() - started)
    result.text = clean_text("\n\n".join(texts))
    return result


class _Stop(Exception):
    """Reading the remaining pages is pointless (tesseract missing or too slow); `reason` is for staff."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def clean_text(text: str) -> str:
    """Tidy tesseract's output: no spaces inside Japanese runs, no form feeds or blank runs."""
    text = text.replace("\f", "\n").replace("\r\n", "\n")
    text = _CJK_GAP.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def _tesseract(exe: str, png: bytes, number: int, notes: list[str]) -> str | None:
    """Recognised text of one page, or None (with a warning) when tesseract failed."""
    # One OpenMP thread: tesseract's own threading makes a single page 2-3x slower on
    # small machines, and the import runs other work beside it.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        # input= and capture_output: the page goes in and the text comes out through pipes.
        done = subprocess.run(
            [exe, "stdin", "stdout", "-l", LANGUAGES],
            input=png,
            capture_output=True,
            timeout=PAGE_TIMEOUT,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        # A machine this slow would be as slow on the next page: stop, keep what was read.
        raise _Stop(
            translate(
                "Intake",
                "Text recognition of page {page} took too long and was stopped; later pages were not read.",
            ).format(page=number)
        ) from exc
    except OSError as exc:  # removed since the PATH look-up, not executable, out of processes
        log.warning("text recognition: tesseract could not be started (%s)", type(exc).__name__)
        raise _Stop(translate("Intake", UNAVAILABLE)) from exc
    if done.returncode != 0:
        # stderr names the missing language data or the failure; it never holds page text.
        log.warning(
            "text recognition: tesseract exit %d on page %d: %s",
            done.returncode,
            number,
            done.stderr.decode("utf-8", "replace")[:300].strip(),
        )
        notes.append(
            translate(
                "Intake",
                "Text recognition failed on page {page}; check the tesseract installation "
                "(with its Japanese and English language data).",
            ).format(page=number)
        )
        return None
    return done.stdout.decode("utf-8", "replace")


def _pages(blob: Blob, kind: SourceKind, result: OcrResult) -> Iterator[tuple[int, bytes]]:
    """(page number, PNG bytes) of each page to read, at most MAX_PAGES of them."""
    if kind is SourceKind.PDF:
        yield from _pdf_pages(blob, result)
    else:
        yield from _image_pages(blob, result)


def _image_pages(blob: Blob, result: OcrResult) -> list[tuple[int, bytes]]:
    # Prepared up front, all inside one warnings guard (as in documents.py: Pillow warns on
    # damaged TIFF tags, the file was already checked, and tests turn warnings into errors).
    # At most MAX_PAGES compressed pages are held, a few hundred kB each.
    pages: list[tuple[int, bytes]] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with Image.open(blob.open()) as image:
            frames = getattr(image, "n_frames", 1)
            for index in range(min(frames, MAX_PAGES)):
                image.seek(index)
                png = _image_page(image, index + 1, result)
                if png is not None:
                    pages.append((index + 1, png))
    if frames > MAX_PAGES:
        result.warnings.append(
            translate("Intake", "Text recognition read the first {first} of {total} pages.").format(
                first=MAX_PAGES, total=frames
            )
        )
    return pages


def _too_large(result: OcrResult, number: int, width: int, height: int) -> None:
    result.too_large.append(number)
    result.warnings.append(
        translate(
            "Intake",
            "Page {page} is too large to read ({width} × {height} pixels); it was kept but not recognised.",
        ).format(page=number, width=f"{width:,}", height=f"{height:,}")
    )


def _image_page(image: Image.Image, number: int, result: OcrResult) -> bytes | None:
    """The current frame of `image` as the PNG tesseract reads, or None (with a note) when it
    is too large to decode.

    Memory is bounded before anything is decoded (`fits_in_memory`, from the header), and
    after every step the page has at most MAX_OCR_PIXELS: a JPEG is decoded small, a big
    page is made grey (one byte a pixel) and then shrunk, and a stretched fax page is
    shrunk as much as it is stretched beyond the limit.
    """
    width, height = image.size  # as declared in the file
    x_dpi, y_dpi = _resolution(image)
    if _implausible(x_dpi, y_dpi):
        result.warnings.append(
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
        _too_large(result, number, width, height)
        return None
    frame = _resized(_on_white(image), target)
    if method := _EXIF_TRANSPOSE.get(orientation):
        frame = frame.transpose(method)
    # The resolution of the pixels sent: the width's, now that they are square.
    return _png(frame, _credible_dpi(x_dpi * target[0] / width))


def _pdf_pages(blob: Blob, result: OcrResult) -> Iterator[tuple[int, bytes]]:
    pdf = pdfium.PdfDocument(blob.open(), autoclose=False)
    try:
        count = len(pdf)
        for index in range(min(count, MAX_PAGES)):
            page = pdf[index]
            try:
                png = _pdf_page(page, index + 1, result)
            finally:
                page.close()
            if png is not None:
                yield index + 1, png
        if count > MAX_PAGES:
            result.warnings.append(
                translate("Intake", "Text recognition read the first {first} of {total} pages.").format(
                    first=MAX_PAGES, total=count
                )
            )
    finally:
        pdf.close()


def _pdf_page(page: pdfium.PdfPage, number: int, result: OcrResult) -> bytes | None:
    """One PDF page rendered in grey at PDF_DPI, or less so that it has at most MAX_OCR_PIXELS."""
    width, height = page.get_size()  # points
    scale = PDF_DPI / 72
    if not (math.isfinite(width * height) and width > 0 and height > 0):
        raise ValueError("no page size")  # recognise() says the page could not be prepared
    if width * height * scale * scale > MAX_OCR_PIXELS:
        scale = math.sqrt(MAX_OCR_PIXELS / (width * height)) * 0.999  # pdfium rounds the size up
    if scale * 72 < _MIN_PDF_DPI:  # a page of a square metre or more: no letter
        _too_large(result, number, round(width * PDF_DPI / 72), round(height * PDF_DPI / 72))
        return None
    # pdfium decodes each image of the page at its own size (and keeps it while the page is
    # open), whatever the page's: a 300 kB PDF can hold a 10,000 x 10,000 colour image.
    images = list(_pdf_images(page))
    if sum(cost for _, _, cost in images) > MAX_DECODE_BYTES:
        biggest = max(images, key=lambda image: image[2])
        _too_large(result, number, biggest[0], biggest[1])
        return None
    # Annotations are not drawn: their appearances are not page objects, so their images
    # would escape the check above, and a fax or scan has none.
    bitmap = page.render(scale=scale, grayscale=True, draw_annots=False)
    try:
        return _png(bitmap.to_pil(), _credible_dpi(scale * 72))
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
    """The size the page is read at: square pixels, and at most MAX_OCR_PIXELS.

    A fax in normal mode is 204x98 dpi: its letters are half height, and tesseract reads
    them badly.  Stretching the height by the resolution ratio restores their shape; the
    stretch is at most _MAX_STRETCH, however absurd the header (300 x 0.15 dpi would make
    a 1000 x 1000 page 2 billion pixels), and the result is shrunk to MAX_OCR_PIXELS.
    """
    stretch = 1.0
    if x_dpi > 0 and 0 < y_dpi < _FAX_MIN_DPI and x_dpi / y_dpi > 1.5:
        stretch = min(x_dpi / y_dpi, _MAX_STRETCH)
    wide, tall = float(max(1, width)), max(1, height) * stretch
    shrink = min(1.0, math.sqrt(MAX_OCR_PIXELS / (wide * tall)))
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


def _png(image: Image.Image, dpi: int) -> bytes:
    buffer = io.BytesIO()
    # The resolution tells tesseract the text size; without it, it guesses from the pixels.
    image.save(buffer, "PNG", dpi=(dpi, dpi) if dpi > 0 else None)
    return buffer.getvalue()
