"""Patients: find or register, search as you type, update without losing someone's edit.

A patient is matched on the clinic number when the intake has one, else on name and date
of birth. Near misses (same birth date and a similar name, or the same name and another
birth date) are returned as likely duplicates for the front desk to check; they are never
merged automatically.
"""

import contextlib
import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, or_, select, text, update
from sqlalchemy.orm import Session

from clinic_app.intake import Patient as PatientDetails
from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordChanged, RecordNotFound
from clinic_app.storage.models import Patient
from clinic_app.storage.types import utc_now

SEARCH_LIMIT = 50


# Letters that are not a base letter plus an accent, so NFKD leaves them whole.
_PLAIN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "þ": "th"})


def name_key(name: str) -> str:
    """A name without case or accents, for matching and prefix search ("Zoë" → "zoe",
    "Søren" → "soren"), so the desk finds a patient however the name is typed."""
    decomposed = unicodedata.normalize("NFKD", name.strip().casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return plain.translate(_PLAIN_LETTERS)


def name_starts_with(key: str) -> ColumnElement[bool]:
    """First or last name starts with `key` (a name_key), as ranges an index can serve:
    LIKE cannot use one on both databases."""
    end = key[:-1] + chr(ord(key[-1]) + 1)  # the smallest string after all with the prefix
    return or_(
        and_(Patient.last_key >= key, Patient.last_key < end),
        and_(Patient.first_key >= key, Patient.first_key < end),
    )


@dataclass(frozen=True)
class PatientRow:
    id: int
    first_name: str
    last_name: str
    date_of_birth: date
    clinic_number: str | None
    version: int

    @property
    def display_name(self) -> str:
        return f"{self.last_name}, {self.first_name}"


@dataclass(frozen=True)
class PatientMatch:
    """The patient an intake belongs to, and who else it might be."""

    patient: PatientRow
    created: bool
    likely_duplicates: tuple[PatientRow, ...]


def _row(patient: Patient) -> PatientRow:
    return PatientRow(
        patient.id,
        patient.first_name,
        patient.last_name,
        patient.date_of_birth,
        patient.clinic_number,
        patient.version,
    )


def find_or_create(session: Session, actor: Actor, details: PatientDetails) -> PatientMatch:
    """The patient for these details, registering them when no one matches."""
    first, last = name_key(details.first_name), name_key(details.last_name)
    _hold_registration(session, details.clinic_number, f"{last}|{first}|{details.date_of_birth}")
    found: Patient | None = None
    if details.clinic_number:
        found = session.scalar(
            select(Patient).where(Patient.clinic_number == details.clinic_number).limit(1)
        )
    if found is None:
        same_person = select(Patient).where(
            Patient.last_key == last,
            Patient.first_key == first,
            Patient.date_of_birth == details.date_of_birth,
        )
        # Someone with another clinic number is someone else, whatever their name.
        found = next(
            (
                candidate
                for candidate in session.scalars(same_person.order_by(Patient.id))
                if candidate.clinic_number in (None, details.clinic_number)
            ),
            None,
        )
    if found is not None:
        return PatientMatch(_row(found), False, ())
    duplicates = likely_duplicates(session, details)
    now = utc_now()
    patient = Patient(
        clinic_number=details.clinic_number,
        first_name=details.first_name,
        last_name=details.last_name,
        first_key=first,
        last_key=last,
        date_of_birth=details.date_of_birth,
        sex=details.sex,
        phone=details.phone,
        email=details.email,
        version=1,
        created_at=now,
        updated_at=now,
        updated_by=actor.name,
    )
    session.add(patient)
    session.flush()
    audit.record(session, actor, "patient.created", "patient", patient.id)
    return PatientMatch(_row(patient), True, duplicates)


def _hold_registration(session: Session, *keys: str | None) -> None:
    """On PostgreSQL, make two workstations registering the same person take turns.

    Without it, both could look the patient up, both find no one, and both register them.
    The lock lasts until the transaction ends; SQLite needs none, as its writers already
    take turns (BEGIN IMMEDIATE). Keys are always locked in the same order: no deadlock.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    for key in keys:
        if key:
            session.execute(
                text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": f"patient:{key}"}
            )


def likely_duplicates(session: Session, details: PatientDetails) -> tuple[PatientRow, ...]:
    """Patients who may be the same person: same birth date and surname or first name, or
    the same full name with another birth date."""
    first, last = name_key(details.first_name), name_key(details.last_name)
    query = (
        select(Patient)
        .where(
            or_(
                and_(
                    Patient.date_of_birth == details.date_of_birth,
                    or_(Patient.last_key == last, Patient.first_key == first),
                ),
                and_(Patient.last_key == last, Patient.first_key == first),
            )
        )
        .order_by(Patient.id)
        .limit(10)
    )
    return tuple(_row(patient) for patient in session.scalars(query))


def search(database: Database, text: str, *, limit: int = SEARCH_LIMIT) -> list[PatientRow]:
    """Patients whose first or last name starts with `text`, or whose clinic number or date
    of birth (YYYY-MM-DD) is `text`; surname order."""
    wanted = name_key(text)
    if not wanted:
        return []
    conditions = [name_starts_with(wanted), Patient.clinic_number == text.strip()]
    with contextlib.suppress(ValueError):
        conditions.append(Patient.date_of_birth == date.fromisoformat(text.strip()))
    query = (
        select(
            Patient.id,
            Patient.first_name,
            Patient.last_name,
            Patient.date_of_birth,
            Patient.clinic_number,
            Patient.version,
        )
        .where(or_(*conditions))
        .order_by(Patient.last_key, Patient.first_key, Patient.id)
        .limit(limit)
    )
    with database.reading() as session:
        return [PatientRow(*row) for row in session.execute(query)]


def update_patient(
    database: Database, actor: Actor, patient_id: int, details: PatientDetails, version: int
) -> PatientRow:
    """Save new details over the copy read at `version`; refused if it changed since."""
    now = utc_now()
    with database.writing() as session:
        changed = session.execute(
            update(Patient)
            .where(Patient.id == patient_id, Patient.version == version)
            .values(
                clinic_number=details.clinic_number,
                first_name=details.first_name,
                last_name=details.last_name,
                first_key=name_key(details.first_name),
                last_key=name_key(details.last_name),
                date_of_birth=details.date_of_birth,
                sex=details.sex,
                phone=details.phone,
                email=details.email,
                version=version + 1,
                updated_at=now,
                updated_by=actor.name,
            )
        )
        if changed.rowcount != 1:  # type: ignore[attr-defined]
            current = session.get(Patient, patient_id)
            if current is None:
                raise RecordNotFound(f"patient {patient_id} does not exist")
            raise RecordChanged(f"Patient {patient_id}", current.updated_by, current.updated_at)
        audit.record(session, actor, "patient.updated", "patient", patient_id)
        patient = session.get(Patient, patient_id)
        assert patient is not None
        return _row(patient)
