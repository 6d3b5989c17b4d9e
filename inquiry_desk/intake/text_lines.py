"""The text of an inquiry as lines for reading the applicant's details, each marked when it is
a fax header (the sending machine's line, not the applicant's words)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from inquiry_desk.intake.phone_numbers import NUMBER


@dataclass(frozen=True)
class Line:
    text: str
    header: bool = False  # a fax header: the sending machine's line, not the applicant's words


def latin_words(*words: str) -> str:
    """Latin `words` as whole words, also when glued to Japanese or digits (TEL03-..., 電話TEL)."""
    return r"(?<![A-Za-z])(?:" + "|".join(words) + r")(?![A-Za-z])"


# OCR reads the hyphens of a number as a long-vowel mark, a kanji one or a dash.
_DIGIT_DASH = re.compile(r"(?<=\d)[ \t]*[-ー一‐‑―−–—][ \t]*(?=\d)")
_FAX_WORD = re.compile(rf"ファクス|ファックス|送信元|発信元|{latin_words('FAX', 'FROM', 'TSID')}", re.I)
_PAGE_MARK = re.compile(rf"->|→|=>|{latin_words('P')}\.?\s?\d{{1,3}}(?!\d)|{latin_words('PAGE')}\s?\d", re.I)
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_PHONE_WORD = re.compile(rf"電話|{latin_words('TEL', 'PHONE')}", re.I)


def contact_lines(text: str) -> list[Line]:
    """The lines in one form for matching (NFKC: full-width digits, colons and spaces become
    ASCII), each marked when it is a fax header."""
    text = _DIGIT_DASH.sub("-", unicodedata.normalize("NFKC", text))
    lines: list[Line] = []
    top_of_page = True
    for raw in text.splitlines():
        if _is_page_break(raw):
            top_of_page = True
        elif raw.strip():
            lines.append(Line(raw, header=bool(NUMBER.search(raw)) and _is_header(raw, top_of_page)))
            top_of_page = False
            continue
        lines.append(Line(raw))
    return lines


def _is_page_break(line: str) -> bool:
    """ocr.py's "--- page 2 ---" and mime.py's "---------- Text recognised on fax.pdf ----------".

    Tested with str methods: the regular expression ``^\\s*-{3,}.*-{3,}\\s*$`` it replaces
    backtracks cubically on a long run of dashes (20 s for 2,000 dashes and a letter)."""
    text = line.strip()
    return len(text) >= 6 and text.startswith("---") and text.endswith("---")


def _is_header(line: str, top_of_page: bool) -> bool:
    """Whether a line holding a number is a fax header ("FAX 03-... -> 06-... P.1", a TSID)."""
    marked = bool(_PAGE_MARK.search(line))
    if top_of_page:
        if _PHONE_WORD.search(line) and not marked:
            return False  # a letterhead: "TEL 03-1234-5678  FAX 03-1234-5679"
        return bool(marked or _FAX_WORD.search(line) or _CLOCK.search(line))
    return marked and bool(_FAX_WORD.search(line))


def nearest(lines: list[Line], index: int, step: int) -> int | None:
    """The nearest line with text after (step 1) or before (step -1) `index`, at most one
    blank line away; None if there is none or it is a fax header."""
    for near in (index + step, index + 2 * step):
        if 0 <= near < len(lines) and lines[near].text.strip():
            return None if lines[near].header else near
    return None
