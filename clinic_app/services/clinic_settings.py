"""The settings every workstation shares: clinic details for printouts, rule thresholds.

The logo is kept in the database with the rest (not as a file beside it), so every
workstation prints the same letterhead and a backup of the database carries it.
"""

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clinic_app.handouts.content import PAPERS, Letterhead
from clinic_app.languages import ENGLISH, KNOWN_LANGUAGES, known_list, letter_language
from clinic_app.rules.settings import RuleSettings
from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database, open_existing
from clinic_app.storage.errors import RecordChanged, StorageError
from clinic_app.storage.models import ClinicSettings
from clinic_app.storage.types import utc_now

_RULE_DEFAULTS = RuleSettings()
MAX_LOGO_BYTES = 512 * 1024
"""Plenty for a sharp logo 15 mm high; every printed handout stored carries a copy."""
IDLE_LOCK_MINUTES = (1, 240)
EMERGENCY_NUMBER_LENGTH = 30
"""Room for any emergency number and a country code ("+44 (0) 20 7946 0000"), no more:
the number is printed large in the sheet's emergency box, where a note would not fit."""
_EMERGENCY_NUMBER = re.compile(r"[0-9 +()\-]*[0-9][0-9 +()\-]*")


@dataclass(frozen=True)
class ClinicDetails:
    clinic_name: str = ""
    address: str = ""
    phone: str = ""
    emergency_number: str = ""
    """Printed in a care sheet's "Get emergency care now" box (999, 112, 911...); empty
    prints "your local emergency number" instead. Checked by `check_emergency_number`."""
    paper_size: str = "a4"
    default_patient_language: str = ENGLISH
    """The patient's sheets when the patient's own language is not known (languages.md)."""
    letter_language: str = ENGLISH
    """The referral letter and the clinician's part of the progress report: what another
    clinician reads, in the clinic's own language whatever the patient's."""
    # The thresholds, under the names and with the defaults RuleSettings gives them.
    persistent_pain_days: int = _RULE_DEFAULTS.persistent_pain_days
    max_weekly_increase: float = _RULE_DEFAULTS.max_weekly_increase
    idle_lock_minutes: int = 5
    logo: bytes | None = field(default=None, repr=False)
    """PNG or JPEG bytes (checked by `check_logo` when saved), or None for no logo."""
    version: int = 1

    def letterhead(self) -> Letterhead:
        """The details every printout carries at its top."""
        return Letterhead(
            self.clinic_name, self.address, self.phone, self.logo, self.emergency_number
        )

    def letters_in(self) -> str:
        """The language of the referral letter and the clinician's part of the progress
        report: the letter language, or English if the stored one is not a known tag."""
        return letter_language(self.letter_language)

    def rule_settings(self) -> RuleSettings:
        """The thresholds as the rules take them (ValueError when one is out of bounds)."""
        return RuleSettings.from_json(vars(self))


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
    if details.paper_size not in PAPERS:
        raise StorageError(f"paper size {details.paper_size!r}: must be {' or '.join(PAPERS)}")
    try:
        details.rule_settings()
    except ValueError as error:
        raise StorageError(str(error)) from None
    shortest, longest = IDLE_LOCK_MINUTES
    if not shortest <= details.idle_lock_minutes <= longest:
        raise StorageError(f"the idle lock must be between {shortest} and {longest} minutes")
    check_emergency_number(details.emergency_number)
    check_language("default patient language", details.default_patient_language)
    check_language("letter language", details.letter_language)
    if details.logo is not None:
        check_logo(details.logo)
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


def check_emergency_number(number: str) -> None:
    """Refuse, in words, an emergency number a patient could not dial from the sheet.

    Empty is allowed (the sheet then says "your local emergency number"); otherwise short,
    with at least one digit, and only digits, spaces and + ( ) -: the sheet prints it after
    "Call", so a note ("999 or ask reception") would read wrongly there.
    """
    if not number:
        return
    if len(number) > EMERGENCY_NUMBER_LENGTH or not _EMERGENCY_NUMBER.fullmatch(number):
        raise StorageError(
            f"the emergency number {number!r} cannot be printed on the care sheet: use only "
            f"digits, spaces and + ( ) -, at most {EMERGENCY_NUMBER_LENGTH} characters "
            '(such as 999, 112 or 911), or leave it empty to print "your local emergency '
            'number"'
        )


def check_language(setting: str, tag: str) -> None:
    """Refuse, in words, a language setting that is not one of the app's tags: every
    printout in that language would otherwise fall back to English without saying so."""
    if tag not in KNOWN_LANGUAGES:
        raise StorageError(
            f"the {setting} {tag!r} is not a language the app has: use one of {known_list()}"
        )


def check_logo(logo: bytes) -> None:
    """Refuse, in words, a logo the printouts could not carry (StorageError)."""
    if not logo:
        raise StorageError("the logo file is empty; choose a PNG or JPEG picture")
    if len(logo) > MAX_LOGO_BYTES:
        raise StorageError(
            f"the logo file is {_kilobytes(len(logo))}; it must be at most "
            f"{_kilobytes(MAX_LOGO_BYTES)} (save it smaller, e.g. a few hundred pixels high)"
        )
    from clinic_app.handouts.render import logo_image  # ReportLab loads only when needed

    try:
        logo_image(logo)
    except ValueError as error:
        raise StorageError(str(error)) from None


def read_logo(path: Path) -> bytes:
    """The logo in a file the admin chose, checked as `save` will check it."""
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:  # refused before it is read into memory
            raise StorageError(
                f"the file {path.name} is {_kilobytes(size)}; a logo must be at most "
                f"{_kilobytes(MAX_LOGO_BYTES)} (save it smaller, e.g. a few hundred pixels high)"
            )
        logo = path.read_bytes()
    except OSError as error:
        raise StorageError(f"cannot read {path.name}: {error.strerror or error}") from None
    try:
        check_logo(logo)
    except StorageError as error:
        raise StorageError(f"{error} ({path.name})") from None
    return logo


def _kilobytes(size: int) -> str:
    return f"{(size + 1023) // 1024} KB"


def rule_settings_in(session: Session) -> RuleSettings:
    """The clinic's thresholds, read inside the caller's transaction."""
    return load_in(session).rule_settings()
