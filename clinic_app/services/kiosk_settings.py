"""The kiosk's clinic settings: the consent text per language (versioned) and the kiosk PIN.

A consent text is never rewritten: publishing a change adds the next version of that
language, so an entry can always show the very words its patient agreed to (the entry
names the version's row). The table refuses UPDATE and DELETE itself (migration 0007).

The kiosk PIN lets staff leave kiosk mode without signing in. It is kept as a salted
scrypt hash, as passwords are (services/users.py). Five wrong tries lock it for five
minutes (`PinGuard`, whose clock a test controls); each failure and each lock is on the
audit trail, with the kiosk's name and never the digits typed.

Everything the kiosk itself calls here reads only the columns its PostgreSQL role may
read (storage/kiosk_role.py): the consent texts and the PIN's hash (table kiosk_pin).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from clinic_app.languages import UnknownLanguage, parse_language
from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.services.users import hash_password, password_matches
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordNotFound, StorageError
from clinic_app.storage.models import ConsentText, KioskPin
from clinic_app.storage.types import utc_now

PIN = re.compile(r"[0-9]{4,12}")
PIN_TRIES = 5
"""Wrong PINs in a row before the PIN is locked (self-entry.md)."""
PIN_LOCK = timedelta(minutes=5)
MAX_CONSENT_LENGTH = 20_000
"""A consent text a patient can read on one screen, scrolled; longer is a mistake."""


BUILT_IN = "built-in"
"""`created_by` of the consent texts the app ships (migration 0008 writes version 1 of
each language), so a kiosk works on a new database before the clinic writes its own."""


class KioskSettingRefused(StorageError):
    """A consent text or PIN that cannot be used; the message says why."""


class PinLocked(StorageError):
    """Too many wrong PINs: no PIN is checked until `until`."""

    def __init__(self, until: datetime) -> None:
        super().__init__(
            f"the kiosk PIN is locked after {PIN_TRIES} wrong tries; try again after "
            f"{until:%H:%M} UTC, or sign in as staff"
        )
        self.until = until


@dataclass(frozen=True)
class ConsentVersion:
    """One version of the consent text of one language."""

    consent_text_id: int
    language: str
    version: int
    text: str
    created_at: datetime
    created_by: str

    @property
    def built_in(self) -> bool:
        """The app's own words, not yet replaced by the clinic's."""
        return self.created_by == BUILT_IN


def publish_consent(database: Database, actor: Actor, language: str, text: str) -> ConsentVersion:
    """Add the next version of `language`'s consent text (admins only); earlier versions
    stay as they were, for the entries that agreed to them."""
    actor.require("admin", to="change the kiosk's consent text")
    try:
        tag = parse_language(language)
    except UnknownLanguage as error:
        raise KioskSettingRefused(f"consent text: {error}") from None
    words = text.strip()
    if not words:
        raise KioskSettingRefused(
            f"the consent text ({tag}) is empty; write what the patient agrees to"
        )
    if len(words) > MAX_CONSENT_LENGTH:
        raise KioskSettingRefused(
            f"the consent text ({tag}) has {len(words)} characters; at most "
            f"{MAX_CONSENT_LENGTH} fit the kiosk's screen"
        )
    with database.writing() as session:
        latest = session.scalar(
            select(func.max(ConsentText.version)).where(ConsentText.language == tag)
        )
        row = ConsentText(
            language=tag,
            version=(latest or 0) + 1,
            text=words,
            created_at=utc_now(),
            created_by=actor.name,
        )
        session.add(row)
        session.flush()
        audit.record(
            session, actor, "consent.published", "consent_text", row.id, f"{tag} v{row.version}"
        )
        return _version(row)


def current_consent(database: Database, language: str) -> ConsentVersion | None:
    """The newest consent text of `language`, or None when the clinic has written none."""
    with database.reading() as session:
        row = session.scalar(
            select(ConsentText)
            .where(ConsentText.language == language)
            .order_by(ConsentText.version.desc())
            .limit(1)
        )
        return None if row is None else _version(row)


def consent_by_id(database: Database, consent_text_id: int) -> ConsentVersion:
    """The consent text an entry agreed to (RecordNotFound when there is none)."""
    with database.reading() as session:
        row = session.get(ConsentText, consent_text_id)
        if row is None:
            raise RecordNotFound(f"consent text {consent_text_id} does not exist")
        return _version(row)


def set_kiosk_pin(database: Database, actor: Actor, pin: str | None) -> None:
    """Set the kiosk PIN (4 to 12 digits), or clear it with None (admins only): without a
    PIN, leaving the kiosk needs a staff sign-in."""
    actor.require("admin", to="set the kiosk PIN")
    if pin is not None and not PIN.fullmatch(pin):
        raise KioskSettingRefused("the kiosk PIN must be 4 to 12 digits (0-9), nothing else")
    stored = None if pin is None else hash_password(pin)
    with database.writing() as session:
        session.execute(
            update(KioskPin)
            .where(KioskPin.id == 1)
            .values(pin_hash=stored, set_at=utc_now(), set_by=actor.name)
        )
        action = "settings.kiosk_pin_cleared" if pin is None else "settings.kiosk_pin_set"
        audit.record(session, actor, action, "clinic_settings", 1)


def has_kiosk_pin(database: Database) -> bool:
    """Whether a PIN is set (else leaving the kiosk needs a staff sign-in)."""
    return _pin_hash(database) is not None


def _pin_hash(database: Database) -> str | None:
    with database.reading() as session:
        stored: str | None = session.scalar(select(KioskPin.pin_hash).where(KioskPin.id == 1))
        return stored


class PinGuard:
    """Checks the kiosk PIN for one kiosk, locking it after `PIN_TRIES` wrong tries.

    The count lives with the kiosk that is being tried (one guard per kiosk window), so
    it needs nothing the kiosk's database role may not do. `clock` gives the time (UTC);
    tests pass one they move.
    """

    def __init__(self, kiosk: str, clock: Callable[[], datetime] = utc_now) -> None:
        self.kiosk = kiosk
        self._clock = clock
        self._wrong = 0
        self._locked_until: datetime | None = None

    @property
    def locked_until(self) -> datetime | None:
        """When the lock ends, while it holds; None when a PIN may be tried."""
        if self._locked_until is not None and self._clock() >= self._locked_until:
            self._locked_until = None
            self._wrong = 0
        return self._locked_until

    def verify(self, database: Database, pin: str) -> bool:
        """Whether `pin` is the kiosk PIN. Raises PinLocked while locked (the PIN is not
        even compared), and KioskSettingRefused when no PIN is set."""
        until = self.locked_until
        if until is not None:
            raise PinLocked(until)
        stored = _pin_hash(database)
        if stored is None:
            raise KioskSettingRefused("no kiosk PIN is set; a staff member must sign in")
        if password_matches(pin, stored):
            self._wrong = 0
            return True
        self._wrong += 1
        locked = self._wrong >= PIN_TRIES
        if locked:
            self._locked_until = self._clock() + PIN_LOCK
        with database.writing() as session:
            audit.record(session, f"kiosk {self.kiosk}", "kiosk.pin_failed", None, None)
            if locked:
                audit.record(session, f"kiosk {self.kiosk}", "kiosk.pin_locked", None, None)
        return False


def _version(row: ConsentText) -> ConsentVersion:
    return ConsentVersion(
        row.id, row.language, row.version, row.text, row.created_at, row.created_by
    )
