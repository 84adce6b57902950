"""First run: a database with no accounts gets its administrator before anything else."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from clinic_app.gui.common import designer
from clinic_app.gui.forms.ui_first_run import Ui_FirstRunDialog
from clinic_app.services import users
from clinic_app.services.users import MIN_PASSWORD_LENGTH, Account
from clinic_app.storage.database import Database
from clinic_app.storage.errors import StorageError


class FirstRunDialog(QDialog):
    """Creates the first admin account (`.account`), signed in when accepted."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.ui = Ui_FirstRunDialog()
        designer.set_up(self.ui, self)
        self._database = database
        self.account: Account | None = None
        self.ui.firstRun__password.setPlaceholderText(f"at least {MIN_PASSWORD_LENGTH} characters")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create account")
        self.ui.buttons.accepted.connect(self._create)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.firstRun__username.setFocus()

    def _create(self) -> None:
        ui = self.ui
        password = ui.firstRun__password.text()
        if password != ui.firstRun__repeat.text():
            ui.firstRun__message.setText("The two passwords differ. Type the same one twice.")
            ui.firstRun__repeat.clear()
            ui.firstRun__repeat.setFocus()
            return
        try:
            self.account = users.create_user(
                self._database,
                None,
                username=ui.firstRun__username.text().strip(),
                display_name=ui.firstRun__displayName.text(),
                role="admin",
                password=password,
            )
        except StorageError as error:
            message = str(error)
            ui.firstRun__message.setText(message[:1].upper() + message[1:] + ".")
            return
        ui.firstRun__password.clear()
        ui.firstRun__repeat.clear()
        self.accept()
