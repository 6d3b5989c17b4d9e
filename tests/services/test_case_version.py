"""One version per case: every change bumps it once, a stale change is refused and says why."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from inquiry_desk.domain.enums import Role
from inquiry_desk.domain.errors import StaleCase
from inquiry_desk.domain.fees import FeeEntryKind
from inquiry_desk.domain.lifecycle import Action
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.editing import CaseEdit
from inquiry_desk.services.lifecycle.verification import Checks
from inquiry_desk.store.masterkey import MemoryMasterKeyStore
from inquiry_desk.store.models import Case, Event, Note
from tests.services.lifecycle_helpers import make_user, new_case

RECEIVED = date(2026, 6, 10)
pytestmark = pytest.mark.clock_starts(RECEIVED)


def _version(app: App, actor: Actor, ref: str) -> int:
    return app.cases.get(actor, ref, record_view=False).version


def test_every_kind_of_change_bumps_the_version_once(app: App, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    assert _version(app, staff, ref) == 1
    app.cases.get(staff, ref)  # viewing (audited) is not a change
    assert _version(app, staff, ref) == 1
    lc = app.lifecycle
    steps = [
        lambda: app.cases.add_note(staff, ref, "電話で確認済み"),
        lambda: lc.verification.set_checks(staff, ref, Checks(name_matches=True)),
        lambda: lc.workflow.assign(staff, ref, staff.user_id),
        lambda: lc.fees.record(staff, ref, FeeEntryKind.REQUESTED, 1000),
        lambda: lc.workflow.act(staff, ref, Action.START_VERIFICATION),
        lambda: app.edits.edit(staff, ref, CaseEdit(applicant={"phone": "03-1234-5678"})),
    ]
    for n, step in enumerate(steps, start=2):
        step()
        assert _version(app, staff, ref) == n
    # Each change's timeline event carries the version it made.
    with app.db.read() as s:
        made = list(s.scalars(select(Event.case_version).order_by(Event.id)))
    assert made == [1, 2, 3, 4, 5, 6, 7]


def test_a_stale_change_is_refused_and_names_who_changed_what(app: App, staff: Actor) -> None:
    colleague = make_user(app, "suzuki", Role.STAFF)
    ref = app.cases.create(staff, new_case(RECEIVED))
    seen = _version(app, staff, ref)
    app.lifecycle.verification.set_checks(colleague, ref, Checks(name_matches=True, address_matches=True))
    app.edits.edit(colleague, ref, CaseEdit(applicant={"address": "大阪府大阪市中央区難波1-1"}))
    with pytest.raises(StaleCase) as refused:
        app.lifecycle.verification.set_checks(staff, ref, Checks(name_matches=False), expected_version=seen)
    message = refused.value.message
    assert f"{ref} was changed after you opened it (version 1, now 3)" in message
    assert "Suzuki — Identity checks saved" in message
    assert "Suzuki — Edited: applicant's address" in message
    assert "大阪" not in message  # the fields, never the values
    assert refused.value.version == 3
    # Nothing of the colleague's was overwritten, and the refused save wrote nothing.
    checks = app.lifecycle.verification.view(staff, ref).checks
    assert checks == Checks(name_matches=True, address_matches=True)
    assert _version(app, staff, ref) == 3
    # The same save quoting the current version goes through.
    app.lifecycle.verification.set_checks(staff, ref, Checks(name_matches=False), expected_version=3)
    assert _version(app, staff, ref) == 4


@pytest.mark.parametrize(
    "call",
    [
        lambda app, a, ref, v: app.cases.add_note(a, ref, "x", expected_version=v),
        lambda app, a, ref, v: app.lifecycle.workflow.act(a, ref, Action.START_WORK, expected_version=v),
        lambda app, a, ref, v: app.lifecycle.workflow.assign(a, ref, None, expected_version=v),
        lambda app, a, ref, v: app.lifecycle.fees.record(
            a, ref, FeeEntryKind.REQUESTED, 500, expected_version=v
        ),
        lambda app, a, ref, v: app.edits.edit(a, ref, CaseEdit(applicant={"fax": ""}), expected_version=v),
    ],
)
def test_each_write_path_refuses_a_stale_version(app: App, staff: Actor, call: object) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    app.cases.add_note(staff, ref, "first")
    with pytest.raises(StaleCase, match="version 1, now 2"):
        call(app, staff, ref, 1)  # type: ignore[operator]
    assert _version(app, staff, ref) == 2


def _changed_underneath(app: App, staff: Actor) -> None:
    ref = app.cases.create(staff, new_case(RECEIVED))
    with pytest.raises(StaleCase, match="at the same moment"), app.db.write() as s:
        case = s.scalar(select(Case).where(Case.ref == ref))
        assert case is not None and case.version == 1
        # What another writer's commit would have done between this read and this write:
        s.connection().execute(text("UPDATE cases SET version = 2 WHERE id = :id"), {"id": case.id})
        s.add(Note(case_id=case.id, at=case.created_at, payload=b"sealed"))
    with app.db.read() as s:
        assert s.scalar(select(Case.version).where(Case.ref == ref)) == 1  # rolled back whole
        assert s.scalar(select(Note.id)) is None


def test_the_write_itself_refuses_a_version_changed_underneath(app: App, staff: Actor) -> None:
    """The backstop: the bump is conditional on the version the transaction read, so a
    writer that read version N cannot commit over a version N+1 committed meanwhile."""
    _changed_underneath(app, staff)


@pytest.mark.postgres
def test_the_write_itself_refuses_a_changed_version_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    app = App.open(tmp_path, postgres_url, MemoryMasterKeyStore(), today=lambda: RECEIVED)
    try:
        _changed_underneath(app, make_user(app, "sato", Role.STAFF))
    finally:
        app.close()


@pytest.mark.postgres
def test_versions_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    app = App.open(tmp_path, postgres_url, MemoryMasterKeyStore(), today=lambda: RECEIVED)
    try:
        staff = make_user(app, "sato", Role.STAFF)
        ref = app.cases.create(staff, new_case(RECEIVED))
        app.cases.add_note(staff, ref, "first")
        app.lifecycle.verification.set_checks(staff, ref, Checks(name_matches=True))
        assert _version(app, staff, ref) == 3
        with pytest.raises(StaleCase, match="Sato — Identity checks saved"):
            app.edits.edit(staff, ref, CaseEdit(applicant={"phone": "06-1234-5678"}), expected_version=2)
        assert (
            app.edits.edit(
                staff, ref, CaseEdit(applicant={"phone": "06-1234-5678"}), expected_version=3
            ).version
            == 4
        )
    finally:
        app.close()
