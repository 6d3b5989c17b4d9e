"""HTML-only mail bodies as readable plain text, with the standard library only."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {
    "p",
    "div",
    "br",
    "tr",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "blockquote",
    "pre",
    "hr",
    "ul",
    "ol",
    "section",
    "article",
    "header",
    "footer",
    "address",
    "dd",
    "dt",
    "title",
}
_SKIP = {"script", "style", "head", "noscript", "template", "svg"}
_COMMENT_CLOSE = re.compile(r"--\s*>")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        if tag == "pre":
            self._pre += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        if tag == "pre":
            self._pre = max(0, self._pre - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            # Source line breaks are just spaces in HTML, except inside <pre>.
            self.parts.append(data if self._pre else re.sub(r"\s+", " ", data))


def _defused(html: str) -> str:
    """`html` without the constructs that make `HTMLParser` quadratic.

    At the end of the data the parser retries every unfinished construct from its "<" to
    the end of the text, so "<a " or "<!--" repeated 40,000 times took minutes.  Here a
    comment without its end runs to the end of the text (as in a browser), a "<![...]>"
    marked section is dropped (it holds no text of a mail), and a "<" with no ">" before the
    next "<" is text ("&lt;").  One pass over the "<"s; `gt` only moves forward.
    """
    parts: list[str] = []
    done = 0  # html[:done] is in parts
    gt = html.find(">")  # the first ">" at or after the current "<"; -1: there is none
    at = html.find("<")
    while at >= 0:
        if html.startswith("<!--", at):
            close = _COMMENT_CLOSE.search(html, at + 4)  # the parser's own end of a comment
            if close is None:
                parts.append(html[done:at])
                done = len(html)
                break
            at = html.find("<", close.end())
            continue
        if 0 <= gt < at:
            gt = html.find(">", at)
        nxt = html.find("<", at + 1)
        if gt < 0 or 0 <= nxt < gt:
            parts.append(html[done:at] + "&lt;")
            done = at + 1
        elif html.startswith("<![", at):
            parts.append(html[done:at])
            done = gt + 1
        at = nxt
    parts.append(html[done:])
    return "".join(parts)


def html_to_text(html: str) -> str:
    """Readable text: block elements become line breaks, entities are decoded."""
    parser = _TextExtractor()
    try:
        parser.feed(_defused(html))
        parser.close()
    except (AssertionError, ValueError):  # very old Pythons asserted on bad markup
        pass
    text = "".join(parser.parts).replace("\xa0", " ")
    # Line by line: the pattern "[ \t]*\n" is quadratic on a long run of tabs (table cells).
    text = "\n".join(line.strip(" \t\r\f\v") for line in text.split("\n"))
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n" if text.strip() else ""
