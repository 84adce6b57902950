"""Every printed or saved sheet and letter is kept: the very bytes, and their checksum.

The care sheet of a stored intake is made here too, from what was stored when it was
submitted (its flags, rule-set version and thresholds), so a sheet printed years later says
what the clinician saw then, whatever the rules say now.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_app.handouts.content import PAPERS, Paper
from clinic_app.services import audit, clinic_settings
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordNotFound, StorageError
from clinic_app.storage.models import (
    HANDOUT_KINDS,
    Assessment,
    Course,
    FlagRecord,
    Followup,
    Handout,
    Intake,
)
from clinic_app.storage.types import utc_now

if TYPE_CHECKING:
    from clinic_app.exercises.codes import ExerciseCode
    from clinic_app.intake import Intake as IntakeDocument
    from clinic_app.rules.model import Assessment as RulesAssessment
    from clinic_app.rules.model import Flag, Kind, Urgency
    from clinic_app.rules.settings import RuleSettings


@dataclass(frozen=True)
class HandoutRecord:
    id: int
    intake_id: int
    kind: str
    paper: str
    language: str
    large_print: bool
    created_by: str
    created_at: datetime
    sha256: str
    followup_id: int | None = None
    """The follow-up visit it was handed over at; None for the intake's own."""


def record_handout(
    database: Database,
    actor: Actor,
    intake_id: int,
    pdf: bytes,
    *,
    kind: str,
    paper: str,
    language: str = "en",
    large_print: bool = False,
    action: str = "printed",
    followup_id: int | None = None,
) -> HandoutRecord:
    """Keep a copy of what was handed over; `action` says how (printed or saved).

    A follow-up visit's printout gives `followup_id` (and its course's first visit as
    `intake_id`): it is kept with that visit, never among the intake's own handouts
    (`followups.record_follow_up_sheet` and `record_progress_report` find both)."""
    with database.writing() as session:
        return record_handout_in(
            session,
            actor,
            intake_id,
            pdf,
            kind=kind,
            paper=paper,
            language=language,
            large_print=large_print,
            action=action,
            followup_id=followup_id,
        )


def record_handout_in(
    session: Session,
    actor: Actor,
    intake_id: int,
    pdf: bytes,
    *,
    kind: str,
    paper: str,
    language: str = "en",
    large_print: bool = False,
    action: str = "printed",
    followup_id: int | None = None,
) -> HandoutRecord:
    """`record_handout` inside the caller's transaction (a follow-up's printouts find
    their visit and keep the copy in one)."""
    if kind not in HANDOUT_KINDS:
        raise StorageError(f"handout kind {kind!r}: must be one of {', '.join(HANDOUT_KINDS)}")
    if not pdf.startswith(b"%PDF-"):
        raise StorageError("only a PDF can be recorded as a handout")
    if session.get(Intake, intake_id) is None:
        raise RecordNotFound(f"intake {intake_id} does not exist")
    if followup_id is not None and not _follow_up_of(session, followup_id, intake_id):
        raise RecordNotFound(
            f"follow-up {followup_id} is not a submitted follow-up of intake {intake_id}'s course"
        )
    row = Handout(
        followup_id=followup_id,
        intake_id=intake_id,
        kind=kind,
        paper=paper,
        language=language,
        large_print=large_print,
        created_by=actor.name,
        created_at=utc_now(),
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
    )
    session.add(row)
    session.flush()
    if followup_id is None:
        audit.record(session, actor, f"handout.{action}", "intake", intake_id, kind)
    else:
        audit.record(session, actor, f"handout.{action}", "followup", followup_id, kind)
    return _record(row)


def handouts_of_follow_up(database: Database, followup_id: int) -> list[HandoutRecord]:
    """Every sheet printed or saved for one follow-up visit, oldest first."""
    with database.reading() as session:
        rows = session.scalars(
            select(Handout).where(Handout.followup_id == followup_id).order_by(Handout.id)
        )
        return [_record(row) for row in rows]


def _follow_up_of(session: Session, followup_id: int, intake_id: int) -> bool:
    found = session.scalar(
        select(Followup.id)
        .join(Course, Course.id == Followup.course_id)
        .where(
            Followup.id == followup_id,
            Followup.status == "submitted",
            Course.intake_id == intake_id,
        )
    )
    return found is not None


def handouts_of(database: Database, intake_id: int) -> list[HandoutRecord]:
    with database.reading() as session:
        rows = session.scalars(
            select(Handout)
            .where(Handout.intake_id == intake_id, Handout.followup_id.is_(None))
            .order_by(Handout.id)
        )
        return [_record(row) for row in rows]


def handout_pdf(database: Database, handout_id: int) -> bytes:
    with database.reading() as session:
        row = session.get(Handout, handout_id)
        if row is None:
            raise RecordNotFound(f"handout {handout_id} does not exist")
        return row.pdf


def _record(row: Handout) -> HandoutRecord:
    return HandoutRecord(
        row.id,
        row.intake_id,
        row.kind,
        row.paper,
        row.language,
        row.large_print,
        row.created_by,
        row.created_at,
        row.sha256,
        row.followup_id,
    )


class NotSubmitted(StorageError):
    """A care sheet asked for an intake that is still a draft: it has no assessment yet."""


@dataclass(frozen=True)
class CareSheetPdf:
    """A care sheet ready to preview, print or save, with what `record_handout` needs."""

    pdf: bytes
    paper: Paper
    large_print: bool
    language: str
    exercises: tuple[str, ...] = ()
    """The exercises printed on the pages after the sheet, in print order; empty when the
    sheet went alone. The record keeps the bytes, so it holds them too."""


@dataclass(frozen=True)
class StoredForPrinting:
    """A submitted intake as its printouts read it: what was stored when it was assessed."""

    intake: "IntakeDocument"
    assessment: "RulesAssessment"
    settings: "RuleSettings"
    clinic: clinic_settings.ClinicDetails
    language: str


def stored_for_printing(database: Database, intake_id: int, refusal: str) -> StoredForPrinting:
    """The stored intake, its latest assessment and thresholds, the clinic and the patient's
    language; refused with `refusal` for a draft or an intake with no assessment."""
    from clinic_app.services.patients import sheet_language_in

    with database.reading() as session:
        row = session.get(Intake, intake_id)
        if row is None:
            raise RecordNotFound(f"intake {intake_id} does not exist; it may have been discarded")
        if row.status != "submitted":
            raise NotSubmitted(
                f"intake {intake_id} is a draft that has not been submitted; "
                f"submit it first, then print its {refusal}"
            )
        stored = assessment_for_printing(session, intake_id, f"no {refusal} can be printed")
        intake = stored_intake(intake_id, row.document)
        return StoredForPrinting(
            intake=intake,
            assessment=stored_assessment(intake_id, stored),
            settings=_stored_settings(intake_id, stored.settings),
            clinic=clinic_settings.load_in(session),
            language=sheet_language_in(session, intake.patient.language, row.patient_id),
        )


def care_sheet_for(
    database: Database,
    intake_id: int,
    *,
    large_print: bool = False,
    paper: Paper | None = None,
    printed_on: date | None = None,
    exercises: "tuple[ExerciseCode, ...] | None" = (),
) -> CareSheetPdf:
    """The take-home care sheet of a submitted intake, as PDF bytes.

    The flags are the stored ones of the intake's latest assessment, in their stored order,
    under the thresholds stored with them: never a fresh assessment. The letterhead and
    (unless `paper` is given) the paper size are the clinic's current settings. It is in
    the patient's language: the intake's, else their record's, else the clinic's default.
    With `exercises`, the exercise sheet of those exercises follows on a new page of the
    same PDF, so the desk previews and prints the two as one job; None means the ones the
    rules choose (none after an emergency flag), () none.
    """
    # ReportLab, pydantic and the rules load on first use, not when the app starts.
    from clinic_app.handouts.render import render_care_sheet
    from clinic_app.handouts.sheet import build_care_sheet

    stored = stored_for_printing(database, intake_id, "care sheet")
    clinic = stored.clinic
    chosen = paper if paper is not None else paper_named(clinic.paper_size)
    if chosen not in PAPERS:
        raise StorageError(f"paper size {chosen!r}: must be {' or '.join(PAPERS)}")
    printed_on = printed_on or date.today()
    sheet = build_care_sheet(
        stored.intake,
        stored.assessment,
        settings=stored.settings,
        letterhead=clinic.letterhead(),
        printed_on=printed_on,
        language=stored.language,
    )
    exercise_sheet = None
    if exercises != ():
        from clinic_app.exercises.codes import EXERCISE_CODES
        from clinic_app.handouts.exercise_sheet import build_exercise_sheet

        unknown = sorted(set(exercises or ()) - set(EXERCISE_CODES))
        if unknown:
            raise StorageError(f"unknown exercises {', '.join(unknown)}: none was printed")
        exercise_sheet = build_exercise_sheet(  # codes None: the rules choose
            stored.intake,
            stored.assessment,
            codes=exercises,
            letterhead=clinic.letterhead(),
            printed_on=printed_on,
            language=stored.language,
        )
    if exercise_sheet is None or not exercise_sheet.cards:  # none asked for, or none given
        pdf = render_care_sheet(sheet, paper=chosen, large_print=large_print)
        return CareSheetPdf(pdf=pdf, paper=chosen, large_print=large_print, language=sheet.language)

    from clinic_app.handouts.exercise_render import render_care_sheet_with_exercises

    pdf = render_care_sheet_with_exercises(
        sheet, exercise_sheet, paper=chosen, large_print=large_print
    )
    return CareSheetPdf(
        pdf=pdf,
        paper=chosen,
        large_print=large_print,
        language=sheet.language,
        exercises=tuple(card.code for card in exercise_sheet.cards),
    )


def paper_named(name: str) -> Paper:
    """The paper of that name; settings only ever hold a4 or letter, else A4."""
    return next((paper for paper in PAPERS if paper == name), "a4")


def latest_assessment(session: Session, intake_id: int) -> Assessment | None:
    """The intake's newest assessment on record: the one its flags and printouts follow."""
    return session.scalar(
        select(Assessment)
        .where(Assessment.intake_id == intake_id, Assessment.followup_id.is_(None))
        .order_by(Assessment.id.desc())
        .limit(1)
    )


def assessment_for_printing(session: Session, intake_id: int, refusal: str) -> Assessment:
    """The latest assessment, which every printout follows; a StorageError saying `refusal`
    ("no care sheet can be printed") when the intake has none (a database damaged by hand)."""
    stored = latest_assessment(session, intake_id)
    if stored is None:
        raise StorageError(
            f"intake {intake_id} has no assessment on record, so {refusal} for it; "
            "ask the administrator to check the database"
        )
    return stored


def stored_intake(intake_id: int, document: str) -> "IntakeDocument":
    """The stored document read as an intake, or a StorageError that says to have it checked."""
    from clinic_app.intake import parse_intake

    try:
        return parse_intake(json.loads(document))
    except ValueError as error:  # IntakeInvalid, or JSON damaged by hand
        raise StorageError(
            f"the stored intake {intake_id} no longer reads as a valid intake ({error}); "
            "ask the administrator to check it"
        ) from None


def stored_assessment(intake_id: int, stored: Assessment) -> "RulesAssessment":
    """The rules' Assessment as it was stored: the flag rows in their stored positions."""
    from clinic_app.rules.model import Assessment as RulesAssessment

    flags = tuple(
        _stored_flag(intake_id, record)
        for record in sorted(stored.flags, key=lambda record: record.position)
    )
    return RulesAssessment(stored.rules_version, flags)


_KINDS: "dict[str, Kind]" = {"referral": "referral", "advice": "advice"}
_URGENCIES: "dict[str | None, Urgency | None]" = {
    None: None,
    "emergency": "emergency",
    "urgent": "urgent",
    "soon": "soon",
}
"""Each urgency a stored flag may hold, as the rules name it (rules-2027.md added
emergency); anything else is a damaged row."""


def _stored_flag(intake_id: int, record: FlagRecord) -> "Flag":
    from clinic_app.rules.model import Flag

    damaged = StorageError(
        f"flag {record.code!r} of intake {intake_id} is damaged in the database; "
        "ask the administrator to check it"
    )
    kind = _KINDS.get(record.kind)
    if kind is None or record.urgency not in _URGENCIES:
        raise damaged
    urgency = _URGENCIES[record.urgency]
    try:
        evidence = json.loads(record.evidence)
    except ValueError:
        raise damaged from None
    if not isinstance(evidence, list) or not all(isinstance(item, str) for item in evidence):
        raise damaged
    return Flag(
        code=record.code,
        kind=kind,
        urgency=urgency,
        title=record.title,
        evidence=tuple(evidence),
        action=record.action,
        source=record.source,
        clinician_only=record.clinician_only,
    )


def _stored_settings(intake_id: int, stored: str) -> "RuleSettings":
    """The thresholds the intake was assessed under, as stored beside its flags."""
    from clinic_app.rules.settings import RuleSettings

    try:
        return RuleSettings.from_json(json.loads(stored))
    except ValueError:
        raise StorageError(
            f"the thresholds stored with intake {intake_id}'s assessment are damaged; "
            "ask the administrator to check them"
        ) from None
