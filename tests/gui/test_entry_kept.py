"""The desk's corrections to a patient's entry survive a crash: they are kept on this
computer (services/entry_journal.py) as they are typed, come back marked as the desk's
when the entry is opened again, and the file goes once the entry is checked in, or once
the list no longer holds it (discarded at another desk)."""

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from storage.patient_entry_helpers import ADMIN, finished_entry

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.entries_page import EntriesPage
from clinic_app.gui.intake.intake_form import STEP_NAMES, IntakeForm
from clinic_app.services import entry_journal, journal, patient_entries
from clinic_app.services.patient_entries import Correction

LEFT = Qt.MouseButton.LeftButton


def new_form(qtbot: QtBot, workstation: Workstation) -> IntakeForm:
    form = IntakeForm(workstation)
    qtbot.addWidget(form)
    form.resize(1100, 800)
    form.show()
    qtbot.waitExposed(form)
    return form


def line(form: IntakeForm, path: str) -> QLineEdit:
    found = form.findChild(QLineEdit, path)
    assert found is not None
    return found


def kept_files() -> list[Path]:
    assert journal.WRITER.flush(5)
    return sorted(entry_journal.entry_journal_dir().glob(f"*{entry_journal.SUFFIX}"))


def test_corrections_come_back_after_a_crash_and_go_once_checked_in(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    database = front_desk.database
    entry_id = finished_entry(database).entry_id
    form = new_form(qtbot, front_desk)
    assert form.open_entry(entry_id)
    qtbot.waitUntil(lambda: form.entry.entry is not None)
    assert kept_files() == []  # opened, nothing changed: nothing kept
    QTest.keyClicks(line(form, "patient.phone"), "0612345678")
    form.go_to(STEP_NAMES.index("running"))
    distance = line(form, "running.weekly_distance")
    distance.selectAll()
    QTest.keyClicks(distance, "35")

    [kept] = kept_files()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    # A crash: the form goes without leaving the entry (no New intake, no submit).
    form.setParent(None)
    form.deleteLater()

    again = new_form(qtbot, front_desk)
    assert again.open_entry(entry_id)
    qtbot.waitUntil(lambda: again.entry.entry is not None)
    assert line(again, "patient.phone").text() == "0612345678"
    assert line(again, "running.weekly_distance").text() == "35"
    assert again.entry.mark_of("patient.phone") == "desk"
    assert again.entry.mark_of("running.weekly_distance") == "desk"
    assert again.entry.mark_of("patient.first_name") == "patient"
    status = [label.text() for label in again.findChildren(QLabel) if "are back" in label.text()]
    assert status, "the form says the corrections came back"

    again.go_to(STEP_NAMES.index("review"))
    submit = again.findChild(QPushButton, "intake.submit")
    assert submit is not None
    qtbot.waitUntil(submit.isEnabled)
    QTest.mouseClick(submit, LEFT)
    qtbot.waitUntil(lambda: not again.in_entry_mode(), timeout=15_000)
    check = patient_entries.entry(database, entry_id).check
    assert check is not None
    assert check.outcome == "checked_in"
    assert set(check.corrections) == {
        Correction("patient.phone", None, "0612345678"),
        Correction("running.weekly_distance", 30, 35),
    }
    assert kept_files() == []


def test_a_kept_check_goes_when_the_list_no_longer_holds_its_entry(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    database = front_desk.database
    first = finished_entry(database).entry_id
    second = finished_entry(database, {"patient.first_name": "Ana"}).entry_id
    mark = journal.database_mark(database)
    folder = entry_journal.entry_journal_dir()
    for entry_id in (first, second):
        entry_journal.keep(folder, mark, entry_id, {"patient": {}}, ["patient.phone"], None, "desk")
    assert len(kept_files()) == 2
    patient_entries.discard_entry(database, ADMIN, first, "entered twice")  # another desk

    page = EntriesPage(front_desk, refresh_ms=60_000)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.waitUntil(lambda: [p.name for p in kept_files()] == [f"{mark}-{second}.entry.json"])


def test_a_kept_check_is_only_for_its_own_database_and_a_broken_one_is_removed() -> None:
    folder = entry_journal.entry_journal_dir()
    entry_journal.keep(folder, "aaaa", 7, {"patient": {"phone": "1"}}, ["patient.phone"], 3, "desk")
    assert journal.WRITER.flush(5)
    kept = entry_journal.kept_check(folder, "aaaa", 7)
    assert kept is not None
    assert kept.document == {"patient": {"phone": "1"}}
    assert kept.changed == ("patient.phone",)
    assert kept.patient_id == 3
    assert entry_journal.kept_check(folder, "bbbb", 7) is None  # another database's
    assert entry_journal.kept_check(folder, "aaaa", 8) is None

    broken = entry_journal.path_of(folder, "aaaa", 9)
    broken.write_bytes(b"{not json")
    assert entry_journal.kept_check(folder, "aaaa", 9) is None
    assert journal.WRITER.flush(5)
    assert not broken.exists()


@pytest.fixture(autouse=True)
def _no_kept_checks_left() -> None:
    """Each test starts with this computer holding no kept checks (its own home)."""
    assert kept_files() == []
