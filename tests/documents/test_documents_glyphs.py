"""Every character of a name is printed or reported; none is silently lost."""

from __future__ import annotations

import pytest

from inquiry_desk.documents import MissingGlyphsError, check_glyphs, missing_glyphs, render
from inquiry_desk.domain.enums import Language
from inquiry_desk.domain.parties import PartyData
from tests.documents.doc_helpers import context, flat, text_of


def test_missing_glyphs() -> None:
    assert missing_glyphs("𠮷野家") == ["𠮷"]
    assert missing_glyphs("𠮷田 𠮷子") == ["𠮷"]  # distinct characters, in order
    # 髙 (U+9AD9) and 﨑 (U+FA11) are in IPAex: they print.
    assert missing_glyphs("髙橋 﨑山 渡邊 Müller Ørsted 〒 ①") == []
    assert missing_glyphs("line one\nline two\t") == []
    # A variation selector only picks a glyph variant; the base character still prints.
    assert missing_glyphs("葛\U000e0100城") == []
    assert missing_glyphs("😀") == ["😀"]


def test_render_reports_every_field() -> None:
    rep = PartyData(name="代理 𠮷男", address="東京都千代田区𠮷町1")
    ctx = context(
        Language.JA, applicant=PartyData(name="𠮷田 太郎", name_kana="よしだ 😀"), representative=rep
    )
    problems = {p.field: p.characters for p in check_glyphs(ctx)}
    assert problems == {
        "applicant.name": ("𠮷",),
        "applicant.name_kana": ("😀",),
        "representative.name": ("𠮷",),
        "representative.address": ("𠮷",),
    }
    with pytest.raises(MissingGlyphsError) as info:
        render("acknowledgement", ctx)
    assert "U+20BB7" in str(info.value)
    assert "applicant.name" in str(info.value)


def test_print_anyway_shows_a_visible_mark() -> None:
    ctx = context(
        Language.JA, applicant=PartyData(name="𠮷田 太郎", postal_code="530-0001", address="大阪府大阪市")
    )
    text = flat(text_of(render("acknowledgement", ctx, allow_missing_glyphs=True)))
    assert "〓田太郎様" in text


def test_free_text_lists_are_checked() -> None:
    ctx = context(Language.EN, missing_items=["ok", "𠮷"], free_text="fine")
    assert [p.field for p in check_glyphs(ctx)] == ["missing_items[1]"]
