"""First run and sign-in: the admin account made once, then everyone signs in."""

import re
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.lockout_words import locked_out_message
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.session.first_run import FirstRunDialog
from clinic_app.gui.session.sign_in import SignInDialog
from clinic_app.services import audit, users
from clinic_app.storage.database import Database
from gui.driving import PASSWORD


def text(dialog: object, name: str) -> str:
    label = dialog.findChild(QLabel, name)  # type: ignore[attr-defined]
    assert label is not None
    return str(label.text())


def field(dialog: object, name: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, name)  # type: ignore[attr-defined]
    assert found is not None, name
    return found  # type: ignore[no-any-return]


def fill_first_run(qtbot: QtBot, dialog: FirstRunDialog, password: str, again: str) -> None:
    for name, value in (
        ("firstRun.username", "boss"),
        ("firstRun.displayName", "Bo Boss"),
        ("firstRun.password", password),
        ("firstRun.repeat", again),
    ):
        field(dialog, name).clear()
        QTest.keyClicks(field(dialog, name), value)


def test_first_run_makes_the_admin_account(qtbot: QtBot, database: Database) -> None:
    dialog = FirstRunDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_first_run(qtbot, dialog, PASSWORD, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(field(dialog, "firstRun.repeat"), Qt.Key.Key_Return)
    assert dialog.account is not None
    assert (dialog.account.username, dialog.account.role) == ("boss", "admin")
    assert [account.username for account in users.list_users(database)] == ["boss"]


def test_first_run_refuses_two_different_passwords_and_a_short_one(
    qtbot: QtBot, database: Database
) -> None:
    dialog = FirstRunDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_first_run(qtbot, dialog, PASSWORD, PASSWORD + "x")
    QTest.keyClick(field(dialog, "firstRun.repeat"), Qt.Key.Key_Return)
    assert "differ" in text(dialog, "firstRun.message")
    fill_first_run(qtbot, dialog, "short", "short")
    QTest.keyClick(field(dialog, "firstRun.repeat"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_creating())
    assert f"at least {users.MIN_PASSWORD_LENGTH} characters" in text(dialog, "firstRun.message")
    assert dialog.isVisible()
    assert not users.has_users(database)


def test_sign_in_by_keyboard(qtbot: QtBot, front_desk: Workstation) -> None:
    dialog = SignInDialog(front_desk.database)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(field(dialog, "signIn.username"), "desk")
    QTest.keyClick(field(dialog, "signIn.username"), Qt.Key.Key_Tab)
    QTest.keyClicks(field(dialog, "signIn.password"), PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(field(dialog, "signIn.password"), Qt.Key.Key_Return)
    assert dialog.account is not None
    assert dialog.account.role == "front_desk"
    assert field(dialog, "signIn.password").text() == ""  # not kept in memory longer than needed


def test_a_wrong_password_is_refused_in_words_and_recorded(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    dialog = SignInDialog(front_desk.database)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(field(dialog, "signIn.username"), "desk")
    QTest.keyClicks(field(dialog, "signIn.password"), "not the password")
    QTest.keyClick(field(dialog, "signIn.password"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_signing_in())
    assert dialog.isVisible()
    assert dialog.account is None
    assert "do not match" in text(dialog, "signIn.message")
    events = audit.events(front_desk.database)
    assert any(event.action == "sign_in.failed" for event in events)


def try_sign_in(qtbot: QtBot, dialog: SignInDialog, username: str, password: str) -> str:
    """Type a username and password as the desk does, press Enter, and read the answer."""
    for name, value in (("signIn.username", username), ("signIn.password", password)):
        field(dialog, name).clear()
        QTest.keyClicks(field(dialog, name), value)
    QTest.keyClick(field(dialog, "signIn.password"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_signing_in())
    return text(dialog, "signIn.message")


@pytest.mark.parametrize("username", ["desk", "nobody"], ids=["known", "unknown"])
def test_after_five_failures_the_right_password_is_refused_with_the_time_to_wait(
    qtbot: QtBot, front_desk: Workstation, username: str
) -> None:
    """The same words for a known and an unknown name; the refusal waits on the
    background runner like any check (the dialog stays drawn)."""
    dialog = SignInDialog(front_desk.database)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(users.FAILURES_BEFORE_LOCKOUT):
        assert "do not match" in try_sign_in(qtbot, dialog, username, "not the password")
    before = datetime.now().astimezone()
    refusal = try_sign_in(qtbot, dialog, username, PASSWORD)
    assert re.fullmatch(r"Too many failed sign-ins\. Try again after \d\d:\d\d\.", refusal)
    shown = refusal.removeprefix("Too many failed sign-ins. Try again after ").rstrip(".")
    earliest = (before + users.FIRST_LOCKOUT).strftime("%H:%M")
    latest = (before + users.FIRST_LOCKOUT + timedelta(minutes=2)).strftime("%H:%M")
    assert earliest <= shown <= latest or latest < earliest  # (past midnight: not compared)
    assert dialog.account is None
    assert dialog.isVisible()
    assert field(dialog, "signIn.password").text() == ""
    assert audit.events(front_desk.database, action="sign_in.refused")
    assert audit.events(front_desk.database, action="sign_in.locked_out")


def test_the_lockout_message_rounds_the_minute_up() -> None:
    at = datetime(2026, 12, 4, 10, 15, 20).astimezone()
    assert locked_out_message(at) == "Too many failed sign-ins. Try again after 10:16."
    assert locked_out_message(at.replace(second=0)) == (
        "Too many failed sign-ins. Try again after 10:15."
    )
