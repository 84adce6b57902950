"""Who is at the desk: first run, sign-in, the main window, and back after sign-out (or
on to another user's window when they sign in on a locked one).

The app does not quit when its last window closes (Qt's default), because signing out
closes the main window before the sign-in dialog shows. The desk quits it instead: when
a sign-in is cancelled, or the main window is closed for good, or the app is asked to
end from outside (`leave`, on SIGTERM).
"""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.common.translations import StaffLanguage

if TYPE_CHECKING:
    from clinic_app.services.users import Account


class Desk:
    """Shows one window at a time: `.window` is the one on screen.

    With `languages`, each window is built in its reader's language: sign-in in the last
    one chosen here, a user's window in theirs (translations.py). Without it (tests that
    build a desk of their own) the windows keep whatever translators are installed.
    """

    def __init__(
        self, app: QApplication, database: LazyDatabase, languages: StaffLanguage | None = None
    ) -> None:
        self._app = app
        self.database = database
        self.window: QWidget | None = None
        self._languages = languages

    def start(self, *, has_users: bool | None = None) -> None:
        """The first window: sign-in, or first run on a database with no accounts.

        `has_users` comes from the quick look at start-up; without it the database is
        opened and asked.
        """
        if has_users is None:
            from clinic_app.services import users

            has_users = users.has_users(self.database.open())
        if has_users:
            self.ask_who()
            return
        from clinic_app.gui.session.first_run import FirstRunDialog

        self._show_dialog(FirstRunDialog(self.database))  # opened when the account is made

    def leave(self) -> None:
        """Close every window and end the event loop, as a session's end or `kill` asks.

        The window on screen closes first, so the main window keeps its draft even if
        some other window (a preview, a dialog) will not close; the loop then ends
        whatever the windows said, since the request came from outside and is not to be
        argued with. Nested loops (a modal dialog's) end too, their dialogs as cancelled.
        """
        if self.window is not None:
            self.window.close()
        self._app.closeAllWindows()
        self._app.exit(0)

    def ask_who(self) -> None:
        from clinic_app.gui.session.sign_in import SignInDialog

        if self._languages is not None:
            self._languages.for_sign_in()
        self._show_dialog(SignInDialog(self.database))

    def _show_dialog(self, dialog: QDialog) -> None:
        self.window = dialog
        dialog.accepted.connect(lambda: self._signed_in(getattr(dialog, "account", None)))
        dialog.rejected.connect(self._app.quit)
        dialog.show()

    def _signed_in(self, account: "Account | None") -> None:
        if account is None:
            self._app.quit()
            return
        from clinic_app.gui.common.workstation import Workstation
        from clinic_app.gui.main_window import MainWindow  # the form, pydantic, the rules

        if self._languages is not None:
            self._languages.for_user(account.username)
        window = MainWindow(Workstation(self.database.open(), account))
        self.window = window
        window.signedOut.connect(self.ask_who)
        window.switchedUser.connect(self._signed_in)  # someone else signed in on its lock screen
        window.closed.connect(self._app.quit)
        window.show()
        window.offer_drafts()
