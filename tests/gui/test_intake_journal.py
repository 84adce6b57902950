"""The intake room never waits on the database, and never loses typing to it.

Autosave and submit run off the GUI thread (the `no_database_on_gui_thread` guard holds
it); every change goes to a journal file on this computer within a second (0600, in a
0700 folder), removed once the database has the draft; a journal left by a killed app
whose database was failing is offered at the next start and gives back every field; a
submit that cannot reach the database is refused, the intake staying a draft.
"""

import json
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from clinic_app.gui.common.drafts_dialog import KEPT_HERE, DraftsDialog, DraftsOffer
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.intake_form import STEP_NAMES, IntakeForm
from clinic_app.gui.main_window import MainWindow
from clinic_app.services import intakes, journal, users
from clinic_app.storage.database import Database
from clinic_app.storage.encryption import open_file
from gui.driving import PASSWORD, find
from gui.gui_thread import no_database_on_gui_thread
from gui.outage import Outage
from gui.waiting import settle

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "maya-okafor.json"
WORKER = Path(__file__).with_name("journal_worker.py")


def example() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(EXAMPLE.read_text())
    return document


def shown(qtbot: QtBot, workstation: Workstation) -> IntakeForm:
    form = IntakeForm(workstation)
    qtbot.addWidget(form)
    form.resize(1100, 800)
    form.show()
    qtbot.waitExposed(form)
    settle(qtbot)  # the clinic's settings read, so the next database call is the test's own
    return form


def line(form: QWidget, path: str) -> QLineEdit:
    widget = find(form, path)
    assert isinstance(widget, QLineEdit)
    return widget


def submit_button(form: IntakeForm) -> QPushButton:
    widget = find(form, "intake.submit")
    assert isinstance(widget, QPushButton)
    return widget


def journal_of(form: IntakeForm) -> dict[str, Any] | None:
    path = form.keeper.journal_path
    if not path.exists():
        return None
    entry = journal.JournalEntry.from_json(journal.read_file(path))
    return entry.document


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_type_autosave_and_submit_with_no_sql_on_the_gui_thread(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    database = front_desk.database
    with no_database_on_gui_thread(database):
        form = shown(qtbot, front_desk)
        form.binding.load(example())
        QTest.keyClicks(line(form, "patient.first_name"), "-Jo")
        status = find(form, "intake.draftStatus")
        assert isinstance(status, QLabel)
        with qtbot.waitSignal(form.keeper.saved, timeout=5000):
            pass
        assert status.text().startswith("Draft saved at")
        form.go_to(STEP_NAMES.index("review"))
        with qtbot.waitSignal(form.submitted, timeout=10_000) as signal:
            submit_button(form).click()
            assert status.text() == "Submitting…"
            assert form.is_submitting()
    submitted = signal.args[0]
    stored = intakes.get_intake(database, submitted.intake_id)
    assert stored.status == "submitted"
    assert stored.document["patient"]["first_name"] == "Maya-Jo"
    assert intakes.unfinished_drafts(database) == []
    qtbot.waitUntil(lambda: not form.keeper.journal_path.exists() and not _journals())


def _journals() -> list[Path]:
    return sorted(journal.journal_dir().glob("*.json"))


def test_a_change_is_journaled_within_a_second_privately_and_removed_once_saved(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    form = shown(qtbot, front_desk)
    QTest.keyClicks(line(form, "patient.first_name"), "Maya")
    qtbot.waitUntil(lambda: journal_of(form) == form.binding.document(), timeout=1000)
    path = form.keeper.journal_path
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    assert intakes.unfinished_drafts(front_desk.database) == []  # the journal came first
    with qtbot.waitSignal(form.keeper.saved, timeout=5000):
        pass
    qtbot.waitUntil(lambda: not path.exists())
    drafts = intakes.unfinished_drafts(front_desk.database)
    assert [d.document for d in drafts] == [form.binding.document()]
    assert [p.name for p in path.parent.iterdir()] == []  # no temporary file left either


def test_typing_while_a_save_waits_on_the_database_is_saved_next_in_order(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    database = front_desk.database
    form = shown(qtbot, front_desk)
    assert database.sqlite_path is not None
    taken = threading.Event()

    def checked_out(*_args: object) -> None:
        if threading.current_thread() is not threading.main_thread():
            taken.set()

    event.listen(database.engine, "engine_connect", checked_out)
    holder = open_file(database.sqlite_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another workstation holds the write lock
    try:
        QTest.keyClicks(line(form, "patient.first_name"), "Maya")
        form.keeper.save_now()
        qtbot.waitUntil(taken.is_set)  # the save is out, waiting for the lock
        QTest.keyClicks(line(form, "patient.last_name"), "Okafor")  # the window takes keys
        form.keeper.save_now()  # noted, not sent beside the first
        qtbot.waitUntil(lambda: journal_of(form) == form.binding.document(), timeout=1000)
    finally:
        holder.rollback()
        holder.close()
    qtbot.waitUntil(lambda: not form.keeper.busy, timeout=40_000)
    drafts = intakes.unfinished_drafts(database)
    assert len(drafts) == 1
    assert drafts[0].document["patient"]["last_name"] == "Okafor"
    assert drafts[0].version == form.keeper.version == 2  # created, then updated once
    qtbot.waitUntil(lambda: not form.keeper.journal_path.exists())


def test_a_submit_the_database_cannot_take_is_refused_and_stays_a_draft(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    database = front_desk.database
    form = shown(qtbot, front_desk)
    form.binding.load(example())
    QTest.keyClicks(line(form, "patient.first_name"), "-Jo")
    with qtbot.waitSignal(form.keeper.saved, timeout=5000):
        pass
    qtbot.waitUntil(lambda: not form.keeper.journal_path.exists())
    form.go_to(STEP_NAMES.index("review"))
    with Outage(database), qtbot.waitSignal(form.keeper.submitFailed, timeout=10_000):
        submit_button(form).click()
    message = find(form, "intake.status")
    assert isinstance(message, QLabel)
    assert "not submitted" in message.text()
    assert "disk is full or failing" in message.text()  # the database's reason, in words
    assert not form.is_submitting()
    assert submit_button(form).isEnabled()  # to try again
    # Nothing half-saved: still the one draft, no patient, no assessment.
    drafts = intakes.unfinished_drafts(database)
    assert [d.document["patient"]["first_name"] for d in drafts] == ["Maya-Jo"]
    assert intakes.get_intake(database, drafts[0].intake_id).patient_id is None
    # With the database back, the same intake goes through.
    with qtbot.waitSignal(form.submitted, timeout=10_000):
        submit_button(form).click()
    assert intakes.unfinished_drafts(database) == []


def test_while_the_database_fails_the_typing_is_journaled_and_saved_when_it_answers(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    database = front_desk.database
    form = shown(qtbot, front_desk)
    with Outage(database):
        QTest.keyClicks(line(form, "patient.first_name"), "Maya")
        with qtbot.waitSignal(form.keeper.failed, timeout=5000):
            pass
        status = find(form, "intake.draftStatus")
        assert isinstance(status, QLabel)
        assert "kept on this computer" in status.text()
        assert journal_of(form) == form.binding.document()
        assert form.has_unsaved_work()
    with qtbot.waitSignal(form.keeper.saved, timeout=15_000):  # the next try
        pass
    assert [d.document for d in intakes.unfinished_drafts(database)] == [form.binding.document()]
    qtbot.waitUntil(lambda: not form.keeper.journal_path.exists())


@pytest.mark.slow
def test_a_journal_left_by_a_killed_app_is_offered_and_restores_every_field(
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
        [sys.executable, str(WORKER), url, str(EXAMPLE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert worker.stdout is not None
        said = worker.stdout.readline()
        assert said.startswith("journaled "), worker.communicate(timeout=30)[1]
        typed: dict[str, Any] = json.loads(said.removeprefix("journaled "))
    finally:
        worker.send_signal(signal.SIGKILL)
        _, errors = worker.communicate(timeout=30)
    assert worker.returncode == -signal.SIGKILL
    assert "Traceback" not in errors
    assert "Maya" not in errors  # no patient data in what the app said
    assert intakes.unfinished_drafts(database) == []  # the database never had it
    [left] = _journals()
    assert mode(left) == 0o600

    # The next start, with the database healthy: offered like a draft, in words.
    window = MainWindow(Workstation(database, account))
    qtbot.addWidget(window)
    window.show()
    offer = window.offer_drafts()
    assert isinstance(offer, DraftsOffer)
    qtbot.waitUntil(lambda: offer.done)
    dialog = offer.dialog
    assert isinstance(dialog, DraftsDialog)
    assert dialog.list.count() == 1
    assert KEPT_HERE in dialog.list.item(0).text()
    assert "Maya-Jo Okafor" in dialog.list.item(0).text()
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert window.form.binding.document() == typed  # every field, as it was typed
    # ...and it goes to the database at once; the journal goes once it is there.
    qtbot.waitUntil(lambda: [d.document for d in intakes.unfinished_drafts(database)] == [typed])
    qtbot.waitUntil(lambda: _journals() == [])


def test_a_journal_is_discarded_from_the_offer_with_a_second_press(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    folder = journal.journal_dir()
    kept = journal.Journal(folder, journal.database_mark(front_desk.database))
    kept.keep({"patient": {"first_name": "Al"}}, intake_id=None, version=None, typed_by="desk")
    assert journal.WRITER.flush(5)
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[DraftsDialog] = []
    with no_database_on_gui_thread(front_desk.database):
        offer = DraftsOffer.start(front_desk, parent, chosen.append)
        qtbot.waitUntil(lambda: offer.done)
        dialog = offer.dialog
        assert dialog is not None
        assert KEPT_HERE in dialog.list.item(0).text()
        discard = find(dialog, "drafts.discard")
        assert isinstance(discard, QPushButton)
        discard.click()
        with qtbot.waitSignal(dialog.rejected):
            discard.click()
    qtbot.waitUntil(lambda: not kept.path.exists())
    assert chosen == []
