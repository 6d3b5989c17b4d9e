"""Who may purge and when: legal holds, early purges, the dry run, the grace period."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from inquiry_desk.domain.enums import CaseState
from inquiry_desk.domain.errors import PermissionDenied, UserError, ValidationFailed
from inquiry_desk.services.actors import SYSTEM, Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.purge.service import PurgeService
from inquiry_desk.store.models import AuditEntry, Base, Case


def all_rows(app: App) -> dict[str, list[tuple[Any, ...]]]:
    with app.db.read() as session:
        return {
            t.name: sorted(tuple(r) for r in session.execute(select(t)).all())
            for t in Base.metadata.sorted_tables
        }


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_legal_hold_is_respected_and_its_reason_sealed(app: App, manager: Actor) -> None:
    svc = PurgeService(app)
    ref = svc.due_refs()[0]
    svc.set_legal_hold(manager, ref, True, "東京地裁 令和8年(ワ)第123号 証拠保全")
    assert ref not in svc.due_refs()

    receipt = svc.purge_due(SYSTEM)

    assert ref not in receipt.refs and ref in receipt.held
    detail = app.cases.get(manager, ref)
    assert detail.state is not CaseState.PURGED and detail.applicant is not None
    assert detail.events[-1].detail.startswith("東京地裁")
    with pytest.raises(UserError):
        svc.purge_case_early(manager, ref, ref)
    with app.db.read() as session:
        log = "\n".join(session.scalars(select(AuditEntry.details)))
    assert "東京地裁" not in log
    svc.set_legal_hold(manager, ref, False, "保全期間終了")
    assert ref in svc.purge_due(SYSTEM).refs


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_dry_run_changes_nothing(app: App) -> None:
    svc = PurgeService(app)
    before = all_rows(app)
    receipt = svc.purge_due(SYSTEM, dry_run=True)
    assert receipt.dry_run and list(receipt.refs) == svc.due_refs() and receipt.check is None
    assert all_rows(app) == before


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_staff_cannot_purge_early_hold_or_change_the_grace_period(app: App, staff: Actor) -> None:
    svc = PurgeService(app)
    ref = svc.due_refs()[0]
    with pytest.raises(PermissionDenied):
        svc.purge_case_early(staff, ref, ref)
    with pytest.raises(PermissionDenied):
        svc.set_legal_hold(staff, ref, True, "reason")
    with pytest.raises(PermissionDenied):
        svc.set_grace_days(staff, 0)
    with pytest.raises(PermissionDenied):
        svc.purge_due(staff)
    assert ref in svc.due_refs()


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_early_purge_needs_the_typed_reference_and_a_finished_case(app: App, manager: Actor) -> None:
    svc = PurgeService(app)
    with app.db.write() as session:
        recent = session.scalars(select(Case).where(Case.state == "closed")).first()
        assert recent is not None
        recent.closed_at = datetime.now() - timedelta(days=2)
        open_ref = session.scalar(select(Case.ref).where(Case.state == "in_progress"))
        ref = recent.ref
    assert ref not in svc.due_refs()
    with pytest.raises(ValidationFailed):
        svc.purge_case_early(manager, ref, "PI-0000-0000")
    with pytest.raises(UserError):
        svc.purge_case_early(manager, str(open_ref), str(open_ref))
    receipt = svc.purge_case_early(manager, ref, ref.lower())
    assert receipt.refs == (ref,) and receipt.reason == "early" and receipt.passed
    assert app.cases.get(manager, ref).state is CaseState.PURGED


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_grace_period_setting(app: App, manager: Actor) -> None:
    svc = PurgeService(app)
    assert svc.grace_days() == 30
    with app.db.write() as session:
        case = session.scalars(select(Case).where(Case.state == "responded")).first()
        assert case is not None
        case.closed_at = datetime.now() - timedelta(hours=1)
        ref = case.ref
    assert ref not in svc.due_refs()
    with pytest.raises(ValidationFailed):
        svc.set_grace_days(manager, -1)
    svc.set_grace_days(manager, 0)  # 0 is allowed: purge as soon as the case is answered
    assert svc.grace_days() == 0 and ref in svc.due_refs()
    receipt = svc.purge_due(SYSTEM)
    assert ref in receipt.refs and svc.last_run() is not None
