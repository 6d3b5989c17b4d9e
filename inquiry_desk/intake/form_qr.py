"""The QR codes of our own forms, read from every page of a returned fax or scan.

Forms that go to applicants carry the case reference as a QR code in the footer of every
page (documents/layout.py). When the applicant sends the form back by fax or post, the
importer files it into that case instead of opening a new one (services/intake/importer.py).

Each page comes from page_images.py, measured before it is decoded, grey, and with a fax's
stretched pixels made square again; zxing-cpp reads the QR codes on it. A code counts only
if its whole payload is a reference (`reference_in_qr`): a QR code on a bank slip or in a
URL is not one of ours, and a damaged code fails zxing's own error-correction check and is
simply not read. Reading is a help, never a condition: any failure leaves the import as it
would have been without it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import zxingcpp
from PIL import Image

from inquiry_desk.domain.reference import reference_in_qr
from inquiry_desk.intake.model import Blob, SourceKind
from inquiry_desk.intake.page_images import page_images

log = logging.getLogger(__name__)

# A returned form is a few pages, often behind a cover sheet and before ID copies; past this
# a file is no returned form, and reading on would only slow the import down.
MAX_PAGES = 20
_QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


@dataclass
class _Notes:
    """The page reader's notes: the OCR and the document check already tell staff about a
    page too large to read, so these are not repeated."""

    warnings: list[str] = field(default_factory=list)
    too_large: list[int] = field(default_factory=list)


def _ours(image: Image.Image, _dpi: int) -> list[str]:
    codes = zxingcpp.read_barcodes(image, formats=_QR_ONLY)
    return [ref for code in codes if (ref := reference_in_qr(code.text)) is not None]


def form_references(blob: Blob, kind: SourceKind) -> list[str]:
    """The references our QR codes carry on the pages of a fax or scan, each once, in page
    order; empty when there is none (or the file could not be read)."""
    if kind not in (SourceKind.PDF, SourceKind.TIFF, SourceKind.IMAGE):
        return []
    found: list[str] = []
    try:
        for _number, refs in page_images(blob, kind, _Notes(), _ours, limit=MAX_PAGES):
            found.extend(ref for ref in refs if ref not in found)
    except Exception as exc:  # Pillow/pdfium failing on a file inspect_document accepted
        # The type only: a message could quote the file's content.
        log.warning("form QR codes: a page could not be read (%s)", type(exc).__name__)
    # Counts only: a reference links the file to a person's case.
    log.info("form QR codes: %d reference(s) found", len(found))
    return found
