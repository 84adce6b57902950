"""Tab goes through every window in the order it is read (accessibility.md, Keyboard): each
intake step, the follow-up form, the review pane, the patients and entries pages, every
admin page, every dialog and each of the kiosk's steps is shown, Tab is pressed round it
with real key events (tests/gui/tab_order.py), and the controls it visits are compared
with their reading order on screen. A control Tab never reaches, or cannot leave, fails
too.
"""

from collections.abc import Callable
from datetime import date

import pytest
from follow_up_documents import follow_up_document
from intake_documents import document as intake_document
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.intake_form import STEP_NAMES
from clinic_app.gui.kiosk.kiosk_start import StillTherePage
from clinic_app.gui.kiosk.kiosk_window import KioskWindow
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import intakes
from clinic_app.storage.database import Database
from gui.courses_on_record import course_on_record, patients_page_of
from gui.desk_dialogs import DIALOGS, desk_of, example
from gui.driving import Key, Mod, press, wait_focus
from gui.kiosk_driving import (
    KIOSK,
    PATIENTS,
    about_you,
    choose_language,
    history,
    leave,
    next_step,
    ready_for_a_kiosk,
    running,
    settled,
    symptoms,
)
from gui.tab_order import reading_order, tab_order_problems, walk_tabs


def shown(qtbot: QtBot, window: QWidget) -> None:
    """On screen and active, with what it reads on the background runner in. Widgets an
    earlier test left to be deleted go first, so no focus widget of theirs is met."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.addWidget(window)
    if isinstance(window, QDialog):
        window.open()
    else:
        window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.wait(150)
    if QApplication.focusWidget() is None:
        window.focusNextChild()


def assert_tab_order(window: QWidget) -> None:
    problems = tab_order_problems(window)
    assert problems == [], "\n".join(problems)


# --- the helper itself -----------------------------------------------------------------------


def test_the_helper_finds_a_control_tab_reaches_out_of_its_reading_order(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton

    window = QWidget()
    form = QFormLayout(window)
    first, second, third = (QLineEdit(window) for _ in range(3))
    for name, field in zip(("first", "second", "third"), (first, second, third), strict=True):
        field.setObjectName(name)
        form.addRow(name, field)
    buttons = QHBoxLayout()
    ok, cancel = QPushButton("OK", window), QPushButton("Cancel", window)
    ok.setObjectName("ok")
    cancel.setObjectName("cancel")
    buttons.addWidget(ok)
    buttons.addWidget(cancel)
    form.addRow(buttons)
    QWidget.setTabOrder(first, third)  # Tab skips the second field, then comes to it
    QWidget.setTabOrder(third, second)
    QWidget.setTabOrder(second, ok)
    shown(qtbot, window)
    first.setFocus()

    assert reading_order(window, walk_tabs(window).visited) == [first, second, third, ok, cancel]
    problems = tab_order_problems(window)
    assert len(problems) == 1, problems
    assert "'second'" in problems[0]

    QWidget.setTabOrder(first, second)
    QWidget.setTabOrder(second, third)
    QWidget.setTabOrder(third, ok)
    first.setFocus()
    assert tab_order_problems(window) == []


# --- the main window's pages -----------------------------------------------------------------


def main_window(qtbot: QtBot, workstation: Workstation) -> MainWindow:
    window = MainWindow(workstation)
    window.resize(1280, 900)
    shown(qtbot, window)
    return window


@pytest.mark.parametrize("step", STEP_NAMES)
def test_each_intake_step(qtbot: QtBot, front_desk: Workstation, step: str) -> None:
    window = main_window(qtbot, front_desk)
    intakes.save_draft(front_desk.database, front_desk.actor, example())
    [draft] = intakes.unfinished_drafts(front_desk.database)
    window.form.resume(draft)
    wait_focus(qtbot, "patient.first_name")
    window.form.go_to(STEP_NAMES.index(step))
    qtbot.waitUntil(lambda: window.form.current_step() == STEP_NAMES.index(step))
    qtbot.wait(100)
    assert_tab_order(window)


@pytest.mark.parametrize("role", ["front_desk", "clinician"])
def test_the_intake_result(qtbot: QtBot, request: pytest.FixtureRequest, role: str) -> None:
    """With the exercises drawn beside Print: a clinician's can be ticked on and off."""
    workstation: Workstation = request.getfixturevalue(role)
    window = main_window(qtbot, workstation)
    intakes.save_draft(workstation.database, workstation.actor, example())
    [draft] = intakes.unfinished_drafts(workstation.database)
    window.form.resume(draft)
    wait_focus(qtbot, "patient.first_name")
    window.form.go_to(STEP_NAMES.index("review"))
    with qtbot.waitSignal(window.form.submitted, timeout=20_000):
        window.form.submit()
    qtbot.waitUntil(lambda: window.intake_page.currentWidget() is window.result)
    qtbot.waitUntil(lambda: bool(window.result.exercises.pictures), timeout=20_000)
    assert bool(window.result.exercises.ticks) == (role == "clinician")
    qtbot.wait(300)
    focus = QApplication.focusWidget()
    if focus is None or not window.isAncestorOf(focus):
        window.tabs.tabBar().setFocus()
    assert_tab_order(window)


def test_the_follow_up_form(qtbot: QtBot, front_desk: Workstation) -> None:
    course_id = course_on_record(front_desk, None)
    window = main_window(qtbot, front_desk)
    window.follow_up_of(course_id)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.follow_up)
    qtbot.wait(300)
    assert_tab_order(window)


def test_the_follow_up_result(qtbot: QtBot, front_desk: Workstation) -> None:
    course_id = course_on_record(front_desk, None)
    window = main_window(qtbot, front_desk)
    window.follow_up_of(course_id)
    form = window.follow_up
    qtbot.waitUntil(lambda: form.course() is not None and not form.is_busy())
    form.binding.load(follow_up_document(None))
    form.submit()
    qtbot.waitUntil(lambda: form.result.isVisible(), timeout=20_000)
    qtbot.wait(300)
    focus = QApplication.focusWidget()
    if focus is None or not window.isAncestorOf(focus):
        window.tabs.tabBar().setFocus()
    assert_tab_order(window)


def test_the_review_pane(qtbot: QtBot, front_desk: Workstation, clinician: Workstation) -> None:
    urgent = intake_document(
        {"symptoms.weight_bearing": "unable", "visit_date": date.today().isoformat()}
    )
    intakes.submit(front_desk.database, front_desk.actor, urgent)
    window = main_window(qtbot, clinician)
    review = window.review
    assert review is not None
    window.tabs.setCurrentWidget(review)
    qtbot.waitUntil(lambda: not review.is_reading() and review.model.rowCount() > 0)
    queue = review.findChild(QTableView)
    assert queue is not None
    queue.setFocus()
    queue.setCurrentIndex(review.model.index(0, 0))
    qtbot.waitUntil(lambda: not review.detail.is_loading())
    qtbot.wait(200)
    assert_tab_order(window)


@pytest.mark.parametrize("role", ["front_desk", "clinician"])
def test_the_patients_page(
    qtbot: QtBot, front_desk: Workstation, role: str, request: pytest.FixtureRequest
) -> None:
    course_on_record(front_desk, None, {})
    workstation: Workstation = request.getfixturevalue(role)
    window = patients_page_of(qtbot, workstation, "Patient")
    window.resize(1280, 900)
    qtbot.wait(200)
    assert_tab_order(window)


def test_the_patient_entries_page(qtbot: QtBot, front_desk: Workstation) -> None:
    window = main_window(qtbot, front_desk)
    window.tabs.setCurrentWidget(window.entries)
    qtbot.wait(300)
    window.tabs.tabBar().setFocus()
    assert_tab_order(window)


ADMIN_PAGES = ("clinic", "users", "audit", "kiosk", "backups")


@pytest.mark.parametrize("page", ADMIN_PAGES)
def test_each_admin_page(qtbot: QtBot, admin: Workstation, page: str) -> None:
    window = main_window(qtbot, admin)
    settings = window.settings
    assert settings is not None
    window.tabs.setCurrentWidget(settings)
    settings.setCurrentIndex(ADMIN_PAGES.index(page))
    qtbot.wait(400)
    settings.tabBar().setFocus()
    assert_tab_order(window)


# --- dialogs ----------------------------------------------------------------------------------


@pytest.mark.parametrize("dialog_name", sorted(DIALOGS))
def test_each_dialog(
    qtbot: QtBot,
    dialog_name: str,
    database: Database,
    front_desk: Workstation,
    clinician: Workstation,
    admin: Workstation,
) -> None:
    dialog = DIALOGS[dialog_name](desk_of(database, front_desk, clinician, admin))
    shown(qtbot, dialog)
    assert_tab_order(dialog)


def test_the_lock_screen(qtbot: QtBot, front_desk: Workstation) -> None:
    window = main_window(qtbot, front_desk)
    press(Key.Key_L, Mod.ControlModifier)
    qtbot.waitUntil(window.is_locked)
    wait_focus(qtbot, "lock.password")
    assert_tab_order(window)


# --- the kiosk --------------------------------------------------------------------------------

KIOSK_STEPS = ("language", "about you", "running", "symptoms", "history", "consent")


@pytest.mark.parametrize("step", KIOSK_STEPS)
def test_each_kiosk_step(qtbot: QtBot, database: Database, step: str) -> None:
    ready_for_a_kiosk(database)
    window = KioskWindow(database, KIOSK, thanks_ms=60_000)
    qtbot.addWidget(window, before_close_func=leave)
    window.start()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    if step != "language":
        patient = PATIENTS["en"]
        session = choose_language(qtbot, window, "en")
        fills: list[Callable[[], None]] = [
            lambda: about_you(qtbot, session, patient),
            lambda: running(qtbot, session),
            lambda: symptoms(qtbot, session),
            lambda: history(qtbot, session, patient),
        ]
        for fill in fills[: KIOSK_STEPS.index(step) - 1]:
            fill()
            next_step(qtbot, session)
    qtbot.wait(200)
    if QApplication.focusWidget() is None:
        window.focusNextChild()
    assert_tab_order(window)


def test_the_kiosks_are_you_still_there(qtbot: QtBot, database: Database) -> None:
    ready_for_a_kiosk(database)
    window = KioskWindow(database, KIOSK, idle_ms=300, still_there_ms=60_000)
    qtbot.addWidget(window, before_close_func=leave)
    window.start()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    choose_language(qtbot, window, "en")
    settled(qtbot, window, StillTherePage)
    qtbot.wait(100)
    if QApplication.focusWidget() is None:
        window.focusNextChild()
    assert_tab_order(window)
