"""First run: a database with no accounts gets its administrator before anything else.

Creating the account (and, when the database was not opened yet, opening it) runs on the
background runner, so the dialog stays drawn while the database works or hangs.
"""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from clinic_app.gui.common import designer
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.forms.ui_first_run import Ui_FirstRunDialog
from clinic_app.services import users
from clinic_app.services.users import MIN_PASSWORD_LENGTH, Account
from clinic_app.storage.database import Database

CREATING = QT_TRANSLATE_NOOP("FirstRunDialog", "Creating the account…")


class FirstRunDialog(QDialog):
    """Creates the first admin account (`.account`), signed in when accepted."""

    def __init__(self, database: Database | LazyDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.ui = Ui_FirstRunDialog()
        designer.set_up(self.ui, self)
        self._database = LazyDatabase.of(database)
        self.account: Account | None = None
        self._calls = DatabaseCalls("creating the first account", self)
        self._calls.busy_changed.connect(self._busy)
        self.ui.firstRun__password.setPlaceholderText(
            self.tr("at least {count} characters").format(count=MIN_PASSWORD_LENGTH)
        )
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create account")
        )
        self.ui.buttons.accepted.connect(self._create)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.firstRun__username.setFocus()

    def is_creating(self) -> bool:
        return self._calls.busy

    def reject(self) -> None:
        """Cancelled: an account still being created is not signed in."""
        self._calls.forget()
        super().reject()

    def _create(self) -> None:
        if self._calls.busy:
            return
        ui = self.ui
        password = ui.firstRun__password.text()
        if password != ui.firstRun__repeat.text():
            ui.firstRun__message.setText(
                self.tr("The two passwords differ. Type the same one twice.")
            )
            ui.firstRun__repeat.clear()
            ui.firstRun__repeat.setFocus()
            return
        database = self._database
        username = ui.firstRun__username.text().strip()
        display_name = ui.firstRun__displayName.text()
        ui.firstRun__message.setText(self.tr(CREATING))
        self._calls.run(
            lambda: users.create_user(
                database.open(),
                None,
                username=username,
                display_name=display_name,
                role="admin",
                password=password,
            ),
            self._created,
            self._refused,
        )

    def _created(self, account: Account) -> None:
        self.account = account
        self.ui.firstRun__password.clear()
        self.ui.firstRun__repeat.clear()
        self.ui.firstRun__message.clear()
        self.accept()

    def _refused(self, message: str) -> None:
        self.ui.firstRun__message.setText(message[:1].upper() + message[1:] + ".")

    def _busy(self, busy: bool) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
