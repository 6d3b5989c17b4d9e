"""The drafted text of a response is the case's personal data: sealed at rest, erased at purge."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_desk.services.actors import SYSTEM, Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.purge.service import PurgeService
from inquiry_desk.store.models import AuditEntry, Event
from tests.services.purge_helpers import personal_values, scan_folder

DRAFTED = "梅田ハイツ501号室の髙橋様のご注文履歴（2023年分）を開示いたします"
ENCLOSED = "ご注文履歴 髙橋様分 12枚"


@pytest.mark.demo(purged=5, due_for_purge=True)
def test_the_drafted_text_is_sealed_and_gone_after_the_purge(
    app: App, manager: Actor, staff: Actor, data_dir: Path
) -> None:
    svc = PurgeService(app)
    due = svc.due_refs()
    app.documents.save_response_draft(staff, due[0], DRAFTED, [ENCLOSED])
    ctx = app.documents.context_for(staff, due[0], "response")
    assert (ctx.free_text, ctx.enclosures) == (DRAFTED, [ENCLOSED])
    with app.db.read() as session:
        [event] = session.scalars(select(Event).where(Event.action == "response_draft"))
        assert event.payload is not None and DRAFTED.encode() not in event.payload  # sealed
        assert "髙橋" not in event.summary
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "document.draft_text"))
        assert "髙橋" not in entry.details and '"chars": ' in entry.details  # how much, never what
    values, windows = personal_values(app, manager, due)
    assert any(DRAFTED in v for v in values)
    values |= {DRAFTED, ENCLOSED}

    receipt = svc.purge_due(SYSTEM)

    assert receipt.passed and receipt.check is not None and receipt.check.hits == 0
    app.close()
    assert scan_folder(data_dir, values, windows) == []
