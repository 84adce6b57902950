"""From the waiting room to the review queue (issue 20's first "Done when"): a patient
completes an entry at the kiosk by touch in English, Spanish or Chinese, and the desk
opens it from the Patient entries tab, finds it marked as the patient's and submits it,
on a SQLite file and on PostgreSQL. The intake that comes out holds the patient's own
answers, their language, and no correction (the desk changed nothing)."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.intake_form import STEP_NAMES
from clinic_app.gui.kiosk.kiosk_consent import ThanksPage
from clinic_app.gui.kiosk.kiosk_window import KioskWindow
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import intakes, patient_entries, users
from clinic_app.storage.database import Database, open_database
from gui.driving import PASSWORD
from gui.kiosk_driving import (
    ADMIN,
    KIOSK,
    LEFT,
    PATIENTS,
    agree,
    answer_the_questions,
    child,
    choose_language,
    leave,
    ready_for_a_kiosk,
    send,
    settled,
    sign,
)


@pytest.fixture
def clinic(database_url: str) -> Iterator[Database]:
    database = open_database(database_url)
    ready_for_a_kiosk(database)
    yield database
    assert QThreadPool.globalInstance().waitForDone(60_000)
    database.close()


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "es", "zh-Hans"])
def test_a_kiosk_entry_is_checked_and_submitted_at_the_desk(
    qtbot: QtBot, clinic: Database, language: str
) -> None:
    patient = PATIENTS[language]
    kiosk = KioskWindow(clinic, KIOSK, thanks_ms=60_000)
    qtbot.addWidget(kiosk, before_close_func=leave)
    kiosk.start()
    qtbot.waitExposed(kiosk)
    session = choose_language(qtbot, kiosk, language)
    answer_the_questions(qtbot, session, patient)
    agree(qtbot, session)
    sign(qtbot, session)
    send(qtbot, session)
    settled(qtbot, kiosk, ThanksPage)
    kiosk.leave()
    [waiting] = patient_entries.waiting_entries(clinic)

    account = users.create_user(
        clinic,
        ADMIN,
        username="desk",
        display_name="Dee Desk",
        role="front_desk",
        password=PASSWORD,
    )
    window = MainWindow(Workstation(clinic, account))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.entries)
    qtbot.waitUntil(lambda: window.entries.model.rowCount() == 1)
    window.entries.table.selectRow(0)
    window.entries.table.setFocus()
    QTest.keyClick(window.entries.table, Qt.Key.Key_Return)

    form = window.form
    qtbot.waitUntil(lambda: form.entry.entry is not None)
    assert f"Answers from the patient at {KIOSK}" in child(form, QLabel, "entry.banner").text()
    first_name = child(form, QLineEdit, "patient.first_name")
    assert first_name.text() == patient.first
    assert first_name.property("entered") == "patient"
    # The kiosk asks what a patient can answer alone; nothing else is required, so the
    # desk can submit what the patient said as it stands.
    form.go_to(STEP_NAMES.index("review"))
    submit = child(form, QPushButton, "intake.submit")
    qtbot.waitUntil(submit.isEnabled)
    QTest.mouseClick(submit, LEFT)
    qtbot.waitUntil(lambda: window.intake_page.currentWidget() is window.result, timeout=15_000)

    assert patient_entries.waiting_entries(clinic) == []
    done = patient_entries.entry(clinic, waiting.entry_id)
    assert done.check is not None
    assert done.check.outcome == "checked_in"
    assert done.check.intake_id is not None
    assert done.check.corrections == ()
    stored = intakes.get_intake(clinic, done.check.intake_id)
    assert stored.status == "submitted"
    document = stored.document
    assert document["patient"]["first_name"] == patient.first
    assert document["patient"]["last_name"] == patient.last
    assert document["patient"]["date_of_birth"] == patient.born
    assert document["patient"]["language"] == language
    assert document["history"]["medications"] == patient.medicines
    assert document["symptoms"]["locations"] == ["heel"]
    window.close()
