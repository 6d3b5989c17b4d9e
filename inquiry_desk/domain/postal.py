"""Japan Post tracking numbers: how staff type them, what a valid one looks like, how it is shown.

One rule for the Post tab (which warns as the number is typed) and for the postal service
(which refuses to record a number that cannot be Japan Post's, from the window or the CLI).
"""

from __future__ import annotations

import re
import unicodedata

# Dashes staff type between the digit groups: ASCII and Unicode hyphens, and the katakana
# long-vowel mark a Japanese input method produces for "-".
_DASHES = "-‐‑‒–—―−ー "
_S10 = re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}")  # international (UPU S10), e.g. RR123456789JP


def normalise_tracking(text: str) -> str:
    """The tracking number as the service stores it: half-width, no dashes or spaces."""
    folded = unicodedata.normalize("NFKC", text).strip().upper()
    return "".join(ch for ch in folded if ch not in _DASHES)


def tracking_problem(number: str) -> str | None:
    """Why a (normalised, non-empty) tracking number cannot be Japan Post's, or None."""
    if number.isdigit():
        if 11 <= len(number) <= 13:
            return None
        return f"Japan Post tracking numbers have 11 to 13 digits; this one has {len(number)}."
    if _S10.fullmatch(number):
        return None
    return (
        "A tracking number is 11–13 digits (e.g. 1234-5678-9012), or for international "
        "mail two letters, nine digits and two letters (e.g. RR123456789JP)."
    )


def format_tracking(number: str) -> str:
    """Domestic numbers in groups of four, as on the post office receipt."""
    if not number.isdigit():
        return number
    return "-".join(number[i : i + 4] for i in range(0, len(number), 4))
