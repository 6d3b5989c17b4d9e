"""intake originals: where the importer left each case's original files and messages

The watched folder moves each imported file to ``processed/`` and the mailbox poll moves
(or flags) each imported message in an IMAP folder. These originals are the case's
personal data too, so the purge erases them with the case; this table says where they
are. It holds no personal data in clear (reference-and-token file names, folder names,
keyed hashes of Message-IDs and contents), so it is not erased by the purge itself: a
row goes once its original is gone, and a failed deletion waits in it for the next run.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-14 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "intake_originals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("mailbox", sa.String(length=300), nullable=True),
        sa.Column("moving_to", sa.Text(), nullable=True),
        sa.Column("uidvalidity", sa.Integer(), nullable=True),
        sa.Column("uid", sa.Integer(), nullable=True),
        sa.Column("message_id_mac", sa.String(length=64), nullable=True),
        sa.Column("source_mac", sa.String(length=64), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_error", sa.String(length=32), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_intake_originals_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_originals")),
        info={"personal": False},
    )
    # Plain CREATE INDEX, as 0004/0005 use plain ALTER TABLE: no batch copy of a table.
    op.create_index(op.f("ix_intake_originals_case_id"), "intake_originals", ["case_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_intake_originals_case_id"), table_name="intake_originals")
    op.drop_table("intake_originals")
