"""Running slow work (building a PDF, printing, saving, recording) off the GUI thread.

The work runs on Qt's global thread pool; its outcome comes back as a signal delivered on
the GUI thread. A `StorageError` is a failure the user can act on, so its own words are
passed on; anything else is a bug: it is logged with its traceback and the user is told,
in general words, that the details are in the log.

The work must not hold Qt objects that live on the GUI thread (widgets, dialogs, this
task): it runs while they may be destroyed. Plain data, the `Database` and non-QObject
Qt values (a QPrinter, bytes) are fine.

Lifetimes: the task is a child of the widget that asked for it, so it lives as long as
that widget and is never garbage-collected mid-run. The worker reports to a relay that
belongs to the application, not to the widget: if the widget (and the task with it) is
destroyed first, the worker still finishes, the relay drops the outcome, and nothing
touches a deleted object.
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from clinic_app.gui.common.database_health import DatabaseHealth, database_health
from clinic_app.storage.errors import DatabaseBusy, DatabaseUnavailable, StorageError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
"""What the work calls to report progress: (done, total). Safe to call from the worker."""

Work = Callable[[Progress], object]


class _Relay(QObject):
    """Lives on the GUI thread, so signals the worker emits on it are queued to that thread."""

    succeeded = Signal(object)
    raised = Signal(str)
    progressed = Signal(int, int)

    def __init__(self) -> None:
        application = QCoreApplication.instance()
        if application is None:
            raise RuntimeError("background work needs a running Qt application")
        super().__init__(application)

    def connect_to(self, task: "BackgroundTask") -> None:
        self.succeeded.connect(task._succeeded)
        self.raised.connect(task._raised)
        self.progressed.connect(task.progressed)
        # The outcome is delivered once; the relay goes after it (deleteLater: from the
        # event loop, once the calls already queued to the task have run).
        self.succeeded.connect(self._settled)
        self.raised.connect(self._settled)

    @Slot()
    def _settled(self) -> None:
        self.deleteLater()


class _Runnable(QRunnable):
    def __init__(self, work: Work, relay: _Relay, what: str, health: DatabaseHealth) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._what = what
        self._health = health

    def run(self) -> None:
        relay = self._relay
        try:
            result = self._work(relay.progressed.emit)
        except StorageError as error:
            if isinstance(error, DatabaseUnavailable) and not isinstance(error, DatabaseBusy):
                self._health.noted.emit(False, str(error))  # the offline banner's cue
            relay.raised.emit(str(error))
        except Exception:
            # The message names the task only: never a patient's details.
            log.exception("%s failed unexpectedly", self._what)
            relay.raised.emit(unexpected_failure(self._what))
        else:
            relay.succeeded.emit(result)


def unexpected_failure(what: str) -> str:
    """The words shown for a bug: what failed, where the details are, what to do.

    Translated on the worker (Qt's lookup is thread-safe); `what` itself names the work
    for the log too, so it stays in English inside the translated sentence.
    """
    return QCoreApplication.translate(
        "BackgroundTask",
        "{what} failed unexpectedly; the details are in the log. "
        "Try again, and if it happens again, tell your administrator",
    ).format(what=f"{what[:1].upper()}{what[1:]}")


class BackgroundTask(QObject):
    """One piece of work on the thread pool, reporting back on the GUI thread.

    `what` names the work for the log and for the words of an unexpected failure
    ("making the care sheet"). Connect to the signals before control returns to the event
    loop: the outcome is always delivered through it, never during `start()`.
    """

    finished = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int)

    def __init__(self, work: Work, *, what: str, parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self._what = what
        self._running = False

    @property
    def what(self) -> str:
        return self._what

    def is_running(self) -> bool:
        return self._running

    def start(self, pool: QThreadPool | None = None) -> None:
        if self._running:
            raise RuntimeError(f"{self._what} is already running")
        relay = _Relay()
        relay.connect_to(self)
        self._running = True
        runnable = _Runnable(self._work, relay, self._what, database_health())
        (pool or QThreadPool.globalInstance()).start(runnable)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._running = False
        self.finished.emit(result)

    @Slot(str)
    def _raised(self, message: str) -> None:
        self._running = False
        self.failed.emit(message)


def run_in_background(
    parent: QObject,
    work: Callable[[], object],
    *,
    what: str,
    on_finished: Callable[[object], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
) -> BackgroundTask:
    """Start `work` (which reports no progress) and return its task, already connected."""
    task = BackgroundTask(lambda _progress: work(), what=what, parent=parent)
    if on_finished is not None:
        task.finished.connect(on_finished)
    if on_failed is not None:
        task.failed.connect(on_failed)
    task.start()
    return task
