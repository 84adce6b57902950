"""Who is at the desk: first run, sign-in, the main window, and back after sign-out.

The app does not quit when its last window closes (Qt's default), because signing out
closes the main window before the sign-in dialog shows. The desk quits it instead: when
a sign-in is cancelled, or the main window is closed for good.
"""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from clinic_app.gui.workstation import Workstation
from clinic_app.services import users
from clinic_app.services.users import Account
from clinic_app.storage.database import Database


class Desk(QObject):
    """Shows one window at a time: `.window` is the one on screen."""

    def __init__(self, app: QApplication, database: Database) -> None:
        super().__init__(app)
        self._app = app
        self._database = database
        self.window: QWidget | None = None

    def start(self) -> None:
        if users.has_users(self._database):
            self.ask_who()
            return
        from clinic_app.gui.first_run import FirstRunDialog

        self._show_dialog(FirstRunDialog(self._database))

    def ask_who(self) -> None:
        from clinic_app.gui.sign_in import SignInDialog

        self._show_dialog(SignInDialog(self._database))

    def _show_dialog(self, dialog: QDialog) -> None:
        self.window = dialog
        dialog.accepted.connect(lambda: self._signed_in(getattr(dialog, "account", None)))
        dialog.rejected.connect(self._app.quit)
        dialog.show()

    def _signed_in(self, account: Account | None) -> None:
        if account is None:
            self._app.quit()
            return
        from clinic_app.gui.main_window import MainWindow  # the form, pydantic, the rules

        window = MainWindow(Workstation(self._database, account))
        self.window = window
        window.signedOut.connect(self.ask_who)
        window.closed.connect(self._app.quit)
        window.show()
        window.offer_drafts()
