"""Starting the desktop app: checks that need no Qt first, then the first window."""

import os
import sys

from clinic_app import APP_NAME, __version__

ORGANISATION = "Clinic Intake"


def has_display() -> bool:
    """False on a Linux machine with no X or Wayland display and no Qt platform chosen."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def start_desktop(*, exit_when_ready: bool = False) -> int:
    """Show the first window and run until it closes; 1 with a message when there is no display."""
    if not has_display():
        print(
            "clinic-intake: no display found (DISPLAY is not set); start the app from a desktop "
            "session, or use the commands listed by --help",
            file=sys.stderr,
        )
        return 1
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from clinic_app.gui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName("clinic-intake")
    window = MainWindow()
    window.show()
    if exit_when_ready:
        # A zero timer fires once the event loop has processed the show and is idle.
        QTimer.singleShot(0, app.quit)
    return app.exec()
