"""Logging an inquiry and reading it back, through the services."""

from __future__ import annotations

import os
from datetime import date, timedelta

import pytest

from inquiry_desk.domain.enums import (
    CaseKind,
    CaseState,
    Channel,
    Jurisdiction,
    Language,
    RepresentativeKind,
    RequestType,
)
from inquiry_desk.domain.errors import NotFound, PermissionDenied, ValidationFailed
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.register_rows import RegisterFilter
from inquiry_desk.services.cases.views import NewAttachment, NewCase


def _new(**overrides: object) -> NewCase:
    values: dict[str, object] = dict(
        received=date(2026, 11, 2),
        channel=Channel.MAIL,
        kind=CaseKind.REQUEST,
        request_types=[RequestType.DISCLOSURE, RequestType.THIRD_PARTY_PROVISION_RECORDS],
        jurisdiction=Jurisdiction.JP,
        language=Language.JA,
        applicant=PartyData(
            name="髙橋 﨑子",
            name_kana="タカハシ サキコ",
            postal_code="530-0001",
            address="大阪府大阪市北区梅田1-2-3",
            phone="090-1234-5678",
            email="saki@example.jp",
            customer_number="C12345",
        ),
    )
    values.update(overrides)
    return NewCase(**values)  # type: ignore[arg-type]


def test_create_and_read_back_everything(app: App, staff: Actor) -> None:
    scan = os.urandom(3 * 1024 * 1024 + 17)  # spans several encrypted chunks
    rep = PartyData(
        name="弁護士 山田", email="law@example.jp", representative_kind=RepresentativeKind.APPOINTED
    )
    ref = app.cases.create(
        staff,
        _new(
            representative=rep,
            note="電話で受付確認済み",
            attachments=[NewAttachment("委任状.pdf", "application/pdf", scan)],
        ),
    )
    assert ref == "PI-2026-0001"
    detail = app.cases.get(staff, ref)
    assert detail.state is CaseState.RECEIVED
    assert detail.applicant is not None and detail.applicant.name == "髙橋 﨑子"
    assert detail.representative is not None
    assert detail.representative.representative_kind is RepresentativeKind.APPOINTED
    assert [t.value for t in detail.request_types] == ["disclosure", "third_party_provision_records"]
    assert detail.notes[0].text == "電話で受付確認済み"
    assert detail.events[0].action == "created"
    assert detail.due is not None and detail.due > detail.received
    [att] = detail.attachments
    assert (att.filename, att.size) == ("委任状.pdf", len(scan))
    name, ctype, data = app.cases.attachment_bytes(staff, ref, att.id)
    assert (name, ctype, data) == ("委任状.pdf", "application/pdf", scan)


def test_references_are_consecutive_per_receipt_year(app: App, staff: Actor) -> None:
    refs = [
        app.cases.create(staff, _new(received=d))
        for d in (date(2025, 12, 26), date(2026, 1, 5), date(2026, 1, 6), date(2025, 12, 27))
    ]
    assert refs == ["PI-2025-0001", "PI-2026-0001", "PI-2026-0002", "PI-2025-0002"]


def test_validation_names_each_field_and_stores_nothing(app: App, staff: Actor) -> None:
    bad = _new(
        received=date.today() + timedelta(days=2),
        request_types=[],
        applicant=PartyData(name="", email="not-an-email", phone="12", postal_code="53"),
    )
    with pytest.raises(ValidationFailed) as err:
        app.cases.create(staff, bad)
    assert set(err.value.fields) >= {
        "received",
        "request_types",
        "applicant.name",
        "applicant.email",
        "applicant.phone",
        "applicant.postal_code",
    }
    assert app.register.count(RegisterFilter()) == 0


def test_questions_need_no_request_type(app: App, staff: Actor) -> None:
    ref = app.cases.create(staff, _new(kind=CaseKind.QUESTION, request_types=[]))
    assert app.cases.get(staff, ref).kind is CaseKind.QUESTION


def test_unknown_reference(app: App, staff: Actor) -> None:
    with pytest.raises(NotFound):
        app.cases.get(staff, "PI-2026-9999")


def test_register_search_finds_names_kana_and_reference(app: App, staff: Actor) -> None:
    first = app.cases.create(staff, _new())
    app.cases.create(
        staff,
        _new(
            applicant=PartyData(name="Anna Schmidt", email="anna@example.de", country="DE"),
            jurisdiction=Jurisdiction.EEA,
            language=Language.EN,
            request_types=[RequestType.ACCESS],
        ),
    )

    def refs(text: str) -> list[str]:
        return [r.ref for r in app.register.page(RegisterFilter(search=text))]

    assert refs("髙橋") == [first]
    assert refs("たかはし") == [first]  # hiragana finds katakana furigana
    assert refs("ﾀｶﾊｼ") == [first]  # half-width kana too
    assert refs("ANNA") == ["PI-2026-0002"]
    assert refs("2026-0001") == [first]
    assert refs("%") == []  # LIKE wildcards are literal
    assert app.register.page(RegisterFilter())[0].applicant in ("Anna Schmidt", "髙橋 﨑子")


def test_staff_cannot_do_manager_things_and_admin_cannot_read_personal_data(app: App, staff: Actor) -> None:
    ref = app.cases.create(staff, _new())
    admin = Actor("root", "admin")
    with pytest.raises(PermissionDenied):
        app.cases.get(admin, ref)
    with pytest.raises(PermissionDenied):
        app.cases.create(Actor("sys", "system"), _new())


def test_reference_search_uses_prefix_ranges_and_fragments(app: App, staff: Actor) -> None:
    refs = [app.cases.create(staff, _new(received=date(2025, 5, 1))) for _ in range(3)]
    refs.append(app.cases.create(staff, _new()))

    def found(text: str) -> list[str]:
        return sorted(r.ref for r in app.register.page(RegisterFilter(search=text)))

    assert found("PI-2025") == refs[:3]
    assert found("pi2025-0002") == [refs[1]]
    assert found("ＰＩ－２０２６") == [refs[3]]  # full-width, as typed with a Japanese IME
    assert found("2025-0003") == [refs[2]]
    assert found("0001") == ["PI-2025-0001", "PI-2026-0001"]  # a fragment still matches
