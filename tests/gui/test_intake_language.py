"""The desk asks the patient's language on the intake's patient step (and in the New
patient dialog), by keyboard, and the patient's care sheet is then printed in it
(languages.md)."""

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from language_files import every_language_printable
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.intake_form import STEP_NAMES, IntakeForm
from clinic_app.gui.patients.new_patient_dialog import NewPatientDialog
from clinic_app.services import handouts, intakes, patients
from gui.driving import Key, find, focused, press, tab_to

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "maya-okafor.json"


@pytest.fixture
def form(qtbot: QtBot, front_desk: Workstation) -> IntakeForm:
    form = IntakeForm(front_desk)
    qtbot.addWidget(form)
    form.resize(1100, 800)
    form.show()
    qtbot.waitExposed(form)
    return form


def example() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(EXAMPLE.read_text())
    return document


def language_box(form: IntakeForm) -> QComboBox:
    combo = find(form, "patient.language")
    assert isinstance(combo, QComboBox)
    return combo


def submit(qtbot: QtBot, form: IntakeForm) -> intakes.Submitted:
    form.go_to(STEP_NAMES.index("review"))
    button = find(form, "intake.submit")
    assert isinstance(button, QPushButton)
    assert button.isEnabled()
    with qtbot.waitSignal(form.submitted, timeout=20_000) as signal:
        button.click()
    submitted: intakes.Submitted = signal.args[0]
    return submitted


def test_the_combo_offers_the_clinic_default_then_each_language_by_its_own_name(
    form: IntakeForm,
) -> None:
    combo = language_box(form)
    shown = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    assert shown == [
        (None, "Clinic default"),
        ("en", "English"),
        ("es", "Español"),
        ("zh-Hans", "中文（简体）"),
    ]
    assert combo.currentIndex() == 0
    assert "language" not in form.binding.document()["patient"]  # not asked: left out


def test_chosen_by_keyboard_it_is_stored_and_the_care_sheet_is_in_it(
    qtbot: QtBot, form: IntakeForm, front_desk: Workstation, request: pytest.FixtureRequest
) -> None:
    every_language_printable(request)
    form.binding.load(example())
    first = find(form, "patient.first_name")
    assert isinstance(first, QLineEdit)
    first.setFocus()
    qtbot.waitUntil(lambda: focused() is first)
    tab_to(qtbot, "patient.language")
    press(Key.Key_Down)
    press(Key.Key_Down)
    assert language_box(form).currentText() == "Español"
    assert form.binding.document()["patient"]["language"] == "es"

    submitted = submit(qtbot, form)

    database = front_desk.database
    stored = intakes.get_intake(database, submitted.intake_id)
    assert stored.document["patient"]["language"] == "es"
    section = patients.patient_section(database, submitted.patient.patient.id)
    assert section["language"] == "es"
    assert handouts.care_sheet_for(database, submitted.intake_id).language == "es"


def test_a_patient_on_record_with_a_language_starts_the_intake_with_it(
    form: IntakeForm,
) -> None:
    document = example()
    form.binding.load({**document, "patient": {**document["patient"], "language": "zh-Hans"}})
    assert language_box(form).currentText() == "中文（简体）"
    form.binding.clear()
    assert language_box(form).currentIndex() == 0


def test_the_new_patient_dialog_asks_it_too_and_the_record_keeps_it(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    dialog = NewPatientDialog(front_desk, today=date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for field, text in (
        ("first_name", "Ana"),
        ("last_name", "Ruiz"),
        ("date_of_birth", "1988-04-02"),
    ):
        line = find(dialog, f"patient.{field}")
        assert isinstance(line, QLineEdit)
        line.setFocus()
        QTest.keyClicks(line, text)
    assert "language" not in dialog.section()  # not asked yet: left out
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    tab_to(qtbot, "patient.language")
    press(Key.Key_Down)
    press(Key.Key_Down)
    assert dialog.section()["language"] == "es"

    save = find(dialog, "newPatient.save")
    assert isinstance(save, QPushButton)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        QTest.mouseClick(save, Qt.MouseButton.LeftButton)

    assert dialog.created
    assert dialog.patient_section is not None
    assert dialog.patient_section["language"] == "es"  # the intake starts with it
    assert dialog.patient is not None
    on_record = patients.patient_section(front_desk.database, dialog.patient.id)
    assert on_record["language"] == "es"
