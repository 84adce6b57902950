"""Intakes: drafts saved as the desk types, and submission with its assessment.

A draft is one row, updated in place on every autosave (never a row per save). Submitting
validates the document, assesses it under the clinic's thresholds, finds or registers
the patient and stores the intake with its flags, all in one transaction: either the whole
submission is on record or none of it is.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clinic_app.intake import Intake as IntakeDocument
from clinic_app.intake import parse_intake
from clinic_app.rules.engine import assess
from clinic_app.rules.model import URGENCY_RANK
from clinic_app.rules.model import Assessment as RulesAssessment
from clinic_app.rules.settings import RuleSettings
from clinic_app.services import audit, desk_alerts
from clinic_app.services.actor import Actor
from clinic_app.services.clinic_settings import rule_settings_in
from clinic_app.services.live_flags import assess_as_typed
from clinic_app.services.patients import PatientMatch, find_or_create
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordChanged, RecordNotFound, StorageError
from clinic_app.storage.models import (
    NO_URGENCY_RANK,
    Assessment,
    Course,
    FlagRecord,
    Intake,
)
from clinic_app.storage.types import utc_now


class NotADraft(StorageError):
    """A draft save or submit aimed at an intake that was already submitted."""


def dump_document(document: Mapping[str, Any]) -> str:
    """The stored form of a document: JSON, keys in the order given, numbers as written.

    ASCII-only, so any character (even NUL, which PostgreSQL text refuses) is kept as an
    escape and comes back exactly.
    """
    return json.dumps(document, ensure_ascii=True, separators=(",", ":"), allow_nan=False)


def load_document(stored: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(stored)
    return document


@dataclass(frozen=True)
class DraftSaved:
    intake_id: int
    version: int


@dataclass(frozen=True)
class Submitted:
    intake_id: int
    version: int
    patient: PatientMatch
    assessment: RulesAssessment


@dataclass(frozen=True)
class DraftSummary:
    intake_id: int
    version: int
    updated_at: datetime
    updated_by: str
    document: dict[str, Any]


@dataclass(frozen=True)
class StoredIntake:
    intake_id: int
    patient_id: int | None
    status: str
    version: int
    visit_date: date | None
    document: dict[str, Any]
    highest_urgency: str | None
    review_status: str
    updated_at: datetime
    updated_by: str


def save_draft(
    database: Database,
    actor: Actor,
    document: Mapping[str, Any],
    *,
    intake_id: int | None = None,
    version: int | None = None,
) -> DraftSaved:
    """Keep what has been typed so far, valid or not; the first save creates the draft."""
    stored = dump_document(document)
    now = utc_now()
    with database.writing() as session:
        if intake_id is None:
            draft = Intake(
                status="draft",
                document=stored,
                visit_date=_visit_date(document),
                urgency_rank=NO_URGENCY_RANK,
                review_status="none",
                version=1,
                created_at=now,
                created_by=actor.name,
                updated_at=now,
                updated_by=actor.name,
            )
            session.add(draft)
            session.flush()
            audit.record(session, actor, "intake.draft_started", "intake", draft.id)
            _alert_as_typed(session, actor, draft.id, document)
            return DraftSaved(draft.id, 1)
        _update_checked(
            session,
            intake_id,
            version,
            status="draft",
            values={"document": stored, "visit_date": _visit_date(document)},
            actor=actor,
        )
        _alert_as_typed(session, actor, intake_id, document)
        return DraftSaved(intake_id, (version or 0) + 1)


def _alert_as_typed(
    session: Session, actor: Actor, intake_id: int, document: Mapping[str, Any]
) -> None:
    """The desk's alert, the moment an emergency or urgent flag fires as typed: the flags
    the form shows beside the draft, under the clinic's thresholds (desk_alerts)."""
    live = assess_as_typed(document, rule_settings_in(session))
    desk_alerts.raise_for(session, actor, intake_id, live.assessment)


def unfinished_drafts(database: Database, *, created_by: str | None = None) -> list[DraftSummary]:
    """Drafts not yet submitted, newest first, for the desk to resume after a restart."""
    query = select(Intake).where(Intake.status == "draft").order_by(Intake.updated_at.desc())
    if created_by is not None:
        query = query.where(Intake.created_by == created_by)
    with database.reading() as session:
        return [
            DraftSummary(
                row.id, row.version, row.updated_at, row.updated_by, load_document(row.document)
            )
            for row in session.scalars(query)
        ]


def discard_draft(database: Database, actor: Actor, intake_id: int, version: int) -> None:
    """Drop a draft the desk chose not to finish (submitted intakes cannot be dropped, nor
    a draft whose desk alert nobody has acknowledged yet: desk_alerts.AlertStillOpen)."""
    with database.writing() as session:
        current = session.get(Intake, intake_id)
        if current is None or current.status != "draft":
            raise NotADraft(f"intake {intake_id} is not a draft")
        if current.version != version:
            raise RecordChanged(f"Draft {intake_id}", current.updated_by, current.updated_at)
        desk_alerts.forget_for_discarded(session, intake_id)
        session.delete(current)
        audit.record(session, actor, "intake.draft_discarded", "intake", intake_id)


def submit(
    database: Database,
    actor: Actor,
    document: Mapping[str, Any],
    *,
    draft_id: int | None = None,
    draft_version: int | None = None,
    settings: RuleSettings | None = None,
) -> Submitted:
    """Validate, assess and store one intake (raises IntakeInvalid, saving nothing), and
    raise the desk's alert for an emergency or urgent flag not alerted while it was typed.

    Importing (`submit_in` alone) raises none: an intake from another system or from the
    past is not someone at the desk now."""
    intake = parse_intake(dict(document))
    with database.writing() as session:
        submitted = submit_in(
            session,
            actor,
            intake,
            document,
            settings,
            draft_id=draft_id,
            draft_version=draft_version,
        )
        desk_alerts.raise_for(session, actor, submitted.intake_id, submitted.assessment)
        return submitted


def submit_in(
    session: Session,
    actor: Actor,
    intake: IntakeDocument,
    document: Mapping[str, Any],
    settings: RuleSettings | None,
    *,
    draft_id: int | None = None,
    draft_version: int | None = None,
    action: str = "intake.submitted",
) -> Submitted:
    """Store one validated intake inside the caller's transaction (import uses this)."""
    if settings is None:
        settings = rule_settings_in(session)
    assessment = assess(intake, settings)
    match = find_or_create(session, actor, intake.patient)
    now = utc_now()
    referral = bool(assessment.referral_flags)
    values: dict[str, Any] = {
        "status": "submitted",
        "document": dump_document(document),
        "patient_id": match.patient.id,
        "visit_date": intake.visit_date,
        "highest_urgency": assessment.highest_urgency,
        "urgency_rank": URGENCY_RANK.get(assessment.highest_urgency or "", NO_URGENCY_RANK),
        "review_status": "unreviewed" if referral else "none",
        "submitted_at": now,
    }
    if draft_id is None:
        row = Intake(
            **values,
            version=1,
            created_at=now,
            created_by=actor.name,
            updated_at=now,
            updated_by=actor.name,
        )
        session.add(row)
        session.flush()
        intake_id, version = row.id, 1
    else:
        _update_checked(
            session, draft_id, draft_version, status="draft", values=values, actor=actor
        )
        intake_id, version = draft_id, (draft_version or 0) + 1
    # Each intake is the first visit of a course of care (follow-ups.md).
    session.add(
        Course(
            patient_id=match.patient.id,
            intake_id=intake_id,
            started_on=intake.visit_date,
            status="open",
            close_reason="",
            version=1,
            created_at=now,
        )
    )
    store_assessment(session, intake_id, assessment, settings, now)
    audit.record(session, actor, action, "intake", intake_id)
    return Submitted(intake_id, version, match, assessment)


def store_assessment(
    session: Session,
    intake_id: int,
    assessment: RulesAssessment,
    settings: RuleSettings,
    now: datetime,
    *,
    followup_id: int | None = None,
) -> None:
    """Keep an assessment with its flags as they are now, and the thresholds in force,
    inside the caller's transaction: an intake's own, or (with `followup_id`) one of a
    follow-up visit of the course that `intake_id` began."""
    stored = Assessment(
        intake_id=intake_id,
        followup_id=followup_id,
        rules_version=assessment.rules_version,
        settings=json.dumps(settings.to_json()),
        referral_recommended=assessment.referral_recommended,
        highest_urgency=assessment.highest_urgency,
        assessed_at=now,
    )
    session.add(stored)
    session.flush()
    session.add_all(
        FlagRecord(
            assessment_id=stored.id,
            position=position,
            code=flag.code,
            kind=flag.kind,
            urgency=flag.urgency,
            title=flag.title,
            action=flag.action,
            source=flag.source,
            evidence=json.dumps(list(flag.evidence), ensure_ascii=True),
            clinician_only=flag.clinician_only,
        )
        for position, flag in enumerate(assessment.flags)
    )


def get_intake(database: Database, intake_id: int) -> StoredIntake:
    with database.reading() as session:
        row = session.get(Intake, intake_id)
        if row is None:
            raise RecordNotFound(f"intake {intake_id} does not exist")
        return StoredIntake(
            row.id,
            row.patient_id,
            row.status,
            row.version,
            row.visit_date,
            load_document(row.document),
            row.highest_urgency,
            row.review_status,
            row.updated_at,
            row.updated_by,
        )


def _update_checked(
    session: Session,
    intake_id: int,
    version: int | None,
    *,
    status: str,
    values: Mapping[str, Any],
    actor: Actor,
) -> None:
    """UPDATE the row only if it is still at `version` (optimistic locking)."""
    if version is None:
        raise StorageError(f"saving intake {intake_id} needs the version it was read at")
    changed = session.execute(
        update(Intake)
        .where(Intake.id == intake_id, Intake.version == version, Intake.status == status)
        .values(**values, version=version + 1, updated_at=utc_now(), updated_by=actor.name)
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount == 1:  # type: ignore[attr-defined]
        return
    current = session.get(Intake, intake_id)
    if current is None:
        raise RecordNotFound(f"intake {intake_id} does not exist (it may have been discarded)")
    if current.status != status:
        raise NotADraft(
            f"intake {intake_id} was already submitted by {current.updated_by}; "
            "it cannot be changed as a draft"
        )
    raise RecordChanged(f"Intake {intake_id}", current.updated_by, current.updated_at)


def _visit_date(document: Mapping[str, Any]) -> date | None:
    value = document.get("visit_date")
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
