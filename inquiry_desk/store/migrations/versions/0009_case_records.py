"""case records: the data held about the applicant, brought in from the company's systems

Each source (a CSV file, a worksheet, a JSON list) and each of its rows is sealed with the
case key; the plain columns are numbers, counts and the include flag. Both tables are
personal: the purge deletes them with the case.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 11:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("column_count", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_record_sources_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_sources")),
        sa.UniqueConstraint("case_id", "number", name="uq_record_sources_case_number"),
        info={"personal": True},
    )
    op.create_index(op.f("ix_record_sources_case_id"), "record_sources", ["case_id"], unique=False)
    op.create_table(
        "record_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("included", sa.Boolean(), nullable=False),
        sa.Column("redacted", sa.Integer(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["record_sources.id"],
            name=op.f("fk_record_rows_source_id_record_sources"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_record_rows_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_rows")),
        sa.UniqueConstraint("source_id", "position", name="uq_record_rows_source_position"),
        info={"personal": True},
    )
    op.create_index(op.f("ix_record_rows_case_id"), "record_rows", ["case_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_record_rows_case_id"), table_name="record_rows")
    op.drop_table("record_rows")
    op.drop_index(op.f("ix_record_sources_case_id"), table_name="record_sources")
    op.drop_table("record_sources")
