"""the case a merged-away case went into

A case filed into another (services/cases/merging.py) was a duplicate, not a request
answered: ``cases.outcome`` says "merged" and ``cases.merged_into`` names the case kept, so
that the register and the case view say "merged into PI-…" and the monthly report counts it
apart from the answers. A reference is not personal data: both stay after the purge. Cases
merged before this revision are found by their "merged into" timeline entry.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 16:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_PREFIX = "Merged into "  # the summary merging.py writes on the emptied case's timeline


# Plain ALTER TABLE, as in 0004/0005/0010: no batch copy of a table.
def upgrade() -> None:
    op.add_column("cases", sa.Column("merged_into", sa.String(length=16), nullable=True))
    cases = sa.table(
        "cases",
        sa.column("id", sa.Integer),
        sa.column("outcome", sa.String),
        sa.column("type_outcomes", sa.String),
        sa.column("deadline_met", sa.Boolean),
        sa.column("merged_into", sa.String),
    )
    events = sa.table(
        "events",
        sa.column("case_id", sa.Integer),
        sa.column("action", sa.String),
        sa.column("summary", sa.String),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(events.c.case_id, events.c.summary).where(events.c.action == "merged_into")
    ).all()
    for case_id, summary in rows:
        into = summary[len(_PREFIX) :].strip() if summary and summary.startswith(_PREFIX) else None
        bind.execute(
            cases.update()
            .where(cases.c.id == case_id)
            .values(outcome="merged", merged_into=into, type_outcomes=None, deadline_met=None)
        )


def downgrade() -> None:
    cases = sa.table("cases", sa.column("outcome", sa.String))
    op.get_bind().execute(cases.update().where(cases.c.outcome == "merged").values(outcome=None))
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("merged_into")
