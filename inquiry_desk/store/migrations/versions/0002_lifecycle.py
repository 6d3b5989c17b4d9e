"""lifecycle: clock ledger, identity verification, fees, approvals, post

All new tables refer to one case and are tagged personal (info={"personal": True}),
so the purge deletes their rows with the case.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 02:58:23.593348
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "approvals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=16), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("comment", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_approvals_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approvals")),
        info={"personal": True},
    )
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_approvals_case_id"), ["case_id"], unique=False)

    op.create_table(
        "clock_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_clock_entries_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clock_entries")),
        info={"personal": True},
    )
    with op.batch_alter_table("clock_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clock_entries_case_id"), ["case_id"], unique=False)

    op.create_table(
        "fee_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("amount_jpy", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=24), nullable=True),
        sa.Column("money_order_issued_on", sa.Date(), nullable=True),
        sa.Column("cashed_on", sa.Date(), nullable=True),
        sa.Column("excessive", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_fee_entries_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fee_entries")),
        info={"personal": True},
    )
    with op.batch_alter_table("fee_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fee_entries_case_id"), ["case_id"], unique=False)

    op.create_table(
        "postal_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("posted_on", sa.Date(), nullable=False),
        sa.Column("registered", sa.Boolean(), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_postal_records_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_postal_records")),
        info={"personal": True},
    )
    with op.batch_alter_table("postal_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_postal_records_case_id"), ["case_id"], unique=False)

    op.create_table(
        "verification_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("name_matches", sa.Boolean(), nullable=True),
        sa.Column("address_matches", sa.Boolean(), nullable=True),
        sa.Column("email_matches_account", sa.Boolean(), nullable=True),
        sa.Column("result", sa.String(length=16), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_verification_records_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verification_records")),
        sa.UniqueConstraint("case_id", name=op.f("uq_verification_records_case_id")),
        info={"personal": True},
    )
    op.create_table(
        "verification_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("holder", sa.String(length=16), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("masking_confirmed", sa.Boolean(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("copy_deleted_at", sa.DateTime(), nullable=True),
        sa.Column("copy_deleted_by", sa.String(length=64), nullable=True),
        sa.Column("note", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_verification_evidence_attachment_id_attachments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_verification_evidence_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verification_evidence")),
        info={"personal": True},
    )
    with op.batch_alter_table("verification_evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_verification_evidence_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("verification_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verification_evidence_case_id"))

    op.drop_table("verification_evidence")
    op.drop_table("verification_records")
    with op.batch_alter_table("postal_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_postal_records_case_id"))

    op.drop_table("postal_records")
    with op.batch_alter_table("fee_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fee_entries_case_id"))

    op.drop_table("fee_entries")
    with op.batch_alter_table("clock_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clock_entries_case_id"))

    op.drop_table("clock_entries")
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approvals_case_id"))

    op.drop_table("approvals")
