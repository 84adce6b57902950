"""What the kiosk refuses, in the patient's language: a step without its required
answers (so an empty entry cannot be sent), an entry not agreed or not signed, and
Escape or the window's close; a database away keeps every answer and says to ask the
desk, with no traceback."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from clinic_app.gui.kiosk.kiosk_window import KioskWindow
from clinic_app.services import patient_entries
from clinic_app.storage.database import Database, open_database
from gui.kiosk_driving import (
    KIOSK,
    PATIENTS,
    agree,
    answer_the_questions,
    child,
    choose_language,
    leave,
    next_step,
    problem_shown,
    ready_for_a_kiosk,
    send,
    sign,
)
from gui.outage import Outage


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'clinic.db'}")
    ready_for_a_kiosk(database)
    yield database
    assert QThreadPool.globalInstance().waitForDone(60_000)
    database.close()


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> KioskWindow:
    window = KioskWindow(database, KIOSK)
    qtbot.addWidget(window, before_close_func=leave)
    window.start()
    qtbot.waitExposed(window)
    return window


def to_consent(qtbot: QtBot, window: KioskWindow, language: str) -> None:
    session = choose_language(qtbot, window, language)
    patient = PATIENTS[language]
    answer_the_questions(qtbot, session, patient)


def test_an_empty_step_is_refused_in_the_patients_words(qtbot: QtBot, window: KioskWindow) -> None:
    session = choose_language(qtbot, window, "es")
    next_step(qtbot, session)
    assert session.step() == 0
    assert problem_shown(session) == "Escriba su nombre."
    assert child(session, QLineEdit, "patient.first_name").hasFocus()
    assert child(session, QLineEdit, "patient.first_name").property("invalid") is True
    assert child(session, QLineEdit, "patient.last_name").property("invalid") is True
    QTest.keyClicks(child(session, QLineEdit, "patient.first_name"), "Ana")
    QTest.keyClicks(child(session, QLineEdit, "patient.last_name"), "Ruiz")
    QTest.keyClicks(child(session, QLineEdit, "patient.date_of_birth"), "1990-02-31")
    next_step(qtbot, session)
    assert session.step() == 0
    assert problem_shown(session).startswith("Escriba su fecha de nacimiento")
    field = child(session, QLineEdit, "patient.date_of_birth")
    field.clear()
    QTest.keyClicks(field, "1990-02-28")
    next_step(qtbot, session)
    assert session.step() == 1
    # The running step will not go on without the week's distance either.
    next_step(qtbot, session)
    assert session.step() == 1
    assert problem_shown(session).startswith("Escriba cuánto corrió")


def test_an_unsigned_or_unagreed_entry_is_not_sent(
    qtbot: QtBot, window: KioskWindow, database: Database
) -> None:
    to_consent(qtbot, window, "zh-Hans")
    session = window.session
    assert session is not None
    agree(qtbot, session)
    send(qtbot, session)
    assert problem_shown(session) == "请用手指在框里签名。"
    assert window.session is session
    agree(qtbot, session)  # untick
    sign(qtbot, session)
    send(qtbot, session)
    assert problem_shown(session) == "请打勾表示同意。"
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert patient_entries.waiting_entries(database) == []


def test_a_database_away_keeps_the_answers_and_says_to_ask_the_desk(
    qtbot: QtBot, window: KioskWindow, database: Database
) -> None:
    to_consent(qtbot, window, "en")
    session = window.session
    assert session is not None
    agree(qtbot, session)
    sign(qtbot, session)
    with Outage(database, table="patient_entries"):
        send(qtbot, session)
        qtbot.waitUntil(lambda: "could not be sent" in problem_shown(session))
    assert problem_shown(session) == (
        "Your answers could not be sent. They are still here. Please ask the front desk for help."
    )
    assert window.session is session
    assert session.document()["patient"]["first_name"] == PATIENTS["en"].first
    assert not session.consent.signature.is_empty()
    # The database is back: the same answers go.
    send(qtbot, session)
    qtbot.waitUntil(lambda: window.session is None)
    assert len(patient_entries.waiting_entries(database)) == 1


def test_escape_and_close_do_not_end_the_kiosk(qtbot: QtBot, window: KioskWindow) -> None:
    choose_language(qtbot, window, "en")
    QTest.keyClick(window, Qt.Key.Key_Escape)
    field = child(window, QLineEdit, "patient.first_name")
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert not window.close()
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    assert window.isVisible()
    assert window.isFullScreen()
    assert window.session is not None
