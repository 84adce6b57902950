"""A killed app loses at most the last second of typing; the draft is offered back.

The desk is a separate process, killed with SIGKILL (no chance to save on the way
out), as when a computer loses power or the app is ended from the task manager.
"""

import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.drafts_dialog import DraftsDialog
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import intakes, users
from clinic_app.storage.database import Database
from gui.draft_worker import TYPED
from gui.driving import PASSWORD

WORKER = Path(__file__).with_name("draft_worker.py")


def offered(qtbot: QtBot, window: MainWindow) -> DraftsDialog | None:
    """The drafts dialog the window offers once it has looked (None: nothing to offer)."""
    offer = window.offer_drafts()
    qtbot.waitUntil(lambda: offer.done)
    return offer.dialog


def typed_draft(database: Database) -> dict[str, object] | None:
    drafts = intakes.unfinished_drafts(database)
    if not drafts:
        return None
    patient = drafts[0].document.get("patient")
    return patient if isinstance(patient, dict) else None


def test_a_killed_desk_keeps_what_was_typed_and_offers_it_back(
    qtbot: QtBot, database: Database, admin: Workstation
) -> None:
    account = users.create_user(
        database,
        admin.actor,
        username="desk",
        display_name="Dee",
        role="front_desk",
        password=PASSWORD,
    )
    url = database.engine.url.render_as_string(hide_password=False)
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "typed"
        typed_at = time.monotonic()
        # Within about a second of the last keystroke, everything typed is on disk.
        qtbot.waitUntil(
            lambda: (typed_draft(database) or {}).get("date_of_birth") == "1988-02-26",
            timeout=5000,
        )
        assert time.monotonic() - typed_at < 3.0
    finally:
        worker.send_signal(signal.SIGKILL)
        _, errors = worker.communicate(timeout=30)
    assert worker.returncode == -signal.SIGKILL
    assert "Traceback" not in errors

    # The next start: the draft is offered, and resuming it shows every answer.
    window = MainWindow(Workstation(database, account))
    qtbot.addWidget(window)
    window.show()
    dialog = offered(qtbot, window)
    assert isinstance(dialog, DraftsDialog)
    assert dialog.list.count() == 1
    assert "Kit Marlowe" in dialog.list.item(0).text()
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter on the draft resumes it
    for path, text in TYPED.items():
        field = window.form.findChild(QLineEdit, path)
        assert field is not None
        assert field.text() == text
    assert window.tabs.currentWidget() is window.intake_page


def test_no_drafts_means_no_question(qtbot: QtBot, front_desk: Workstation) -> None:
    window = MainWindow(front_desk)
    qtbot.addWidget(window)
    assert offered(qtbot, window) is None


def test_a_draft_can_be_discarded_with_a_second_press(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    intakes.save_draft(front_desk.database, front_desk.actor, {"patient": {"first_name": "Al"}})
    window = MainWindow(front_desk)
    qtbot.addWidget(window)
    dialog = offered(qtbot, window)
    assert dialog is not None
    discard = dialog.findChild(QPushButton, "drafts.discard")
    assert discard is not None
    discard.click()
    assert dialog.message.text().startswith("Press Discard again")
    assert len(intakes.unfinished_drafts(front_desk.database)) == 1  # asked, not done
    with qtbot.waitSignal(dialog.rejected):  # the list is empty, so the dialog goes
        discard.click()
    assert intakes.unfinished_drafts(front_desk.database) == []
