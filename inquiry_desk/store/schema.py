"""Creating and upgrading the schema with Alembic, and refusing databases we cannot use.

Alembic is imported only when a migration actually runs: every start checks the schema,
and reading one row of `alembic_version` should not cost the import of Alembic and Mako.
The known revisions are read from the migration files themselves.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from inquiry_desk.domain.errors import DatabaseProblem
from inquiry_desk.domain.i18n import translate
from inquiry_desk.store.engine import Database, translate_errors

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^revision\s*(?::\s*str\s*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]+)?=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@cache
def _graph() -> dict[str, str | None]:
    """revision → down_revision, from the migration files."""
    graph: dict[str, str | None] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev and down:
            graph[rev.group(1)] = down.group(1)
    return graph


def known_revisions() -> set[str]:
    return set(_graph())


def head_revision() -> str:
    graph = _graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def current_revision(db: Database) -> str | None:
    with translate_errors(), db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return str(value) if value is not None else None


def check_usable(db: Database) -> str | None:
    """Returns the revision, or raises DatabaseProblem with what is wrong."""
    with translate_errors(), db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    rev = current_revision(db)
    if rev is None:
        if tables - {"alembic_version"}:
            raise DatabaseProblem(
                translate(
                    "Database",
                    "This database belongs to another program (it has tables but none of Inquiry "
                    "Desk's). Choose an empty folder or another database.",
                )
            )
        return None
    if rev not in known_revisions():
        raise DatabaseProblem(
            translate(
                "Database",
                "This database was created by a newer version of Inquiry Desk (schema {rev}). "
                "Install the newer version to open it; nothing was changed.",
            ).format(rev=rev)
        )
    return rev


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    check_usable(db)
    cfg = alembic_config()
    with translate_errors(), db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def is_current(db: Database) -> bool:
    return current_revision(db) == head_revision()
