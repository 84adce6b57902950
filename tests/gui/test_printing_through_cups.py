"""Printing the care sheet through a real spooler: the PDF previewed is the PDF that prints.

A private CUPS scheduler with a cups-pdf queue, "Front desk printer" (tests/cups_server.py,
through the `spooler` fixture), stands in for the desk's printer; a real SQLite file, a real
intake submitted through the service and the app's own print path do the rest. Only the
print dialog is replaced, by picking the queue by name as a person picks it in its list.
What comes out is the PDF cups-pdf writes, read with pdftotext: drawn through QPainter it
would be pictures of pages, with no text to read.
"""

import io
import os
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import needs
import pypdf
import pytest
from cups_server import Spooler
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.handout_printing import HandoutPrinting
from clinic_app.gui.common.print_preview import FOLLOW_INTERVAL_MS, PrintPreviewDialog
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import audit, intakes
from clinic_app.services.handouts import handouts_of
from clinic_app.storage.database import Database
from gui.gui_thread import no_programs_on_gui_thread
from gui.test_handout_printing import maya

pytestmark = pytest.mark.slow

PRINTING = 60_000
"""Milliseconds allowed for a job to go through CUPS's filters and Ghostscript."""
LONGEST_GAP = 0.2
"""Seconds the GUI thread may go without running a timer: a window that feels alive."""
SENTENCE = "Until you are seen, rest your foot and do not run."
"""A sentence of Maya Okafor's care sheet, on its first page."""
SECOND_PAGE = "Build up slowly. Add only a little distance each week."
"""A sentence of its second page."""


@pytest.fixture(autouse=True)
def no_work_left_behind() -> Iterator[None]:
    yield
    assert QThreadPool.globalInstance().waitForDone(PRINTING)


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def intake_id(database: Database, front_desk: Workstation) -> int:
    return intakes.submit(database, front_desk.actor, maya()).intake_id


@pytest.fixture
def pick_the_queue(monkeypatch: pytest.MonkeyPatch, spooler: Spooler) -> list[str]:
    """The print dialog: the desk picks the queue from the printers it lists and says OK.
    The names of the printers it listed, each time it was asked."""
    listed: list[str] = []

    def ask_for_printer(self: PrintPreviewDialog, printer: QPrinter) -> bool:
        listed.extend(QPrinterInfo.availablePrinterNames())
        printer.setPrinterName(spooler.queue)
        return True

    monkeypatch.setattr(PrintPreviewDialog, "ask_for_printer", ask_for_printer)
    return listed


def open_preview(
    qtbot: QtBot, front_desk: Workstation, window: QWidget, intake_id: int
) -> tuple[HandoutPrinting, PrintPreviewDialog]:
    printing = HandoutPrinting(front_desk, window)
    printing.show_care_sheet(intake_id, large_print=False)
    qtbot.waitUntil(lambda: printing.preview is not None and printing.preview.isVisible())
    assert printing.preview is not None
    qtbot.waitExposed(printing.preview)
    return printing, printing.preview


def button(dialog: QDialog, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert found is not None, name
    return found


def text_of(pdf: Path) -> str:
    """The PDF's text, its lines and spaces run together as a reader would read it."""
    pdftotext = needs.program("pdftotext", "the printed PDF's text is read with it")
    done = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, check=True, timeout=60
    )
    return " ".join(done.stdout.decode().split())


def page_count(pdf: Path) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages)


def says(preview: PrintPreviewDialog, words: str) -> Callable[[], bool]:
    return lambda: preview.status_text() == words


class Heartbeat:
    """A timer on the GUI thread, ticking every 20 ms; the longest gap between its ticks."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.monotonic()
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> None:
        self._timer.stop()


def test_the_care_sheet_prints_on_a_cups_queue_as_the_very_pdf_with_its_text(
    qtbot: QtBot,
    database: Database,
    front_desk: Workstation,
    window: QWidget,
    intake_id: int,
    spooler: Spooler,
    pick_the_queue: list[str],
) -> None:
    printing, preview = open_preview(qtbot, front_desk, window, intake_id)
    with no_programs_on_gui_thread():
        with qtbot.waitSignal(printing.recorded, timeout=PRINTING):
            QTest.mouseClick(button(preview, "printPreview.print"), Qt.MouseButton.LeftButton)
        assert spooler.queue in pick_the_queue  # the dialog's list comes from the scheduler
        qtbot.waitUntil(says(preview, "Printed on Front desk printer."), timeout=PRINTING)
    assert not preview.is_following_job()
    [printed] = spooler.printed()
    text = text_of(printed)
    assert "Maya Okafor" in text
    assert SENTENCE in text
    assert page_count(printed) == preview.page_count() == 2
    [kept] = handouts_of(database, intake_id)
    assert [event.record_id for event in audit.events(database, action="handout.printed")] == [
        intake_id
    ]
    assert kept.kind == "care_sheet"


def test_a_paused_printer_holds_the_job_while_the_preview_stays_usable_and_says_so(
    qtbot: QtBot,
    front_desk: Workstation,
    window: QWidget,
    intake_id: int,
    spooler: Spooler,
    pick_the_queue: list[str],
) -> None:
    spooler.run("cupsdisable", spooler.queue)
    _printing, preview = open_preview(qtbot, front_desk, window, intake_id)
    waiting = "Sent to Front desk printer; it is waiting: the printer is paused."
    heartbeat = Heartbeat()
    try:
        with no_programs_on_gui_thread():
            with qtbot.waitSignal(preview.handedOver, timeout=PRINTING):
                QTest.mouseClick(button(preview, "printPreview.print"), Qt.MouseButton.LeftButton)
            qtbot.waitUntil(says(preview, waiting), timeout=PRINTING)
            # Several rounds of asking the spooler, the window running all along.
            qtbot.wait(3 * FOLLOW_INTERVAL_MS)
            assert preview.status_text() == waiting
            assert preview.is_following_job()
            assert spooler.printed() == []
            [held] = spooler.run("lpstat", "-o", spooler.queue).splitlines()
            assert held.startswith(f"{spooler.queue}-")
            # Usable: every button works, the zoom answers, nothing says "busy".
            assert not preview.is_busy()
            for name in ("printPreview.print", "printPreview.save", "printPreview.close"):
                assert button(preview, name).isEnabled(), name
            zoom = preview.findChild(QComboBox, "printPreview.zoom")
            assert zoom is not None
            zoom.setCurrentText("Whole page")
            assert zoom.currentText() == "Whole page"

            spooler.run("cupsenable", spooler.queue)
            qtbot.waitUntil(says(preview, "Printed on Front desk printer."), timeout=PRINTING)
    finally:
        heartbeat.stop()
    assert heartbeat.longest < LONGEST_GAP, f"the GUI thread stalled {heartbeat.longest:.3f} s"
    assert not preview.is_following_job()
    [printed] = spooler.printed()
    assert SENTENCE in text_of(printed)
    assert page_count(printed) == 2
    QTest.mouseClick(button(preview, "printPreview.close"), Qt.MouseButton.LeftButton)
    assert not preview.isVisible()


def test_the_pages_and_copies_chosen_in_the_print_dialog_reach_the_printer(
    qtbot: QtBot,
    front_desk: Workstation,
    window: QWidget,
    intake_id: int,
    spooler: Spooler,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def ask_for_printer(self: PrintPreviewDialog, printer: QPrinter) -> bool:
        printer.setPrinterName(spooler.queue)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        printer.setCopyCount(2)
        return True

    monkeypatch.setattr(PrintPreviewDialog, "ask_for_printer", ask_for_printer)
    _printing, preview = open_preview(qtbot, front_desk, window, intake_id)
    QTest.mouseClick(button(preview, "printPreview.print"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(says(preview, "Printed on Front desk printer."), timeout=PRINTING)
    [printed] = spooler.printed()
    text = text_of(printed)
    assert page_count(printed) == 2  # page 2, twice
    assert "Maya Okafor" not in text  # her name heads page 1 only
    assert text.count(SECOND_PAGE) == 2


def test_the_preview_closed_while_the_job_waits_leaves_the_job_to_print(
    qtbot: QtBot,
    front_desk: Workstation,
    window: QWidget,
    intake_id: int,
    spooler: Spooler,
    pick_the_queue: list[str],
) -> None:
    spooler.run("cupsdisable", spooler.queue)
    printing, preview = open_preview(qtbot, front_desk, window, intake_id)
    with qtbot.waitSignal(printing.recorded, timeout=PRINTING):
        QTest.mouseClick(button(preview, "printPreview.print"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "waiting" in preview.status_text(), timeout=PRINTING)
    QTest.mouseClick(button(preview, "printPreview.close"), Qt.MouseButton.LeftButton)
    assert not preview.isVisible()
    assert not preview.is_following_job()
    assert printing.preview is None
    spooler.run("cupsenable", spooler.queue)
    qtbot.waitUntil(lambda: len(spooler.printed()) == 1, timeout=PRINTING)
    [printed] = spooler.printed()
    # The backend writes the file while Ghostscript runs: read it once the queue is done.
    qtbot.waitUntil(lambda: not spooler.run("lpstat", "-o", spooler.queue), timeout=PRINTING)
    assert "Maya Okafor" in text_of(printed)


def test_a_queue_that_refuses_jobs_is_said_not_printed_and_nothing_is_recorded(
    qtbot: QtBot,
    database: Database,
    front_desk: Workstation,
    window: QWidget,
    intake_id: int,
    spooler: Spooler,
    pick_the_queue: list[str],
) -> None:
    spooler.run("cupsreject", spooler.queue)
    _printing, preview = open_preview(qtbot, front_desk, window, intake_id)
    with qtbot.assertNotEmitted(preview.handedOver):
        QTest.mouseClick(button(preview, "printPreview.print"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not preview.is_busy(), timeout=PRINTING)
    assert preview.status_text() == (
        f"Not printed: the printer {spooler.queue} is refusing new jobs; ask your "
        "administrator to let it accept them again (cupsaccept), or choose another printer."
    )
    assert button(preview, "printPreview.print").isEnabled()
    assert handouts_of(database, intake_id) == []
    assert spooler.printed() == []


def test_a_spooler_that_cannot_be_asked_for_a_while_is_said_so_then_followed_again(
    qtbot: QtBot,
    front_desk: Workstation,
    window: QWidget,
    intake_id: int,
    spooler: Spooler,
    pick_the_queue: list[str],
) -> None:
    spooler.run("cupsdisable", spooler.queue)
    _printing, preview = open_preview(qtbot, front_desk, window, intake_id)
    QTest.mouseClick(button(preview, "printPreview.print"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "waiting" in preview.status_text(), timeout=PRINTING)
    # lpstat now asks a scheduler that is not there (the app's commands read CUPS_SERVER;
    # set here by hand, as the `spooler` fixture sets and restores it).
    os.environ["CUPS_SERVER"] = str(spooler.directory / "no-such.sock")
    try:
        qtbot.waitUntil(lambda: "cannot be told now" in preview.status_text(), timeout=PRINTING)
    finally:
        os.environ["CUPS_SERVER"] = spooler.server
    assert preview.status_text().startswith(
        f"Sent to {spooler.queue}; whether it has printed cannot be told now: the printer "
        f"{spooler.queue} is not known"
    )
    assert preview.is_following_job()
    spooler.run("cupsenable", spooler.queue)
    qtbot.waitUntil(says(preview, "Printed on Front desk printer."), timeout=PRINTING)
    assert len(spooler.printed()) == 1
