"""Migration 0009 (finished entries brought in by staff need no kiosk signature) down and
up again with entries in the table, on SQLite and PostgreSQL: a brought-in finished entry
becomes unfinished below 0009 (what the older schema allowed), a kiosk entry is kept as it
was, and after the upgrade the database again refuses a finished, unsigned entry nobody
brought in, while the append-only triggers still hold."""

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from clinic_app.services import patient_entries
from clinic_app.services.actor import Actor
from clinic_app.storage.database import SCHEMA_HEAD, Database, schema_revision
from storage.patient_entry_helpers import STARTED, finished_entry, patients_answers
from storage.test_courses_migration import migrate_to


def finished_flags(database: Database) -> list[tuple[int, bool]]:
    with database.reading() as session:
        rows = session.execute(text("SELECT id, finished FROM patient_entries ORDER BY id"))
        return [(int(row[0]), bool(row[1])) for row in rows]


def test_down_to_0008_and_up_again(database: Database) -> None:
    kiosk = finished_entry(database).entry_id
    brought = patient_entries.add_entry(
        database,
        source="fhir",
        language="en",
        document=patients_answers(),
        finished=True,
        started_at=STARTED,
        received_by=Actor("Dana Desk", "front_desk"),
    ).entry_id
    assert finished_flags(database) == [(kiosk, True), (brought, True)]

    migrate_to(database, "0008")
    assert schema_revision(database) == "0008"
    assert finished_flags(database) == [(kiosk, True), (brought, False)]

    migrate_to(database, SCHEMA_HEAD)
    assert schema_revision(database) == SCHEMA_HEAD
    assert finished_flags(database) == [(kiosk, True), (brought, False)]
    insert = (
        "INSERT INTO patient_entries (source, language, document, finished, started_at,"
        " received_at, brought_in_by) VALUES ('Waiting room', 'en', '{}', :finished,"
        " :at, :at, :by)"
    )
    with pytest.raises(IntegrityError), database.writing() as session:
        session.execute(text(insert), {"finished": True, "at": STARTED, "by": None})
    with database.writing() as session:
        session.execute(text(insert), {"finished": True, "at": STARTED, "by": "Dana Desk"})
    with pytest.raises(DBAPIError, match="append-only"), database.writing() as session:
        session.execute(text("UPDATE patient_entries SET finished = :no"), {"no": False})
    with pytest.raises(DBAPIError, match="append-only"), database.writing() as session:
        session.execute(text("DELETE FROM patient_entries"))
