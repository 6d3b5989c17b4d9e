"""禁則処理: no line of a Japanese PDF starts with a closing mark or ends with an opening one.

Read back from the PDF itself: pdfium gives each character's box, and a character whose
baseline differs from the one before starts a new line.
"""

from __future__ import annotations

import pypdfium2
import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as ReportlabParagraph

from inquiry_desk.documents.fonts import MINCHO, register_fonts
from inquiry_desk.documents.kinsoku import CANNOT_END, CANNOT_START, Paragraph, bad_break
from inquiry_desk.documents.render import DOCUMENTS, render
from inquiry_desk.domain.enums import Language
from tests.documents.doc_helpers import context, with_representative


def _lines(pdf: bytes) -> list[str]:
    """The PDF's text lines as drawn, in drawing order."""
    doc = pypdfium2.PdfDocument(pdf)
    lines: list[str] = []
    try:
        for page in doc:
            text = page.get_textpage()
            last: tuple[float, float] | None = None
            for i in range(text.count_chars()):
                char = text.get_text_range(i, 1)
                if char in ("", " ", "\r", "\n"):
                    continue
                left, bottom, right, _top = text.get_charbox(i, loose=True)
                # A new baseline, a step back, or a gap wider than a character (the next
                # table cell) begins a new line.
                if last is None or abs(bottom - last[1]) > 2 or not last[0] - 1 <= left <= last[0] + 6:
                    lines.append("")
                lines[-1] += char
                last = (right, bottom)
            text.close()
            page.close()
    finally:
        doc.close()
    return lines


def _breaches(lines: list[str]) -> list[str]:
    found = []
    for line in lines:
        # A bullet 「・ 」 begins a list item on purpose; it is not a broken line.
        if line[0] in CANNOT_START and not line.startswith("・"):
            found.append(line)
        if line[-1] in CANNOT_END and len(line) > 1:
            found.append(line)
    return found


@pytest.mark.parametrize("name", DOCUMENTS)
@pytest.mark.parametrize("variant", ["applicant", "representative", "blank"])
def test_no_japanese_line_breaks_against_kinsoku(name: str, variant: str) -> None:
    ctx = {
        "applicant": lambda: context(Language.JA),
        "representative": lambda: with_representative(Language.JA),
        "blank": lambda: context(Language.JA, blank=True),
    }[variant]()
    lines = _lines(render(name, ctx))
    assert lines, "the document has text"
    assert _breaches(lines) == []


def test_request_form_fee_sentence_keeps_its_full_stop() -> None:
    """The line the issue found: section 7 used to start a line with 「。」."""
    lines = _lines(render("request-form", context(Language.JA)))
    fee = next(i for i, line in enumerate(lines) if "その他のご請求は無料です" in line)
    assert not lines[fee].startswith("。")


def _style() -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle("t", fontName=MINCHO, fontSize=10, leading=14, wordWrap="CJK")


# 「）」 and 「。」 together at the end of a line: reportlab hangs one, not two.
TEXT = "1件につき<b>1,000円</b>（定額小為替）。その他のご請求は無料です。"


@pytest.mark.parametrize("chars", range(8, 20))
def test_paragraph_moves_a_character_down_with_its_closing_marks(chars: int) -> None:
    width = chars * 10.0 + 0.5
    ours = Paragraph(TEXT, _style())
    ours.wrap(width, 1000)
    assert bad_break(ours.blPara.lines) is None
    text = "".join("".join(w.text for w in line.words) for line in ours.blPara.lines)
    assert text == "1件につき1,000円（定額小為替）。その他のご請求は無料です。"  # nothing lost


def test_reportlab_alone_breaks_the_rule_somewhere() -> None:
    """The reason for our Paragraph: without it one of the widths above starts a line with 。"""
    broken = []
    for chars in range(8, 20):
        plain = ReportlabParagraph(TEXT, _style())
        plain.wrap(chars * 10.0 + 0.5, 1000)
        broken.append(bad_break(plain.blPara.lines) is not None)
    assert any(broken)


@pytest.mark.parametrize("language", [Language.JA, Language.EN])
def test_parsed_paragraphs_are_reused_without_changing_a_byte(
    language: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A letter's paragraphs are parsed once per text and style; the letters made from the
    cache are byte for byte the letters made from a fresh parse, every document, every time."""
    import inquiry_desk.documents.kinsoku as kinsoku

    kinsoku._PARSED.clear()
    with monkeypatch.context() as m:
        m.setattr(kinsoku, "_PARSED_MAX", 0)  # every paragraph parsed afresh
        fresh = {name: render(name, with_representative(language)) for name in DOCUMENTS}
    assert not kinsoku._PARSED
    for _ in range(3):
        assert {name: render(name, with_representative(language)) for name in DOCUMENTS} == fresh
    assert kinsoku._PARSED
