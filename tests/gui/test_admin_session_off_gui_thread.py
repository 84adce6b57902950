"""A whole admin session with no SQL on the GUI thread (architecture.md, Threads): sign in,
change and save the clinic's settings, add a user, reset a password, open the audit trail
and page through it, lock and unlock, sign out. Every database call of those windows goes
to the background runner; the guard fails the test on any statement run on the GUI
thread, with where it came from. Each test runs on a SQLite file and on PostgreSQL.

The first test drives the windows themselves; the second the same session through the
desk, from its sign-in dialog on, under one guard.
"""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.admin.audit_page import AuditPage
from clinic_app.gui.admin.password_dialog import PasswordDialog
from clinic_app.gui.admin.settings_page import SettingsPage
from clinic_app.gui.admin.users_page import UsersPage
from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.desk import Desk
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.session.sign_in import SignInDialog
from clinic_app.services import audit, clinic_settings, users
from clinic_app.storage.database import Database, open_database
from clinic_app.storage.models import AuditEvent
from gui.driving import PASSWORD, Key, find
from gui.gui_thread import no_database_on_gui_thread
from gui.waiting import settle

NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """These sessions run on a SQLite file, then on a PostgreSQL database."""
    database = open_database(database_url)
    yield database
    assert QThreadPool.globalInstance().waitForDone(60_000)
    database.close()


def line(root: QWidget, name: str) -> QLineEdit:
    found = root.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def retype(field: QLineEdit, text: str) -> None:
    field.selectAll()
    QTest.keyClicks(field, text)


def long_trail(admin: Workstation) -> None:
    database = admin.database
    base = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    with database.writing() as session:  # a trail longer than one page
        session.add_all(
            AuditEvent(
                at=base + timedelta(seconds=n),
                actor=f"user{n}",
                action="sign_in",
                record_type="user",
                record_id=n,
                detail="",
            )
            for n in range(450)
        )


def sign_in(qtbot: QtBot, dialog: SignInDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(line(dialog, "signIn.username"), "admin")
    QTest.keyClicks(line(dialog, "signIn.password"), PASSWORD)
    QTest.keyClick(line(dialog, "signIn.password"), Key.Key_Return)


def admin_session(qtbot: QtBot, window: MainWindow) -> None:
    """Settings, users, the audit trail, the lock, sign-out: all on one main window."""
    # The clinic's settings: read when shown, changed, saved.
    assert window.settings is not None
    window.tabs.setCurrentWidget(window.settings)
    settings = window.settings.findChild(SettingsPage)
    assert settings is not None
    window.settings.setCurrentWidget(settings)
    settle(qtbot)
    retype(line(settings, "settings.clinic_name"), "Stride Physio")
    settings.save()
    settle(qtbot)
    assert not settings.has_unsaved_changes()

    # Users: add one, then give them a new password.
    users_page = window.settings.findChild(UsersPage)
    assert users_page is not None
    window.settings.setCurrentWidget(users_page)
    settle(qtbot)
    adding = users_page.add_user()
    qtbot.waitExposed(adding)
    retype(line(adding, "addUser.username"), "maria.lopez")
    retype(line(adding, "addUser.display_name"), "Dr Maria Lopez")
    retype(line(adding, "addUser.password"), NEW_PASSWORD)
    retype(line(adding, "addUser.passwordAgain"), NEW_PASSWORD)
    with qtbot.waitSignal(adding.accepted):
        adding.save()
    settle(qtbot)
    selected = users_page.selected()
    assert selected is not None
    assert selected.username == "maria.lopez"
    resetting = users_page.reset_password()
    assert isinstance(resetting, PasswordDialog)
    qtbot.waitExposed(resetting)
    retype(line(resetting, "resetPassword.password"), PASSWORD)
    retype(line(resetting, "resetPassword.passwordAgain"), PASSWORD)
    with qtbot.waitSignal(resetting.accepted):
        resetting.save()
    settle(qtbot)

    # The audit trail, paged to its end as the admin scrolls.
    trail = window.settings.findChild(AuditPage)
    assert trail is not None
    window.settings.setCurrentWidget(trail)
    settle(qtbot)
    model = trail.model
    assert model.rowCount() == 200
    table = find(trail, "audit.table")
    assert isinstance(table, QTableView)
    while model.canFetchMore(QModelIndex()) or model.is_fetching():
        table.scrollToBottom()
        settle(qtbot)
    assert model.rowCount() > 450

    # Locked, and unlocked with the password.
    window.lock()
    assert window.is_locked()
    QTest.keyClicks(line(window, "lock.password"), PASSWORD)
    QTest.keyClick(line(window, "lock.password"), Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked())
    settle(qtbot)

    # Signed out: the sign-in dialog again.
    with qtbot.waitSignal(window.signedOut):
        window.sign_out()
    assert QThreadPool.globalInstance().waitForDone(60_000)


def check_what_was_done(admin: Workstation) -> None:
    """What the session did is in the database, as another workstation would read it."""
    database = admin.database
    assert clinic_settings.load(database).clinic_name == "Stride Physio"
    assert users.authenticate(database, "maria.lopez", PASSWORD).display_name == "Dr Maria Lopez"
    actions = [event.action for event in audit.events(database, actor="admin")]
    for done in ("sign_in", "session.locked", "session.unlocked", "sign_out"):
        assert done in actions, done


def test_an_admin_session_runs_no_sql_on_the_gui_thread(
    qtbot: QtBot, admin: Workstation, front_desk: Workstation
) -> None:
    long_trail(admin)
    database = admin.database
    with no_database_on_gui_thread(database):
        dialog = SignInDialog(LazyDatabase.of(database))
        with qtbot.waitSignal(dialog.accepted):
            sign_in(qtbot, dialog)
        assert dialog.account is not None
        window = MainWindow(Workstation(database, dialog.account))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.offer_drafts()  # what the desk does next
        settle(qtbot)
        admin_session(qtbot, window)
    check_what_was_done(admin)


def test_the_same_session_through_the_desk_under_one_guard(
    qtbot: QtBot, qapp: QApplication, admin: Workstation, front_desk: Workstation
) -> None:
    long_trail(admin)
    desk = Desk(qapp, LazyDatabase.of(admin.database))
    with no_database_on_gui_thread(admin.database):
        desk.start(has_users=True)
        dialog = desk.window
        assert isinstance(dialog, SignInDialog)
        sign_in(qtbot, dialog)
        qtbot.waitUntil(lambda: isinstance(desk.window, MainWindow))
        window = desk.window
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        settle(qtbot)
        admin_session(qtbot, window)
        qtbot.waitUntil(lambda: isinstance(desk.window, SignInDialog))
        again = desk.window
        assert isinstance(again, SignInDialog)
        qtbot.addWidget(again)
    check_what_was_done(admin)
