"""The main window: what each role sees, the status bar, shortcuts, leaving safely."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from clinic_app import APP_NAME
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import intakes


def window_for(qtbot: QtBot, workstation: Workstation) -> MainWindow:
    window = MainWindow(workstation)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]


@pytest.mark.parametrize(
    ("role", "tabs"),
    [
        ("front_desk", ["New intake", "Patient entries", "Patients", "Follow-up visit"]),
        (
            "clinician",
            ["New intake", "Patient entries", "Patients", "Follow-up visit", "Review queue"],
        ),
        (
            "admin",
            [
                "New intake",
                "Patient entries",
                "Patients",
                "Follow-up visit",
                "Review queue",
                "Settings",
            ],
        ),
    ],
)
def test_each_role_sees_its_own_screens(
    qtbot: QtBot, request: pytest.FixtureRequest, role: str, tabs: list[str]
) -> None:
    workstation = request.getfixturevalue(role)
    window = window_for(qtbot, workstation)
    assert tab_titles(window) == tabs
    assert window.windowTitle() == APP_NAME
    assert not window.windowIcon().isNull()


def test_the_status_bar_names_the_user_and_the_database(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    window = window_for(qtbot, front_desk)
    user = window.findChild(QLabel, "status.user")
    database = window.findChild(QLabel, "status.database")
    assert user is not None
    assert database is not None
    assert user.text() == "Signed in as Dee Desk (front desk)"
    path = front_desk.database.sqlite_path
    assert path is not None
    # Whole in its tooltip and to a screen reader; on screen, shortened in the middle
    # when the status bar has less room than the path needs (a large text size).
    assert str(path) in database.toolTip()
    assert str(path) in database.accessibleName()
    assert database.text().startswith("Database: ")
    window.resize(500, window.height())
    qtbot.waitUntil(lambda: "…" in database.text())
    assert database.width() >= database.fontMetrics().horizontalAdvance(database.text())


def test_ctrl_f_finds_a_patient_and_ctrl_n_starts_afresh(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    window = window_for(qtbot, front_desk)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first_name = window.form.findChild(QLineEdit, "patient.first_name")
    assert first_name is not None
    QTest.keyClicks(first_name, "Someone")
    QTest.keyClick(first_name, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.patients
    search = window.findChild(QLineEdit, "patients.search")
    qtbot.waitUntil(lambda: search is not None and search.hasFocus())
    assert search is not None
    QTest.keyClick(search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.intake_page
    assert first_name.text() == ""
    # What was typed before is not lost: it stays a draft, offered at the next sign-in.
    # The draft is saved off the GUI thread: wait for it to reach the database.
    qtbot.waitUntil(
        lambda: (
            [
                d.document["patient"]["first_name"]
                for d in intakes.unfinished_drafts(front_desk.database)
            ]
            == ["Someone"]
        )
    )


def test_signing_out_keeps_the_draft_being_typed(qtbot: QtBot, front_desk: Workstation) -> None:
    window = window_for(qtbot, front_desk)
    first_name = window.form.findChild(QLineEdit, "patient.first_name")
    assert first_name is not None
    QTest.keyClicks(first_name, "Unsaved")
    assert window.form.has_unsaved_work()  # the quiet second has not passed
    with qtbot.waitSignal(window.signedOut), qtbot.assertNotEmitted(window.closed):
        window.sign_out()
    # The draft is saved off the GUI thread: wait for it to reach the database.
    qtbot.waitUntil(
        lambda: (
            [
                d.document["patient"]["first_name"]
                for d in intakes.unfinished_drafts(front_desk.database)
            ]
            == ["Unsaved"]
        )
    )
    assert not window.isVisible()


def test_closing_the_window_keeps_the_draft_and_says_closed(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    window = window_for(qtbot, front_desk)
    first_name = window.form.findChild(QLineEdit, "patient.first_name")
    assert first_name is not None
    QTest.keyClicks(first_name, "Closing")
    with qtbot.waitSignal(window.closed):
        window.close()
    # The draft is saved off the GUI thread: wait for it to reach the database.
    qtbot.waitUntil(
        lambda: (
            [
                d.document["patient"]["first_name"]
                for d in intakes.unfinished_drafts(front_desk.database)
            ]
            == ["Closing"]
        )
    )
