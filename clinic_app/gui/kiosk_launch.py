"""Starting the app as a kiosk alone (`clinic-intake kiosk`): the kiosk window full
screen on its database, until staff leave it, and then the app quits.

It reads nothing a kiosk's PostgreSQL role may not (storage/kiosk_role.py): no first-run
check, no sign-in, no clinic settings beyond the kiosk's own. "Is there an account?" is
asked the way a kiosk role can be asked (services/kiosk_access.py): a database the role
cannot see the accounts of is a kiosk login, and the kiosk starts.
"""

import logging
import sys

from clinic_app import APP_NAME, DESKTOP_ID, __version__
from clinic_app.gui.launch import ORGANISATION, display_problem

log = logging.getLogger("clinic_app.gui")


def start_kiosk_app(
    *, database_url: str | None, kiosk_name: str, exit_when_ready: bool = False
) -> int:
    """Run the kiosk until staff leave it: 0, or 1 with a one-line message."""
    problem = display_problem()
    if problem is not None:
        print(f"clinic-intake kiosk: {problem}", file=sys.stderr)
        return 1
    from clinic_app.logs import configure_logging
    from clinic_app.services.kiosk_access import accounts_visible
    from clinic_app.storage.database import open_database
    from clinic_app.storage.errors import StorageError
    from clinic_app.storage.location import database_url as find_database

    configure_logging()
    try:
        database = open_database(find_database(database_url))
    except StorageError as error:
        print(f"clinic-intake kiosk: {error}", file=sys.stderr)
        return 1
    try:
        if accounts_visible(database) is False:
            print(
                "clinic-intake kiosk: this database has no account yet; start "
                "clinic-intake once to make the first one",
                file=sys.stderr,
            )
            return 1
    except StorageError as error:
        database.close()
        print(f"clinic-intake kiosk: {error}", file=sys.stderr)
        return 1

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from clinic_app.gui.common.lazy_database import LazyDatabase
    from clinic_app.gui.common.style import apply_style
    from clinic_app.gui.kiosk.kiosk_window import KioskWindow
    from clinic_app.gui.quitting import close_down, quit_on_signals

    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName(DESKTOP_ID)
    app.setQuitOnLastWindowClosed(False)  # the kiosk's close is refused; leaving quits
    apply_style(app)
    window = KioskWindow(database, kiosk_name)
    window.left.connect(app.quit)
    try:
        with quit_on_signals(window.leave):
            window.start()
            if exit_when_ready:
                QTimer.singleShot(0, window.leave)
            return app.exec()
    finally:
        close_down(LazyDatabase.of(database))
