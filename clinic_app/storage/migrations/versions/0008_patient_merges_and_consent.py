"""Duplicate patients merged (issue 20), and a built-in consent text for every kiosk.

`patient_merges` is the record of each merge: which patient survived, which was merged
away, both identities exactly as they stood at that moment (JSON: number, names, birth
date), who merged them and when. It is append-only, refused in the database itself as
0001's tables are: a merge is never undone by editing the record of it.

Only two tables name a patient: `intakes.patient_id` and `courses.patient_id`. Everything
else of a patient's (assessments, decisions, handouts, desk alerts, follow-ups, the desk's
checks of their own entries) points at an intake, a follow-up or a course, so it moves
with them, and the append-only tables keep their triggers exactly as they were. A merge
re-points intakes and courses, so those two tables gain a guard: a row's patient may
change from one patient to another only when a `patient_merges` row records exactly that
pair (merged away -> survivor). A draft's first patient (NULL -> someone, at submission)
is not a change of patient and stays allowed.

`patients.merged_into` marks a merged-away patient (the row stays: old printouts and the
trail name it); search and the patient list pass over it. A guard of its own lets it be
set only with the `patient_merges` row for that pair, and never changed or cleared after.
The column is added and dropped in place, as 0006 did (patients is referred to by
intakes and courses; a rebuild would drop the table they point at).

`consent_texts` gets version 1 in English, Spanish and Simplified Chinese, written by
"built-in", so a kiosk on a new database shows a consent text with no set-up; a clinic
publishes its own as version 2 and on. Downgrading removes the built-in rows only when no
entry agreed to them (an entry's consent must stay readable); otherwise they stay.

Revision ID: 0008
Revises: 0007
Created: 2026-12-04
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BUILT_IN = "built-in"
"""`created_by` of the consent texts this migration writes."""

BUILT_IN_CONSENT: dict[str, str] = {
    "en": (
        "Before you start\n\n"
        "The answers you give here are kept with your record at this clinic.\n"
        "A clinician reads them before your visit, to help plan your care.\n"
        "Only the clinic's staff can see them.\n"
        "If anything is unclear, please ask at the front desk.\n\n"
        "By ticking the box and signing, you agree that the clinic keeps these answers."
    ),
    "es": (
        "Antes de empezar\n\n"
        "Las respuestas que dé aquí se guardan en su historial de esta clínica.\n"
        "Un profesional las lee antes de su visita para planear su atención.\n"
        "Solo el personal de la clínica puede verlas.\n"
        "Si tiene alguna duda, pregunte en la recepción.\n\n"
        "Al marcar la casilla y firmar, acepta que la clínica guarde estas respuestas."
    ),
    "zh-Hans": (
        "开始之前\n\n"
        "您在这里填写的回答会保存在您的诊所病历中。\n"
        "就诊前，治疗师会阅读这些回答，以便安排您的治疗。\n"
        "只有诊所的工作人员可以看到这些回答。\n"
        "如有任何疑问，请到前台询问。\n\n"
        "勾选方框并签名，即表示您同意诊所保存这些回答。"
    ),
}

MOVES_BY_MERGE = ("intakes", "courses")
"""The tables that name a patient, whose patient changes only by a recorded merge."""
MERGES_APPEND_ONLY = "patient_merges are append-only"


def _moved_message(table: str) -> str:
    return f"{table}: a record moves to another patient only by a recorded merge"


MERGED_MESSAGE = "patients: merged_into is set only by a recorded merge, and never changed"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "patient_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survivor_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("survivor_identity", sa.Text(), nullable=False),
        sa.Column("merged_identity", sa.Text(), nullable=False),
        sa.Column("merged_by", sa.String(length=200), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("survivor_id <> merged_id", name=op.f("ck_patient_merges_two_patients")),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["patients.id"], name=op.f("fk_patient_merges_merged_id_patients")
        ),
        sa.ForeignKeyConstraint(
            ["survivor_id"], ["patients.id"], name=op.f("fk_patient_merges_survivor_id_patients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patient_merges")),
        sa.UniqueConstraint("merged_id", name=op.f("uq_patient_merges_merged_id")),
    )
    op.create_index(
        op.f("ix_patient_merges_survivor_id"), "patient_merges", ["survivor_id"], unique=False
    )
    if sqlite:  # in place: a rebuild of patients would drop what intakes and courses name
        op.execute(
            "ALTER TABLE patients ADD COLUMN merged_into INTEGER"
            " CONSTRAINT fk_patients_merged_into_patients REFERENCES patients (id)"
        )
    else:
        op.add_column(
            "patients",
            sa.Column(
                "merged_into",
                sa.Integer(),
                sa.ForeignKey("patients.id", name=op.f("fk_patients_merged_into_patients")),
                nullable=True,
            ),
        )
    _refuse_merge_changes(sqlite)
    for table in MOVES_BY_MERGE:
        _guard_patient_moves(table, sqlite)
    _guard_merged_into(sqlite)
    _seed_consent()


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    bind = op.get_bind()
    merged = bind.execute(sa.text("SELECT count(*) FROM patient_merges")).scalar_one()
    if merged:
        raise RuntimeError(
            f"cannot downgrade below 0008: {merged} patient merge(s) are on record, and the "
            "older schema cannot tell a merged-away patient from any other; restore a "
            "backup taken before the upgrade instead"
        )
    _drop_guard("patients", "merged_into", sqlite)
    for table in reversed(MOVES_BY_MERGE):
        _drop_guard(table, "moves_by_merge", sqlite)
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS patient_merges_no_update")
        op.execute("DROP TRIGGER IF EXISTS patient_merges_no_delete")
        op.execute("ALTER TABLE patients DROP COLUMN merged_into")
    else:
        op.execute("DROP TRIGGER IF EXISTS patient_merges_append_only ON patient_merges")
        op.execute("DROP FUNCTION IF EXISTS patient_merges_append_only()")
        op.drop_column("patients", "merged_into")
    op.drop_index(op.f("ix_patient_merges_survivor_id"), table_name="patient_merges")
    op.drop_table("patient_merges")
    _unseed_consent(sqlite)


def _refuse_merge_changes(sqlite: bool) -> None:
    """patient_merges refuses UPDATE and DELETE, as 0001's append-only tables do."""
    if sqlite:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER patient_merges_no_{verb.lower()} BEFORE {verb}"
                f" ON patient_merges BEGIN SELECT RAISE(ABORT, '{MERGES_APPEND_ONLY}'); END"
            )
        return
    op.execute(
        "CREATE FUNCTION patient_merges_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN RAISE EXCEPTION '{MERGES_APPEND_ONLY}'; END $$"
    )
    op.execute(
        "CREATE TRIGGER patient_merges_append_only BEFORE UPDATE OR DELETE ON patient_merges"
        " FOR EACH ROW EXECUTE FUNCTION patient_merges_append_only()"
    )


def _guard_patient_moves(table: str, sqlite: bool) -> None:
    """`table`.patient_id changes from one patient to another only with the merge on record."""
    recorded = (
        "EXISTS (SELECT 1 FROM patient_merges"
        " WHERE merged_id = OLD.patient_id AND survivor_id = NEW.patient_id)"
    )
    message = _moved_message(table)
    if sqlite:
        op.execute(
            f"CREATE TRIGGER {table}_moves_by_merge BEFORE UPDATE OF patient_id ON {table}"
            " WHEN OLD.patient_id IS NOT NULL AND NEW.patient_id IS NOT OLD.patient_id"
            f" AND NOT {recorded}"
            f" BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )
        return
    op.execute(
        f"CREATE FUNCTION {table}_moves_by_merge() RETURNS trigger LANGUAGE plpgsql AS $$"
        f" BEGIN IF NOT {recorded} THEN RAISE EXCEPTION '{message}'; END IF;"
        " RETURN NEW; END $$"
    )
    op.execute(
        f"CREATE TRIGGER {table}_moves_by_merge BEFORE UPDATE ON {table} FOR EACH ROW"
        " WHEN (OLD.patient_id IS NOT NULL AND NEW.patient_id IS DISTINCT FROM OLD.patient_id)"
        f" EXECUTE FUNCTION {table}_moves_by_merge()"
    )


def _guard_merged_into(sqlite: bool) -> None:
    """patients.merged_into: set once, with its merge on record; never changed or cleared."""
    refused = (
        "OLD.merged_into IS NOT NULL OR NOT EXISTS (SELECT 1 FROM patient_merges"
        " WHERE merged_id = OLD.id AND survivor_id = NEW.merged_into)"
    )
    if sqlite:
        op.execute(
            "CREATE TRIGGER patients_merged_into BEFORE UPDATE OF merged_into ON patients"
            f" WHEN NEW.merged_into IS NOT OLD.merged_into AND ({refused})"
            f" BEGIN SELECT RAISE(ABORT, '{MERGED_MESSAGE}'); END"
        )
        return
    op.execute(
        "CREATE FUNCTION patients_merged_into() RETURNS trigger LANGUAGE plpgsql AS $$"
        f" BEGIN IF {refused} THEN RAISE EXCEPTION '{MERGED_MESSAGE}'; END IF;"
        " RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER patients_merged_into BEFORE UPDATE ON patients FOR EACH ROW"
        " WHEN (NEW.merged_into IS DISTINCT FROM OLD.merged_into)"
        " EXECUTE FUNCTION patients_merged_into()"
    )


def _drop_guard(table: str, name: str, sqlite: bool) -> None:
    trigger = f"{table}_{name}"
    if sqlite:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        return
    op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {trigger}()")


def _seed_consent() -> None:
    """Version 1 of each language the clinic has not written itself yet."""
    bind = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None)  # stored as UTC without a zone
    for language, words in BUILT_IN_CONSENT.items():
        taken = bind.execute(
            sa.text("SELECT count(*) FROM consent_texts WHERE language = :language"),
            {"language": language},
        ).scalar_one()
        if taken:  # the clinic published its own before upgrading: theirs stays current
            continue
        bind.execute(
            sa.text(
                "INSERT INTO consent_texts (language, version, text, created_at, created_by)"
                " VALUES (:language, 1, :text, :at, :by)"
            ),
            {"language": language, "text": words, "at": now, "by": BUILT_IN},
        )


def _unseed_consent(sqlite: bool) -> None:
    """The built-in texts go when nothing refers to them (consent_texts is append-only, so
    its trigger is lifted for this one DELETE and put back as 0007 made it)."""
    bind = op.get_bind()
    used = bind.execute(
        sa.text(
            "SELECT count(*) FROM patient_entries e JOIN consent_texts c"
            " ON c.id = e.consent_text_id WHERE c.created_by = :by AND c.version = 1"
        ),
        {"by": BUILT_IN},
    ).scalar_one()
    if used:
        return
    message = "consent_texts are append-only"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS consent_texts_no_delete")
        bind.execute(
            sa.text("DELETE FROM consent_texts WHERE created_by = :by AND version = 1"),
            {"by": BUILT_IN},
        )
        op.execute(
            "CREATE TRIGGER consent_texts_no_delete BEFORE DELETE ON consent_texts "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )
        return
    op.execute("ALTER TABLE consent_texts DISABLE TRIGGER consent_texts_append_only")
    bind.execute(
        sa.text("DELETE FROM consent_texts WHERE created_by = :by AND version = 1"),
        {"by": BUILT_IN},
    )
    op.execute("ALTER TABLE consent_texts ENABLE TRIGGER consent_texts_append_only")
