"""Migration 0008 (patient merges, built-in consent texts) down to 0007 and up again, on
SQLite and PostgreSQL, with records in the tables."""

from datetime import datetime

import pytest
from intake_documents import document
from sqlalchemy import text

from clinic_app.services import intakes
from clinic_app.services.actor import Actor
from clinic_app.services.patient_merges import merge_patients
from clinic_app.storage.database import SCHEMA_HEAD, Database, schema_revision
from storage.test_courses_migration import migrate_to

ADMIN = Actor(name="ada", role="admin")


def columns(database: Database, table: str) -> set[str]:
    with database.engine.connect() as connection:
        return {column["name"] for column in database.engine.dialect.get_columns(connection, table)}


def consent_rows(database: Database) -> list[tuple[object, ...]]:
    with database.reading() as session:
        return [
            tuple(row)
            for row in session.execute(
                text("SELECT language, version, created_by FROM consent_texts ORDER BY id")
            )
        ]


def test_down_to_0007_and_up_again_keeps_the_records_and_the_clinics_consent(
    database: Database, desk: Actor
) -> None:
    first = intakes.submit(database, desk, document({"patient.first_name": "Ana"}))
    second = intakes.submit(database, desk, document({"patient.first_name": "Bea"}))
    migrate_to(database, "0007")
    assert schema_revision(database) == "0007"
    assert "merged_into" not in columns(database, "patients")
    assert consent_rows(database) == []  # the built-in texts go: no entry agreed to them
    with database.engine.begin() as connection:  # the clinic's own, written as 0007's app did
        # (in SQL: today's models carry columns, such as the audit chain's, 0007 lacks)
        connection.execute(
            text(
                "INSERT INTO consent_texts (language, version, text, created_at, created_by)"
                " VALUES ('es', 1, 'Acepto.', :at, 'ada')"
            ),
            {"at": datetime(2026, 12, 1, 9, 0)},
        )

    migrate_to(database, SCHEMA_HEAD)
    assert schema_revision(database) == SCHEMA_HEAD
    # The clinic's Spanish text stays current; the others get the built-in version 1.
    assert consent_rows(database) == [
        ("es", 1, "ada"),
        ("en", 1, "built-in"),
        ("zh-Hans", 1, "built-in"),
    ]
    with database.reading() as session:
        patients = session.execute(text("SELECT id, merged_into FROM patients ORDER BY id")).all()
    assert [tuple(row) for row in patients] == [
        (first.patient.patient.id, None),
        (second.patient.patient.id, None),
    ]
    merge_patients(database, ADMIN, first.patient.patient.id, second.patient.patient.id)


def test_a_downgrade_is_refused_while_a_merge_is_on_record(database: Database, desk: Actor) -> None:
    first = intakes.submit(database, desk, document({"patient.first_name": "Ana"}))
    second = intakes.submit(database, desk, document({"patient.first_name": "Bea"}))
    merge_patients(database, ADMIN, first.patient.patient.id, second.patient.patient.id)
    with pytest.raises(RuntimeError, match="1 patient merge"):
        migrate_to(database, "0007")
    assert schema_revision(database) == SCHEMA_HEAD
