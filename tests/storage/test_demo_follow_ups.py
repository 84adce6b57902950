"""Demo data's courses of care (issue 18 item 6): one to six follow-ups per course, in date
order after the intake, each a valid `clinic-followup/1` document stored with what the
follow-up rules say of it within its course, and courses that mostly get better."""

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from clinic_app.followups import Course, assess_follow_up, parse_follow_up, plans, progress_json
from clinic_app.intake import parse_intake
from clinic_app.services import clinic_settings, followups, intakes
from clinic_app.services.actor import Actor
from clinic_app.services.demo_data import DemoSummary, generate
from clinic_app.storage.database import Database, open_database
from clinic_app.storage.models import Assessment, Followup, Patient
from clinic_app.storage.models import Course as CourseRow
from clinic_app.storage.models import Intake as IntakeRow

TODAY = date(2026, 11, 20)  # a Friday
PATIENTS, INTAKES = 40, 200


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    path = tmp_path_factory.mktemp("demo-courses") / "demo.sqlite3"
    database = open_database(f"sqlite:///{path}")
    summary = generate(database, patients=PATIENTS, intakes=INTAKES, seed=11, today=TODAY)
    yield database, summary
    database.close()


def stored_courses(database: Database) -> list[tuple[CourseRow, IntakeRow, list[Followup]]]:
    with database.reading() as session:
        visits: dict[int, list[Followup]] = defaultdict(list)
        for row in session.scalars(select(Followup).order_by(Followup.visit_date, Followup.id)):
            visits[row.course_id].append(row)
        return [
            (course, intake, visits[course.id])
            for course, intake in session.execute(
                select(CourseRow, IntakeRow)
                .join(IntakeRow, IntakeRow.id == CourseRow.intake_id)
                .order_by(CourseRow.id)
            )
        ]


def test_each_course_has_one_to_six_follow_ups_in_date_order_after_its_intake(
    filled: tuple[Database, DemoSummary],
) -> None:
    database, summary = filled
    courses = stored_courses(database)
    assert len(courses) == INTAKES
    assert summary.follow_ups == sum(len(visits) for _, _, visits in courses)
    sizes = Counter(len(visits) for course, _, visits in courses if course.started_on != TODAY)
    assert set(sizes) <= set(range(1, 7))
    assert {1, 2, 3, 4} <= set(sizes)  # a spread, not one size for all
    for course, intake, visits in courses:
        if course.started_on == TODAY:
            assert visits == []  # a visit of today has no follow-up yet: no invented future
            continue
        dates = [visit.visit_date for visit in visits if visit.visit_date is not None]
        assert len(dates) == len(visits)
        assert dates == sorted(set(dates))
        assert intake.visit_date is not None
        assert all(intake.visit_date < day <= TODAY for day in dates)
        assert all(day.weekday() != 6 for day in dates)  # the clinic is closed on Sundays


def test_every_follow_up_is_valid_and_stored_as_the_rules_assess_it_in_its_course(
    filled: tuple[Database, DemoSummary],
) -> None:
    database, _ = filled
    settings = clinic_settings.load(database).rule_settings()
    with database.reading() as session:
        stored = {
            row.followup_id: row
            for row in session.scalars(
                select(Assessment).where(Assessment.followup_id.is_not(None))
            )
        }
        patients = {row.id: row for row in session.scalars(select(Patient))}
        for course_row, intake_row, visits in stored_courses(database):
            intake = parse_intake(intakes.load_document(intake_row.document))
            documents = [parse_follow_up(intakes.load_document(v.document)) for v in visits]
            course = Course(intake, documents)
            planned = plans(course, settings)
            for index, (row, follow_up) in enumerate(zip(visits, documents, strict=True)):
                expected = assess_follow_up(course.up_to(index), follow_up, settings)
                record = stored[row.id]
                assert record.intake_id == intake_row.id
                assert [f.code for f in record.flags] == [f.code for f in expected.flags]
                assert record.referral_recommended == expected.referral_recommended
                assert row.highest_urgency == expected.highest_urgency
                assert row.review_status == (
                    "unreviewed" if expected.referral_recommended else "none"
                )
                assert row.stage == planned[index].stage
                assert (row.status, row.version, row.created_by) == ("submitted", 1, "demo-data")
                assert follow_up.course_started == course_row.started_on
                patient = patients[course_row.patient_id]
                assert follow_up.patient.clinic_number == patient.clinic_number
                assert row.document == intakes.dump_document(intakes.load_document(row.document))


def test_courses_are_believable_mostly_better_some_worse_a_few_closed(
    filled: tuple[Database, DemoSummary],
) -> None:
    database, summary = filled
    better = worse = 0
    stages: Counter[int | None] = Counter()
    flags: Counter[str] = Counter()
    closed = []
    for course, intake, visits in stored_courses(database):
        stages.update(visit.stage for visit in visits)
        if course.status == "closed":
            closed.append((course, visits))
        if not visits:
            continue
        first = intakes.load_document(intake.document)["symptoms"]["pain_now"]
        last = intakes.load_document(visits[-1].document)["symptoms"]["pain_now"]
        better += last < first
        worse += last > first
    with database.reading() as session:
        for assessment in session.scalars(
            select(Assessment).where(Assessment.followup_id.is_not(None))
        ):
            flags.update(flag.code for flag in assessment.flags)
    with_visits = sum(1 for course, _, visits in stored_courses(database) if visits)
    assert better > with_visits / 2
    assert worse > 0
    assert {1, 2, 6, None} <= set(stages)  # the way back to running, stage by stage
    assert max(stage for stage in stages if stage is not None) >= 3
    assert flags["worse_since_last_visit"] > 0
    assert 0 < summary.closed_courses == len(closed) < INTAKES / 2
    for course, visits in closed:
        assert visits, "a closed course had follow-ups first"
        assert course.close_reason
        assert course.closed_by == "demo-data"
        assert course.closed_at is not None
        last = visits[-1].visit_date
        assert last is not None
        assert course.closed_at.date() == last


def test_the_same_seed_gives_the_same_follow_ups(tmp_path: Path) -> None:
    def documents(name: str, seed: int) -> list[str]:
        database = open_database(f"sqlite:///{tmp_path / f'{name}.sqlite3'}")
        try:
            generate(database, patients=10, intakes=30, seed=seed, today=TODAY)
            with database.reading() as session:
                return list(session.scalars(select(Followup.document).order_by(Followup.id)))
        finally:
            database.close()

    first = documents("first", 3)
    assert first
    assert documents("again", 3) == first
    assert documents("other", 4) != first


def test_progress_of_a_demo_patient_and_later_follow_ups_on_both_databases(
    database: Database, desk: Actor
) -> None:
    """progress_for_patient reads a demo course as it reads a submitted one; ids given by
    the demo leave PostgreSQL's sequences ahead, so a follow-up submitted after gets the
    next id."""
    summary = generate(database, patients=6, intakes=12, seed=2, today=TODAY)
    sizes = Counter(len(visits) for _, _, visits in stored_courses(database))
    assert set(sizes) <= set(range(1, 7))  # no course of this run began on TODAY
    assert summary.follow_ups == sum(size * count for size, count in sizes.items())
    settings = clinic_settings.load(database).rule_settings()
    with database.reading() as session:
        patients = session.scalars(select(Patient).order_by(Patient.id)).all()
    shown = 0
    for patient in patients:
        assert patient.clinic_number is not None
        course_id = followups.newest_course_id(database, patient.clinic_number)
        course = followups.course_of(database, course_id)
        if not course.follow_ups:
            continue
        found = followups.progress_for_patient(database, patient.clinic_number)
        assert found == {
            **progress_json(course, settings),
            "return_to_run": plans(course, settings)[-1].to_json(),
        }
        assert found["course"]["visits"] == len(course.visits) > 1
        shown += 1
    assert shown > 0

    with database.reading() as session:
        open_one = session.scalars(
            select(CourseRow.id)
            .where(CourseRow.status == "open", CourseRow.started_on < TODAY)
            .order_by(CourseRow.id)
            .limit(1)
        ).one()
        highest = session.scalar(select(Followup.id).order_by(Followup.id.desc()).limit(1))
    document = dict(followups.follow_ups_in(database, open_one)[-1].document)
    document["visit_date"] = "2026-11-21"
    submitted = followups.submit_follow_up(database, desk, document, course_id=open_one)
    assert submitted.followup_id == (highest or 0) + 1
