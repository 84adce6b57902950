"""The desk as a screen reader meets it: the sign-in window and, signed in at the front
desk, the intake form on its first step, both shown on the display in DISPLAY with Qt's
AT-SPI bridge on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1).

Run by tests/gui/test_screen_reader.py as `python screen_reader_app.py DATABASE_FILE`;
prints "ready" once both windows are shown and runs until its stdin closes.
"""

import sys

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

from clinic_app.gui.common.style import apply_style
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.session.sign_in import SignInDialog
from clinic_app.services import users
from clinic_app.storage.database import open_database

PASSWORD = "a long desk passphrase"


def main() -> int:
    app = QApplication(sys.argv[:1])
    apply_style(app)
    database = open_database(f"sqlite:///{sys.argv[1]}")
    admin = users.create_user(
        database, None, username="admin", display_name="Ada", role="admin", password=PASSWORD
    )
    desk = users.create_user(
        database,
        Workstation(database, admin).actor,
        username="desk",
        display_name="Dee Desk",
        role="front_desk",
        password=PASSWORD,
    )
    sign_in = SignInDialog(database)
    sign_in.show()
    window = MainWindow(Workstation(database, desk))
    window.show()
    # Nothing is read from stdin: its end (the test closing the pipe) ends the app.
    closing = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    closing.activated.connect(app.quit)
    print("ready", flush=True)
    code = app.exec()
    database.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
