"""The sign-in dialog: who is at the desk, checked against the accounts in the database.

The check (and, on the first sign-in, opening and migrating the database) runs on the
background runner: a database server that does not answer leaves the dialog drawn and
Cancel working, with "Signing in…" shown until the answer or the failure comes.
"""

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from clinic_app.gui.common import designer
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.common.lockout_words import locked_out_message
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.forms.ui_sign_in import Ui_SignInDialog

if TYPE_CHECKING:  # the accounts (and SQLAlchemy) load when Sign in is pressed
    from clinic_app.services.users import Account
    from clinic_app.storage.database import Database

SIGNING_IN = QT_TRANSLATE_NOOP("SignInDialog", "Signing in…")
NO_MATCH = QT_TRANSLATE_NOOP(
    "SignInDialog",
    "That username and password do not match an active account. Check them and try "
    "again, or ask the administrator.",
)


def check_password(
    database: LazyDatabase, username: str, password: str
) -> "Account | datetime | None":
    """The account these match; when sign-ins are locked out, the lockout's end (the
    password was not checked); or None. Opens the database first if it is not yet open.
    Runs on the background runner: it holds no widget."""
    from clinic_app.services import users

    opened = database.open()
    try:
        return users.authenticate(opened, username, password)
    except users.SignInThrottled as throttled:
        return throttled.until
    except users.SignInFailed:
        return None


class SignInDialog(QDialog):
    """Accepted once a username and password match an active account (`.account`).

    The database itself opens when Sign in is first pressed (see LazyDatabase).
    """

    def __init__(self, database: "Database | LazyDatabase", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.ui = Ui_SignInDialog()
        designer.set_up(self.ui, self)
        self._database = LazyDatabase.of(database)
        self.setWindowTitle(self.tr("Sign in — {where}").format(where=self._database.describe()))
        self.account: Account | None = None
        self._calls = DatabaseCalls("signing in", self)
        self._calls.busy_changed.connect(self._busy)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.ui.buttons.accepted.connect(self._sign_in)
        self.ui.buttons.rejected.connect(self.reject)
        self.username().setFocus()

    def username(self) -> QLineEdit:
        return self.ui.signIn__username

    def password(self) -> QLineEdit:
        return self.ui.signIn__password

    def is_signing_in(self) -> bool:
        return self._calls.busy

    def reject(self) -> None:
        """Cancelled: an answer still on its way is not acted on."""
        self._calls.forget()
        super().reject()

    def _sign_in(self) -> None:
        if self._calls.busy:
            return  # Enter pressed again while the first check is out
        username = self.username().text().strip()
        if not username or not self.password().text():
            self.ui.signIn__message.setText(self.tr("Type your username and your password."))
            return
        database, password = self._database, self.password().text()
        self.ui.signIn__message.setText(self.tr(SIGNING_IN))
        self._calls.run(
            lambda: check_password(database, username, password),
            self._checked,
            self._failed,
        )

    def _checked(self, account: "Account | datetime | None") -> None:
        if account is None or isinstance(account, datetime):
            refusal = self.tr(NO_MATCH) if account is None else locked_out_message(account)
            self.ui.signIn__message.setText(refusal)
            self.password().clear()
            self.password().setFocus()
            return
        self.account = account
        self.password().clear()
        self.ui.signIn__message.clear()
        self.accept()

    def _failed(self, message: str) -> None:
        self.ui.signIn__message.setText(
            self.tr("Cannot sign in: {problem}").format(problem=message)
        )

    def _busy(self, busy: bool) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
