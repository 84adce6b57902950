"""A whole kiosk session through its widgets (issue 20): in English, Spanish and Chinese,
on a SQLite file and on PostgreSQL, with no SQL on the GUI thread, every control touch-
sized on every step, the entry stored as the patient gave it, and nothing of the patient
on screen once the thank-you has gone."""

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from clinic_app.gui.kiosk.kiosk_consent import ThanksPage
from clinic_app.gui.kiosk.kiosk_start import LanguagePage
from clinic_app.gui.kiosk.kiosk_window import KioskWindow
from clinic_app.services import patient_entries
from clinic_app.services.kiosk_settings import ConsentVersion
from clinic_app.storage.database import Database, open_database
from gui.gui_thread import no_database_on_gui_thread
from gui.kiosk_driving import (
    CONSENTS,
    KIOSK,
    LEFT,
    PATIENTS,
    about_you,
    agree,
    choose_language,
    history,
    leave,
    next_step,
    ready_for_a_kiosk,
    running,
    send,
    settled,
    sign,
    symptoms,
    traces_left,
    undersized,
)

THANKS = "Thank you. Please let the front desk know you have finished."


Clinic = tuple[Database, dict[str, ConsentVersion]]


@pytest.fixture
def clinic(database_url: str) -> Iterator[Clinic]:
    """The clinic's database, and the consent text it published in each language."""
    database = open_database(database_url)
    yield database, ready_for_a_kiosk(database)
    assert QThreadPool.globalInstance().waitForDone(60_000)
    database.close()


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "es", "zh-Hans"])
def test_a_patient_completes_an_entry_by_touch(qtbot: QtBot, clinic: Clinic, language: str) -> None:
    database, published = clinic
    patient = PATIENTS[language]
    with no_database_on_gui_thread(database) as guard:
        window = KioskWindow(database, KIOSK, thanks_ms=60_000)
        qtbot.addWidget(window, before_close_func=leave)
        window.start()
        qtbot.waitExposed(window)
        assert window.isFullScreen()
        assert undersized(window) == []
        session = choose_language(qtbot, window, language)
        steps = []
        fills: list[Callable[[], None]] = [
            lambda: about_you(qtbot, session, patient),
            lambda: running(qtbot, session),
            lambda: symptoms(qtbot, session),
            lambda: history(qtbot, session, patient),
        ]
        for fill in fills:
            fill()
            steps.append(session.step())
            assert undersized(window) == [], f"step {session.step()}"
            next_step(qtbot, session)
        assert steps == [0, 1, 2, 3]
        consent = window.findChild(QLabel, "kioskConsentText")
        assert consent is not None
        qtbot.waitUntil(lambda: consent.text() == CONSENTS[language])
        agree(qtbot, session)
        sign(qtbot, session)
        assert undersized(window) == []
        send(qtbot, session)
        settled(qtbot, window, ThanksPage)
        [said] = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
        expected = window.languages.words_in(language, "ThanksPage", THANKS)
        assert said == expected
        if language != "en":
            assert said != THANKS  # translated
        assert undersized(window) == []

        with guard.aside():
            [waiting] = patient_entries.waiting_entries(database)
            stored = patient_entries.entry(database, waiting.entry_id)
        assert stored.source == KIOSK
        assert stored.finished
        assert stored.language == language
        agreed = published[language]
        assert stored.consent_text_id == agreed.consent_text_id
        assert stored.consent_version == agreed.version
        assert stored.signature is not None
        assert stored.signature.startswith(b"\x89PNG")
        document = stored.document
        assert document["patient"] == {
            "language": language,
            "first_name": patient.first,
            "last_name": patient.last,
            "date_of_birth": patient.born,
        }
        assert document["running"]["weekly_distance"] == 42
        assert document["symptoms"]["locations"] == ["heel"]
        assert document["symptoms"]["pain_now"] == 6
        assert document["history"]["diabetes"] is True
        assert document["history"]["medications"] == patient.medicines

        # A touch on the thank-you starts afresh, with nothing of this patient left.
        thanks = window.pages.currentWidget()
        assert thanks is not None
        QTest.mouseClick(thanks, LEFT)
        settled(qtbot, window, LanguagePage)
        assert traces_left(window, patient) == []
        assert window.languages.language == "en"
