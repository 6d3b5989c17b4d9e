"""Recognising and checking fax and scan documents: PDF, TIFF (incl. CCITT G4), PNG, JPEG.

Checks go beyond the magic bytes: a PDF must open and its pages load in pdfium, every
TIFF frame must decode, an image must pass Pillow's verify and load.  Anything that
fails is reported as `UnreadableInput` with one line for staff, never as a library
exception, because these files come from outside.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import BinaryIO

import pypdfium2 as pdfium
from PIL import Image, UnidentifiedImageError

from inquiry_desk.domain.i18n import translate
from inquiry_desk.intake.model import Blob, SourceKind, UnreadableInput

TIFF_BITS_PER_SAMPLE, TIFF_SAMPLES_PER_PIXEL, TIFF_ROWS_PER_STRIP = 258, 277, 278
TIFF_TILE_WIDTH, TIFF_TILE_LENGTH = 322, 323

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER_LINE = re.compile(rb"^(From |[!-9;-~]{1,76}:)")
# Memory.  Pillow opens an image lazily: its header gives the size and mode, and only load()
# decodes the pixels.  A page is decoded (here to check it, in ocr.py to read it) only when
# what the decoding holds fits in these limits, judged from the header: a few hundred bytes
# of PNG or TIFF can declare gigabytes of pixels.  Bigger pages are kept, just not decoded.
MAX_PAGE_PIXELS = 70_000_000  # an A3 page at 600 dpi
MAX_DECODE_BYTES = 128 * 1024 * 1024  # the decoded page with the decoder's own buffers
# A multi-page TIFF is checked frame by frame up to this many pixels in all (time: a fax of
# 100 A4 pages at 300 dpi is 870 million); the frames after it are counted, not decoded.
MAX_CHECK_TOTAL_PIXELS = 1_000_000_000
MAX_TEXT_PAGES = 20


def sniff(head: bytes) -> SourceKind | None:
    """The kind of file from its first bytes, whatever its extension says."""
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return SourceKind.PDF
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return SourceKind.TIFF
    if head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff"):
        return SourceKind.IMAGE
    if head.startswith(OLE_MAGIC):
        return SourceKind.MSG
    text = head.lstrip(b"\r\n\t ")
    if _HEADER_LINE.match(text) and b"\x00" not in head[:4096]:
        return SourceKind.EML
    return None


@dataclass
class SourceFileInfo:
    kind: SourceKind
    content_type: str
    pages: int
    text: str = ""  # a text layer, if the PDF has one
    looks_like_fax: bool = False
    warnings: list[str] = field(default_factory=list)


def inspect_document(blob: Blob, kind: SourceKind) -> SourceFileInfo:
    try:
        if kind is SourceKind.PDF:
            return _inspect_pdf(blob.open())
        if kind is SourceKind.TIFF:
            return _inspect_tiff(blob.open())
        if kind is SourceKind.IMAGE:
            return _inspect_image(blob.open())
    except UnreadableInput:
        raise
    except Exception as exc:  # library errors on hostile input come in many types
        raise UnreadableInput(
            translate("Intake", "The {kind} file is damaged and cannot be read.").format(
                kind=kind.value.upper()
            )
        ) from exc
    raise UnreadableInput(translate("Intake", "This is not a fax or scan document."))


def _inspect_pdf(stream: BinaryIO) -> SourceFileInfo:
    try:
        pdf = pdfium.PdfDocument(stream, autoclose=False)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise UnreadableInput(
                translate("Intake", "The PDF cannot be opened: it is password-protected.")
            ) from exc
        raise UnreadableInput(translate("Intake", "The PDF cannot be opened: it is damaged.")) from exc
    try:
        count = len(pdf)
        if count < 1:
            raise UnreadableInput(translate("Intake", "The PDF has no pages."))
        texts: list[str] = []
        for index in range(count):
            page = pdf[index]
            try:
                if index < MAX_TEXT_PAGES:
                    textpage = page.get_textpage()
                    try:
                        texts.append(textpage.get_text_range())
                    finally:
                        textpage.close()
            finally:
                page.close()
        meta = " ".join(str(v) for v in pdf.get_metadata_dict(skip_empty=True).values())
    finally:
        pdf.close()
    text = "\n".join(t.replace("\r\n", "\n") for t in texts).strip()
    return SourceFileInfo(
        SourceKind.PDF, "application/pdf", count, text, looks_like_fax="fax" in meta.lower()
    )


def _inspect_tiff(stream: BinaryIO) -> SourceFileInfo:
    notes: list[str] = []
    with _pillow_guard(), Image.open(stream) as image:
        if image.format != "TIFF":
            raise UnreadableInput(translate("Intake", "The file is not a TIFF image."))
        frames = getattr(image, "n_frames", 1)
        compression = str(image.info.get("compression", ""))
        dpi = image.info.get("dpi") or (0, 0)
        checked = 0  # pixels decoded so far
        for index in range(frames):
            image.seek(index)
            pixels = image.width * image.height
            if checked + pixels > MAX_CHECK_TOTAL_PIXELS:
                notes.append(
                    translate(
                        "Intake", "Pages {first} to {last} were not checked: the document is very large."
                    ).format(first=index + 1, last=frames)
                )
                break
            if not fits_in_memory(image):
                notes.append(not_checked_note(index + 1))
                continue
            image.load()
            checked += pixels
    try:
        fax_dpi = round(float(dpi[0])) in (200, 203, 204)
    except (TypeError, ValueError, IndexError, OverflowError):  # a damaged or absurd resolution tag
        fax_dpi = False
    fax = compression in ("group3", "group4", "tiff_ccitt") or fax_dpi
    return SourceFileInfo(SourceKind.TIFF, "image/tiff", frames, looks_like_fax=fax, warnings=notes)


def not_checked_note(page: int) -> str:
    return translate("Intake", "Page {page} is very large and was not checked.").format(page=page)


def _inspect_image(stream: BinaryIO) -> SourceFileInfo:
    with _pillow_guard():
        with Image.open(stream) as image:
            fmt = image.format
            image.verify()
        if fmt not in ("PNG", "JPEG"):
            raise UnreadableInput(translate("Intake", "Only PNG and JPEG scans are accepted."))
        stream.seek(0)
        # verify() does not decode JPEG data; load() catches truncated scans.
        with Image.open(stream) as image:
            declared = image.size
            if fmt == "JPEG":
                # Decoded at an eighth of its size: all the data is still read, so a
                # truncated scan still fails, and a 200-megapixel photo takes 13 MB.
                image.draft(image.mode, (1, 1))
            if fits_in_memory(image, declared):
                image.load()
    content_type = "image/png" if fmt == "PNG" else "image/jpeg"
    return SourceFileInfo(SourceKind.IMAGE, content_type, 1)


def decode_bytes_needed(image: Image.Image, declared: tuple[int, int] | None = None) -> int:
    """Memory that decoding the current frame of `image` takes, from its header alone.

    `declared` is the size in the file when a JPEG was `draft`ed to a smaller one.  Pillow
    holds "1", "L" and "P" pixels in a byte, 16-bit grey in two, everything else in four
    (RGB too), and CMYK becomes RGB on its way to grey.
    A TIFF strip (or tile) is decoded whole into a buffer of its raw size, and a single
    strip may be the whole page; a progressive JPEG keeps 2 bytes a sample for every pixel.
    """
    width, height = image.size
    mode = image.mode
    if mode in ("1", "L", "P"):
        held = 1
    elif mode.startswith("I;16"):
        held = 2
    elif mode == "CMYK":
        held = 9  # Pillow makes grey from CMYK through a copy in RGB
    else:
        held = 4
    total = width * height * held
    if image.format == "TIFF":
        total += _tiff_strip_bytes(image)
    elif image.format == "JPEG" and (image.info.get("progressive") or image.info.get("progression")):
        full_width, full_height = declared or image.size
        total += int(full_width * full_height * 2 * _jpeg_samples_per_pixel(image))
    return total


def _jpeg_samples_per_pixel(image: Image.Image) -> float:
    """Samples a pixel over all components, with chroma subsampling (4:2:0 gives 1.5)."""
    layers = getattr(image, "layer", None)
    try:
        factors = [int(h) * int(v) for _, h, v, _ in layers or ()]
    except (TypeError, ValueError):
        factors = []
    if not factors or max(factors) < 1:
        return float(max(1, int(getattr(image, "layers", 4))))
    return sum(factors) / max(factors)


def fits_in_memory(image: Image.Image, declared: tuple[int, int] | None = None) -> bool:
    """Whether the current frame may be decoded (see MAX_PAGE_PIXELS and MAX_DECODE_BYTES).

    For a JPEG `draft`ed to a smaller size the pixels counted are the smaller ones: a
    baseline JPEG is decoded straight to that size, a few rows at a time."""
    if image.width * image.height > MAX_PAGE_PIXELS:
        return False
    return decode_bytes_needed(image, declared) <= MAX_DECODE_BYTES


def _tiff_strip_bytes(image: Image.Image) -> int:
    try:
        return _strip_bytes(image)
    except (TypeError, ValueError, OverflowError, ArithmeticError):  # tags no decoder could use
        return image.width * image.height * 4


def _strip_bytes(image: Image.Image) -> int:
    tags = getattr(image, "tag_v2", {})
    width, height = image.size

    def tag(number: int, default: int) -> int:
        value = tags.get(number, default)
        if isinstance(value, tuple):
            value = value[0] if value else default
        try:
            return max(1, int(value))
        except (TypeError, ValueError):
            return default

    bits = tags.get(TIFF_BITS_PER_SAMPLE, (1,))
    if isinstance(bits, tuple):
        bits_per_pixel = sum(int(b) for b in bits) or 1
        if len(bits) == 1:
            bits_per_pixel *= tag(TIFF_SAMPLES_PER_PIXEL, 1)
    else:
        bits_per_pixel = int(bits) * tag(TIFF_SAMPLES_PER_PIXEL, 1)
    if TIFF_TILE_WIDTH in tags:
        across, rows = min(width, tag(TIFF_TILE_WIDTH, width)), min(height, tag(TIFF_TILE_LENGTH, height))
    else:
        across, rows = width, min(height, tag(TIFF_ROWS_PER_STRIP, height))
    # More than 8 bits a pixel (RGB, YCbCr JPEG): libtiff may hand over RGBA, 4 bytes a pixel.
    row_bytes = (
        (across * bits_per_pixel + 7) // 8
        if bits_per_pixel <= 8
        else across * max(4, -(-bits_per_pixel // 8))
    )
    return row_bytes * rows


@contextmanager
def _pillow_guard() -> Iterator[None]:
    """Map Pillow's many failure types to UnreadableInput; allow big scans up to the cap."""
    with warnings.catch_warnings():
        # Pillow warns (rather than fails) on damaged TIFF tags and on big images; the
        # decode of every frame below is the real test, so the outcome must not depend
        # on the process's warning filters (tests turn warnings into errors).
        warnings.simplefilter("ignore")
        try:
            yield
        except UnreadableInput:
            raise
        except Image.DecompressionBombError as exc:
            raise UnreadableInput(translate("Intake", "The image is too large to open safely.")) from exc
        except UnidentifiedImageError as exc:
            raise UnreadableInput(translate("Intake", "The image format is not recognised.")) from exc
        except Exception as exc:
            raise UnreadableInput(
                translate("Intake", "The image is damaged or truncated and cannot be read.")
            ) from exc


def content_type_for(kind: SourceKind, head: bytes) -> str:
    if kind is SourceKind.PDF:
        return "application/pdf"
    if kind is SourceKind.TIFF:
        return "image/tiff"
    if kind is SourceKind.IMAGE:
        return "image/png" if head.startswith(b"\x89PNG") else "image/jpeg"
    if kind is SourceKind.MSG:
        return "application/vnd.ms-outlook"
    return "message/rfc822"
