"""Courses of care put on record through the real services, and the patient's page that
shows them, for the follow-up GUI tests.

The windows read them back on the background runner, as in the app: the record helpers
run on the test's own thread (inside `guard.aside()` when a test has the GUI-thread guard
on); `patients_page_of` finds the patient as the desk does, by typing.
"""

from collections.abc import Iterator

from follow_up_documents import follow_up_document
from intake_documents import document as intake_document
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import followups, intakes
from clinic_app.storage.database import Database, open_database
from gui.driving import find, type_text, wait_focus


def course_on_record(
    workstation: Workstation,
    intake_overrides: dict[str, object] | None = None,
    *follow_ups: dict[str, object],
) -> int:
    """The id of a new course: the baseline intake (visit 2026-11-20) with overrides, then
    each follow-up (overrides of the baseline follow-up, a week later), submitted."""
    submitted = intakes.submit(
        workstation.database, workstation.actor, intake_document(intake_overrides)
    )
    patient_id = submitted.patient.patient.id
    (course,) = [
        c
        for c in followups.courses_of(workstation.database, patient_id)
        if c.intake_id == submitted.intake_id
    ]
    for overrides in follow_ups:
        followups.submit_follow_up(
            workstation.database,
            workstation.actor,
            follow_up_document(overrides),
            course_id=course.course_id,
        )
    return course.course_id


def opened(url: str) -> Iterator[Database]:
    """A database for a test's `database` fixture over `database_url` (both kinds)."""
    database = open_database(url)
    yield database
    assert QThreadPool.globalInstance().waitForDone(60_000)
    database.close()


def patients_page_of(qtbot: QtBot, workstation: Workstation, search: str) -> MainWindow:
    """A main window on the Patients page, the one patient `search` finds chosen, and
    their courses read (the newest open one chosen)."""
    window = MainWindow(workstation)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.show_patients()
    wait_focus(qtbot, "patients.search")
    type_text(search)
    table = find(window, "patients.table")
    assert isinstance(table, QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    courses = window.patients.courses
    qtbot.waitUntil(lambda: courses.selected_course() is not None and not courses.is_busy())
    return window
