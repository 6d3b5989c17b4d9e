"""The manager keeps the register of processing: checked whole, saved atomically in the office's
forms folder, audited without its wording, and the next letter prints from it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from inquiry_desk.domain.enums import Jurisdiction, Language, RequestType
from inquiry_desk.domain.errors import PermissionDenied
from inquiry_desk.office_forms import PACKAGE_FORMS
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.settings.processing_register import RegisterRefused
from inquiry_desk.store.models import AuditEntry
from tests.services.lifecycle_helpers import RECEIVED, new_case
from tests.services.test_response_letter import pdftotext

pytestmark = pytest.mark.clock_starts(RECEIVED)


def test_the_manager_saves_the_register_and_the_next_letter_prints_from_it(
    app: App, staff: Actor, manager: Actor, tmp_path: Path
) -> None:
    service = app.processing_register
    default = service.text(staff)
    assert service.location() == PACKAGE_FORMS / "processing-register.toml"
    edited = default.replace("Microsoft Azure (Microsoft Corporation)", "Sakura Cloud (SAKURA internet)")
    with pytest.raises(PermissionDenied):
        service.save(staff, edited)
    with pytest.raises(RegisterRefused, match="two-letter country code"):
        service.save(manager, edited.replace('country = "UY"', 'country = "Uruguay"'))
    assert not (app.data_dir / "forms" / "processing-register.toml").exists()  # nothing half-saved

    register = service.save(manager, edited)
    assert len(register.recipients) == 10
    saved = app.data_dir / "forms" / "processing-register.toml"
    assert saved.read_text(encoding="utf-8") == edited and service.location() == saved
    assert [p.name for p in saved.parent.iterdir()] == ["processing-register.toml"]  # no temporary left
    assert (PACKAGE_FORMS / "processing-register.toml").read_text(encoding="utf-8") == default
    with app.db.read() as session:
        [entry] = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "settings.processing_register")
        )
    assert json.loads(entry.details) == {"purposes": 11, "recipients": 10, "third_parties": 2}

    ref = app.cases.create(
        manager,
        new_case(RECEIVED, types=(RequestType.ACCESS,), jurisdiction=Jurisdiction.EEA, language=Language.EN),
    )
    text = pdftotext(app.documents.render_for_case(manager, ref, "response"), tmp_path)
    assert "SakuraCloud(SAKURAinternet)" in text and "MicrosoftAzure" not in text


def test_the_window_edits_keep_the_comments_and_the_letters_follow(
    app: App, manager: Actor, staff: Actor, tmp_path: Path
) -> None:
    """save_edited (the settings window's save): the TOML keeps every comment, the audit names
    the sections changed, the purpose-of-use notice prints the edited purposes."""
    import dataclasses

    from inquiry_desk.domain import processing
    from inquiry_desk.services.settings.processing_register import RegisterChanged

    service = app.processing_register
    base = service.text(manager)
    register = service.check(base)
    # Unchanged values: the file is written back byte for byte.
    _saved, text = service.save_edited(manager, register, base=base)
    assert text == base
    # One purpose left, reworded: every comment is still there, the next section's too.
    edited = dataclasses.replace(
        register, purposes=(processing.Bilingual("本人確認のため", "To check who you are"),)
    )
    with pytest.raises(PermissionDenied):
        service.save_edited(staff, edited, base=text)
    _saved, text = service.save_edited(manager, edited, base=text)
    comments = [line for line in base.splitlines() if line.startswith("#")]
    assert [line for line in text.splitlines() if line.startswith("#")] == comments
    assert text.count("[[purposes]]") == 1
    with app.db.read() as session:
        entries = list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == "settings.processing_register"))
        )
    assert [json.loads(e.details).get("sections") for e in entries] == [[], ["[[purposes]]"]]
    ref = app.cases.create(manager, new_case(RECEIVED, types=(RequestType.PURPOSE_OF_USE,)))
    letter = pdftotext(app.documents.render_for_case(manager, ref, "response"), tmp_path)
    assert "本人確認のため" in letter and "メールマガジン" not in letter
    # A save from a window filled before that is refused, naming what changed.
    with pytest.raises(RegisterChanged, match=r"\[\[purposes\]\]"):
        service.save_edited(manager, register, base=base)
    assert service.text(manager) == text
