"""Follow-up drafts left unfinished (services/followup_drafts.py), on both databases: which
are offered at the next start (drafts of open courses, newest first; not submitted
visits, not drafts of closed courses), and discarding one (gone, on the audit trail by
id only; a stale version or a submitted visit refused, nothing changed)."""

from typing import Any

import pytest
from follow_up_documents import follow_up_document
from intake_documents import document
from sqlalchemy import select

from clinic_app.services import followup_drafts, followups, intakes
from clinic_app.services.actor import Actor
from clinic_app.services.followup_drafts import NotAFollowUpDraft
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordChanged
from clinic_app.storage.models import AuditEvent, Followup

CLINICIAN = Actor(name="dr-lee", role="clinician", user_id=None)


def course_of(database: Database, desk: Actor, last_name: str) -> int:
    submitted = intakes.submit(database, desk, document({"patient.last_name": last_name}))
    (course,) = followups.courses_of(database, submitted.patient.patient.id)
    return course.course_id


def typed(last_name: str, **overrides: Any) -> dict[str, Any]:
    return follow_up_document({"patient.last_name": last_name, **overrides})


def test_drafts_of_open_courses_are_offered_newest_first(database: Database, desk: Actor) -> None:
    first, second, closed = (course_of(database, desk, name) for name in ("Ash", "Birch", "Cole"))
    older = followups.save_follow_up_draft(database, desk, typed("Ash"), course_id=first)
    newer = followups.save_follow_up_draft(database, desk, typed("Birch"), course_id=second)
    followups.save_follow_up_draft(database, desk, typed("Cole"), course_id=closed)
    followups.close_course(database, CLINICIAN, closed, "Referred on")
    followups.submit_follow_up(
        database, desk, typed("Ash", visit_date="2026-11-28"), course_id=first
    )
    # Typed further: the newest save is what is offered, at its version.
    again = followups.save_follow_up_draft(
        database,
        desk,
        typed("Ash", **{"running.weekly_distance": 5}),
        course_id=first,
        followup_id=older.followup_id,
        version=older.version,
    )

    offered = followup_drafts.unfinished_follow_ups(database)
    assert [(d.followup_id, d.course_id) for d in offered] == [
        (older.followup_id, first),
        (newer.followup_id, second),
    ]
    assert offered[0].version == again.version
    assert offered[0].document["running"]["weekly_distance"] == 5
    assert offered[0].updated_by == desk.name
    assert followup_drafts.unfinished_follow_ups(database, created_by="someone-else") == []


def test_a_discarded_draft_is_gone_and_on_the_trail(database: Database, desk: Actor) -> None:
    course_id = course_of(database, desk, "Ash")
    saved = followups.save_follow_up_draft(database, desk, typed("Ash"), course_id=course_id)
    with pytest.raises(RecordChanged):
        followup_drafts.discard_follow_up_draft(database, desk, saved.followup_id, 99)
    assert len(followups.follow_ups_in(database, course_id)) == 1

    followup_drafts.discard_follow_up_draft(database, desk, saved.followup_id, saved.version)
    assert followups.follow_ups_in(database, course_id) == []
    with database.reading() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "followup.draft_discarded")
        ).one()
        assert (event.record_type, event.record_id) == ("followup", saved.followup_id)
        assert "Ash" not in (event.detail or "")


def test_a_submitted_follow_up_cannot_be_discarded(database: Database, desk: Actor) -> None:
    course_id = course_of(database, desk, "Ash")
    submitted = followups.submit_follow_up(database, desk, typed("Ash"), course_id=course_id)
    with pytest.raises(NotAFollowUpDraft, match="is not a draft"):
        followup_drafts.discard_follow_up_draft(database, desk, submitted.followup_id, 1)
    with database.reading() as session:
        assert session.get(Followup, submitted.followup_id) is not None
