"""outcomes per request type, and the English letter name of staff

Each request type of a case gets its own outcome (granted, partly granted, refused on a legal
ground, no data held) in ``cases.type_outcomes`` ("access=granted,erasure=refused:other"), a
plain register column like ``outcome``: legal facts, not personal data, kept after the purge.
A case answered before this revision had one outcome; it is mapped onto every request type
(a refusal keeps its recorded ground, "no data held" becomes not held, any other answer
granted), so old and new cases count alike in the monthly report.

``users.name_en`` is the name a member of staff signs English letters with, beside
``name_ja`` (0005): the display name colleagues know may say more than a letter should.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 12:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_GRANTED_EXCEPT = {"withdrawn", "answered", "refused", "no_data_held"}


def _mapped(types: str, outcome: str, ground: str | None) -> str:
    names = [t for t in types.split(",") if t]
    if outcome == "refused":
        value = f"refused:{ground or 'other'}"
    elif outcome == "no_data_held":
        value = "not_held"
    elif outcome in _GRANTED_EXCEPT:
        return ""
    else:
        value = "granted"
    return ",".join(f"{t}={value}" for t in names)


# Plain ALTER TABLE, as in 0004/0005: no batch copy of a table.
def upgrade() -> None:
    op.add_column("cases", sa.Column("type_outcomes", sa.String(length=600), nullable=True))
    op.add_column("users", sa.Column("name_en", sa.String(length=200), nullable=False, server_default=""))
    cases = sa.table(
        "cases",
        sa.column("id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("request_types", sa.String),
        sa.column("outcome", sa.String),
        sa.column("refusal_category", sa.String),
        sa.column("type_outcomes", sa.String),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(cases.c.id, cases.c.request_types, cases.c.outcome, cases.c.refusal_category).where(
            cases.c.outcome.is_not(None), cases.c.kind == "request"
        )
    ).all()
    for case_id, types, outcome, ground in rows:
        mapped = _mapped(types or "", outcome, ground)
        if mapped:
            bind.execute(cases.update().where(cases.c.id == case_id).values(type_outcomes=mapped))


def downgrade() -> None:
    op.drop_column("users", "name_en")
    op.drop_column("cases", "type_outcomes")
