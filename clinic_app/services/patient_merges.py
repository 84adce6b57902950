"""Duplicate patients merged into one record, by an administrator (self-entry.md).

Self-entry makes duplicates: a patient who types their name a little differently at the
kiosk is registered again. An administrator looks at the two records side by side and
merges one into the other. The survivor keeps its number and its details; every intake
and course of the other moves to it, and with them everything that points at those
(assessments, decisions, handouts, follow-ups, desk alerts, the desk's checks of the
patient's own entries). The merged-away record stays, marked merged into the survivor,
so printouts and the audit trail that name it still lead somewhere; search and the
patient list pass over it.

The database holds the merge to its word (migration 0008): an intake or course changes
patient only with the `patient_merges` row for exactly that pair, and that row, which
keeps both identities as they stood, can be neither changed nor deleted. The audit event
names both patients by id and number; their names and birth dates stay out of the trail
(audit.py) and are read from the merge's own row.

A merge is refused while either patient has a draft open (an intake or follow-up being
typed somewhere): the draft would be submitted under the patient just merged away, or
its workstation's next save would meet a record that moved under it.
"""

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from clinic_app.intake import Patient as PatientDetails
from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.services.intakes import load_document
from clinic_app.services.patients import PatientRow, likely_duplicates, name_key
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordNotFound, StorageError
from clinic_app.storage.models import (
    Course,
    Followup,
    Handout,
    Intake,
    Patient,
    PatientMerge,
    Review,
)
from clinic_app.storage.types import utc_now

_TO = "merge patient records"


class MergeRefused(StorageError):
    """A merge that cannot be done (now); the message says why and what to do."""


@dataclass(frozen=True)
class PatientSide:
    """One of the two records, as the merge dialog shows it."""

    patient_id: int
    clinic_number: str | None
    first_name: str
    last_name: str
    date_of_birth: date
    sex: str
    phone: str | None
    email: str | None
    merged_into: int | None
    intakes: int
    courses: int
    follow_ups: int
    handouts: int
    decisions: int
    open_drafts: int
    """Intake and follow-up drafts of this patient not yet submitted."""

    @property
    def display_name(self) -> str:
        return f"{self.last_name}, {self.first_name}"


@dataclass(frozen=True)
class Refusal:
    """Why two records cannot be merged now: `reason` for a window to word in its own
    language, about `side`; `words` as the command line and MergeRefused say it."""

    reason: Literal["same_patient", "already_merged", "drafts_open"]
    side: PatientSide
    words: str


@dataclass(frozen=True)
class SideBySide:
    """Both records, and why they cannot be merged now (None when they can)."""

    first: PatientSide
    second: PatientSide
    refused: Refusal | None

    @property
    def refusal(self) -> str | None:
        return None if self.refused is None else self.refused.words


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    survivor_id: int
    merged_id: int
    survivor_number: str | None
    merged_number: str | None
    intakes_moved: int
    courses_moved: int
    merged_at: datetime


def side_by_side(database: Database, actor: Actor, first_id: int, second_id: int) -> SideBySide:
    """What the administrator compares before choosing which record survives (admins only:
    it shows two patients' details to decide something about both)."""
    actor.require("admin", to=_TO)
    with database.reading() as session:
        first = _patient(session, first_id)
        second = _patient(session, second_id)
        drafts = _open_drafts(session, (first, second))
        sides = (_side(session, first, drafts[first.id]), _side(session, second, drafts[second.id]))
        return SideBySide(sides[0], sides[1], _refusal(*sides))


def merge_patients(
    database: Database, actor: Actor, survivor_id: int, merged_id: int
) -> MergeResult:
    """Merge `merged_id` into `survivor_id`, in one transaction, audited (admins only).

    Raises MergeRefused for a patient merged into itself, one already merged away, or
    while either has a draft open; RecordNotFound for a patient not on record.
    """
    actor.require("admin", to=_TO)
    if survivor_id == merged_id:
        raise MergeRefused("a patient cannot be merged into themselves: choose two records")
    with database.writing() as session:
        # Both rows locked in one order (PostgreSQL), so two merges of one pair take turns.
        locked = {
            row.id: row
            for row in session.scalars(
                select(Patient)
                .where(Patient.id.in_((survivor_id, merged_id)))
                .order_by(Patient.id)
                .with_for_update()
            )
        }
        survivor = locked.get(survivor_id) or _patient(session, survivor_id)
        merged = locked.get(merged_id) or _patient(session, merged_id)
        drafts = _open_drafts(session, (survivor, merged))
        refusal = _refusal(
            _side(session, survivor, drafts[survivor.id]),
            _side(session, merged, drafts[merged.id]),
        )
        if refusal is not None:
            raise MergeRefused(refusal.words)
        now = utc_now()
        merge = PatientMerge(
            survivor_id=survivor.id,
            merged_id=merged.id,
            survivor_identity=json.dumps(identity_of(survivor), ensure_ascii=False),
            merged_identity=json.dumps(identity_of(merged), ensure_ascii=False),
            merged_by=actor.name,
            merged_at=now,
        )
        session.add(merge)
        session.flush()  # the database's guards look for this row before anything moves
        intakes_moved = _move(session, Intake, merged.id, survivor.id, now, actor)
        courses_moved = _move(session, Course, merged.id, survivor.id, now, actor)
        session.execute(
            update(Patient)
            .where(Patient.id == merged.id)
            .values(
                merged_into=survivor.id,
                version=Patient.version + 1,
                updated_at=now,
                updated_by=actor.name,
            )
            .execution_options(synchronize_session=False)
        )
        audit.record(
            session,
            actor,
            "patient.merged",
            "patient",
            survivor.id,
            f"patient {merged.id} ({_number(merged)}) merged into patient {survivor.id} "
            f"({_number(survivor)}); merge {merge.id}: {intakes_moved} intake(s), "
            f"{courses_moved} course(s) moved",
        )
        return MergeResult(
            merge.id,
            survivor.id,
            merged.id,
            survivor.clinic_number,
            merged.clinic_number,
            intakes_moved,
            courses_moved,
            now,
        )


def candidates_for(database: Database, actor: Actor, patient_id: int) -> list[PatientRow]:
    """The likely duplicates of one patient, as the New patient dialog finds them (same
    birth date and a name in common, or the same name): what to merge them with first."""
    actor.require("admin", to=_TO)
    with database.reading() as session:
        patient = _patient(session, patient_id)
        details = PatientDetails(
            first_name=patient.first_name,
            last_name=patient.last_name,
            date_of_birth=patient.date_of_birth,
        )
        return [row for row in likely_duplicates(session, details) if row.id != patient_id]


def identity_of(patient: Patient) -> dict[str, Any]:
    """Who a record said the patient was, as a merge keeps it."""
    return {
        "patient_id": patient.id,
        "clinic_number": patient.clinic_number,
        "first_name": patient.first_name,
        "last_name": patient.last_name,
        "date_of_birth": patient.date_of_birth.isoformat(),
    }


def merged_numbers_in(session: Session) -> dict[int, list[str]]:
    """For every surviving patient, the numbers (else `#id`) of the records merged into
    them, merges of merges included, in merge order: what an export names."""
    merges = session.execute(
        select(PatientMerge.survivor_id, PatientMerge.merged_id).order_by(PatientMerge.id)
    ).all()
    if not merges:
        return {}
    into = {merged: survivor for survivor, merged in merges}
    numbers: dict[int, str | None] = dict(
        session.execute(
            select(Patient.id, Patient.clinic_number).where(Patient.id.in_(list(into)))
        ).all()
    )
    found: dict[int, list[str]] = {}
    for _survivor, merged in merges:
        last = merged
        seen = {last}
        while last in into and into[last] not in seen:
            last = into[last]
            seen.add(last)
        found.setdefault(last, []).append(numbers.get(merged) or f"#{merged}")
    return found


def _patient(session: Session, patient_id: int) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise RecordNotFound(f"patient {patient_id} does not exist")
    return patient


def _number(patient: Patient) -> str:
    return patient.clinic_number or "no number"


def _refusal(survivor: PatientSide, merged: PatientSide) -> Refusal | None:
    """Why these two cannot be merged now, in the administrator's words; None if they can."""
    if survivor.patient_id == merged.patient_id:
        return Refusal(
            "same_patient",
            survivor,
            "a patient cannot be merged into themselves: choose two records",
        )
    for side in (survivor, merged):
        if side.merged_into is not None:
            return Refusal(
                "already_merged",
                side,
                f"patient {side.patient_id} was already merged into patient "
                f"{side.merged_into}; choose the record that survived instead",
            )
    for side in (survivor, merged):
        if side.open_drafts:
            return Refusal(
                "drafts_open",
                side,
                f"{side.display_name} (patient {side.patient_id}) has {side.open_drafts} "
                "draft(s) open (an intake or follow-up being typed); finish or discard "
                "them first, then merge",
            )
    return None


def _side(session: Session, patient: Patient, open_drafts: int) -> PatientSide:
    intake_ids = select(Intake.id).where(Intake.patient_id == patient.id).scalar_subquery()
    course_ids = select(Course.id).where(Course.patient_id == patient.id).scalar_subquery()

    def counted(query: Any) -> int:
        return int(session.scalar(query) or 0)

    return PatientSide(
        patient.id,
        patient.clinic_number,
        patient.first_name,
        patient.last_name,
        patient.date_of_birth,
        patient.sex,
        patient.phone,
        patient.email,
        patient.merged_into,
        counted(
            select(func.count())
            .select_from(Intake)
            .where(Intake.patient_id == patient.id, Intake.status == "submitted")
        ),
        counted(select(func.count()).select_from(Course).where(Course.patient_id == patient.id)),
        counted(
            select(func.count())
            .select_from(Followup)
            .where(Followup.course_id.in_(course_ids), Followup.status == "submitted")
        ),
        counted(select(func.count()).select_from(Handout).where(Handout.intake_id.in_(intake_ids))),
        counted(select(func.count()).select_from(Review).where(Review.intake_id.in_(intake_ids))),
        open_drafts,
    )


def _open_drafts(session: Session, patients: Sequence[Patient]) -> dict[int, int]:
    """How many drafts each patient has open: follow-up drafts of their courses, and intake
    drafts that name them (a draft has no patient until it is submitted, so its typed
    identity is read: the same clinic number, or the same names and birth date)."""
    counts = {patient.id: 0 for patient in patients}
    ids = list(counts)
    for patient_id, number in session.execute(
        select(Course.patient_id, func.count())
        .join(Followup, Followup.course_id == Course.id)
        .where(Course.patient_id.in_(ids), Followup.status == "draft")
        .group_by(Course.patient_id)
    ):
        counts[patient_id] += number
    for draft_patient, stored in session.execute(
        select(Intake.patient_id, Intake.document).where(Intake.status == "draft")
    ):
        for patient in _named_by(patients, draft_patient, stored):
            counts[patient.id] += 1
    return counts


def _named_by(patients: Iterable[Patient], patient_id: int | None, stored: str) -> list[Patient]:
    try:
        section = load_document(stored).get("patient")
    except ValueError:
        section = None
    typed: dict[str, Any] = section if isinstance(section, dict) else {}

    def text(name: str) -> str:
        value = typed.get(name)
        return value.strip() if isinstance(value, str) else ""

    named: list[Patient] = []
    for patient in patients:
        same_number = bool(patient.clinic_number) and text("clinic_number") == (
            patient.clinic_number
        )
        same_person = (
            name_key(text("first_name")) == patient.first_key
            and name_key(text("last_name")) == patient.last_key
            and text("date_of_birth") == patient.date_of_birth.isoformat()
        )
        if patient_id == patient.id or same_number or same_person:
            named.append(patient)
    return named


def _move(
    session: Session,
    table: type[Intake] | type[Course],
    merged_id: int,
    survivor_id: int,
    now: datetime,
    actor: Actor,
) -> int:
    """Re-point one table's rows; each moved row's version moves on, so a screen that read
    it before the merge is refused its save (optimistic locking) rather than undoing it."""
    values: dict[str, Any] = {"patient_id": survivor_id, "version": table.version + 1}
    if table is Intake:
        values.update(updated_at=now, updated_by=actor.name)
    moved = session.execute(
        update(table)
        .where(table.patient_id == merged_id)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return int(moved.rowcount)  # type: ignore[attr-defined]
