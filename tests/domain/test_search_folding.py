"""The folding of names and search texts: itaiji, kana, width, case and spaces."""

from __future__ import annotations

import pytest

from inquiry_desk.domain.search_folding import FIELD_BREAK, fold, fold_fields


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("髙橋", "高橋"),
        ("山﨑", "山崎"),
        ("渡邊", "渡辺"),
        ("渡邉", "渡辺"),
        ("齋藤", "斎藤"),
        ("齊藤", "斎藤"),
        ("斉藤", "斎藤"),
        ("濱田", "浜田"),
        ("濵田", "浜田"),
        ("澤村", "沢村"),
        ("廣瀬", "広瀬"),
        ("國男", "国男"),
        ("櫻井", "桜井"),
        ("𠮷田", "吉田"),
        ("葛\U000e0100城", "葛城"),  # an ideographic variation sequence: the selector goes
    ],
)
def test_old_forms_and_variants_fold_to_the_everyday_form(written: str, typed: str) -> None:
    assert fold(written) == fold(typed)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("髙橋 美咲", "高橋美咲"),
        ("髙橋\u3000美咲", "高橋 美咲"),  # 全角 space
        ("たかはし", "タカハシ"),
        ("ﾀｶﾊｼ ﾐｻｷ", "タカハシミサキ"),  # half-width kana
        ("ﾜﾀﾅﾍﾞ ﾊﾟｸ", "わたなべぱく"),  # half-width voiced marks
        ("ゔぁいおりん", "ヴァイオリン"),
        ("Straße", "STRASSE"),
        ("髙橋\u00a0美咲\t", "高橋美咲"),  # no-break space, tab
        ("ＡＮＮＡ　Ｓｃｈｍｉｄｔ", "anna schmidt"),
        ("０９０－１２３４", "090-1234"),
    ],
)
def test_kana_width_case_and_spaces_fold(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_different_names_stay_different() -> None:
    assert fold("高橋") != fold("高梨")
    assert fold("斎藤") != fold("佐藤")
    assert fold("島") != fold("鳥")


def test_fields_stay_apart_so_a_search_never_spans_two() -> None:
    folded = fold_fields("高橋 美咲", "タカハシ ミサキ", "", "090")
    assert folded.split(FIELD_BREAK) == ["高橋美咲", "タカハシミサキ", "090"]
    assert fold("美咲タカハシ") not in folded
    assert FIELD_BREAK not in fold("a\nb")


def test_empty_and_blank() -> None:
    assert fold("") == ""
    assert fold(" \u3000 ") == ""
