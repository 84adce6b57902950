"""Starting the desktop app: checks that need no Qt first, then the first window.

The first window is the first-run dialog on a database with no accounts, else sign-in;
the main window follows a successful sign-in, and sign-out returns to sign-in. Only
what the first window needs is imported before it shows: the intake form (pydantic,
the rules) loads after sign-in, ReportLab only when something is printed.

Quitting, by the menu or by SIGTERM/SIGINT, ends the same way: windows closed, the
event loop ended, background work finished, the exit backup made, every database
connection closed (quitting.py), so no SQLite `-wal`/`-shm` file is left behind.

A SQLite database is backed up on the day's first start (on the background runner,
after the first window is asked for) and at every exit (services/auto_backup.py); a
start with `--exit-when-ready` does both.
"""

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from clinic_app import APP_NAME, DESKTOP_ID, __version__

ORGANISATION = "Clinic Intake"
log = logging.getLogger("clinic_app.gui")
READY = "the first window is shown"
"""Logged once the first window is up and the event loop idle, before the day's backup."""


def has_display() -> bool:
    """False on a Linux machine with no X or Wayland display and no Qt platform chosen."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def display_problem() -> str | None:
    """Why the app cannot show a window here, in one line; None when it can.

    Qt's X11 plugin aborts the process (a core dump and several lines of its own) when
    DISPLAY names no running X server, so the server is tried first, as Qt would reach it.
    """
    if not has_display():
        return (
            "no display found (DISPLAY is not set); start the app from a desktop session, "
            "or use the commands listed by --help"
        )
    display = os.environ.get("DISPLAY", "")
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or not display or platform not in ("", "xcb"):
        return None
    if os.environ.get("WAYLAND_DISPLAY") and not platform:
        return None  # Qt prefers Wayland when both are there
    if _x_server_answers(display):
        return None
    return f"cannot reach the display {display} (is the X server running?)"


def _x_server_answers(display: str) -> bool:
    """True when something listens where an X client would connect for `display`."""
    import socket

    host, _, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not number.isdigit():
        return True  # a form we do not know: let Qt try and speak for itself
    try:
        if host in ("", "unix"):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
                probe.settimeout(2)
                probe.connect(f"/tmp/.X11-unix/X{number}")
        else:
            with socket.create_connection((host, 6000 + int(number)), timeout=2):
                pass
    except OSError:
        return False
    return True


def start_desktop(*, database_url: str | None = None, exit_when_ready: bool = False) -> int:
    """Show the first window and run until the app is closed; 1 with a message on failure."""
    problem = display_problem()
    if problem is not None:
        print(f"clinic-intake: {problem}", file=sys.stderr)
        return 1
    from clinic_app.logs import configure_logging
    from clinic_app.storage.errors import StorageError
    from clinic_app.storage.location import database_url as find_database
    from clinic_app.storage.location import first_look

    log_path = configure_logging()
    url = find_database(database_url)
    look = first_look(url)
    opened = None
    failure: StorageError | None = None
    if look is None:
        # Not a current SQLite file with the quick look's blessing: open it the full way,
        # before Qt (imports made after PySide6's import hook is installed are slower).
        from clinic_app.storage.database import open_database

        try:
            opened = open_database(url)
        except StorageError as error:
            failure = error
    if failure is None:
        from clinic_app.storage.encryption import key_storage_warning

        warning = key_storage_warning()  # a file's existence: no keyring is asked
        if warning is not None:  # settings (Encryption) says it too
            print(f"clinic-intake: warning: {warning}", file=sys.stderr)

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from clinic_app.gui.common.lazy_database import LazyDatabase
    from clinic_app.gui.common.look_choice import load_looks
    from clinic_app.gui.common.style import apply_style
    from clinic_app.gui.common.translations import StaffLanguage
    from clinic_app.gui.desk import Desk
    from clinic_app.gui.quitting import close_down, quit_on_signals

    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName(DESKTOP_ID)
    app.setQuitOnLastWindowClosed(False)  # the desk decides: sign-out is not quitting
    apply_style(app, look=load_looks().of(None))  # the sign-in window's: the last chosen
    languages = StaffLanguage(app)
    languages.for_sign_in()  # before the first window is built: it is not retranslated
    sys.excepthook = _report_unexpected(log_path)
    if failure is not None:
        if exit_when_ready:
            print(f"clinic-intake: {failure}", file=sys.stderr)
        else:
            title = QCoreApplication.translate("Launch", "{app}: no database")
            QMessageBox.critical(None, title.format(app=APP_NAME), f"{failure}.")
        return 1
    database = LazyDatabase(url, opened)
    desk = Desk(app, database, languages)
    try:
        with quit_on_signals(desk.leave):
            desk.start(has_users=look.has_users if look is not None else None)
            # A zero timer fires once the event loop has shown the window and is idle:
            # the moment the desk can be used (the startup benchmark reads it).
            QTimer.singleShot(0, lambda: log.info(READY))
            # Then, on the background runner: the first window does not wait for the backup.
            QTimer.singleShot(0, desk.back_up_at_start)
            if exit_when_ready:
                QTimer.singleShot(0, app.quit)
            return app.exec()
    finally:
        close_down(database, back_up=True)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def _report_unexpected(log_path: Path | None) -> ExceptHook:
    """An exception hook: the details to the log, one plain message to the user."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected failure", exc_info=(kind, error, trace))
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            translate = QCoreApplication.translate
            where = (
                translate("Launch", " The details are in {path}.").format(path=log_path)
                if log_path
                else ""
            )
            QMessageBox.critical(
                None,
                APP_NAME,
                translate(
                    "Launch",
                    "Something went wrong ({kind}).{where} What was typed is kept in "
                    "the draft; if this happens again, tell whoever supports the app.",
                ).format(kind=kind.__name__, where=where),
            )

    return hook
