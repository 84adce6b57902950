"""The front desk's whole job by keyboard alone: sign in, find the patient, take the
intake, see its flags, print the care sheet (the printer writes a PDF file).

Keys go to whatever has the focus (driving.py), so a field the keyboard cannot reach,
or a shortcut that does nothing, fails the test. The whole session runs under the
GUI-thread guard (gui_thread.py), on a SQLite file and on PostgreSQL: a statement the app
runs on the GUI thread fails it; the test's own setting up and checking stand aside.
"""

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.common.print_preview import PrintPreviewDialog
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.desk import Desk
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.session.sign_in import SignInDialog
from clinic_app.services import audit, handouts, intakes
from clinic_app.storage.database import Database, open_database
from gui.driving import PASSWORD, Key, Mod, find, focused_name, press, tab_to, type_text, wait_focus
from gui.gui_thread import Guard, no_database_on_gui_thread

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "maya-okafor.json"


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """This module's desk works on a SQLite file, then on a PostgreSQL database."""
    database = open_database(database_url)
    yield database
    assert QThreadPool.globalInstance().waitForDone(60_000)
    database.close()


@pytest.fixture
def guard(database: Database) -> Iterator[Guard]:
    with no_database_on_gui_thread(database) as guard:
        yield guard


def test_sign_in_find_take_an_intake_and_print_by_keyboard(
    qtbot: QtBot,
    qapp: QApplication,
    front_desk: Workstation,
    tmp_path: Path,
    monkeypatch: object,
    guard: Guard,
) -> None:
    database = front_desk.database
    earlier = json.loads(EXAMPLE.read_text())
    earlier["visit_date"] = "2026-10-01"
    earlier["symptoms"]["onset_date"] = "2026-09-20"
    with guard.aside():
        intakes.submit(database, front_desk.actor, earlier)  # Maya has been here before

    printed = tmp_path / "printer-output.pdf"

    def print_to_file(self: PrintPreviewDialog, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printer_file))
        return True

    printer_file = printed
    monkeypatch.setattr(PrintPreviewDialog, "ask_for_printer", print_to_file)  # type: ignore[attr-defined]

    # Sign in.
    desk = Desk(qapp, LazyDatabase.of(database))
    with guard.aside():  # before the first window, as at launch (architecture.md)
        desk.start()
    sign_in = desk.window
    assert isinstance(sign_in, SignInDialog)
    qtbot.addWidget(sign_in)
    sign_in.activateWindow()
    wait_focus(qtbot, "signIn.username")
    type_text("desk")
    press(Key.Key_Tab)
    type_text(PASSWORD)
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(desk.window, MainWindow))
    window = desk.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    status = find(window, "status.user")
    assert isinstance(status, QLabel)
    assert "Dee Desk" in status.text()

    # Find the patient.
    press(Key.Key_F, Mod.ControlModifier)
    wait_focus(qtbot, "patients.search")
    type_text("okaf")
    table = find(window, "patients.table")
    assert isinstance(table, QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    press(Key.Key_Down)
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.intake_page)
    form = window.form
    assert form.binding.document()["patient"]["last_name"] == "Okafor"

    # Running: the form opens there, since the patient is known.
    wait_focus(qtbot, "running.distance_unit")
    tab_to(qtbot, "running.weekly_distance")
    type_text("48")
    press(Key.Key_Tab)
    assert focused_name() == "running.previous_weekly_distance"
    type_text("30")
    tab_to(qtbot, "running.shoe_distance")
    type_text("850")
    press(Key.Key_PageDown, Mod.ControlModifier)

    # Symptoms.
    wait_focus(qtbot, "symptoms.side")
    type_text("L")  # a closed list picks by first letter: Left foot
    tab_to(qtbot, "symptoms.locations.heel")
    press(Key.Key_Space)
    tab_to(qtbot, "symptoms.pain_now")
    type_text("4")
    tab_to(qtbot, "symptoms.night_pain")
    press(Key.Key_Space)
    assert not find(window, "flag.worsening_or_night_pain").isHidden()  # live, before submit
    press(Key.Key_PageDown, Mod.ControlModifier)

    # History and notes, then the review.
    wait_focus(qtbot, "history.previous_stress_fracture")
    press(Key.Key_PageDown, Mod.ControlModifier)
    qtbot.waitUntil(lambda: form.current_step() == 4)
    review = find(window, "intake.review")
    assert isinstance(review, QLabel)
    assert "Heel" in review.text()
    with qtbot.waitSignal(form.submitted) as signal:
        press(Key.Key_Return, Mod.ControlModifier)
    submitted = signal.args[0]

    # The result: flags on screen, stored with the intake.
    qtbot.waitUntil(lambda: window.intake_page.currentWidget() is window.result)
    result_card = window.result.findChild(QWidget, "flag.worsening_or_night_pain")
    assert result_card is not None
    assert not result_card.isHidden()
    with guard.aside():
        stored = intakes.get_intake(database, submitted.intake_id)
        assert stored.document["symptoms"]["locations"] == ["heel"]
        assert stored.document["symptoms"]["pain_now"] == 4
        assert stored.document["running"]["weekly_distance"] == 48
        assert stored.patient_id == submitted.patient.patient.id
        assert not submitted.patient.created  # the same Maya, not a second record
        assert intakes.unfinished_drafts(database) == []  # the draft became the intake

    # Print the care sheet: preview, then the print dialog, then on record.
    press(Key.Key_P, Mod.ControlModifier)
    printing = window.result.printing
    qtbot.waitUntil(lambda: printing.preview is not None and printing.preview.isVisible())
    preview = printing.preview
    assert preview is not None
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    with qtbot.waitSignal(printing.recorded, timeout=20_000):
        press(Key.Key_P, Mod.ControlModifier)
    pages = PdfReader(printed).pages
    assert len(pages) == preview.page_count() >= 1
    with guard.aside():
        records = handouts.handouts_of(database, submitted.intake_id)
        assert [(r.kind, r.created_by) for r in records] == [("care_sheet", "desk")]
        assert handouts.handout_pdf(database, records[0].id) == preview.pdf
    sheet_text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "Maya" in sheet_text
    with guard.aside():
        trail = audit.events(database, actor="desk")
    assert any(e.action == "handout.printed" for e in trail)
