"""The Patients, Review and admin rooms, and the desk's check of patients' entries, never
query on the GUI thread (architecture.md).

A whole front-desk session on the Patients page, a whole clinician's session on the
Review queue and an admin's on the Kiosk page with its Merge patients dialog run under
`no_database_on_gui_thread`, which fails on any SQL statement run on the GUI thread;
and a slow search that answers after a newer one is dropped, on a real SQLite file,
with the service wrapped so that its first call waits for the test. Each runs on a
SQLite file and on a PostgreSQL database.
"""

import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from intake_documents import document
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from storage.patient_entry_helpers import finished_entry

from clinic_app.gui.admin.kiosk_page import KioskPage
from clinic_app.gui.admin.merge_dialog import MergeDialog
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.entries_page import EntriesPage
from clinic_app.gui.intake.intake_form import STEP_NAMES, IntakeForm
from clinic_app.gui.patients.new_patient_dialog import NewPatientDialog
from clinic_app.gui.patients.patients_page import SEARCHING, PatientsPage
from clinic_app.gui.review.review_model import PATIENT
from clinic_app.gui.review.review_page import ReviewPage
from clinic_app.services import intakes, patient_entries, patients, reviews
from clinic_app.services.patients import PatientRow
from clinic_app.services.review_queue import PAGE_SIZE
from clinic_app.storage.database import Database, open_database
from gui.gui_thread import no_database_on_gui_thread

W = TypeVar("W", bound=QWidget)
LEFT = Qt.MouseButton.LeftButton
URGENT: dict[str, object] = {"symptoms.weight_bearing": "unable"}
SOON: dict[str, object] = {"symptoms.numbness_or_tingling": True}


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """These sessions run on a SQLite file, then on a PostgreSQL database."""
    database = open_database(database_url)
    yield database
    assert QThreadPool.globalInstance().waitForDone(60_000)
    database.close()


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def submit(workstation: Workstation, first: str, last: str, flags: dict[str, object]) -> int:
    fields = {**flags, "patient.first_name": first, "patient.last_name": last}
    return intakes.submit(workstation.database, workstation.actor, document(fields)).intake_id


def names(page: PatientsPage | ReviewPage) -> list[str]:
    if isinstance(page, ReviewPage):
        model = page.model
        return [model.data(model.index(row, PATIENT)) for row in range(model.rowCount())]
    found = child(page, QTableView, "patients.table").model()
    return [found.index(row, 0).data() for row in range(found.rowCount())]


def test_a_front_desk_session_runs_no_sql_on_the_gui_thread(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    submit(front_desk, "Maya", "Okafor", {})
    submit(front_desk, "Søren", "Okonkwo", {})
    with no_database_on_gui_thread(front_desk.database):
        page = PatientsPage(front_desk)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        search = child(page, QLineEdit, "patients.search")
        requested: list[dict[str, object]] = []
        page.intakeRequested.connect(requested.append)

        QTest.keyClicks(search, "oka")  # search as you type
        qtbot.waitUntil(lambda: names(page) == ["Okafor, Maya"])
        QTest.keyClick(search, Qt.Key.Key_Return)  # open the patient found
        qtbot.waitUntil(lambda: len(requested) == 1)
        assert requested[0]["last_name"] == "Okafor"

        search.setText("Okafor")  # not found as typed: register, warned of a duplicate
        page.search_now()
        qtbot.waitUntil(lambda: not page.is_busy())
        QTest.mouseClick(child(page, QPushButton, "patients.new"), LEFT)
        dialog = child(page, NewPatientDialog, "newPatientDialog")
        QTest.keyClicks(child(dialog, QLineEdit, "patient.first_name"), "Maya")
        QTest.keyClicks(child(dialog, QLineEdit, "patient.date_of_birth"), "1991-03-15")
        QTest.mouseClick(child(dialog, QPushButton, "newPatient.save"), LEFT)
        qtbot.waitUntil(lambda: not dialog.is_busy())
        assert not child(dialog, QWidget, "newPatient.duplicates").isHidden()
        QTest.mouseClick(child(dialog, QPushButton, "newPatient.registerAnyway"), LEFT)
        qtbot.waitUntil(lambda: len(requested) == 2)
        assert requested[1]["date_of_birth"] == "1991-03-15"
        assert "Registered Okafor, Maya" in child(page, QLabel, "patients.status").text()
    assert len(patients.search(front_desk.database, "okafor")) == 2


def test_a_review_session_runs_no_sql_on_the_gui_thread(
    qtbot: QtBot, front_desk: Workstation, clinician: Workstation
) -> None:
    chosen = submit(front_desk, "Maya", "Okafor", URGENT)
    for number in range(PAGE_SIZE + 5):
        submit(front_desk, "Ana", f"Runner{number:02}", SOON)
    database = clinician.database
    with no_database_on_gui_thread(database):
        page = ReviewPage(clinician, poll_ms=100)
        qtbot.addWidget(page)
        page.resize(1100, 500)
        page.show()  # the queue opens: its first page and counts
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: page.model.rowCount() == PAGE_SIZE)
        counts = child(page, QLabel, "queue.counts")
        qtbot.waitUntil(lambda: counts.text() == f"1 urgent · {PAGE_SIZE + 5} soon")

        table = child(page, QTableView, "queue.table")
        table.scrollToBottom()  # paging as the clinician scrolls
        qtbot.waitUntil(lambda: page.model.rowCount() == PAGE_SIZE + 6)
        assert not page.model.canFetchMore(QModelIndex())

        name = child(page, QLineEdit, "queue.name")
        QTest.keyClicks(name, "oka")  # the name filter
        qtbot.waitUntil(lambda: names(page) == ["Okafor, Maya"])
        qtbot.waitUntil(lambda: counts.text() == "1 urgent · 0 soon")

        table.selectRow(0)  # open the intake: a recorded view
        detail = page.detail
        qtbot.waitUntil(lambda: detail.intake_id == chosen)
        decide = child(detail, QPushButton, "review.decideIntake")
        qtbot.waitUntil(decide.isEnabled)
        QTest.mouseClick(decide, LEFT)
        qtbot.waitUntil(lambda: detail.dialog is not None)
        dialog = detail.dialog
        assert dialog is not None
        child(dialog, QRadioButton, "decision.notNeeded").setChecked(True)
        child(dialog, QLineEdit, "decision.reason").setText("seen at the desk")
        with qtbot.waitSignal(page.detail.decided, timeout=5000):
            QTest.mouseClick(child(dialog, QPushButton, "decision.ok"), LEFT)
        qtbot.waitUntil(lambda: names(page) == [])  # decided: no longer waiting
        qtbot.waitUntil(lambda: not detail.is_loading())
        assert "The decision is on record." in detail.message()

        submit_elsewhere = threading.Thread(
            target=submit, args=(front_desk, "Ola", "Okamoto", URGENT)
        )
        submit_elsewhere.start()  # another workstation, not the GUI thread
        submit_elsewhere.join()
        qtbot.waitUntil(lambda: names(page) == ["Okamoto, Ola"], timeout=5000)  # the poll
    [decision] = reviews.decisions_of(database, chosen)
    assert decision.decision == "not_needed"


SLOW_TEXT = "okafor"


@pytest.fixture
def first_search_waits(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The patients service's search for SLOW_TEXT waits for the returned event (by its
    text, not its turn: the runner's threads may start the two calls in either order)."""
    release = threading.Event()
    search: Callable[..., list[PatientRow]] = patients.search

    def waiting_search(database: Database, text: str, **kwargs: int) -> list[PatientRow]:
        if text == SLOW_TEXT:
            assert release.wait(10), "the test never released the slow search"
        return search(database, text, **kwargs)

    monkeypatch.setattr(patients, "search", waiting_search)
    return release


def test_a_slow_older_search_answering_last_is_dropped(
    qtbot: QtBot, front_desk: Workstation, first_search_waits: threading.Event
) -> None:
    submit(front_desk, "Maya", "Okafor", {})
    submit(front_desk, "Zoë", "Ångström", {})
    page = PatientsPage(front_desk)
    qtbot.addWidget(page)
    search = child(page, QLineEdit, "patients.search")
    status = child(page, QLabel, "patients.status")

    search.setText(SLOW_TEXT)
    page.search_now()  # waits in the background
    assert status.text() == SEARCHING
    search.setText("zoe")
    page.search_now()
    qtbot.waitUntil(lambda: names(page) == ["Ångström, Zoë"])
    assert page.is_searching(), "the older search is still out"

    first_search_waits.set()
    qtbot.waitUntil(lambda: not page.is_busy())
    assert names(page) == ["Ångström, Zoë"], "the older answer did not replace the newer"
    assert status.text() == "1 patient found"


def test_the_desks_check_of_patient_entries_runs_no_sql_on_the_gui_thread(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    database = front_desk.database
    kept = finished_entry(database).entry_id
    with no_database_on_gui_thread(database) as guard:
        page = EntriesPage(front_desk, refresh_ms=50)  # the list, and its poll
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.model.rowCount() == 1)
        with guard.aside():
            dropped = finished_entry(database, {"patient.first_name": "Lin"}).entry_id
        qtbot.waitUntil(lambda: page.model.rowCount() == 2)
        page.table.selectRow(0)  # the newest: discarded with a reason
        dialog = page.discard_selected()
        assert dialog is not None
        dialog.reason.setText("entered twice")
        dialog.accept()
        qtbot.waitUntil(lambda: [e.entry_id for e in page.model.entries()] == [kept])

        form = IntakeForm(front_desk)  # opened, matched and checked in
        qtbot.addWidget(form)
        form.show()
        assert form.open_entry(kept)
        qtbot.waitUntil(lambda: form.entry.entry is not None)
        submitted: list[object] = []
        form.submitted.connect(submitted.append)
        form.go_to(STEP_NAMES.index("review"))
        form.submit()
        qtbot.waitUntil(lambda: len(submitted) == 1)
        page.refresh()
        qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    check = patient_entries.entry(database, dropped).check
    assert check is not None
    assert check.outcome == "discarded"


def test_an_admins_kiosk_settings_and_merge_run_no_sql_on_the_gui_thread(
    qtbot: QtBot, admin: Workstation
) -> None:
    """The admin room's Kiosk page and its Merge patients dialog: load, publish a consent
    version, set the PIN, find two records, compare and merge them, all under the guard."""
    born: dict[str, object] = {"patient.date_of_birth": "1988-04-02"}
    kept = submit(admin, "Rosa", "Delgado", born)
    submit(admin, "Rossa", "Delgado", born)
    with no_database_on_gui_thread(admin.database):
        page = KioskPage(
            admin,
            confirm=lambda _parent, _question: True,
            merge_dialog=lambda workstation, parent: MergeDialog(
                workstation, parent, confirm=lambda _parent, _question: True
            ),
        )
        qtbot.addWidget(page)
        page.show()
        version = child(page, QLabel, "kiosk.consentVersion")
        qtbot.waitUntil(lambda: "Version 1" in version.text() and not page.is_busy())
        child(page, QPlainTextEdit, "kiosk.consentText").setPlainText("I agree.")
        QTest.mouseClick(child(page, QPushButton, "kiosk.publish"), LEFT)
        qtbot.waitUntil(lambda: "Version 2" in version.text() and not page.is_busy())
        child(page, QLineEdit, "kiosk.pin").setText("2468")
        child(page, QLineEdit, "kiosk.pinAgain").setText("2468")
        QTest.mouseClick(child(page, QPushButton, "kiosk.setPin"), LEFT)
        qtbot.waitUntil(lambda: page.message() == "The kiosk PIN is set.")

        QTest.mouseClick(child(page, QPushButton, "kiosk.mergePatients"), LEFT)
        dialog = page.merge_dialog
        assert isinstance(dialog, MergeDialog)
        QTest.keyClicks(child(dialog, QLineEdit, "merge.first.search"), "rosa")
        first = child(dialog, QListWidget, "merge.first.results")
        qtbot.waitUntil(lambda: first.count() == 1)
        first.setCurrentRow(0)  # its likely duplicate is offered as the second
        second = child(dialog, QListWidget, "merge.second.results")
        qtbot.waitUntil(lambda: second.count() == 1)
        second.setCurrentRow(0)
        merge = child(dialog, QPushButton, "merge.merge")
        qtbot.waitUntil(merge.isEnabled)
        with qtbot.waitSignal(dialog.merged, timeout=10_000):
            QTest.mouseClick(merge, LEFT)
        dialog.close()
    [row] = patients.search(admin.database, "Delgado")
    assert row.id == intakes.get_intake(admin.database, kept).patient_id
