"""Creating and upgrading the schema with Alembic, and refusing databases we cannot use."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from inquiry_desk.domain.errors import DatabaseProblem
from inquiry_desk.store.engine import Database, translate_errors

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(db: Database) -> str | None:
    with translate_errors(), db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_usable(db: Database) -> str | None:
    """Returns the revision, or raises DatabaseProblem with what is wrong."""
    with translate_errors(), db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        rev = MigrationContext.configure(conn).get_current_revision()
    if rev is None:
        if tables - {"alembic_version"}:
            raise DatabaseProblem(
                "This database belongs to another program (it has tables but none of Inquiry "
                "Desk's). Choose an empty folder or another database."
            )
        return None
    if rev not in known_revisions():
        raise DatabaseProblem(
            f"This database was created by a newer version of Inquiry Desk (schema {rev}). "
            "Install the newer version to open it; nothing was changed."
        )
    return rev


def upgrade(db: Database, revision: str = "head") -> None:
    check_usable(db)
    cfg = alembic_config()
    with translate_errors(), db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def is_current(db: Database) -> bool:
    return current_revision(db) == head_revision()
