"""The patient's courses on the Patients page: listed, charted, and the Follow-up visit
button that has the main window open the follow-up room for the chosen course.

Over the real follow-up services and a real SQLite file, under the GUI-thread guard;
tests/gui/test_followup_flow.py goes on to type and submit a follow-up on both databases.
"""

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.workstation import Workstation
from gui.courses_on_record import course_on_record, patients_page_of
from gui.driving import Key, Mod, find, press, wait_focus
from gui.gui_thread import no_database_on_gui_thread

MAYA = {"patient.first_name": "Maya", "patient.last_name": "Okafor"}


def test_courses_listed_charted_and_a_follow_up_opened(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    course_id = course_on_record(
        front_desk, {**MAYA, "symptoms.pain_now": 6}, {**MAYA, "symptoms.pain_now": 3}
    )
    with no_database_on_gui_thread(front_desk.database):
        window = patients_page_of(qtbot, front_desk, "okaf")
        courses = window.patients.courses
        qtbot.waitUntil(lambda: bool(courses.charts.charts()))
        listed = find(window, "patients.courses")
        assert listed.accessibleName() == "Courses of care"
        assert courses.charts.summary().startswith(
            "Pain: 6 at the first visit, 3 now; improved by 3, more than the 2 points that count"
        )
        button = find(window, "patients.followUp")
        assert isinstance(button, QPushButton)
        assert button.isEnabled()
        press(Key.Key_O, Mod.AltModifier)  # the button's shortcut
        qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.follow_up)
        qtbot.waitUntil(lambda: window.follow_up.course() is not None)
        wait_focus(qtbot, "visit_date")
        course = window.follow_up.course()
        assert course is not None
        assert [visit.symptoms.pain_now for visit in course.visits] == [6, 3]
        cancel = find(window, "followup.cancel")
        assert isinstance(cancel, QPushButton)
        cancel.click()
        assert window.tabs.currentWidget() is window.patients
        qtbot.waitUntil(lambda: not window.patients.is_busy())
        assert [c.course_id for c in courses.courses()] == [course_id]
        window.close()
