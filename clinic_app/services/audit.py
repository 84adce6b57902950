"""The append-only audit trail: who did what to which record, and when.

Events name records by id and actions by name; they never hold patient details, so the
trail can be shown to an auditor or exported without exposing anyone's health.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.models import AuditEvent
from clinic_app.storage.types import utc_now


def record(
    session: Session,
    actor: Actor | str,
    action: str,
    record_type: str | None = None,
    record_id: int | None = None,
    detail: str = "",
) -> None:
    """Add one event to the trail inside the caller's transaction."""
    session.add(
        AuditEvent(
            at=utc_now(),
            actor=actor if isinstance(actor, str) else actor.name,
            action=action,
            record_type=record_type,
            record_id=record_id,
            detail=detail,
        )
    )


@dataclass(frozen=True)
class Event:
    at: datetime
    actor: str
    action: str
    record_type: str | None
    record_id: int | None
    detail: str


def events(
    database: Database,
    *,
    actor: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    limit: int = 500,
) -> list[Event]:
    """The newest events first, optionally filtered."""
    query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
    if actor is not None:
        query = query.where(AuditEvent.actor == actor)
    if action is not None:
        query = query.where(AuditEvent.action == action)
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    with database.reading() as session:
        return [
            Event(row.at, row.actor, row.action, row.record_type, row.record_id, row.detail)
            for row in session.scalars(query)
        ]
