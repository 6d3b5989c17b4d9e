"""The names of the fields an import guessed: stored, ordered, confirmed, described."""

from __future__ import annotations

from inquiry_desk.domain import i18n, suggested
from inquiry_desk.domain.edits import describe_event
from inquiry_desk.domain.enums import Language


def test_encoding_round_trips_in_a_stable_order_and_drops_unknown_names() -> None:
    assert suggested.encode([]) == ""
    assert suggested.decode("") == suggested.decode(None) == ()
    text = suggested.encode(["applicant.phone", "kind", "kind", "nonsense"])
    assert text == ",kind,applicant.phone,"
    assert suggested.decode(text) == ("kind", "applicant.phone")


def test_an_edit_confirms_what_it_changed_and_a_removed_representative_takes_its_own() -> None:
    pending = ("kind", "applicant.name", "representative.name", "representative.phone")
    assert suggested.after_edit(pending, ["applicant.name", "channel"]) == (
        "kind",
        "representative.name",
        "representative.phone",
    )
    assert suggested.after_edit(pending, ["representative.removed"]) == ("kind", "applicant.name")
    assert suggested.after_edit(pending, []) == pending


def test_the_confirmation_summary_names_fields_in_both_languages() -> None:
    summary = suggested.confirm_summary(["applicant.phone", "kind"])
    assert summary == "Confirmed: kind, applicant's phone"
    assert describe_event(suggested.CONFIRMED, summary) == summary
    try:
        i18n.install(None, Language.JA)
        assert describe_event(suggested.CONFIRMED, summary) == "取込内容を確認：案件の種類、請求者の電話番号"
    finally:
        i18n.install(None, Language.EN)
