"""和暦 on Japanese letters, as the company setting `date_style = "wareki"` asks."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from inquiry_desk.documents.render import render
from inquiry_desk.documents.values import format_date, wareki
from inquiry_desk.domain.enums import Language
from inquiry_desk.office_forms import PACKAGE_FORMS
from tests.documents.doc_helpers import context, flat, text_of


@pytest.mark.parametrize(
    ("day", "written"),
    [
        (date(2026, 12, 2), "令和8年12月2日"),
        (date(2019, 5, 1), "令和元年5月1日"),  # the first day of Reiwa: 元年
        (date(2019, 4, 30), "平成31年4月30日"),  # the last day of Heisei
        (date(1989, 1, 8), "平成元年1月8日"),
        (date(2020, 1, 1), "令和2年1月1日"),
    ],
)
def test_wareki(day: date, written: str) -> None:
    assert wareki(day) == written


def test_western_stays_the_default_and_english_never_uses_eras() -> None:
    assert format_date(date(2026, 12, 2), Language.JA) == "2026年12月2日"
    assert format_date(date(2026, 12, 2), Language.EN, "wareki") == "2 December 2026"


def test_letters_use_wareki_when_the_company_asks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    forms = tmp_path / "forms"
    shutil.copytree(PACKAGE_FORMS, forms)
    company = forms / "company.toml"
    text = company.read_text(encoding="utf-8")
    assert 'date_style = "western"' in text
    company.write_text(text.replace('date_style = "western"', 'date_style = "wareki"'), encoding="utf-8")
    monkeypatch.setenv("INQUIRY_DESK_FORMS", str(forms))
    ctx = context(Language.JA, letter_date=date(2026, 12, 2))
    assert "令和8年12月2日" in flat(text_of(render("acknowledgement", ctx)))
    assert "2026年12月2日" not in flat(text_of(render("acknowledgement", ctx)))
