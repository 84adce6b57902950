"""Sign-in throttling (issue 22): failed sign-ins in a row per username and per workstation.

`sign_in_throttles` holds one row per username as typed (known or not: an unknown name is
throttled exactly as a known one, so the lockout tells nobody which names exist) and one
per workstation, with the failures in a row and the moment until which further tries are
refused without checking the password. It lives in the database so that every workstation
on a shared PostgreSQL server sees the same count. Rows are reset by a successful sign-in
or an administrator's lift; the history stays on the audit trail, not here, so the table
has no append-only triggers.

A new table only: downgrading drops it, and the counts with it (the next failures start
from nothing, which is harmless).

Revision ID: 0010
Revises: 0009
Created: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sign_in_throttles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_failed_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('username', 'workstation')", name=op.f("ck_sign_in_throttles_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_throttles")),
        sa.UniqueConstraint("kind", "subject", name=op.f("uq_sign_in_throttles_kind_subject")),
    )


def downgrade() -> None:
    op.drop_table("sign_in_throttles")
