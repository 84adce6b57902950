"""First run: a database with no accounts gets its administrator before anything else.

Creating the account (and, when the database was not opened yet, opening it) runs on the
background runner, so the dialog stays drawn while the database works or hangs. When the
database is encrypted and no one has seen its recovery key yet, the new administrator is
shown it (recovery_key_dialog.py) before going on, and that it was shown is noted beside
the key, on the background runner too (keyring calls are slow).
"""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from clinic_app.gui.common import designer
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.dialog_height import keep_text_whole
from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.forms.ui_first_run import Ui_FirstRunDialog
from clinic_app.gui.session.recovery_key_dialog import RecoveryKeyDialog
from clinic_app.services import file_encryption, users
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
        self.recovery_dialog: RecoveryKeyDialog | None = None
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
        keep_text_whole(self)
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

        def create() -> tuple[Account, str | None]:
            opened = database.open()
            account = users.create_user(
                opened,
                None,
                username=username,
                display_name=display_name,
                role="admin",
                password=password,
            )
            return account, file_encryption.recovery_key_to_show(opened)

        self._calls.run(create, self._created, self._refused)

    def _created(self, created: tuple[Account, str | None]) -> None:
        account, recovery_key = created
        self.ui.firstRun__password.clear()
        self.ui.firstRun__repeat.clear()
        self.ui.firstRun__message.clear()
        if recovery_key is None:
            self.account = account
            self.accept()
            return
        dialog = RecoveryKeyDialog(recovery_key, self)
        self.recovery_dialog = dialog
        dialog.accepted.connect(lambda: self._recovery_key_written_down(account, recovery_key))
        dialog.open()

    def _recovery_key_written_down(self, account: Account, recovery_key: str) -> None:
        self.recovery_dialog = None
        self._calls.run(
            lambda: file_encryption.recovery_key_was_shown(recovery_key),
            lambda _none: self._signed_in(account),
            lambda _message: self._signed_in(account),  # shown it was: the key is written
        )

    def _signed_in(self, account: Account) -> None:
        self.account = account
        self.accept()

    def _refused(self, message: str) -> None:
        self.ui.firstRun__message.setText(message[:1].upper() + message[1:] + ".")

    def _busy(self, busy: bool) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
