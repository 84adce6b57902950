"""A front desk in its own process, for the crash test: types part of an intake, says
so on stdout, then keeps running until it is killed.

Run as `python draft_worker.py DATABASE_URL`; the account `desk` must exist.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

import clinic_app.gui  # noqa: F401  (its PySide6 guard before any Qt call)
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import users
from clinic_app.storage.database import open_database

TYPED = {
    "patient.first_name": "Kit",
    "patient.last_name": "Marlowe",
    "patient.date_of_birth": "1988-02-26",
}


def main() -> None:
    app = QApplication(sys.argv[:1])
    database = open_database(sys.argv[1])
    account = next(a for a in users.list_users(database) if a.username == "desk")
    window = MainWindow(Workstation(database, account))
    window.show()
    for path, text in TYPED.items():
        field = window.findChild(QLineEdit, path)
        assert field is not None, path
        QTest.keyClicks(field, text)
    print("typed", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
