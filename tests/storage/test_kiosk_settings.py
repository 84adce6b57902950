"""The kiosk's settings (issue 20), on SQLite and PostgreSQL: the consent text per language,
versioned without rewriting an old version, and the kiosk PIN, hashed as passwords are,
locked for five minutes after five wrong tries (a clock the test moves)."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from clinic_app.languages import KNOWN_LANGUAGES
from clinic_app.services import audit, kiosk_settings
from clinic_app.services.actor import Actor
from clinic_app.services.kiosk_settings import KioskSettingRefused, PinGuard, PinLocked
from clinic_app.storage.database import Database
from clinic_app.storage.errors import NotAllowed
from storage.patient_entry_helpers import ADMIN, KIOSK


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_every_language_starts_with_the_built_in_consent_text(database: Database) -> None:
    texts = []
    for language in KNOWN_LANGUAGES:
        built_in = kiosk_settings.current_consent(database, language)
        assert built_in is not None, language
        assert (built_in.version, built_in.created_by) == (1, "built-in")
        texts.append(built_in.text)
    assert all(texts)
    assert len(set(texts)) == len(KNOWN_LANGUAGES)
    assert "前台" in texts[2]
    assert "recepción" in texts[1]
    assert "front desk" in texts[0]
    assert audit.events(database, action="consent.published") == []


def test_a_new_consent_version_never_rewrites_the_old_one(database: Database) -> None:
    built_in = kiosk_settings.current_consent(database, "es")
    first = kiosk_settings.publish_consent(database, ADMIN, "es", "  Acepto.  ")
    second = kiosk_settings.publish_consent(database, ADMIN, "es", "Acepto las condiciones.")
    english = kiosk_settings.publish_consent(database, ADMIN, "EN", "I agree.")

    assert (first.version, first.text, second.version) == (2, "Acepto.", 3)
    assert (english.language, english.version) == ("en", 2)
    assert kiosk_settings.current_consent(database, "es") == second
    assert kiosk_settings.consent_by_id(database, first.consent_text_id) == first
    assert built_in is not None
    assert kiosk_settings.consent_by_id(database, built_in.consent_text_id) == built_in
    chinese = kiosk_settings.current_consent(database, "zh-Hans")
    assert chinese is not None
    assert (chinese.version, chinese.created_by) == (1, "built-in")
    published = audit.events(database, action="consent.published")
    assert [event.detail for event in published] == ["en v2", "es v3", "es v2"]


def test_a_consent_text_must_say_something_in_a_known_language(database: Database) -> None:
    with pytest.raises(KioskSettingRefused, match=r"consent text \(es\) is empty"):
        kiosk_settings.publish_consent(database, ADMIN, "es", " \n ")
    with pytest.raises(KioskSettingRefused, match="unknown language 'fr'"):
        kiosk_settings.publish_consent(database, ADMIN, "fr", "J'accepte.")
    with pytest.raises(NotAllowed, match="consent text"):
        kiosk_settings.publish_consent(database, Actor("desk", "front_desk"), "en", "I agree.")
    current = kiosk_settings.current_consent(database, "es")
    assert current is not None
    assert current.created_by == "built-in"


def test_the_pin_is_kept_only_as_a_salted_hash(database: Database) -> None:
    assert not kiosk_settings.has_kiosk_pin(database)
    kiosk_settings.set_kiosk_pin(database, ADMIN, "482916")
    with database.reading() as session:
        stored = session.execute(text("SELECT pin_hash FROM kiosk_pin")).scalar_one()
    assert stored.startswith("scrypt$")
    assert "482916" not in stored
    assert PinGuard(KIOSK).verify(database, "482916")
    assert not PinGuard(KIOSK).verify(database, "482917")

    kiosk_settings.set_kiosk_pin(database, ADMIN, None)
    assert not kiosk_settings.has_kiosk_pin(database)
    with pytest.raises(KioskSettingRefused, match="a staff member must sign in"):
        PinGuard(KIOSK).verify(database, "482916")


@pytest.mark.parametrize("pin", ["123", "12a456", " 1234", "1234567890123"])
def test_a_pin_is_four_to_twelve_digits(database: Database, pin: str) -> None:
    with pytest.raises(KioskSettingRefused, match="4 to 12 digits"):
        kiosk_settings.set_kiosk_pin(database, ADMIN, pin)
    assert not kiosk_settings.has_kiosk_pin(database)


def test_only_an_administrator_sets_the_pin(database: Database) -> None:
    with pytest.raises(NotAllowed, match="kiosk PIN"):
        kiosk_settings.set_kiosk_pin(database, Actor("desk", "front_desk"), "1234")


def test_five_wrong_pins_lock_it_for_five_minutes(database: Database) -> None:
    kiosk_settings.set_kiosk_pin(database, ADMIN, "2468")
    clock = Clock()
    guard = PinGuard(KIOSK, clock)
    for _ in range(4):
        assert not guard.verify(database, "1111")
    assert guard.locked_until is None
    assert not guard.verify(database, "1111")
    assert guard.locked_until == clock.now + timedelta(minutes=5)

    clock.now += timedelta(minutes=4, seconds=59)
    with pytest.raises(PinLocked, match="locked after 5 wrong tries; try again after 10:05"):
        guard.verify(database, "2468")  # even the right PIN, while locked
    clock.now += timedelta(seconds=1)
    assert guard.verify(database, "2468")

    failed = audit.events(database, action="kiosk.pin_failed")
    assert len(failed) == 5
    assert {event.actor for event in failed} == {f"kiosk {KIOSK}"}
    assert len(audit.events(database, action="kiosk.pin_locked")) == 1


def test_a_right_pin_starts_the_count_again(database: Database) -> None:
    kiosk_settings.set_kiosk_pin(database, ADMIN, "2468")
    guard = PinGuard(KIOSK, Clock())
    for _ in range(4):
        guard.verify(database, "0000")
    assert guard.verify(database, "2468")
    for _ in range(4):
        guard.verify(database, "0000")
    assert guard.locked_until is None
