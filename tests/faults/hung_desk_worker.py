"""A front desk in its own process, to be killed while its database hangs.

    python hung_desk_worker.py DATABASE_URL FIRST LAST MORE

Signs in as `desk` (the account must exist), types FIRST and LAST into the new intake's
name fields, waits until the database has that draft and prints "saved". It then reads
a line from stdin (the test hangs the database before writing it: the proxy stops
passing bytes, or another process takes SQLite's write lock), types MORE on the end of
the first name, and waits until the journal on this computer holds all of it while the
save of it is out or has failed, and prints "journaled" with the form's document (JSON)
and the longest gap, in seconds, between ticks of a 5 ms timer on its GUI thread since
the line came. Then it keeps running, looking frozen to nobody, until it is killed.

Anything that goes wrong while driving is printed on stderr and ends the process with 3.
"""

import json
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for faults.*

from PySide6.QtCore import QDeadlineTimer, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

import clinic_app.gui  # noqa: F401  (its PySide6 guard before any Qt call)
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import intakes, users
from clinic_app.storage.database import open_database
from faults.desk_faults import TickWatch, journaled

WAIT_MS = 60_000
HUNG_SECONDS = 1.5
"""How long the save of the typing must have been out before the worker says so."""


def fail(why: str) -> None:
    print(f"hung_desk_worker: {why}", file=sys.stderr, flush=True)
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


def main() -> None:
    url, first, last, more = sys.argv[1:5]
    app = QApplication(sys.argv[:1])
    database = open_database(url)
    account = next(a for a in users.list_users(database) if a.username == "desk")
    window = MainWindow(Workstation(database, account))
    window.show()
    form = window.form
    fields = {
        name: window.findChild(QLineEdit, name)
        for name in ("patient.first_name", "patient.last_name")
    }
    first_name, last_name = fields["patient.first_name"], fields["patient.last_name"]
    assert first_name is not None
    assert last_name is not None
    saves: list[object] = []
    failures: list[str] = []
    form.keeper.saved.connect(saves.append)
    form.keeper.failed.connect(failures.append)
    go = threading.Event()
    watch = TickWatch()

    def read_go() -> None:
        sys.stdin.readline()
        go.set()

    def typed_first() -> bool:
        # Only once the window is up and its own calls are done: no race with the test.
        return bool(saves) and not form.keeper.busy and not form.keeper.pending

    def on_record() -> None:
        drafts = intakes.unfinished_drafts(database)
        if [d.document for d in drafts] != [form.binding.document()]:
            fail("the first save is not what the database has")
        print("saved", flush=True)
        threading.Thread(target=read_go, daemon=True).start()
        when(go.is_set, hung, "the line saying the database hangs")

    def hung() -> None:
        watch.start()
        failures.clear()
        saves.clear()
        QTest.keyClicks(first_name, more)
        form.keeper.save_now()  # as the quiet second would, a moment later
        started = time.monotonic()

        def kept() -> bool:
            document = form.binding.document()
            patient = document["patient"]
            if patient["first_name"] != first + more or patient["last_name"] != last:
                fail(f"the typing is not in the form: {patient!r}")
            waiting = form.keeper.busy or bool(failures)
            hanging = time.monotonic() - started > HUNG_SECONDS
            return waiting and hanging and journaled(form.keeper.journal_path) == document

        def report() -> None:
            if saves:
                fail("a save went through while the database was meant to hang")
            longest = watch.stop()
            seconds = time.monotonic() - started
            document = json.dumps(form.binding.document())
            print(f"journaled {longest:.4f} {seconds:.2f} {document}", flush=True)

        when(kept, report, "the journal to hold the typing")

    QTest.keyClicks(first_name, first)
    QTest.keyClicks(last_name, last)
    when(typed_first, on_record, "the first save")
    app.exec()


if __name__ == "__main__":
    try:
        main()
    except Exception:
        fail(traceback.format_exc())
