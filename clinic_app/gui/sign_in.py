"""The sign-in dialog: who is at the desk, checked against the accounts in the database."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from clinic_app.gui import designer
from clinic_app.gui.forms.ui_sign_in import Ui_SignInDialog
from clinic_app.services import users
from clinic_app.services.users import Account
from clinic_app.storage.database import Database
from clinic_app.storage.errors import StorageError


class SignInDialog(QDialog):
    """Accepted once a username and password match an active account (`.account`)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.ui = Ui_SignInDialog()
        designer.set_up(self.ui, self)
        self.setWindowTitle(f"Sign in — {database.describe()}")
        self._database = database
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
        try:
            self.account = users.authenticate(self._database, username, self.password().text())
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
        self.password().clear()
        self.accept()
