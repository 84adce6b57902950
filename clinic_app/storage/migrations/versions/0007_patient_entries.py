"""Patients answer for themselves: entries from the kiosk, the desk's check (issue 20).

`patient_entries` keeps what a patient gave at the kiosk (or, later, a FHIR form) as it
arrived: the `clinic-intake/1` document, which may be incomplete when the idle reset left
it unfinished, with its source, language, the consent text agreed to, the signature
image and its times. `patient_entry_checks` is what the desk did with one: checked in as
intake N (with each correction: the patient said X, the desk recorded Y) or discarded
with a reason. Both are append-only, refused in the database itself, as 0001's tables:
an entry is the patient's own record and the desk's check is its outcome.

`consent_texts` holds the clinic's consent text per language, one row per version: a new
version is a new row and an old one is never rewritten, so an entry's consent can always
be shown as the patient read it. `kiosk_pin` (one row) is the kiosk PIN, hashed as
passwords are; a table of its own, so the kiosk's role reads it and no other setting.

`desk_alerts.entry_id` names the entry whose emergency or urgent flag raised an alert;
such an alert has no intake yet, so `intake_id` becomes nullable (it is filled in when
the desk checks the entry in). PostgreSQL drops the NOT NULL in place. SQLite cannot, so
the table is rebuilt from its own stored definition with only that column's NOT NULL
taken out: whatever columns other migrations added stay exactly as they were declared.

Revision ID: 0007
Revises: 0006
Created: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = ("patient_entries", "patient_entry_checks", "consent_texts")
_NOT_NULL_INTAKE = "intake_id INTEGER NOT NULL"
_NULLABLE_INTAKE = "intake_id INTEGER"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "consent_texts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=12), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint("version >= 1", name=op.f("ck_consent_texts_version")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_texts")),
        sa.UniqueConstraint("language", "version", name=op.f("uq_consent_texts_language_version")),
    )
    op.create_table(
        "patient_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=120), nullable=False),
        sa.Column("language", sa.String(length=12), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("finished", sa.Boolean(), nullable=False),
        sa.Column("consent_text_id", sa.Integer(), nullable=True),
        sa.Column("signature", sa.LargeBinary(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "NOT finished OR (consent_text_id IS NOT NULL AND signature IS NOT NULL)",
            name=op.f("ck_patient_entries_signed_when_finished"),
        ),
        sa.ForeignKeyConstraint(
            ["consent_text_id"],
            ["consent_texts.id"],
            name=op.f("fk_patient_entries_consent_text_id_consent_texts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patient_entries")),
    )
    op.create_index(
        op.f("ix_patient_entries_received_at"), "patient_entries", ["received_at"], unique=False
    )
    op.create_table(
        "patient_entry_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("intake_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("corrections", sa.Text(), nullable=False),
        sa.Column("checked_by", sa.String(length=200), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "outcome IN ('checked_in', 'discarded')", name=op.f("ck_patient_entry_checks_outcome")
        ),
        sa.CheckConstraint(
            "(outcome = 'checked_in' AND intake_id IS NOT NULL)"
            " OR (outcome = 'discarded' AND intake_id IS NULL AND reason <> '')",
            name=op.f("ck_patient_entry_checks_outcome_needs"),
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["patient_entries.id"],
            name=op.f("fk_patient_entry_checks_entry_id_patient_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["intake_id"], ["intakes.id"], name=op.f("fk_patient_entry_checks_intake_id_intakes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patient_entry_checks")),
        sa.UniqueConstraint("entry_id", name=op.f("uq_patient_entry_checks_entry_id")),
    )
    op.create_index(
        op.f("ix_patient_entry_checks_intake_id"),
        "patient_entry_checks",
        ["intake_id"],
        unique=False,
    )
    for table in APPEND_ONLY:
        _refuse_changes(table)
    op.create_table(
        "kiosk_pin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pin_hash", sa.String(length=300), nullable=True),
        sa.Column("set_at", sa.DateTime(), nullable=True),
        sa.Column("set_by", sa.String(length=200), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_kiosk_pin_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kiosk_pin")),
    )
    op.execute("INSERT INTO kiosk_pin (id) VALUES (1)")

    if sqlite:  # the column in place (desk_alerts has no triggers to lose), then NOT NULL
        op.execute(
            "ALTER TABLE desk_alerts ADD COLUMN entry_id INTEGER"
            " CONSTRAINT fk_desk_alerts_entry_id_patient_entries REFERENCES patient_entries (id)"
        )
        _rebuild_sqlite_desk_alerts(_NOT_NULL_INTAKE, _NULLABLE_INTAKE)
    else:
        op.add_column(
            "desk_alerts",
            sa.Column(
                "entry_id",
                sa.Integer(),
                sa.ForeignKey(
                    "patient_entries.id", name=op.f("fk_desk_alerts_entry_id_patient_entries")
                ),
                nullable=True,
            ),
        )
        op.alter_column("desk_alerts", "intake_id", existing_type=sa.Integer(), nullable=True)
    op.create_index(op.f("ix_desk_alerts_entry_id"), "desk_alerts", ["entry_id"], unique=False)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    # An entry's alerts name a table that goes; those checked in keep their intake.
    op.execute("DELETE FROM desk_alerts WHERE intake_id IS NULL")
    op.drop_index(op.f("ix_desk_alerts_entry_id"), table_name="desk_alerts")
    if sqlite:  # in place (SQLite 3.35+), as they were added
        op.execute("ALTER TABLE desk_alerts DROP COLUMN entry_id")
        _rebuild_sqlite_desk_alerts(_NULLABLE_INTAKE, _NOT_NULL_INTAKE)
    else:
        op.drop_column("desk_alerts", "entry_id")
        op.alter_column("desk_alerts", "intake_id", existing_type=sa.Integer(), nullable=False)
    op.drop_table("kiosk_pin")
    for table in reversed(APPEND_ONLY):
        _allow_changes(table)
    op.drop_table("patient_entry_checks")
    op.drop_table("patient_entries")
    op.drop_table("consent_texts")


def _rebuild_sqlite_desk_alerts(before: str, after: str) -> None:
    """Rebuild desk_alerts from its own stored CREATE TABLE with one column's text changed.

    SQLite keeps each table's definition as written (columns added later appended as they
    were declared), so changing only `before` into `after` keeps every other column and
    constraint as it was, including those of migrations this one does not know about.
    """
    bind = op.get_bind()
    table_sql = bind.execute(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'desk_alerts'")
    ).scalar_one()
    if table_sql.count(before) != 1:
        raise RuntimeError(f"desk_alerts is not as expected: no single {before!r} in it")
    indexes = [
        row[0]
        for row in bind.execute(
            sa.text(
                "SELECT sql FROM sqlite_master WHERE type = 'index'"
                " AND tbl_name = 'desk_alerts' AND sql IS NOT NULL"
            )
        )
    ]
    rebuilt = table_sql.replace(before, after).replace("desk_alerts", "desk_alerts_rebuilt", 1)
    op.execute(rebuilt)
    op.execute("INSERT INTO desk_alerts_rebuilt SELECT * FROM desk_alerts")
    op.execute("DROP TABLE desk_alerts")  # its indexes go with it
    op.execute("ALTER TABLE desk_alerts_rebuilt RENAME TO desk_alerts")
    for index_sql in indexes:
        op.execute(index_sql)


def _refuse_changes(table: str) -> None:
    """A trigger that refuses UPDATE and DELETE on `table`, as 0001 makes them."""
    message = f"{table} are append-only"
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
        return
    op.execute(
        f"CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN RAISE EXCEPTION '{message}'; END $$"
    )
    op.execute(
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()"
    )


def _allow_changes(table: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
        return
    op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {table}_append_only()")
