"""Starting the desktop app: checks that need no Qt first, then the first window.

The first window is the first-run dialog on a database with no accounts, else sign-in;
the main window follows a successful sign-in, and sign-out returns to sign-in. Only
what the first window needs is imported before it shows: the intake form (pydantic,
the rules) loads after sign-in, ReportLab only when something is printed.
"""

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from clinic_app import APP_NAME, __version__

ORGANISATION = "Clinic Intake"
log = logging.getLogger("clinic_app.gui")


def has_display() -> bool:
    """False on a Linux machine with no X or Wayland display and no Qt platform chosen."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def start_desktop(*, database_url: str | None = None, exit_when_ready: bool = False) -> int:
    """Show the first window and run until the app is closed; 1 with a message on failure."""
    if not has_display():
        print(
            "clinic-intake: no display found (DISPLAY is not set); start the app from a desktop "
            "session, or use the commands listed by --help",
            file=sys.stderr,
        )
        return 1
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from clinic_app.gui.desk import Desk
    from clinic_app.gui.style import apply_style
    from clinic_app.logs import configure_logging
    from clinic_app.storage.database import open_database
    from clinic_app.storage.errors import StorageError

    log_path = configure_logging()
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName("clinic-intake")
    app.setQuitOnLastWindowClosed(False)  # the desk decides: sign-out is not quitting
    apply_style(app)
    sys.excepthook = _report_unexpected(log_path)
    try:
        database = open_database(database_url)
    except StorageError as error:
        if exit_when_ready:
            print(f"clinic-intake: {error}", file=sys.stderr)
        else:
            QMessageBox.critical(None, f"{APP_NAME}: no database", f"{error}.")
        return 1
    desk = Desk(app, database)
    desk.start()
    if exit_when_ready:
        # A zero timer fires once the event loop has shown the window and is idle.
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        database.close()


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def _report_unexpected(log_path: Path | None) -> ExceptHook:
    """An exception hook: the details to the log, one plain message to the user."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected failure", exc_info=(kind, error, trace))
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            where = f" The details are in {log_path}." if log_path else ""
            QMessageBox.critical(
                None,
                APP_NAME,
                f"Something went wrong ({kind.__name__}).{where} What was typed is kept in "
                "the draft; if this happens again, tell whoever supports the app.",
            )

    return hook
