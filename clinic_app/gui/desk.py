"""Who is at the desk: first run, sign-in, the main window, and back after sign-out (or
on to another user's window when they sign in on a locked one).

The app does not quit when its last window closes (Qt's default), because signing out
closes the main window before the sign-in dialog shows. The desk quits it instead: when
a sign-in is cancelled, or the main window is closed for good, or the app is asked to
end from outside (`leave`, on SIGTERM).

The desk also starts the day's first backup (`back_up_at_start`, on the background
runner, so the first window never waits for it), and shows on each signed-in window's
status bar when the backups need someone: none newer than 2 days, a backup folder that
cannot be written, or a backup that just failed (services/auto_backup.py).
"""

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QWidget

from clinic_app.gui.common.background import BackgroundTask, run_in_background
from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.common.style import follow_look
from clinic_app.gui.common.translations import StaffLanguage

if TYPE_CHECKING:
    from clinic_app.services.auto_backup import BackupOutcome, BackupState
    from clinic_app.services.users import Account

BACKUP_WARNING = "status.backupWarning"
"""The objectName of the status bar's backup warning."""


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
        self._start_backup: BackgroundTask | None = None
        self._backup_failure: str | None = None

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

    def back_up_at_start(self) -> BackgroundTask:
        """The day's first backup of a SQLite database (a later start the same day makes
        none), on the background runner; its outcome is shown once someone signs in."""
        database = self.database

        def work() -> "BackupOutcome":
            from clinic_app.services import auto_backup

            return auto_backup.back_up_at_start(database.open())

        self._start_backup = run_in_background(
            self._app,
            work,
            what="the backup at start",
            on_finished=self._backed_up_at_start,
            on_failed=self._backup_not_started,
        )
        return self._start_backup

    def _backed_up_at_start(self, outcome: object) -> None:
        from clinic_app.services.auto_backup import BackupOutcome

        assert isinstance(outcome, BackupOutcome)
        self._backup_failure = outcome.failure
        if isinstance(self.window, QMainWindow):
            self._say_backup_state(self.window, outcome.state)

    def _backup_not_started(self, message: str) -> None:
        """The database would not even open for the backup: the sign-in says why."""
        self._backup_failure = message

    def _check_backups(self, window: QMainWindow) -> None:
        """Look at the backup folder afresh for a new window (the app may have run for
        days), unless the start's backup is still at work and will report itself."""
        if self._start_backup is not None and self._start_backup.is_running():
            return
        database = self.database

        def work() -> "BackupState":
            from clinic_app.services import auto_backup

            return auto_backup.backup_state(database.open())

        run_in_background(
            window,
            work,
            what="looking at the backups",
            on_finished=lambda state: self._say_backup_state(window, state),  # type: ignore[arg-type]
        )

    def _say_backup_state(self, window: QMainWindow, state: "BackupState") -> None:
        from clinic_app.gui.common.backup_words import backup_warning  # not before sign-in

        now = datetime.now()
        # A failure at start is news only until a backup of today is there (Back up now).
        done_today = state.last is not None and state.last.taken.date() == now.date()
        words = backup_warning(state, now, None if done_today else self._backup_failure)
        label = window.findChild(QLabel, BACKUP_WARNING)
        if words is None:
            if label is not None:
                label.hide()
            return
        if label is None:
            label = QLabel(window)
            label.setObjectName(BACKUP_WARNING)
            label.setProperty("role", "fieldMessage")
            label.setWordWrap(True)
            window.statusBar().addWidget(label, 1)
        label.setText(words)
        label.setAccessibleName(label.text())
        label.show()

    def ask_who(self) -> None:
        from clinic_app.gui.session.sign_in import SignInDialog

        if self._languages is not None:
            self._languages.for_sign_in()
        follow_look(self._app, None)
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
        follow_look(self._app, account.username)
        window = MainWindow(Workstation(self.database.open(), account))
        self.window = window
        window.signedOut.connect(self.ask_who)
        window.switchedUser.connect(self._signed_in)  # someone else signed in on its lock screen
        window.closed.connect(self._app.quit)
        window.show()
        window.offer_drafts()
        self._check_backups(window)
