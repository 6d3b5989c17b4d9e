"""The shipped IPAex fonts, and the check that every character of a case can be printed.

Names such as 𠮷 (U+20BB7) are not in IPAex. reportlab would print an empty box or nothing,
and a letter with a wrong name is a data-protection incident of its own, so characters the
font lacks are reported before rendering and the user decides (see ``MissingGlyphsError``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
MINCHO = "IPAexMincho"
GOTHIC = "IPAexGothic"
_FILES = {MINCHO: "ipaexm.ttf", GOTHIC: "ipaexg.ttf"}
# Printed instead of a missing character when the user chose "print anyway": the geta mark is
# the Japanese typesetting convention for "character not available", so a reader sees a gap.
GETA = "〓"


@dataclass(frozen=True)
class GlyphProblem:
    """One field of the context holding characters the font cannot print."""

    field: str
    characters: tuple[str, ...]

    def describe(self) -> str:
        chars = ", ".join(f"{c} (U+{ord(c):04X})" for c in self.characters)
        return f"{self.field}: {chars}"


class MissingGlyphsError(ValueError):
    """Raised by ``render`` when a field holds characters the font lacks.

    The UI catches it, lists ``problems`` to the user and either lets them correct the text
    (e.g. 𠮷 → 吉) or calls ``render(..., allow_missing_glyphs=True)``, which prints 〓.
    """

    def __init__(self, problems: list[GlyphProblem]) -> None:
        self.problems = problems
        super().__init__("The font cannot print: " + "; ".join(p.describe() for p in problems))


@cache
def register_fonts() -> None:
    """Register the two faces once per process: parsing a 4 MB TTF takes ~0.1 s."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))


@cache
def _coverage() -> frozenset[int]:
    """Code points both faces can print (letters switch between Mincho and Gothic)."""
    register_fonts()
    sets = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in _FILES]
    return frozenset(sets[0] & sets[1])


def _is_selector(ch: str) -> bool:
    # Variation selectors (IVS, e.g. 葛󠄀) only pick a glyph variant of the previous character;
    # the base character still prints, so they are stripped rather than reported.
    cp = ord(ch)
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def _ignorable(ch: str) -> bool:
    # Line breaks and tabs are layout, not glyphs.
    return ch in "\n\r\t" or _is_selector(ch)


def missing_glyphs(text: str) -> list[str]:
    """Distinct characters of ``text`` the fonts cannot print, in order of appearance."""
    cover = _coverage()
    seen: dict[str, None] = {}
    for ch in text:
        if ord(ch) not in cover and not _ignorable(ch):
            seen.setdefault(ch, None)
    return list(seen)


def check_fields(items: Iterable[tuple[str, str]]) -> list[GlyphProblem]:
    """A problem per field that holds missing characters."""
    problems = []
    for path, text in items:
        missing = missing_glyphs(text)
        if missing:
            problems.append(GlyphProblem(path, tuple(missing)))
    return problems


def printable(text: str, *, replace: bool) -> str:
    """The text as it goes to reportlab: selectors stripped, and, when the user agreed to
    print anyway (``replace``), each unprintable character shown as 〓."""
    if not replace:
        # The usual case, once per value (an enclosure has tens of thousands): one C-level pass.
        return _SELECTORS.sub("", text)
    cover = _coverage()
    out = []
    for ch in text:
        if _is_selector(ch):
            continue
        out.append(GETA if replace and ord(ch) not in cover and ch not in "\n\r\t" else ch)
    return "".join(out)
