"""Text recognition (OCR) for faxes and scans, with the `tesseract` command.

Faxes and scans have no text layer, so without this staff read every page image to
fill in the request.  Each page (a TIFF frame, a scanned PNG/JPEG, a PDF page rendered
by pdfium, bounded in memory by page_images.py) is encoded as PNG in memory and piped
to `tesseract stdin stdout`: the page images and the recognised text hold personal
data, so nothing is written to a file, not even a temporary one (the purge promise of
the design; see model.py).

Recognition is a help, never a condition: when tesseract is missing, fails or is too
slow, the import goes on with a warning and staff fill in the details by hand.  The
text is machine-read, so a warning always asks staff to check it against the page.
"""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from PIL import Image

from inquiry_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from inquiry_desk.intake.model import Blob, SourceKind
from inquiry_desk.intake.page_images import page_images

log = logging.getLogger(__name__)

LANGUAGES = "jpn+eng"
MAX_PAGES = 5  # a request is on the first pages; the rest are ID copies and enclosures
PAGE_TIMEOUT = 60.0  # seconds; an A4 fax page takes about 0.5 s (single thread)
# English sources: shown through translate("Intake", ...) where they are reported.
UNAVAILABLE = QT_TRANSLATE_NOOP(
    "Intake",
    "Text recognition unavailable: install tesseract (with the Japanese and English "
    "language data) to read faxes and scans; fill in the request details by hand.",
)
OCR_CHECK = QT_TRANSLATE_NOOP(
    "Intake", "The text was read from the page images by text recognition: check the details against them."
)
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

    def skipped(first: int, total: int) -> None:
        result.warnings.append(
            translate("Intake", "Text recognition read the first {first} of {total} pages.").format(
                first=first, total=total
            )
        )

    # MAX_PAGES is read at each call (tests lower it).
    return page_images(blob, kind, result, _png, limit=MAX_PAGES, skipped=skipped)


def _png(image: Image.Image, dpi: int) -> bytes:
    buffer = io.BytesIO()
    # The resolution tells tesseract the text size; without it, it guesses from the pixels.
    image.save(buffer, "PNG", dpi=(dpi, dpi) if dpi > 0 else None)
    return buffer.getvalue()
