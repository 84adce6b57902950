"""The settings every workstation shares: clinic details for printouts, rule thresholds."""

import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clinic_app.handouts.content import Letterhead
from clinic_app.rules.settings import RuleSettings
from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database, open_existing
from clinic_app.storage.errors import RecordChanged, StorageError
from clinic_app.storage.models import ClinicSettings
from clinic_app.storage.types import utc_now

PAPER_SIZES = ("a4", "letter")


@dataclass(frozen=True)
class ClinicDetails:
    clinic_name: str = ""
    address: str = ""
    phone: str = ""
    paper_size: str = "a4"
    persistent_pain_days: int = 3
    max_weekly_increase: float = 0.10
    idle_lock_minutes: int = 5
    version: int = 1

    def letterhead(self) -> Letterhead:
        """The details every printout carries at its top."""
        return Letterhead(self.clinic_name, self.address, self.phone)

    def rule_settings(self) -> RuleSettings:
        return RuleSettings(
            persistent_pain_days=self.persistent_pain_days,
            max_weekly_increase=self.max_weekly_increase,
        )


_FIELDS = tuple(
    field.name for field in dataclasses.fields(ClinicDetails) if field.name != "version"
)


def load(database: Database) -> ClinicDetails:
    with database.reading() as session:
        return load_in(session)


def for_printing(url: str | None = None) -> ClinicDetails:
    """The settings of the database named (or the default one), else the defaults when the
    clinic has no database yet: a printout then carries no letterhead."""
    database = open_existing(url)
    if database is None:
        return ClinicDetails()
    try:
        return load(database)
    finally:
        database.close()


def load_in(session: Session) -> ClinicDetails:
    """The settings, read inside the caller's transaction."""
    row = session.scalar(select(ClinicSettings).where(ClinicSettings.id == 1))
    if row is None:  # only a database damaged by hand lacks the row
        return ClinicDetails()
    return ClinicDetails(**{name: getattr(row, name) for name in _FIELDS}, version=row.version)


def save(database: Database, actor: Actor, details: ClinicDetails) -> ClinicDetails:
    """Store new settings, refused if someone saved others since `details.version` was read."""
    actor.require("admin", to="change the clinic's settings")
    if details.paper_size not in PAPER_SIZES:
        raise StorageError(f"paper size {details.paper_size!r}: must be a4 or letter")
    try:
        details.rule_settings()
    except ValueError as error:
        raise StorageError(str(error)) from None
    if not 1 <= details.idle_lock_minutes <= 240:
        raise StorageError("the idle lock must be between 1 and 240 minutes")
    values: dict[str, Any] = {name: getattr(details, name) for name in _FIELDS}
    with database.writing() as session:
        changed = session.execute(
            update(ClinicSettings)
            .where(ClinicSettings.id == 1, ClinicSettings.version == details.version)
            .values(
                **values, version=details.version + 1, updated_at=utc_now(), updated_by=actor.name
            )
        )
        if changed.rowcount != 1:  # type: ignore[attr-defined]
            current = session.scalar(select(ClinicSettings).where(ClinicSettings.id == 1))
            raise RecordChanged(
                "The clinic settings",
                (current.updated_by if current else None) or "someone",
                (current.updated_at if current else None) or utc_now(),
            )
        audit.record(session, actor, "settings.changed", "clinic_settings", 1)
    return dataclasses.replace(details, version=details.version + 1)


def rule_settings_in(session: Session) -> RuleSettings:
    """The clinic's thresholds, read inside the caller's transaction."""
    return load_in(session).rule_settings()
