"""staff letter names: each account's name as written in Japanese letters, with its reading

A member of staff signs Japanese letters as 佐藤 結衣 (姓 名 in kanji) with the reading
サトウ ユイ, and English ones with the name colleagues know them by (display_name). Staff
names are not applicants' personal data, so they are stored in clear like display_name.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, as in 0004: no batch copy of the table.
def upgrade() -> None:
    op.add_column("users", sa.Column("name_ja", sa.String(length=200), nullable=False, server_default=""))
    op.add_column("users", sa.Column("name_kana", sa.String(length=200), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("users", "name_kana")
    op.drop_column("users", "name_ja")
