"""The session lock: after the clinic's idle minutes, or on Ctrl+L, the main window shows a
lock screen instead of any patient's details until the same user types their password
again, or another user signs in.

A workstation at a front desk is walked away from all day; the lock is what keeps the next
person at the counter from reading the last patient's answers. So it hides everything the
app has on screen (the tabs, and every other window: a print preview, a dialog), not just
the page in front, and it keeps what was typed (in memory, and as the draft on disk).

Nothing here waits on the database: the lock's audit writes and the reading of the idle
minutes go to the background runner. The watcher counts with the minutes last read (the
default until the first answer) and takes the new ones when they come.
"""

from collections.abc import Callable, Collection

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)
from shiboken6 import Shiboken

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.session.idle_watcher import DEFAULT_MINUTES, IdleWatcher, idle_minutes
from clinic_app.gui.session.lock_screen import LockScreen
from clinic_app.gui.session.session_events import record_soon
from clinic_app.services.users import Account

# Windows that are part of another window's moment (a menu, a tooltip, a completer's list):
# hidden by the lock like the rest, but not brought back out of context.
_PASSING = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


class SessionLock(QObject):
    """Locks and unlocks one main window; `pages` is its central widget (the work, or the
    lock screen). `switchedUser` carries the account that signed in on the lock screen."""

    locked = Signal()
    unlocked = Signal()
    switchedUser = Signal(object)

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
        self._minutes = DEFAULT_MINUTES
        self._minutes_calls = DatabaseCalls("reading the idle-lock minutes", self)
        self.watcher = IdleWatcher(lambda: self._minutes, self)
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
            self._read_minutes()

    def stop(self) -> None:
        """The window is going: no more locking, and nothing it hid comes back."""
        self.watcher.disarm()
        self._minutes_calls.forget()
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
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
        self._read_minutes()
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

    def _read_minutes(self) -> None:
        """Ask for the clinic's idle minutes now (a changed setting applies at the next
        sign-in or unlock); the watcher is already counting with the last ones."""
        database = self._workstation.database
        self._minutes_calls.run(lambda: idle_minutes(database), self._minutes_read)

    def _minutes_read(self, minutes: int) -> None:
        changed = minutes != self._minutes
        self._minutes = minutes
        if changed and self.watcher.is_armed() and self.watcher.delay_ms is None:
            self.watcher.arm()  # counts again, with the clinic's minutes

    def _record(self, action: str) -> None:
        record_soon(self._workstation.database, self._workstation.account, action)
