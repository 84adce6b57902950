"""The admin's Users page: the accounts, and adding, resetting, re-roling, switching off
and lifting a sign-in lockout.

Every change goes through the accounts service, which decides what is allowed (only an
admin; never the last active admin switched off or made something else) and says why in
words; the page shows those words under the table. The list is read again whenever the
page is shown and after every change, since another admin may be at work elsewhere.

Reading and changing run on the background runner: the page says "Loading the users…" or
"Changing…" while the database answers, and the buttons that change an account wait for
the answer, so a double click is one change.
"""

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.admin.password_dialog import PasswordDialog
from clinic_app.gui.admin.user_dialog import AddUserDialog
from clinic_app.gui.admin.user_model import ACCOUNT_ROLE, NAME, UserTableModel
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.record_table import record_table
from clinic_app.gui.common.style import restyle
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.common.wording import role_label, role_with_article, sentence
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import users
from clinic_app.services.users import Account
from clinic_app.storage.models import ROLES

log = logging.getLogger(__name__)

LOADING = QT_TRANSLATE_NOOP("UsersPage", "Loading the users…")
CHANGING = QT_TRANSLATE_NOOP("UsersPage", "Changing…")


class UsersPage(QWidget):
    """The accounts. Mnemonics avoid the letters of the main and settings tabs and menus
    (N, P, R, S; C, U, A; F, H), which stay live while this page is shown."""

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.workstation = workstation
        self._reading = DatabaseCalls("reading the users", self)
        self._changing = DatabaseCalls("changing a user", self)
        self._changing.busy_changed.connect(lambda _busy: self._update_buttons())

        title = QLabel(self.tr("Users"), self)
        title.setObjectName("users.title")
        title.setProperty("role", "pageTitle")
        intro = QLabel(
            self.tr(
                "Everyone who signs in. A switched-off account cannot sign in; its name stays "
                "on every record it made."
            ),
            self,
        )
        intro.setWordWrap(True)

        self._model = UserTableModel(self)
        self._table = record_table(
            self._model,
            self,
            name="users.table",
            accessible_name=self.tr("Users"),
            stretch=NAME,
        )

        self._add = self._button(self.tr("A&dd user…"), "users.add", self.tr("Add an account"))
        self._reset = self._button(
            self.tr("R&eset password…"),
            "users.resetPassword",
            self.tr("Give the selected user a new password"),
        )
        self._role = QComboBox(self)
        self._role.setObjectName("users.role")
        self._role.setAccessibleName(self.tr("Role of the selected user"))
        for role in ROLES:
            self._role.addItem(role_label(role).capitalize(), role)
        role_words = QLabel(self.tr("R&ole:"), self)
        role_words.setBuddy(self._role)
        self._change_role = self._button(
            self.tr("Change ro&le"),
            "users.changeRole",
            self.tr("Give the selected user the role chosen beside"),
        )
        self._active = self._button(self.tr("S&witch off"), "users.active", "")
        self._lift = self._button(
            self.tr("Lift loc&kout"),
            "users.liftLockout",
            self.tr("Let the selected user sign in again at once after too many failed sign-ins"),
        )

        self._message = QLabel(self)
        self._message.setObjectName("users.message")
        self._message.setWordWrap(True)
        self._message.setProperty("role", "")

        buttons = QHBoxLayout()
        buttons.addWidget(self._add)
        buttons.addWidget(self._reset)
        buttons.addSpacing(12)
        buttons.addWidget(role_words)
        buttons.addWidget(self._role)
        buttons.addWidget(self._change_role)
        buttons.addSpacing(12)
        buttons.addWidget(self._active)
        buttons.addWidget(self._lift)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self._table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self._message)

        self._add.clicked.connect(self.add_user)
        self._reset.clicked.connect(self.reset_password)
        self._change_role.clicked.connect(self.change_role)
        self._active.clicked.connect(self.toggle_active)
        self._lift.clicked.connect(self.lift_lockout)
        self._role.currentIndexChanged.connect(lambda _index: self._update_buttons())
        self._table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._update_buttons()

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    # --- public: what the settings tabs and the tests use -------------------------------

    def is_busy(self) -> bool:
        return self._reading.busy or self._changing.busy

    def refresh(
        self, select: str | None = None, *, then_say: str | None = None, error: bool = False
    ) -> None:
        """Read the accounts again, keeping the selection (or selecting `select`); once
        they are shown, `then_say` (an outcome the reading must not hide) is shown."""
        database, actor = self.workstation.database, self.workstation.actor
        if then_say is None and not self._message.text():
            self._say(self.tr(LOADING))
        elif then_say is not None:
            self._say(then_say, error=error)
        self._reading.run(
            lambda: (users.list_users(database), users.lockouts(database, actor)),
            lambda read: self._read(*read, select, then_say, error),
            self._read_failed,
        )

    def _read(
        self,
        accounts: list[Account],
        lockouts: dict[str, datetime],
        select: str | None,
        then_say: str | None,
        error: bool,
    ) -> None:
        chosen = select or (account.username if (account := self.selected()) else None)
        self._model.set_accounts(accounts, lockouts)
        row = self._model.row_of(chosen) if chosen else None
        if row is not None:
            self._table.selectionModel().setCurrentIndex(
                self._model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._selection_changed()
        if then_say is not None:
            self._say(then_say, error=error)
        elif self._message.text() == self.tr(LOADING):
            self._say("")

    def _read_failed(self, message: str) -> None:
        log.warning("reading the users failed: %s", message)
        self._say(
            self.tr("Cannot read the users: {problem} Try again in a moment.").format(
                problem=sentence(message)
            )
        )

    def selected(self) -> Account | None:
        rows = self._table.selectionModel().selectedRows()
        if not rows:
            return None
        account: Account = rows[0].data(ACCOUNT_ROLE)
        return account

    def add_user(self) -> AddUserDialog:
        """Open Add user (not blocking); the new account is selected once it is added."""
        dialog = AddUserDialog(self.workstation, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._added(dialog.account))
        dialog.open()
        return dialog

    def reset_password(self) -> PasswordDialog | None:
        """Open Reset password for the selected user (not blocking)."""
        account = self.selected()
        if account is None:
            return None
        dialog = PasswordDialog(self.workstation, account, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._done(
                self.tr("{name} ({username}) has a new password. Tell them in person.").format(
                    name=account.display_name, username=account.username
                ),
                account.username,
            )
        )
        dialog.open()
        return dialog

    def change_role(self) -> None:
        """Give the selected user the role chosen in the Role box."""
        account = self.selected()
        role = str(self._role.currentData())
        if account is None or role == account.role:
            return
        database, actor = self.workstation.database, self.workstation.actor
        username = account.username
        self._act(
            lambda: users.change_role(database, actor, username, role),
            self.tr(
                "{name} ({username}) is now {role}; it takes effect when they next sign in."
            ).format(
                name=account.display_name, username=account.username, role=role_with_article(role)
            ),
            account.username,
        )

    def toggle_active(self) -> None:
        """Switch the selected account off, or back on."""
        account = self.selected()
        if account is None:
            return
        database, actor = self.workstation.database, self.workstation.actor
        username = account.username
        if account.active:
            self._act(
                lambda: users.deactivate_user(database, actor, username),
                self.tr("{name} ({username}) is switched off and can no longer sign in.").format(
                    name=account.display_name, username=account.username
                ),
                account.username,
            )
        else:
            self._act(
                lambda: users.reactivate_user(database, actor, username),
                self.tr(
                    "{name} ({username}) is switched on again and can sign in with their "
                    "old password."
                ).format(name=account.display_name, username=account.username),
                account.username,
            )

    def lift_lockout(self) -> None:
        """Let the selected user try their password again now, with a fresh count: the
        usual answer when someone at the desk is locked out and the admin is elsewhere."""
        account = self.selected()
        if account is None or self._changing.busy:
            return
        database, actor = self.workstation.database, self.workstation.actor
        username = account.username
        lifted = self.tr("{name} ({username}) can sign in again: the lockout is lifted.").format(
            name=account.display_name, username=account.username
        )
        not_locked = self.tr("{name} ({username}) was not locked out.").format(
            name=account.display_name, username=account.username
        )
        self._say(self.tr(CHANGING))
        self._changing.run(
            lambda: users.lift_lockout(database, actor, username),
            lambda was_locked: self._done(lifted if was_locked else not_locked, username),
            self._refused,
        )

    # --- inside ---------------------------------------------------------------------------

    def _act(self, change: Callable[[], Account], done: str, username: str) -> None:
        """Run `change` (a closure over plain values, no widget) in the background."""
        if self._changing.busy:
            return
        self._say(self.tr(CHANGING))
        self._changing.run(change, lambda _account: self._done(done, username), self._refused)

    def _refused(self, message: str) -> None:
        log.warning("changing a user failed: %s", message)
        self.refresh(
            then_say=self.tr("Not changed: {problem}").format(problem=sentence(message)), error=True
        )

    def _added(self, account: Account | None) -> None:
        if account is not None:
            self._done(
                self.tr("Added {name} ({username}) as {role}. They can sign in now.").format(
                    name=account.display_name,
                    username=account.username,
                    role=role_with_article(account.role),
                ),
                account.username,
            )

    def _done(self, message: str, username: str) -> None:
        self.refresh(select=username, then_say=message)

    def _say(self, message: str, *, error: bool = False) -> None:
        self._message.setText(message)
        restyle(self._message, "role", "fieldMessage" if error else "")

    def _selection_changed(self) -> None:
        account = self.selected()
        if account is not None:
            self._role.blockSignals(True)
            self._role.setCurrentIndex(self._role.findData(account.role))
            self._role.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        account = self.selected()
        free = not self._changing.busy  # one change at a time
        for widget in (self._reset, self._role, self._active, self._lift):
            widget.setEnabled(account is not None and free)
        self._change_role.setEnabled(
            account is not None and free and self._role.currentData() != account.role
        )
        if account is not None and not account.active:
            self._active.setText(self.tr("S&witch on"))
            self._active.setToolTip(self.tr("Let the selected user sign in again"))
        else:
            self._active.setText(self.tr("S&witch off"))
            self._active.setToolTip(self.tr("Stop the selected user from signing in"))

    def showEvent(self, event: QShowEvent) -> None:
        """Read the accounts each time the page is shown: another admin may have changed
        them."""
        self.refresh()
        super().showEvent(event)
