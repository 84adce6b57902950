"""The session lock: after the clinic's idle minutes, or on Ctrl+L, the main window shows a
lock screen instead of any patient's details until the same user types their password
again, or another user signs in.

A workstation at a front desk is walked away from all day; the lock is what keeps the next
person at the counter from reading the last patient's answers. So it hides everything the
app has on screen (the tabs, and every other window: a print preview, a dialog), not just
the page in front, and it keeps what was typed (in memory, and as the draft on disk).
"""

import logging
from collections.abc import Callable, Collection

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from clinic_app.gui.workstation import Workstation
from clinic_app.services import clinic_settings, users
from clinic_app.services.users import Account
from clinic_app.storage.database import Database
from clinic_app.storage.errors import StorageError

log = logging.getLogger(__name__)

MINUTE_MS = 60_000
DEFAULT_MINUTES = clinic_settings.ClinicDetails().idle_lock_minutes

# What counts as someone at the desk. The watcher sees every event of the app, so the test
# is one set look-up and, on activity, one timer restart: nothing more.
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
# Windows that are part of another window's moment (a menu, a tooltip, a completer's list):
# hidden by the lock like the rest, but not brought back out of context.
_PASSING = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)

WRONG_PASSWORD = "That password is not right. Try again, or sign in as someone else."
WRONG_SIGN_IN = (
    "That username and password do not match an active account. Check them, or unlock "
    "with your own password."
)


def idle_minutes(database: Database) -> int:
    """The clinic's idle-lock minutes; the default when the database cannot say (the lock
    must still come)."""
    try:
        return clinic_settings.load(database).idle_lock_minutes
    except StorageError as error:
        log.warning("reading the idle-lock minutes failed (%s); using %d", error, DEFAULT_MINUTES)
        return DEFAULT_MINUTES


class IdleWatcher(QObject):
    """Emits `idle` once no key, click, mouse move, wheel or touch reached any of the app's
    windows for the clinic's idle minutes.

    The minutes are asked for each time the watcher is armed, so a changed setting applies
    at the next lock or sign-in without a restart. `delay_ms`, when set, replaces them
    (tests lock in a fraction of a second).
    """

    idle = Signal()

    def __init__(
        self,
        minutes: Callable[[], int],
        parent: QObject | None = None,
        *,
        delay_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._minutes = minutes
        self.delay_ms = delay_ms
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEFAULT_MINUTES * MINUTE_MS)  # set again by each arm()
        self._timer.timeout.connect(self._elapsed)

    def arm(self) -> None:
        """Start counting idle time (again), with the minutes the clinic has now."""
        delay = self._minutes() * MINUTE_MS if self.delay_ms is None else self.delay_ms
        self._timer.setInterval(delay)
        if not self._armed:
            application = QApplication.instance()
            if application is not None:
                application.installEventFilter(self)
            self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        if self._armed:
            application = QApplication.instance()
            if application is not None:
                application.removeEventFilter(self)
            self._armed = False
        self._timer.stop()

    def is_armed(self) -> bool:
        return self._armed

    def interval_ms(self) -> int:
        return self._timer.interval()

    def remaining_ms(self) -> int:
        """Until the lock; -1 when disarmed."""
        return self._timer.remainingTime()

    def _elapsed(self) -> None:
        self.disarm()
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() in ACTIVITY:
            self._timer.start()
        return False


class LockScreen(QWidget):
    """The page shown instead of the tabs. `unlocked` when the locked user's password is
    typed; `switchedUser` with the account when someone else signs in here."""

    unlocked = Signal(object)
    switchedUser = Signal(object)  # noqa: N815 (Qt signal naming)

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock.screen")
        self._database = workstation.database
        self._account = workstation.account

        title = QLabel(f"Locked — {self._account.display_name}’s session", self)
        title.setObjectName("lock.title")
        title.setProperty("role", "pageTitle")
        intro = QLabel(
            "Patient details are hidden while nobody is at the desk. Type your password to "
            "carry on where you were, or sign in as someone else; what was typed is kept.",
            self,
        )
        intro.setWordWrap(True)
        self.username = QLineEdit(self._account.username, self)
        self.username.setObjectName("lock.username")
        self.username.setAccessibleName("Username")
        self.password = QLineEdit(self)
        self.password.setObjectName("lock.password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Password")
        self.button = QPushButton("&Unlock", self)
        self.button.setObjectName("lock.unlock")
        self.button.setDefault(True)
        self.message = QLabel(self)
        self.message.setObjectName("lock.message")
        self.message.setProperty("role", "fieldMessage")
        self.message.setWordWrap(True)

        fields = QFormLayout()
        fields.addRow("User&name:", self.username)
        fields.addRow("&Password:", self.password)
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

        self.username.textChanged.connect(self._name_changed)
        self.username.returnPressed.connect(self._unlock)
        self.password.returnPressed.connect(self._unlock)
        self.button.clicked.connect(self._unlock)

    def prepare(self) -> None:
        """Fresh for the locked user: their username, no password, no old message."""
        self.username.setText(self._account.username)
        self.password.clear()
        self.message.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _name_changed(self, text: str) -> None:
        """Say what the button will do: carry on, or hand the desk to someone else."""
        same = text.strip() in ("", self._account.username)
        self.button.setText("&Unlock" if same else "&Sign in")

    def _unlock(self) -> None:
        username = self.username.text().strip()
        if not username or not self.password.text():
            self.message.setText("Type your password (and your username, if it is not yours).")
            return
        same = username == self._account.username
        # Checked on the GUI thread, as the sign-in dialog does: one scrypt hash (under a
        # tenth of a second), with a busy cursor.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            account = users.authenticate(
                self._database,
                username,
                self.password.text(),
                purpose="unlock" if same else "sign_in",
            )
        except users.SignInFailed:
            self.message.setText(WRONG_PASSWORD if same else WRONG_SIGN_IN)
            self.password.clear()
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except StorageError as error:
            self.message.setText(f"Cannot check the password: {error}. Try again in a moment.")
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.password.clear()
        self.message.clear()
        if account.id == self._account.id:
            self.unlocked.emit(account)
        else:
            self.switchedUser.emit(account)


class SessionLock(QObject):
    """Locks and unlocks one main window; `pages` is its central widget (the work, or the
    lock screen). `switchedUser` carries the account that signed in on the lock screen."""

    locked = Signal()
    unlocked = Signal()
    switchedUser = Signal(object)  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        window: QMainWindow,
        workstation: Workstation,
        work: QWidget,
        *,
        keep_draft: Callable[[], None],
        always_on: Collection[str] = ("action.quit", "action.about"),
    ) -> None:
        super().__init__(window)
        self._window = window
        self._workstation = workstation
        self._keep_draft = keep_draft
        self._always_on = frozenset(always_on)
        self.pages = QStackedWidget()
        self.pages.setObjectName("mainPages")
        self._work = work
        self.pages.addWidget(work)
        self.screen = LockScreen(workstation)
        self.pages.addWidget(self.screen)
        self.watcher = IdleWatcher(lambda: idle_minutes(workstation.database), self)
        self.watcher.idle.connect(self.lock)
        self.screen.unlocked.connect(self._unlocked)
        self.screen.switchedUser.connect(self._switched)
        self._locked = False
        self._covered: list[tuple[QWidget, bool]] = []  # (window, show it again)
        self._switched_off: list[QAction] = []
        self._focus: QWidget | None = None

    def is_locked(self) -> bool:
        return self._locked

    def start(self) -> None:
        """Count idle time from now (the window is in use)."""
        if not self._locked:
            self.watcher.arm()

    def stop(self) -> None:
        """The window is going: no more locking, and nothing it hid comes back."""
        self.watcher.disarm()
        self._stop_guarding()
        if self._locked:
            self._close_covered()

    def lock(self) -> None:
        """Hide every patient detail now; the draft is saved and the lock put on record."""
        if self._locked:
            return
        self._locked = True
        self.watcher.disarm()
        self._focus = QApplication.focusWidget()
        we_were_active = QApplication.activeWindow() is not None
        self.pages.setCurrentWidget(self.screen)
        self._cover_windows()
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self)  # a window opening while locked is hidden
        self._switched_off = [
            action
            for action in self._actions()
            if action.isEnabled() and action.objectName() not in self._always_on
        ]
        for action in self._switched_off:
            action.setEnabled(False)
        self._window.statusBar().clearMessage()
        self.screen.prepare()
        if we_were_active:
            self._window.activateWindow()
        self._keep_draft()
        self._record("session.locked")
        self.locked.emit()

    # --- inside ---------------------------------------------------------------------------

    def _actions(self) -> list[QAction]:
        """The window's own (with their shortcuts) and those in its menus."""
        found = list(self._window.actions())
        for menu in self._window.menuBar().findChildren(QMenu):
            found.extend(action for action in menu.actions() if action not in found)
        return found

    def _cover_windows(self) -> None:
        """Hide every other window the app shows. A dialog someone was asked to answer
        (opened with exec) takes the hiding as Cancel, so it is not shown again."""
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or not widget.isVisible():
                continue
            self._cover(widget)

    def _cover(self, widget: QWidget) -> None:
        come_back = (
            widget.windowType() not in _PASSING
            and widget.windowModality() != Qt.WindowModality.ApplicationModal
        )
        widget.hide()
        self._covered.append((widget, come_back))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        """While locked, a window that opens (a background job's dialog) is hidden too."""
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self._window
        ):
            # Not inside its own show: it is hidden once the show has finished.
            QTimer.singleShot(0, self, lambda: self._cover_late(watched))
        return False

    def _cover_late(self, widget: QWidget) -> None:
        if self._locked and Shiboken.isValid(widget) and widget.isVisible():
            self._cover(widget)

    def _stop_guarding(self) -> None:
        application = QApplication.instance()
        if application is not None:
            application.removeEventFilter(self)

    def _unlocked(self, _account: Account) -> None:
        self._stop_guarding()
        self._locked = False
        for action in self._switched_off:
            if Shiboken.isValid(action):
                action.setEnabled(True)
        self._switched_off = []
        self.pages.setCurrentWidget(self._work)
        covered, self._covered = self._covered, []
        for widget, come_back in covered:
            if come_back and Shiboken.isValid(widget):
                widget.show()
        focus, self._focus = self._focus, None
        if focus is not None and Shiboken.isValid(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.watcher.arm()
        self.unlocked.emit()

    def _switched(self, account: Account) -> None:
        """Someone else takes the desk: the locked user's windows close unseen (their draft
        was saved when the lock came)."""
        self._stop_guarding()
        self._close_covered()
        self.switchedUser.emit(account)

    def _close_covered(self) -> None:
        covered, self._covered = self._covered, []
        for widget, _come_back in covered:
            if not Shiboken.isValid(widget):
                continue
            if isinstance(widget, QDialog):
                widget.reject()  # as Cancel: whoever opened it hears it is finished
            widget.close()

    def _record(self, action: str) -> None:
        try:
            users.record_session_event(
                self._workstation.database, self._workstation.account, action
            )
        except StorageError as error:
            # The lock itself must not fail because the trail cannot be written.
            log.warning("recording %s failed: %s", action, error)
