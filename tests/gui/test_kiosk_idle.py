"""Between patients at the kiosk (self-entry.md): untouched, the kiosk asks "Are you still
there?"; a touch carries on; no touch keeps the answers as unfinished for the desk and
starts fresh, with nothing of the patient left in any widget. An entry with nothing in
it is not kept. The thank-you after a sent entry goes by itself too. The timings are the
window's parameters, milliseconds here."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from clinic_app.gui.kiosk.kiosk_consent import ThanksPage
from clinic_app.gui.kiosk.kiosk_session import KioskSession
from clinic_app.gui.kiosk.kiosk_start import LanguagePage, StillTherePage
from clinic_app.gui.kiosk.kiosk_window import KioskWindow
from clinic_app.services import patient_entries
from clinic_app.storage.database import Database, open_database
from gui.kiosk_driving import (
    KIOSK,
    LEFT,
    PATIENTS,
    about_you,
    agree,
    answer_the_questions,
    child,
    choose_language,
    leave,
    ready_for_a_kiosk,
    send,
    settled,
    sign,
    traces_left,
    undersized,
)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'clinic.db'}")
    ready_for_a_kiosk(database)
    yield database
    assert QThreadPool.globalInstance().waitForDone(60_000)
    database.close()


def kiosk(qtbot: QtBot, database: Database, idle_ms: int, still_there_ms: int) -> KioskWindow:
    window = KioskWindow(database, KIOSK, idle_ms=idle_ms, still_there_ms=still_there_ms)
    qtbot.addWidget(window, before_close_func=leave)
    window.start()
    qtbot.waitExposed(window)
    return window


def test_a_patient_who_walks_away_is_kept_unfinished_and_forgotten_on_screen(
    qtbot: QtBot, database: Database
) -> None:
    patient = PATIENTS["es"]
    window = kiosk(qtbot, database, idle_ms=300, still_there_ms=300)
    session = choose_language(qtbot, window, "es")
    answer_the_questions(qtbot, session, patient)
    sign(qtbot, session)

    settled(qtbot, window, StillTherePage)
    assert undersized(window) == []
    settled(qtbot, window, LanguagePage)
    qtbot.waitUntil(lambda: len(patient_entries.waiting_entries(database)) == 1)
    [waiting] = patient_entries.waiting_entries(database)
    stored = patient_entries.entry(database, waiting.entry_id)
    assert not stored.finished
    assert stored.source == KIOSK
    assert stored.document["patient"]["last_name"] == patient.last
    assert stored.consent_text_id is None  # not agreed
    assert traces_left(window, patient) == []
    assert window.languages.language == "en"
    assert window.session is None


def test_a_touch_on_are_you_still_there_carries_on_with_every_answer(
    qtbot: QtBot, database: Database
) -> None:
    patient = PATIENTS["en"]
    window = kiosk(qtbot, database, idle_ms=300, still_there_ms=60_000)
    session = choose_language(qtbot, window, "en")
    about_you(qtbot, session, patient)
    settled(qtbot, window, StillTherePage)
    QTest.mouseClick(child(window, QAbstractButton, "kiosk.stillHere"), LEFT)
    settled(qtbot, window, KioskSession)
    assert window.session is session
    assert session.document()["patient"]["first_name"] == patient.first


def test_an_idle_kiosk_with_nothing_answered_keeps_nothing(
    qtbot: QtBot, database: Database
) -> None:
    window = kiosk(qtbot, database, idle_ms=200, still_there_ms=200)
    session = choose_language(qtbot, window, "zh-Hans")
    assert not session.has_answers()
    settled(qtbot, window, StillTherePage)
    settled(qtbot, window, LanguagePage)
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert patient_entries.waiting_entries(database) == []


def test_the_thank_you_goes_by_itself_to_a_fresh_start(qtbot: QtBot, database: Database) -> None:
    patient = PATIENTS["zh-Hans"]
    window = KioskWindow(database, KIOSK, thanks_ms=300)
    qtbot.addWidget(window, before_close_func=leave)
    window.start()
    qtbot.waitExposed(window)
    session = choose_language(qtbot, window, "zh-Hans")
    answer_the_questions(qtbot, session, patient)
    agree(qtbot, session)
    sign(qtbot, session)
    send(qtbot, session)
    settled(qtbot, window, ThanksPage)
    settled(qtbot, window, LanguagePage)
    assert traces_left(window, patient) == []
    assert window.languages.language == "en"
