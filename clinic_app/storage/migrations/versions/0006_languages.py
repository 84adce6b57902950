"""Languages (languages.md, issue 19): the patient's, and the clinic's two settings.

`patients.language` is the language the patient reads best, as the desk last recorded it
on an intake (`patient.language`); null means not asked, and their sheets are then in the
clinic's default patient language. Every patient on record before this migration is null:
nobody had been asked.

`clinic_settings.default_patient_language` (the patient's sheets when the patient's own is
not known) and `clinic_settings.letter_language` (the referral letter and the clinician's
part of the progress report) are "en" on every upgraded database, which is what those
printouts were in before.

No CHECK lists the known tags: adding a language would then need a migration that, on
SQLite, rebuilds `patients`, which every intake and course refers to. The services accept
only the tags of clinic_app/languages.py, and a printout passes over any other.

The columns are added and dropped in place (ALTER TABLE, SQLite 3.35+ for DROP COLUMN), not
by rebuilding the tables: `patients` is referred to by intakes and courses, and a rebuild
would drop and recreate the table those references point at.

Revision ID: 0006
Revises: 0005
Created: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TAG_LENGTH = 12
"""Room for any BCP 47 tag the app may come to know ("zh-Hans", "pt-BR", "sr-Latn")."""

SETTINGS = ("default_patient_language", "letter_language")


def upgrade() -> None:
    op.add_column("patients", sa.Column("language", sa.String(length=TAG_LENGTH), nullable=True))
    for name in SETTINGS:
        op.add_column(
            "clinic_settings",
            sa.Column(name, sa.String(length=TAG_LENGTH), nullable=False, server_default="en"),
        )


def downgrade() -> None:
    for name in reversed(SETTINGS):
        op.execute(f"ALTER TABLE clinic_settings DROP COLUMN {name}")
    op.execute("ALTER TABLE patients DROP COLUMN language")
