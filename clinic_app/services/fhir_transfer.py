"""FHIR in and out of the database: QuestionnaireResponses in as patient entries, each
submitted visit out as a Bundle (fhir.md).

Import is all or nothing, as the JSON import is: every response is read and checked
first, and one problem in one file keeps the whole batch out. What comes in is never an
intake by itself: it waits in the desk's "Patient entries" like a kiosk's (self-entry.md).
Export reads the records in a few bulk queries (not one per visit), builds each Bundle
with the pure `clinic_app.fhir`, and writes `<id>.fhir.json` files (0600) in a 0700 folder;
the audit trail records it as it records a JSON export.
"""

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from clinic_app import __version__
from clinic_app.fhir.bundle import (
    DecisionRecord,
    FlagRecord,
    HandoutRecord,
    PatientRecord,
    VisitRecord,
    build_bundle,
)
from clinic_app.fhir.response import ResponseRefused, read_response
from clinic_app.followups import parse_follow_up
from clinic_app.intake import DocumentUnreadable, parse_intake, read_document
from clinic_app.languages import KNOWN_LANGUAGES
from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.services.files import write_private
from clinic_app.services.patient_entries import EntryRefused, EntryToAdd, add_entries
from clinic_app.services.transfer import ImportRefused, intake_files, patient_ids
from clinic_app.storage.database import Database
from clinic_app.storage.errors import StorageError
from clinic_app.storage.models import (
    Assessment,
    Course,
    Followup,
    Handout,
    Intake,
    Patient,
    PatientEntryCheck,
    Review,
    User,
)
from clinic_app.storage.models import FlagRecord as StoredFlag

FHIR_SUFFIX = ".fhir.json"
SOURCE = "fhir"
"""The source a patient entry from a FHIR form is kept under."""


@dataclass(frozen=True)
class ResponsesImported:
    entry_ids: tuple[int, ...]
    alerted: int
    """Entries whose answers raised the desk's alert (emergency or urgent)."""
    to_correct: tuple[int, ...] = ()
    """Entries kept with values the desk must correct before they can be submitted."""


def import_responses(
    database: Database,
    actor: Actor,
    sources: Iterable[str],
    *,
    keep_value_problems: bool = False,
) -> ResponsesImported:
    """Read every QuestionnaireResponse named, then keep them all as patient entries in one
    transaction, or none (ImportRefused: one line per problem, "FILE: linkId: what").

    With `keep_value_problems` (the app's File → Import patient answers…), a response
    whose only problems are its values (out of range, worst pain below pain now) is kept
    too: the desk opens it, sees those answers refused on their fields, and corrects them
    before it can be submitted, so a patient's answers are not thrown away for a typo
    (fhir.md). The command line refuses it, naming each problem.
    """
    files = intake_files(sources)
    problems: list[str] = []
    entries: list[EntryToAdd] = []
    correcting: list[int] = []
    for path in files:
        try:
            response = read_document(str(path))
            read = read_response(response)
        except DocumentUnreadable as unreadable:
            problems.append(str(unreadable))
            continue
        except ResponseRefused as refused:
            problems.extend(f"{path}: {problem}" for problem in refused.problems)
            continue
        if read.value_problems and not keep_value_problems:
            problems.extend(f"{path}: {problem}" for problem in read.value_problems)
            continue
        if read.value_problems:
            correcting.append(len(entries))
        entries.append(
            EntryToAdd(
                SOURCE,
                _language(read.language, read.document),
                read.document,
                True,
                _authored(response.get("authored")),
            )
        )
    if problems:
        raise ImportRefused(problems)
    try:
        added = add_entries(database, entries, received_by=actor)
    except EntryRefused as refused:
        raise ImportRefused([str(refused)]) from None
    return ResponsesImported(
        tuple(entry.entry_id for entry in added),
        sum(bool(entry.alerted) for entry in added),
        tuple(added[index].entry_id for index in correcting),
    )


def _language(response_language: str | None, document: dict[str, Any]) -> str:
    """The patient's language: the response's own, else the one they chose, else English."""
    patient = document.get("patient")
    chosen = patient.get("language") if isinstance(patient, dict) else None
    for candidate in (response_language, chosen):
        if candidate in KNOWN_LANGUAGES:
            return str(candidate)
    return KNOWN_LANGUAGES[0]


def _authored(value: object) -> datetime:
    """When the patient answered, as the response says (with its zone), else now."""
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is not None:
            return moment
    return datetime.now(UTC)


def export_bundles(
    database: Database,
    actor: Actor,
    directory: Path,
    *,
    since: date | None = None,
    patient: str | None = None,
) -> list[Path]:
    """Write `<intake id>.fhir.json` per submitted intake and `followup-<id>.fhir.json` per
    submitted follow-up (same filters as the JSON export), each one Bundle."""
    intakes = select(Intake).where(Intake.status == "submitted")
    follow_ups = (
        select(Followup, Course.patient_id)
        .join(Course, Course.id == Followup.course_id)
        .where(Followup.status == "submitted")
    )
    if since is not None:
        intakes = intakes.where(Intake.visit_date >= since)
        follow_ups = follow_ups.where(Followup.visit_date >= since)
    if patient is not None:
        wanted = patient_ids(database, patient)
        intakes = intakes.where(Intake.patient_id.in_(wanted))
        follow_ups = follow_ups.where(Course.patient_id.in_(wanted))
    _private_folder(directory)
    written: list[Path] = []
    with database.reading() as session:
        visits = _intake_visits(session, intakes.order_by(Intake.id))
        visits += _follow_up_visits(session, follow_ups.order_by(Followup.id))
    for visit in visits:
        name = (
            f"{visit.id}{FHIR_SUFFIX}"
            if visit.kind == "intake"
            else (f"followup-{visit.id}{FHIR_SUFFIX}")
        )
        text = json.dumps(build_bundle(visit), indent=2, ensure_ascii=False) + "\n"
        written.append(write_private(directory / name, text.encode("utf-8"), what="the Bundle"))
    with database.writing() as session:
        audit.record(
            session, actor, "intake.exported", "intake", None, f"{len(written)} files (FHIR)"
        )
    return written


def _private_folder(directory: Path) -> None:
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(f"{directory}: cannot create the folder ({error.strerror})") from None
    if not directory.is_dir():
        raise StorageError(f"{directory}: is not a folder")


def _patients(session: Any, ids: set[int]) -> dict[int, PatientRecord]:
    rows = session.scalars(select(Patient).where(Patient.id.in_(ids))) if ids else []
    return {
        row.id: PatientRecord(
            row.id,
            row.first_name,
            row.last_name,
            row.date_of_birth,
            row.sex,
            row.clinic_number,
            row.phone,
            row.email,
        )
        for row in rows
    }


def _flags(session: Any, column: Any, ids: Sequence[int]) -> dict[int, list[FlagRecord]]:
    """The flags of each visit's latest assessment, by visit id."""
    found: dict[int, list[FlagRecord]] = defaultdict(list)
    if not ids:
        return found
    latest: dict[int, int] = {}
    assessments = session.execute(
        select(column, Assessment.id).where(column.in_(ids)).order_by(Assessment.id)
    )
    for visit_id, assessment_id in assessments:
        latest[visit_id] = assessment_id
    if not latest:
        return found
    visit_of = {assessment_id: visit_id for visit_id, assessment_id in latest.items()}
    rows = session.execute(
        select(StoredFlag, Assessment.rules_version, Assessment.assessed_at)
        .join(Assessment, Assessment.id == StoredFlag.assessment_id)
        .where(StoredFlag.assessment_id.in_(list(visit_of)))
        .order_by(StoredFlag.assessment_id, StoredFlag.position)
    )
    for flag, version, assessed_at in rows:
        found[visit_of[flag.assessment_id]].append(
            FlagRecord(
                flag.id, flag.code, flag.kind, flag.urgency, flag.title, version, assessed_at
            )
        )
    return found


def _decisions(session: Any, query: Any) -> dict[int, list[DecisionRecord]]:
    found: dict[int, list[DecisionRecord]] = defaultdict(list)
    for visit_id, review, clinician in session.execute(query):
        found[visit_id].append(
            DecisionRecord(
                review.id,
                review.flag_id,
                review.decision,
                review.destination,
                review.urgency,
                review.reason,
                clinician,
                review.decided_at,
            )
        )
    return found


def _handouts(session: Any, query: Any) -> dict[int, list[HandoutRecord]]:
    found: dict[int, list[HandoutRecord]] = defaultdict(list)
    for visit_id, handout in session.execute(query):
        found[visit_id].append(
            HandoutRecord(
                handout.id, handout.kind, handout.pdf, handout.created_at, handout.language
            )
        )
    return found


def _intake_visits(session: Any, query: Any) -> list[VisitRecord]:
    rows = list(session.scalars(query))
    ids = [row.id for row in rows]
    patients = _patients(session, {row.patient_id for row in rows if row.patient_id is not None})
    assessed = _flags(session, Assessment.intake_id, ids)
    decided = _decisions(
        session,
        select(Review.intake_id, Review, User.display_name)
        .join(User, User.id == Review.decided_by)
        .where(Review.intake_id.in_(ids), Review.followup_id.is_(None))
        .order_by(Review.id),
    )
    printed = _handouts(
        session,
        select(Handout.intake_id, Handout)
        .where(Handout.intake_id.in_(ids), Handout.followup_id.is_(None))
        .order_by(Handout.id),
    )
    self_entered = set(
        session.scalars(
            select(PatientEntryCheck.intake_id).where(PatientEntryCheck.intake_id.in_(ids))
        )
    )
    visits: list[VisitRecord] = []
    for row in rows:
        if row.patient_id is None:
            continue
        intake = parse_intake(json.loads(row.document))
        visits.append(
            VisitRecord(
                "intake",
                row.id,
                patients[row.patient_id],
                intake.visit_date,
                row.submitted_at or row.updated_at,
                row.updated_by,
                intake=intake,
                self_entered=row.id in self_entered,
                pain_now=intake.symptoms.pain_now,
                pain_worst=intake.symptoms.pain_worst,
                measures=intake.measures.model_dump(mode="json"),
                flags=assessed[row.id],
                decisions=decided[row.id],
                handouts=printed[row.id],
                questionnaire_version=__version__,
            )
        )
    return visits


def _follow_up_visits(session: Any, query: Any) -> list[VisitRecord]:
    rows = list(session.execute(query))
    ids = [row.id for row, _patient in rows]
    patients = _patients(session, {patient_id for _row, patient_id in rows})
    assessed = _flags(session, Assessment.followup_id, ids)
    decided = _decisions(
        session,
        select(Review.followup_id, Review, User.display_name)
        .join(User, User.id == Review.decided_by)
        .where(Review.followup_id.in_(ids))
        .order_by(Review.id),
    )
    printed = _handouts(
        session,
        select(Handout.followup_id, Handout)
        .where(Handout.followup_id.in_(ids))
        .order_by(Handout.id),
    )
    visits: list[VisitRecord] = []
    for row, patient_id in rows:
        follow_up = parse_follow_up(json.loads(row.document))
        visits.append(
            VisitRecord(
                "followup",
                row.id,
                patients[patient_id],
                follow_up.visit_date,
                row.submitted_at or row.updated_at,
                row.updated_by,
                pain_now=follow_up.symptoms.pain_now,
                pain_worst=follow_up.symptoms.pain_worst,
                measures=follow_up.measures.model_dump(mode="json"),
                flags=assessed[row.id],
                decisions=decided[row.id],
                handouts=printed[row.id],
            )
        )
    return visits
