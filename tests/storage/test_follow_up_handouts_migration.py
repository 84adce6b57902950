"""Migration 0005 (a follow-up's sheet and progress report as handouts; its desk alerts),
on SQLite and PostgreSQL, with records in the tables.

On SQLite the handouts table is rebuilt to change its CHECK, which drops its triggers:
these tests hold that every handout comes through byte for byte and that the table is
still append-only after the upgrade and after the downgrade.
"""

import pytest
from follow_up_documents import follow_up_document
from intake_documents import document
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from clinic_app.services import followups, handouts, intakes
from clinic_app.services.actor import Actor
from clinic_app.storage.database import SCHEMA_HEAD, Database, schema_revision
from storage.test_courses_migration import migrate_to

PATIENT: dict[str, object] = {"patient.first_name": "Maya", "patient.clinic_number": "P-1"}
SQLITE_TRIGGERS = {
    "handouts_no_update": "CREATE TRIGGER handouts_no_update BEFORE UPDATE ON handouts "
    "BEGIN SELECT RAISE(ABORT, 'handouts are append-only'); END",
    "handouts_no_delete": "CREATE TRIGGER handouts_no_delete BEFORE DELETE ON handouts "
    "BEGIN SELECT RAISE(ABORT, 'handouts are append-only'); END",
}
"""0001's triggers, word for word: the rebuild must make exactly these again."""


def visit_with_handouts(database: Database, desk: Actor) -> tuple[int, int]:
    """An intake with a care sheet, and a follow-up with a care sheet of its own (what 0004
    could hold); returns (intake id, follow-up id)."""
    intake = intakes.submit(database, desk, document(PATIENT)).intake_id
    follow_up = followups.submit_follow_up(database, desk, follow_up_document(PATIENT)).followup_id
    handouts.record_handout(
        database, desk, intake, b"%PDF-1.4 first", kind="care_sheet", paper="a4"
    )
    handouts.record_handout(
        database,
        desk,
        intake,
        b"%PDF-1.4 second",
        kind="referral_letter",
        paper="letter",
        followup_id=follow_up,
    )
    return intake, follow_up


def handout_rows(database: Database) -> list[tuple[object, ...]]:
    with database.reading() as session:
        return [
            tuple(row)
            for row in session.execute(
                text(
                    "SELECT id, intake_id, followup_id, kind, paper, language, large_print,"
                    " created_by, created_at, pdf, sha256 FROM handouts ORDER BY id"
                )
            )
        ]


def refuses_changes(database: Database) -> None:
    for statement in ("UPDATE handouts SET paper = 'a4'", "DELETE FROM handouts"):
        with pytest.raises(DBAPIError, match="append-only"), database.writing() as session:
            session.execute(text(statement))


def triggers(database: Database) -> dict[str, str]:
    with database.engine.connect() as connection:
        if database.is_sqlite:
            found = connection.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            )
        else:
            found = connection.execute(
                text(
                    "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger"
                    " WHERE tgrelid = 'handouts'::regclass AND NOT tgisinternal"
                )
            )
        return {name: sql for name, sql in found if name.startswith("handouts")}


def add_kind(database: Database, intake_id: int, followup_id: int, kind: str) -> None:
    with database.writing() as session:
        session.execute(
            text(
                "INSERT INTO handouts (intake_id, followup_id, kind, paper, language,"
                " large_print, created_by, created_at, pdf, sha256) VALUES (:intake,"
                " :followup, :kind, 'a4', 'en', false, 'desk', CURRENT_TIMESTAMP,"
                " :pdf, 'x')"
            ),
            {"intake": intake_id, "followup": followup_id, "kind": kind, "pdf": b"%PDF-1.4"},
        )


def test_an_upgrade_keeps_every_handout_and_the_table_append_only(
    database: Database, desk: Actor
) -> None:
    # The visit is written through the services, which know only the newest schema, and
    # then taken back to 0004, where the new kinds are refused.
    intake, follow_up = visit_with_handouts(database, desk)
    migrate_to(database, "0004")
    before, protection = handout_rows(database), triggers(database)
    with pytest.raises(IntegrityError):
        add_kind(database, intake, follow_up, "followup_sheet")

    migrate_to(database, SCHEMA_HEAD)
    assert schema_revision(database) == SCHEMA_HEAD
    assert handout_rows(database) == before
    assert triggers(database) == protection
    if database.is_sqlite:
        assert protection == SQLITE_TRIGGERS
    refuses_changes(database)
    for kind in ("followup_sheet", "progress_report"):
        add_kind(database, intake, follow_up, kind)
    with pytest.raises(IntegrityError):
        add_kind(database, intake, follow_up, "postcard")
    refuses_changes(database)


def test_a_downgrade_keeps_the_handouts_and_their_protection(
    database: Database, desk: Actor
) -> None:
    intake, follow_up = visit_with_handouts(database, desk)
    before, protection = handout_rows(database), triggers(database)
    migrate_to(database, "0004")
    assert schema_revision(database) == "0004"
    assert handout_rows(database) == before
    assert triggers(database) == protection
    refuses_changes(database)
    with pytest.raises(IntegrityError):
        add_kind(database, intake, follow_up, "progress_report")
    with database.engine.connect() as connection:
        columns = (
            connection.execute(text("SELECT name FROM pragma_table_info('desk_alerts')"))
            if database.is_sqlite
            else connection.execute(
                text(
                    "SELECT column_name FROM information_schema.columns"
                    " WHERE table_name = 'desk_alerts'"
                )
            )
        )
        assert "followup_id" not in set(columns.scalars())


def test_a_downgrade_is_refused_while_a_follow_up_sheet_is_on_record(
    database: Database, desk: Actor
) -> None:
    intake, follow_up = visit_with_handouts(database, desk)
    add_kind(database, intake, follow_up, "followup_sheet")
    before = handout_rows(database)
    with pytest.raises(RuntimeError, match=r"1 follow-up sheet.* handouts are kept for good"):
        migrate_to(database, "0004")
    assert schema_revision(database) == SCHEMA_HEAD
    assert handout_rows(database) == before
    refuses_changes(database)
