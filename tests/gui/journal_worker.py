"""A front desk in its own process whose database fails every write to the intakes
table, for the journal's crash test: it loads an intake, types into it, waits until the
journal has it all (and the database has refused it), says so on stdout with the
document as the form reads it, then keeps running until it is killed.

Run as `python journal_worker.py DATABASE_URL INTAKE.json`; the account `desk` must exist.
"""

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for gui.outage

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

import clinic_app.gui  # noqa: F401  (its PySide6 guard before any Qt call)
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import journal, users
from clinic_app.storage.database import open_database
from gui.outage import Outage


def main() -> None:
    app = QApplication(sys.argv[:1])
    database = open_database(sys.argv[1])
    account = next(a for a in users.list_users(database) if a.username == "desk")
    outage = Outage(database, table="intakes")
    outage.__enter__()
    window = MainWindow(Workstation(database, account))
    window.show()
    form = window.form
    form.binding.load(json.loads(Path(sys.argv[2]).read_text()))
    field = window.findChild(QLineEdit, "patient.first_name")
    assert field is not None
    QTest.keyClicks(field, "-Jo")
    refused: list[str] = []
    form.keeper.failed.connect(refused.append)
    form.keeper.save_now()

    def check() -> None:
        path = form.keeper.journal_path
        document = form.binding.document()
        on_file = path.exists() and journal.JournalEntry.from_json(journal.read_file(path)).document
        if refused and on_file == document:
            print("journaled", json.dumps(document), flush=True)
            return
        QTimer.singleShot(20, check)

    check()
    app.exec()


if __name__ == "__main__":
    main()
