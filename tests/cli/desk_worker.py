"""The real desktop app in its own process, driven as far as a draft, for
tests/cli/test_quitting.py.

    python desk_worker.py FIRST LAST [--autosave] [--quit]

The app starts the way `clinic-intake` does (cli.main, on the database of
CLINIC_INTAKE_HOME); this worker only drives it: it signs in as `desk`, types FIRST and
LAST into the new intake's name fields, then

- by default, prints "typed" with the autosave still pending (its quiet timer is set
  to an hour, so only quitting can save it) and keeps running until it is signalled;
- with --autosave, waits for the autosave and prints "saved", then keeps running;
- with --quit, chooses File ▸ Quit after typing.

It exits with the app's own exit code. Anything that goes wrong while driving is printed
on stderr and ends the process with 3, which the tests look for.
"""

import argparse
import os
import sys
import traceback
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDeadlineTimer, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from clinic_app.cli.main import main as clinic_intake
from clinic_app.gui.desk import Desk
from clinic_app.gui.intake import draft_keeper
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.session.sign_in import SignInDialog

PASSWORD = "correct horse battery"
WAIT_MS = 30_000


def fail(why: str) -> None:
    print(f"desk_worker: {why}", file=sys.stderr, flush=True)
    os._exit(3)


def when(ready: Callable[[], bool], then: Callable[[], None], what: str) -> None:
    """Call `then` from the event loop once `ready()` holds; fail after WAIT_MS."""
    deadline = QDeadlineTimer(WAIT_MS)

    def check() -> None:
        try:
            if ready():
                then()
            elif deadline.hasExpired():
                fail(f"timed out waiting for {what}")
            else:
                QTimer.singleShot(10, check)
        except Exception:
            fail(traceback.format_exc())

    QTimer.singleShot(0, check)


def drive(desk: Desk, options: argparse.Namespace) -> None:
    sign_in = desk.window
    if not isinstance(sign_in, SignInDialog):
        fail(f"the first window is {type(sign_in).__name__}, not the sign-in dialog")
        return
    sign_in.activateWindow()

    def signed_in() -> None:
        window = desk.window
        assert isinstance(window, MainWindow)
        window.activateWindow()
        when(window.isActiveWindow, lambda: typing(window), "the main window to be active")

    def signing_in() -> None:
        QTest.keyClicks(sign_in.username(), "desk")
        QTest.keyClicks(sign_in.password(), PASSWORD)
        QTest.keyClick(sign_in.password(), Qt.Key.Key_Return)
        when(lambda: isinstance(desk.window, MainWindow), signed_in, "the main window")

    def typing(window: MainWindow) -> None:
        for name, text in (
            ("patient.first_name", options.first),
            ("patient.last_name", options.last),
        ):
            field = window.findChild(QLineEdit, name)
            assert field is not None, name
            QTest.keyClicks(field, text)
        keeper = window.form.keeper
        if options.autosave:
            keeper.saved.connect(lambda _when: print("saved", flush=True))
            return
        assert keeper.pending, "the autosave should still be waiting"
        if options.quit:
            # The menu's item, not its keys: Quit's standard keys are the platform's,
            # and the offscreen platform (like Windows) has none.
            quit_action = window.findChild(QAction, "action.quit")
            assert quit_action is not None
            quit_action.trigger()
            return
        print("typed", flush=True)

    when(sign_in.isActiveWindow, signing_in, "the sign-in dialog to be active")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("first")
    parser.add_argument("last")
    parser.add_argument("--autosave", action="store_true")
    parser.add_argument("--quit", action="store_true")
    options = parser.parse_args()
    if not options.autosave:
        draft_keeper.QUIET_MS = 3_600_000
    original_start = Desk.start

    def start_and_drive(desk: Desk, *, has_users: bool | None = None) -> None:
        original_start(desk, has_users=has_users)
        drive(desk, options)

    setattr(Desk, "start", start_and_drive)  # noqa: B010 (a method replaced on the class)
    return clinic_intake([])


if __name__ == "__main__":
    sys.exit(main())
