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
