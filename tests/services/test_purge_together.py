"""A batch of cases is purged by a few statements for all of them (purge/batch.py
`_purge_together`), and says exactly what the case-by-case purge says: the same rows
deleted and cleared per case, the same audit rows, an intact audit chain."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_desk.services.actors import SYSTEM
from inquiry_desk.services.app import App
from inquiry_desk.services.audit import verify_chain
from inquiry_desk.services.purge import batch
from inquiry_desk.services.purge.service import PurgeService
from inquiry_desk.store.models import AuditEntry


def _purge_audit(app: App) -> dict[str, dict[str, object]]:
    with app.db.read() as session:
        rows = session.execute(
            select(AuditEntry.case_ref, AuditEntry.details).where(AuditEntry.action == "case.purge")
        )
        return {str(ref): json.loads(details) for ref, details in rows}


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_a_batch_purged_together_says_what_case_by_case_says(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    together: list[int] = []
    real = batch._purge_together

    def spy(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        together.append(-1 if result is None else len(result))
        return result

    # The same data beside it, to be purged case by case.
    app.db.checkpoint()
    twin_dir = tmp_path / "twin"
    shutil.copytree(app.data_dir, twin_dir, ignore=shutil.ignore_patterns("*.lock"))
    monkeypatch.setattr(batch, "_purge_together", spy)
    due = PurgeService(app).due_refs()
    assert len(due) >= 3
    receipt = PurgeService(app, batch_size=2).purge_due(SYSTEM)
    assert list(receipt.refs) == due and receipt.passed
    assert -1 not in together and sum(together) == len(due)  # every batch went together
    assert verify_chain(app.db).ok
    audit_together = _purge_audit(app)
    assert set(audit_together) == set(due)
    assert sum(receipt.rows.values()) > 0 and all(d["key_destroyed"] for d in audit_together.values())
    assert PurgeService(app).due_refs() == []
    # Each case's counts equal the receipt's totals, table by table.
    for table, total in receipt.rows.items():
        assert sum(int(d["rows"][table]) for d in audit_together.values()) == total  # type: ignore[index]
    for table, total in receipt.cleared.items():
        assert sum(int(d["cleared"][table]) for d in audit_together.values()) == total  # type: ignore[index]

    monkeypatch.setattr(batch, "_purge_together", lambda *args, **kwargs: None)
    twin = App.open(twin_dir, key_store=app.key_store, today=app.cases.today)
    try:
        alone = PurgeService(twin, batch_size=2).purge_due(SYSTEM)
        assert list(alone.refs) == due and alone.passed and verify_chain(twin.db).ok
        assert (alone.rows, alone.cleared) == (receipt.rows, receipt.cleared)
        audit_alone = _purge_audit(twin)
        for ref in due:
            mine, theirs = audit_together[ref], audit_alone[ref]
            assert (mine["rows"], mine["cleared"], mine["key_destroyed"], mine["uid"]) == (
                theirs["rows"],
                theirs["cleared"],
                theirs["key_destroyed"],
                theirs["uid"],
            )
    finally:
        twin.close()
