"""The lock screen: the page a locked main window shows instead of its tabs, where the
same user types their password to carry on, or someone else signs in.

One widget per module (the house rule); `SessionLock` (session_lock) decides when it is
shown and what happens after it. The password is checked on the background runner: the
lock screen stays drawn, saying "Checking…", while the database answers (or does not).
"""

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.lockout_words import locked_out_message
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import users
from clinic_app.services.users import Account, Purpose
from clinic_app.storage.database import Database

WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "LockScreen", "That password is not right. Try again, or sign in as someone else."
)
WRONG_SIGN_IN = QT_TRANSLATE_NOOP(
    "LockScreen",
    "That username and password do not match an active account. Check them, or unlock "
    "with your own password.",
)
CHECKING = QT_TRANSLATE_NOOP("LockScreen", "Checking the password…")


def check_password(
    database: Database, username: str, password: str, purpose: Purpose
) -> Account | datetime | None:
    """The account these match; when sign-ins are locked out, the lockout's end (the
    password was not checked); or None. The refusal is on the trail. Runs on the
    background runner."""
    try:
        return users.authenticate(database, username, password, purpose=purpose)
    except users.SignInThrottled as throttled:
        return throttled.until
    except users.SignInFailed:
        return None


class LockScreen(QWidget):
    """The page shown instead of the tabs. `unlocked` when the locked user's password is
    typed; `switchedUser` with the account when someone else signs in here."""

    unlocked = Signal(object)
    switchedUser = Signal(object)

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock.screen")
        self._database = workstation.database
        self._account = workstation.account
        self._calls = DatabaseCalls("checking the password", self)

        title = QLabel(
            self.tr("Locked — {name}’s session").format(name=self._account.display_name), self
        )
        title.setObjectName("lock.title")
        title.setProperty("role", "pageTitle")
        title.setWordWrap(True)  # a long name at a large text size takes two lines
        intro = QLabel(
            self.tr(
                "Patient details are hidden while nobody is at the desk. Type your password to "
                "carry on where you were, or sign in as someone else; what was typed is kept."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.username = QLineEdit(self._account.username, self)
        self.username.setObjectName("lock.username")
        self.username.setAccessibleName(self.tr("Username"))
        self.password = QLineEdit(self)
        self.password.setObjectName("lock.password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.button = QPushButton(self.tr("&Unlock"), self)
        self.button.setObjectName("lock.unlock")
        self.button.setDefault(True)
        self.message = QLabel(self)
        self.message.setObjectName("lock.message")
        self.message.setProperty("role", "fieldMessage")
        self.message.setWordWrap(True)

        fields = QFormLayout()
        fields.addRow(self.tr("User&name:"), self.username)
        fields.addRow(self.tr("&Password:"), self.password)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.button)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(intro)
        box.addLayout(fields)
        box.addLayout(button_row)
        box.addWidget(self.message)
        box.addStretch(1)
        column = QWidget(self)
        column.setLayout(box)
        column.setMaximumWidth(460)
        centred = QHBoxLayout(self)
        centred.addStretch(1)
        centred.addWidget(column, 2)
        centred.addStretch(1)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.button)

        self._calls.busy_changed.connect(lambda busy: self.button.setEnabled(not busy))
        self.username.textChanged.connect(self._name_changed)
        self.username.returnPressed.connect(self._unlock)
        self.password.returnPressed.connect(self._unlock)
        self.button.clicked.connect(self._unlock)

    def prepare(self) -> None:
        """Fresh for the locked user: their username, no password, no old message (and
        no answer from an earlier lock's check)."""
        self._calls.forget()
        self.username.setText(self._account.username)
        self.password.clear()
        self.message.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _name_changed(self, text: str) -> None:
        """Say what the button will do: carry on, or hand the desk to someone else."""
        same = text.strip() in ("", self._account.username)
        self.button.setText(self.tr("&Unlock") if same else self.tr("&Sign in"))

    def is_checking(self) -> bool:
        return self._calls.busy

    def _unlock(self) -> None:
        if self._calls.busy:
            return  # Enter pressed again while the first check is out
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self.message.setText(
                self.tr("Type your password (and your username, if it is not yours).")
            )
            return
        same = username == self._account.username
        database = self._database
        purpose: Purpose = "unlock" if same else "sign_in"
        self.message.setText(self.tr(CHECKING))
        self._calls.run(
            lambda: check_password(database, username, password, purpose),
            lambda account: self._checked(account, same),
            self._failed,
        )

    def _checked(self, account: Account | datetime | None, same: bool) -> None:
        if account is None or isinstance(account, datetime):
            if isinstance(account, datetime):
                self.message.setText(locked_out_message(account))
            else:
                self.message.setText(self.tr(WRONG_PASSWORD) if same else self.tr(WRONG_SIGN_IN))
            self.password.clear()
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.password.clear()
        self.message.clear()
        if account.id == self._account.id:
            self.unlocked.emit(account)
        else:
            self.switchedUser.emit(account)

    def _failed(self, message: str) -> None:
        self.message.setText(
            self.tr("Cannot check the password: {problem}. Try again in a moment.").format(
                problem=message
            )
        )
