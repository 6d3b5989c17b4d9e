"""case version: optimistic locking, and the applicant's preferred medium for the answer

``cases.version`` counts the changes made to a case: every unit of work that writes
anything of the case bumps it once (store/versioning.py), so a save made from a view of
an older version is refused instead of silently overwriting a colleague's change.
``events.case_version`` is the version the event's change produced, so that the refusal
can say what happened since. ``cases.answer_medium`` / ``answer_format`` are how the
applicant wants the answer (post, email, fax, in person; paper or electronic file): not
personal, so plain columns that survive the purge for the statistics.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 11:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN with a server default: no batch copy of the tables.
    op.add_column("cases", sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("cases", sa.Column("answer_medium", sa.String(length=16), nullable=True))
    op.add_column("cases", sa.Column("answer_format", sa.String(length=16), nullable=True))
    op.add_column("events", sa.Column("case_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("case_version")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("answer_format")
        batch.drop_column("answer_medium")
        batch.drop_column("version")
