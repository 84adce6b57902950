"""Ending the desktop app one orderly way, whether by its Quit, by SIGTERM or by Ctrl+C.

A SQLite database in WAL mode leaves its `-wal` and `-shm` files beside it until the
last connection closes; a process ended by the default SIGTERM action closes nothing,
so the files stay (and the last second of typing may not reach the draft). Here a
signal is turned into the same quit as the menu's: the windows close (the main window
keeps its draft as it goes), the event loop ends, background work finishes, and then
every database connection is closed.

A Python signal handler only runs when the interpreter does, and while Qt's event loop
waits in C++ it does not. So the handler itself does nothing: `signal.set_wakeup_fd`
makes the C-level handler write the signal's number to a socket, a `QSocketNotifier`
wakes the event loop on it, and the quit is started from there, between events, never
in the middle of whatever Python code a signal happened to interrupt.
"""

import logging
import signal
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from PySide6.QtCore import QSocketNotifier, QThreadPool

from clinic_app.gui.common.lazy_database import LazyDatabase

log = logging.getLogger(__name__)

# What a session manager, a service manager, `kill` or a terminal's Ctrl+C and hang-up
# send to ask a program to end (SIGHUP does not exist on Windows).
QUIT_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)

# How long background work may take to finish once the windows are gone: a SQLite write
# may wait up to its busy timeout (30 s) for another workstation's lock and still commit.
# Cutting it short would lose a record; waiting longer than this would only keep a hung
# server's workstation from ever quitting.
FINISH_WORK_SECONDS = 35


def _noted(_number: int, _frame: FrameType | None) -> None:
    """The Python-level handler: nothing, since the wakeup socket carries the news."""


@contextmanager
def quit_on_signals(quit_app: Callable[[], None]) -> Iterator[None]:
    """While inside, each of QUIT_SIGNALS calls `quit_app` from the event loop.

    Must be entered on the main thread (Python's rule for signal handlers) once the Qt
    application exists; on leaving, the handlers that were there before come back.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def received() -> None:
        try:
            numbers = reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        asked = [signal.Signals(number) for number in numbers if number in QUIT_SIGNALS]
        for number in asked:
            log.info("%s received: quitting", number.name)
        if asked:
            quit_app()

    notifier.activated.connect(received)
    previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    previous = {number: signal.signal(number, _noted) for number in QUIT_SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        reader.close()
        writer.close()


def close_down(
    database: LazyDatabase, pool: QThreadPool | None = None, *, back_up: bool = False
) -> None:
    """After the event loop has ended: let background work finish, then (with `back_up`,
    the desktop app's exit) back the SQLite database up, then close every connection, so
    SQLite checkpoints its WAL and removes the `-wal`/`-shm` files.

    The exit backup runs here, on this thread, because it must be done before the
    process ends, and here no window is left to freeze. A database never opened in this
    run was never used, so it is not backed up (nor opened just for that).

    Waiting here does not stall a window (there are none left, and nothing is drawn);
    it is bounded all the same. Work still running after the bound is logged and left:
    its connection is not closed under it, and the files stay for SQLite to recover at
    the next start, as after a crash.
    """
    pool = pool or QThreadPool.globalInstance()
    if not pool.waitForDone(FINISH_WORK_SECONDS * 1000):
        log.warning(
            "background work was still running %s s after the windows closed; "
            "closing the database without it",
            FINISH_WORK_SECONDS,
        )
    if back_up and database.is_open:
        _back_up_at_exit(database)
    database.close()


def _back_up_at_exit(database: LazyDatabase) -> None:
    """The exit backup; its failure is on the trail and in the log, and never stops the
    app from ending (a bug in it is logged as one)."""
    from clinic_app.services import auto_backup
    from clinic_app.storage.errors import StorageError

    try:
        auto_backup.back_up_at_exit(database.open())
    except StorageError as error:
        log.warning("no backup at exit: %s", error)
    except Exception:
        log.exception("the backup at exit failed unexpectedly")
