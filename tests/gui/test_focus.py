"""Where the cursor is when something opens: in its first field, so the desk types at once.

A new intake opens in First name; each step of the form (by Alt+number, Ctrl+Page
Down/Up, Next and Back) in its first field, the first in that step's tab order; every
dialog on its first field. Each test types into whatever has the focus (driving.py), so
a window that opened with the cursor elsewhere fails here, not at the desk.
"""

import json
from datetime import date
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinic_app.gui.admin.password_dialog import PasswordDialog
from clinic_app.gui.admin.user_dialog import AddUserDialog
from clinic_app.gui.admin.users_page import UsersPage
from clinic_app.gui.common.drafts_dialog import DraftsDialog
from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.common.print_preview import PrintPreviewDialog
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.desk import Desk
from clinic_app.gui.intake.intake_form import STEP_NAMES, first_field
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.patients.new_patient_dialog import NewPatientDialog
from clinic_app.gui.review.decision_dialog import DecisionDialog
from clinic_app.gui.session.first_run import FirstRunDialog
from clinic_app.gui.session.sign_in import SignInDialog
from clinic_app.handouts.render import render_care_sheet
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.intake import parse_intake
from clinic_app.paths import resources_dir
from clinic_app.rules import RuleSettings, assess
from clinic_app.services import intakes
from clinic_app.storage.database import Database
from gui.driving import PASSWORD, Key, Mod, find, focused, press, type_text, wait_focus

D = TypeVar("D", bound=QDialog)

# Each step's first field, as the desk sees it; checked against the tab order below.
FIRST_FIELDS = {
    "patient": "patient.first_name",
    "running": "running.distance_unit",
    "symptoms": "symptoms.side",
    "history": "history.previous_stress_fracture",
    "review": "intake.review",  # the summary itself, for reading (and Ctrl+Enter)
}


def example() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (resources_dir() / "examples" / "maya-okafor.json").read_text("utf-8")
    )
    return document


def shown(qtbot: QtBot, window: QWidget) -> None:
    """On screen and active, as a window is once the desk can type into it."""
    qtbot.addWidget(window)
    if isinstance(window, QDialog):
        window.open()
    else:
        window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def main_window(qtbot: QtBot, workstation: Workstation) -> MainWindow:
    window = MainWindow(workstation)
    shown(qtbot, window)
    return window


def with_every_step_answered(qtbot: QtBot, window: MainWindow) -> None:
    """Resume a complete draft, so Next and Ctrl+Page Down may go all the way."""
    workstation = window.workstation
    intakes.save_draft(workstation.database, workstation.actor, example())
    [draft] = intakes.unfinished_drafts(workstation.database)
    window.form.resume(draft)
    wait_focus(qtbot, FIRST_FIELDS["patient"])


def first_in_tab_order(page: QWidget) -> QWidget:
    """What Tab reaches first inside `page`: the form's own answer, held to the names the
    desk expects (FIRST_FIELDS), so a changed tab order in a .ui file fails here."""
    found = first_field(page)
    assert found is not None, f"nothing in {page.objectName()} takes the focus"
    return found


def field_name(widget: QWidget) -> str:
    """The field a widget belongs to, as focused_name() says it."""
    current: QWidget | None = widget
    while current is not None:
        if "." in current.objectName() and not current.objectName().startswith("painScale"):
            return current.objectName()
        current = current.parentWidget()
    return ""


# --- the intake form ---------------------------------------------------------------------


def test_each_steps_first_field_is_the_first_in_its_tab_order(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    window = main_window(qtbot, front_desk)
    steps = window.form.findChild(QStackedWidget, "intake.steps")
    assert steps is not None
    firsts = {}
    for index, name in enumerate(STEP_NAMES):
        area = steps.widget(index)
        assert isinstance(area, QScrollArea)
        page = area.widget()
        assert page is not None
        firsts[name] = field_name(first_in_tab_order(page))
    assert firsts == FIRST_FIELDS


def test_after_sign_in_a_new_intake_has_the_cursor_in_first_name(
    qtbot: QtBot, qapp: QApplication, front_desk: Workstation
) -> None:
    desk = Desk(qapp, LazyDatabase.of(front_desk.database))
    desk.start()
    sign_in = desk.window
    assert isinstance(sign_in, SignInDialog)
    shown(qtbot, sign_in)
    wait_focus(qtbot, "signIn.username")
    type_text("desk")
    press(Key.Key_Tab)
    type_text(PASSWORD)
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(desk.window, MainWindow))
    window = desk.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    wait_focus(qtbot, "patient.first_name")
    type_text("Kit")
    assert window.form.binding.document()["patient"]["first_name"] == "Kit"


def test_ctrl_n_from_another_page_puts_the_cursor_in_first_name(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    window = main_window(qtbot, front_desk)
    press(Key.Key_F, Mod.ControlModifier)
    wait_focus(qtbot, "patients.search")

    press(Key.Key_N, Mod.ControlModifier)

    wait_focus(qtbot, "patient.first_name")
    type_text("Kit")
    assert window.form.binding.document()["patient"]["first_name"] == "Kit"


@pytest.mark.parametrize("number", range(1, len(STEP_NAMES) + 1))
def test_alt_and_the_steps_number_puts_the_cursor_in_its_first_field(
    qtbot: QtBot, front_desk: Workstation, number: int
) -> None:
    window = main_window(qtbot, front_desk)
    wait_focus(qtbot, "patient.first_name")
    if number == 1:
        press(Key.Key_2, Mod.AltModifier)  # away first, to come back
        wait_focus(qtbot, FIRST_FIELDS["running"])

    press(Key(Key.Key_0 + number), Mod.AltModifier)

    qtbot.waitUntil(lambda: window.form.current_step() == number - 1)
    wait_focus(qtbot, FIRST_FIELDS[STEP_NAMES[number - 1]])


def test_ctrl_page_down_and_up_put_the_cursor_in_each_steps_first_field(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    window = main_window(qtbot, front_desk)
    with_every_step_answered(qtbot, window)
    for name in STEP_NAMES[1:]:
        press(Key.Key_PageDown, Mod.ControlModifier)
        wait_focus(qtbot, FIRST_FIELDS[name])
    for name in reversed(STEP_NAMES[:-1]):
        press(Key.Key_PageUp, Mod.ControlModifier)
        wait_focus(qtbot, FIRST_FIELDS[name])


def test_next_and_back_put_the_cursor_in_each_steps_first_field(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    window = main_window(qtbot, front_desk)
    with_every_step_answered(qtbot, window)
    next_button, back_button = (find(window, name) for name in ("intake.next", "intake.back"))
    for name in STEP_NAMES[1:]:
        QTest.mouseClick(next_button, Qt.MouseButton.LeftButton)
        wait_focus(qtbot, FIRST_FIELDS[name])
    for name in reversed(STEP_NAMES[:-1]):
        QTest.mouseClick(back_button, Qt.MouseButton.LeftButton)
        wait_focus(qtbot, FIRST_FIELDS[name])


# --- dialogs -------------------------------------------------------------------------------


def test_sign_in_opens_on_the_username(qtbot: QtBot, front_desk: Workstation) -> None:
    dialog = SignInDialog(front_desk.database)
    shown(qtbot, dialog)
    wait_focus(qtbot, "signIn.username")
    type_text("desk")
    assert dialog.username().text() == "desk"


def test_first_run_opens_on_the_username(qtbot: QtBot, database: Database) -> None:
    dialog = FirstRunDialog(database)
    shown(qtbot, dialog)
    wait_focus(qtbot, "firstRun.username")


def test_the_lock_screen_opens_on_the_password(qtbot: QtBot, front_desk: Workstation) -> None:
    window = main_window(qtbot, front_desk)
    press(Key.Key_L, Mod.ControlModifier)
    qtbot.waitUntil(window.is_locked)
    # Its username is the locked user's already: the password is what is typed.
    wait_focus(qtbot, "lock.password")
    type_text(PASSWORD)
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked())


def test_the_drafts_dialog_opens_on_the_list_of_drafts(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    intakes.save_draft(front_desk.database, front_desk.actor, example())
    window = main_window(qtbot, front_desk)

    offer = window.offer_drafts()
    qtbot.waitUntil(lambda: offer.done)
    dialog = offer.dialog

    assert isinstance(dialog, DraftsDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    wait_focus(qtbot, "drafts.list")
    with qtbot.waitSignal(dialog.accepted):
        press(Key.Key_Return)  # Enter on the draft resumes it


def test_new_patient_opens_on_first_name(qtbot: QtBot, front_desk: Workstation) -> None:
    window = main_window(qtbot, front_desk)
    press(Key.Key_F, Mod.ControlModifier)
    wait_focus(qtbot, "patients.search")

    press(Key.Key_N, Mod.ControlModifier | Mod.ShiftModifier)

    dialog = opened_dialog(qtbot, window, NewPatientDialog)
    wait_focus(qtbot, "patient.first_name")
    assert dialog.isAncestorOf(focused())


def test_add_user_opens_on_the_username(qtbot: QtBot, admin: Workstation) -> None:
    page = UsersPage(admin)
    shown(qtbot, page)
    add = find(page, "users.add")
    assert isinstance(add, QPushButton)

    add.click()

    dialog = opened_dialog(qtbot, page, AddUserDialog)
    wait_focus(qtbot, "addUser.username")
    type_text("maria")
    username = find(dialog, "addUser.username")
    assert isinstance(username, QLineEdit)
    assert username.text() == "maria"
    dialog.reject()  # closed while its page still stands, as the desk would


def test_reset_password_opens_on_the_new_password(
    qtbot: QtBot, admin: Workstation, front_desk: Workstation
) -> None:
    dialog = PasswordDialog(admin, front_desk.account)
    shown(qtbot, dialog)
    wait_focus(qtbot, "resetPassword.password")


def test_the_decision_dialog_opens_on_its_first_choice(
    qtbot: QtBot, front_desk: Workstation, clinician: Workstation
) -> None:
    submitted = intakes.submit(front_desk.database, front_desk.actor, example())
    dialog = DecisionDialog(clinician, submitted.intake_id)
    shown(qtbot, dialog)
    wait_focus(qtbot, "decision.refer")


def test_the_print_preview_opens_on_its_pages(qtbot: QtBot) -> None:
    intake = parse_intake(example())
    settings = RuleSettings()
    sheet = build_care_sheet(
        intake, assess(intake, settings), settings=settings, printed_on=date(2026, 11, 23)
    )
    dialog = PrintPreviewDialog(
        render_care_sheet(sheet, paper="a4"), title="Care sheet", suggested_name="sheet.pdf"
    )
    shown(qtbot, dialog)
    # The sheet to read (the arrow keys and Page Down scroll it); Enter prints.
    wait_focus(qtbot, "printPreview.pages")


# --- pages of the main window ---------------------------------------------------------------


def test_the_settings_tab_opens_on_its_choice_of_pages(qtbot: QtBot, admin: Workstation) -> None:
    window = main_window(qtbot, admin)
    settings = window.settings
    assert settings is not None

    window.tabs.setCurrentWidget(settings)

    # Clinic, Users, Audit trail: the first thing in its tab order, picked with the arrows.
    qtbot.waitUntil(lambda: focused() is settings.tabBar())
    press(Key.Key_Right)
    assert settings.currentIndex() == 1


def opened_dialog(qtbot: QtBot, parent: QWidget, kind: type[D]) -> D:
    """The dialog of `kind` that `parent` opened, once it is the active window."""
    found: list[D] = []

    def is_open() -> bool:
        found[:] = [d for d in parent.findChildren(kind) if d.isVisible()]
        return len(found) == 1 and found[0].isActiveWindow()

    qtbot.waitUntil(is_open)
    return found[0]
