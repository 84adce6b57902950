"""The sign-in dialog: who is at the desk, checked against the accounts in the database."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QWidget

from clinic_app.gui.common import designer
from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.forms.ui_sign_in import Ui_SignInDialog
from clinic_app.storage.errors import StorageError

if TYPE_CHECKING:  # the accounts (and SQLAlchemy) load when Sign in is pressed
    from clinic_app.services.users import Account
    from clinic_app.storage.database import Database


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
        self.setWindowTitle(f"Sign in — {self._database.describe()}")
        self.account: Account | None = None
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Sign in")
        self.ui.buttons.accepted.connect(self._sign_in)
        self.ui.buttons.rejected.connect(self.reject)
        self.username().setFocus()

    def username(self) -> QLineEdit:
        return self.ui.signIn__username

    def password(self) -> QLineEdit:
        return self.ui.signIn__password

    def _sign_in(self) -> None:
        username = self.username().text().strip()
        if not username or not self.password().text():
            self.ui.signIn__message.setText("Type your username and your password.")
            return
        from clinic_app.services import users

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            database = self._database.open()
            self.account = users.authenticate(database, username, self.password().text())
        except users.SignInFailed:
            self.ui.signIn__message.setText(
                "That username and password do not match an active account. Check them and "
                "try again, or ask the administrator."
            )
            self.password().clear()
            self.password().setFocus()
            return
        except StorageError as error:
            self.ui.signIn__message.setText(f"Cannot sign in: {error}")
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.password().clear()
        self.accept()
