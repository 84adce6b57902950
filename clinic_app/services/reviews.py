"""Clinician review of a submitted intake: what the clinician reads, what they decide,
and the referral letter that follows a decision to refer.

Decisions are append-only, each with who, when and why. An intake leaves the working
queue once it has a decision for the whole intake, or one for every referral flag of its
latest assessment. Opening an intake for review is itself on the audit trail ("who saw
what"); the letter is made from what was stored at submission, never from a fresh
assessment, so it says what the clinician saw.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clinic_app.handouts.content import DESTINATIONS, PAPERS, REFERRAL_URGENCIES, Paper
from clinic_app.services import audit, clinic_settings
from clinic_app.services.actor import Actor
from clinic_app.services.handouts import (
    HandoutRecord,
    assessment_for_printing,
    latest_assessment,
    paper_named,
    stored_assessment,
    stored_intake,
)
from clinic_app.services.intakes import load_document
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordNotFound, StorageError
from clinic_app.storage.models import (
    DECISIONS,
    Assessment,
    FlagRecord,
    Followup,
    Handout,
    Intake,
    Patient,
    Review,
    User,
)
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
    """The flag decided on; None for a decision on the whole intake."""
    decision: str
    destination: str | None
    urgency: str | None
    reason: str
    decided_by: str
    """The decider's username, as on the audit trail."""
    decided_at: datetime
    decided_by_name: str
    """The decider's display name, as staff and letters name them."""


@dataclass(frozen=True)
class PatientOnRecord:
    """The patient as registered now (the intake's own answers may be older)."""

    id: int
    first_name: str
    last_name: str
    date_of_birth: date
    clinic_number: str | None
    sex: str
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class IntakeUnderReview:
    """Everything the review pane shows of one submitted intake, read at one moment."""

    intake_id: int
    patient: PatientOnRecord
    document: dict[str, Any]
    visit_date: date | None
    review_status: str
    flags: tuple[FlagOnRecord, ...]
    """The latest assessment's flags, in their stored (reporting) order."""
    open_flag_ids: frozenset[int]
    """The referral flags still waiting for a clinician's decision."""
    decisions: tuple[Decision, ...]
    """Oldest first."""
    handouts: tuple[HandoutRecord, ...]
    """Every sheet and letter printed or saved for this intake, oldest first."""

    def is_open(self, flag: FlagOnRecord) -> bool:
        return flag.id in self.open_flag_ids

    def decision_on(self, flag: FlagOnRecord) -> Decision | None:
        """The newest decision that closed this flag: its own, or one on the whole intake."""
        closing = [d for d in self.decisions if d.flag_id in (flag.id, None)]
        return closing[-1] if closing else None

    def newest_referral(self) -> Decision | None:
        """The newest decision to refer, which a referral letter is made from."""
        referrals = [d for d in self.decisions if d.decision == "refer"]
        return referrals[-1] if referrals else None


@dataclass(frozen=True)
class LetterPdf:
    """A referral letter ready to preview, print or save, with what `record_handout` needs."""

    pdf: bytes
    paper: Paper
    large_print: bool
    language: str


DECIDED_AT_INTAKE: tuple[str, ...] = ("referral",)
DECIDED_AT_FOLLOW_UP: tuple[str, ...] = ("referral", "follow_up")
"""The kinds of flag a clinician decides on: at an intake its referral flags, at a
follow-up its follow-up flags too. Advice is the sheet's, never decided on."""


def open_flags(
    flags: Iterable[FlagOnRecord],
    decided: Iterable[int | None],
    kinds: tuple[str, ...] = DECIDED_AT_INTAKE,
) -> frozenset[int]:
    """The flags to decide on (`kinds`) that no decision has closed: a decision on the
    whole visit (None) closes all."""
    closed = set(decided)
    if None in closed:
        return frozenset()
    return frozenset(flag.id for flag in flags if flag.kind in kinds and flag.id not in closed)


def _flags(assessment: Assessment | None) -> list[FlagOnRecord]:
    if assessment is None:
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
            assessment.rules_version,
        )
        for flag in assessment.flags
    ]


def flags_of_assessment(assessment: Assessment | None) -> list[FlagOnRecord]:
    """The stored flags of one assessment (an intake's or a follow-up's), in order."""
    return _flags(assessment)


def decisions_in(
    session: Session, intake_id: int, followup_id: int | None = None
) -> list[Decision]:
    """The decisions on an intake's own flags (followup_id None) or on one of its course's
    follow-ups, oldest first, inside the caller's transaction."""
    return _decisions(session, intake_id, followup_id)


def _decisions(session: Session, intake_id: int, followup_id: int | None = None) -> list[Decision]:
    visit = (
        Review.followup_id.is_(None) if followup_id is None else Review.followup_id == followup_id
    )
    query = (
        select(Review, User.username, User.display_name)
        .join(User, User.id == Review.decided_by)
        .where(Review.intake_id == intake_id, visit)
        .order_by(Review.decided_at, Review.id)
    )
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
            display_name,
        )
        for review, username, display_name in session.execute(query)
    ]


def _handouts(session: Session, intake_id: int) -> list[HandoutRecord]:
    """The handouts on record, without their PDF bytes (the pane lists them only)."""
    query = (
        select(
            Handout.id,
            Handout.intake_id,
            Handout.kind,
            Handout.paper,
            Handout.language,
            Handout.large_print,
            Handout.created_by,
            Handout.created_at,
            Handout.sha256,
        )
        .where(Handout.intake_id == intake_id, Handout.followup_id.is_(None))
        .order_by(Handout.id)
    )
    return [HandoutRecord(*row) for row in session.execute(query)]


def flags_of(database: Database, intake_id: int) -> list[FlagOnRecord]:
    """The flags of the intake's latest assessment, in reporting order."""
    with database.reading() as session:
        return _flags(latest_assessment(session, intake_id))


def decisions_of(database: Database, intake_id: int) -> list[Decision]:
    """The intake's decisions, oldest first."""
    with database.reading() as session:
        return _decisions(session, intake_id)


def intake_under_review(
    database: Database, actor: Actor, intake_id: int, *, record_view: bool = True
) -> IntakeUnderReview:
    """One submitted intake as a clinician reviews it; opening it goes on the audit trail.

    `record_view=False` is for refreshing an intake the same user already has open (after
    a decision, or a handout put on record): the trail says who opened what, not how often
    the screen was redrawn. The event and the read are one transaction: no view goes
    unrecorded, and no record is left of a view that failed.
    """
    actor.require("clinician", "admin", to="review intakes")
    with database.writing() as session:
        row = session.get(Intake, intake_id)
        if row is None or row.status != "submitted":
            raise RecordNotFound(
                f"intake {intake_id} is not a submitted intake (it may still be a draft, "
                "or it was discarded); choose another one from the queue"
            )
        patient = session.get(Patient, row.patient_id) if row.patient_id is not None else None
        if patient is None:
            raise StorageError(
                f"intake {intake_id} has no patient on record; ask the administrator to check it"
            )
        try:
            document = load_document(row.document)
            flags = _flags(latest_assessment(session, intake_id))
        except ValueError:  # JSON damaged by hand
            raise StorageError(
                f"intake {intake_id} is damaged in the database; ask the administrator to check it"
            ) from None
        decisions = _decisions(session, intake_id)
        handouts = _handouts(session, intake_id)
        if record_view:
            audit.record(session, actor, "intake.viewed", "intake", intake_id)
        return IntakeUnderReview(
            intake_id=intake_id,
            patient=PatientOnRecord(
                patient.id,
                patient.first_name,
                patient.last_name,
                patient.date_of_birth,
                patient.clinic_number,
                patient.sex,
                patient.phone,
                patient.email,
            ),
            document=document,
            visit_date=row.visit_date,
            review_status=row.review_status,
            flags=tuple(flags),
            open_flag_ids=open_flags(flags, (decision.flag_id for decision in decisions)),
            decisions=tuple(decisions),
            handouts=tuple(handouts),
        )


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
    check_decision(actor, decision, reason, destination, urgency)
    with database.writing() as session:
        intake = session.get(Intake, intake_id)
        if intake is None or intake.status != "submitted":
            raise RecordNotFound(f"intake {intake_id} is not a submitted intake")
        return decide_in(
            session,
            actor,
            intake_id,
            None,
            decision=decision,
            reason=reason,
            flag_id=flag_id,
            destination=destination,
            urgency=urgency,
        )


def decide_in(
    session: Session,
    actor: Actor,
    intake_id: int,
    followup_id: int | None,
    *,
    decision: str,
    reason: str,
    flag_id: int | None,
    destination: str | None,
    urgency: str | None,
) -> Decision:
    """Store one checked decision (`check_decision`) on a visit, inside the caller's
    transaction: the intake itself (`followup_id` None) or one follow-up of the course
    `intake_id` began. The one way an intake's and a follow-up's decisions are kept.

    The flag must be one to decide on (DECIDED_AT_INTAKE, DECIDED_AT_FOLLOW_UP) of the
    visit's latest assessment. The visit leaves the working queue once it has a decision
    on the whole visit, or one on every such flag."""
    decider = session.get(User, actor.user_id) if actor.user_id is not None else None
    if decider is None or actor.user_id is None:
        raise DecisionRefused("decisions are made by a signed-in clinician")
    kinds = DECIDED_AT_INTAKE if followup_id is None else DECIDED_AT_FOLLOW_UP
    visit = (
        Assessment.followup_id.is_(None)
        if followup_id is None
        else Assessment.followup_id == followup_id
    )
    latest = session.scalar(
        select(Assessment.id)
        .where(Assessment.intake_id == intake_id, visit)
        .order_by(Assessment.id.desc())
        .limit(1)
    )
    decidable = set(
        session.scalars(
            select(FlagRecord.id).where(
                FlagRecord.assessment_id == latest, FlagRecord.kind.in_(kinds)
            )
        )
    )
    what = f"intake {intake_id}" if followup_id is None else f"follow-up {followup_id}"
    if flag_id is not None and flag_id not in decidable:
        named = " or ".join(kind.replace("_", "-") for kind in kinds)
        raise DecisionRefused(f"flag {flag_id} is not a {named} flag of {what}")
    review = Review(
        intake_id=intake_id,
        followup_id=followup_id,
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
    same_visit = (
        Review.followup_id.is_(None) if followup_id is None else Review.followup_id == followup_id
    )
    decided = set(
        session.scalars(select(Review.flag_id).where(Review.intake_id == intake_id, same_visit))
    )
    if None in decided or decidable <= decided:
        table = Intake if followup_id is None else Followup
        record = intake_id if followup_id is None else followup_id
        session.execute(update(table).where(table.id == record).values(review_status="reviewed"))
    if followup_id is None:
        audit.record(session, actor, "review.decided", "intake", intake_id, decision)
    else:
        audit.record(session, actor, "review.decided", "followup", followup_id, decision)
    return Decision(
        review.id,
        flag_id,
        decision,
        review.destination,
        review.urgency,
        review.reason,
        actor.name,
        review.decided_at,
        decider.display_name,
    )


def check_decision(
    actor: Actor, decision: str, reason: str, destination: str | None, urgency: str | None
) -> None:
    """Refuse, in words, a decision that is not complete (an intake's or a follow-up's)."""
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


def referral_letter_for(
    database: Database,
    actor: Actor,
    intake_id: int,
    decision_id: int,
    *,
    paper: Paper | None = None,
    written_on: date | None = None,
) -> LetterPdf:
    """The referral letter of one stored decision to refer, as PDF bytes.

    Where to and how soon are the decision's; its reason is the clinician's note and the
    decider signs it. The flags are the stored ones of the intake's latest assessment, as
    the clinician saw them. The letterhead and (unless `paper` is given) the paper size
    are the clinic's current settings. Only clinicians write referral letters.
    """
    actor.require("clinician", to="make referral letters")
    # ReportLab, pydantic and the rules load on first use, not when the app starts.
    from clinic_app.handouts.letter import build_referral_letter
    from clinic_app.handouts.render import render_referral_letter

    with database.reading() as session:
        row = session.get(Intake, intake_id)
        if row is None or row.status != "submitted":
            raise RecordNotFound(
                f"intake {intake_id} is not a submitted intake, so it has no referral letter"
            )
        review = session.get(Review, decision_id)
        if review is None or review.intake_id != intake_id or review.followup_id is not None:
            raise DecisionRefused(
                f"decision {decision_id} is not a decision on intake {intake_id}; "
                "reopen the intake and choose its referral"
            )
        if review.decision != "refer" or review.destination is None:
            raise DecisionRefused(
                "a referral letter is made from a decision to refer; this decision was "
                f"{review.decision.replace('_', ' ')}"
            )
        decider = session.get(User, review.decided_by)
        stored = assessment_for_printing(session, intake_id, "no letter can be made")
        assessment = stored_assessment(intake_id, stored)
        clinic = clinic_settings.load_in(session)
        document = row.document
        destination, urgency, reason = review.destination, review.urgency, review.reason
        clinician = decider.display_name if decider is not None else ""

    intake = stored_intake(intake_id, document)
    chosen = paper if paper is not None else paper_named(clinic.paper_size)
    if chosen not in PAPERS:
        raise StorageError(f"paper size {chosen!r}: must be {' or '.join(PAPERS)}")
    try:
        letter = build_referral_letter(
            intake,
            assessment,
            destination=destination,
            urgency=urgency,
            clinician=clinician,
            reason=reason,
            letterhead=clinic.letterhead(),
            written_on=written_on or date.today(),
            language=clinic.letters_in(),
        )
    except ValueError as error:  # a destination or urgency damaged in the database
        raise StorageError(
            f"decision {decision_id} is damaged in the database ({error}); "
            "ask the administrator to check it"
        ) from None
    pdf = render_referral_letter(letter, paper=chosen)
    return LetterPdf(pdf=pdf, paper=chosen, large_print=False, language=letter.language)
