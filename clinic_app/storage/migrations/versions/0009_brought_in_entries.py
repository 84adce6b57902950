"""Patients' answers brought in by staff (FHIR forms, issue 21) are finished without a
kiosk signature.

0007 made a finished entry carry the kiosk's consent text and a drawn signature, which is
right for the waiting-room kiosk. A QuestionnaireResponse a patient completed on a portal
is finished too, but it was agreed to where the patient answered, and a member of staff
brings it in. `patient_entries.brought_in_by` names that person (NULL for the kiosk's own
entries), and the check becomes: finished means signed at the kiosk, or brought in by
someone. A kiosk still cannot send a finished entry unsigned: its rows have no
`brought_in_by` (the service never sets one for it).

PostgreSQL changes the column and the check in place. SQLite adds the column in place, and
changes the check by rewriting the table's stored definition, the way SQLite's own
documentation gives for loosening a CHECK (writable_schema, with the schema version moved
on so every connection reads it again): every row that met the old check meets the new
one. A rebuilt table is not an option here: patient_entries is pointed at by the desk's
checks and alerts, and dropping it inside the migration's transaction would count each of
their rows as a broken reference.

Downgrading turns brought-in finished entries into unfinished ones (as the service stored
them before this revision) and restores 0007's check.

Revision ID: 0009
Revises: 0008
Created: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "patient_entries"
CHECK = "ck_patient_entries_signed_when_finished"
SIGNED = "NOT finished OR (consent_text_id IS NOT NULL AND signature IS NOT NULL)"
SIGNED_OR_BROUGHT_IN = (
    "NOT finished OR brought_in_by IS NOT NULL"
    " OR (consent_text_id IS NOT NULL AND signature IS NOT NULL)"
)
COLUMN = "brought_in_by VARCHAR(64)"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {TABLE} ADD COLUMN {COLUMN}")
        _rewrite_sqlite_check(SIGNED, SIGNED_OR_BROUGHT_IN)
        return
    op.add_column(TABLE, sa.Column("brought_in_by", sa.String(64), nullable=True))
    op.drop_constraint(op.f(CHECK), TABLE, type_="check")
    op.create_check_constraint(op.f(CHECK), TABLE, SIGNED_OR_BROUGHT_IN)


def downgrade() -> None:
    bind = op.get_bind()
    unsigned = f"UPDATE {TABLE} SET finished = false WHERE brought_in_by IS NOT NULL"
    if bind.dialect.name == "sqlite":
        # Past the append-only triggers for this one statement, then they are put back.
        triggers = [
            row[0]
            for row in bind.execute(
                sa.text(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :name"
                ),
                {"name": TABLE},
            )
        ]
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_no_update")
        op.execute(unsigned.replace("false", "0"))
        for sql in triggers:
            if f"{TABLE}_no_update" in sql:
                op.execute(sql)
        _rewrite_sqlite_check(SIGNED_OR_BROUGHT_IN, SIGNED)
        op.execute(f"ALTER TABLE {TABLE} DROP COLUMN brought_in_by")
        return
    op.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER {TABLE}_append_only")
    op.execute(unsigned)
    op.execute(f"ALTER TABLE {TABLE} ENABLE TRIGGER {TABLE}_append_only")
    op.drop_constraint(op.f(CHECK), TABLE, type_="check")
    op.create_check_constraint(op.f(CHECK), TABLE, SIGNED)
    op.drop_column(TABLE, "brought_in_by")


def _rewrite_sqlite_check(before: str, after: str) -> None:
    """Change the check's text in patient_entries' stored definition (every stored row
    meets `after`: the upgrade loosens it, and the downgrade first unfinishes the rows the
    tighter check would refuse)."""
    bind = op.get_bind()
    table_sql = bind.execute(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": TABLE},
    ).scalar_one()
    if table_sql.count(before) != 1:
        raise RuntimeError(f"{TABLE} is not as expected: no single {before!r} in it")
    version = bind.execute(sa.text("PRAGMA schema_version")).scalar_one()
    op.execute("PRAGMA writable_schema = ON")
    bind.execute(
        sa.text("UPDATE sqlite_master SET sql = :sql WHERE type = 'table' AND name = :name"),
        {"sql": table_sql.replace(before, after), "name": TABLE},
    )
    op.execute(f"PRAGMA schema_version = {int(version) + 1}")
    op.execute("PRAGMA writable_schema = OFF")
