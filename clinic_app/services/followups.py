"""Courses of care and their follow-up visits on record (follow-ups.md, "Storage").

A follow-up is kept like an intake: the document exactly as received (the intake's own
dump), its stored assessment and flags in the intake's tables (`intake_id` the course's
first visit, `followup_id` the visit), and the return-to-run stage it was given. The stage
of a visit rests on the *stored* stage of the latest earlier visit that had one, so what
the patient was told last time is what the plan steps on from, even if the rules or the
clinic's thresholds have changed since.

A follow-up finds its patient as import does (clinic number, else name and date of birth)
but never registers one: a follow-up of nobody on record is refused, as is one for a
closed course or one dated on or before the course's first visit. Every refusal happens
before anything is written, so a submission is on record whole or not at all.
"""

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clinic_app.followups import (
    Course,
    FollowUp,
    ReturnToRun,
    assess_follow_up,
    intake_for,
    parse_follow_up,
    progress_json,
    stage_for,
)
from clinic_app.followups.course import CourseStatus
from clinic_app.handouts.content import Paper
from clinic_app.intake import Intake as IntakeDocument
from clinic_app.intake import parse_intake
from clinic_app.rules.engine import NEWEST, RULE_SETS, assess
from clinic_app.rules.model import URGENCY_RANK
from clinic_app.rules.model import Assessment as RulesAssessment
from clinic_app.rules.settings import RuleSettings
from clinic_app.services import audit, desk_alerts, handouts, reviews
from clinic_app.services.actor import Actor
from clinic_app.services.clinic_settings import load_in, rule_settings_in
from clinic_app.services.intakes import dump_document, load_document, store_assessment
from clinic_app.services.patients import find_patient, sheet_language_in, surviving
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordChanged, RecordNotFound, StorageError
from clinic_app.storage.models import (
    NO_URGENCY_RANK,
    Assessment,
    Followup,
    Patient,
)
from clinic_app.storage.models import Course as CourseRow
from clinic_app.storage.models import Intake as IntakeRow
from clinic_app.storage.types import utc_now


class FollowUpRefused(StorageError):
    """A valid follow-up that cannot go on record: no such patient or course, a closed
    course, or a visit not after the course's first. The message says which."""


class CourseRefused(StorageError):
    """A course that cannot be closed as asked (already closed, no reason given)."""


class NotAFollowUpDraft(StorageError):
    """A draft save or submit aimed at a follow-up that was already submitted."""


@dataclass(frozen=True)
class CourseSummary:
    """One course of care as the patient's page lists it."""

    course_id: int
    intake_id: int
    patient_id: int
    started_on: date | None
    status: str
    visits: int
    """The first visit and every submitted follow-up."""
    closed_reason: str
    newest_visit: date | None
    stage: int | None
    """The return-to-run stage stored with the newest follow-up (None: no plan, or none yet)."""


@dataclass(frozen=True)
class SubmittedFollowUp:
    followup_id: int
    course_id: int
    assessment: RulesAssessment
    return_to_run: ReturnToRun


@dataclass(frozen=True)
class FollowUpDraftSaved:
    followup_id: int
    version: int


@dataclass(frozen=True)
class StoredFollowUp:
    """One follow-up visit on record (drafts included), as the course's page lists them."""

    followup_id: int
    course_id: int
    status: str
    version: int
    visit_date: date | None
    stage: int | None
    highest_urgency: str | None
    review_status: str
    document: dict[str, Any]
    updated_at: datetime
    updated_by: str


# --- Reading ---------------------------------------------------------------------------------


def courses_of(database: Database, patient_id: int) -> list[CourseSummary]:
    """The patient's courses of care, newest first."""
    with database.reading() as session:
        rows = session.scalars(
            select(CourseRow)
            .where(CourseRow.patient_id == patient_id)
            .order_by(CourseRow.started_on.desc(), CourseRow.id.desc())
        ).all()
        return [_summary(session, row) for row in rows]


def course_summary(database: Database, course_id: int) -> CourseSummary:
    with database.reading() as session:
        return _summary(session, _course_row(session, course_id))


def course_of(database: Database, course_id: int) -> Course:
    """The course as plain data: its intake and submitted follow-ups, in date order."""
    with database.reading() as session:
        return _course_in(session, _course_row(session, course_id))


def stages_of(database: Database, course_id: int) -> list[int | None]:
    """The stage stored with each submitted follow-up of the course, in `Course` order."""
    with database.reading() as session:
        _course_row(session, course_id)
        return [row.stage for row in _submitted_follow_ups(session, course_id)]


def follow_ups_in(database: Database, course_id: int) -> list[StoredFollowUp]:
    """Every follow-up row of the course (drafts too), in visit order."""
    with database.reading() as session:
        _course_row(session, course_id)
        rows = session.scalars(
            select(Followup)
            .where(Followup.course_id == course_id)
            .order_by(Followup.visit_date, Followup.id)
        )
        return [
            StoredFollowUp(
                row.id,
                row.course_id,
                row.status,
                row.version,
                row.visit_date,
                row.stage,
                row.highest_urgency,
                row.review_status,
                load_document(row.document),
                row.updated_at,
                row.updated_by,
            )
            for row in rows
        ]


def _course_row(session: Session, course_id: int) -> CourseRow:
    row = session.get(CourseRow, course_id)
    if row is None:
        raise RecordNotFound(f"course {course_id} does not exist")
    return row


def _submitted_follow_ups(session: Session, course_id: int) -> Sequence[Followup]:
    return session.scalars(
        select(Followup)
        .where(Followup.course_id == course_id, Followup.status == "submitted")
        .order_by(Followup.visit_date, Followup.id)
    ).all()


def _summary(session: Session, row: CourseRow) -> CourseSummary:
    follow_ups = _submitted_follow_ups(session, row.id)
    newest = follow_ups[-1] if follow_ups else None
    return CourseSummary(
        course_id=row.id,
        intake_id=row.intake_id,
        patient_id=row.patient_id,
        started_on=row.started_on,
        status=row.status,
        visits=1 + len(follow_ups),
        closed_reason=row.close_reason,
        newest_visit=newest.visit_date if newest is not None else row.started_on,
        stage=newest.stage if newest is not None else None,
    )


def _intake_document(session: Session, row: CourseRow) -> IntakeDocument:
    intake = session.get(IntakeRow, row.intake_id)
    if intake is None:
        raise StorageError(
            f"course {row.id} has no first visit on record; ask the administrator to check it"
        )
    try:
        return parse_intake(load_document(intake.document))
    except ValueError:  # JSON damaged by hand, or a document the format no longer reads
        raise StorageError(
            f"intake {row.intake_id} is damaged in the database; ask the administrator to check it"
        ) from None


def _follow_up_document(row: Followup) -> FollowUp:
    try:
        return parse_follow_up(load_document(row.document))
    except ValueError:
        raise StorageError(
            f"follow-up {row.id} is damaged in the database; ask the administrator to check it"
        ) from None


def _course_in(session: Session, row: CourseRow) -> Course:
    follow_ups = [_follow_up_document(f) for f in _submitted_follow_ups(session, row.id)]
    status: CourseStatus = "closed" if row.status == "closed" else "open"
    return Course(_intake_document(session, row), follow_ups, status)


# --- Submitting ------------------------------------------------------------------------------


def submit_follow_up(
    database: Database,
    actor: Actor,
    document: Mapping[str, Any],
    *,
    course_id: int | None = None,
    draft_id: int | None = None,
    draft_version: int | None = None,
) -> SubmittedFollowUp:
    """Validate, assess within its course and store one follow-up visit.

    Raises FollowUpInvalid (saving nothing) for an invalid document, FollowUpRefused when
    it has no patient or course to go in. An emergency or urgent referral flag of the
    visit raises the desk's alert (desk_alerts), as an intake's does; importing
    (`submit_follow_up_in` alone) raises none, as for intakes. The course is
    `course_id`, else the draft's, else the one `course_started` names, else the
    patient's newest open course that began before the visit.
    """
    follow_up = parse_follow_up(dict(document))
    with database.writing() as session:
        if draft_id is not None and course_id is None:
            draft = session.get(Followup, draft_id)
            if draft is None:
                raise RecordNotFound(f"follow-up draft {draft_id} does not exist")
            course_id = draft.course_id
        submitted = submit_follow_up_in(
            session,
            actor,
            follow_up,
            document,
            None,
            course_id=course_id,
            draft_id=draft_id,
            draft_version=draft_version,
        )
        desk_alerts.raise_for(
            session,
            actor,
            _course_row(session, submitted.course_id).intake_id,
            submitted.assessment,
            followup_id=submitted.followup_id,
        )
        return submitted


def submit_follow_up_in(
    session: Session,
    actor: Actor,
    follow_up: FollowUp,
    document: Mapping[str, Any],
    settings: RuleSettings | None,
    *,
    course_id: int | None = None,
    draft_id: int | None = None,
    draft_version: int | None = None,
    action: str = "followup.submitted",
) -> SubmittedFollowUp:
    """Store one validated follow-up inside the caller's transaction (import uses this).

    Every check comes before the first write, so a refusal leaves the session as it was.
    """
    if settings is None:
        settings = rule_settings_in(session)
    session.flush()  # a batch's intakes and courses, so the search below sees them
    course_row = _course_for(session, follow_up, course_id)
    intake = _intake_document(session, course_row)
    earlier = [
        _follow_up_document(row)
        for row in _submitted_follow_ups(session, course_row.id)
        if row.visit_date is not None and row.visit_date <= follow_up.visit_date
    ]
    assessment, plan = assess_visit(
        intake,
        earlier,
        follow_up,
        settings,
        earlier_stage=_stored_earlier_stage(session, course_row.id, follow_up.visit_date),
    )
    now = utc_now()
    values: dict[str, Any] = {
        "course_id": course_row.id,
        "document": dump_document(document),
        **submitted_columns(follow_up, assessment, plan),
        "submitted_at": now,
    }
    if draft_id is None:
        row = Followup(
            **values,
            version=1,
            created_at=now,
            created_by=actor.name,
            updated_at=now,
            updated_by=actor.name,
        )
        session.add(row)
        session.flush()
        followup_id = row.id
    else:
        _update_checked(session, draft_id, draft_version, values=values, actor=actor)
        followup_id = draft_id
    store_assessment(
        session, course_row.intake_id, assessment, settings, now, followup_id=followup_id
    )
    audit.record(session, actor, action, "followup", followup_id, f"course {course_row.id}")
    return SubmittedFollowUp(followup_id, course_row.id, assessment, plan)


def assess_visit(
    intake: IntakeDocument,
    earlier: Sequence[FollowUp],
    follow_up: FollowUp,
    settings: RuleSettings,
    *,
    earlier_stage: int | None,
) -> tuple[RulesAssessment, ReturnToRun]:
    """The one way a follow-up is assessed as it goes on record (the desk, import and the
    demo data all come here): its flags within the course of `intake` and the `earlier`
    follow-ups (those on or before its visit), and its plan from the stored stage of the
    latest earlier visit that had one and its own referral flags (follow-up flags never
    replace the plan)."""
    course = Course(intake, [*earlier, follow_up])  # stable: this one after same-day visits
    assessment = assess_follow_up(course, follow_up, settings)
    plan = stage_for(
        follow_up, earlier_stage=earlier_stage, referral=bool(assessment.referral_flags)
    )
    return assessment, plan


def submitted_columns(
    follow_up: FollowUp, assessment: RulesAssessment, plan: ReturnToRun
) -> dict[str, Any]:
    """The columns a submitted follow-up's row holds beside its document: what the queue
    sorts on and the stage the next visit steps on from."""
    urgency = assessment.highest_urgency
    return {
        "status": "submitted",
        "visit_date": follow_up.visit_date,
        "highest_urgency": urgency,
        "urgency_rank": URGENCY_RANK.get(urgency or "", NO_URGENCY_RANK),
        "review_status": "unreviewed" if assessment.referral_recommended else "none",
        "stage": plan.stage,
    }


def _course_for(session: Session, follow_up: FollowUp, course_id: int | None) -> CourseRow:
    """The course the follow-up goes in, or FollowUpRefused saying why there is none."""
    visit = follow_up.visit_date.isoformat()
    patient = find_patient(session, follow_up.patient)
    if course_id is not None:
        row = session.get(CourseRow, course_id)
        if row is None:
            raise FollowUpRefused(f"course {course_id} does not exist")
        if patient is None or patient.id != row.patient_id:
            raise FollowUpRefused(
                f"the follow-up's patient is not the patient of course {course_id}; "
                "check the name, date of birth and clinic number"
            )
    else:
        if patient is None:
            raise FollowUpRefused(
                "no patient on record matches the follow-up's patient (by clinic number, "
                "else name and date of birth); import or submit their intake first"
            )
        courses = select(CourseRow).where(CourseRow.patient_id == patient.id)
        newest_first = (CourseRow.started_on.desc(), CourseRow.id.desc())
        started = follow_up.course_started
        if started is not None:
            named = session.scalars(
                courses.where(CourseRow.started_on == started).order_by(
                    (CourseRow.status == "open").desc(), CourseRow.id.desc()
                )
            ).first()
            if named is None:
                raise FollowUpRefused(
                    f"the patient has no course that began on {started.isoformat()} "
                    "(course_started)"
                )
            row = named
        else:
            found = session.scalars(
                courses.where(
                    CourseRow.status == "open", CourseRow.started_on < follow_up.visit_date
                ).order_by(*newest_first)
            ).first()
            if found is None:
                raise FollowUpRefused(
                    f"the patient has no open course that began before the visit of {visit}"
                )
            row = found
    if row.status != "open":
        raise FollowUpRefused(
            f"course {row.id} was closed ({row.close_reason}); a closed course takes no "
            "follow-ups: start a new one with an intake"
        )
    if row.started_on is not None and follow_up.visit_date <= row.started_on:
        raise FollowUpRefused(
            f"visit_date {visit} is not after the course's first visit, "
            f"{row.started_on.isoformat()}"
        )
    return row


def _stored_earlier_stage(
    session: Session, course_id: int, visit: date, *, excluding: int | None = None
) -> int | None:
    """The stage stored with the latest earlier follow-up of the course that had one
    (`excluding` the visit itself, once it is on record)."""
    return session.scalar(
        select(Followup.stage)
        .where(
            Followup.course_id == course_id,
            Followup.status == "submitted",
            Followup.stage.is_not(None),
            Followup.visit_date <= visit,
            Followup.id != (excluding if excluding is not None else -1),
        )
        .order_by(Followup.visit_date.desc(), Followup.id.desc())
        .limit(1)
    )


# --- Drafts ----------------------------------------------------------------------------------


def save_follow_up_draft(
    database: Database,
    actor: Actor,
    document: Mapping[str, Any],
    *,
    course_id: int,
    followup_id: int | None = None,
    version: int | None = None,
) -> FollowUpDraftSaved:
    """Keep what has been typed of a follow-up, valid or not; the first save creates it.

    A later save must give the version it read (someone else's save in between is
    refused with RecordChanged, never silently overwritten)."""
    stored = dump_document(document)
    visit = _visit_date(document)
    with database.writing() as session:
        course = _course_row(session, course_id)
        if course.status != "open":
            raise FollowUpRefused(f"course {course_id} is closed; it takes no follow-ups")
        if followup_id is None:
            now = utc_now()
            draft = Followup(
                course_id=course_id,
                status="draft",
                document=stored,
                visit_date=visit,
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
            audit.record(session, actor, "followup.draft_started", "followup", draft.id)
            return FollowUpDraftSaved(draft.id, 1)
        _update_checked(
            session,
            followup_id,
            version,
            values={"document": stored, "visit_date": visit, "course_id": course_id},
            actor=actor,
        )
        return FollowUpDraftSaved(followup_id, (version or 0) + 1)


def _update_checked(
    session: Session,
    followup_id: int,
    version: int | None,
    *,
    values: Mapping[str, Any],
    actor: Actor,
) -> None:
    """UPDATE the draft only if it is still a draft at `version` (optimistic locking)."""
    if version is None:
        raise StorageError(f"saving follow-up {followup_id} needs the version it was read at")
    changed = session.execute(
        update(Followup)
        .where(Followup.id == followup_id, Followup.version == version, Followup.status == "draft")
        .values(**values, version=version + 1, updated_at=utc_now(), updated_by=actor.name)
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount == 1:  # type: ignore[attr-defined]
        return
    current = session.get(Followup, followup_id)
    if current is None:
        raise RecordNotFound(f"follow-up {followup_id} does not exist")
    if current.status != "draft":
        raise NotAFollowUpDraft(
            f"follow-up {followup_id} was already submitted by {current.updated_by}; "
            "it cannot be changed as a draft"
        )
    raise RecordChanged(f"Follow-up {followup_id}", current.updated_by, current.updated_at)


def _visit_date(document: Mapping[str, Any]) -> date | None:
    value = document.get("visit_date")
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


# --- Closing ---------------------------------------------------------------------------------


def close_course(database: Database, actor: Actor, course_id: int, reason: str) -> CourseSummary:
    """A clinician closes a course, with the reason; it then takes no follow-ups."""
    actor.require("clinician", to="close a course of care")
    if not reason.strip():
        raise CourseRefused("closing a course needs a reason (discharged, referred on, …)")
    with database.writing() as session:
        row = _course_row(session, course_id)
        if row.status != "open":
            raise CourseRefused(f"course {course_id} is already closed ({row.close_reason})")
        changed = session.execute(
            update(CourseRow)
            .where(CourseRow.id == course_id, CourseRow.status == "open")
            .values(
                status="closed",
                closed_at=utc_now(),
                closed_by=actor.name,
                close_reason=reason.strip(),
                version=CourseRow.version + 1,
            )
            .execution_options(synchronize_session=False)
        )
        if changed.rowcount != 1:  # type: ignore[attr-defined]
            raise CourseRefused(f"course {course_id} was closed by someone else just now")
        audit.record(session, actor, "course.closed", "course", course_id)
        session.expire(row)
        return _summary(session, row)


# --- Progress --------------------------------------------------------------------------------


def patient_named(session: Session, patient: str) -> Patient:
    """The patient PATIENT names: a clinic number, else a database id; a merged-away
    patient names the record that survived them (services.patient_merges)."""
    found = session.scalar(select(Patient).where(Patient.clinic_number == patient).limit(1))
    if found is None and patient.strip().isdigit():
        found = session.get(Patient, int(patient))
    if found is None:
        raise RecordNotFound(
            f"no patient with clinic number or id {patient!r}; check the number and try again"
        )
    return surviving(session, found)


def newest_course_id(database: Database, patient: str) -> int:
    """The id of the newest course of the patient PATIENT names (clinic number or id)."""
    with database.reading() as session:
        return _newest_course(session, patient_named(session, patient)).id


def _newest_course(session: Session, patient: Patient) -> CourseRow:
    row = session.scalars(
        select(CourseRow)
        .where(CourseRow.patient_id == patient.id)
        .order_by(CourseRow.started_on.desc(), CourseRow.id.desc())
        .limit(1)
    ).first()
    if row is None:
        raise RecordNotFound(
            f"patient {patient.id} has no course of care yet (no submitted intake)"
        )
    return row


def progress_for_patient(database: Database, patient: str) -> dict[str, Any]:
    """`clinic-intake progress PATIENT --json` (follow-ups.md) for the patient's newest course.

    The numbers are the pure `progress_json` of the stored documents, under the rule set
    and thresholds stored with the newest visit's assessment (what the clinician saw);
    `return_to_run` is the plan from the *stored* earlier stage, as at submission.
    """
    with database.reading() as session:
        row = _newest_course(session, patient_named(session, patient))
        return _progress_in(session, row)


def progress_of_course(database: Database, course_id: int) -> dict[str, Any]:
    """The same object for one course, by id (the GUI's patient page)."""
    with database.reading() as session:
        return _progress_in(session, _course_row(session, course_id))


def _progress_in(session: Session, row: CourseRow) -> dict[str, Any]:
    course = _course_in(session, row)
    rows = _submitted_follow_ups(session, row.id)
    settings, version = _stored_rules(session, row, rows[-1] if rows else None)
    result = progress_json(course, settings, version=version)
    if rows:
        newest = course.follow_ups[-1]
        own = assess(intake_for(newest, course.intake), settings, version=version)
        plan = stage_for(
            newest,
            earlier_stage=_stage_before(rows),
            referral=bool(own.referral_flags),
        )
        result["return_to_run"] = plan.to_json()
    return result


def _stage_before(rows: Sequence[Followup]) -> int | None:
    """The stored stage of the latest follow-up before the newest that had one."""
    return next((r.stage for r in reversed(rows[:-1]) if r.stage is not None), None)


def _stored_rules(
    session: Session, course: CourseRow, newest: Followup | None
) -> tuple[RuleSettings, str]:
    """The thresholds and rule set stored with the newest visit's assessment."""
    query = select(Assessment.settings, Assessment.rules_version).where(
        Assessment.intake_id == course.intake_id
    )
    if newest is None:
        query = query.where(Assessment.followup_id.is_(None))
    else:
        query = query.where(Assessment.followup_id == newest.id)
    found = session.execute(query.order_by(Assessment.id.desc()).limit(1)).first()
    if found is None:
        return rule_settings_in(session), NEWEST
    stored_settings, version = found
    try:
        settings = RuleSettings.from_json(json.loads(stored_settings))
    except ValueError:
        settings = rule_settings_in(session)
    return settings, version if version in RULE_SETS else NEWEST


# --- Review ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpUnderReview:
    """What the review pane shows of one submitted follow-up, read at one moment."""

    followup_id: int
    course_id: int
    intake_id: int
    document: dict[str, Any]
    visit_date: date | None
    review_status: str
    stage: int | None
    flags: tuple["reviews.FlagOnRecord", ...]
    """The stored assessment's flags, in reporting order."""
    open_flag_ids: frozenset[int]
    """The referral and follow-up flags still waiting for a clinician's decision."""
    decisions: tuple["reviews.Decision", ...]
    """Oldest first."""


def follow_up_under_review(
    database: Database, actor: Actor, followup_id: int, *, record_view: bool = True
) -> FollowUpUnderReview:
    """One submitted follow-up as a clinician reviews it; opening it goes on the audit
    trail ("followup.viewed"), in the same transaction as the read."""
    actor.require("clinician", "admin", to="review follow-ups")
    with database.writing() as session:
        row, course = _submitted_follow_up(session, followup_id)
        flags = reviews.flags_of_assessment(_latest_assessment(session, followup_id))
        decisions = reviews.decisions_in(session, course.intake_id, followup_id)
        if record_view:
            audit.record(session, actor, "followup.viewed", "followup", followup_id)
        return FollowUpUnderReview(
            followup_id=followup_id,
            course_id=course.id,
            intake_id=course.intake_id,
            document=load_document(row.document),
            visit_date=row.visit_date,
            review_status=row.review_status,
            stage=row.stage,
            flags=tuple(flags),
            open_flag_ids=reviews.open_flags(
                flags, (d.flag_id for d in decisions), reviews.DECIDED_AT_FOLLOW_UP
            ),
            decisions=tuple(decisions),
        )


def record_follow_up_decision(
    database: Database,
    actor: Actor,
    followup_id: int,
    *,
    decision: str,
    reason: str = "",
    flag_id: int | None = None,
    destination: str | None = None,
    urgency: str | None = None,
) -> "reviews.Decision":
    """A clinician's decision on one flag of a follow-up, or (flag_id None) on the whole
    visit; append-only like an intake's. The follow-up leaves the working queue once the
    whole visit, or every referral and follow-up flag of it, has a decision."""
    reviews.check_decision(actor, decision, reason, destination, urgency)
    with database.writing() as session:
        _, course = _submitted_follow_up(session, followup_id)
        return reviews.decide_in(
            session,
            actor,
            course.intake_id,
            followup_id,
            decision=decision,
            reason=reason,
            flag_id=flag_id,
            destination=destination,
            urgency=urgency,
        )


def _submitted_follow_up(session: Session, followup_id: int) -> tuple[Followup, CourseRow]:
    row = session.get(Followup, followup_id)
    if row is None or row.status != "submitted":
        raise RecordNotFound(
            f"follow-up {followup_id} is not a submitted follow-up (it may still be a draft); "
            "choose another one from the queue"
        )
    return row, _course_row(session, row.course_id)


def _latest_assessment(session: Session, followup_id: int) -> Assessment | None:
    return session.scalar(
        select(Assessment)
        .where(Assessment.followup_id == followup_id)
        .order_by(Assessment.id.desc())
        .limit(1)
    )


# --- The follow-up sheet ---------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpSheetPdf:
    """A follow-up sheet as made: the PDF and what its handout record keeps about it."""

    pdf: bytes
    paper: str
    language: str
    large_print: bool = False


def followup_sheet_for(
    database: Database, followup_id: int, *, with_exercises: bool = False
) -> FollowUpSheetPdf:
    """The follow-up sheet of a submitted visit, with the clinic's letterhead and paper, in
    the patient's language; `with_exercises`, followed in the same PDF by the exercise
    sheet of the visit's stage of the way back to running (one preview, one print job).

    Its flags and plan are worked out again from the stored documents, under the rule set
    and thresholds stored with the visit and from the stored earlier stage, exactly as at
    submission: the rules are pure, so the sheet says what the clinician saw.
    """
    from clinic_app.handouts.followup_sheet import followup_sheet_pdf  # ReportLab: on use

    with database.reading() as session:
        row, course_row = _submitted_follow_up(session, followup_id)
        follow_up = _follow_up_document(row)
        earlier = [
            _follow_up_document(other)
            for other in _submitted_follow_ups(session, course_row.id)
            if other.id != row.id
            and other.visit_date is not None
            and other.visit_date <= follow_up.visit_date
        ]
        course = Course(_intake_document(session, course_row), [*earlier, follow_up])
        settings, version = _stored_rules(session, course_row, row)
        earlier_stage = _stored_earlier_stage(
            session, course_row.id, follow_up.visit_date, excluding=row.id
        )
        clinic = load_in(session)
        given = follow_up.patient.language or course.intake.patient.language
        language = sheet_language_in(session, given, course_row.patient_id)
    assessment = assess_follow_up(course, follow_up, settings, version=version)
    plan = stage_for(
        follow_up, earlier_stage=earlier_stage, referral=bool(assessment.referral_flags)
    )
    paper: Paper = "letter" if clinic.paper_size == "letter" else "a4"
    pdf = followup_sheet_pdf(
        course,
        follow_up,
        assessment,
        plan,
        letterhead=clinic.letterhead(),
        paper=paper,
        settings=settings,
        language=language,
        with_exercises=with_exercises,
    )
    return FollowUpSheetPdf(pdf=pdf, paper=paper, language=language)


# --- Printouts on record ---------------------------------------------------------------------


def record_follow_up_sheet(
    database: Database,
    actor: Actor,
    followup_id: int,
    pdf: bytes,
    *,
    paper: str,
    large_print: bool = False,
    language: str = "en",
    action: str = "printed",
) -> "handouts.HandoutRecord":
    """Keep the follow-up sheet as handed over (`action`: printed or saved), against its
    visit like every handout: kind `followup_sheet`, with the visit's course's first visit
    as `intake_id`. The window calls it, on its background runner, once the sheet has
    gone to the printer or to a file."""
    with database.writing() as session:
        _, course = _submitted_follow_up(session, followup_id)
        return handouts.record_handout_in(
            session,
            actor,
            course.intake_id,
            pdf,
            kind="followup_sheet",
            paper=paper,
            language=language,
            large_print=large_print,
            action=action,
            followup_id=followup_id,
        )


def record_progress_report(
    database: Database,
    actor: Actor,
    course_id: int,
    pdf: bytes,
    *,
    paper: str,
    language: str = "en",
    action: str = "saved",
) -> "handouts.HandoutRecord":
    """Keep a progress report against the course's newest visit: its newest submitted
    follow-up, or the first visit itself while the course has none (the report then
    covers that visit alone)."""
    with database.writing() as session:
        row = _course_row(session, course_id)
        follow_ups = _submitted_follow_ups(session, course_id)
        return handouts.record_handout_in(
            session,
            actor,
            row.intake_id,
            pdf,
            kind="progress_report",
            paper=paper,
            language=language,
            action=action,
            followup_id=follow_ups[-1].id if follow_ups else None,
        )
