"""Postal codes fill in the prefecture, city and town from Japan Post's data, offline."""

from __future__ import annotations

import pytest

from inquiry_desk.services.intake.postal_codes import look_up, normalise


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("542-0076", "542-0076"),
        ("5420076", "542-0076"),
        ("５４２－００７６", "542-0076"),  # full-width, as an IME types it
        ("〒542-0076", "542-0076"),
        (" 542 0076 ", "542-0076"),
        ("54200", None),
        ("", None),
        ("542-00760", None),
        ("SW1A 1AA", None),
    ],
)
def test_normalise(typed: str, normal: str | None) -> None:
    assert normalise(typed) == normal


def test_the_fax_samples_postal_code_gives_namba() -> None:
    [area] = look_up("542-0076")
    assert (area.prefecture, area.city, area.town) == ("大阪府", "大阪市中央区", "難波")
    assert area.address == "大阪府大阪市中央区難波"


def test_a_code_for_the_rest_of_a_city_has_no_town() -> None:
    [area] = look_up("060-0000")
    assert area.address == "北海道札幌市中央区"


def test_a_business_code_is_found_too() -> None:
    areas = look_up("100-8111")
    assert areas and areas[0].prefecture == "東京都"


@pytest.mark.parametrize("code", ["999-9999", "000-0000", "12345", ""])
def test_unknown_codes_give_nothing(code: str) -> None:
    assert look_up(code) == []
