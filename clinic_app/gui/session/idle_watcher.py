"""Idle time across the whole app: the clock behind the session lock.

Its own module because it is not a window: it watches every event of the application and
says when nobody has been at the desk for the clinic's idle minutes. `SessionLock`
(session_lock) arms it and locks the window when it fires.
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from clinic_app.services import clinic_settings
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


def idle_minutes(database: Database) -> int:
    """The clinic's idle-lock minutes; the default when the database cannot say (the lock
    must still come). Database work: the session lock runs it on the background runner
    and hands the watcher the answer, so `minutes` below never waits on the database."""
    try:
        return clinic_settings.load(database).idle_lock_minutes
    except StorageError as error:
        log.warning("reading the idle-lock minutes failed (%s); using %d", error, DEFAULT_MINUTES)
        return DEFAULT_MINUTES


class IdleWatcher(QObject):
    """Emits `idle` once no key, click, mouse move, wheel or touch reached any of the app's
    windows for the clinic's idle minutes.

    The minutes are asked for each time the watcher is armed (`minutes` gives the last
    ones read, at once), so a changed setting applies at the next lock or sign-in without
    a restart. `delay_ms`, when set, replaces them
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._timer.start()
        return False
