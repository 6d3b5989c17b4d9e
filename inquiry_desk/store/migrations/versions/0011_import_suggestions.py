"""import suggestions: the fields of a case the importer only guessed

``cases.suggested`` names the fields an import filled from what it recognised (the
applicant's name, address, phone, the kind, the request types ...), as ",applicant.name,kind,",
until staff confirm or correct them: field names only, never values, so a plain register
column that the "needs review" filter reads. Cases from before this revision have none.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 15:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


# Plain ALTER TABLE with a server default, as in 0004/0010: no batch copy of ``cases``.
def upgrade() -> None:
    op.add_column("cases", sa.Column("suggested", sa.String(length=400), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("cases", "suggested")  # SQLite 3.35+ drops columns in place
