"""Merging a second case into the right one: a reply to a reference the importer did not find
made a case of its own (sample 06); staff file it into the case it belongs to.

Its message, attachment and notes arrive readable in INTO, sealed under INTO's key; FROM keeps
nothing personal (parties, key, rows) and its values are nowhere on disk in clear.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inquiry_desk.domain.enums import CaseKind, CaseState, Channel, Jurisdiction, Language, RequestType
from inquiry_desk.domain.errors import NotFound, PermissionDenied, StaleCase, UserError
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.services.intake.importer import ImportService, ImportStatus
from inquiry_desk.store.models import (
    Attachment,
    AuditEntry,
    Blob,
    BlobChunk,
    Case,
    CaseKey,
    Message,
    Note,
    Party,
)
from tests.services.purge_helpers import personal_values, scan_folder

SAMPLE_REPLY = "inbox/06-reply-with-completed-form.eml"


def _into(app: App, actor: Actor) -> str:
    """The case the reply belongs to, logged by hand (another applicant's details than FROM's)."""
    new = NewCase(
        received=date(2026, 11, 2),
        channel=Channel.MAIL,
        kind=CaseKind.REQUEST,
        request_types=[RequestType.ACCESS],
        jurisdiction=Jurisdiction.EEA,
        language=Language.EN,
        applicant=PartyData(name="Berta Vogel", email="berta.vogel@example.de", country="DE"),
    )
    return app.cases.create(actor, new)


def _from(app: App, actor: Actor, samples_dir: Path) -> str:
    [result] = ImportService(app).import_path(actor, samples_dir / SAMPLE_REPLY)
    assert result.status is ImportStatus.CREATED and result.ref
    app.cases.add_note(actor, result.ref, "Anruf: Formular kommt per Post, Frau Schmidt")
    return result.ref


def _rows(app: App, model: type[object], case_ref: str) -> int:
    with app.db.read() as session:
        case_id = session.scalar(select(Case.id).where(Case.ref == case_ref))
        column = model.case_id  # type: ignore[attr-defined]
        return int(session.scalar(select(func.count()).where(column == case_id)) or 0)


def test_merge_moves_everything_readable_and_erases_the_rest(
    app: App, staff: Actor, samples_dir: Path, data_dir: Path
) -> None:
    source = _from(app, staff, samples_dir)
    target = _into(app, staff)
    before = app.cases.get(staff, source)
    assert before.applicant is not None and before.applicant.personal_values()
    [att] = before.attachments
    _, _, original = app.cases.attachment_bytes(staff, source, att.id)
    values, windows = personal_values(app, staff, [source])
    target_values, _ = personal_values(app, staff, [target])
    values -= target_values  # what only FROM had
    assert len(values) >= 3 and windows

    result = app.merging.merge(
        staff, source, target, from_version=before.version, into_version=app.cases.get(staff, target).version
    )

    assert (result.messages, result.attachments, result.notes) == (1, 1, 1)
    assert result.erased and result.key_destroyed
    after = app.cases.get(staff, target)
    assert after.version == result.into_version
    assert [m.subject for m in after.messages] == [m.subject for m in before.messages]
    assert [m.body for m in after.messages] == [m.body for m in before.messages]
    assert [n.text for n in after.notes] == [n.text for n in before.notes]
    [moved] = after.attachments
    assert moved.filename == att.filename == "request-form-completed.pdf"
    assert app.cases.attachment_bytes(staff, target, moved.id)[2] == original
    assert after.applicant is not None and after.applicant.name == "Berta Vogel"
    assert any(e.action == "merged_from" and e.summary == f"Merged from {source}" for e in after.events)

    with app.db.read() as session:
        emptied = session.scalar(select(Case).where(Case.ref == source))
        assert emptied is not None and emptied.state == CaseState.PURGED.value
        assert session.get(CaseKey, emptied.id) is None
    for model in (Party, Message, Attachment, Note, Blob):
        assert _rows(app, model, source) == 0, model
    with app.db.read() as session:
        audit_text = " ".join(e.details for e in session.scalars(select(AuditEntry)))
    assert all(v not in audit_text for v in values | target_values)

    app.close()
    assert scan_folder(data_dir, values, windows) == []


def test_versions_are_checked_on_both_cases(app: App, staff: Actor, samples_dir: Path) -> None:
    source = _from(app, staff, samples_dir)
    target = _into(app, staff)
    seen = app.cases.get(staff, target).version
    app.cases.add_note(staff, target, "changed meanwhile")
    with pytest.raises(StaleCase):
        app.merging.merge(staff, source, target, into_version=seen)
    with pytest.raises(StaleCase):
        app.merging.merge(staff, source, target, from_version=1)
    # Nothing moved: both cases are as they were.
    assert len(app.cases.get(staff, source).messages) == 1
    assert app.cases.get(staff, target).messages == []


def test_refusals(app: App, staff: Actor, manager: Actor, samples_dir: Path) -> None:
    source = _from(app, staff, samples_dir)
    target = _into(app, staff)
    with pytest.raises(UserError, match="itself"):
        app.merging.merge(staff, source, source.lower())
    with pytest.raises(NotFound):
        app.merging.merge(staff, source, "PI-2026-0999")
    admin = Actor("root", "admin")
    with pytest.raises(PermissionDenied):
        app.merging.merge(admin, source, target)
    app.purge.set_legal_hold(manager, source, True, "Klage angekündigt")
    with pytest.raises(UserError, match="legal hold"):
        app.merging.merge(staff, source, target)
    app.purge.set_legal_hold(manager, source, False, "erledigt")
    app.merging.merge(staff, source, target)
    with pytest.raises(UserError, match="no longer open"):
        app.merging.merge(staff, source, target)  # already merged (and purged)
    third = _into(app, staff)
    with pytest.raises(UserError, match="purged"):
        app.merging.merge(staff, third, source)  # into the emptied case
    assert len(app.cases.get(staff, target).messages) == 1


def test_a_record_that_fails_its_check_mid_merge_leaves_both_cases_untouched(
    app: App, staff: Actor, samples_dir: Path
) -> None:
    source = _from(app, staff, samples_dir)
    target = _into(app, staff)
    before_from, before_into = app.cases.get(staff, source), app.cases.get(staff, target)
    with app.db.write() as session:  # one flipped bit in FROM's stored file, below the app
        case_id = session.scalar(select(Case.id).where(Case.ref == source))
        blob_id = session.scalar(select(Blob.id).where(Blob.case_id == case_id))
        chunk = session.scalar(select(BlobChunk).where(BlobChunk.blob_id == blob_id))
        assert chunk is not None
        chunk.data = chunk.data[:-1] + bytes([chunk.data[-1] ^ 1])

    with pytest.raises(UserError, match="integrity check"):
        app.merging.merge(staff, source, target)

    # One transaction: nothing moved, nothing erased, neither case's version changed.
    after_from, after_into = app.cases.get(staff, source), app.cases.get(staff, target)
    assert after_from.state is CaseState.RECEIVED and after_from.version == before_from.version
    assert after_into.version == before_into.version and after_into.messages == []
    assert [m.body for m in after_from.messages] == [m.body for m in before_from.messages]
    assert after_from.applicant == before_from.applicant


def test_timeline_entries_read_in_japanese() -> None:
    from inquiry_desk import translations
    from inquiry_desk.domain.edits import describe_event
    from inquiry_desk.domain.enums import Language

    translations.activate(Language.JA)
    try:
        assert describe_event("merged_into", "Merged into PI-2026-0007") == "PI-2026-0007 に統合"
        assert describe_event("merged_from", "Merged from PI-2026-0009") == "PI-2026-0009 を統合"
    finally:
        translations.activate(Language.EN)
    assert describe_event("merged_into", "Merged into PI-2026-0007") == "Merged into PI-2026-0007"


def test_what_moved_is_erased_with_the_case_kept(
    app: App, staff: Actor, manager: Actor, samples_dir: Path, data_dir: Path
) -> None:
    from inquiry_desk.domain.lifecycle import Action
    from inquiry_desk.services.lifecycle.actions import ActionInput

    source = _from(app, staff, samples_dir)
    target = _into(app, staff)
    values, windows = personal_values(app, staff, [source])
    app.merging.merge(staff, source, target)
    app.lifecycle.workflow.act(staff, target, Action.WITHDRAW, ActionInput(comment="withdrawn by phone"))
    app.lifecycle.workflow.act(staff, target, Action.CLOSE)

    receipt = app.purge.purge_case_early(manager, target, target)

    assert receipt.passed and receipt.refs == (target,)
    assert receipt.rows.get("messages") == 1 and receipt.rows.get("attachments") == 1
    assert receipt.rows.get("notes") == 1
    app.close()
    assert scan_folder(data_dir, values, windows) == []


def test_the_original_in_the_watched_folder_follows_the_message(
    app: App, staff: Actor, manager: Actor, samples_dir: Path, tmp_path: Path
) -> None:
    from inquiry_desk.services.intake.watch_folder import scan_once, set_watch_folder
    from inquiry_desk.store.models import IntakeOriginal
    from tests.services.test_purge_originals import arrive, finish

    watched = tmp_path / "fax-out"
    watched.mkdir()
    set_watch_folder(app, manager, watched)
    arrive(watched, samples_dir / "inbox" / "13-fax-correction.tif")
    [result] = scan_once(app, staff, watched, settle=0)
    assert result.ref is not None
    target = _into(app, staff)

    merged = app.merging.merge(staff, result.ref, target)

    # Erasing FROM did not erase the fax: it is INTO's original now, and goes when INTO does.
    assert merged.erased and len(list((watched / "processed").iterdir())) == 1
    assert _rows(app, IntakeOriginal, target) == 1 and _rows(app, IntakeOriginal, result.ref) == 0
    finish(app, staff, target)
    receipt = app.purge.purge_case_early(manager, target, target)
    assert receipt.passed
    assert list((watched / "processed").iterdir()) == []


def test_a_merge_whose_erasure_fails_is_still_reported_as_made(
    app: App, staff: Actor, samples_dir: Path
) -> None:
    from inquiry_desk.services.cases.merging import CaseMergeService, ErasureReceipt

    def refuse(_actor: Actor, ref: str) -> ErasureReceipt:
        raise UserError(f"cannot erase {ref} now")

    source = _from(app, staff, samples_dir)
    target = _into(app, staff)
    result = CaseMergeService(app.db, app.keys, refuse).merge(staff, source, target)

    assert not result.erased and not result.key_destroyed and result.messages == 1
    assert len(app.cases.get(staff, target).messages) == 1
    # FROM is closed, its key still there: the scheduled purge erases it after its grace period.
    assert app.cases.get(staff, source).state is CaseState.CLOSED
    assert app.purge.closed_cases(staff) and source in [c.ref for c in app.purge.closed_cases(staff)]
