"""Migrations from empty and from each earlier revision; databases we must refuse."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from inquiry_desk.domain.errors import DatabaseProblem
from inquiry_desk.services.app import App
from inquiry_desk.store import schema
from inquiry_desk.store.engine import DB_FILENAME, Database
from inquiry_desk.store.masterkey import MemoryMasterKeyStore


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(schema.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_empty_database_is_created_at_head(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'a.db'}")
    schema.upgrade(db)
    assert schema.is_current(db)
    db.dispose()


@pytest.mark.parametrize("start", _revisions())
def test_upgrade_from_each_revision_and_back(tmp_path: Path, start: str) -> None:
    db = Database(f"sqlite:///{tmp_path / 'b.db'}")
    schema.upgrade(db, start)
    assert schema.current_revision(db) == start
    schema.upgrade(db)
    assert schema.is_current(db)
    cfg = schema.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert schema.current_revision(db) is None
    db.dispose()


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    app = App.open(tmp_path, key_store=MemoryMasterKeyStore())
    app.close()
    con = sqlite3.connect(tmp_path / DB_FILENAME)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = (tmp_path / DB_FILENAME).read_bytes()
    with pytest.raises(DatabaseProblem, match="newer version"):
        App.open(tmp_path, key_store=MemoryMasterKeyStore())
    assert (tmp_path / DB_FILENAME).read_bytes() == before


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / DB_FILENAME)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseProblem, match="another program"):
        App.open(tmp_path, key_store=MemoryMasterKeyStore())


def test_corrupt_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / DB_FILENAME).write_bytes(os.urandom(8192))
    with pytest.raises(DatabaseProblem, match="not a database"):
        App.open(tmp_path, key_store=MemoryMasterKeyStore())


def test_truncated_database_is_refused(tmp_path: Path) -> None:
    app = App.open(tmp_path, key_store=MemoryMasterKeyStore())
    app.close()
    path = tmp_path / DB_FILENAME
    data = path.read_bytes()
    path.write_bytes(data[:100] + os.urandom(len(data) - 100))
    with pytest.raises(DatabaseProblem):
        App.open(tmp_path, key_store=MemoryMasterKeyStore())


def test_unwritable_data_folder_gets_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseProblem, match="cannot be created"):
        App.open(blocker / "data", key_store=MemoryMasterKeyStore())


def test_revisions_read_from_files_match_alembic() -> None:
    """The start-up check reads revisions without Alembic; it must agree with Alembic."""
    script = ScriptDirectory.from_config(schema.alembic_config())
    assert schema.known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert schema.head_revision() == script.get_current_head()


def test_0010_maps_an_answered_outcome_onto_every_request_type(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'c.db'}")
    schema.upgrade(db, "0007")
    columns = "uid, ref, kind, channel, state, received, jurisdiction, language, request_types, outcome, "
    columns += "refusal_category, legal_hold, warnings, created_at, updated_at"
    rows = [
        ("u1", "PI-2026-0001", "request", ",deletion,disclosure,", "refused", "harm_to_others"),
        ("u2", "PI-2026-0002", "request", ",access,", "no_data_held", None),
        ("u3", "PI-2026-0003", "request", ",correction,", "corrected", None),
        ("u4", "PI-2026-0004", "request", ",access,", "withdrawn", None),
        ("u5", "PI-2026-0005", "question", ",", "answered", None),
        ("u6", "PI-2026-0006", "request", ",access,", None, None),
    ]
    with db.engine.begin() as conn:
        for uid, ref, kind, types, outcome, ground in rows:
            conn.exec_driver_sql(
                f"INSERT INTO cases ({columns}) VALUES (?, ?, ?, 'mail', 'closed', '2026-01-05', 'JP', 'ja', "
                "?, ?, ?, 0, 0, '2026-01-05 10:00:00', '2026-01-05 10:00:00')",
                (uid, ref, kind, types, outcome, ground),
            )
    schema.upgrade(db)
    with db.engine.connect() as conn:
        found = dict(conn.exec_driver_sql("SELECT ref, type_outcomes FROM cases ORDER BY ref").all())
    assert found == {
        "PI-2026-0001": "deletion=refused:harm_to_others,disclosure=refused:harm_to_others",
        "PI-2026-0002": "access=not_held",
        "PI-2026-0003": "correction=granted",
        "PI-2026-0004": None,
        "PI-2026-0005": None,
        "PI-2026-0006": None,
    }
    db.dispose()


def test_0012_gives_cases_merged_before_it_the_merged_outcome(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'd.db'}")
    schema.upgrade(db, "0010")
    columns = "uid, ref, kind, channel, state, received, jurisdiction, language, request_types, outcome, "
    columns += "legal_hold, warnings, created_at, updated_at"
    with db.engine.begin() as conn:
        for uid, ref, state, outcome in (
            ("u1", "PI-2026-0001", "purged", None),  # merged into 0002 before 0012
            ("u2", "PI-2026-0002", "in_progress", None),
            ("u3", "PI-2026-0003", "closed", "disclosed"),
        ):
            conn.exec_driver_sql(
                f"INSERT INTO cases ({columns}) VALUES (?, ?, 'request', 'mail', ?, '2026-01-05', 'JP', "
                "'ja', ',access,', ?, 0, 0, '2026-01-05 10:00:00', '2026-01-05 10:00:00')",
                (uid, ref, state, outcome),
            )
        conn.exec_driver_sql(
            "INSERT INTO events (case_id, at, actor, action, summary) VALUES "
            "((SELECT id FROM cases WHERE ref = 'PI-2026-0001'), '2026-01-06 09:00:00', 'sato', "
            "'merged_into', 'Merged into PI-2026-0002'), "
            "((SELECT id FROM cases WHERE ref = 'PI-2026-0002'), '2026-01-06 09:00:00', 'sato', "
            "'merged_from', 'Merged from PI-2026-0001')"
        )
    schema.upgrade(db)
    with db.engine.connect() as conn:
        found = {r[0]: r[1:] for r in conn.exec_driver_sql("SELECT ref, outcome, merged_into FROM cases")}
    assert found == {
        "PI-2026-0001": ("merged", "PI-2026-0002"),
        "PI-2026-0002": (None, None),
        "PI-2026-0003": ("disclosed", None),
    }
    db.dispose()
