"""The New patient dialog on a real database: messages as the desk types, Save blocked
with its reason, and the check for someone already on record, both ways."""

from datetime import date
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.patients.new_patient_dialog import NewPatientDialog
from clinic_app.gui.patients.patient_model import PATIENT_ROLE
from clinic_app.services import patients
from clinic_app.services.patients import PatientRow

TODAY = date(2026, 11, 20)
W = TypeVar("W", bound=QWidget)
LABELS = {
    "date_of_birth": "Date of birth",
    "email": "Email",
    "last_name": "Last name",
    "clinic_number": "Clinic number",
}
TEXT_FIELDS = ("first_name", "last_name", "date_of_birth", "phone", "email", "clinic_number")


@pytest.fixture
def dialog(qtbot: QtBot, front_desk: Workstation) -> NewPatientDialog:
    opened = NewPatientDialog(front_desk, today=TODAY)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def edit(dialog: NewPatientDialog, field: str) -> QLineEdit:
    return child(dialog, QLineEdit, f"patient.{field}")


def message(dialog: NewPatientDialog, field: str) -> QLabel:
    return child(dialog, QLabel, f"patient.{field}.message")


def shown_message(dialog: NewPatientDialog, field: str) -> str | None:
    label = message(dialog, field)
    return None if label.isHidden() else label.text()


def button(dialog: NewPatientDialog, name: str) -> QPushButton:
    return child(dialog, QPushButton, f"newPatient.{name}")


def type_into(qtbot: QtBot, dialog: NewPatientDialog, field: str, text: str) -> None:
    line = edit(dialog, field)
    line.setFocus()
    line.selectAll()
    if line.text():
        QTest.keyClick(line, Qt.Key.Key_Delete)
    QTest.keyClicks(line, text)


def fill(qtbot: QtBot, dialog: NewPatientDialog, **values: str) -> None:
    for field, text in values.items():
        type_into(qtbot, dialog, field, text)


def click_save(qtbot: QtBot, dialog: NewPatientDialog) -> None:
    """Save, and wait for the look at the records (it runs off the GUI thread)."""
    QTest.mouseClick(button(dialog, "save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy())


def okafor_count(workstation: Workstation) -> int:
    return len(patients.search(workstation.database, "okafor"))


def register(workstation: Workstation, first: str, last: str, born: str, **more: str) -> PatientRow:
    details = patients.parse_patient(
        {"first_name": first, "last_name": last, "date_of_birth": born, **more}
    )
    return patients.register_patient(workstation.database, workstation.actor, details).patient


# --- the form ---------------------------------------------------------------------------------


def test_every_field_is_named_by_its_intake_path_and_has_a_labelled_buddy(
    dialog: NewPatientDialog,
) -> None:
    assert dialog.objectName() == "newPatientDialog"
    buddies = {
        label.buddy().objectName(): label.text()
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None
    }
    assert set(buddies) == {f"patient.{field}" for field in (*TEXT_FIELDS, "sex", "language")}
    assert all("&" in text for text in buddies.values())  # each has a keyboard mnemonic
    assert edit(dialog, "date_of_birth").placeholderText() == "YYYY-MM-DD"
    sex = child(dialog, QComboBox, "patient.sex")
    assert [(sex.itemData(i), sex.itemText(i)) for i in range(sex.count())] == [
        ("unspecified", "Not given"),
        ("female", "Female"),
        ("male", "Male"),
        ("other", "Other"),
    ]
    assert child(dialog, QWidget, "newPatient.duplicates").isHidden()


def test_an_empty_form_cannot_be_saved_and_says_why_without_scolding_yet(
    dialog: NewPatientDialog,
) -> None:
    assert not button(dialog, "save").isEnabled()
    blocked = child(dialog, QLabel, "newPatient.blocked")
    assert not blocked.isHidden()
    assert blocked.property("role") == "blocked"
    assert "First name, Last name, Date of birth" in blocked.text()
    # Nothing edited, nothing attempted: no field is marked yet.
    assert all(shown_message(dialog, field) is None for field in TEXT_FIELDS)
    assert edit(dialog, "first_name").property("invalid") is False


def test_a_required_name_left_empty_after_editing_is_marked(
    qtbot: QtBot, dialog: NewPatientDialog
) -> None:
    first = edit(dialog, "first_name")
    QTest.keyClicks(first, "M")
    QTest.keyClick(first, Qt.Key.Key_Backspace)

    assert shown_message(dialog, "first_name") == "First name is required"
    assert first.property("invalid") is True
    assert message(dialog, "first_name").property("role") == "fieldMessage"
    assert first.accessibleDescription() == "First name is required"

    QTest.keyClicks(first, "Maya")
    assert shown_message(dialog, "first_name") is None
    assert first.property("invalid") is False


@pytest.mark.parametrize(
    ("field", "typed", "expected"),
    [
        (
            "date_of_birth",
            "14/03/1991",
            'Date of birth must be a date written YYYY-MM-DD (got "14/03/1991")',
        ),
        (
            "date_of_birth",
            "1991-02-30",
            'Date of birth is not a real calendar date (got "1991-02-30")',
        ),
        (
            "date_of_birth",
            "2026-11-21",
            "Date of birth must not be after today, 2026-11-20 (got 2026-11-21)",
        ),
        (
            "email",
            "maya at example",
            'Email must look like an email address, name@example.org (got "maya at example")',
        ),
        ("last_name", "x" * 101, "Last name must be at most 100 characters (got 101)"),
        ("clinic_number", "P" * 41, "Clinic number must be at most 40 characters (got 41)"),
    ],
)
def test_each_wrong_answer_gets_its_message_and_blocks_save(
    qtbot: QtBot, dialog: NewPatientDialog, field: str, typed: str, expected: str
) -> None:
    fill(qtbot, dialog, first_name="Maya", last_name="Okafor", date_of_birth="1991-03-14")
    assert button(dialog, "save").isEnabled()

    type_into(qtbot, dialog, field, typed)

    assert shown_message(dialog, field) == expected
    assert edit(dialog, field).property("invalid") is True
    assert not button(dialog, "save").isEnabled()
    blocked = child(dialog, QLabel, "newPatient.blocked")
    assert not blocked.isHidden()
    assert blocked.text() == f"Cannot save yet: fill in or correct {LABELS[field]}."


def test_enter_on_a_blocked_form_is_a_save_attempt_that_shows_every_message(
    qtbot: QtBot, dialog: NewPatientDialog
) -> None:
    QTest.keyClicks(edit(dialog, "email"), "nope")
    assert shown_message(dialog, "first_name") is None

    QTest.keyClick(edit(dialog, "email"), Qt.Key.Key_Return)

    assert shown_message(dialog, "first_name") == "First name is required"
    assert shown_message(dialog, "last_name") == "Last name is required"
    assert shown_message(dialog, "date_of_birth") == "Date of birth is required"
    assert shown_message(dialog, "email") is not None
    assert dialog.isVisible()
    assert dialog.focusWidget() is edit(dialog, "first_name")


# --- saving -----------------------------------------------------------------------------------


def test_saving_someone_new_registers_them_with_blank_answers_as_not_given(
    qtbot: QtBot, dialog: NewPatientDialog, front_desk: Workstation
) -> None:
    fill(qtbot, dialog, first_name="Maya", last_name="Okafor", date_of_birth="1991-03-14")
    child(dialog, QComboBox, "patient.sex").setCurrentIndex(1)
    type_into(qtbot, dialog, "phone", "555-0134")

    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        QTest.mouseClick(button(dialog, "save"), Qt.MouseButton.LeftButton)

    assert dialog.created
    assert dialog.patient_section == {
        "first_name": "Maya",
        "last_name": "Okafor",
        "date_of_birth": "1991-03-14",
        "sex": "female",
        "phone": "555-0134",
        "email": None,
        "clinic_number": None,
    }
    assert okafor_count(front_desk) == 1


def test_a_likely_duplicate_is_shown_in_the_dialog_and_can_be_used_instead(
    qtbot: QtBot, dialog: NewPatientDialog, front_desk: Workstation
) -> None:
    maya = register(front_desk, "Maya", "Okafor", "1991-03-14", clinic_number="P-1")
    fill(qtbot, dialog, first_name="Maya", last_name="Okafor", date_of_birth="1991-03-15")

    click_save(qtbot, dialog)

    panel = child(dialog, QWidget, "newPatient.duplicates")
    assert not panel.isHidden()
    assert dialog.isVisible()  # nothing decided yet
    listed = child(dialog, QTableView, "newPatient.duplicateList")
    assert listed.model().rowCount() == 1
    shown = [listed.model().index(0, column).data() for column in range(3)]
    assert shown == ["Okafor, Maya", "1991-03-14", "P-1"]
    assert listed.model().index(0, 0).data(PATIENT_ROLE) == maya
    assert (
        "may be someone already registered"
        in child(dialog, QLabel, "newPatient.duplicatesMessage").text()
    )

    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        QTest.mouseClick(button(dialog, "useExisting"), Qt.MouseButton.LeftButton)

    assert not dialog.created
    assert dialog.patient == maya
    assert dialog.patient_section is not None
    assert dialog.patient_section["date_of_birth"] == "1991-03-14"
    assert dialog.patient_section["clinic_number"] == "P-1"
    assert okafor_count(front_desk) == 1


def test_a_likely_duplicate_can_be_registered_anyway(
    qtbot: QtBot, dialog: NewPatientDialog, front_desk: Workstation
) -> None:
    maya = register(front_desk, "Maya", "Okafor", "1991-03-14")
    fill(qtbot, dialog, first_name="Maya", last_name="Okafor", date_of_birth="1991-03-15")
    click_save(qtbot, dialog)
    assert button(dialog, "registerAnyway").isEnabled()

    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        QTest.mouseClick(button(dialog, "registerAnyway"), Qt.MouseButton.LeftButton)

    assert dialog.created
    assert dialog.patient is not None
    assert dialog.patient.id != maya.id
    assert dialog.patient_section is not None
    assert dialog.patient_section["date_of_birth"] == "1991-03-15"
    assert okafor_count(front_desk) == 2


def test_someone_already_registered_is_offered_and_not_registered_again(
    qtbot: QtBot, dialog: NewPatientDialog, front_desk: Workstation
) -> None:
    maya = register(front_desk, "Maya", "Okafor", "1991-03-14")
    fill(qtbot, dialog, first_name="MAYA", last_name="okafor", date_of_birth="1991-03-14")

    click_save(qtbot, dialog)

    assert not child(dialog, QWidget, "newPatient.duplicates").isHidden()
    assert not button(dialog, "registerAnyway").isEnabled()
    text = child(dialog, QLabel, "newPatient.duplicatesMessage").text()
    assert "already registered" in text
    # Enter takes the record on file: Use is the default button while the panel shows.
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        QTest.keyClick(child(dialog, QTableView, "newPatient.duplicateList"), Qt.Key.Key_Return)
    assert dialog.patient == maya
    assert okafor_count(front_desk) == 1


def test_a_clinic_number_that_belongs_to_someone_else_is_named(
    qtbot: QtBot, dialog: NewPatientDialog, front_desk: Workstation
) -> None:
    register(front_desk, "Maya", "Okafor", "1991-03-14", clinic_number="P-1")
    fill(
        qtbot,
        dialog,
        first_name="John",
        last_name="Smith",
        date_of_birth="1980-01-01",
        clinic_number="P-1",
    )

    click_save(qtbot, dialog)

    text = child(dialog, QLabel, "newPatient.duplicatesMessage").text()
    assert text.startswith("Clinic number P-1 already belongs to this patient.")
    assert not button(dialog, "registerAnyway").isEnabled()


def test_editing_after_the_warning_takes_it_away(
    qtbot: QtBot, dialog: NewPatientDialog, front_desk: Workstation
) -> None:
    register(front_desk, "Maya", "Okafor", "1991-03-14")
    fill(qtbot, dialog, first_name="Maya", last_name="Okafor", date_of_birth="1991-03-15")
    click_save(qtbot, dialog)
    panel = child(dialog, QWidget, "newPatient.duplicates")
    assert not panel.isHidden()

    type_into(qtbot, dialog, "first_name", "Mara")

    assert panel.isHidden()
    assert button(dialog, "save").isDefault()
