"""Leaving kiosk mode (self-entry.md): the kiosk PIN, locked for 5 minutes after 5 wrong
tries (the message says until when; the clock is the test's), or a staff sign-in; the
staff's own window language is back once the kiosk is left; and the desk's way in,
File → Start kiosk on this screen, which locks the desk's window behind the kiosk."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMenu
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from clinic_app.gui.common.translations import StaffLanguage
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.kiosk.kiosk_window import KioskWindow
from clinic_app.gui.kiosk.staff_dialog import StaffDialog
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import kiosk_settings
from clinic_app.storage.database import Database
from gui.driving import PASSWORD
from gui.kiosk_driving import (
    ADMIN,
    KIOSK,
    LEFT,
    PATIENTS,
    about_you,
    child,
    choose_language,
    leave,
    undersized,
)

START = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def kiosk(qtbot: QtBot, database: Database, clock: Clock | None = None) -> KioskWindow:
    window = KioskWindow(database, KIOSK, clock=clock or Clock())
    qtbot.addWidget(window, before_close_func=leave)
    window.start()
    qtbot.waitExposed(window)
    return window


def staff_dialog(qtbot: QtBot, window: KioskWindow) -> StaffDialog:
    QTest.mouseClick(child(window, QAbstractButton, "kioskStaff"), LEFT)
    dialog = window.staff_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def message(dialog: StaffDialog) -> str:
    label = child(dialog, QLabel, "kioskProblem")
    return label.text() if label.isVisible() else ""


def try_pin(qtbot: QtBot, dialog: StaffDialog, pin: str) -> str:
    """Type a PIN, press the button, and wait for the answer (the dialog's words)."""
    dialog.message.hide()
    QTest.keyClicks(child(dialog, QLineEdit, "kioskStaff.pin"), pin)
    QTest.mouseClick(child(dialog, QAbstractButton, "kioskStaff.leaveWithPin"), LEFT)

    def answered() -> bool:
        return not isValid(dialog) or not dialog.isVisible() or message(dialog) != ""

    qtbot.waitUntil(answered)
    return message(dialog) if isValid(dialog) else ""  # a dialog that let staff out is gone


def test_five_wrong_pins_lock_it_for_five_minutes_then_the_right_one_leaves(
    qtbot: QtBot, database: Database
) -> None:
    kiosk_settings.set_kiosk_pin(database, ADMIN, "2468")
    clock = Clock()
    window = kiosk(qtbot, database, clock)
    choose_language(qtbot, window, "es")
    dialog = staff_dialog(qtbot, window)
    assert undersized(window) == []  # the dialog's controls are a finger's size too
    for _ in range(4):
        assert try_pin(qtbot, dialog, "1111") == "Ese PIN no es correcto."
    locked = try_pin(qtbot, dialog, "1111")
    until = (START + timedelta(minutes=5)).astimezone().strftime("%H:%M")
    assert locked == (
        "El PIN está bloqueado tras 5 intentos fallidos. Vuelva a intentarlo después de las "
        f"{until}, o inicie sesión como personal."
    )
    assert until in locked
    # Locked: even the right PIN is not taken.
    assert try_pin(qtbot, dialog, "2468") == locked
    assert window.isVisible()
    clock.now += timedelta(minutes=5, seconds=1)
    with qtbot.waitSignal(window.left):
        try_pin(qtbot, dialog, "2468")
    assert not window.isVisible()
    assert window.session is None


def test_a_staff_sign_in_leaves_and_the_staff_language_comes_back(
    qtbot: QtBot, database: Database, admin: Workstation
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    staff = StaffLanguage(app)
    staff.use("es")
    try:
        window = kiosk(qtbot, database)
        english = child(window, QAbstractButton, "kioskStaff").text()
        assert english == "Staff"  # the kiosk starts in English, whatever the desk reads
        session = choose_language(qtbot, window, "zh-Hans")
        about_you(qtbot, session, PATIENTS["zh-Hans"])
        assert child(window, QAbstractButton, "kioskStaff").text() == "工作人员"
        dialog = staff_dialog(qtbot, window)
        QTest.keyClicks(child(dialog, QLineEdit, "kioskStaff.username"), "admin")
        QTest.keyClicks(child(dialog, QLineEdit, "kioskStaff.password"), "wrong")
        QTest.mouseClick(child(dialog, QAbstractButton, "kioskStaff.signIn"), LEFT)
        qtbot.waitUntil(lambda: message(dialog) == "用户名或密码不对。")
        QTest.keyClicks(child(dialog, QLineEdit, "kioskStaff.password"), PASSWORD)
        with qtbot.waitSignal(window.left):
            QTest.mouseClick(child(dialog, QAbstractButton, "kioskStaff.signIn"), LEFT)
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
        assert window.languages.language is None
    finally:
        staff.remove()


NOT_RIGHT = "The username or password is not right."


NOT_RIGHT = "The username or password is not right."


def try_sign_in(qtbot: QtBot, dialog: StaffDialog, username: str, password: str) -> str:
    dialog.message.hide()
    QTest.keyClicks(child(dialog, QLineEdit, "kioskStaff.username"), username)
    QTest.keyClicks(child(dialog, QLineEdit, "kioskStaff.password"), password)
    QTest.mouseClick(child(dialog, QAbstractButton, "kioskStaff.signIn"), LEFT)
    qtbot.waitUntil(lambda: not isValid(dialog) or message(dialog) != "", timeout=10_000)
    child(dialog, QLineEdit, "kioskStaff.username").clear()
    return message(dialog)


def test_guessing_staff_passwords_at_the_kiosk_is_locked_out_in_the_desks_words(
    qtbot: QtBot, database: Database, admin: Workstation
) -> None:
    """The kiosk's staff sign-in is a password check like the desk's: after five wrong
    tries the sixth, even the right password, is refused unchecked, and the dialog says
    until when rather than "not right" (security.md)."""
    window = kiosk(qtbot, database)
    dialog = staff_dialog(qtbot, window)
    for _ in range(5):
        assert try_sign_in(qtbot, dialog, "admin", "wrong") == NOT_RIGHT
    refusal = try_sign_in(qtbot, dialog, "admin", PASSWORD)
    assert isValid(dialog), "a locked-out sign-in let staff out"
    assert dialog.isVisible()
    assert refusal.startswith("Too many failed sign-ins. Try again after ")
    assert not window.isHidden()


def test_the_desk_starts_the_kiosk_on_its_screen_and_gets_it_back_locked(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    kiosk_settings.set_kiosk_pin(front_desk.database, ADMIN, "97531")
    window = MainWindow(front_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    file_menu = window.menuBar().findChildren(QMenu)[0]
    names = [action.objectName() for action in file_menu.actions()]
    assert names.index("action.startKiosk") == names.index("action.find") + 1
    kiosk_window = window.start_kiosk()
    qtbot.addWidget(kiosk_window, before_close_func=leave)
    qtbot.waitExposed(kiosk_window)
    assert window.is_locked()
    assert kiosk_window.isFullScreen()
    assert kiosk_window.database is front_desk.database
    dialog = staff_dialog(qtbot, kiosk_window)
    with qtbot.waitSignal(kiosk_window.left):
        try_pin(qtbot, dialog, "97531")
    assert window.isVisible()
    assert window.is_locked()
