"""The register of processing: the default seeded from the policy, and what a broken edit gets."""

from __future__ import annotations

from datetime import date

import pytest

from inquiry_desk.domain import processing
from inquiry_desk.domain.enums import Language
from inquiry_desk.office_forms import PACKAGE_FORMS

DEFAULT = (PACKAGE_FORMS / "processing-register.toml").read_text(encoding="utf-8")


def test_the_default_register_holds_the_policys_purposes_and_processors() -> None:
    register = processing.parse(DEFAULT)
    assert len(register.purposes) == 11  # "How we use your Data"
    assert register.purposes[0].in_(Language.EN) == "To validate your identity"
    names = " ".join(r.name for r in register.recipients)
    for name in ("Stripe", "PayPal / Braintree", "Nihaopay", "UnionPay", "Crypto.com", "dLocal",
                 "Google Analytics", "Google Ads", "Facebook", "Microsoft Azure"):  # fmt: skip
        assert name in names, name
    assert {r.country for r in register.recipients} <= {"US", "CN", "SG", "UY"}
    assert [r.name for r in register.third_parties] == [
        "Google Ads (Google LLC)",
        "Facebook (Meta Platforms, Inc.)",
    ]
    assert all(r.since == date(2018, 5, 24) and r.items.ja for r in register.third_parties)
    assert "Tax Code of Japan" in register.text("retention", Language.EN)
    assert "十分性認定" in register.text("transfers", Language.JA)
    assert register.manager.ja.startswith("個人情報保護管理者")


def test_a_broken_edit_names_every_problem() -> None:
    broken = (
        DEFAULT.replace('country = "SG"', 'country = "Singapore"')
        .replace('since = "2018-05-24"', 'since = "last year"', 1)
        .replace('name = "Stripe, Inc."\nrole = "processor"', 'name = "Stripe, Inc."\nrole = "partner"')
        .replace("[retention]\nja = ", "[retention]\nxx = ")
    )
    with pytest.raises(processing.RegisterInvalid) as err:
        processing.parse(broken)
    problems = err.value.problems
    assert any("Crypto.com" in p and "two-letter country code" in p for p in problems)
    assert any("Google Ads" in p and "YYYY-MM-DD" in p for p in problems)
    assert any("Stripe" in p and "“processor” or “third_party”" in p for p in problems)
    assert any(p.startswith("[retention]") and "“ja”" in p for p in problems)
    assert len(problems) == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("purposes = [", "not valid TOML"),
        ("", "[[purposes]]: at least one entry"),
    ],
)
def test_an_empty_or_unreadable_register_is_refused(text: str, message: str) -> None:
    with pytest.raises(processing.RegisterInvalid, match=message.replace("[", r"\[")):
        processing.parse(text)
