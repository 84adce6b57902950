"""The Patients page on a real database: search as you type, keyboard-only choosing, and
registering a new patient, each ending in a request for an intake."""

from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from intake_documents import document
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.patients.new_patient_dialog import NewPatientDialog
from clinic_app.gui.patients.patient_model import PATIENT_ROLE
from clinic_app.gui.patients.patients_page import PatientsPage
from clinic_app.services import intakes, patients
from clinic_app.services.patients import PatientRow
from clinic_app.storage.errors import DatabaseUnavailable, RecordNotFound

W = TypeVar("W", bound=QWidget)
NO_MODIFIER = Qt.KeyboardModifier.NoModifier

MAYA = {
    "first_name": "Maya",
    "last_name": "Okafor",
    "date_of_birth": "1991-03-14",
    "sex": "female",
    "phone": "555-0134",
    "email": None,
    "clinic_number": "P-10442",
}
SOREN = {
    "first_name": "Søren",
    "last_name": "Okonkwo",
    "date_of_birth": "1985-01-02",
    "sex": "male",
    "phone": None,
    "email": "soren@example.org",
    "clinic_number": None,
}
ZOE = {
    "first_name": "Zoë",
    "last_name": "Ångström",
    "date_of_birth": "1970-07-07",
    "sex": "unspecified",
    "phone": None,
    "email": None,
    "clinic_number": "P-7",
}


@pytest.fixture
def seeded(front_desk: Workstation) -> Workstation:
    """Three patients, on record from submitted intakes."""
    for patient in (MAYA, SOREN, ZOE):
        intakes.submit(front_desk.database, front_desk.actor, document({"patient": patient}))
    return front_desk


@pytest.fixture
def page(qtbot: QtBot, seeded: Workstation) -> PatientsPage:
    shown = PatientsPage(seeded)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    shown.focus_search()
    return shown


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def search_field(page: PatientsPage) -> QLineEdit:
    return child(page, QLineEdit, "patients.search")


def table(page: PatientsPage) -> QTableView:
    return child(page, QTableView, "patients.table")


def status(page: PatientsPage) -> str:
    return child(page, QLabel, "patients.status").text()


def names(page: PatientsPage) -> list[str]:
    model = table(page).model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def search(qtbot: QtBot, page: PatientsPage, text: str, *, expected: int) -> None:
    """Type as the desk would, then wait for the results, however long the pause."""
    field = search_field(page)
    field.selectAll()
    QTest.keyClicks(field, text)
    qtbot.waitUntil(lambda: len(names(page)) == expected and status(page) != "", timeout=3000)


def emitted_section(blocker: Any) -> dict[str, object]:
    assert blocker.args is not None
    section: dict[str, object] = blocker.args[0]
    return section


# --- the page ---------------------------------------------------------------------------------


def test_the_page_starts_empty_with_a_hint(page: PatientsPage) -> None:
    assert page.objectName() == "patientsPage"
    assert search_field(page).placeholderText() == (
        "Name, date of birth (YYYY-MM-DD) or clinic number"
    )
    assert search_field(page).hasFocus()
    assert names(page) == []
    assert "Type the start of a first name or surname" in status(page)
    assert not child(page, QPushButton, "patients.startIntake").isEnabled()
    assert child(page, QPushButton, "patients.new").isEnabled()


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("ok", ["Okafor, Maya", "Okonkwo, Søren"]),
        ("OKAF", ["Okafor, Maya"]),
        ("zoe", ["Ångström, Zoë"]),  # accents and case do not matter
        ("angs", ["Ångström, Zoë"]),
        ("1985-01-02", ["Okonkwo, Søren"]),
        ("P-10442", ["Okafor, Maya"]),
    ],
)
def test_typing_finds_by_name_prefix_birth_date_or_clinic_number(
    qtbot: QtBot, page: PatientsPage, typed: str, found: list[str]
) -> None:
    search(qtbot, page, typed, expected=len(found))

    assert names(page) == found
    count = len(found)
    assert status(page) == ("1 patient found" if count == 1 else f"{count} patients found")
    # The first row is chosen, so Enter or the button starts its intake at once.
    assert page.selected_patient() is not None
    assert page.selected_patient() == table(page).model().index(0, 0).data(PATIENT_ROLE)
    assert child(page, QPushButton, "patients.startIntake").isEnabled()


def test_no_match_says_so_and_points_to_new_patient(qtbot: QtBot, page: PatientsPage) -> None:
    search(qtbot, page, "oka", expected=1)
    QTest.keyClicks(search_field(page), "zz")
    qtbot.waitUntil(lambda: names(page) == [])

    assert status(page) == "No patient matches “okazz”; use New patient to register them."
    assert not child(page, QPushButton, "patients.startIntake").isEnabled()


def test_clearing_the_search_brings_back_the_hint(qtbot: QtBot, page: PatientsPage) -> None:
    search(qtbot, page, "oka", expected=1)
    search_field(page).clear()
    qtbot.waitUntil(lambda: names(page) == [])
    assert "Type the start of a first name or surname" in status(page)


def test_the_search_runs_once_after_a_burst_of_typing(
    qtbot: QtBot, page: PatientsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    searched: list[str] = []
    real_search: Callable[..., list[PatientRow]] = patients.search

    def counted(database: Any, text: str, **options: Any) -> list[PatientRow]:
        searched.append(text)
        return real_search(database, text, **options)

    monkeypatch.setattr(patients, "search", counted)

    search(qtbot, page, "okafo", expected=1)

    assert searched == ["okafo"]
    assert names(page) == ["Okafor, Maya"]


def test_a_failed_search_says_what_happened(
    qtbot: QtBot, page: PatientsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unavailable(*_args: object, **_options: object) -> list[PatientRow]:
        raise DatabaseUnavailable("cannot use SQLite file x: the disk is full or failing")

    monkeypatch.setattr(patients, "search", unavailable)
    QTest.keyClicks(search_field(page), "oka")
    qtbot.waitUntil(lambda: status(page).startswith("Cannot search"))
    assert "the disk is full or failing" in status(page)
    assert names(page) == []


# --- choosing, keyboard only ------------------------------------------------------------------


def test_type_down_enter_starts_the_intake_of_the_chosen_patient(
    qtbot: QtBot, page: PatientsPage
) -> None:
    search(qtbot, page, "ok", expected=2)

    QTest.keyClick(search_field(page), Qt.Key.Key_Down)
    assert table(page).hasFocus()
    chosen = page.selected_patient()
    assert chosen is not None
    assert chosen.display_name == "Okafor, Maya"
    QTest.keyClick(table(page), Qt.Key.Key_Down)
    with qtbot.waitSignal(page.intakeRequested, timeout=2000) as blocker:
        QTest.keyClick(table(page), Qt.Key.Key_Return)

    assert emitted_section(blocker) == SOREN


def test_enter_in_the_search_field_takes_the_first_patient_even_before_the_pause(
    qtbot: QtBot, page: PatientsPage
) -> None:
    QTest.keyClicks(search_field(page), "okaf")
    with qtbot.waitSignal(page.intakeRequested, timeout=2000) as blocker:
        QTest.keyClick(search_field(page), Qt.Key.Key_Return)
    assert emitted_section(blocker) == MAYA


def test_up_from_the_first_row_goes_back_to_the_search(qtbot: QtBot, page: PatientsPage) -> None:
    search(qtbot, page, "ok", expected=2)
    QTest.keyClick(search_field(page), Qt.Key.Key_Down)
    assert table(page).hasFocus()
    QTest.keyClick(table(page), Qt.Key.Key_Up)
    assert search_field(page).hasFocus()


def test_enter_with_nothing_found_requests_nothing(qtbot: QtBot, page: PatientsPage) -> None:
    search(qtbot, page, "zz", expected=0)
    with qtbot.assertNotEmitted(page.intakeRequested):
        QTest.keyClick(search_field(page), Qt.Key.Key_Return)
        QTest.keyClick(search_field(page), Qt.Key.Key_Down)
    assert search_field(page).hasFocus()


def test_double_click_and_the_button_start_an_intake_too(qtbot: QtBot, page: PatientsPage) -> None:
    search(qtbot, page, "zoe", expected=1)
    view = table(page)
    cell = view.visualRect(view.model().index(0, 0)).center()
    with qtbot.waitSignal(page.intakeRequested, timeout=2000) as blocker:
        # QTest's double click alone has no press before it, which a view needs.
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO_MODIFIER, cell)
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, NO_MODIFIER, cell)
    assert emitted_section(blocker) == ZOE

    with qtbot.waitSignal(page.intakeRequested, timeout=2000) as blocker:
        QTest.mouseClick(
            child(page, QPushButton, "patients.startIntake"), Qt.MouseButton.LeftButton
        )
    assert emitted_section(blocker) == ZOE


def test_a_patient_gone_since_the_search_is_explained(
    qtbot: QtBot, page: PatientsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    search(qtbot, page, "zoe", expected=1)

    def gone(_database: object, patient_id: int) -> dict[str, object]:
        raise RecordNotFound(f"patient {patient_id} does not exist")

    monkeypatch.setattr(patients, "patient_section", gone)
    with qtbot.assertNotEmitted(page.intakeRequested):
        QTest.keyClick(search_field(page), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not page.is_busy())
    assert status(page) == (
        "Ångström, Zoë is no longer on record; search again, or register them with New patient."
    )


# --- a new patient ----------------------------------------------------------------------------


def open_new_patient(qtbot: QtBot, page: PatientsPage) -> NewPatientDialog:
    QTest.mouseClick(child(page, QPushButton, "patients.new"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(NewPatientDialog, "newPatientDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_a_new_patient_is_registered_and_their_intake_requested(
    qtbot: QtBot, page: PatientsPage, seeded: Workstation
) -> None:
    search(qtbot, page, "Adeyemi", expected=0)

    dialog = open_new_patient(qtbot, page)

    assert dialog.isModal()  # opened with open(): window-modal, not blocking the event loop
    last = child(dialog, QLineEdit, "patient.last_name")
    assert last.text() == "Adeyemi"  # what was searched for
    QTest.keyClicks(child(dialog, QLineEdit, "patient.first_name"), "Tunde")
    QTest.keyClicks(child(dialog, QLineEdit, "patient.date_of_birth"), "1988-06-30")
    with qtbot.waitSignal(page.intakeRequested, timeout=2000) as blocker:
        QTest.mouseClick(child(dialog, QPushButton, "newPatient.save"), Qt.MouseButton.LeftButton)

    assert emitted_section(blocker) == {
        "first_name": "Tunde",
        "last_name": "Adeyemi",
        "date_of_birth": "1988-06-30",
        "sex": "unspecified",
        "phone": None,
        "email": None,
        "clinic_number": None,
    }
    assert status(page) == "Registered Adeyemi, Tunde."
    assert [row.display_name for row in patients.search(seeded.database, "adeyemi")] == [
        "Adeyemi, Tunde"
    ]


def test_a_searched_birth_date_starts_the_new_patient_form(
    qtbot: QtBot, page: PatientsPage
) -> None:
    search(qtbot, page, "2001-01-01", expected=0)
    dialog = open_new_patient(qtbot, page)
    assert child(dialog, QLineEdit, "patient.date_of_birth").text() == "2001-01-01"
    assert child(dialog, QLineEdit, "patient.last_name").text() == ""


def test_cancelling_the_new_patient_requests_nothing(qtbot: QtBot, page: PatientsPage) -> None:
    dialog = open_new_patient(qtbot, page)
    with qtbot.assertNotEmitted(page.intakeRequested), qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)


def test_choosing_the_existing_patient_in_the_dialog_starts_their_intake(
    qtbot: QtBot, page: PatientsPage
) -> None:
    dialog = open_new_patient(qtbot, page)
    for field, text in (
        ("first_name", "Maya"),
        ("last_name", "Okafor"),
        ("date_of_birth", "1991-03-15"),
    ):
        QTest.keyClicks(child(dialog, QLineEdit, f"patient.{field}"), text)
    QTest.mouseClick(child(dialog, QPushButton, "newPatient.save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    with qtbot.waitSignal(page.intakeRequested, timeout=2000) as blocker:
        QTest.mouseClick(
            child(dialog, QPushButton, "newPatient.useExisting"), Qt.MouseButton.LeftButton
        )

    assert emitted_section(blocker) == MAYA
    assert status(page) == "Using the existing record of Okafor, Maya."


def test_ctrl_shift_n_opens_the_new_patient_form(qtbot: QtBot, page: PatientsPage) -> None:
    QTest.keyClick(
        search_field(page),
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: page.findChild(NewPatientDialog, "newPatientDialog") is not None)
