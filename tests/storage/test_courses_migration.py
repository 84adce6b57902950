"""Migration 0004 (courses of care and follow-up visits), on SQLite and PostgreSQL.

Upgrading a clinic's database gives every intake submitted so far a course of its own,
open, and leaves drafts without one; the columns added for follow-ups leave every record
as it was, and decisions and handouts stay append-only through the upgrade and back.
"""

from datetime import date

import pytest
from alembic import command
from intake_documents import document
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from clinic_app.services import handouts, intakes, reviews
from clinic_app.services import users as accounts
from clinic_app.services.actor import Actor
from clinic_app.storage import migrate
from clinic_app.storage.database import SCHEMA_HEAD, Database, schema_revision
from clinic_app.storage.models import Course, Intake

ADMIN = Actor(name="admin", role="admin")
URGENT: dict[str, object] = {"symptoms.weight_bearing": "unable"}


def migrate_to(database: Database, revision: str) -> None:
    config = migrate._config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        if revision == SCHEMA_HEAD:
            command.upgrade(config, revision)
        else:
            command.downgrade(config, revision)


def clinic_records(database: Database, desk: Actor) -> tuple[list[int], int]:
    """Two submitted intakes (one decided, with a handout) and a draft, as 0003 kept them."""
    account = accounts.create_user(
        database,
        ADMIN,
        username="dr-lee",
        display_name="Dr Lee",
        role="clinician",
        password="correct horse battery",
    )
    first = intakes.submit(
        database, desk, document({**URGENT, "visit_date": "2026-11-02"})
    ).intake_id
    second = intakes.submit(
        database,
        desk,
        document({"patient.first_name": "Ines", "visit_date": "2026-11-20"}),
    ).intake_id
    reviews.record_decision(
        database, account.actor(), first, decision="not_needed", reason="seen at the desk"
    )
    handouts.record_handout(database, desk, first, b"%PDF-1.4 sheet", kind="care_sheet", paper="a4")
    draft = intakes.save_draft(database, desk, document({"patient.first_name": "Dora"}))
    return [first, second], draft.intake_id


def refuses_changes(database: Database) -> None:
    for statement in (
        "UPDATE reviews SET reason = 'rewritten'",
        "DELETE FROM reviews",
        "UPDATE handouts SET paper = 'letter'",
        "DELETE FROM handouts",
    ):
        with pytest.raises(DBAPIError, match="append-only"), database.writing() as session:
            session.execute(text(statement))


def test_an_upgrade_starts_a_course_for_every_submitted_intake(
    database: Database, desk: Actor
) -> None:
    submitted, draft = clinic_records(database, desk)
    migrate_to(database, "0003")
    assert schema_revision(database) == "0003"
    refuses_changes(database)

    migrate_to(database, SCHEMA_HEAD)
    assert schema_revision(database) == SCHEMA_HEAD
    with database.reading() as session:
        courses = session.scalars(select(Course).order_by(Course.id)).all()
        patients = {
            intake.id: intake.patient_id
            for intake in session.scalars(select(Intake).where(Intake.id.in_(submitted)))
        }
        kept = session.execute(text("SELECT count(*), count(followup_id) FROM reviews")).one()
    assert [course.intake_id for course in courses] == submitted  # not the draft
    assert draft not in [course.intake_id for course in courses]
    assert [course.started_on for course in courses] == [date(2026, 11, 2), date(2026, 11, 20)]
    assert [course.patient_id for course in courses] == [patients[i] for i in submitted]
    assert {course.status for course in courses} == {"open"}
    assert {course.close_reason for course in courses} == {""}
    assert tuple(kept) == (1, 0)
    assert [d.reason for d in reviews.decisions_of(database, submitted[0])] == ["seen at the desk"]
    refuses_changes(database)


def test_each_intake_submitted_starts_an_open_course_of_its_patient(
    database: Database, desk: Actor
) -> None:
    draft = intakes.save_draft(database, desk, document({"visit_date": "2026-11-05"}))
    submitted = intakes.submit(
        database,
        desk,
        document({"visit_date": "2026-11-05"}),
        draft_id=draft.intake_id,
        draft_version=draft.version,
    )
    another = intakes.submit(database, desk, document({"visit_date": "2026-11-25"}))
    with database.reading() as session:
        courses = session.execute(
            select(Course.intake_id, Course.patient_id, Course.started_on, Course.status)
        ).all()
    patient = submitted.patient.patient.id
    assert sorted(tuple(course) for course in courses) == [
        (submitted.intake_id, patient, date(2026, 11, 5), "open"),
        (another.intake_id, another.patient.patient.id, date(2026, 11, 25), "open"),
    ]
    assert another.patient.patient.id == patient  # the same runner's second problem


def test_a_downgrade_keeps_the_records_and_their_protection(
    database: Database, desk: Actor
) -> None:
    submitted, _ = clinic_records(database, desk)
    migrate_to(database, "0003")
    with database.engine.connect() as connection:
        tables = set(
            connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table'")
                if database.engine.dialect.name == "sqlite"
                else text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars()
        )
        counts = connection.execute(
            text("SELECT (SELECT count(*) FROM reviews), (SELECT count(*) FROM handouts)")
        ).one()
    assert not tables & {"courses", "followups"}
    assert tuple(counts) == (1, 1)
    refuses_changes(database)
    assert len(submitted) == 2
