"""Patients: find or register, search as you type, update without losing someone's edit.

A patient is matched on the clinic number when the intake has one, else on name and date
of birth. Near misses (same birth date and a similar name, or the same name and another
birth date) are returned as likely duplicates for the front desk to check; they are never
merged automatically.
"""

import contextlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from pydantic import ValidationError
from sqlalchemy import ColumnElement, and_, or_, select, text
from sqlalchemy.orm import Session

from clinic_app.intake import IntakeInvalid, Problem, parse_intake
from clinic_app.intake import Patient as PatientDetails
from clinic_app.intake.fields import FORMATS
from clinic_app.intake.validation import MAX_AGE_YEARS
from clinic_app.languages import patient_text_language
from clinic_app.services import audit, clinic_settings
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordNotFound
from clinic_app.storage.models import Patient
from clinic_app.storage.types import utc_now

SEARCH_LIMIT = 50
# The intake's optional text fields of a patient: blank means not given, stored as NULL.
OPTIONAL_TEXT = ("phone", "email", "clinic_number")


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
    details = _without_blanks(details)
    first, last = name_key(details.first_name), name_key(details.last_name)
    _hold_registration(session, details.clinic_number, f"{last}|{first}|{details.date_of_birth}")
    found = _same_patient(session, details)
    if found is not None:
        _keep_language(session, actor, found, details.language)
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
        language=details.language,
        version=1,
        created_at=now,
        updated_at=now,
        updated_by=actor.name,
    )
    session.add(patient)
    session.flush()
    audit.record(session, actor, "patient.created", "patient", patient.id)
    return PatientMatch(_row(patient), True, duplicates)


def _keep_language(session: Session, actor: Actor, patient: Patient, language: str | None) -> None:
    """Record the language an intake gives for a patient already registered.

    Only a language given changes the record: an intake that does not say (null or absent)
    leaves what an earlier one said, as "not asked this time" is not "reads English". The
    record's version moves on, so an edit of the patient read before this one is refused
    rather than silently putting the old language back.
    """
    if language is None or patient.language == language:
        return
    patient.language = language
    patient.version += 1
    patient.updated_at = utc_now()
    patient.updated_by = actor.name
    session.flush()
    # The field's name only: the language someone reads is theirs, not the trail's.
    audit.record(session, actor, "patient.updated", "patient", patient.id, "language")


def patient_language_of(session: Session, patient_id: int | None) -> str | None:
    """The language on the patient's record (None when not asked, or no such patient)."""
    if patient_id is None:
        return None
    patient = session.get(Patient, patient_id)
    return None if patient is None else patient.language


def sheet_language_in(session: Session, given: str | None, patient_id: int | None) -> str:
    """The language of a sheet the patient reads, inside the caller's transaction.

    `given` is the document's own `patient.language` (the intake's); when it says nothing,
    the patient's record; else the clinic's default patient language (languages.md).
    """
    default = clinic_settings.load_in(session).default_patient_language
    return patient_text_language(given or patient_language_of(session, patient_id), default)


def sheet_language(database: Database, given: str | None, patient_id: int | None) -> str:
    """sheet_language_in, in a transaction of its own (the command line's progress report)."""
    with database.reading() as session:
        return sheet_language_in(session, given, patient_id)


def find_patient(session: Session, details: PatientDetails) -> Patient | None:
    """The registered patient these details identify, as an intake would match them, or
    None: a follow-up finds its patient this way and never registers one."""
    return _same_patient(session, _without_blanks(details))


def _same_patient(session: Session, details: PatientDetails) -> Patient | None:
    """The patient these details identify: the clinic number's holder, else someone with
    the same name and birth date and no other clinic number."""
    if details.clinic_number:
        found = session.scalar(
            select(Patient).where(Patient.clinic_number == details.clinic_number).limit(1)
        )
        if found is not None:
            return surviving(session, found)
    same_person = select(Patient).where(
        Patient.last_key == name_key(details.last_name),
        Patient.first_key == name_key(details.first_name),
        Patient.date_of_birth == details.date_of_birth,
        Patient.merged_into.is_(None),
    )
    # Someone with another clinic number is someone else, whatever their name; but an
    # intake that gives no number is the returning patient with that name and birth date
    # (the desk often does not know the number), not a new record.
    return next(
        (
            candidate
            for candidate in session.scalars(same_person.order_by(Patient.id))
            if not details.clinic_number or candidate.clinic_number in (None, details.clinic_number)
        ),
        None,
    )


def surviving(session: Session, patient: Patient) -> Patient:
    """The record a patient's intakes are now kept under: the patient, or the one they were
    merged into (services.patient_merges), following merges of merges. An old clinic number
    or a re-imported document of a merged-away patient then lands on the surviving record
    instead of starting a second one again."""
    seen = {patient.id}
    while patient.merged_into is not None and patient.merged_into not in seen:
        survivor = session.get(Patient, patient.merged_into)
        if survivor is None:
            break
        seen.add(survivor.id)
        patient = survivor
    return patient


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
            ),
            Patient.merged_into.is_(None),
        )
        .order_by(Patient.id)
        .limit(10)
    )
    return tuple(_row(patient) for patient in session.scalars(query))


def search(database: Database, text: str, *, limit: int = SEARCH_LIMIT) -> list[PatientRow]:
    """Patients whose first or last name starts with `text`, or whose clinic number or date
    of birth (YYYY-MM-DD) is `text`; surname order. A merged-away patient is not listed:
    their records are the survivor's now."""
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
        .where(or_(*conditions), Patient.merged_into.is_(None))
        .order_by(Patient.last_key, Patient.first_key, Patient.id)
        .limit(limit)
    )
    with database.reading() as session:
        return [PatientRow(*row) for row in session.execute(query)]


# --- The front desk's Patients screen: register, check for duplicates, start an intake. ----


def _without_blanks(details: PatientDetails) -> PatientDetails:
    """Blank optional answers as None: a blank clinic number is no clinic number, so it
    never matches another blank one, and every record stores "not given" one way."""
    blanks = {name: None for name in OPTIONAL_TEXT if getattr(details, name) == ""}
    return details.model_copy(update=blanks) if blanks else details


def validate_patient(section: Mapping[str, object], *, today: date | None = None) -> list[Problem]:
    """What is wrong with a `patient` section, each problem pathed `patient.<field>` and
    worded exactly as the intake's validation words it; empty when it can be registered.

    With `today`, a birth date after it, or giving an age over the intake's limit on it, is
    refused too: the intake checks the birth date against the visit date, which a new
    patient does not have yet, and an intake started today would be refused at submission.
    """
    try:
        parse_patient(section, today=today)
    except IntakeInvalid as invalid:
        return list(invalid.problems)
    return []


def parse_patient(section: Mapping[str, object], *, today: date | None = None) -> PatientDetails:
    """The patient a `patient` section describes, blank optional answers as None.

    Raises IntakeInvalid with the problems validate_patient lists.
    """
    try:
        details = PatientDetails.model_validate(dict(section))
    except ValidationError:
        raise IntakeInvalid(_worded_problems(section)) from None
    if today is not None:
        problems = list(_birth_date_problems(details.date_of_birth, today))
        if problems:
            raise IntakeInvalid(problems)
    return _without_blanks(details)


def _worded_problems(section: Mapping[str, object]) -> list[Problem]:
    """The section's problems from the intake's own validation, so paths and words are the
    ones the intake form and the command line show. The document holds only the patient;
    the problems of its missing sections are dropped."""
    try:
        parse_intake({"format": FORMATS[0], "patient": dict(section)})
    except IntakeInvalid as invalid:
        return [
            problem
            for problem in invalid.problems
            if problem.path == "patient" or problem.path.startswith("patient.")
        ]
    raise AssertionError("a document with only a patient section cannot be valid")


def _birth_date_problems(born: date, today: date) -> list[Problem]:
    path = "patient.date_of_birth"
    if born > today:
        return [Problem(path, f"must not be after today, {today.isoformat()} (got {born})")]
    before_birthday = (today.month, today.day) < (born.month, born.day)
    if today.year - born.year - int(before_birthday) > MAX_AGE_YEARS:
        return [Problem(path, f"gives an age over {MAX_AGE_YEARS} today (got {born})")]
    return []


def register_patient(database: Database, actor: Actor, details: PatientDetails) -> PatientMatch:
    """Register a patient from the desk's New patient form, in one transaction.

    When the details identify someone already registered (already_registered), that
    patient is returned with `created` false and nothing is written but the language,
    when the details give one: the same rule as an intake's submission, so the desk and an
    import never make two records of one person.
    """
    with database.writing() as session:
        return find_or_create(session, actor, details)


def already_registered(database: Database, details: PatientDetails) -> PatientRow | None:
    """The patient these details already identify (the clinic number's holder, else the
    same name and birth date), whom register_patient would return instead of registering.

    The desk shows them before saving: a clinic number typed wrong would otherwise start
    an intake for whoever holds it.
    """
    details = _without_blanks(details)
    with database.reading() as session:
        found = _same_patient(session, details)
        return None if found is None else _row(found)


def duplicates_of(database: Database, details: PatientDetails) -> tuple[PatientRow, ...]:
    """Likely duplicates of a patient about to be registered, for the desk to check first.

    Exactly what register_patient would report as `likely_duplicates` if it registered
    these details now. The patient the details already identify is left out (see
    already_registered): registering would reuse that record, not duplicate it.
    """
    details = _without_blanks(details)
    with database.reading() as session:
        found = _same_patient(session, details)
        return tuple(
            row
            for row in likely_duplicates(session, details)
            if found is None or row.id != found.id
        )


def patient_section(database: Database, patient_id: int) -> dict[str, object]:
    """The stored patient as the intake document's `patient` section, to start an intake.

    Raises RecordNotFound when there is no such patient.
    """
    with database.reading() as session:
        patient = session.get(Patient, patient_id)
        if patient is None:
            raise RecordNotFound(f"patient {patient_id} does not exist")
        section: dict[str, object] = {
            "first_name": patient.first_name,
            "last_name": patient.last_name,
            "date_of_birth": patient.date_of_birth.isoformat(),
            "sex": patient.sex,
            "phone": patient.phone or None,
            "email": patient.email or None,
            "clinic_number": patient.clinic_number or None,
        }
        # Only when known: the desk then sees (and may change) what is on record, and a
        # patient never asked starts an intake that does not say.
        if patient.language:
            section["language"] = patient.language
        return section
