"""The intake form holding a patient's entry: the marks follow the desk's changes, typing
on the form is not left unasked, New intake ends the entry mode, and a check-in the
service refuses as invalid shows its problems as any submit does."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from storage.patient_entry_helpers import finished_entry

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.intake_form import STEP_NAMES, IntakeForm
from clinic_app.intake import IntakeInvalid, Problem
from clinic_app.services import patient_entries

ANSWER = "clinic_app.gui.intake.intake_form.QMessageBox.question"


@pytest.fixture
def form(qtbot: QtBot, front_desk: Workstation) -> IntakeForm:
    form = IntakeForm(front_desk)
    qtbot.addWidget(form)
    form.resize(1100, 800)
    form.show()
    qtbot.waitExposed(form)
    return form


def line(form: IntakeForm, path: str) -> QLineEdit:
    found = form.findChild(QLineEdit, path)
    assert found is not None
    return found


def opened(qtbot: QtBot, form: IntakeForm, entry_id: int) -> None:
    assert form.open_entry(entry_id)
    qtbot.waitUntil(lambda: form.entry.entry is not None)


def test_the_mark_follows_the_desks_change_and_back(
    qtbot: QtBot, form: IntakeForm, front_desk: Workstation
) -> None:
    opened(qtbot, form, finished_entry(front_desk.database).entry_id)
    last = line(form, "patient.last_name")
    assert form.entry.mark_of("patient.last_name") == "patient"
    QTest.keyClicks(last, " Ruiz")
    assert form.entry.mark_of("patient.last_name") == "desk"
    assert "Changed by the desk" in last.accessibleDescription()
    for _ in " Ruiz":
        QTest.keyClick(last, Qt.Key.Key_Backspace)
    assert last.text() == "Delgado"
    assert form.entry.mark_of("patient.last_name") == "patient"  # the patient's again
    phone = line(form, "patient.phone")
    QTest.keyClicks(phone, "0612345678")  # not answered by the patient: the desk's
    assert form.entry.mark_of("patient.phone") == "desk"
    assert form.has_unsaved_work() is False  # not a draft: the entry waits in the list
    # A field that draws itself (the pain scale) is outlined by its label.
    [pain] = [
        label
        for label in form.findChildren(QLabel)
        if label.buddy() is not None and label.buddy().objectName() == "symptoms.pain_now"
    ]
    assert pain.property("entered") == "patient"

    form.new_intake()
    assert not form.in_entry_mode()
    assert last.property("entered") == ""
    assert "Answered by the patient" not in last.toolTip()
    assert form.entry.isHidden()
    assert pain.property("entered") == ""


def test_typing_on_the_form_is_not_left_unasked(
    qtbot: QtBot, form: IntakeForm, front_desk: Workstation, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id = finished_entry(front_desk.database).entry_id
    QTest.keyClicks(line(form, "patient.first_name"), "Maya")
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Any:
        def ask(_parent: object, _title: str, text: str, *_args: object) -> Any:
            asked.append(text)
            return reply

        return ask

    monkeypatch.setattr(ANSWER, answer(QMessageBox.StandardButton.No))
    assert not form.open_entry(entry_id)  # the desk stays with its typing
    assert line(form, "patient.first_name").text() == "Maya"
    assert not form.in_entry_mode()
    assert "kept as a draft" in asked[0]

    monkeypatch.setattr(ANSWER, answer(QMessageBox.StandardButton.Yes))
    opened(qtbot, form, entry_id)
    assert line(form, "patient.first_name").text() == "Rosa"
    QTest.keyClicks(line(form, "patient.phone"), "0612345678")
    monkeypatch.setattr(ANSWER, answer(QMessageBox.StandardButton.No))
    assert not form.open_entry(entry_id)  # corrections to an entry are asked about too
    assert "corrections" in asked[-1]


def test_a_check_in_refused_as_invalid_shows_its_problems(
    qtbot: QtBot, form: IntakeForm, front_desk: Workstation, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id = finished_entry(front_desk.database).entry_id
    opened(qtbot, form, entry_id)

    def refuse(*_args: object) -> object:
        raise IntakeInvalid([Problem("patient.date_of_birth", "is after the visit date")])

    monkeypatch.setattr(patient_entries, "check_in_entry", refuse)
    form.go_to(STEP_NAMES.index("review"))
    submit = form.findChild(QPushButton, "intake.submit")
    assert submit is not None
    qtbot.waitUntil(submit.isEnabled)
    submit.click()
    blocked = form.findChild(QLabel, "intake.blocked")
    assert blocked is not None
    qtbot.waitUntil(lambda: "is after the visit date" in blocked.text())
    assert form.in_entry_mode()  # still the patient's entry, to correct
    assert not form.is_submitting()
