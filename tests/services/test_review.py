"""Review after import: what the importer guessed stays marked until staff confirm or correct it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_desk.domain.enums import CaseKind, Role
from inquiry_desk.domain.errors import PermissionDenied, StaleCase, ValidationFailed
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.editing import CaseEdit
from inquiry_desk.services.cases.register import RegisterFilter
from inquiry_desk.services.intake.importer import ImportService, ImportStatus
from inquiry_desk.store.models import AuditEntry, Case
from tests.services.lifecycle_helpers import make_user, new_case

pytestmark = pytest.mark.clock_starts(date(2026, 12, 7))

FAX = "07-fax-gateway-pdf.eml"
EMAIL = "01-access-request-gdpr.eml"
REVIEW = RegisterFilter(needs_review=True)


def _import(app: App, staff: Actor, samples_dir: Path, name: str) -> str:
    [result] = ImportService(app).import_path(staff, samples_dir / "inbox" / name)
    assert result.status is ImportStatus.CREATED and result.ref is not None
    return result.ref


def _audit(app: App, action: str) -> list[AuditEntry]:
    with app.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def test_the_fax_marks_what_its_recognised_text_gave(app: App, staff: Actor, samples_dir: Path) -> None:
    ref = _import(app, staff, samples_dir, FAX)
    detail = app.cases.get(staff, ref, record_view=False)
    # A fax has no sender header: the name, the phone and the address were all read from its text.
    assert detail.suggested == (
        "kind",
        "request_types",
        "jurisdiction",
        "applicant.name",
        "applicant.address",
        "applicant.phone",
    )
    assert detail.to_json()["suggested"] == list(detail.suggested)
    [row] = app.register.page(REVIEW)
    assert row.ref == ref and row.needs_review and row.to_json()["needs_review"] is True
    # The import's audit row names the fields, never what was read.
    stored = _audit(app, "case.import")[-1].details
    assert json.loads(stored)["suggested"] == list(detail.suggested)
    assert detail.applicant is not None and detail.applicant.name not in stored


def test_an_email_senders_own_name_and_address_are_no_guess(
    app: App, staff: Actor, samples_dir: Path
) -> None:
    ref = _import(app, staff, samples_dir, EMAIL)
    detail = app.cases.get(staff, ref, record_view=False)
    assert detail.applicant is not None and detail.applicant.name and detail.applicant.email
    assert "applicant.name" not in detail.suggested and "applicant.email" not in detail.suggested
    assert {"kind", "request_types"} <= set(detail.suggested)


def test_a_case_typed_in_by_hand_has_no_suggestions(app: App, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(date(2026, 12, 1)))
    assert app.cases.get(staff, ref, record_view=False).suggested == ()
    assert app.register.count(REVIEW) == 0
    assert not app.register.page(RegisterFilter())[0].needs_review


def test_confirming_one_field_then_all(app: App, staff: Actor, samples_dir: Path) -> None:
    ref = _import(app, staff, samples_dir, FAX)
    seen = app.cases.get(staff, ref, record_view=False)
    result = app.review.confirm(staff, ref, ["applicant.phone"], expected_version=seen.version)
    assert result.confirmed == ("applicant.phone",)
    assert result.version == seen.version + 1
    after = app.cases.get(staff, ref, record_view=False)
    assert "applicant.phone" not in after.suggested and "applicant.name" in after.suggested
    assert after.applicant == seen.applicant  # confirming changes no value
    event = after.events[-1]
    assert (event.action, event.actor, event.summary) == (
        "suggestions_confirmed",
        "Sato",
        "Confirmed: applicant's phone",
    )

    result = app.review.confirm(staff, ref, expected_version=after.version)
    assert result.confirmed == after.suggested and result.remaining == ()
    assert app.cases.get(staff, ref, record_view=False).suggested == ()
    assert app.register.count(REVIEW) == 0
    audit = [json.loads(a.details) for a in _audit(app, "case.confirm")]
    assert audit == [{"fields": ["applicant.phone"]}, {"fields": list(after.suggested)}]
    # Nothing left: confirming again writes nothing and says so.
    again = app.review.confirm(staff, ref)
    assert again.confirmed == () and again.version == result.version


def test_a_stale_confirmation_is_refused_with_what_changed(app: App, staff: Actor, samples_dir: Path) -> None:
    colleague = make_user(app, "suzuki", Role.STAFF)
    ref = _import(app, staff, samples_dir, FAX)
    seen = app.cases.get(staff, ref, record_view=False)
    app.edits.edit(colleague, ref, CaseEdit(applicant={"phone": "06-6634-1122"}))
    with pytest.raises(StaleCase) as refused:
        app.review.confirm(staff, ref, ["applicant.name"], expected_version=seen.version)
    assert "Suzuki — Edited: applicant's phone" in refused.value.message
    now = app.cases.get(staff, ref, record_view=False)
    assert "applicant.name" in now.suggested  # nothing confirmed
    assert "applicant.phone" not in now.suggested  # the colleague's correction confirmed it


def test_confirming_refuses_unknown_and_unmarked_fields_by_name(
    app: App, staff: Actor, samples_dir: Path
) -> None:
    ref = _import(app, staff, samples_dir, EMAIL)
    with pytest.raises(ValidationFailed, match=r"applicant\.nmae"):
        app.review.confirm(staff, ref, ["applicant.nmae"])
    with pytest.raises(ValidationFailed, match="applicant's fax"):
        app.review.confirm(staff, ref, ["applicant.fax"])
    with pytest.raises(PermissionDenied):  # administrators do not work cases
        app.review.confirm(make_user(app, "root", Role.ADMIN), ref)
    assert app.cases.get(staff, ref, record_view=False).version == 1


def test_an_edit_confirms_the_fields_it_changed_only(app: App, staff: Actor, samples_dir: Path) -> None:
    ref = _import(app, staff, samples_dir, FAX)
    before = app.cases.get(staff, ref, record_view=False).suggested
    app.edits.edit(staff, ref, CaseEdit(applicant={"phone": "06-6634-1122"}, kind=CaseKind.REQUEST))
    after = app.cases.get(staff, ref, record_view=False).suggested
    # The kind was already a request: not changed, so not confirmed by the edit.
    assert after == tuple(f for f in before if f != "applicant.phone")
    details = json.loads(_audit(app, "case.edit")[-1].details)
    assert details == {"fields": ["applicant.phone"], "confirmed": ["applicant.phone"]}


def test_register_needs_review_counts_none_one_many(app: App, staff: Actor, samples_dir: Path) -> None:
    app.cases.create(staff, new_case(date(2026, 12, 1)))
    assert app.register.count(REVIEW) == 0
    assert app.register.first_page(REVIEW) == (0, [])
    first = _import(app, staff, samples_dir, FAX)
    assert [r.ref for r in app.register.page(REVIEW)] == [first]
    second = _import(app, staff, samples_dir, EMAIL)
    third = _import(app, staff, samples_dir, "08-complaint-marketing.eml")
    total, rows = app.register.first_page(REVIEW, sort="ref", descending=False)
    assert total == 3 and [r.ref for r in rows] == [first, second, third]
    assert app.register.count(RegisterFilter()) == 4
    app.review.confirm(staff, second)
    assert app.register.count(REVIEW) == 2
    assert not next(r for r in app.register.page(RegisterFilter()) if r.ref == second).needs_review


def test_a_purged_case_needs_no_review(app: App, staff: Actor, samples_dir: Path) -> None:
    ref = _import(app, staff, samples_dir, FAX)
    with app.db.write() as s:
        case = s.scalars(select(Case).where(Case.ref == ref)).one()
        case.state = "purged"
    assert app.register.count(REVIEW) == 0
    with pytest.raises(ValidationFailed, match="erased"):
        app.review.confirm(staff, ref)
