"""Identity evidence, its rules, and destroying ID copies for real."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from inquiry_desk.domain.enums import Channel
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.domain.verification import EvidenceType
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.views import NewAttachment
from inquiry_desk.services.lifecycle.actions import ActionRefused
from inquiry_desk.services.lifecycle.verification import Checks, NewEvidence
from inquiry_desk.store.models import Blob, BlobChunk
from tests.services.lifecycle_helpers import new_case

RECEIVED = date(2026, 6, 10)
# These tests date money orders and certificates around June.
pytestmark = pytest.mark.clock_starts(RECEIVED)


def test_two_documents_without_photo_and_certificate_age(app: App, staff: Actor) -> None:
    lc = app.lifecycle
    ref = app.cases.create(staff, new_case(RECEIVED))
    lc.verification.add_evidence(staff, ref, NewEvidence(EvidenceType.PENSION_BOOK))
    old = lc.verification.add_evidence(
        staff, ref, NewEvidence(EvidenceType.CERTIFICATE_OF_RESIDENCE, issued_on=date(2026, 2, 1))
    )
    lc.verification.set_checks(staff, ref, Checks(name_matches=True, address_matches=True))
    view = lc.verification.view(staff, ref)
    assert not view.evaluation.verified
    assert "must be issued within 3 months" in (view.evidence[1].problem or "")
    lc.verification.remove_evidence(staff, ref, old)
    lc.verification.add_evidence(
        staff, ref, NewEvidence(EvidenceType.CERTIFICATE_OF_RESIDENCE, issued_on=date(2026, 5, 1))
    )
    assert lc.verification.view(staff, ref).evaluation.verified


def test_my_number_card_needs_the_masking_confirmed(app: App, staff: Actor) -> None:
    lc = app.lifecycle
    ref = app.cases.create(staff, new_case(RECEIVED))
    ev = lc.verification.add_evidence(staff, ref, NewEvidence(EvidenceType.MY_NUMBER_CARD))
    lc.verification.set_checks(staff, ref, Checks(name_matches=True, address_matches=True))
    assert "Individual Number" in (lc.verification.view(staff, ref).evidence[0].problem or "")
    lc.workflow.act(staff, ref, Action.START_VERIFICATION)
    with pytest.raises(ActionRefused):
        lc.verification.mark_verified(staff, ref)
    lc.verification.confirm_masking(staff, ref, ev)
    assert lc.verification.mark_verified(staff, ref).state.value == "in_progress"
    view = lc.verification.view(staff, ref)
    assert (view.decided, view.decided_by) == ("verified", "sato")


def test_email_request_verified_by_account_match(app: App, staff: Actor) -> None:
    lc = app.lifecycle
    ref = app.cases.create(staff, new_case(RECEIVED, channel=Channel.EMAIL))
    lc.verification.set_checks(staff, ref, Checks(email_matches_account=True))
    assert lc.verification.view(staff, ref).evaluation.verified


def test_failed_verification_pauses_and_asks_again(app: App, staff: Actor) -> None:
    lc = app.lifecycle
    ref = app.cases.create(staff, new_case(RECEIVED))
    lc.workflow.act(staff, ref, Action.START_VERIFICATION)
    status = lc.verification.mark_failed(staff, ref, "写真付き身分証明書")
    assert status.clock_paused
    assert lc.verification.view(staff, ref).decided == "failed"


def test_id_copies_are_destroyed_now_and_the_check_is_kept(app: App, staff: Actor) -> None:
    lc = app.lifecycle
    ref = app.cases.create(staff, new_case(RECEIVED))
    scan = b"LICENCE-SCAN-" + b"x" * 5000
    licence = app.cases.add_attachment(
        staff, ref, NewAttachment("licence.jpg", "image/jpeg", scan, kind="id_document")
    )
    poa = app.cases.add_attachment(
        staff, ref, NewAttachment("poa.pdf", "application/pdf", b"POA", kind="id_document")
    )
    stray = app.cases.add_attachment(
        staff, ref, NewAttachment("passport.png", "image/png", b"PP", kind="id_document")
    )
    lc.verification.add_evidence(
        staff, ref, NewEvidence(EvidenceType.DRIVERS_LICENCE, masking_confirmed=True, attachment_id=licence)
    )
    lc.verification.add_evidence(staff, ref, NewEvidence(EvidenceType.POWER_OF_ATTORNEY, attachment_id=poa))
    assert set(lc.verification.view(staff, ref).copies_to_delete) == {licence, stray}
    with app.db.read() as session:
        blobs_before = session.scalar(select(func.count(Blob.id)))
    assert lc.verification.delete_id_copies(staff, ref) == 2
    view = lc.verification.view(staff, ref)
    assert view.copies_to_delete == ()
    licence_line = view.evidence[0]
    assert licence_line.attachment_id is None and licence_line.copy_deleted_at is not None
    assert view.evidence[1].attachment_id == poa  # authority documents stay until the purge
    assert [a.id for a in app.cases.get(staff, ref).attachments] == [poa]
    with app.db.read() as session:
        assert session.scalar(select(func.count(Blob.id))) == (blobs_before or 0) - 2
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == 1
    assert lc.verification.delete_id_copies(staff, ref) == 0
