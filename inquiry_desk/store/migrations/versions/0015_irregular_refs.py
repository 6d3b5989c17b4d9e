"""register search: the few cases whose reference does not name the year they were received

A reference names the year its case was received (PI-2024-…), so the newest cases of a year's
references are the newest of that year's dates: the register reads a page of "2024" or
"PI-2024" from the index of the order received, from that year on, instead of walking past
every later year (services/cases/register_years.py). The exceptions, a case whose date
received was corrected into another year and a reference not of the form PI-YYYY-digits,
are kept in this partial index, so that every such page adds them and stays exact.

SQLite only: the walk is SQLite's (PostgreSQL's planner decides from statistics). The
condition is the text of ``IRREGULAR_REF_SQL`` (store/models.py) word for word, since SQLite
uses a partial index only for a query that repeats its condition.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 23:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_IRREGULAR_REF_SQL = (
    "substr(ref, 4, 4) <> substr(received, 1, 4)"
    " OR ref NOT GLOB 'PI-[0-9][0-9][0-9][0-9]-[0-9]*'"
    " OR substr(ref, 9) GLOB '*[^0-9]*'"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.create_index(
            "ix_cases_irregular_ref",
            "cases",
            ["received", "id", "ref"],
            unique=False,
            sqlite_where=sa.text(_IRREGULAR_REF_SQL),
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_cases_irregular_ref", table_name="cases")
