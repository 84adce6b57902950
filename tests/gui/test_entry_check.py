"""The desk's check of a patient's own entry (self-entry.md), through the real windows, on
a SQLite file and on PostgreSQL: opened from the Patient entries list into the intake form
with the answers marked as the patient's, the identity matched, two answers corrected and
submitted; the intake made, the entry gone from the list, exactly those corrections kept
and shown in the review pane. An entry another desk dealt with meanwhile is refused in
words."""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from storage.patient_entry_helpers import ADMIN, count, finished_entry, patients_answers

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.intake_form import STEP_NAMES, IntakeForm
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.review.review_detail import ReviewDetail
from clinic_app.services import intakes, patient_entries
from clinic_app.services.patient_entries import Correction
from clinic_app.storage.database import Database, open_database

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """These checks run on a SQLite file, then on a PostgreSQL database."""
    database = open_database(database_url)
    yield database
    assert QThreadPool.globalInstance().waitForDone(60_000)
    database.close()


def child(parent: QWidget, kind: type[Any], name: str) -> Any:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def identity_items(form: IntakeForm) -> list[tuple[str, object]]:
    combo = form.entry.identity
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_the_desk_checks_an_entry_corrects_two_answers_and_the_review_shows_them(
    qtbot: QtBot, front_desk: Workstation, clinician: Workstation
) -> None:
    database = front_desk.database
    registered = intakes.submit(database, front_desk.actor, patients_answers()).patient.patient
    duplicate = intakes.submit(
        database, front_desk.actor, patients_answers({"patient.first_name": "Rosalía"})
    ).patient.patient
    entry_id = finished_entry(database, {"symptoms.pain_now": 4}).entry_id

    window = MainWindow(front_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[:2] == ["&New intake", "Patient &entries"]
    window.tabs.setCurrentWidget(window.entries)  # shown: read at once
    qtbot.waitUntil(lambda: window.entries.model.rowCount() == 1)
    window.entries.table.setFocus()
    QTest.keyClick(window.entries.table, Qt.Key.Key_Return)

    form = window.form
    qtbot.waitUntil(lambda: form.entry.entry is not None)
    assert window.tabs.currentWidget() is window.intake_page
    banner = child(form, QLabel, "entry.banner")
    assert banner.isVisible()
    assert "Answers from the patient at Waiting room, " in banner.text()
    assert "check each step" in banner.text()
    first_name = child(form, QLineEdit, "patient.first_name")
    assert first_name.text() == "Rosa"
    assert first_name.property("entered") == "patient"
    assert "Answered by the patient" in first_name.accessibleDescription()
    assert form.entry.mark_of("patient.phone") is None  # not answered: not marked

    # Who it is: the registered patient chosen, the likely duplicate offered.
    items = identity_items(form)
    assert items[0][1] is None  # a new patient
    assert items[1][1] == registered.id
    assert "already registered" in items[1][0]
    assert [data for _, data in items[2:]] == [duplicate.id]
    assert "Delgado, Rosalía" in items[2][0]
    assert "likely duplicate" in items[2][0]
    assert form.entry.chosen_patient() == registered.id

    # Two corrections, typed as the desk types them.
    form.go_to(STEP_NAMES.index("running"))
    distance = child(form, QLineEdit, "running.weekly_distance")
    distance.selectAll()
    QTest.keyClicks(distance, "35")
    assert distance.property("entered") == "desk"
    assert "Changed by the desk" in distance.toolTip()
    form.go_to(STEP_NAMES.index("history"))
    QTest.keyClicks(child(form, QPlainTextEdit, "history.medications"), "ibuprofen")
    form.go_to(STEP_NAMES.index("review"))
    submit = child(form, QPushButton, "intake.submit")
    qtbot.waitUntil(submit.isEnabled)
    QTest.mouseClick(submit, LEFT)

    qtbot.waitUntil(lambda: window.intake_page.currentWidget() is window.result)
    check = patient_entries.entry(database, entry_id).check
    assert check is not None
    assert check.intake_id is not None
    assert patient_entries.check_of_intake(database, check.intake_id) == check
    assert check.corrections == (
        Correction("running.weekly_distance", 30, 35),
        Correction("history.medications", None, "ibuprofen"),
    )
    stored = intakes.get_intake(database, check.intake_id)
    assert stored.status == "submitted"
    assert stored.patient_id == registered.id
    window.tabs.setCurrentWidget(window.entries)
    qtbot.waitUntil(lambda: window.entries.model.rowCount() == 0)

    window.new_intake()  # the entry mode ends with it
    assert not form.in_entry_mode()
    assert not banner.isVisible()
    assert first_name.property("entered") in (None, "")

    review = ReviewDetail(clinician)
    qtbot.addWidget(review)
    review.show()
    review.show_intake(check.intake_id)
    qtbot.waitUntil(lambda: review.intake_id == check.intake_id)
    entered = child(review, QLabel, "review.entered")
    assert entered.isVisible()
    text = entered.text()
    assert "Entered by the patient at Waiting room" in text
    assert "the patient said “30”; the desk recorded “35”" in text
    assert "the patient said nothing; the desk recorded “ibuprofen”" in text
    window.close()


def test_an_entry_checked_at_another_desk_meanwhile_is_refused_clearly(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    database = front_desk.database
    entry_id = finished_entry(database).entry_id
    form = IntakeForm(front_desk)
    qtbot.addWidget(form)
    form.resize(1100, 800)
    form.show()
    checked: list[int] = []
    form.entryChecked.connect(checked.append)
    assert form.open_entry(entry_id)
    qtbot.waitUntil(lambda: form.entry.entry is not None)
    intakes_before = count(database, "intakes")
    patient_entries.discard_entry(database, ADMIN, entry_id, "entered twice")  # another desk

    form.go_to(STEP_NAMES.index("review"))
    submit = child(form, QPushButton, "intake.submit")
    qtbot.waitUntil(submit.isEnabled)
    QTest.mouseClick(submit, LEFT)

    status = child(form, QLabel, "intake.status")
    qtbot.waitUntil(lambda: "another desk has dealt with this entry" in status.text())
    assert "discarded by ada" in status.text()
    assert not form.in_entry_mode()  # the form left the entry
    assert child(form, QLineEdit, "patient.first_name").text() == ""
    assert checked == [entry_id]
    assert count(database, "intakes") == intakes_before
