"""Correcting a case after intake: parties, types, jurisdiction, medium, the receipt date."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_desk.domain.enums import (
    AnswerFormat,
    AnswerMedium,
    CaseKind,
    CaseState,
    Jurisdiction,
    RepresentativeKind,
    RequestType,
)
from inquiry_desk.domain.errors import PermissionDenied, ValidationFailed
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.services.actors import SYSTEM, Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.editing import CaseEdit
from inquiry_desk.services.purge.service import PurgeService
from inquiry_desk.store.models import AuditEntry, Case
from tests.services.lifecycle_helpers import Clock, new_case
from tests.services.purge_helpers import personal_values, scan_folder

RECEIVED = date(2026, 6, 10)
pytestmark = pytest.mark.clock_starts(RECEIVED + timedelta(days=3))

NAMBA = "大阪府大阪市中央区難波1-1"


def test_the_fax_that_lost_its_address_and_took_the_banner_phone(app: App, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    app.edits.edit(staff, ref, CaseEdit(applicant={"phone": "06-0000-0000"}))
    result = app.edits.edit(
        staff,
        ref,
        CaseEdit(applicant={"address": NAMBA, "postal_code": "５４２ー００７６", "phone": ""}),
        expected_version=2,
    )
    assert result.version == 3
    assert result.fields == ("applicant.postal_code", "applicant.address", "applicant.phone")
    detail = app.cases.get(staff, ref, record_view=False)
    assert detail.applicant is not None
    assert (detail.applicant.address, detail.applicant.postal_code, detail.applicant.phone) == (
        NAMBA,
        "542-0076",
        "",
    )
    assert detail.applicant.name_kana == "タカハシ サキコ"  # untouched fields stay
    last = detail.events[-1]
    assert (last.action, last.actor) == ("edited", "Sato")
    assert last.summary == "Edited: applicant's postal code, applicant's address, applicant's phone"
    with app.db.read() as s:
        audit_row = s.scalars(select(AuditEntry).where(AuditEntry.action == "case.edit")).all()[-1]
    assert json.loads(audit_row.details) == {
        "fields": ["applicant.postal_code", "applicant.address", "applicant.phone"]
    }
    assert "難波" not in audit_row.details and "542" not in audit_row.details


def test_bad_input_is_refused_with_clear_messages_and_nothing_changes(app: App, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    with pytest.raises(ValidationFailed) as refused:
        app.edits.edit(
            staff,
            ref,
            CaseEdit(applicant={"postal_code": "54-0076", "phone": "12", "email": "saki at example"}),
        )
    assert set(refused.value.fields) == {"applicant.postal_code", "applicant.phone", "applicant.email"}
    assert "7 digits" in refused.value.message and "not an email address" in refused.value.message
    with pytest.raises(ValidationFailed, match="Enter the name"):
        app.edits.edit(staff, ref, CaseEdit(applicant={"name": "  "}))
    detail = app.cases.get(staff, ref, record_view=False)
    assert detail.version == 1 and detail.applicant is not None and detail.applicant.postal_code == "530-0001"


def test_an_edit_that_changes_nothing_writes_nothing(app: App, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    result = app.edits.edit(
        staff, ref, CaseEdit(applicant={"postal_code": "530-0001"}, request_types=(RequestType.DISCLOSURE,))
    )
    assert result.fields == () and result.version == 1
    assert len(app.cases.get(staff, ref, record_view=False).events) == 1


def test_representative_added_changed_and_removed(app: App, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    with pytest.raises(ValidationFailed, match="legal representative or an agent"):
        app.edits.edit(staff, ref, CaseEdit(representative={"name": "山田 太郎", "phone": "06-1234-5678"}))
    added = app.edits.edit(
        staff,
        ref,
        CaseEdit(
            representative={
                "name": "山田 太郎",
                "phone": "06-1234-5678",
                "representative_kind": RepresentativeKind.APPOINTED,
            }
        ),
    )
    assert added.fields == ("representative.added",)
    detail = app.cases.get(staff, ref, record_view=False)
    assert detail.representative is not None
    assert detail.representative.representative_kind is RepresentativeKind.APPOINTED
    changed = app.edits.edit(
        staff, ref, CaseEdit(representative={"representative_kind": RepresentativeKind.LEGAL})
    )
    assert changed.fields == ("representative.representative_kind",)
    removed = app.edits.edit(staff, ref, CaseEdit(remove_representative=True))
    assert removed.fields == ("representative.removed",)
    assert app.cases.get(staff, ref, record_view=False).representative is None


def test_kind_types_jurisdiction_language_and_medium(app: App, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    jp_due = app.cases.get(staff, ref, record_view=False).due
    result = app.edits.edit(
        staff,
        ref,
        CaseEdit(
            add_types=(RequestType.ACCESS, RequestType.ERASURE),
            remove_types=(RequestType.DISCLOSURE,),
            jurisdiction=Jurisdiction.EEA,
            answer_medium=AnswerMedium.EMAIL,
            answer_format=AnswerFormat.ELECTRONIC,
        ),
    )
    assert result.fields == ("jurisdiction", "answer_medium", "answer_format", "request_types")
    detail = app.cases.get(staff, ref, record_view=False)
    assert detail.request_types == [RequestType.ACCESS, RequestType.ERASURE]
    assert detail.due is not None and jp_due is not None and detail.due > jp_due  # one month, not 14 days
    assert detail.to_json()["answer_medium"] == "email" and detail.to_json()["answer_format"] == "electronic"
    with pytest.raises(ValidationFailed, match="at least one request type"):
        app.edits.edit(staff, ref, CaseEdit(request_types=()))
    question = app.edits.edit(staff, ref, CaseEdit(kind=CaseKind.QUESTION, request_types=()))
    assert question.fields == ("kind", "request_types")


def test_the_receipt_date_is_the_managers_with_a_reason(app: App, staff: Actor, manager: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    before = app.cases.get(staff, ref, record_view=False).due
    earlier = RECEIVED - timedelta(days=2)
    with pytest.raises(PermissionDenied, match="change receipt date"):
        app.edits.edit(staff, ref, CaseEdit(received=earlier, reason="消印の日付"))
    with pytest.raises(ValidationFailed, match="Say why"):
        app.edits.edit(manager, ref, CaseEdit(received=earlier))
    with pytest.raises(ValidationFailed, match="future"):
        app.edits.edit(manager, ref, CaseEdit(received=app.cases.today() + timedelta(days=1), reason="x"))
    result = app.edits.edit(manager, ref, CaseEdit(received=earlier, reason="消印の日付で受付"))
    assert result.fields == ("received",)
    assert before is not None and result.due == before - timedelta(days=2)
    ledger = app.lifecycle.deadlines.ledger(manager, ref, record_view=False)
    assert [(r.on, r.event) for r in ledger.rows[1:]] == [(earlier, "Receipt date corrected")]
    assert ledger.rows[1].reason == "2026-06-10 → 2026-06-08: 消印の日付で受付"
    assert ledger.received == earlier and ledger.due == result.due
    detail = app.cases.get(manager, ref, record_view=False)
    assert detail.received == earlier and detail.events[-1].detail == "消印の日付で受付"


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_what_an_edit_stores_is_erased_by_the_purge(
    app: App, manager: Actor, staff: Actor, data_dir: Path
) -> None:
    svc = PurgeService(app)
    due = svc.due_refs()
    ref = due[0]
    app.edits.edit(
        staff,
        ref,
        CaseEdit(
            applicant={"address": "大阪府大阪市中央区難波千日前9-9-9", "phone": "06-6634-1122"},
            representative={
                "name": "代理 花子",
                "email": "hanako.dairi@example.jp",
                "representative_kind": RepresentativeKind.LEGAL,
            },
            answer_medium=AnswerMedium.IN_PERSON,
        ),
    )
    values, windows = personal_values(app, manager, [ref])
    assert {"大阪府大阪市中央区難波千日前9-9-9", "代理 花子", "hanako.dairi@example.jp"} <= values
    receipt = svc.purge_due(SYSTEM)
    assert ref in receipt.refs and receipt.passed
    app.close()
    assert scan_folder(data_dir, values, windows) == []
    # The anonymous row keeps what is not personal: the medium, for the statistics.
    reopened = App.open(data_dir, key_store=app.key_store)
    try:
        with reopened.db.read() as s:
            assert s.scalar(select(Case.answer_medium).where(Case.ref == ref)) == "in_person"
    finally:
        reopened.close()


def test_the_answer_medium_reaches_the_letters(app: App, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    assert app.documents.context_for(staff, ref, "request-form").response_medium == ""
    app.edits.edit(staff, ref, CaseEdit(answer_medium=AnswerMedium.EMAIL))
    assert app.documents.context_for(staff, ref, "request-form").response_medium == "email"


def test_returned_mail_then_the_valid_address_then_the_clock_runs_again(
    app: App, staff: Actor, clock: Clock
) -> None:
    """The reported case: a letter came back, the clock waits "until a valid address is
    known"; staff enter the address the applicant gave and resume the clock."""
    lc = app.lifecycle
    ref = app.cases.create(staff, new_case(RECEIVED, kind=CaseKind.COMPLAINT, types=()))
    lc.workflow.act(staff, ref, Action.START_WORK)
    posting = lc.postal.record_posting(staff, ref, RECEIVED, "1234-5678-9012")
    lc.postal.record_returned(staff, ref, RECEIVED + timedelta(days=2), posting)
    assert lc.workflow.status(staff, ref).clock_paused
    clock.advance(2)
    seen = app.cases.get(staff, ref, record_view=False).version
    app.edits.edit(
        staff,
        ref,
        CaseEdit(applicant={"postal_code": "542-0076", "address": NAMBA}),
        expected_version=seen,
    )
    status = lc.workflow.act(staff, ref, Action.APPLICANT_ANSWERED, expected_version=seen + 1)
    assert not status.clock_paused and status.state is CaseState.IN_PROGRESS
    assert status.version == seen + 2
    detail = app.cases.get(staff, ref, record_view=False)
    assert detail.applicant is not None and detail.applicant.address == NAMBA


def test_the_answer_medium_and_form_can_be_set_back_to_not_stated(app: App, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    app.edits.edit(staff, ref, CaseEdit(answer_medium=AnswerMedium.FAX, answer_format=AnswerFormat.PAPER))
    version = app.cases.get(staff, ref, record_view=False).version
    cleared = app.edits.edit(staff, ref, CaseEdit(clear_answer_medium=True), expected_version=version)
    assert cleared.fields == ("answer_medium",) and cleared.version == version + 1
    detail = app.cases.get(staff, ref, record_view=False)
    assert detail.answer_medium is None and detail.answer_format is AnswerFormat.PAPER
    assert detail.events[-1].summary == "Edited: medium of the answer"  # on the timeline
    assert app.documents.context_for(staff, ref, "request-form").response_medium == ""
    # Clearing what is not stated changes nothing and writes nothing.
    again = app.edits.edit(staff, ref, CaseEdit(clear_answer_medium=True))
    assert again.fields == () and again.version == cleared.version
    both = app.edits.edit(staff, ref, CaseEdit(clear_answer_format=True))
    assert both.fields == ("answer_format",)
    assert app.cases.get(staff, ref, record_view=False).answer_format is None
    with pytest.raises(ValueError, match="set or cleared"):
        CaseEdit(answer_medium=AnswerMedium.POST, clear_answer_medium=True)
