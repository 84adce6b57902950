"""The tables: what a clinic must be able to show years later.

Intakes keep the document exactly as it arrived (JSON text) beside a few indexed columns
for the queries the desk and the queue make. Flags are stored as they were when assessed,
with the rule-set version, so a later rules update never rewrites history. Reviews,
handouts and audit events are append-only: the migration adds triggers that refuse an
UPDATE or DELETE on them, whatever code tries; audit events are also a hash chain, so an
edit made around the triggers shows too (audit_chain.py).
"""

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column, relationship

from clinic_app.storage import audit_chain as chain
from clinic_app.storage.types import UtcDateTime

# Stable constraint names, so migrations can refer to them on every database.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROLES = ("front_desk", "clinician", "admin")
INTAKE_STATUSES = ("draft", "submitted")
# Why an intake is or is not in the clinicians' queue.
REVIEW_STATUSES = ("none", "unreviewed", "reviewed")
DECISIONS = ("refer", "manage_in_clinic", "not_needed")
HANDOUT_KINDS = ("care_sheet", "referral_letter", "followup_sheet", "progress_report")
"""What a handout is: the intake's sheet and letter, then a follow-up visit's sheet and
progress report (migration 0005)."""
COURSE_STATUSES = ("open", "closed")
FOLLOWUP_STAGES = (1, 8)
"""The return-to-run plan's first and last stage (follow-ups.md)."""
# intakes.urgency_rank, the queue's sort key, is the highest urgency's place in the rules'
# one order (clinic_app.rules.model.URGENCY_RANK: urgent 0, soon 1), or this when there is
# none. Databases hold these numbers, so a new urgency goes after the others or comes with
# a migration (tests/storage/test_review_queue.py pins them).
NO_URGENCY_RANK = 9


def _one_of(column: str, values: tuple[str, ...]) -> str:
    listed = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({listed})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint(_one_of("role", ROLES), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Patient(Base):
    __tablename__ = "patients"
    __table_args__ = (
        Index("ix_patients_last_key", "last_key", "first_key"),
        Index("ix_patients_first_key", "first_key", "last_key"),
        Index("ix_patients_identity", "last_key", "first_key", "date_of_birth"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    clinic_number: Mapped[str | None] = mapped_column(String(120), index=True)
    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    # Case- and accent-free forms of the names: prefix search uses them through an index.
    first_key: Mapped[str] = mapped_column(String(120))
    last_key: Mapped[str] = mapped_column(String(120))
    date_of_birth: Mapped[date] = mapped_column(Date, index=True)
    sex: Mapped[str] = mapped_column(String(20), default="unspecified")
    phone: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[str] = mapped_column(String(200))
    # The language the patient reads best (a tag of clinic_app/languages.py), as the latest
    # intake that gave one said; None: not asked, so the clinic's default is used.
    language: Mapped[str | None] = mapped_column(String(12))
    # The surviving patient, once this one was merged into them (migration 0008): the row
    # stays, for what names it, but search and the patient list pass over it.
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("patients.id"))


class Intake(Base):
    __tablename__ = "intakes"
    __table_args__ = (
        CheckConstraint(_one_of("status", INTAKE_STATUSES), name="status"),
        CheckConstraint(_one_of("review_status", REVIEW_STATUSES), name="review_status"),
        # The clinicians' queue: unreviewed first page, urgent first, then by visit date.
        Index("ix_intakes_queue", "review_status", "urgency_rank", "visit_date", "id"),
        Index("ix_intakes_patient", "patient_id", "visit_date"),
        Index("ix_intakes_submitted", "status", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id"))
    visit_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12))
    # The intake document as JSON text, exactly as it was submitted or imported.
    document: Mapped[str] = mapped_column(Text)
    highest_urgency: Mapped[str | None] = mapped_column(String(12))
    urgency_rank: Mapped[int] = mapped_column(Integer, default=NO_URGENCY_RANK)
    review_status: Mapped[str] = mapped_column(String(12), default="none")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[str] = mapped_column(String(200))
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())

    patient: Mapped[Patient | None] = relationship()


class Assessment(Base):
    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id"), index=True)
    rules_version: Mapped[str] = mapped_column(String(20))
    # The thresholds in force, as JSON: the same document may flag differently under others.
    settings: Mapped[str] = mapped_column(Text)
    referral_recommended: Mapped[bool] = mapped_column(Boolean)
    highest_urgency: Mapped[str | None] = mapped_column(String(12))
    assessed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # A follow-up visit's assessment (intake_id is then its course's first visit).
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("followups.id"), index=True)

    flags: Mapped[list["FlagRecord"]] = relationship(order_by="FlagRecord.position")


class FlagRecord(Base):
    __tablename__ = "flags"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(12))
    urgency: Mapped[str | None] = mapped_column(String(12))
    title: Mapped[str] = mapped_column(String(300))
    action: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    # The evidence items ("path = value") as a JSON list.
    evidence: Mapped[str] = mapped_column(Text)
    clinician_only: Mapped[bool] = mapped_column(Boolean, default=False)


class Review(Base):
    """One clinician decision, on one flag or (flag_id empty) on the whole intake."""

    __tablename__ = "reviews"
    __table_args__ = (CheckConstraint(_one_of("decision", DECISIONS), name="decision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id"), index=True)
    flag_id: Mapped[int | None] = mapped_column(ForeignKey("flags.id"))
    decision: Mapped[str] = mapped_column(String(20))
    destination: Mapped[str | None] = mapped_column(String(60))
    urgency: Mapped[str | None] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # A decision on a follow-up visit (intake_id is then its course's first visit).
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("followups.id"), index=True)


class Handout(Base):
    """Every sheet or letter printed or saved, with the very bytes the patient received."""

    __tablename__ = "handouts"
    __table_args__ = (CheckConstraint(_one_of("kind", HANDOUT_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    paper: Mapped[str] = mapped_column(String(12))
    language: Mapped[str] = mapped_column(String(12))
    large_print: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    # A handout of a follow-up visit (intake_id is then its course's first visit).
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("followups.id"), index=True)


class Course(Base):
    """A course of care: one problem of one patient, from its intake (the first visit)
    through its follow-up visits, until a clinician closes it with a reason."""

    __tablename__ = "courses"
    __table_args__ = (
        CheckConstraint(_one_of("status", COURSE_STATUSES), name="status"),
        Index("ix_courses_patient", "patient_id", "started_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    intake_id: Mapped[int] = mapped_column(ForeignKey("intakes.id"), unique=True)
    started_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="open")
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_by: Mapped[str | None] = mapped_column(String(200))
    close_reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Followup(Base):
    """A follow-up visit, kept like an intake: the `clinic-followup/1` document as received
    beside the columns the queue and the course read."""

    __tablename__ = "followups"
    __table_args__ = (
        CheckConstraint(_one_of("status", INTAKE_STATUSES), name="status"),
        CheckConstraint(_one_of("review_status", REVIEW_STATUSES), name="review_status"),
        CheckConstraint(
            f"stage IS NULL OR (stage >= {FOLLOWUP_STAGES[0]} AND stage <= {FOLLOWUP_STAGES[1]})",
            name="stage",
        ),
        Index("ix_followups_course", "course_id", "visit_date"),
        Index("ix_followups_queue", "review_status", "urgency_rank", "visit_date", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"))
    visit_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12))
    document: Mapped[str] = mapped_column(Text)
    highest_urgency: Mapped[str | None] = mapped_column(String(12))
    urgency_rank: Mapped[int] = mapped_column(Integer, default=NO_URGENCY_RANK)
    review_status: Mapped[str] = mapped_column(String(12), default="none")
    # The return-to-run stage given at this visit (1-8), or None for no plan.
    stage: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[str] = mapped_column(String(200))
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class AuditEvent(Base):
    """Who did what to which record. Never patient details: ids and action names only."""

    __tablename__ = "audit_events"
    # No RETURNING on insert: the kiosk's role may add events but read none (kiosk_role.py).
    __table_args__ = (Index("ix_audit_events_at", "at"), {"implicit_returning": False})
    # One event inserted at a time: each must read the one before it (_chain_event).
    __mapper_args__ = {"batch": False}  # noqa: RUF012 (the base declares it an instance variable)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    record_type: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")
    # The hash chain (storage/audit_chain.py): filled on insert, by the app on SQLite and
    # by a trigger on PostgreSQL, so None only on an object not yet inserted.
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    event_hash: Mapped[str | None] = mapped_column(String(64))


_CHAIN_LOCKED = "clinic_app.audit_chain_locked"
"""connection.info: the transaction that holds the chain's lock (it is released at its end)."""


@event.listens_for(AuditEvent, "before_insert")
def _chain_event(_mapper: Mapper[AuditEvent], connection: Connection, target: AuditEvent) -> None:
    """Link each new event to the one before it (storage/audit_chain.py says how and why).

    PostgreSQL: only the chain's lock, taken before the sequence gives the row its id, so
    ids follow the chain; the trigger writes the hashes. SQLite: the id and both hashes,
    from the last event, inside the write transaction that holds the file's lock.
    """
    if connection.dialect.name == "postgresql":
        transaction = connection.get_transaction()
        if connection.info.get(_CHAIN_LOCKED) is not transaction:  # once per transaction
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": chain.LOCK_KEY})
            connection.info[_CHAIN_LOCKED] = transaction
        return
    last = connection.execute(
        text("SELECT id, event_hash FROM audit_events ORDER BY id DESC LIMIT 1")
    ).first()
    target.id = 1 if last is None else int(last[0]) + 1
    target.prev_hash = chain.GENESIS if last is None else str(last[1])
    target.detail = target.detail or ""  # the column's default, which the hash covers too
    target.event_hash = chain.event_hash(
        target.id,
        target.at,
        target.actor,
        target.action,
        target.record_type,
        target.record_id,
        target.detail,
        target.prev_hash,
    )


class ClinicSettings(Base):
    """The one row of settings every workstation shares."""

    __tablename__ = "clinic_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    clinic_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(120), default="")
    paper_size: Mapped[str] = mapped_column(String(12), default="a4")
    persistent_pain_days: Mapped[int] = mapped_column(Integer, default=3)
    max_weekly_increase: Mapped[float] = mapped_column(Float, default=0.10)
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=5)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(200))
    # The clinic's logo for the printouts (PNG or JPEG), shared by every workstation.
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Printed in the emergency box of a care sheet; empty prints "your local emergency number".
    emergency_number: Mapped[str] = mapped_column(String(60), default="", server_default="")
    # Languages (languages.md): the patient's sheets when their own is not known, and what
    # another clinician reads (the referral letter, the clinician's part of the report).
    default_patient_language: Mapped[str] = mapped_column(
        String(12), default="en", server_default="en"
    )
    letter_language: Mapped[str] = mapped_column(String(12), default="en", server_default="en")


ALERT_URGENCIES = ("emergency", "urgent")


class DeskAlert(Base):
    """An emergency or urgent flag every workstation shows until someone acknowledges it.

    Rule ids only, never patient details: the patient is found through the intake (a
    follow-up's alert through its course's first visit; a patient's own entry's through
    the entry, until the desk checks it in and the intake is filled in).
    """

    __tablename__ = "desk_alerts"
    __table_args__ = (
        CheckConstraint(_one_of("urgency", ALERT_URGENCIES), name="urgency"),
        # The poll every workstation makes: the open alerts, newest last.
        Index("ix_desk_alerts_open", "acknowledged_at", "id"),
        # No RETURNING on insert: the kiosk's role may raise alerts but read none.
        {"implicit_returning": False},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # None for an alert of a patient's own entry not checked in yet (entry_id names it).
    intake_id: Mapped[int | None] = mapped_column(ForeignKey("intakes.id"), index=True)
    urgency: Mapped[str] = mapped_column(String(12))
    # The rule ids that fired, comma-separated, in the rules' order.
    rule_ids: Mapped[str] = mapped_column(Text)
    raised_at: Mapped[datetime] = mapped_column(UtcDateTime())
    raised_by: Mapped[str] = mapped_column(String(200))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    acknowledged_by: Mapped[str | None] = mapped_column(String(200))
    # An alert of a follow-up visit (intake_id is then its course's first visit).
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("followups.id"), index=True)
    # A patient's own entry that raised it (migration 0007); intake_id is then filled in
    # when the desk checks the entry in.
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("patient_entries.id"), index=True)


# Patients' own entries (self-entry.md, migration 0007).

ENTRY_OUTCOMES = ("checked_in", "discarded")


class ConsentText(Base):
    """One version of the clinic's consent text in one language; a new version is a new
    row (append-only), so an entry's consent can be shown as the patient read it."""

    __tablename__ = "consent_texts"
    __table_args__ = (
        CheckConstraint("version >= 1", name="version"),
        UniqueConstraint("language", "version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(String(12))
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[str] = mapped_column(String(200))


class PatientEntry(Base):
    """What a patient gave for themselves, as it arrived: never an intake by itself.

    Append-only. Inserted without RETURNING (`implicit_returning` off), so the kiosk's
    PostgreSQL role needs no SELECT on the table to add a row (storage/kiosk_role.py).
    """

    __tablename__ = "patient_entries"
    __table_args__ = (
        # Finished means signed at the kiosk, or brought in by a member of staff (0009).
        CheckConstraint(
            "NOT finished OR brought_in_by IS NOT NULL"
            " OR (consent_text_id IS NOT NULL AND signature IS NOT NULL)",
            name="signed_when_finished",
        ),
        {"implicit_returning": False},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The kiosk's name, or "fhir" for a form returned from elsewhere.
    source: Mapped[str] = mapped_column(String(120))
    language: Mapped[str] = mapped_column(String(12))
    # The clinic-intake/1 document exactly as received (possibly incomplete when unfinished).
    document: Mapped[str] = mapped_column(Text)
    # False when the idle reset kept it for the desk before the patient sent it.
    finished: Mapped[bool] = mapped_column(Boolean)
    consent_text_id: Mapped[int | None] = mapped_column(ForeignKey("consent_texts.id"))
    # The drawn signature as PNG bytes.
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime())
    received_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    # Who brought the entry in (a FHIR form returned from a portal); None for the kiosk's.
    brought_in_by: Mapped[str | None] = mapped_column(String(64))


class PatientEntryCheck(Base):
    """What the desk did with one entry (append-only, at most one per entry): checked in
    as an intake, with the corrections as JSON, or discarded with a reason."""

    __tablename__ = "patient_entry_checks"
    __table_args__ = (
        CheckConstraint(_one_of("outcome", ENTRY_OUTCOMES), name="outcome"),
        CheckConstraint(
            "(outcome = 'checked_in' AND intake_id IS NOT NULL)"
            " OR (outcome = 'discarded' AND intake_id IS NULL AND reason <> '')",
            name="outcome_needs",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("patient_entries.id"), unique=True)
    outcome: Mapped[str] = mapped_column(String(12))
    intake_id: Mapped[int | None] = mapped_column(ForeignKey("intakes.id"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    # [[field path, what the patient said, what the desk recorded], ...] as JSON.
    corrections: Mapped[str] = mapped_column(Text, default="[]")
    checked_by: Mapped[str] = mapped_column(String(200))
    checked_at: Mapped[datetime] = mapped_column(UtcDateTime())


class KioskPin(Base):
    """The clinic's kiosk PIN, one row: a salted scrypt hash (services.users.hash_password),
    or None for no PIN (leaving the kiosk then needs a staff sign-in). Its own table, so
    the kiosk's database role can read it without reading the clinic's other settings."""

    __tablename__ = "kiosk_pin"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    pin_hash: Mapped[str | None] = mapped_column(String(300))
    set_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    set_by: Mapped[str | None] = mapped_column(String(200))


class PatientMerge(Base):
    """One merge of a duplicate patient into the record that survives (append-only).

    Both identities are kept as they stood at the merge (JSON: number, names, birth date),
    so the trail's "patient 7 merged into patient 3" can be read years later, whatever
    either record says by then. At most one merge per merged-away patient.
    """

    __tablename__ = "patient_merges"
    __table_args__ = (CheckConstraint("survivor_id <> merged_id", name="two_patients"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survivor_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), unique=True)
    survivor_identity: Mapped[str] = mapped_column(Text)
    merged_identity: Mapped[str] = mapped_column(Text)
    merged_by: Mapped[str] = mapped_column(String(200))
    merged_at: Mapped[datetime] = mapped_column(UtcDateTime())


THROTTLE_KINDS = ("username", "workstation")
"""What a sign-in throttle counts failures for: a name as typed, or one computer."""


class SignInThrottle(Base):
    """Failed sign-ins in a row for one username (as typed, known or not) or one
    workstation, and until when further tries are refused unchecked (services/users.py).

    In the database rather than on each computer, so every workstation sharing it sees the
    same count: moving to the next desk does not buy a guesser fresh tries. Not append-only:
    a success or an administrator's lift resets the row; the trail keeps the history.
    """

    __tablename__ = "sign_in_throttles"
    __table_args__ = (
        CheckConstraint(_one_of("kind", THROTTLE_KINDS), name="kind"),
        UniqueConstraint("kind", "subject"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(200))
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_failed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
