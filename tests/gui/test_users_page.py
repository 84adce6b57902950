"""The admin's Users page on a real database: adding an account (which can then sign in),
resetting a password, changing a role, switching an account off and on, and the accounts
service's refusals (the last active admin) shown in its words."""

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clinic_app.gui.admin.password_dialog import PasswordDialog
from clinic_app.gui.admin.user_dialog import AddUserDialog
from clinic_app.gui.admin.user_model import ACCOUNT_ROLE, ROLE, STATUS, UserTableModel
from clinic_app.gui.admin.users_page import UsersPage
from clinic_app.gui.common.wording import minute_after
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import audit, users
from clinic_app.services.users import Account, SignInFailed, SignInThrottled
from gui.driving import PASSWORD
from gui.waiting import settle

W = TypeVar("W", bound=QWidget)
NEW_PASSWORD = "a brand new passphrase"


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


@pytest.fixture
def page(qtbot: QtBot, admin: Workstation, front_desk: Workstation) -> UsersPage:
    shown = UsersPage(admin)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    settle(qtbot)  # the accounts, read in the background
    return shown


def table(page: UsersPage) -> QTableView:
    return child(page, QTableView, "users.table")


def rows(page: UsersPage) -> list[list[str]]:
    model = table(page).model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def message(page: UsersPage) -> str:
    return child(page, QLabel, "users.message").text()


def select(page: UsersPage, username: str) -> None:
    model = table(page).model()
    [row] = [r for r in range(model.rowCount()) if model.index(r, 0).data() == username]
    table(page).selectRow(row)
    assert selected_username(page) == username


def selected_username(page: UsersPage) -> str | None:
    chosen = page.selected()
    return chosen.username if chosen is not None else None


def click(qtbot: QtBot, page: QWidget, name: str) -> None:
    """Click, then wait for what the click asked of the database."""
    button = child(page, QPushButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def typed(dialog: QDialog, name: str, text: str) -> None:
    field = child(dialog, QLineEdit, name)
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)


def shown_message(dialog: QDialog, name: str) -> str:
    label = child(dialog, QLabel, name)
    return label.text() if label.isVisibleTo(dialog) else ""


def account(page: UsersPage, username: str) -> Account:
    [found] = [a for a in users.list_users(page.workstation.database) if a.username == username]
    return found


# --- the model ----------------------------------------------------------------------------------


def test_the_model_passes_qts_checks_and_says_roles_in_words(qtmodeltester: ModelTester) -> None:
    check: Callable[[QAbstractItemModel], None] = qtmodeltester.check  # untyped in pytest-qt
    model = UserTableModel()
    check(model)
    boss = Account(1, "boss", "Bea Boss", "admin", True)
    desk = Account(2, "desk", "Dee Desk", "front_desk", False)
    model.set_accounts([boss, desk])
    check(model)
    assert model.index(0, ROLE).data() == "administrator"
    assert model.index(1, ROLE).data() == "front desk"
    assert model.index(1, STATUS).data() == "switched off"
    assert model.index(1, 0).data(ACCOUNT_ROLE) == desk
    assert model.row_of("desk") == 1
    model.set_accounts([])
    check(model)


# --- the page -----------------------------------------------------------------------------------


def test_the_page_lists_every_account_and_acts_only_on_a_selection(
    qtbot: QtBot, page: UsersPage
) -> None:
    assert page.objectName() == "usersPage"
    assert rows(page) == [
        ["admin", "Ada Admin", "administrator", "active"],
        ["desk", "Dee Desk", "front desk", "active"],
    ]
    for name in ("users.resetPassword", "users.changeRole", "users.active", "users.liftLockout"):
        assert not child(page, QPushButton, name).isEnabled()
    select(page, "desk")
    assert child(page, QComboBox, "users.role").currentData() == "front_desk"
    assert child(page, QPushButton, "users.resetPassword").isEnabled()
    assert not child(page, QPushButton, "users.changeRole").isEnabled()  # same role


def test_an_added_user_can_sign_in(qtbot: QtBot, page: UsersPage) -> None:
    click(qtbot, page, "users.add")
    dialog = child(page, AddUserDialog, "addUserDialog")
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is child(dialog, QLineEdit, "addUser.username")
    typed(dialog, "addUser.username", "maria.lopez")
    typed(dialog, "addUser.display_name", "Dr Maria Lopez")
    role = child(dialog, QComboBox, "addUser.role")
    role.setCurrentIndex(role.findData("clinician"))
    typed(dialog, "addUser.password", NEW_PASSWORD)
    typed(dialog, "addUser.passwordAgain", NEW_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog, "addUser.save")

    assert ["maria.lopez", "Dr Maria Lopez", "clinician", "active"] in rows(page)
    assert selected_username(page) == "maria.lopez"
    assert (
        message(page) == "Added Dr Maria Lopez (maria.lopez) as a clinician. They can sign in now."
    )
    signed_in = users.authenticate(page.workstation.database, "maria.lopez", NEW_PASSWORD)
    assert (signed_in.role, signed_in.display_name) == ("clinician", "Dr Maria Lopez")


def test_add_user_says_what_is_wrong_under_each_field_and_adds_nothing(
    qtbot: QtBot, page: UsersPage
) -> None:
    click(qtbot, page, "users.add")
    dialog = child(page, AddUserDialog, "addUserDialog")
    qtbot.waitExposed(dialog)
    typed(dialog, "addUser.username", "Maria Lopez")
    typed(dialog, "addUser.password", "short")
    typed(dialog, "addUser.passwordAgain", "shorter")
    click(qtbot, dialog, "addUser.save")

    assert dialog.isVisible()
    assert "lower-case letters" in shown_message(dialog, "addUser.username.message")
    assert "Type their name" in shown_message(dialog, "addUser.display_name.message")
    assert shown_message(dialog, "addUser.password.message") == (
        "A password needs at least 10 characters."
    )
    assert "differ" in shown_message(dialog, "addUser.passwordAgain.message")
    assert dialog.focusWidget() is child(dialog, QLineEdit, "addUser.username")  # the first to fix
    assert [a.username for a in users.list_users(page.workstation.database)] == ["admin", "desk"]

    # Fixed one by one, each message goes as its field is put right.
    typed(dialog, "addUser.username", "desk")  # well formed, but taken
    typed(dialog, "addUser.display_name", "Another Desk")
    typed(dialog, "addUser.password", NEW_PASSWORD)
    typed(dialog, "addUser.passwordAgain", NEW_PASSWORD)
    for name in ("username", "display_name", "password", "passwordAgain"):
        assert shown_message(dialog, f"addUser.{name}.message") == ""
    click(qtbot, dialog, "addUser.save")

    # What only the service can know is said in the dialog, which keeps what was typed.
    assert dialog.isVisible()
    assert shown_message(dialog, "addUser.error") == (
        "The user was not added: Username 'desk' is already taken."
    )
    assert child(dialog, QLineEdit, "addUser.display_name").text() == "Another Desk"
    assert account(page, "desk").display_name == "Dee Desk"
    dialog.reject()


def test_reset_password_gives_the_account_a_new_password(qtbot: QtBot, page: UsersPage) -> None:
    select(page, "desk")
    click(qtbot, page, "users.resetPassword")
    dialog = child(page, PasswordDialog, "passwordDialog")
    qtbot.waitExposed(dialog)
    typed(dialog, "resetPassword.password", NEW_PASSWORD)
    typed(dialog, "resetPassword.passwordAgain", NEW_PASSWORD + "!")
    click(qtbot, dialog, "resetPassword.save")
    assert "differ" in shown_message(dialog, "resetPassword.passwordAgain.message")
    users.authenticate(page.workstation.database, "desk", PASSWORD)  # unchanged so far

    typed(dialog, "resetPassword.passwordAgain", NEW_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog, "resetPassword.save")

    assert message(page) == "Dee Desk (desk) has a new password. Tell them in person."
    assert users.authenticate(page.workstation.database, "desk", NEW_PASSWORD).username == "desk"
    with pytest.raises(SignInFailed):
        users.authenticate(page.workstation.database, "desk", PASSWORD)


def test_changing_a_role(qtbot: QtBot, page: UsersPage) -> None:
    select(page, "desk")
    role = child(page, QComboBox, "users.role")
    role.setCurrentIndex(role.findData("clinician"))
    click(qtbot, page, "users.changeRole")

    assert account(page, "desk").role == "clinician"
    assert ["desk", "Dee Desk", "clinician", "active"] in rows(page)
    assert message(page) == (
        "Dee Desk (desk) is now a clinician; it takes effect when they next sign in."
    )
    assert not child(page, QPushButton, "users.changeRole").isEnabled()


def test_switching_an_account_off_and_on(qtbot: QtBot, page: UsersPage) -> None:
    select(page, "desk")
    toggle = child(page, QPushButton, "users.active")
    assert toggle.text() == "S&witch off"
    click(qtbot, page, "users.active")

    assert not account(page, "desk").active
    assert ["desk", "Dee Desk", "front desk", "switched off"] in rows(page)
    assert "can no longer sign in" in message(page)
    with pytest.raises(SignInFailed):
        users.authenticate(page.workstation.database, "desk", PASSWORD)
    assert toggle.text() == "S&witch on"

    click(qtbot, page, "users.active")
    assert account(page, "desk").active
    assert users.authenticate(page.workstation.database, "desk", PASSWORD).username == "desk"
    assert toggle.text() == "S&witch off"


def test_the_last_active_admin_is_kept_and_the_service_says_why(
    qtbot: QtBot, page: UsersPage
) -> None:
    select(page, "admin")
    click(qtbot, page, "users.active")
    assert message(page) == (
        "Not changed: 'admin' is the last active admin; add another admin before you switch "
        "them off."
    )
    assert account(page, "admin").active

    role = child(page, QComboBox, "users.role")
    role.setCurrentIndex(role.findData("clinician"))
    click(qtbot, page, "users.changeRole")
    assert "last active admin" in message(page)
    assert "change their role" in message(page)
    assert account(page, "admin").role == "admin"
    assert role.currentData() == "admin", "the box shows the role the account still has"


def test_the_list_is_read_again_when_the_page_is_shown(
    qtbot: QtBot, page: UsersPage, admin: Workstation
) -> None:
    page.hide()
    users.create_user(  # as another admin would, on another workstation
        admin.database,
        admin.actor,
        username="cora",
        display_name="Cora Clinician",
        role="clinician",
        password=PASSWORD,
    )
    page.show()
    qtbot.waitUntil(lambda: ["cora", "Cora Clinician", "clinician", "active"] in rows(page))


def test_lifting_a_lockout_lets_the_user_sign_in_again_at_once(
    qtbot: QtBot, page: UsersPage
) -> None:
    database = page.workstation.database
    for _ in range(users.FAILURES_BEFORE_LOCKOUT):
        with pytest.raises(SignInFailed):
            users.authenticate(database, "desk", "not the password", workstation="desk 2")
    with pytest.raises(SignInThrottled) as throttled:
        users.authenticate(database, "desk", PASSWORD, workstation="desk 3")
    page.refresh()
    settle(qtbot)
    status = f"active, locked out until {minute_after(throttled.value.until)}"
    assert ["desk", "Dee Desk", "front desk", status] in rows(page)

    select(page, "desk")
    click(qtbot, page, "users.liftLockout")

    assert message(page) == "Dee Desk (desk) can sign in again: the lockout is lifted."
    assert ["desk", "Dee Desk", "front desk", "active"] in rows(page)
    assert users.authenticate(database, "desk", PASSWORD, workstation="desk 3").username == "desk"
    [lift] = audit.events(database, action="sign_in.lockout_lifted")
    assert (lift.actor, lift.record_id) == ("admin", account(page, "desk").id)

    click(qtbot, page, "users.liftLockout")
    assert message(page) == "Dee Desk (desk) was not locked out."
