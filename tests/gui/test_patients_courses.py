"""The patient's courses on the Patients page: listed, charted, and the Follow-up visit
button that has the main window open the follow-up room for the chosen course.

Over the stand-in of the follow-up services (tests/gui/followup_stand_in.py) and a real
SQLite file for the patient search, under the GUI-thread guard; tests/gui/
test_followup_flow.py does the same over the real services on both databases.
"""

import json
from pathlib import Path

import pytest
from follow_up_documents import course as make_course
from PySide6.QtWidgets import QPushButton, QTableView
from pytestqt.qtbot import QtBot

from clinic_app.gui.common import followup_service
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import intakes
from gui.driving import Key, Mod, find, press, type_text, wait_focus
from gui.followup_stand_in import COURSE_ID, StandIn
from gui.gui_thread import no_database_on_gui_thread

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "maya-okafor.json"


def test_courses_listed_charted_and_a_follow_up_opened(
    qtbot: QtBot, front_desk: Workstation, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = StandIn(make_course({"symptoms.pain_now": 6}, {"symptoms.pain_now": 3}))
    monkeypatch.setattr(followup_service, "_service", lambda: service)
    intakes.submit(front_desk.database, front_desk.actor, json.loads(EXAMPLE.read_text()))
    with no_database_on_gui_thread(front_desk.database):
        window = MainWindow(front_desk)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.show_patients()
        wait_focus(qtbot, "patients.search")
        type_text("okaf")
        table = find(window, "patients.table")
        assert isinstance(table, QTableView)
        qtbot.waitUntil(lambda: table.model().rowCount() == 1)
        courses = window.patients.courses
        qtbot.waitUntil(lambda: courses.selected_course() is not None)
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
        assert window.follow_up.course() is service.course
        cancel = find(window, "followup.cancel")
        assert isinstance(cancel, QPushButton)
        cancel.click()
        assert window.tabs.currentWidget() is window.patients
        qtbot.waitUntil(lambda: not window.patients.is_busy())
        assert [c.course_id for c in courses.courses()] == [COURSE_ID]
        window.close()
    assert "MainThread" not in service.threads


def test_without_the_follow_up_services_the_page_says_so(
    qtbot: QtBot, front_desk: Workstation, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(followup_service, "_service", lambda: None)
    window = MainWindow(front_desk)
    qtbot.addWidget(window)
    courses = window.patients.courses
    courses.show_patient(1)
    assert "not available in this build" in courses.status_text()
    button = find(window, "patients.followUp")
    assert not button.isEnabled()
    assert "not available" in button.toolTip()
    window.close()
