"""Courses of care and their follow-up visits (follow-ups.md, issue 18).

A course starts with a submitted intake (the first visit) and holds the patient's
follow-up visits until a clinician closes it with a reason. Every intake submitted before
this migration starts a course of its own, open, as it would have had it been submitted
after.

A follow-up is kept like an intake: the document exactly as received, plus the columns the
queue and the course read. Its assessment, decisions and handouts go in the tables the
intake's use, with `followup_id` naming the visit (null for the first visit's own) and
`intake_id` the course's first visit. The columns are added in place (not by rebuilding the
tables), so the triggers that keep reviews and handouts append-only stay as they are.

Revision ID: 0004
Revises: 0003
Created: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SHARED = ("assessments", "reviews", "handouts")
"""The intake's tables a follow-up's records go in too."""


def upgrade() -> None:
    op.create_table(
        "courses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("intake_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=200), nullable=True),
        sa.Column("close_reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("status IN ('open', 'closed')", name=op.f("ck_courses_status")),
        sa.ForeignKeyConstraint(
            ["intake_id"], ["intakes.id"], name=op.f("fk_courses_intake_id_intakes")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_courses_patient_id_patients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_courses")),
        sa.UniqueConstraint("intake_id", name=op.f("uq_courses_intake_id")),
    )
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.create_index("ix_courses_patient", ["patient_id", "started_on"], unique=False)

    op.create_table(
        "followups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("visit_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("highest_urgency", sa.String(length=12), nullable=True),
        sa.Column("urgency_rank", sa.Integer(), nullable=False),
        sa.Column("review_status", sa.String(length=12), nullable=False),
        sa.Column("stage", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "review_status IN ('none', 'unreviewed', 'reviewed')",
            name=op.f("ck_followups_review_status"),
        ),
        sa.CheckConstraint(
            "stage IS NULL OR (stage >= 1 AND stage <= 8)", name=op.f("ck_followups_stage")
        ),
        sa.CheckConstraint("status IN ('draft', 'submitted')", name=op.f("ck_followups_status")),
        sa.ForeignKeyConstraint(
            ["course_id"], ["courses.id"], name=op.f("fk_followups_course_id_courses")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followups")),
    )
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.create_index("ix_followups_course", ["course_id", "visit_date"], unique=False)
        batch_op.create_index(
            "ix_followups_queue",
            ["review_status", "urgency_rank", "visit_date", "id"],
            unique=False,
        )

    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in SHARED:
        constraint = f"fk_{table}_followup_id_followups"
        if sqlite:
            # SQLite adds a column with its reference in place; Alembic would rebuild the
            # table, and with it drop the triggers that keep reviews and handouts append-only.
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN followup_id INTEGER"
                f" CONSTRAINT {constraint} REFERENCES followups (id)"
            )
        else:
            op.add_column(
                table,
                sa.Column(
                    "followup_id",
                    sa.Integer(),
                    sa.ForeignKey("followups.id", name=op.f(constraint)),
                    nullable=True,
                ),
            )
        op.create_index(op.f(f"ix_{table}_followup_id"), table, ["followup_id"], unique=False)

    # Every intake submitted so far is the first visit of a course of its own.
    op.execute(
        "INSERT INTO courses (patient_id, intake_id, started_on, status, close_reason,"
        " version, created_at)"
        " SELECT patient_id, id, visit_date, 'open', '', 1, submitted_at FROM intakes"
        " WHERE status = 'submitted' AND patient_id IS NOT NULL AND submitted_at IS NOT NULL"
        " ORDER BY id"
    )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in SHARED:
        op.drop_index(op.f(f"ix_{table}_followup_id"), table_name=table)
        if sqlite:  # in place (SQLite 3.35+), for the triggers' sake, as it was added
            op.execute(f"ALTER TABLE {table} DROP COLUMN followup_id")
        else:
            op.drop_column(table, "followup_id")
    op.drop_table("followups")
    op.drop_table("courses")
