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

# isort: split
# The shared fixtures: pytest finds them by name in this module.
from tests.services.purge_helpers import clerk_fixture, mgr_fixture, world_fixture  # noqa: F401


def all_rows(app: App) -> dict[str, list[tuple[Any, ...]]]:
    with app.db.read() as session:
        return {
            t.name: sorted(tuple(r) for r in session.execute(select(t)).all())
            for t in Base.metadata.sorted_tables
        }


def test_legal_hold_is_respected_and_its_reason_sealed(world: App, mgr: Actor) -> None:
    svc = PurgeService(world)
    ref = svc.due_refs()[0]
    svc.set_legal_hold(mgr, ref, True, "東京地裁 令和8年(ワ)第123号 証拠保全")
    assert ref not in svc.due_refs()

    receipt = svc.purge_due(SYSTEM)

    assert ref not in receipt.refs and ref in receipt.held
    detail = world.cases.get(mgr, ref)
    assert detail.state is not CaseState.PURGED and detail.applicant is not None
    assert detail.events[-1].detail.startswith("東京地裁")
    with pytest.raises(UserError):
        svc.purge_case_early(mgr, ref, ref)
    with world.db.read() as session:
        log = "\n".join(session.scalars(select(AuditEntry.details)))
    assert "東京地裁" not in log
    svc.set_legal_hold(mgr, ref, False, "保全期間終了")
    assert ref in svc.purge_due(SYSTEM).refs


def test_dry_run_changes_nothing(world: App) -> None:
    svc = PurgeService(world)
    before = all_rows(world)
    receipt = svc.purge_due(SYSTEM, dry_run=True)
    assert receipt.dry_run and list(receipt.refs) == svc.due_refs() and receipt.check is None
    assert all_rows(world) == before


def test_staff_cannot_purge_early_hold_or_change_the_grace_period(world: App, clerk: Actor) -> None:
    svc = PurgeService(world)
    ref = svc.due_refs()[0]
    with pytest.raises(PermissionDenied):
        svc.purge_case_early(clerk, ref, ref)
    with pytest.raises(PermissionDenied):
        svc.set_legal_hold(clerk, ref, True, "reason")
    with pytest.raises(PermissionDenied):
        svc.set_grace_days(clerk, 0)
    with pytest.raises(PermissionDenied):
        svc.purge_due(clerk)
    assert ref in svc.due_refs()


def test_early_purge_needs_the_typed_reference_and_a_finished_case(world: App, mgr: Actor) -> None:
    svc = PurgeService(world)
    with world.db.write() as session:
        recent = session.scalars(select(Case).where(Case.state == "closed")).first()
        assert recent is not None
        recent.closed_at = datetime.now() - timedelta(days=2)
        open_ref = session.scalar(select(Case.ref).where(Case.state == "in_progress"))
        ref = recent.ref
    assert ref not in svc.due_refs()
    with pytest.raises(ValidationFailed):
        svc.purge_case_early(mgr, ref, "PI-0000-0000")
    with pytest.raises(UserError):
        svc.purge_case_early(mgr, str(open_ref), str(open_ref))
    receipt = svc.purge_case_early(mgr, ref, ref.lower())
    assert receipt.refs == (ref,) and receipt.reason == "early" and receipt.passed
    assert world.cases.get(mgr, ref).state is CaseState.PURGED


def test_grace_period_setting(world: App, mgr: Actor) -> None:
    svc = PurgeService(world)
    assert svc.grace_days() == 30
    with world.db.write() as session:
        case = session.scalars(select(Case).where(Case.state == "responded")).first()
        assert case is not None
        case.closed_at = datetime.now() - timedelta(hours=1)
        ref = case.ref
    assert ref not in svc.due_refs()
    with pytest.raises(ValidationFailed):
        svc.set_grace_days(mgr, -1)
    svc.set_grace_days(mgr, 0)  # 0 is allowed: purge as soon as the case is answered
    assert svc.grace_days() == 0 and ref in svc.due_refs()
    receipt = svc.purge_due(SYSTEM)
    assert ref in receipt.refs and svc.last_run() is not None
