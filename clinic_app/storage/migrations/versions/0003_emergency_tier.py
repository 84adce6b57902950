"""Rule set 2027.1's emergency tier: the clinic's emergency number and the desk's alerts.

`clinic_settings.emergency_number` is printed in the boxed "Get emergency care now" at the
top of an emergency care sheet; empty (the default, and every upgraded database) prints
"your local emergency number" instead.

`desk_alerts` holds one row per emergency or urgent alert raised on an intake, so that
every workstation on the database can show it until someone acknowledges it. It holds
rule ids, never patient details; the patient is found through the intake. A row is
written when raised and updated once, when acknowledged (the acknowledgement is also on
the append-only audit trail).

Revision ID: 0003
Revises: 0002
Created: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("clinic_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("emergency_number", sa.String(length=60), nullable=False, server_default="")
        )
    op.create_table(
        "desk_alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("intake_id", sa.Integer(), nullable=False),
        sa.Column("urgency", sa.String(length=12), nullable=False),
        # The rule ids that fired, comma-separated, in the rules' order.
        sa.Column("rule_ids", sa.Text(), nullable=False),
        sa.Column("raised_at", sa.DateTime(), nullable=False),
        sa.Column("raised_by", sa.String(length=200), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "urgency IN ('emergency', 'urgent')", name=op.f("ck_desk_alerts_urgency")
        ),
        sa.ForeignKeyConstraint(
            ["intake_id"], ["intakes.id"], name=op.f("fk_desk_alerts_intake_id_intakes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_alerts")),
    )
    with op.batch_alter_table("desk_alerts", schema=None) as batch_op:
        batch_op.create_index("ix_desk_alerts_open", ["acknowledged_at", "id"], unique=False)
        batch_op.create_index("ix_desk_alerts_intake_id", ["intake_id"], unique=False)


def downgrade() -> None:
    op.drop_table("desk_alerts")
    with op.batch_alter_table("clinic_settings", schema=None) as batch_op:
        batch_op.drop_column("emergency_number")
