"""A clinician closes a course of care with a reason from the patient's page, on a SQLite
file and on PostgreSQL, under the GUI-thread guard (issue 18, item 2).

An empty reason is refused in the dialog and nothing changes; a reason closes the course
on record, the panel shows it closed with its reason and offers no follow-up. The front
desk gets no Close course button at all (the review pane gates decisions the same way).
"""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.patients.courses_panel import CoursesPanel
from clinic_app.services import followups
from clinic_app.services.followups import CourseSummary
from clinic_app.storage.database import Database
from gui.courses_on_record import course_on_record, opened, patients_page_of
from gui.driving import find, wait_focus
from gui.gui_thread import Guard, no_database_on_gui_thread

MAYA: dict[str, object] = {"patient.first_name": "Maya", "patient.last_name": "Okafor"}
REASON = "Discharged: back to full training"


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    yield from opened(database_url)


@pytest.fixture
def guard(database: Database) -> Iterator[Guard]:
    with no_database_on_gui_thread(database) as guard:
        yield guard


def stored_course(guard: Guard, workstation: Workstation, course_id: int) -> CourseSummary:
    with guard.aside():
        return followups.course_summary(workstation.database, course_id)


def button(root: QWidget, name: str) -> QPushButton:
    found = find(root, name)
    assert isinstance(found, QPushButton)
    return found


def status_cell(courses: CoursesPanel) -> str:
    table = find(courses, "patients.courses")
    assert isinstance(table, QTableWidget)
    item = table.item(0, 2)
    assert item is not None
    return item.text()


def test_a_clinician_closes_a_course_with_a_reason(
    qtbot: QtBot, front_desk: Workstation, clinician: Workstation, guard: Guard
) -> None:
    with guard.aside():
        course_id = course_on_record(front_desk, MAYA)
    window = patients_page_of(qtbot, clinician, "okaf")
    courses = window.patients.courses
    close = button(window, "patients.closeCourse")
    assert close.isEnabled()
    assert button(window, "patients.followUp").isEnabled()

    close.click()
    dialog = courses.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    ok = button(dialog, "closeCourse.ok")
    ok.click()  # no reason yet: refused in the dialog, nothing sent
    assert dialog.message().startswith("A reason is needed to close the course")
    assert not dialog.is_closing()
    assert dialog.isVisible()
    assert stored_course(guard, clinician, course_id).status == "open"
    reason = find(dialog, "closeCourse.reason")
    dialog.activateWindow()
    wait_focus(qtbot, "closeCourse.reason")  # the keyboard is where the answer goes
    QTest.keyClicks(reason, "   ")  # only spaces is no reason either
    QTest.keyClick(reason, Qt.Key.Key_Return)
    assert dialog.message().startswith("A reason is needed")
    assert stored_course(guard, clinician, course_id).status == "open"

    QTest.keyClicks(reason, REASON)
    QTest.keyClick(reason, Qt.Key.Key_Return)  # OK is the default button
    qtbot.waitUntil(lambda: courses.dialog is None)
    qtbot.waitUntil(lambda: not courses.is_busy() and courses.selected_course() is not None)
    shown = courses.selected_course()
    assert shown is not None
    assert (shown.course_id, shown.status, shown.closed_reason) == (course_id, "closed", REASON)
    assert status_cell(courses) == f"Closed ({REASON})"
    assert courses.status_text() == (
        f"The course is closed: {REASON}. It takes no new follow-up visit."
    )
    follow_up = button(window, "patients.followUp")
    assert not follow_up.isEnabled()
    assert "closed" in follow_up.toolTip()
    assert not close.isEnabled()
    with qtbot.assertNotEmitted(courses.followUpRequested):
        courses.request_follow_up()  # a double-click on the row asks this way
    on_record = stored_course(guard, clinician, course_id)
    assert (on_record.status, on_record.closed_reason) == ("closed", REASON)
    window.close()


def test_a_course_closed_elsewhere_meanwhile_is_said_in_the_dialog(
    qtbot: QtBot, front_desk: Workstation, clinician: Workstation, guard: Guard
) -> None:
    with guard.aside():
        course_id = course_on_record(front_desk, MAYA)
    window = patients_page_of(qtbot, clinician, "okaf")
    courses = window.patients.courses
    button(window, "patients.closeCourse").click()
    dialog = courses.dialog
    assert dialog is not None
    with guard.aside():  # another workstation closes it first
        followups.close_course(clinician.database, clinician.actor, course_id, "Referred on")
    QTest.keyClicks(find(dialog, "closeCourse.reason"), REASON)
    button(dialog, "closeCourse.ok").click()
    qtbot.waitUntil(lambda: not dialog.is_closing())
    assert dialog.message() == f"Not closed: course {course_id} is already closed (Referred on)."
    assert dialog.isVisible()
    assert stored_course(guard, clinician, course_id).closed_reason == "Referred on"
    dialog.reject()
    window.close()


def test_the_front_desk_has_no_close_course_button(
    qtbot: QtBot, front_desk: Workstation, guard: Guard
) -> None:
    with guard.aside():
        course_on_record(front_desk, MAYA)
    window = patients_page_of(qtbot, front_desk, "okaf")
    assert window.findChild(QWidget, "patients.closeCourse") is None
    assert button(window, "patients.followUp").isEnabled()
    window.close()
