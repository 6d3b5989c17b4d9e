"""refusal categories: the legal ground of each refusal on the anonymous register row

The reasons staff write in a refusal are sealed with the case key and erased by the
purge; the category (domain.refusals.RefusalCategory) names only the legal ground, so
the monthly report can count refusals by it for years. Rows refused before this
revision keep NULL and are reported as "not recorded".

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, not batch mode: a batch "move and copy" would drop and recreate
# ``cases``, and with foreign keys on, dropping it cascades into every case table.
def upgrade() -> None:
    op.add_column("cases", sa.Column("refusal_category", sa.String(length=32), nullable=True))


def downgrade() -> None:
    op.drop_column("cases", "refusal_category")  # SQLite 3.35+ drops columns in place
