"""register search: the tails of every reference, so that a fragment is a range, not a scan;
and the references with their dates received, so that a year's newest are read from an index

A search for a fragment of a reference ("0012", "090", "24-00") matched ``ref LIKE
'%0012%'``, which reads every row of the register for the count and, when the matches are
few, for the page too: 60-75 ms at 200,000 rows. ``case_ref_fragments`` holds every tail of
every reference from its second character on ("I-2024-0012", … "2"); a reference contains
the fragment exactly when one of its tails starts with it, a range on the primary key.
References are not personal data, so the rows stay after the purge like the register row.

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A year's references ("PI-2024") lie together in the order of receipt: the page of the
    # newest is read from this index instead of walking past every later year.
    op.create_index("ix_cases_ref_received", "cases", ["ref", "received"], unique=False)
    op.create_table(
        "case_ref_fragments",
        sa.Column("fragment", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_ref_fragments_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("fragment", "case_id", name=op.f("pk_case_ref_fragments")),
        sqlite_with_rowid=False,
    )
    bind = op.get_bind()
    cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("ref", sa.String))
    fragments = sa.table(
        "case_ref_fragments", sa.column("fragment", sa.String), sa.column("case_id", sa.Integer)
    )
    rows: list[dict[str, object]] = []
    for case_id, ref in bind.execute(sa.select(cases.c.id, cases.c.ref)):
        rows.extend({"fragment": ref[i:], "case_id": case_id} for i in range(1, len(ref)))
        if len(rows) >= 20000:
            bind.execute(fragments.insert(), rows)
            rows = []
    if rows:
        bind.execute(fragments.insert(), rows)


def downgrade() -> None:
    op.drop_table("case_ref_fragments")
    op.drop_index("ix_cases_ref_received", table_name="cases")
