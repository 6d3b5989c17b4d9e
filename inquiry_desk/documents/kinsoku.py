"""Japanese line breaking (禁則処理) for every paragraph of our PDFs.

reportlab's CJK wrapping hangs one closing mark in the margin, but no more: in 「…（定額小為替）。
その他…」 the 「）」 hangs and the 「。」 starts the next line. Its line-breaker takes a width
per line, so this `Paragraph` asks it again with the offending line made one character
narrower. That pushes the character before the mark down with it (追い出し), as Japanese
typesetting does (JIS X 4051). A line that would end in an opening mark (「（【 …) is
narrowed the same way, so the mark moves down to the text it opens.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph as _ReportlabParagraph

# JIS X 4051's 行頭禁則 (closing brackets, punctuation, small kana, iteration marks, long
# vowel) and 行末禁則 (opening brackets) classes, as Japanese word processors apply them.
CANNOT_START = frozenset(
    "、。，．,.：；:;？！?!）」』】〕〉》］｝)]}’”〙〗ゝゞヽヾ々〻ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
    "゛゜‐–〜～％‰℃°′″"
)
CANNOT_END = frozenset("（「『【〔〈《［｛([{‘“〘〖￥＄$£#＃〒")

# Each retry moves one character; a paragraph line needs only a few.
_MAX_RETRIES = 40


def _line_text(line: Any) -> str:
    if isinstance(line, tuple):  # the single-style case: (extra space, [text])
        return "".join(line[1])
    return "".join(str(getattr(word, "text", "")) for word in line.words)


def _last_char_width(line: Any, fallback_font: str, fallback_size: float) -> float:
    if isinstance(line, tuple):
        return float(stringWidth(line[1][-1][-1:], fallback_font, fallback_size))
    word = line.words[-1]
    return float(stringWidth(str(word.text)[-1:], word.fontName, word.fontSize))


def bad_break(lines: list[Any]) -> int | None:
    """The index of the first line that must give up its last character, if any."""
    for i, line in enumerate(lines[:-1]):
        if getattr(line, "lineBreak", False):  # an explicit new line: the writer's choice
            continue
        text, following = _line_text(line), _line_text(lines[i + 1])
        if not text or not following:
            continue
        if following[0] in CANNOT_START and len(text) > 1:
            return i
        if text[-1] in CANNOT_END and len(text) > 1:
            return i
    return None


# Parsed paragraphs by (text, style, bullet): every letter repeats the company block, the
# footer and most of its wording, and parsing the markup (an HTMLParser per paragraph) was
# a fifth of a letter's time. The style is held in the entry, so its id is never reused
# for another style while the entry lives; reportlab only reads the fragments it is given
# (it splits and wraps into new lists), so one parse serves every later paragraph.
_PARSED: OrderedDict[tuple[str, int, object], tuple[Any, ...]] = OrderedDict()
_PARSED_MAX = 1024
_PARSED_LOCK = threading.Lock()  # letters may be rendered on a worker thread too


class Paragraph(_ReportlabParagraph):  # type: ignore[misc]  # reportlab is untyped
    """reportlab's Paragraph with 禁則処理 on Japanese (wordWrap="CJK") text, and its
    markup parsed once per text and style."""

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        if frags is not None or not isinstance(text, str) or not isinstance(bulletText, str | None):
            super()._setup(text, style, bulletText, frags, cleaner)
            return
        key = (text, id(style), bulletText)
        with _PARSED_LOCK:
            hit = _PARSED.get(key)
            if hit is not None and hit[0] is style:
                _PARSED.move_to_end(key)
                _, self.text, self.frags, self.style, self.bulletText = hit
                self.debug = 0
                return
        super()._setup(text, style, bulletText, frags, cleaner)
        with _PARSED_LOCK:
            _PARSED[key] = (style, self.text, self.frags, self.style, self.bulletText)
            if len(_PARSED) > _PARSED_MAX:
                _PARSED.popitem(last=False)

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        widths = list(maxWidths) if isinstance(maxWidths, list | tuple) else [maxWidths]
        result = super().breakLinesCJK(list(widths))
        for _ in range(_MAX_RETRIES):
            index = bad_break(result.lines)
            if index is None:
                break
            while len(widths) <= index + 1:
                widths.append(widths[-1])
            cut = _last_char_width(result.lines[index], self.style.fontName, self.style.fontSize)
            widths[index] -= cut + 0.01
            result = super().breakLinesCJK(list(widths))
        return result
