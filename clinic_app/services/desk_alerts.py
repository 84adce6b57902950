"""The desk's alert: an emergency or urgent flag shown on every workstation until a person
acknowledges it (rules-2027.md, "The desk").

An alert is raised inside the transaction that saves what fired it: a draft's autosave
(the flags as typed, `live_flags.assess_as_typed`) or a submission (its assessment). Every
signed-in window asks `open_alerts` every few seconds on its background runner, so a
second workstation sees an alert within one poll of the save; `acknowledge` closes it for
every workstation at once, and puts who did so on the audit trail.

One intake alerts once per reason: a new alert is raised only when a rule of that urgency
fires that no earlier alert of the intake named, whether that alert is still open or was
acknowledged. The draft is saved again about a second after every pause in typing, so
"once while open" alone would raise the same emergency again after each acknowledgement.
The new alert names every reason of its urgency at that moment, so the newest alert of an
intake is the whole picture.

A submitted follow-up visit alerts the same way (its referral rules on its symptoms can
fire an emergency; the follow-up flags are all "soon"), once per reason for that visit:
its row names the visit (`followup_id`) and the course's first visit (`intake_id`), so
the patient is found the one way, and the window says it is a follow-up.

A patient's own entry (services/patient_entries.py) alerts at once, naming the kiosk it
came from: its row names the entry (`entry_id`) and no intake until the desk checks the
entry in, when `attach_entry_alerts` gives them the intake, so the intake does not alert
again for the same reasons.

Rows and audit events hold ids, urgencies and rule ids, never patient details; the name a
window shows is looked up through the intake when the alerts are read, and is never logged.
"""

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, case, delete, select, update
from sqlalchemy.orm import Session

from clinic_app.rules.engine import RULE_SETS
from clinic_app.rules.model import Assessment
from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordNotFound, StorageError
from clinic_app.storage.models import ALERT_URGENCIES, DeskAlert, Intake, Patient, PatientEntry
from clinic_app.storage.types import utc_now

ALERT_ROLES = ("front_desk", "clinician", "admin")
"""Who sees and may acknowledge an alert: everyone signed in at a window of the clinic."""
UNNAMED = "A patient not named yet"
"""Shown for a draft whose names have not been typed yet."""

# A rule's plain words, by its code: the same code means the same thing in every set.
_TITLES: dict[str, str] = {
    rule.code: rule.title for rule_set in RULE_SETS.values() for rule in rule_set.rules
}


class AlertStillOpen(StorageError):
    """A draft cannot be discarded while an alert it raised waits for someone: discarding
    must not take an emergency off every workstation unseen."""


@dataclass(frozen=True)
class OpenAlert:
    """What a window shows of one alert not yet acknowledged."""

    alert_id: int
    intake_id: int | None
    """None for a patient's own entry the desk has not checked in yet."""
    urgency: str
    patient: str
    """The patient's first and last name, or `UNNAMED`; never to be logged."""
    reasons: tuple[str, ...]
    """The flags' titles, in the rules' order: the clinician's plain words."""
    rule_ids: tuple[str, ...]
    raised_at: datetime
    raised_by: str
    followup_id: int | None = None
    """The follow-up visit that raised it; None for an intake (as typed or submitted)."""
    entry_id: int | None = None
    """The patient's own entry that raised it, if one did."""
    source: str | None = None
    """Where that entry came from: the kiosk's name (or "fhir")."""


@dataclass(frozen=True)
class Acknowledgement:
    """Who acknowledged an alert, and when. `already` when someone had done so before this
    request (the request changed nothing and wrote no audit event)."""

    alert_id: int
    by: str
    at: datetime
    already: bool


def reasons_for(rule_ids: Iterable[str]) -> tuple[str, ...]:
    """The plain words for these rule ids (a code no set knows is shown as itself)."""
    return tuple(_TITLES.get(code, code) for code in rule_ids)


def raise_for(
    session: Session,
    actor: Actor,
    intake_id: int,
    assessment: Assessment | None,
    *,
    followup_id: int | None = None,
) -> list[int]:
    """Raise, inside the caller's transaction, the alerts `assessment` calls for: one per
    urgency (emergency, urgent) with a reason no earlier alert of this intake named (of
    this follow-up visit, with `followup_id`; `intake_id` is then its course's first
    visit). Returns the new alerts' ids (none, usually)."""
    if assessment is None:
        return []
    firing = {
        urgency: [flag.code for flag in assessment.referral_flags if flag.urgency == urgency]
        for urgency in ALERT_URGENCIES
    }
    if not any(firing.values()):
        return []
    alerted: dict[str, set[str]] = {urgency: set() for urgency in ALERT_URGENCIES}
    for urgency, rule_ids in session.execute(
        select(DeskAlert.urgency, DeskAlert.rule_ids).where(
            DeskAlert.intake_id == intake_id, _visit(followup_id)
        )
    ):
        alerted.setdefault(urgency, set()).update(_split(rule_ids))
    raised: list[int] = []
    now = utc_now()
    for urgency, codes in firing.items():
        if not codes or alerted[urgency].issuperset(codes):
            continue
        alert = DeskAlert(
            intake_id=intake_id,
            followup_id=followup_id,
            urgency=urgency,
            rule_ids=",".join(codes),
            raised_at=now,
            raised_by=actor.name,
        )
        session.add(alert)
        session.flush()
        audit.record(
            session,
            actor,
            "desk_alert.raised",
            "desk_alert",
            alert.id,
            detail=f"{_record(intake_id, followup_id)}; {urgency}; {','.join(codes)}",
        )
        raised.append(alert.id)
    return raised


def raise_for_entry(
    session: Session, raised_by: str, entry_id: int, assessment: Assessment | None
) -> list[int]:
    """Raise, inside the caller's transaction, the alerts a patient's new entry calls for:
    one per urgency (emergency, urgent) that fires. Reads nothing (a new entry has no
    earlier alerts), so the kiosk's database role can raise them."""
    if assessment is None:
        return []
    raised: list[int] = []
    now = utc_now()
    for urgency in ALERT_URGENCIES:
        codes = [flag.code for flag in assessment.referral_flags if flag.urgency == urgency]
        if not codes:
            continue
        alert = DeskAlert(
            entry_id=entry_id,
            urgency=urgency,
            rule_ids=",".join(codes),
            raised_at=now,
            raised_by=raised_by,
        )
        session.add(alert)
        session.flush()
        audit.record(
            session,
            raised_by,
            "desk_alert.raised",
            "desk_alert",
            alert.id,
            detail=f"patient entry {entry_id}; {urgency}; {','.join(codes)}",
        )
        raised.append(alert.id)
    return raised


def attach_entry_alerts(session: Session, entry_id: int, intake_id: int) -> None:
    """Give an entry's alerts the intake it was checked in as (inside that transaction):
    the intake then counts them as its own, and does not alert again for their reasons."""
    session.execute(
        update(DeskAlert)
        .where(DeskAlert.entry_id == entry_id, DeskAlert.intake_id.is_(None))
        .values(intake_id=intake_id)
        .execution_options(synchronize_session=False)
    )


def entry_alerts_in(session: Session, entry_ids: Iterable[int]) -> dict[int, str]:
    """The highest urgency alerted for each of these entries (entries without any left
    out), for the desk's list of patient entries."""
    wanted = list(entry_ids)
    if not wanted:
        return {}
    highest: dict[int, str] = {}
    rows = session.execute(
        select(DeskAlert.entry_id, DeskAlert.urgency).where(DeskAlert.entry_id.in_(wanted))
    )
    for entry_id, urgency in rows:
        if entry_id is None:
            continue
        known = highest.get(entry_id)
        if known is None or ALERT_URGENCIES.index(urgency) < ALERT_URGENCIES.index(known):
            highest[entry_id] = urgency
    return highest


def open_alerts(database: Database) -> list[OpenAlert]:
    """Every alert not yet acknowledged: emergencies first, then urgent, oldest first in
    each. Runs on the background runner of every window, every few seconds."""
    rank = case({urgency: n for n, urgency in enumerate(ALERT_URGENCIES)}, value=DeskAlert.urgency)
    query = (
        select(
            DeskAlert,
            Intake.document,
            Patient.first_name,
            Patient.last_name,
            PatientEntry.document,
            PatientEntry.source,
        )
        .outerjoin(Intake, Intake.id == DeskAlert.intake_id)
        .outerjoin(Patient, Patient.id == Intake.patient_id)
        .outerjoin(PatientEntry, PatientEntry.id == DeskAlert.entry_id)
        .where(DeskAlert.acknowledged_at.is_(None))
        .order_by(rank, DeskAlert.id)
    )
    with database.reading() as session:
        return [
            OpenAlert(
                alert.id,
                alert.intake_id,
                alert.urgency,
                _name(first, last)
                if first is not None
                else _name_in(document if document is not None else entry or ""),
                reasons_for(_split(alert.rule_ids)),
                _split(alert.rule_ids),
                alert.raised_at,
                alert.raised_by,
                alert.followup_id,
                alert.entry_id,
                source,
            )
            for alert, document, first, last, entry, source in session.execute(query)
        ]


def acknowledge(database: Database, actor: Actor, alert_id: int) -> Acknowledgement:
    """Close an alert for every workstation, once: the first acknowledgement is recorded
    (on the row and on the audit trail); a later one changes nothing and says who did it
    first. Raises RecordNotFound for an alert that does not exist."""
    actor.require(*ALERT_ROLES, to="acknowledge a desk alert")
    with database.writing() as session:
        alert = session.get(DeskAlert, alert_id)
        if alert is None:
            raise RecordNotFound(f"desk alert {alert_id} does not exist")
        now = utc_now()
        # Conditional, so two workstations acknowledging at once record only the first.
        changed = session.execute(
            update(DeskAlert)
            .where(DeskAlert.id == alert_id, DeskAlert.acknowledged_at.is_(None))
            .values(acknowledged_at=now, acknowledged_by=actor.name)
            .execution_options(synchronize_session=False)
        )
        if changed.rowcount == 1:  # type: ignore[attr-defined]
            audit.record(
                session,
                actor,
                "desk_alert.acknowledged",
                "desk_alert",
                alert_id,
                detail=f"{_alert_record(alert)}; {alert.urgency}",
            )
            return Acknowledgement(alert_id, actor.name, now, already=False)
        session.refresh(alert)
        assert alert.acknowledged_at is not None
        assert alert.acknowledged_by is not None
        return Acknowledgement(alert_id, alert.acknowledged_by, alert.acknowledged_at, True)


def forget_for_discarded(session: Session, intake_id: int) -> None:
    """Before a draft is discarded, inside that transaction: refuse while one of its
    alerts is open, else drop its acknowledged alerts (they name an intake that will not
    exist; the trail keeps when each was raised and acknowledged, and by whom)."""
    still_open = session.scalar(
        select(DeskAlert.id)
        .where(DeskAlert.intake_id == intake_id, DeskAlert.acknowledged_at.is_(None))
        .limit(1)
    )
    if still_open is not None:
        raise AlertStillOpen(
            f"intake {intake_id} raised a desk alert nobody has acknowledged yet; "
            "acknowledge it first (it stays on every workstation until someone does)"
        )
    session.execute(delete(DeskAlert).where(DeskAlert.intake_id == intake_id))


def _visit(followup_id: int | None) -> ColumnElement[bool]:
    """The alerts of the intake itself (None), or of one follow-up visit."""
    if followup_id is None:
        return DeskAlert.followup_id.is_(None)
    return DeskAlert.followup_id == followup_id


def _alert_record(alert: DeskAlert) -> str:
    """The audit detail's name for what raised this alert: ids only."""
    if alert.intake_id is None:
        return f"patient entry {alert.entry_id}"
    return _record(alert.intake_id, alert.followup_id)


def _record(intake_id: int, followup_id: int | None) -> str:
    """The audit detail's name for what raised an alert: ids only."""
    if followup_id is None:
        return f"intake {intake_id}"
    return f"follow-up {followup_id} of intake {intake_id}"


def _split(rule_ids: str) -> tuple[str, ...]:
    return tuple(code for code in rule_ids.split(",") if code)


def _name(first: str | None, last: str | None) -> str:
    return " ".join(part.strip() for part in (first, last) if part and part.strip()) or UNNAMED


def _name_in(stored: str) -> str:
    """The names typed so far on a draft (a draft has no patient row yet)."""
    try:
        document: Any = json.loads(stored)
    except ValueError:
        return UNNAMED
    patient = document.get("patient") if isinstance(document, Mapping) else None
    if not isinstance(patient, Mapping):
        return UNNAMED
    first, last = patient.get("first_name"), patient.get("last_name")
    return _name(first if isinstance(first, str) else None, last if isinstance(last, str) else None)
