"""Follow-up visits begun but not submitted: found again at the next start, or discarded.

The follow-up form keeps what is typed as a draft row (services.followups.
save_follow_up_draft) while it is typed; a crash, a closed laptop or a quit leaves it
there. At the next sign-in the desk is offered it beside the unfinished intakes, to carry
on or to drop. Only drafts of open courses are offered: a closed course takes no
follow-up (services.followups refuses to save or submit one), so its draft could go
nowhere.

A draft is nobody's record yet (no assessment, flags or decisions point at it), so
discarding one deletes it, as an intake's draft is deleted; the audit trail keeps that it
was dropped, by whom. Someone else's save in between is refused (RecordChanged).
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.services.intakes import load_document
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordChanged, StorageError
from clinic_app.storage.models import Course, Followup


class NotAFollowUpDraft(StorageError):
    """A discard aimed at a follow-up that is not (or no longer) a draft."""


@dataclass(frozen=True)
class FollowUpDraftSummary:
    """One unfinished follow-up, as the drafts offer lists it."""

    followup_id: int
    course_id: int
    version: int
    """The version it was read at: resuming it saves on from there."""
    updated_at: datetime
    updated_by: str
    document: dict[str, Any]
    """What was typed, as typed (it may not be valid yet)."""


def unfinished_follow_ups(
    database: Database, *, created_by: str | None = None
) -> list[FollowUpDraftSummary]:
    """Follow-up drafts of open courses, newest first (of one user, with `created_by`)."""
    query = (
        select(Followup)
        .join(Course, Course.id == Followup.course_id)
        .where(Followup.status == "draft", Course.status == "open")
        .order_by(Followup.updated_at.desc(), Followup.id.desc())
    )
    if created_by is not None:
        query = query.where(Followup.created_by == created_by)
    with database.reading() as session:
        return [
            FollowUpDraftSummary(
                row.id,
                row.course_id,
                row.version,
                row.updated_at,
                row.updated_by,
                load_document(row.document),
            )
            for row in session.scalars(query)
        ]


def discard_follow_up_draft(
    database: Database, actor: Actor, followup_id: int, version: int
) -> None:
    """Drop a follow-up draft the desk chose not to finish (a submitted one cannot be)."""
    with database.writing() as session:
        current = session.get(Followup, followup_id)
        if current is None or current.status != "draft":
            raise NotAFollowUpDraft(
                f"follow-up {followup_id} is not a draft (it may have been submitted meanwhile)"
            )
        if current.version != version:
            raise RecordChanged(f"Follow-up {followup_id}", current.updated_by, current.updated_at)
        session.delete(current)
        audit.record(session, actor, "followup.draft_discarded", "followup", followup_id)
