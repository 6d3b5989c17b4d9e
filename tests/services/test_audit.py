"""The audit log: append-only in the database, hash-chained, free of personal data."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from inquiry_desk.cli.main import main
from inquiry_desk.domain.enums import CaseKind, Channel, Jurisdiction, Language
from inquiry_desk.domain.parties import PartyData
from inquiry_desk.services import audit
from inquiry_desk.services.actors import Actor
from inquiry_desk.services.app import App
from inquiry_desk.services.cases.views import NewCase
from inquiry_desk.store.engine import DB_FILENAME


def _fill(app: App, staff: Actor) -> str:
    ref = app.cases.create(
        staff,
        NewCase(
            date(2026, 11, 2),
            Channel.EMAIL,
            CaseKind.QUESTION,
            [],
            Jurisdiction.JP,
            Language.JA,
            PartyData(name="監査 花子", email="kansa@example.jp"),
        ),
    )
    app.cases.get(staff, ref)
    app.cases.add_note(staff, ref, "折り返し電話済み")
    return ref


def test_every_action_is_recorded_without_personal_data(app: App, staff: Actor) -> None:
    ref = _fill(app, staff)
    with app.db.read() as session:
        rows = audit.query(session)
    actions = [r.action for r in reversed(rows)]
    assert actions[-4:] == ["signin", "case.create", "case.view", "case.note"]
    assert all(r.case_ref == ref for r in rows if r.action.startswith("case."))
    dump = "\n".join(f"{r.actor} {r.action} {r.details}" for r in rows)
    for personal in ("監査", "花子", "kansa@example.jp", "折り返し"):
        assert personal not in dump


def test_details_refuse_personal_keys(app: App) -> None:
    with pytest.raises(ValueError, match="personal"), app.db.write() as session:
        audit.record(session, "x", "case.create", None, {"name": "someone"})


def test_triggers_reject_update_and_delete(app: App, staff: Actor) -> None:
    _fill(app, staff)
    for statement in ("UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError, match="append-only"), app.db.write() as session:
            session.execute(text(statement))
    assert audit.verify_chain(app.db).ok


def test_tampering_behind_the_triggers_is_detected(
    app: App, staff: Actor, data_dir, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(app, staff)
    check = audit.verify_chain(app.db)
    assert check.ok and check.rows >= 4
    victim = check.rows - 1
    app.close()
    con = sqlite3.connect(data_dir / DB_FILENAME)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET actor = 'mallory' WHERE id = ?", (victim,))
    con.commit()
    con.close()
    assert main(["--data-dir", str(data_dir), "verify-audit"], key_store=app.key_store) == 1
    assert f"entry {victim}" in capsys.readouterr().err


def test_deleted_row_breaks_the_chain(app: App, staff: Actor, data_dir) -> None:
    _fill(app, staff)
    app.close()
    con = sqlite3.connect(data_dir / DB_FILENAME)
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute("DELETE FROM audit_log WHERE id = 2")
    con.commit()
    con.close()
    reopened = App.open(data_dir, key_store=app.key_store)
    result = audit.verify_chain(reopened.db)
    reopened.close()
    assert not result.ok and result.first_bad_id == 3
