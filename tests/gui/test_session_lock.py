"""The session lock: idle or Ctrl+L hides every patient detail in every window; the same
user's password brings it all back, another user's sign-in hands the desk over; all of it
on the audit trail.

The idle delay is set in milliseconds on the window's watcher; waits are for what the
window does (qtbot.waitUntil), never sleeps.
"""

import dataclasses
import io
import json
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas
from shiboken6 import Shiboken

from clinic_app.gui.common.drafts_dialog import DraftsDialog
from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.common.print_preview import PrintPreviewDialog
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.desk import Desk
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.session.idle_watcher import MINUTE_MS
from clinic_app.gui.session.lock_screen import WRONG_PASSWORD
from clinic_app.gui.session.sign_in import SignInDialog
from clinic_app.services import audit, clinic_settings, intakes, users
from gui.driving import PASSWORD, Key, Mod, find, focused, press, type_text

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "maya-okafor.json"
# Every name that must vanish: a patient on record (found by a search) and one being typed.
NAMES = ("Maya", "Okafor", "Zebedee", "Quill")
IDLE_MS = 200


# --- helpers ------------------------------------------------------------------------------


def window_for(qtbot: QtBot, workstation: Workstation) -> MainWindow:
    window = MainWindow(workstation)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def line(window: QWidget, name: str) -> QLineEdit:
    found = window.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def type_patient(window: MainWindow) -> QLineEdit:
    """Zebedee Quill, typed into the form (not yet saved: the quiet second has not passed)."""
    first = line(window, "patient.first_name")
    QTest.keyClicks(first, "Zebedee")
    QTest.keyClicks(line(window, "patient.last_name"), "Quill")
    first.setFocus()
    return first


def submit_maya(workstation: Workstation) -> None:
    document = json.loads(EXAMPLE.read_text())
    document["visit_date"] = "2026-10-01"
    document["symptoms"]["onset_date"] = "2026-09-20"
    intakes.submit(workstation.database, workstation.actor, document)


def open_preview(window: MainWindow, title: str) -> PrintPreviewDialog:
    """A print preview as the care sheet opens it: window-modal, its title naming the patient."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Home care")
    page.save()
    preview = PrintPreviewDialog(
        buffer.getvalue(), title=title, suggested_name="sheet.pdf", parent=window
    )
    preview.open()
    return preview


def model_texts(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            yield str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            yield from model_texts(model, index)


def shown_text() -> str:
    """Every word a person at the screen could read, in every window the app shows."""
    parts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        parts.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            parts.append(widget.toolTip())
            if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
                parts.append(widget.text())
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                parts.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                parts.append(widget.currentText())
            elif isinstance(widget, QGroupBox):
                parts.append(widget.title())
            elif isinstance(widget, QTabBar):
                parts.extend(widget.tabText(i) for i in range(widget.count()))
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                parts.extend(model_texts(widget.model(), QModelIndex()))
    return "\n".join(parts)


def assert_no_patient_shown() -> None:
    text = shown_text()
    for name in NAMES:
        assert name not in text, f"{name} is still on screen while locked"


def actions_on_trail(workstation: Workstation, actor: str = "desk") -> list[str]:
    """The session's own events, oldest first (a draft saved on the background runner as
    the window locks may land on the trail before or after them)."""
    return [
        event.action
        for event in reversed(audit.events(workstation.database, actor=actor))
        if not event.action.startswith("intake.")
    ]


def wait_for_trail(qtbot: QtBot, workstation: Workstation, *last: str, actor: str = "desk") -> None:
    """The trail ends with `last`, once the background writes have landed."""
    try:
        qtbot.waitUntil(lambda: actions_on_trail(workstation, actor)[-len(last) :] == list(last))
    except WaitTimedOut:
        raise AssertionError(f"the trail ends {actions_on_trail(workstation, actor)}") from None


def unlock_with(
    qtbot: QtBot, window: MainWindow, password: str, username: str | None = None
) -> None:
    """Type on the lock screen, as the person at the desk does, and press Enter."""
    if username is not None:
        field = line(window, "lock.username")
        field.selectAll()
        QTest.keyClicks(field, username)
    QTest.keyClicks(line(window, "lock.password"), password)
    QTest.keyClick(line(window, "lock.password"), Key.Key_Return)
    wait_checked(qtbot, window)


def wait_checked(qtbot: QtBot, window: MainWindow) -> None:
    """Until the lock screen has the database's answer about the password."""
    screen = window.session.screen
    qtbot.waitUntil(lambda: not screen.is_checking())


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


# --- the idle lock ------------------------------------------------------------------------


def test_after_the_idle_delay_no_patient_is_visible_anywhere(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    submit_maya(front_desk)
    window = window_for(qtbot, front_desk)
    type_patient(window)
    window.show_patients()
    QTest.keyClicks(line(window, "patients.search"), "okaf")
    qtbot.waitUntil(lambda: "Okafor" in shown_text())  # the walk does see a patient's name
    preview = open_preview(window, "Care sheet for Maya Okafor: print preview")
    qtbot.waitExposed(preview)
    assert "Maya Okafor" in shown_text()

    window.session.watcher.delay_ms = IDLE_MS
    window.session.start()
    qtbot.waitUntil(window.is_locked, timeout=5000)

    assert_no_patient_shown()
    assert not preview.isVisible()
    assert not window.tabs.isVisible()
    assert find(window, "lock.screen").isVisible()
    title = find(window, "lock.title")
    assert isinstance(title, QLabel)
    assert "Locked" in title.text()
    assert "Dee Desk" in title.text()
    assert line(window, "lock.username").text() == "desk"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line(window, "lock.password"))
    qtbot.waitUntil(lambda: "session.locked" in actions_on_trail(front_desk))
    # What was being typed is on disk, as well as in memory.
    # The draft is saved off the GUI thread: wait for it to reach the database.
    qtbot.waitUntil(
        lambda: (
            [
                d.document["patient"]["first_name"]
                for d in intakes.unfinished_drafts(front_desk.database)
            ]
            == ["Zebedee"]
        )
    )


def test_activity_postpones_the_lock(qtbot: QtBot, front_desk: Workstation) -> None:
    window = window_for(qtbot, front_desk)
    first = type_patient(window)
    watcher = window.session.watcher
    watcher.delay_ms = 1500  # room for a stalled, shared machine
    window.session.start()

    qtbot.waitUntil(lambda: 0 <= watcher.remaining_ms() < 1200)
    QTest.keyClick(first, Key.Key_End)
    assert watcher.remaining_ms() > 1400  # counting again from the key press
    qtbot.waitUntil(lambda: 0 <= watcher.remaining_ms() < 1200)
    QTest.mouseMove(window.form, QPoint(40, 40))
    QTest.mouseMove(window.form, QPoint(60, 50))
    assert watcher.remaining_ms() > 1400  # and from the mouse move
    assert not window.is_locked()

    qtbot.waitUntil(window.is_locked, timeout=5000)  # with nobody there, it locks after all


def test_the_idle_minutes_come_from_the_clinic_settings(
    qtbot: QtBot, admin: Workstation, front_desk: Workstation
) -> None:
    window = window_for(qtbot, front_desk)
    watcher = window.session.watcher
    assert watcher.interval_ms() == 5 * MINUTE_MS  # the default, read when the window was built
    details = clinic_settings.load(admin.database)
    clinic_settings.save(
        admin.database, admin.actor, dataclasses.replace(details, idle_lock_minutes=12)
    )
    window.lock()
    assert not watcher.is_armed()  # no second lock while locked
    unlock_with(qtbot, window, PASSWORD)
    assert not window.is_locked()
    assert watcher.is_armed()
    qtbot.waitUntil(lambda: watcher.interval_ms() == 12 * MINUTE_MS)  # re-read on re-arming


# --- unlocking ----------------------------------------------------------------------------


def test_a_wrong_password_keeps_it_locked_and_is_recorded(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    window = window_for(qtbot, front_desk)
    type_patient(window)
    window.lock()
    unlock_with(qtbot, window, "not the password")
    assert window.is_locked()
    message = find(window, "lock.message")
    assert isinstance(message, QLabel)
    assert message.text() == WRONG_PASSWORD
    assert line(window, "lock.password").text() == ""
    assert_no_patient_shown()
    wait_for_trail(qtbot, front_desk, "session.locked", "unlock.failed")


def test_after_five_wrong_passwords_the_lock_screen_refuses_even_the_right_one(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    window = window_for(qtbot, front_desk)
    window.lock()
    for _ in range(users.FAILURES_BEFORE_LOCKOUT):
        unlock_with(qtbot, window, "not the password")
    unlock_with(qtbot, window, PASSWORD)
    assert window.is_locked()
    message = find(window, "lock.message")
    assert isinstance(message, QLabel)
    assert message.text().startswith("Too many failed sign-ins. Try again after ")
    assert_no_patient_shown()
    wait_for_trail(  # the name locked out, and this workstation with it
        qtbot,
        front_desk,
        "unlock.failed",
        "sign_in.locked_out",
        "sign_in.locked_out",
        "unlock.refused",
    )


def test_the_right_password_brings_everything_back(qtbot: QtBot, front_desk: Workstation) -> None:
    window = window_for(qtbot, front_desk)
    first = type_patient(window)
    preview = open_preview(window, "Care sheet for Zebedee Quill: print preview")
    qtbot.waitExposed(preview)
    window.lock()
    assert_no_patient_shown()
    assert not preview.isVisible()

    unlock_with(qtbot, window, PASSWORD)
    assert not window.is_locked()
    assert window.tabs.isVisible()
    assert first.text() == "Zebedee"
    assert line(window, "patient.last_name").text() == "Quill"
    assert preview.isVisible()
    assert preview.windowModality() == Qt.WindowModality.WindowModal  # as it was opened
    wait_for_trail(qtbot, front_desk, "session.locked", "session.unlocked")
    assert window.session.watcher.is_armed()


def test_ctrl_l_locks_at_once_and_the_shortcuts_wait(qtbot: QtBot, front_desk: Workstation) -> None:
    window = window_for(qtbot, front_desk)
    first = type_patient(window)
    last = line(window, "patient.last_name")
    last.setFocus()
    qtbot.waitUntil(last.hasFocus)
    press(Key.Key_L, Mod.ControlModifier)
    assert window.is_locked()
    assert focused() is line(window, "lock.password")

    press(Key.Key_N, Mod.ControlModifier)  # New intake would clear the form
    press(Key.Key_F, Mod.ControlModifier)  # Find would show the patients page
    assert window.is_locked()
    assert not action(window, "action.newIntake").isEnabled()
    assert not action(window, "action.signOut").isEnabled()
    assert not action(window, "action.lock").isEnabled()
    assert action(window, "action.quit").isEnabled()
    assert action(window, "action.about").isEnabled()

    type_text(PASSWORD)
    press(Key.Key_Return)
    wait_checked(qtbot, window)
    assert not window.is_locked()
    assert window.tabs.currentWidget() is window.intake_page
    assert first.text() == "Zebedee"  # Ctrl+N did nothing
    assert action(window, "action.newIntake").isEnabled()
    qtbot.waitUntil(last.hasFocus)  # back where the desk was


def test_a_window_opening_while_locked_is_hidden_too(qtbot: QtBot, front_desk: Workstation) -> None:
    window = window_for(qtbot, front_desk)
    window.lock()
    late = QDialog(window)
    late.setWindowTitle("Printed the care sheet for Maya Okafor")
    late.show()
    qtbot.waitUntil(lambda: not late.isVisible())
    assert_no_patient_shown()
    unlock_with(qtbot, window, PASSWORD)
    assert late.isVisible()


def test_a_question_left_open_is_answered_no_and_not_asked_again(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    window = window_for(qtbot, front_desk)
    seen: dict[str, object] = {}

    def lock_while_asking() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        asking = [box for box in boxes if box.isVisible()]
        seen["box"] = asking[0] if asking else None
        window.lock()
        seen["asking"] = len(asking)
        seen["still shown"] = [box.isVisible() for box in asking]
        seen["text"] = shown_text()

    def give_up() -> None:  # a lock that hid nothing fails the test instead of hanging it
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                box.reject()

    fail_safe = QTimer(window)
    fail_safe.setSingleShot(True)
    fail_safe.timeout.connect(give_up)
    fail_safe.start(5000)
    QTimer.singleShot(0, lock_while_asking)  # comes while the question waits for an answer
    question = QMessageBox(
        QMessageBox.Icon.Question,
        "Discard?",
        "Discard the intake of Maya Okafor?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    answer = question.exec()  # the app's code asks like this, or through QMessageBox.question
    fail_safe.stop()
    assert seen["box"] is question
    assert seen["asking"] == 1
    assert seen["still shown"] == [False]
    assert "Maya Okafor" not in str(seen["text"])
    assert answer != QMessageBox.StandardButton.Yes
    assert window.is_locked()
    unlock_with(qtbot, window, PASSWORD)
    assert not question.isVisible()  # nobody waits for that answer any more
    assert "Maya Okafor" not in shown_text()


# --- handing the desk over, signing out ------------------------------------------------


def sign_in_at(qtbot: QtBot, desk: Desk, username: str) -> MainWindow:
    dialog = desk.window
    assert isinstance(dialog, SignInDialog)
    qtbot.addWidget(dialog)
    QTest.keyClicks(line(dialog, "signIn.username"), username)
    QTest.keyClicks(line(dialog, "signIn.password"), PASSWORD)
    QTest.keyClick(line(dialog, "signIn.password"), Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(desk.window, MainWindow))
    window = desk.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return window


def test_another_user_signs_in_on_the_lock_screen(
    qtbot: QtBot, qapp: QApplication, front_desk: Workstation, clinician: Workstation
) -> None:
    desk = Desk(qapp, LazyDatabase.of(front_desk.database))
    desk.start()
    first = sign_in_at(qtbot, desk, "desk")
    qtbot.waitExposed(first)
    type_patient(first)
    preview = open_preview(first, "Care sheet for Zebedee Quill: print preview")
    qtbot.waitExposed(preview)
    aside = QWidget(first, Qt.WindowType.Window)  # a window of the first user's, deleted
    aside.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # when it is closed
    aside.show()
    first.lock()

    with qtbot.assertNotEmitted(first.closed), qtbot.waitSignal(preview.rejected):
        unlock_with(qtbot, first, PASSWORD, username="clin")
        qtbot.waitUntil(lambda: desk.window is not first)
    second = desk.window
    assert isinstance(second, MainWindow)
    qtbot.addWidget(second)
    assert second.workstation.account.username == "clin"
    assert second.tabs.isVisible()
    assert not first.isVisible()
    assert not preview.isVisible()  # cancelled with the window it belonged to, never shown again
    qtbot.waitUntil(lambda: not Shiboken.isValid(aside))
    assert not first.session.watcher.is_armed()  # the old window locks nothing any more

    # The first user's typing is kept as a draft, and offered to whoever signed in.
    # The draft is saved off the GUI thread: wait for it to reach the database.
    qtbot.waitUntil(
        lambda: (
            [
                d.document["patient"]["first_name"]
                for d in intakes.unfinished_drafts(front_desk.database)
            ]
            == ["Zebedee"]
        )
    )
    qtbot.waitUntil(lambda: second.findChild(DraftsDialog) is not None)  # looked off the GUI thread
    offered = second.findChild(DraftsDialog)
    assert offered is not None
    qtbot.waitUntil(offered.isVisible)
    assert "Zebedee Quill" in offered.list.item(0).text()
    assert actions_on_trail(clinician, "clin")[-1] == "sign_in"


def test_signing_out_is_recorded(qtbot: QtBot, front_desk: Workstation) -> None:
    window = window_for(qtbot, front_desk)
    with qtbot.waitSignal(window.signedOut):
        window.sign_out()
    wait_for_trail(qtbot, front_desk, "sign_out")
    assert not window.session.watcher.is_armed()
