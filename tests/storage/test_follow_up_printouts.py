"""A follow-up's sheet and a course's progress report are kept on record against the visit,
like every handout (issue 18 item 5), on both databases: the very bytes, the kind, the
visit, and an audit event that names the visit by id only."""

import hashlib
import io

import pypdf
import pytest
from follow_up_documents import follow_up_document
from intake_documents import document
from sqlalchemy import func, select

from clinic_app.services import audit, followups, handouts, intakes
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordNotFound, StorageError
from clinic_app.storage.models import Course, Handout

MAYA: dict[str, object] = {"patient.first_name": "Maya", "patient.clinic_number": "P-10442"}


def course_of(database: Database, intake_id: int) -> int:
    with database.reading() as session:
        return int(session.scalars(select(Course.id).where(Course.intake_id == intake_id)).one())


def handout_count(database: Database) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Handout)) or 0)


def test_a_printed_follow_up_sheet_is_kept_against_its_visit(
    database: Database, desk: Actor
) -> None:
    first = intakes.submit(database, desk, document(MAYA)).intake_id
    visit = followups.submit_follow_up(database, desk, follow_up_document(MAYA)).followup_id
    pdf = followups.followup_sheet_for(database, visit).pdf
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Maya" in text

    kept = followups.record_follow_up_sheet(
        database, desk, visit, pdf, paper="letter", large_print=True, language="es"
    )

    assert (kept.kind, kept.intake_id, kept.followup_id) == ("followup_sheet", first, visit)
    assert (kept.paper, kept.large_print, kept.language) == ("letter", True, "es")
    assert kept.sha256 == hashlib.sha256(pdf).hexdigest()
    assert handouts.handout_pdf(database, kept.id) == pdf
    assert handouts.handouts_of_follow_up(database, visit) == [kept]
    assert handouts.handouts_of(database, first) == []  # not among the intake's own
    (event,) = audit.events(database, action="handout.printed")
    assert (event.actor, event.record_type, event.record_id) == ("desk", "followup", visit)
    assert event.detail == "followup_sheet"


def test_a_follow_up_sheet_of_no_submitted_visit_or_not_a_pdf_keeps_nothing(
    database: Database, desk: Actor
) -> None:
    first = intakes.submit(database, desk, document(MAYA)).intake_id
    draft = followups.save_follow_up_draft(
        database, desk, follow_up_document(MAYA), course_id=course_of(database, first)
    )
    with pytest.raises(RecordNotFound, match="not a submitted follow-up"):
        followups.record_follow_up_sheet(
            database, desk, draft.followup_id, b"%PDF-1.4 sheet", paper="a4"
        )
    visit = followups.submit_follow_up(
        database, desk, follow_up_document({**MAYA, "visit_date": "2026-11-28"})
    ).followup_id
    with pytest.raises(StorageError, match="only a PDF"):
        followups.record_follow_up_sheet(database, desk, visit, b"<html>", paper="a4")
    assert handout_count(database) == 0
    assert audit.events(database, action="handout.printed") == []


def test_a_progress_report_is_kept_against_the_courses_newest_visit(
    database: Database, desk: Actor
) -> None:
    first = intakes.submit(database, desk, document(MAYA)).intake_id
    course = course_of(database, first)
    alone = followups.record_progress_report(
        database, desk, course, b"%PDF-1.4 first", paper="a4", language="en"
    )
    assert (alone.kind, alone.intake_id, alone.followup_id) == ("progress_report", first, None)

    later = followups.submit_follow_up(
        database, desk, follow_up_document({**MAYA, "visit_date": "2026-12-04"})
    ).followup_id
    followups.submit_follow_up(  # submitted after, but an earlier visit
        database, desk, follow_up_document({**MAYA, "visit_date": "2026-11-27"})
    )
    kept = followups.record_progress_report(
        database, desk, course, b"%PDF-1.4 second", paper="letter", language="zh-Hans"
    )
    assert (kept.kind, kept.followup_id, kept.language) == ("progress_report", later, "zh-Hans")
    assert handouts.handouts_of(database, first) == [alone]
    assert handouts.handouts_of_follow_up(database, later) == [kept]
    saved = audit.events(database, action="handout.saved")
    assert [(e.record_type, e.record_id, e.detail) for e in saved] == [
        ("followup", later, "progress_report"),
        ("intake", first, "progress_report"),
    ]
    with pytest.raises(RecordNotFound, match="course 999 does not exist"):
        followups.record_progress_report(database, desk, 999, b"%PDF-1.4", paper="a4")
