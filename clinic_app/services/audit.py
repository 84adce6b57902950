"""The append-only audit trail: who did what to which record, and when.

Events name records by id and actions by name; they never hold patient details, so the
trail can be shown to an auditor or exported without exposing anyone's health.

Reading the trail (`page`, `count`, `export_csv`) is for admins only: it shows who looked
at which intake, which is itself sensitive. `events` is the unchecked reading the services'
own tests and commands use.

Every event is a link of a hash chain (a SHA-256 over its content and the event before
it's hash), so an edit made behind the app's back shows: clinic_app/storage/audit_chain.py
gives the exact content hashed, services/audit_chain.py checks it. `record` needs to know
nothing of it: the hashes are filled as the event is inserted (by the app on SQLite, by a
trigger on PostgreSQL, which is how the kiosk's role, reading no event, still chains its own).
"""

import contextlib
import csv
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Select, and_, event, func, or_, select
from sqlalchemy.orm import Session

from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.errors import StorageError
from clinic_app.storage.models import AuditEvent
from clinic_app.storage.types import utc_now

PAGE_SIZE = 200
# Rows fetched from the database at a time while exporting: a million-event trail is
# written without ever holding more than this many rows in memory.
EXPORT_CHUNK = 1000
CSV_HEADER = ("time", "user", "action", "record type", "record id", "detail")
# A spreadsheet runs a cell that starts with one of these as a formula; a username typed at
# the sign-in window is stored as typed, so anyone could plant "=HYPERLINK(…)" in the trail.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# session.info: the events recorded in its transaction, inserted as it commits (`record`).
_PENDING = "clinic_app.audit.pending"
_LISTENING = "clinic_app.audit.listening"

# The staff's words for the actions the app records; anything else is shown by its name.
ACTION_WORDS: dict[str, str] = {
    "sign_in": "Signed in",
    "sign_in.failed": "Sign-in failed",
    "sign_out": "Signed out",
    "session.locked": "Session locked",
    "session.unlocked": "Session unlocked",
    "unlock.failed": "Unlock failed",
    "sign_in.refused": "Sign-in refused (locked out)",
    "unlock.refused": "Unlock refused (locked out)",
    "sign_in.locked_out": "Sign-ins locked out",
    "sign_in.lockout_lifted": "Lifted a sign-in lockout",
    "intake.viewed": "Viewed intake",
    "intake.draft_started": "Started an intake draft",
    "intake.draft_discarded": "Discarded an intake draft",
    "intake.submitted": "Submitted intake",
    "intake.imported": "Imported intake",
    "intake.exported": "Exported intakes",
    "followup.draft_started": "Started a follow-up draft",
    "followup.submitted": "Submitted follow-up",
    "followup.viewed": "Viewed follow-up",
    "followup.imported": "Imported follow-up",
    "course.closed": "Closed a course of care",
    "review.decided": "Decision recorded",
    "desk_alert.raised": "Desk alert raised",
    "desk_alert.acknowledged": "Acknowledged a desk alert",
    "handout.printed": "Printed handout",
    "handout.saved": "Saved handout",
    "patient.created": "Registered patient",
    "patient.updated": "Updated patient details",
    "patient.merged": "Merged duplicate patients",
    "user.created": "Added user",
    "user.password_reset": "Reset password",
    "user.role_changed": "Changed role",
    "user.deactivated": "Switched user off",
    "user.reactivated": "Switched user back on",
    "settings.changed": "Changed clinic settings",
    "database.backed_up": "Backed up the database",
    "database.backup_failed": "A backup of the database failed",
    "database.encrypted": "Encrypted the database file",
    "database.decrypted": "Wrote an unencrypted copy of the database",
    "demo_data.generated": "Made demonstration data",
    "audit.exported": "Exported the audit trail",
    "patient_entry.added": "Patient's own entry received",
    "patient_entry.viewed": "Opened a patient's entry",
    "patient_entry.checked_in": "Checked in a patient's entry",
    "patient_entry.discarded": "Discarded a patient's entry",
    "consent.published": "Published a consent text",
    "settings.kiosk_pin_set": "Set the kiosk PIN",
    "settings.kiosk_pin_cleared": "Cleared the kiosk PIN",
    "kiosk.pin_failed": "Wrong kiosk PIN",
    "kiosk.pin_locked": "Kiosk PIN locked",
}
# Words for a family of actions ("sign_in.*": a sign-in and a failed one).
FAMILY_WORDS: dict[str, str] = {
    "sign_in": "Every sign-in event",
    "session": "Every session lock event",
    "intake": "Every intake event",
    "handout": "Every handout event",
    "patient": "Every patient record event",
    "user": "Every user account event",
    "review": "Every review event",
    "followup": "Every follow-up event",
    "course": "Every course of care event",
    "desk_alert": "Every desk alert event",
    "patient_entry": "Every patient entry event",
    "kiosk": "Every kiosk PIN event",
    "database": "Every backup event",
}
RECORD_WORDS: dict[str, str] = {
    "intake": "Intake",
    "followup": "Follow-up",
    "course": "Course of care",
    "patient": "Patient",
    "user": "User",
    "clinic_settings": "Clinic settings",
    "desk_alert": "Desk alert",
    "patient_entry": "Patient entry",
    "consent_text": "Consent text",
}


def record(
    session: Session,
    actor: Actor | str,
    action: str,
    record_type: str | None = None,
    record_id: int | None = None,
    detail: str = "",
) -> None:
    """Add one event to the trail inside the caller's transaction.

    The event is inserted as that transaction commits, after the caller's own writes, and
    it is in or out with them. Why last: on PostgreSQL an insert into the trail waits for
    the chain's lock (storage/audit_chain.py), which its holder keeps until it commits. Had
    a transaction taken it and then waited for a row another one had changed, and that
    other one then recorded an event, the two would wait for each other (PostgreSQL ends
    one with "deadlock detected"). Taken last, it is held only for the insert and commit.
    """
    pending: list[AuditEvent] | None = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = []
    if not session.info.get(_LISTENING):
        event.listen(session, "before_commit", _insert_pending)
        event.listen(session, "after_rollback", _forget_pending)
        session.info[_LISTENING] = True
    pending.append(
        AuditEvent(
            at=utc_now(),
            actor=actor if isinstance(actor, str) else actor.name,
            action=action,
            record_type=record_type,
            record_id=record_id,
            detail=detail,
        )
    )


def _insert_pending(session: Session) -> None:
    """The session's recorded events, in the order recorded, into its last flush."""
    session.add_all(session.info.pop(_PENDING, []))


def _forget_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)


@dataclass(frozen=True)
class Event:
    at: datetime
    actor: str
    action: str
    record_type: str | None
    record_id: int | None
    detail: str
    # Last, with a default, so events built by position elsewhere still work; the viewer
    # pages on (at, id), which no new event can shift.
    id: int = 0


@dataclass(frozen=True)
class AuditFilter:
    """What the admin asked to see; every field left empty lets everything through.

    `user` matches any part of the username, ignoring case: an auditor rarely knows how a
    failed sign-in was typed ("Ann", "ann ", "annb"), and the user column shows exactly who.
    `action` is one action ("handout.printed") or, ending in ".*", a family: "sign_in.*" is
    a sign-in and every sign-in failure, "handout.*" every printed or saved handout.
    `since` and `until` are calendar days, both included, in `zone` (None: this computer's
    time zone), since that is the day the clinic lived; the trail itself is kept in UTC.
    """

    user: str = ""
    action: str | None = None
    record_type: str | None = None
    record_id: int | None = None
    since: date | None = None
    until: date | None = None
    zone: tzinfo | None = None


def describe_action(action: str) -> str:
    """The staff's words for an action ("sign_in.failed": "Sign-in failed")."""
    if action.endswith(".*"):
        family = action[:-2]
        return FAMILY_WORDS.get(family, f"Every {family.replace('_', ' ')} event")
    return ACTION_WORDS.get(action, action)


def describe_record(record_type: str | None, record_id: int | None) -> str:
    """A record named as staff say it: "Intake 42", "Clinic settings"."""
    if record_type is None:
        return "" if record_id is None else f"#{record_id}"
    words = RECORD_WORDS.get(record_type, record_type)
    if record_id is None or record_type == "clinic_settings":
        return words
    return f"{words} {record_id}"


def families(actions: list[str]) -> list[str]:
    """The families ("sign_in.*") that group two or more of these actions."""
    members: dict[str, int] = {}
    for action in actions:
        head = action.split(".", 1)[0]
        members[head] = members.get(head, 0) + 1
    return sorted(f"{head}.*" for head, number in members.items() if number > 1)


def local_day_start(day: date, zone: tzinfo | None = None) -> datetime:
    """The first moment of `day` in `zone` (None: this computer's zone), zone-aware.

    Built from the calendar day rather than by adding 24 hours, so a day with a clock
    change still starts at its own midnight.
    """
    if zone is None:
        return datetime.combine(day, time.min).astimezone()  # the OS says the local offset
    return datetime.combine(day, time.min, tzinfo=zone)


_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")


def _filtered(query: _Query, wanted: AuditFilter) -> _Query:
    user = wanted.user.strip()
    if user:
        query = query.where(AuditEvent.actor.icontains(user, autoescape=True))
    if wanted.action:
        if wanted.action.endswith(".*"):
            family = wanted.action[:-2]
            query = query.where(
                or_(
                    AuditEvent.action == family,
                    AuditEvent.action.startswith(f"{family}.", autoescape=True),
                )
            )
        else:
            query = query.where(AuditEvent.action == wanted.action)
    if wanted.record_type is not None:
        query = query.where(AuditEvent.record_type == wanted.record_type)
    if wanted.record_id is not None:
        query = query.where(AuditEvent.record_id == wanted.record_id)
    if wanted.since is not None:
        query = query.where(AuditEvent.at >= local_day_start(wanted.since, wanted.zone))
    if wanted.until is not None:
        next_day = wanted.until + timedelta(days=1)
        query = query.where(AuditEvent.at < local_day_start(next_day, wanted.zone))
    return query


def _newest_first(query: _Query) -> _Query:
    return query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())


_COLUMNS = (
    AuditEvent.at,
    AuditEvent.actor,
    AuditEvent.action,
    AuditEvent.record_type,
    AuditEvent.record_id,
    AuditEvent.detail,
    AuditEvent.id,
)


def events(
    database: Database,
    *,
    actor: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    limit: int = 500,
) -> list[Event]:
    """The newest events first, optionally filtered (exact username and action)."""
    query = _newest_first(select(AuditEvent)).limit(limit)
    if actor is not None:
        query = query.where(AuditEvent.actor == actor)
    if action is not None:
        query = query.where(AuditEvent.action == action)
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    with database.reading() as session:
        return [
            Event(row.at, row.actor, row.action, row.record_type, row.record_id, row.detail, row.id)
            for row in session.scalars(query)
        ]


def page(
    database: Database,
    actor: Actor,
    wanted: AuditFilter = AuditFilter(),
    *,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    after: Event | None = None,
) -> list[Event]:
    """One page of the filtered trail, newest first (admins only).

    Pass the last event already shown as `after` to get the page below it: events that
    arrive meanwhile then cannot shift the pages the way they shift an `offset`.
    """
    actor.require("admin", to="read the audit trail")
    query = _newest_first(_filtered(select(*_COLUMNS), wanted))
    if after is not None:
        query = query.where(
            or_(
                AuditEvent.at < after.at,
                and_(AuditEvent.at == after.at, AuditEvent.id < after.id),
            )
        )
    query = query.offset(offset).limit(limit)
    with database.reading() as session:
        return [Event(*row) for row in session.execute(query)]


def count(database: Database, actor: Actor, wanted: AuditFilter = AuditFilter()) -> int:
    """How many events the filter lets through (admins only)."""
    actor.require("admin", to="read the audit trail")
    query = _filtered(select(func.count(AuditEvent.id)), wanted)
    with database.reading() as session:
        return int(session.scalar(query) or 0)


def actions_on_record(database: Database) -> list[str]:
    """Every action name the trail holds, sorted: the choices of the viewer's action filter.

    Names only, never who or when, so no role is needed.
    """
    with database.reading() as session:
        return sorted(session.scalars(select(AuditEvent.action).distinct()))


def record_types_on_record(database: Database) -> list[str]:
    """Every kind of record the trail names ("intake", "user"), sorted."""
    query = select(AuditEvent.record_type).where(AuditEvent.record_type.is_not(None)).distinct()
    with database.reading() as session:
        return sorted(str(kind) for kind in session.scalars(query))


def csv_cell(value: object) -> str:
    """A value as a CSV cell a spreadsheet shows rather than runs.

    A leading apostrophe makes Excel and LibreOffice read a would-be formula as text; the
    auditor still sees what was typed.
    """
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def _csv_rows(database: Database, wanted: AuditFilter) -> Iterator[list[str]]:
    """The filtered trail as CSV rows, newest first, read in chunks (a long trail never
    sits in memory whole)."""
    query = _newest_first(_filtered(select(*_COLUMNS), wanted))
    query = query.execution_options(yield_per=EXPORT_CHUNK)  # a server-side cursor on PG
    with database.reading() as session:
        for row in session.execute(query):
            event = Event(*row)
            moment = event.at.astimezone(wanted.zone)  # None: this computer's zone
            yield [
                csv_cell(value)
                for value in (
                    moment.isoformat(timespec="seconds"),
                    event.actor,
                    event.action,
                    event.record_type,
                    event.record_id,
                    event.detail,
                )
            ]


def export_csv(database: Database, actor: Actor, path: Path, wanted: AuditFilter) -> int:
    """Write every event the filter lets through to `path` as CSV; the number of events.

    Admins only. The file is written beside its destination, readable by its owner only,
    and renamed into place in the same transaction that puts the export on the trail: an
    export is either whole and recorded, or absent. A failure is one StorageError line.
    """
    actor.require("admin", to="export the audit trail")
    path = Path(path)
    failure = f"{path}: cannot write the audit trail export"
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=path.parent
        )
    except OSError as error:
        raise StorageError(f"{failure} ({error.strerror}); choose another folder") from None
    placed = False
    try:
        # With a byte-order mark: Excel, which clinics open CSV files in, reads the file
        # as UTF-8 only then (accented names would come out garbled otherwise).
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(CSV_HEADER)
            written = 0
            for row in _csv_rows(database, wanted):
                writer.writerow(row)
                written += 1
            stream.flush()
            os.fsync(stream.fileno())
        with database.writing() as session:
            noun = "event" if written == 1 else "events"
            record(session, actor, "audit.exported", detail=f"{written} {noun}")
            os.replace(temporary, path)
            placed = True
    except BaseException as error:
        if placed:  # renamed, but the trail did not take the export: take it back
            with contextlib.suppress(OSError):
                os.unlink(path)
        if isinstance(error, OSError):
            raise StorageError(f"{failure} ({error.strerror}); choose another folder") from None
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    return written
