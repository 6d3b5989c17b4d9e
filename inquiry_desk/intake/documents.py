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

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER_LINE = re.compile(rb"^(From |[!-9;-~]{1,76}:)")
# Frames bigger than this are not decoded to check them (memory), only counted.
MAX_CHECK_PIXELS = 80_000_000
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
        for index in range(frames):
            image.seek(index)
            if image.width * image.height > MAX_CHECK_PIXELS:
                notes.append(
                    translate("Intake", "Page {page} is very large and was not checked.").format(
                        page=index + 1
                    )
                )
                continue
            image.load()
    fax = compression in ("group3", "group4", "tiff_ccitt") or round(float(dpi[0])) in (200, 203, 204)
    return SourceFileInfo(SourceKind.TIFF, "image/tiff", frames, looks_like_fax=fax, warnings=notes)


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
            if image.width * image.height <= MAX_CHECK_PIXELS:
                image.load()
    content_type = "image/png" if fmt == "PNG" else "image/jpeg"
    return SourceFileInfo(SourceKind.IMAGE, content_type, 1)


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
