"""Clinician decisions on flags: append-only, each with who, when and why.

An intake leaves the working queue once it has a decision for the whole intake, or one
for every referral flag of its latest assessment.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from clinic_app.handouts.content import DESTINATIONS, REFERRAL_URGENCIES
from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordNotFound, StorageError
from clinic_app.storage.models import DECISIONS, Assessment, FlagRecord, Intake, Review
from clinic_app.storage.types import utc_now


class DecisionRefused(StorageError):
    """A decision that is incomplete or does not belong to this intake."""


@dataclass(frozen=True)
class FlagOnRecord:
    id: int
    code: str
    kind: str
    urgency: str | None
    title: str
    evidence: tuple[str, ...]
    source: str
    action: str
    clinician_only: bool
    rules_version: str


@dataclass(frozen=True)
class Decision:
    id: int
    flag_id: int | None
    decision: str
    destination: str | None
    urgency: str | None
    reason: str
    decided_by: str
    decided_at: datetime


def flags_of(database: Database, intake_id: int) -> list[FlagOnRecord]:
    """The flags of the intake's latest assessment, in reporting order."""
    import json

    with database.reading() as session:
        latest = session.scalar(
            select(Assessment)
            .where(Assessment.intake_id == intake_id)
            .order_by(Assessment.id.desc())
            .limit(1)
        )
        if latest is None:
            return []
        return [
            FlagOnRecord(
                flag.id,
                flag.code,
                flag.kind,
                flag.urgency,
                flag.title,
                tuple(json.loads(flag.evidence)),
                flag.source,
                flag.action,
                flag.clinician_only,
                latest.rules_version,
            )
            for flag in latest.flags
        ]


def decisions_of(database: Database, intake_id: int) -> list[Decision]:
    from clinic_app.storage.models import User

    query = (
        select(Review, User.username)
        .join(User, User.id == Review.decided_by)
        .where(Review.intake_id == intake_id)
        .order_by(Review.decided_at, Review.id)
    )
    with database.reading() as session:
        return [
            Decision(
                review.id,
                review.flag_id,
                review.decision,
                review.destination,
                review.urgency,
                review.reason,
                username,
                review.decided_at,
            )
            for review, username in session.execute(query)
        ]


def record_decision(
    database: Database,
    actor: Actor,
    intake_id: int,
    *,
    decision: str,
    reason: str = "",
    flag_id: int | None = None,
    destination: str | None = None,
    urgency: str | None = None,
) -> Decision:
    """Add a clinician's decision (on one flag, or on the whole intake when flag_id is None)."""
    actor.require("clinician", to="decide on flags")
    if actor.user_id is None:
        raise DecisionRefused("decisions are made by a signed-in clinician")
    if decision not in DECISIONS:
        raise DecisionRefused(f"decision {decision!r}: must be one of {', '.join(DECISIONS)}")
    if decision == "refer":
        if destination not in DESTINATIONS:
            raise DecisionRefused(f"a referral needs a destination: {', '.join(DESTINATIONS)}")
        if urgency not in REFERRAL_URGENCIES:
            raise DecisionRefused(f"a referral needs an urgency: {', '.join(REFERRAL_URGENCIES)}")
    elif not reason.strip():
        raise DecisionRefused("a reason is needed for any decision other than a referral")
    with database.writing() as session:
        intake = session.get(Intake, intake_id)
        if intake is None or intake.status != "submitted":
            raise RecordNotFound(f"intake {intake_id} is not a submitted intake")
        latest = session.scalar(
            select(Assessment.id)
            .where(Assessment.intake_id == intake_id)
            .order_by(Assessment.id.desc())
            .limit(1)
        )
        referral_flags = set(
            session.scalars(
                select(FlagRecord.id).where(
                    FlagRecord.assessment_id == latest, FlagRecord.kind == "referral"
                )
            )
        )
        if flag_id is not None and flag_id not in referral_flags:
            raise DecisionRefused(f"flag {flag_id} is not a referral flag of intake {intake_id}")
        review = Review(
            intake_id=intake_id,
            flag_id=flag_id,
            decision=decision,
            destination=destination if decision == "refer" else None,
            urgency=urgency if decision == "refer" else None,
            reason=reason.strip(),
            decided_by=actor.user_id,
            decided_at=utc_now(),
        )
        session.add(review)
        session.flush()
        decided = set(session.scalars(select(Review.flag_id).where(Review.intake_id == intake_id)))
        if None in decided or referral_flags <= decided:
            session.execute(
                update(Intake).where(Intake.id == intake_id).values(review_status="reviewed")
            )
        audit.record(session, actor, "review.decided", "intake", intake_id, decision)
        return Decision(
            review.id,
            flag_id,
            decision,
            review.destination,
            review.urgency,
            review.reason,
            actor.name,
            review.decided_at,
        )
