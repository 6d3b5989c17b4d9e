"""user seals: each staff account row carries a MAC under a key derived from the master key

A row changed outside Inquiry Desk (``UPDATE users SET role='admin'`` with sqlite3 or psql)
no longer matches its seal, and the database does not hold the key to make a new one. The
seals of existing rows are made by the first start after this migration, which has the key
(services/users_seal.py).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 12:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("seal", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("users", "seal")
