"""Migration 0007 (patients' own entries) down and up again, on SQLite and PostgreSQL, with
records in the tables: the desk's alerts come through, desk_alerts.intake_id is nullable
only while 0007 is in, and the new tables are append-only after the upgrade."""

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from clinic_app.services import intakes
from clinic_app.services.actor import Actor
from clinic_app.storage import migrate
from clinic_app.storage.database import SCHEMA_HEAD, Database, schema_revision
from storage.patient_entry_helpers import finished_entry, patients_answers
from storage.test_courses_migration import migrate_to

PALE: dict[str, object] = {"symptoms.foot_colour": "pale"}
BEFORE = str(ScriptDirectory.from_config(migrate._config()).get_revision("0007").down_revision)
"""The revision 0007 follows (the lead rechains it at merge; the test follows along)."""


def alert_rows(database: Database) -> list[tuple[object, ...]]:
    with database.reading() as session:
        return [
            tuple(row)
            for row in session.execute(
                text(
                    "SELECT id, intake_id, followup_id, urgency, rule_ids, raised_at, raised_by,"
                    " acknowledged_at, acknowledged_by FROM desk_alerts ORDER BY id"
                )
            )
        ]


def desk_alerts_definition(database: Database) -> object:
    """desk_alerts as the database holds it: SQLite's stored SQL and its indexes, or
    PostgreSQL's columns with their NOT NULL."""
    with database.engine.connect() as connection:
        if database.is_sqlite:
            query = "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'desk_alerts'"
        else:
            query = (
                "SELECT column_name, is_nullable FROM information_schema.columns"
                " WHERE table_name = 'desk_alerts'"
            )
        return sorted(tuple(row) for row in connection.execute(text(query)))


def tables(database: Database) -> set[str]:
    with database.engine.connect() as connection:
        return set(database.engine.dialect.get_table_names(connection))


def test_down_below_0007_and_up_again_keeps_the_desks_alerts(
    database: Database, desk: Actor
) -> None:
    at_head = desk_alerts_definition(database)
    intakes.submit(database, desk, patients_answers(PALE))
    finished_entry(database, PALE)  # its alert names the entry, not an intake
    [intake_alert, entry_alert] = alert_rows(database)
    assert (intake_alert[1] is not None, entry_alert[1]) == (True, None)

    migrate_to(database, BEFORE)
    assert schema_revision(database) == BEFORE
    assert alert_rows(database) == [intake_alert]  # the entry's went with its table
    assert not {"patient_entries", "patient_entry_checks", "consent_texts", "kiosk_pin"} & (
        tables(database)
    )
    with pytest.raises(IntegrityError), database.writing() as session:
        session.execute(
            text(
                "INSERT INTO desk_alerts (urgency, rule_ids, raised_at, raised_by)"
                " VALUES ('urgent', 'x', CURRENT_TIMESTAMP, 'desk')"
            )
        )

    migrate_to(database, SCHEMA_HEAD)
    assert schema_revision(database) == SCHEMA_HEAD
    assert alert_rows(database) == [intake_alert]
    assert desk_alerts_definition(database) == at_head  # as a fresh database has it
    entry_id = finished_entry(database).entry_id
    for statement in (
        f"UPDATE patient_entries SET finished = false WHERE id = {entry_id}",
        "DELETE FROM consent_texts",
    ):
        with pytest.raises(DBAPIError, match="append-only"), database.writing() as session:
            session.execute(text(statement))


def test_the_kiosk_pin_row_is_made_by_the_upgrade(database: Database) -> None:
    with database.reading() as session:
        assert session.execute(text("SELECT id, pin_hash FROM kiosk_pin")).all() == [(1, None)]
