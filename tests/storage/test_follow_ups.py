"""Courses of care and follow-up visits on record (follow-ups.md), on both databases:
which course a follow-up goes in, what is refused (and that nothing is then stored),
the stage resting on the stored earlier stage, closing a course, and progress through
storage equal to the pure `progress_json` of the same documents."""

import io
import json
from typing import Any

import pypdf
import pytest
from follow_up_documents import follow_up_document
from intake_documents import document
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError

from clinic_app.followups import Course, FollowUpInvalid, parse_follow_up, plans, progress_json
from clinic_app.intake import parse_intake
from clinic_app.services import followups, handouts, intakes, reviews
from clinic_app.services.actor import Actor
from clinic_app.services.followups import CourseRefused, FollowUpRefused
from clinic_app.storage.database import Database
from clinic_app.storage.errors import NotAllowed, RecordChanged, RecordNotFound
from clinic_app.storage.models import Assessment, AuditEvent, FlagRecord, Followup, Review
from clinic_app.storage.models import Course as CourseRow

CLINICIAN = Actor(name="dr-lee", role="clinician", user_id=None)
MAYA = {
    "patient.first_name": "Maya",
    "patient.last_name": "Okafor",
    "patient.date_of_birth": "1990-05-01",
    "patient.clinic_number": "P-10442",
}


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def count(database: Database, table: type) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def intake(database: Database, desk: Actor, **overrides: object) -> intakes.Submitted:
    return intakes.submit(database, desk, document({**MAYA, **overrides}))


def visit(**overrides: object) -> dict[str, Any]:
    return follow_up_document({**MAYA, **overrides})


def stored_rows(database: Database) -> tuple[int, int, int]:
    return count(database, Followup), count(database, Assessment), count(database, AuditEvent)


def course_id_of(database: Database, intake_id: int) -> int:
    with database.reading() as session:
        return int(
            session.scalars(select(CourseRow.id).where(CourseRow.intake_id == intake_id)).one()
        )


# --- which course -----------------------------------------------------------------------------


def test_a_follow_up_goes_in_the_patients_newest_open_course_before_its_visit(
    database: Database, desk: Actor
) -> None:
    first = intake(database, desk)  # 2026-11-20
    later = intake(database, desk, visit_date="2026-12-10")
    submitted = followups.submit_follow_up(database, desk, visit(visit_date="2026-11-27"))
    # The newer course began after this visit, so the one before it is chosen.
    assert submitted.course_id == course_id_of(database, first.intake_id)
    again = followups.submit_follow_up(database, desk, visit(visit_date="2026-12-12"))
    assert again.course_id == course_id_of(database, later.intake_id)


def test_course_started_chooses_the_course(database: Database, desk: Actor) -> None:
    first = intake(database, desk)
    intake(database, desk, visit_date="2026-12-01")
    chosen = followups.submit_follow_up(
        database, desk, visit(visit_date="2026-12-05", course_started="2026-11-20")
    )
    assert chosen.course_id == course_id_of(database, first.intake_id)


def test_a_course_id_chooses_the_course(database: Database, desk: Actor) -> None:
    first = intake(database, desk)
    intake(database, desk, visit_date="2026-12-01")
    course_id = course_id_of(database, first.intake_id)
    chosen = followups.submit_follow_up(
        database, desk, visit(visit_date="2026-12-05"), course_id=course_id
    )
    assert chosen.course_id == course_id


def test_a_patient_without_a_clinic_number_is_found_by_name_and_birth_date(
    database: Database, desk: Actor
) -> None:
    intakes.submit(database, desk, document(None))
    submitted = followups.submit_follow_up(database, desk, follow_up_document(None))
    assert followups.course_summary(database, submitted.course_id).visits == 2


REFUSALS: dict[str, tuple[dict[str, object], str]] = {
    "unknown patient": (
        {"patient.clinic_number": "P-99", "patient.first_name": "Nobody"},
        "no patient on record matches",
    ),
    "no course began that day": (
        {"course_started": "2026-11-19"},
        "no course that began on 2026-11-19",
    ),
    "visit before the course": ({"visit_date": "2026-11-10"}, "no open course that began before"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_follow_up_with_no_course_is_refused_and_nothing_is_stored(
    database: Database, desk: Actor, case: str
) -> None:
    overrides, message = REFUSALS[case]
    intake(database, desk)
    before = stored_rows(database)
    with pytest.raises(FollowUpRefused, match=message):
        followups.submit_follow_up(database, desk, visit(**overrides))
    assert stored_rows(database) == before


def test_a_visit_not_after_the_chosen_courses_first_visit_is_refused(
    database: Database, desk: Actor
) -> None:
    first = intake(database, desk)
    course_id = course_id_of(database, first.intake_id)
    before = stored_rows(database)
    with pytest.raises(FollowUpRefused, match="not after the course's first visit, 2026-11-20"):
        followups.submit_follow_up(
            database, desk, visit(visit_date="2026-11-20"), course_id=course_id
        )
    assert stored_rows(database) == before


def test_an_invalid_follow_up_is_refused_with_its_field_and_stores_nothing(
    database: Database, desk: Actor
) -> None:
    intake(database, desk)
    before = stored_rows(database)
    with pytest.raises(FollowUpInvalid, match=r"symptoms\.pain_now"):
        followups.submit_follow_up(database, desk, visit(**{"symptoms.pain_now": 11}))
    assert stored_rows(database) == before


# --- what is stored ---------------------------------------------------------------------------


def test_the_document_is_kept_as_received_and_audited_by_id_only(
    database: Database, desk: Actor
) -> None:
    intake(database, desk)
    received = visit(notes="Zoë 🏃\nline two", **{"running.weekly_distance": 12.0})
    submitted = followups.submit_follow_up(database, desk, received)
    with database.reading() as session:
        row = session.get(Followup, submitted.followup_id)
        assert row is not None
        assert row.document == intakes.dump_document(received)
        assert json.loads(row.document)["running"]["weekly_distance"] == 12.0
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "followup.submitted")
        ).one()
    assert (event.record_type, event.record_id) == ("followup", submitted.followup_id)
    assert "Maya" not in event.detail
    assert "P-10442" not in event.detail


def test_flags_go_in_the_intake_tables_and_the_intake_keeps_its_own(
    database: Database, desk: Actor
) -> None:
    first = intake(database, desk)
    own = reviews.flags_of(database, first.intake_id)
    # Pain up 2 from the intake's 2: worse_since_last_visit, a follow-up flag.
    submitted = followups.submit_follow_up(database, desk, visit(**{"symptoms.pain_now": 4}))
    codes = [flag.code for flag in submitted.assessment.flags]
    assert "worse_since_last_visit" in codes
    assert submitted.assessment.referral_recommended
    with database.reading() as session:
        row = session.get(Followup, submitted.followup_id)
        assert row is not None
        assert row.review_status == "unreviewed"
        stored = session.scalars(
            select(Assessment).where(Assessment.followup_id == submitted.followup_id)
        ).one()
        assert stored.intake_id == first.intake_id
        kept = session.scalars(
            select(FlagRecord.code)
            .where(FlagRecord.assessment_id == stored.id)
            .order_by(FlagRecord.position)
        ).all()
    assert list(kept) == codes
    assert reviews.flags_of(database, first.intake_id) == own
    handouts.record_handout(
        database, desk, first.intake_id, b"%PDF-1.4 x", kind="care_sheet", paper="a4"
    )
    assert len(handouts.handouts_of(database, first.intake_id)) == 1


def test_a_quiet_follow_up_stays_out_of_review(database: Database, desk: Actor) -> None:
    intake(database, desk)
    submitted = followups.submit_follow_up(database, desk, visit())
    assert not submitted.assessment.referral_recommended
    with database.reading() as session:
        row = session.get(Followup, submitted.followup_id)
        assert row is not None
        assert row.review_status == "none"
        assert row.stage == 2


def test_decisions_and_handouts_stay_append_only(database: Database, desk: Actor) -> None:
    first = intake(database, desk)
    submitted = followups.submit_follow_up(database, desk, visit())
    with database.writing() as session:
        session.execute(
            text(
                "INSERT INTO handouts (intake_id, followup_id, kind, paper, language,"
                " large_print, created_by, created_at, pdf, sha256) VALUES"
                " (:i, :f, 'care_sheet', 'a4', 'en', false, 'desk', CURRENT_TIMESTAMP,"
                " :pdf, 'x')"
            ),
            {"i": first.intake_id, "f": submitted.followup_id, "pdf": b"%PDF-1.4"},
        )
    for statement in ("UPDATE handouts SET paper = 'letter'", "DELETE FROM handouts"):
        with pytest.raises(DBAPIError, match="append-only"), database.writing() as session:
            session.execute(text(statement))


# --- the stage --------------------------------------------------------------------------------


def test_the_stage_steps_on_from_the_stored_earlier_stage(database: Database, desk: Actor) -> None:
    intake(database, desk)
    first = followups.submit_follow_up(database, desk, visit())
    assert first.return_to_run.stage == 2  # walk-run, pain 2, no earlier stage
    # As if the rules of the day had given stage 5: the next visit steps on from that.
    with database.writing() as session:
        session.execute(update(Followup).where(Followup.id == first.followup_id).values(stage=5))
    second = followups.submit_follow_up(database, desk, visit(visit_date="2026-12-04"))
    assert second.return_to_run.stage == 6
    course_id = second.course_id
    assert followups.stages_of(database, course_id) == [5, 6]
    assert followups.progress_for_patient(database, "P-10442")["return_to_run"]["stage"] == 6


def test_each_visits_sheet_gives_the_stage_it_was_given(database: Database, desk: Actor) -> None:
    """The sheet of a stored visit: its own stage, not one step on from itself."""
    intake(database, desk)
    first = followups.submit_follow_up(database, desk, visit())
    second = followups.submit_follow_up(database, desk, visit(visit_date="2026-12-04"))
    assert (first.return_to_run.stage, second.return_to_run.stage) == (2, 3)
    sheets = [
        " ".join(
            pdf_text(followups.followup_sheet_for(database, submitted.followup_id).pdf).split()
        )
        for submitted in (first, second)
    ]
    assert "Run 2 minutes, then walk 1 minute. Do this 7 times." in sheets[0]
    assert "Run 4 minutes, then walk 1 minute. Do this 5 times." in sheets[1]
    assert "Run 4 minutes" not in sheets[0]
    assert "Run 6 minutes" not in sheets[1]
    with pytest.raises(RecordNotFound, match="not a submitted follow-up"):
        followups.followup_sheet_for(database, second.followup_id + 99)


def test_a_referral_flag_replaces_the_plan(database: Database, desk: Actor) -> None:
    intake(database, desk)
    submitted = followups.submit_follow_up(
        database, desk, visit(**{"symptoms.weight_bearing": "unable"})
    )
    assert submitted.return_to_run.stage is None
    assert not submitted.return_to_run.ready


# --- closing ----------------------------------------------------------------------------------


def test_a_clinician_closes_a_course_with_a_reason_and_it_takes_no_more(
    database: Database, desk: Actor
) -> None:
    first = intake(database, desk)
    course_id = course_id_of(database, first.intake_id)
    with pytest.raises(NotAllowed):
        followups.close_course(database, desk, course_id, "discharged")
    with pytest.raises(CourseRefused, match="needs a reason"):
        followups.close_course(database, CLINICIAN, course_id, "  ")
    closed = followups.close_course(database, CLINICIAN, course_id, "discharged, running again")
    assert (closed.status, closed.closed_reason) == ("closed", "discharged, running again")
    with pytest.raises(CourseRefused, match="already closed"):
        followups.close_course(database, CLINICIAN, course_id, "again")
    before = stored_rows(database)
    with pytest.raises(FollowUpRefused, match="no open course"):
        followups.submit_follow_up(database, desk, visit())
    with pytest.raises(FollowUpRefused, match="closed"):
        followups.submit_follow_up(database, desk, visit(), course_id=course_id)
    with pytest.raises(FollowUpRefused, match="closed"):
        followups.submit_follow_up(database, desk, visit(course_started="2026-11-20"))
    assert stored_rows(database) == before


# --- drafts -----------------------------------------------------------------------------------


def test_a_draft_keeps_what_was_typed_and_is_submitted_in_place(
    database: Database, desk: Actor
) -> None:
    first = intake(database, desk)
    course_id = course_id_of(database, first.intake_id)
    half = {"format": "clinic-followup/1", "notes": "half typed"}
    saved = followups.save_follow_up_draft(database, desk, half, course_id=course_id)
    again = followups.save_follow_up_draft(
        database,
        desk,
        visit(),
        course_id=course_id,
        followup_id=saved.followup_id,
        version=saved.version,
    )
    with pytest.raises(RecordChanged):
        followups.save_follow_up_draft(
            database,
            desk,
            half,
            course_id=course_id,
            followup_id=saved.followup_id,
            version=saved.version,
        )
    submitted = followups.submit_follow_up(
        database, desk, visit(), draft_id=again.followup_id, draft_version=again.version
    )
    assert submitted.followup_id == saved.followup_id
    assert count(database, Followup) == 1
    assert followups.course_summary(database, course_id).visits == 2


# --- progress ---------------------------------------------------------------------------------

COURSE_VISITS: list[dict[str, object]] = [
    {
        "visit_date": "2026-11-27",
        "symptoms.pain_now": 3,
        "measures.psfs": [{"activity": "running 5 km", "score": 3}],
        "measures.lefs_total": 50,
        "running.status": "not_running",
    },
    {
        "visit_date": "2026-12-04",
        "symptoms.pain_now": 2,
        "measures.psfs": [{"activity": "Running 5 km ", "score": 5}],
        "running.status": "walk_run",
    },
    {
        "visit_date": "2026-12-11",
        "symptoms.pain_now": 1,
        "measures.psfs": [{"activity": "running 5 km", "score": 7}],
        "measures.lefs_total": 61,
        "running.status": "walk_run",
    },
]


def test_progress_through_storage_is_the_pure_progress_of_the_documents(
    database: Database, desk: Actor
) -> None:
    intake_document = document({**MAYA, "symptoms.pain_now": 4})
    intakes.submit(database, desk, intake_document)
    documents = [visit(**overrides) for overrides in COURSE_VISITS]
    for value in documents:
        followups.submit_follow_up(database, desk, value)
    pure = Course(parse_intake(intake_document), [parse_follow_up(d) for d in documents])

    found = followups.progress_for_patient(database, "P-10442")

    assert found == progress_json(pure)
    assert found["course"] == {"started": "2026-11-20", "visits": 4, "status": "open"}
    assert [plan.stage for plan in plans(pure)] == [None, 2, 3]
    (summary,) = followups.courses_of(database, 1)
    assert (summary.visits, summary.stage, str(summary.newest_visit)) == (4, 3, "2026-12-11")
    assert followups.course_of(database, summary.course_id) == pure
    by_id = followups.progress_for_patient(database, str(summary.patient_id))
    assert by_id == found


def test_progress_of_an_unknown_patient_says_so(database: Database) -> None:
    from clinic_app.storage.errors import RecordNotFound

    with pytest.raises(RecordNotFound, match="no patient with clinic number or id 'P-1'"):
        followups.progress_for_patient(database, "P-1")


# --- the review queue -------------------------------------------------------------------------


def test_follow_ups_with_open_flags_wait_in_the_queue_beside_intakes(
    database: Database, desk: Actor
) -> None:
    from clinic_app.services import review_queue
    from clinic_app.services.review_queue import QueueFilter

    maya = intake(database, desk)  # quiet: not in the queue
    ada = intakes.submit(
        database,
        desk,
        document(
            {
                "patient.first_name": "Ada",
                "patient.last_name": "Brown",
                "visit_date": "2026-11-25",
                "symptoms.numbness_or_tingling": True,  # soon
            }
        ),
    )
    worse = followups.submit_follow_up(
        database, desk, visit(visit_date="2026-11-24", **{"symptoms.pain_now": 4})
    )  # soon (worse_since_last_visit), a day before Ada's intake
    urgent = followups.submit_follow_up(
        database, desk, visit(visit_date="2026-12-01", **{"symptoms.weight_bearing": "unable"})
    )
    followups.submit_follow_up(database, desk, visit(visit_date="2026-12-02"))  # quiet

    rows = review_queue.page(database)

    assert [(row.kind, row.followup_id, row.intake_id) for row in rows] == [
        ("follow_up", urgent.followup_id, maya.intake_id),
        ("follow_up", worse.followup_id, maya.intake_id),
        ("intake", None, ada.intake_id),
    ]
    first = rows[0]
    assert (first.last_name, first.visit_date.isoformat(), first.highest_urgency) == (
        "Okafor",
        "2026-12-01",
        "urgent",
    )
    assert first.review_status == "unreviewed"
    assert review_queue.counts(database) == {"emergency": 0, "urgent": 1, "soon": 2}
    assert [row.kind for row in review_queue.page(database, QueueFilter(name="oka"))] == [
        "follow_up",
        "follow_up",
    ]
    assert review_queue.counts(database, QueueFilter(name="oka")) == {
        "emergency": 0,
        "urgent": 1,
        "soon": 1,
    }
    soon = review_queue.page(database, QueueFilter(unreviewed_only=False, urgency="soon"))
    assert [row.followup_id for row in soon] == [worse.followup_id, None]
    # Pages join up across the two tables.
    paged = [
        row for offset in range(3) for row in review_queue.page(database, offset=offset, limit=1)
    ]
    assert paged == rows


def clinician_account(database: Database) -> Actor:
    """Dr Lee, signed in: decisions need a clinician with an account."""
    from clinic_app.services import users

    return users.create_user(
        database,
        Actor(name="admin", role="admin"),
        username="dr-lee",
        display_name="Dr Lee",
        role="clinician",
        password="correct horse battery",
    ).actor()


def test_a_decision_on_a_follow_up_takes_it_out_of_the_queue_and_not_its_intake(
    database: Database, desk: Actor
) -> None:
    from clinic_app.services import review_queue

    doctor = clinician_account(database)
    first = intakes.submit(
        database, desk, document({**MAYA, "symptoms.numbness_or_tingling": True})
    )
    worse = followups.submit_follow_up(database, desk, visit(**{"symptoms.pain_now": 4}))
    assert [row.kind for row in review_queue.page(database)] == ["intake", "follow_up"]
    shown = followups.follow_up_under_review(database, doctor, worse.followup_id)
    (flag,) = [f for f in shown.flags if f.code == "worse_since_last_visit"]
    assert shown.open_flag_ids == {flag.id}
    with pytest.raises(reviews.DecisionRefused, match="a reason is needed"):
        followups.record_follow_up_decision(
            database, doctor, worse.followup_id, decision="manage_in_clinic", flag_id=flag.id
        )
    made = followups.record_follow_up_decision(
        database,
        doctor,
        worse.followup_id,
        decision="manage_in_clinic",
        reason="new shoes; back a stage",
        flag_id=flag.id,
    )
    assert made.decided_by_name == "Dr Lee"
    assert [row.kind for row in review_queue.page(database)] == ["intake"]
    again = followups.follow_up_under_review(database, doctor, worse.followup_id)
    assert (again.review_status, again.open_flag_ids) == ("reviewed", frozenset())
    assert [d.id for d in again.decisions] == [made.id]
    assert reviews.decisions_of(database, first.intake_id) == []
    with pytest.raises(DBAPIError, match="append-only"), database.writing() as session:
        session.execute(text("UPDATE reviews SET reason = 'rewritten'"))


def test_progress_of_a_course_with_only_its_intake_has_no_plan(
    database: Database, desk: Actor
) -> None:
    intake_document = document({**MAYA, "symptoms.numbness_or_tingling": True})
    intakes.submit(database, desk, intake_document)
    found = followups.progress_for_patient(database, "P-10442")
    assert found == progress_json(Course(parse_intake(intake_document)))
    assert found["return_to_run"] is None
    assert [flag["code"] for flag in found["flags"]] == [
        flag.code for flag in reviews.flags_of(database, 1) if flag.kind != "advice"
    ]


def test_a_follow_ups_sheet_is_kept_with_that_visit_not_the_intake(
    database: Database, desk: Actor
) -> None:
    first = intake(database, desk)
    submitted = followups.submit_follow_up(database, desk, visit())
    kept = handouts.record_handout(
        database,
        desk,
        first.intake_id,
        b"%PDF-1.4 follow-up sheet",
        kind="care_sheet",
        paper="a4",
        followup_id=submitted.followup_id,
    )
    assert kept.followup_id == submitted.followup_id
    assert handouts.handouts_of(database, first.intake_id) == []
    assert handouts.handouts_of_follow_up(database, submitted.followup_id) == [kept]
    other = intakes.submit(database, desk, document({"patient.first_name": "Other"}))
    with pytest.raises(RecordNotFound, match="not a submitted follow-up"):
        handouts.record_handout(
            database,
            desk,
            other.intake_id,
            b"%PDF-1.4 x",
            kind="care_sheet",
            paper="a4",
            followup_id=submitted.followup_id,
        )


def test_one_decision_path_refuses_a_flag_not_to_decide_on_and_keeps_nothing(
    database: Database, desk: Actor
) -> None:
    """reviews.decide_in serves intakes and follow-ups: a follow-up takes decisions on its
    referral and follow-up flags, never on its advice or on the intake's flags."""
    doctor = clinician_account(database)
    first = intakes.submit(
        database, desk, document({**MAYA, "symptoms.numbness_or_tingling": True})
    )
    worse = followups.submit_follow_up(
        database,
        desk,
        visit(**{"symptoms.pain_now": 4, "running.weekly_distance": 20}),  # no_cross_training
    )
    shown = followups.follow_up_under_review(database, doctor, worse.followup_id)
    advice = [f.id for f in shown.flags if f.kind == "advice"]
    intake_flag = reviews.flags_of(database, first.intake_id)[0].id
    assert advice
    for flag_id in (advice[0], intake_flag):
        with pytest.raises(
            reviews.DecisionRefused,
            match=f"flag {flag_id} is not a referral or follow-up flag of follow-up",
        ):
            followups.record_follow_up_decision(
                database,
                doctor,
                worse.followup_id,
                decision="not_needed",
                reason="x",
                flag_id=flag_id,
            )
    with pytest.raises(reviews.DecisionRefused, match="is not a referral flag of intake"):
        reviews.record_decision(
            database,
            doctor,
            first.intake_id,
            decision="not_needed",
            reason="x",
            flag_id=shown.flags[0].id,
        )
    assert count(database, Review) == 0
    whole = followups.record_follow_up_decision(
        database, doctor, worse.followup_id, decision="not_needed", reason="seen today"
    )
    assert (whole.flag_id, whole.decided_by, whole.decided_by_name) == (None, "dr-lee", "Dr Lee")
    again = followups.follow_up_under_review(database, doctor, worse.followup_id)
    assert (again.review_status, again.open_flag_ids) == ("reviewed", frozenset())
    assert reviews.decisions_of(database, first.intake_id) == []
