"""The Edit case dialog's patch: only what changed, a representative added or removed whole."""

from __future__ import annotations

from datetime import date
from typing import Any

from inquiry_desk.domain.enums import AnswerMedium, RepresentativeKind, RequestType
from inquiry_desk.services.cases.editing import CaseEdit
from inquiry_desk.ui.case.edit_patch import changed_keys, edit_from

SHOWN: dict[str, Any] = {
    "received": date(2026, 6, 10),
    "kind": "request",
    "answer_medium": None,
    "request_types": frozenset({RequestType.DISCLOSURE}),
    "applicant.address": "大阪府大阪市北区梅田1-2-3",
    "applicant.phone": "06-0000-0000",
    "representative": False,
    "representative.name": "",
    "representative.phone": "",
    "representative.representative_kind": RepresentativeKind.LEGAL,
}


def test_nothing_changed_is_an_empty_edit() -> None:
    assert changed_keys(SHOWN, dict(SHOWN)) == []
    assert edit_from(SHOWN, dict(SHOWN)) == CaseEdit()


def test_only_the_changed_fields_are_sent() -> None:
    now = dict(SHOWN, **{"applicant.phone": "", "answer_medium": "email"})
    now["request_types"] = frozenset({RequestType.DISCLOSURE, RequestType.CORRECTION})
    edit = edit_from(SHOWN, now)
    assert edit.applicant == {"phone": ""}
    assert edit.answer_medium is AnswerMedium.EMAIL
    assert edit.request_types == (RequestType.CORRECTION, RequestType.DISCLOSURE)
    assert edit.received is None and edit.kind is None and edit.representative == {}


def test_a_representative_added_goes_whole_and_one_unticked_is_removed() -> None:
    added = dict(SHOWN, representative=True, **{"representative.name": "山田 太郎"})
    edit = edit_from(SHOWN, added)
    assert edit.representative == {"name": "山田 太郎", "representative_kind": RepresentativeKind.LEGAL}
    assert not edit.remove_representative
    assert edit_from(added, SHOWN).remove_representative


def test_a_receipt_date_carries_its_reason() -> None:
    now = dict(SHOWN, received=date(2026, 6, 8))
    edit = edit_from(SHOWN, now, " 消印の日付 ")
    assert (edit.received, edit.reason) == (date(2026, 6, 8), "消印の日付")
