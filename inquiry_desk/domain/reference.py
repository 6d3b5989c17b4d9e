"""Case references `PI-YYYY-NNNN`, printed on everything that goes out."""

from __future__ import annotations

import re

REFERENCE_RE = re.compile(r"\bPI-(\d{4})-(\d{4,6})\b")


def format_reference(year: int, seq: int) -> str:
    # Four digits cover 9,999 cases a year; beyond that the number simply grows,
    # and the pattern accepts up to six digits so such references still match.
    return f"PI-{year:04d}-{seq:04d}"


def find_reference(text: str) -> str | None:
    """The first reference in a subject line or body, normalised (full-width digits too)."""
    table = str.maketrans("０１２３４５６７８９－", "0123456789-")
    match = REFERENCE_RE.search(text.translate(table).upper())
    return match.group(0) if match else None


def reference_in_qr(payload: str) -> str | None:
    """The reference a QR code of ours carries, or None for any other QR code.

    Our forms encode the bare reference and nothing else (documents/layout.py `footer`), so
    the whole payload must be one: a QR code on someone else's paper that merely contains a
    reference-like text (a URL, an order slip, a bank transfer form) is not ours. The QR
    code's own Reed–Solomon check has already refused a damaged code before this is asked.
    """
    text = payload.strip()
    return text if REFERENCE_RE.fullmatch(text) else None
