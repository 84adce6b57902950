"""Demo data: valid, assessed intakes stored as a submission stores them, the same each run."""

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clinic_app.intake import parse_intake
from clinic_app.rules.engine import assess
from clinic_app.rules.model import URGENCY_RANK
from clinic_app.services import audit, clinic_settings, intakes
from clinic_app.services.actor import Actor
from clinic_app.services.demo_data import DemoSummary, generate
from clinic_app.services.patients import name_key
from clinic_app.storage.database import Database, open_database
from clinic_app.storage.models import (
    NO_URGENCY_RANK,
    Assessment,
    Course,
    FlagRecord,
    Intake,
    Patient,
)

TODAY = date(2026, 11, 20)
PATIENTS, INTAKES = 50, 300


def _open(folder: Path, name: str = "demo") -> Database:
    return open_database(f"sqlite:///{folder / f'{name}.sqlite3'}")


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """One small demo database shared by the read-only checks (generating is the slow part)."""
    database = _open(tmp_path_factory.mktemp("demo"))
    summary = generate(database, patients=PATIENTS, intakes=INTAKES, seed=7, today=TODAY)
    yield database, summary
    database.close()


def _documents(database: Database) -> list[str]:
    with database.reading() as session:
        return list(session.scalars(select(Intake.document).order_by(Intake.id)))


def test_counts_match_the_summary_and_every_patient_has_an_intake(
    filled: tuple[Database, DemoSummary],
) -> None:
    database, summary = filled
    assert (summary.patients, summary.intakes) == (PATIENTS, INTAKES)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Patient)) == PATIENTS
        assert session.scalar(select(func.count()).select_from(Intake)) == INTAKES
        own = select(func.count()).select_from(Assessment).where(Assessment.followup_id.is_(None))
        assert session.scalar(own) == INTAKES
        with_intakes = session.scalar(select(func.count(func.distinct(Intake.patient_id))))
        assert with_intakes == PATIENTS
        # Each intake starts a course of care of its patient, on its visit date.
        courses = session.execute(
            select(Course.intake_id, Course.patient_id, Course.started_on, Course.status)
        ).all()
        visits = session.execute(select(Intake.id, Intake.patient_id, Intake.visit_date)).all()
        assert sorted(course[:3] for course in courses) == sorted(tuple(v) for v in visits)
        assert {course.status for course in courses} == {"open", "closed"}
        patients = session.scalars(select(Patient)).all()
    assert len({patient.clinic_number for patient in patients}) == PATIENTS
    for patient in patients:
        assert patient.first_key == name_key(patient.first_name)
        assert patient.last_key == name_key(patient.last_name)
        assert date(1950, 1, 1) <= patient.date_of_birth <= date(2008, 12, 31)
        assert patient.updated_by == "demo-data"


def test_every_document_is_valid_and_matches_its_patient(
    filled: tuple[Database, DemoSummary],
) -> None:
    database, _ = filled
    with database.reading() as session:
        rows = session.execute(select(Intake, Patient).join(Patient)).all()
    for intake, patient in rows:
        parsed = parse_intake(intakes.load_document(intake.document))
        assert intake.document == intakes.dump_document(intakes.load_document(intake.document))
        assert parsed.visit_date == intake.visit_date
        assert parsed.patient.clinic_number == patient.clinic_number
        assert (parsed.patient.first_name, parsed.patient.last_name) == (
            patient.first_name,
            patient.last_name,
        )
        assert parsed.patient.date_of_birth == patient.date_of_birth
        assert intake.status == "submitted"
        assert intake.version == 1
        assert intake.created_by == intake.updated_by == "demo-data"
        assert intake.submitted_at is not None


def test_stored_flags_are_what_the_rules_say_under_the_clinics_settings(
    filled: tuple[Database, DemoSummary],
) -> None:
    database, _ = filled
    settings = clinic_settings.load(database).rule_settings()
    with database.reading() as session:
        stored = session.scalars(select(Intake).order_by(Intake.id)).all()
        assessments = {
            row.intake_id: row
            for row in session.scalars(select(Assessment).where(Assessment.followup_id.is_(None)))
        }
        for intake in stored:
            expected = assess(parse_intake(intakes.load_document(intake.document)), settings)
            record = assessments[intake.id]
            assert [
                (flag.position, flag.code, flag.kind, flag.urgency, json.loads(flag.evidence))
                for flag in record.flags
            ] == [
                (position, flag.code, flag.kind, flag.urgency, list(flag.evidence))
                for position, flag in enumerate(expected.flags)
            ]
            assert record.rules_version == expected.rules_version
            assert record.referral_recommended == expected.referral_recommended
            assert json.loads(record.settings) == {
                "persistent_pain_days": settings.persistent_pain_days,
                "max_weekly_increase": settings.max_weekly_increase,
            }
            urgency = expected.highest_urgency
            assert (intake.highest_urgency, record.highest_urgency) == (urgency, urgency)
            assert intake.urgency_rank == URGENCY_RANK.get(urgency or "", NO_URGENCY_RANK)
            assert intake.review_status == (
                "unreviewed" if expected.referral_recommended else "none"
            )


def test_referrals_are_a_realistic_share_of_the_intakes(
    filled: tuple[Database, DemoSummary],
) -> None:
    database, summary = filled
    with database.reading() as session:
        statuses = Counter(session.scalars(select(Intake.review_status)))
        urgencies = Counter(session.scalars(select(Intake.highest_urgency)))
        codes = set(session.scalars(select(FlagRecord.code)))
    assert statuses["unreviewed"] == summary.referrals
    assert statuses["unreviewed"] + statuses["none"] == INTAKES
    assert 0.15 <= summary.referrals / INTAKES <= 0.45
    assert urgencies["urgent"] > 0
    assert urgencies["soon"] > urgencies["urgent"]
    assert len(codes) >= 12  # many different rules fire, not one or two


def test_visits_fall_on_working_days_of_the_last_three_years_in_id_order(
    filled: tuple[Database, DemoSummary],
) -> None:
    database, _ = filled
    with database.reading() as session:
        stored = list(session.scalars(select(Intake.visit_date).order_by(Intake.id)))
    visits = [visit for visit in stored if visit is not None]
    assert len(visits) == INTAKES
    assert visits == sorted(visits)
    assert TODAY - timedelta(days=3 * 366) <= visits[0] <= TODAY - timedelta(days=3 * 364)
    assert TODAY - timedelta(days=7) <= visits[-1] <= TODAY
    assert all(visit.weekday() != 6 for visit in visits)  # closed on Sundays


def test_one_audit_event_with_counts_and_no_patient_details(
    filled: tuple[Database, DemoSummary],
) -> None:
    database, summary = filled
    (event,) = audit.events(database, action="demo_data.generated")
    assert event.actor == "demo-data"
    assert json.loads(event.detail) == {
        "patients": summary.patients,
        "intakes": summary.intakes,
        "referrals": summary.referrals,
        "follow_ups": summary.follow_ups,
        "follow_ups_for_review": summary.follow_ups_for_review,
        "closed_courses": summary.closed_courses,
        "seed": 7,
    }


def test_the_same_seed_gives_the_same_documents_and_another_seed_others(tmp_path: Path) -> None:
    def documents(name: str, seed: int) -> list[str]:
        database = _open(tmp_path, name)
        try:
            generate(database, patients=20, intakes=60, seed=seed, today=TODAY)
            return _documents(database)
        finally:
            database.close()

    first = documents("first", 3)
    assert documents("again", 3) == first
    other = documents("other", 4)
    assert len(other) == len(first)
    assert other != first


def test_names_include_accented_ones_and_search_keys_drop_the_accents(tmp_path: Path) -> None:
    database = _open(tmp_path)
    try:
        summary = generate(database, patients=2_000, intakes=0, today=TODAY)
        with database.reading() as session:
            names = session.execute(select(Patient.first_name, Patient.first_key)).all()
            last_names = set(session.scalars(select(Patient.last_name)))
    finally:
        database.close()
    assert summary == DemoSummary(patients=2_000, intakes=0, referrals=0)
    keys = dict(names)
    assert {"Zoë", "José"} <= keys.keys()
    assert (keys["Zoë"], keys["José"]) == ("zoe", "jose")
    assert any(not name.isascii() for name in last_names)


def test_more_patients_than_intakes_registers_the_rest_without_visits(tmp_path: Path) -> None:
    database = _open(tmp_path)
    try:
        summary = generate(database, patients=30, intakes=10, today=TODAY)
        with database.reading() as session:
            patients = session.scalar(select(func.count()).select_from(Patient))
            seen = session.scalar(select(func.count(func.distinct(Intake.patient_id))))
    finally:
        database.close()
    assert (summary.patients, summary.intakes, patients, seen) == (30, 10, 30, 10)


def test_a_second_run_with_the_same_seed_adds_other_people(tmp_path: Path) -> None:
    database = _open(tmp_path)
    try:
        generate(database, patients=20, intakes=20, seed=5, today=TODAY)
        generate(database, patients=20, intakes=20, seed=5, today=TODAY)
        with database.reading() as session:
            people = session.execute(
                select(Patient.last_key, Patient.first_key, Patient.date_of_birth)
            ).all()
    finally:
        database.close()
    assert len(people) == 40
    assert len(set(people)) == 40


def test_intakes_without_patients_are_refused(tmp_path: Path) -> None:
    database = _open(tmp_path)
    try:
        with pytest.raises(ValueError, match="at least one patient"):
            generate(database, patients=0, intakes=5)
    finally:
        database.close()


def test_a_second_run_and_later_submissions_continue_after_the_ids_in_use(
    database: Database, desk: Actor
) -> None:
    """On PostgreSQL too: ids given explicitly must leave the sequences ahead of them."""
    generate(database, patients=5, intakes=12, seed=1, today=TODAY)
    generate(database, patients=5, intakes=12, seed=2, today=TODAY)
    document = intakes.load_document(_documents(database)[0])
    document["patient"]["clinic_number"] = None
    document["patient"]["last_name"] = "Newcomer"
    submitted = intakes.submit(database, desk, document)
    assert submitted.patient.created
    assert submitted.patient.patient.id == 11
    assert submitted.intake_id == 25
    with database.reading() as session:
        numbers = list(session.scalars(select(Patient.clinic_number).where(Patient.id <= 10)))
    assert len(set(numbers)) == 10
