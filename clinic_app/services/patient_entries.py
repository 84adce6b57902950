"""Patients' own entries: kept as they arrived, waiting for the desk's check (self-entry.md).

An entry is the patient's own `clinic-intake/1` document, from the waiting-room kiosk
(or, later, a FHIR form), never an intake by itself: it is not assessed as final, not
given a patient record and not put in the clinicians' queue until a person at the desk
checks it in. Entries are append-only in the database; what the desk did with one
(checked in as intake N, with each correction, or discarded with a reason) is a second
append-only record beside it. So "the patient said X, the desk recorded Y" stays on record
however the intake is later read.

The kiosk calls only `add_entry`, which writes without reading anything its PostgreSQL
role may not read (storage/kiosk_role.py): the entry, its desk alerts and their audit
events are inserted, and the clinic's thresholds and the consent texts are all it reads.
An emergency or urgent flag on the patient's answers (the live flags, rule set 2027.1)
raises the desk's alert in the same transaction, naming the kiosk; the patient is never
shown flags.
"""

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clinic_app.intake import Patient as PatientDetails
from clinic_app.intake import parse_intake
from clinic_app.languages import UnknownLanguage, parse_language
from clinic_app.rules.settings import RuleSettings
from clinic_app.services import audit, desk_alerts, patients
from clinic_app.services.actor import Actor
from clinic_app.services.entry_answers import Correction as Correction
from clinic_app.services.entry_answers import corrections as corrections
from clinic_app.services.entry_answers import empty_because, patient_section, typed_name
from clinic_app.services.intakes import Submitted, dump_document, load_document, submit_in
from clinic_app.services.live_flags import assess_as_typed
from clinic_app.services.patients import PatientRow
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordNotFound, StorageError
from clinic_app.storage.models import (
    ALERT_URGENCIES,
    ClinicSettings,
    ConsentText,
    Patient,
    PatientEntry,
    PatientEntryCheck,
)
from clinic_app.storage.types import utc_now

DESK_ROLES = ("front_desk", "clinician", "admin")
"""Who may check in or discard an entry: anyone who takes intakes at a window."""
MAX_SOURCE_LENGTH = 120
MAX_DOCUMENT_CHARS = 200_000
"""A whole intake with long notes is a few kilobytes; far more is not a patient's typing."""
MAX_SIGNATURE_BYTES = 1024 * 1024
"""A drawn signature at a tablet's size is tens of kilobytes; a megabyte is a mistake."""
_PNG = b"\x89PNG\r\n\x1a\n"


class EntryRefused(StorageError):
    """An entry (or the desk's action on one) that cannot be kept; the message says why.
    Nothing was stored."""


class EntryAlreadyChecked(StorageError):
    """The entry was checked in or discarded already (perhaps at another desk)."""


@dataclass(frozen=True)
class EntryAdded:
    """What the kiosk learns: the entry is kept. `alerted` is for the desk's sake only;
    the kiosk shows the patient the same words whatever it says."""

    entry_id: int
    finished: bool
    alerted: tuple[str, ...]
    """The urgencies of the desk alerts raised (emergency, urgent), if any."""


@dataclass(frozen=True)
class EntryCheck:
    """What the desk did with an entry."""

    outcome: str
    """"checked_in" or "discarded"."""
    intake_id: int | None
    reason: str
    corrections: tuple[Correction, ...]
    checked_by: str
    checked_at: datetime


@dataclass(frozen=True)
class WaitingEntry:
    """One row of the desk's "Patient entries" list. Holds the patient's name: show it,
    never log it."""

    entry_id: int
    source: str
    language: str
    finished: bool
    patient: str
    date_of_birth: str | None
    """As the patient typed it (perhaps not a valid date)."""
    received_at: datetime
    alert: str | None
    """The highest urgency a desk alert of this entry had, if any."""


@dataclass(frozen=True)
class StoredEntry:
    """One entry as it was received, with the desk's check once there is one."""

    entry_id: int
    source: str
    language: str
    document: dict[str, Any]
    finished: bool
    consent_text_id: int | None
    consent_version: int | None
    signature: bytes | None
    started_at: datetime
    received_at: datetime
    check: EntryCheck | None


@dataclass(frozen=True)
class CheckedIn:
    """An entry checked in: the intake it became, and what the desk corrected."""

    entry_id: int
    submitted: Submitted
    corrections: tuple[Correction, ...]


@dataclass(frozen=True)
class IdentityMatch:
    """Who the entry's patient may be, found exactly as the New patient dialog finds it:
    the patient the details already identify (if any), and the likely duplicates."""

    registered: PatientRow | None
    likely_duplicates: tuple[PatientRow, ...]


@dataclass(frozen=True)
class EntryToAdd:
    """One patient entry as a caller hands it in; `add_entries` keeps several at once."""

    source: str
    language: str
    document: Mapping[str, Any]
    finished: bool
    started_at: datetime
    consent_text_id: int | None = None
    signature: bytes | None = None


def add_entry(
    database: Database,
    *,
    source: str,
    language: str,
    document: Mapping[str, Any],
    finished: bool,
    started_at: datetime,
    consent_text_id: int | None = None,
    signature: bytes | None = None,
    received_by: Actor | None = None,
) -> EntryAdded:
    """Keep a patient's entry for the desk, and alert the desk at once to an emergency or
    urgent flag on it. `finished` is False when the idle reset keeps it unfinished.

    The kiosk calls it without `received_by`: the trail then names "kiosk <source>". A
    staff member bringing in a form returned from elsewhere (source "fhir") passes
    themselves, and the trail names them.

    Refused (EntryRefused, nothing stored): an empty entry (no name, no date of birth, or
    no answers), and a finished kiosk entry without the consent text and a signature. An
    entry a staff member brings in (`received_by` given) needs neither: the patient gave
    consent where they answered (a portal's own terms), and there is no screen here to
    sign on; the desk's check still stands between it and the record.
    """
    entry = EntryToAdd(source, language, document, finished, started_at, consent_text_id, signature)
    return add_entries(database, [entry], received_by=received_by)[0]


def add_entries(
    database: Database, entries: Sequence[EntryToAdd], *, received_by: Actor | None = None
) -> list[EntryAdded]:
    """Keep several entries in one transaction: all of them, or (EntryRefused) none.

    A batch of portal answers is brought in at once; one that cannot be kept must not
    leave the others half-imported (fhir.md). Each is checked as `add_entry` checks one.
    """
    prepared = [_prepared(entry, received_by) for entry in entries]
    added: list[EntryAdded] = []
    with database.writing() as session:
        thresholds = _thresholds(session)
        for entry, tag, stored in prepared:
            added.append(_add_in(session, entry, tag, stored, thresholds, received_by))
    return added


def _prepared(entry: EntryToAdd, received_by: Actor | None) -> tuple[EntryToAdd, str, str]:
    """The entry checked and ready to store: its language tag and its stored text."""
    kiosk = entry.source.strip()
    if not kiosk or len(kiosk) > MAX_SOURCE_LENGTH:
        raise EntryRefused(
            f"the entry's source must name the kiosk (1 to {MAX_SOURCE_LENGTH} characters)"
        )
    try:
        tag = parse_language(entry.language)
    except UnknownLanguage as error:
        raise EntryRefused(f"entry from {kiosk}: {error}") from None
    document = entry.document
    if not isinstance(document, Mapping):
        raise EntryRefused(f"entry from {kiosk}: the answers are not a document")
    empty = empty_because(document)
    if empty is not None:
        raise EntryRefused(f"entry from {kiosk} is empty: {empty}")
    signature = entry.signature or None
    if entry.finished and received_by is None:
        _refuse_unsigned(kiosk, entry.consent_text_id, signature)
    if signature is not None:
        _check_signature(kiosk, signature)
    if entry.started_at.tzinfo is None:
        raise EntryRefused(f"entry from {kiosk}: its start time must carry a time zone")
    try:
        stored = dump_document(document)
    except (TypeError, ValueError) as error:
        raise EntryRefused(f"entry from {kiosk}: the answers cannot be stored ({error})") from None
    if len(stored) > MAX_DOCUMENT_CHARS:
        raise EntryRefused(
            f"entry from {kiosk}: the answers are {len(stored)} characters; at most "
            f"{MAX_DOCUMENT_CHARS} are kept"
        )
    cleaned = EntryToAdd(
        kiosk,
        tag,
        document,
        entry.finished,
        entry.started_at,
        entry.consent_text_id,
        signature,
    )
    return cleaned, tag, stored


def _add_in(
    session: Session,
    entry: EntryToAdd,
    tag: str,
    stored: str,
    thresholds: RuleSettings,
    received_by: Actor | None,
) -> EntryAdded:
    kiosk = entry.source
    if entry.consent_text_id is not None:
        _check_consent(session, kiosk, entry.consent_text_id, tag)
    live = assess_as_typed(entry.document, thresholds)
    row = PatientEntry(
        source=kiosk,
        language=tag,
        document=stored,
        finished=entry.finished,
        consent_text_id=entry.consent_text_id,
        signature=entry.signature,
        started_at=entry.started_at,
        received_at=utc_now(),
        # The database lets a finished entry go unsigned only when someone brought it in.
        brought_in_by=received_by.name if received_by is not None else None,
    )
    session.add(row)
    session.flush()
    who = received_by.name if received_by is not None else f"kiosk {kiosk}"
    audit.record(
        session,
        who,
        "patient_entry.added",
        "patient_entry",
        row.id,
        _added_detail(entry, received_by),
    )
    desk_alerts.raise_for_entry(session, who, row.id, live.assessment)
    firing = live.assessment.referral_flags if live.assessment is not None else ()
    urgencies = tuple(
        urgency for urgency in ALERT_URGENCIES if any(flag.urgency == urgency for flag in firing)
    )
    return EntryAdded(row.id, entry.finished, urgencies)


def waiting_entries(database: Database) -> list[WaitingEntry]:
    """The entries the desk has not checked in or discarded, newest first, with their
    source and any alert they raised."""
    checked = select(PatientEntryCheck.entry_id)
    query = (
        select(PatientEntry)
        .where(PatientEntry.id.not_in(checked))
        .order_by(PatientEntry.received_at.desc(), PatientEntry.id.desc())
    )
    with database.reading() as session:
        rows = list(session.scalars(query))
        alerts = desk_alerts.entry_alerts_in(session, (row.id for row in rows))
        waiting = []
        for row in rows:
            section = patient_section(load_document(row.document))
            born = section.get("date_of_birth")
            waiting.append(
                WaitingEntry(
                    row.id,
                    row.source,
                    row.language,
                    row.finished,
                    typed_name(section),
                    born if isinstance(born, str) and born.strip() else None,
                    row.received_at,
                    alerts.get(row.id),
                )
            )
        return waiting


def entry(database: Database, entry_id: int, *, opened_by: Actor | None = None) -> StoredEntry:
    """One entry as received, and what the desk did with it (RecordNotFound if none).

    With `opened_by`, the opening is put on the audit trail ("patient_entry.viewed"), as
    the review pane records who viewed an intake: the desk calls it so when it opens one.
    """
    with database.writing() if opened_by is not None else database.reading() as session:
        row = session.get(PatientEntry, entry_id)
        if row is None:
            raise RecordNotFound(f"patient entry {entry_id} does not exist")
        if opened_by is not None:
            opened_by.require(*DESK_ROLES, to="open a patient entry")
            audit.record(session, opened_by, "patient_entry.viewed", "patient_entry", entry_id)
        version = None
        if row.consent_text_id is not None:
            version = session.scalar(
                select(ConsentText.version).where(ConsentText.id == row.consent_text_id)
            )
        check = session.scalar(
            select(PatientEntryCheck).where(PatientEntryCheck.entry_id == entry_id)
        )
        return StoredEntry(
            row.id,
            row.source,
            row.language,
            load_document(row.document),
            row.finished,
            row.consent_text_id,
            version,
            row.signature,
            row.started_at,
            row.received_at,
            None if check is None else _check(check),
        )


def discard_entry(database: Database, actor: Actor, entry_id: int, reason: str) -> EntryCheck:
    """Set an entry aside without an intake; the reason is required and kept. The entry
    itself stays on record (and any alert it raised stays until acknowledged)."""
    actor.require(*DESK_ROLES, to="discard a patient entry")
    why = reason.strip()
    if not why:
        raise EntryRefused(f"patient entry {entry_id}: say why it is discarded")
    with database.writing() as session:
        _waiting(session, entry_id)
        check = PatientEntryCheck(
            entry_id=entry_id,
            outcome="discarded",
            intake_id=None,
            reason=why,
            corrections="[]",
            checked_by=actor.name,
            checked_at=utc_now(),
        )
        _add_check(session, check)
        audit.record(session, actor, "patient_entry.discarded", "patient_entry", entry_id)
        return _check(check)


def check_in_entry(
    database: Database,
    actor: Actor,
    entry_id: int,
    desk_document: Mapping[str, Any],
    patient_id: int | None,
) -> CheckedIn:
    """Submit the desk's checked version of an entry as an intake, the normal way
    (intakes.submit_in, with its alert), and keep each correction with the entry's check.

    `patient_id` is the registered patient the desk matched the entry to: their stored
    identity goes into the intake (a difference from what the patient typed is kept as a
    correction). None registers the patient, or finds them, exactly as any intake does.
    Raises IntakeInvalid (with every problem) or EntryRefused; then nothing is stored.
    """
    actor.require(*DESK_ROLES, to="check in a patient entry")
    with database.writing() as session:
        patient_said = load_document(_waiting(session, entry_id).document)
        recorded = dict(desk_document)
        if patient_id is not None:
            recorded["patient"] = _with_identity_of(session, patient_id, recorded.get("patient"))
        intake = parse_intake(dict(recorded))
        submitted = submit_in(session, actor, intake, recorded, None)
        if patient_id is not None and submitted.patient.patient.id != patient_id:
            raise EntryRefused(
                f"patient entry {entry_id}: patient {patient_id}'s details match another "
                f"record too (patient {submitted.patient.patient.id}); merge the two first"
            )
        desk_alerts.attach_entry_alerts(session, entry_id, submitted.intake_id)
        desk_alerts.raise_for(session, actor, submitted.intake_id, submitted.assessment)
        changed = corrections(patient_said, recorded)
        check = PatientEntryCheck(
            entry_id=entry_id,
            outcome="checked_in",
            intake_id=submitted.intake_id,
            reason="",
            corrections=json.dumps([list(item) for item in changed], ensure_ascii=True),
            checked_by=actor.name,
            checked_at=utc_now(),
        )
        _add_check(session, check)
        audit.record(
            session,
            actor,
            "patient_entry.checked_in",
            "patient_entry",
            entry_id,
            f"intake {submitted.intake_id}; {len(changed)} correction(s)",
        )
        return CheckedIn(entry_id, submitted, changed)


def check_of_intake(database: Database, intake_id: int) -> EntryCheck | None:
    """The check of the entry an intake was made from, for the review pane's "the patient
    said X, the desk recorded Y"; None for an intake the desk typed itself."""
    with database.reading() as session:
        check = session.scalar(
            select(PatientEntryCheck).where(PatientEntryCheck.intake_id == intake_id)
        )
        return None if check is None else _check(check)


def entry_of_intake(database: Database, intake_id: int) -> StoredEntry | None:
    """The patient's entry an intake was made from, with the desk's check (None for an
    intake the desk typed itself): the review pane names where the patient answered
    ("Entered by the patient at Waiting room"), which the check alone does not hold.
    Not audited as an opening: the intake's own view is."""
    with database.reading() as session:
        entry_id = session.scalar(
            select(PatientEntryCheck.entry_id).where(PatientEntryCheck.intake_id == intake_id)
        )
    return None if entry_id is None else entry(database, entry_id)


def likely_duplicates(database: Database, entry_id: int) -> IdentityMatch:
    """Who the entry's patient may already be, by the New patient dialog's own search
    (patients.already_registered and patients.duplicates_of). Raises IntakeInvalid when
    the entry's name or date of birth cannot be read as a patient's."""
    found = entry(database, entry_id)
    details: PatientDetails = patients.parse_patient(patient_section(found.document))
    return IdentityMatch(
        patients.already_registered(database, details),
        patients.duplicates_of(database, details),
    )


def _added_detail(entry: EntryToAdd, received_by: Actor | None) -> str:
    if received_by is not None:
        return f"brought in from {entry.source} (consent given where the patient answered)"
    return "finished" if entry.finished else "unfinished (idle reset)"


def _refuse_unsigned(kiosk: str, consent_text_id: int | None, signature: bytes | None) -> None:
    if consent_text_id is None:
        raise EntryRefused(f"entry from {kiosk} is finished but names no consent text")
    if signature is None:
        raise EntryRefused(f"entry from {kiosk} is finished but not signed")


def _check_signature(kiosk: str, signature: bytes) -> None:
    if not signature.startswith(_PNG):
        raise EntryRefused(f"entry from {kiosk}: the signature is not a PNG image")
    if len(signature) > MAX_SIGNATURE_BYTES:
        raise EntryRefused(
            f"entry from {kiosk}: the signature image is {len(signature)} bytes; at most "
            f"{MAX_SIGNATURE_BYTES} are kept"
        )


def _check_consent(session: Session, kiosk: str, consent_text_id: int, language: str) -> None:
    agreed = session.scalar(select(ConsentText.language).where(ConsentText.id == consent_text_id))
    if agreed is None:
        raise EntryRefused(f"entry from {kiosk}: consent text {consent_text_id} does not exist")
    if agreed != language:
        raise EntryRefused(
            f"entry from {kiosk}: consent text {consent_text_id} is in {agreed}, "
            f"the entry in {language}"
        )


def _thresholds(session: Session) -> RuleSettings:
    """The clinic's rule thresholds, reading only the columns the kiosk's role may read."""
    row = session.execute(
        select(ClinicSettings.persistent_pain_days, ClinicSettings.max_weekly_increase).where(
            ClinicSettings.id == 1
        )
    ).one_or_none()
    if row is None:
        return RuleSettings()
    return RuleSettings(persistent_pain_days=row[0], max_weekly_increase=row[1])


def _waiting(session: Session, entry_id: int) -> PatientEntry:
    """The entry, refused when it does not exist or the desk has dealt with it."""
    row = session.get(PatientEntry, entry_id)
    if row is None:
        raise RecordNotFound(f"patient entry {entry_id} does not exist")
    done = session.scalar(select(PatientEntryCheck).where(PatientEntryCheck.entry_id == entry_id))
    if done is not None:
        raise _already(entry_id, done)
    return row


def _add_check(session: Session, check: PatientEntryCheck) -> None:
    """Insert the check; a second desk's at the same moment is refused by the unique
    entry_id (the whole transaction, an intake included, is then rolled back)."""
    session.add(check)
    try:
        session.flush()
    except IntegrityError:
        raise EntryAlreadyChecked(
            f"patient entry {check.entry_id} was dealt with at another desk just now"
        ) from None


def _already(entry_id: int, done: PatientEntryCheck) -> EntryAlreadyChecked:
    what = f"checked in as intake {done.intake_id}" if done.outcome == "checked_in" else "discarded"
    return EntryAlreadyChecked(
        f"patient entry {entry_id} was {what} by {done.checked_by} at {done.checked_at:%H:%M}"
    )


def _with_identity_of(session: Session, patient_id: int, section: object) -> dict[str, Any]:
    """The desk's patient section with the matched patient's stored identity in it."""
    patient = session.get(Patient, patient_id)
    if patient is None:
        raise RecordNotFound(f"patient {patient_id} does not exist")
    given = dict(section) if isinstance(section, Mapping) else {}
    given.update(
        first_name=patient.first_name,
        last_name=patient.last_name,
        date_of_birth=patient.date_of_birth.isoformat(),
        clinic_number=patient.clinic_number or None,
    )
    return given


def _check(row: PatientEntryCheck) -> EntryCheck:
    return EntryCheck(
        row.outcome,
        row.intake_id,
        row.reason,
        tuple(Correction(*item) for item in json.loads(row.corrections)),
        row.checked_by,
        row.checked_at,
    )
