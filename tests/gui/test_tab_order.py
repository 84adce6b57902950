"""Tab goes through every window in the order it is read (accessibility.md, Keyboard): each
intake step, the follow-up form, the review pane, the patients and entries pages, every
admin page, every dialog and each of the kiosk's steps is shown, Tab is pressed round it
with real key events (tests/gui/tab_order.py), and the controls it visits are compared
with their reading order on screen. A control Tab never reaches, or cannot leave, fails
too.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from intake_documents import document as intake_document
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.admin.merge_dialog import MergeDialog
from clinic_app.gui.admin.password_dialog import PasswordDialog
from clinic_app.gui.admin.user_dialog import AddUserDialog
from clinic_app.gui.common.drafts_dialog import DraftsDialog
from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.common.print_preview import PrintPreviewDialog
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.discard_dialog import DiscardDialog
from clinic_app.gui.intake.intake_form import STEP_NAMES
from clinic_app.gui.kiosk.kiosk_window import KioskWindow
from clinic_app.gui.kiosk.staff_dialog import StaffDialog
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.patients.close_course_dialog import CloseCourseDialog
from clinic_app.gui.patients.new_patient_dialog import NewPatientDialog
from clinic_app.gui.review.decision_dialog import DecisionDialog
from clinic_app.gui.session.first_run import FirstRunDialog
from clinic_app.gui.session.language_dialog import LanguageDialog
from clinic_app.gui.session.look_dialog import LookDialog
from clinic_app.gui.session.sign_in import SignInDialog
from clinic_app.handouts.render import render_care_sheet
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.intake import parse_intake
from clinic_app.paths import resources_dir
from clinic_app.rules import RuleSettings, assess
from clinic_app.services import followups, intakes
from clinic_app.services.kiosk_settings import PinGuard
from clinic_app.storage.database import Database
from gui.courses_on_record import course_on_record, patients_page_of
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
    symptoms,
)
from gui.tab_order import reading_order, tab_order_problems, walk_tabs


def example() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (resources_dir() / "examples" / "maya-okafor.json").read_text("utf-8")
    )
    return document


def shown(qtbot: QtBot, window: QWidget) -> None:
    """On screen and active, with what it reads on the background runner in."""
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


def test_the_follow_up_form(qtbot: QtBot, front_desk: Workstation) -> None:
    course_id = course_on_record(front_desk, None)
    window = main_window(qtbot, front_desk)
    window.follow_up_of(course_id)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.follow_up)
    qtbot.wait(300)
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


@dataclass(frozen=True)
class Desk:
    database: Database
    front_desk: Workstation
    clinician: Workstation
    admin: Workstation
    intake_id: int
    course_id: int


def _drafts(desk: Desk) -> QDialog:
    intakes.save_draft(desk.database, desk.front_desk.actor, example())
    return DraftsDialog(desk.front_desk, intakes.unfinished_drafts(desk.database))


def _close_course(desk: Desk) -> QDialog:
    return CloseCourseDialog(
        desk.front_desk, followups.course_summary(desk.database, desk.course_id)
    )


def _print_preview(desk: Desk) -> QDialog:
    intake = parse_intake(example())
    settings = RuleSettings()
    sheet = build_care_sheet(
        intake, assess(intake, settings), settings=settings, printed_on=date(2026, 11, 23)
    )
    return PrintPreviewDialog(
        render_care_sheet(sheet, paper="a4"), title="Care sheet", suggested_name="sheet.pdf"
    )


DIALOGS: dict[str, Callable[[Desk], QDialog]] = {
    "sign in": lambda desk: SignInDialog(LazyDatabase.of(desk.database)),
    "first run": lambda desk: FirstRunDialog(desk.database),
    "window language": lambda desk: LanguageDialog("desk"),
    "look": lambda desk: LookDialog("desk"),
    "new patient": lambda desk: NewPatientDialog(desk.front_desk),
    "add user": lambda desk: AddUserDialog(desk.admin),
    "reset password": lambda desk: PasswordDialog(desk.admin, desk.front_desk.account),
    "merge patients": lambda desk: MergeDialog(desk.admin),
    "discard an entry": lambda desk: DiscardDialog("Maya Okafor"),
    "kiosk staff": lambda desk: StaffDialog(desk.database, PinGuard("Waiting room")),
    "decision": lambda desk: DecisionDialog(desk.clinician, desk.intake_id),
    "drafts": _drafts,
    "close course": _close_course,
    "print preview": _print_preview,
}


def desk_of(
    database: Database, front_desk: Workstation, clinician: Workstation, admin: Workstation
) -> Desk:
    course_id = course_on_record(front_desk, None)
    submitted = intakes.submit(database, front_desk.actor, intake_document(None))
    return Desk(database, front_desk, clinician, admin, submitted.intake_id, course_id)


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
