"""Printing a stored intake's care sheet end to end, and the background work under it.

A real SQLite file per test, a real intake submitted through the service, a real PDF,
and a real QPrinter writing a PDF file; only the print dialog's exec and the file
dialog's getSaveFileName are replaced. Everything is awaited with qtbot, never slept on.
"""

import dataclasses
import io
import json
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.common import background
from clinic_app.gui.common.background import BackgroundTask, run_in_background
from clinic_app.gui.common.handout_printing import HandoutJob, HandoutPrinting
from clinic_app.gui.common.print_preview import PrintPreviewDialog
from clinic_app.gui.common.workstation import Workstation
from clinic_app.paths import resources_dir
from clinic_app.services import audit, clinic_settings, intakes
from clinic_app.services.handouts import CareSheetPdf, handout_pdf, handouts_of
from clinic_app.storage.database import Database
from clinic_app.storage.errors import StorageError

PRINTING = 60_000
"""Milliseconds allowed for a print at 600 dpi on a busy, shared machine."""


def maya() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (resources_dir() / "examples" / "maya-okafor.json").read_text("utf-8")
    )
    return document


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def page_sizes(pdf: bytes) -> set[tuple[int, int]]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return {(round(page.mediabox.width), round(page.mediabox.height)) for page in reader.pages}


@pytest.fixture(autouse=True)
def no_work_left_behind() -> Iterator[None]:
    yield
    assert QThreadPool.globalInstance().waitForDone(PRINTING)


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    """The window that asks for the sheet (the desk's, in the app)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def intake_id(database: Database, front_desk: Workstation) -> int:
    return intakes.submit(database, front_desk.actor, maya()).intake_id


@pytest.fixture
def printed_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The print dialog says OK, printing to this PDF file."""
    target = tmp_path / "printed.pdf"

    def exec_(self: QPrintDialog) -> int:
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return target


def open_preview(qtbot: QtBot, printing: HandoutPrinting) -> PrintPreviewDialog:
    qtbot.waitUntil(lambda: printing.preview is not None and printing.preview.isVisible())
    assert printing.preview is not None
    return printing.preview


def click(dialog: QDialog, name: str) -> None:
    found = dialog.findChild(QPushButton, name)
    assert found is not None, name
    QTest.mouseClick(found, Qt.MouseButton.LeftButton)


# --- end to end ---------------------------------------------------------------------------------


def test_a_printed_care_sheet_is_on_record_with_the_very_bytes_previewed(
    qtbot: QtBot,
    database: Database,
    front_desk: Workstation,
    window: QWidget,
    intake_id: int,
    printed_file: Path,
) -> None:
    printing = HandoutPrinting(front_desk, window)
    printing.show_care_sheet(intake_id, large_print=False)
    preview = open_preview(qtbot, printing)
    assert preview.parent() is window
    assert preview.isModal()
    assert preview.page_count() == page_count(preview.pdf)
    with qtbot.waitSignal(printing.recorded, timeout=PRINTING) as recorded:
        click(preview, "printPreview.print")
    [kept] = handouts_of(database, intake_id)
    assert recorded.args == [kept.id]
    assert (kept.kind, kept.paper, kept.large_print, kept.language) == (
        "care_sheet",
        "a4",
        False,
        "en",
    )
    assert kept.created_by == front_desk.actor.name
    assert handout_pdf(database, kept.id) == preview.pdf
    assert page_count(printed_file.read_bytes()) == page_count(preview.pdf)
    [event] = audit.events(database, action="handout.printed")
    assert (event.record_type, event.record_id, event.detail) == ("intake", intake_id, "care_sheet")
    assert event.actor == front_desk.actor.name
    click(preview, "printPreview.close")
    assert printing.preview is None
    assert not preview.isVisible()


def test_a_large_print_sheet_saved_on_the_clinics_letter_paper_is_recorded_as_saved(
    qtbot: QtBot,
    database: Database,
    admin: Workstation,
    front_desk: Workstation,
    window: QWidget,
    intake_id: int,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    details = clinic_settings.load(database)
    clinic_settings.save(database, admin.actor, dataclasses.replace(details, paper_size="letter"))
    target = tmp_path / "sheet.pdf"
    suggested: list[str] = []

    def get_save_file_name(*args: object) -> tuple[str, str]:
        suggested.append(Path(str(args[2])).name)
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    printing = HandoutPrinting(front_desk, window)
    printing.show_care_sheet(intake_id, large_print=True)
    preview = open_preview(qtbot, printing)
    assert preview.windowTitle() == "Care sheet (large print): print preview"
    with qtbot.waitSignal(printing.recorded) as recorded:
        click(preview, "printPreview.save")
    [kept] = handouts_of(database, intake_id)
    assert recorded.args == [kept.id]
    assert (kept.paper, kept.large_print) == ("letter", True)
    assert suggested == [f"care-sheet-{intake_id}-large-print.pdf"]
    assert target.read_bytes() == handout_pdf(database, kept.id) == preview.pdf
    assert page_sizes(preview.pdf) == {(612, 792)}
    assert [event.record_id for event in audit.events(database, action="handout.saved")] == [
        intake_id
    ]
    assert audit.events(database, action="handout.printed") == []


def test_a_draft_is_not_printed_and_the_desk_is_told_why(
    qtbot: QtBot, database: Database, front_desk: Workstation, window: QWidget
) -> None:
    draft = intakes.save_draft(database, front_desk.actor, maya())
    printing = HandoutPrinting(front_desk, window)
    with qtbot.waitSignal(printing.failed) as failed:
        printing.show_care_sheet(draft.intake_id, large_print=False)
    assert failed.args == [
        f"The care sheet could not be made. Intake {draft.intake_id} is a draft that has not "
        "been submitted; submit it first, then print its care sheet."
    ]
    assert printing.preview is None
    assert not printing.is_building()
    assert window.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert handouts_of(database, draft.intake_id) == []


def test_the_gui_thread_keeps_running_while_the_sheet_is_built(
    qtbot: QtBot, front_desk: Workstation, window: QWidget, intake_id: int, database: Database
) -> None:
    from clinic_app.services.handouts import care_sheet_for

    started = threading.Event()
    release = threading.Event()

    def build() -> CareSheetPdf:
        started.set()
        assert release.wait(30), "the test never let the build finish"
        return care_sheet_for(database, intake_id)

    printing = HandoutPrinting(front_desk, window)
    printing.show_handout(
        HandoutJob(intake_id, "care_sheet", "care sheet", "Care sheet", "sheet.pdf"), build
    )
    # Returned at once: nothing is shown until the worker is done, and the desk sees it is busy.
    assert printing.is_building()
    assert printing.preview is None
    assert window.cursor().shape() == Qt.CursorShape.BusyCursor
    qtbot.waitUntil(started.is_set)
    # The event loop runs timers while the build is held on the worker.
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout):
        timer.start(0)
    assert printing.preview is None
    release.set()
    preview = open_preview(qtbot, printing)
    assert not printing.is_building()
    assert window.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert preview.page_count() >= 1


def test_a_second_request_while_one_builds_is_ignored(
    qtbot: QtBot, front_desk: Workstation, window: QWidget, intake_id: int
) -> None:
    printing = HandoutPrinting(front_desk, window)
    printing.show_care_sheet(intake_id, large_print=False)
    printing.show_care_sheet(intake_id, large_print=True)
    preview = open_preview(qtbot, printing)
    assert "large print" not in preview.windowTitle()
    qtbot.waitUntil(lambda: not printing.is_building())


def test_closing_the_window_while_the_sheet_builds_is_safe(
    qtbot: QtBot, front_desk: Workstation, intake_id: int, database: Database
) -> None:
    from clinic_app.services.handouts import care_sheet_for

    release = threading.Event()

    def build() -> CareSheetPdf:
        assert release.wait(30)
        return care_sheet_for(database, intake_id)

    window = QWidget()
    printing = HandoutPrinting(front_desk, window)
    shown: list[str] = []
    printing.failed.connect(shown.append)
    printing.show_handout(HandoutJob(intake_id, "care_sheet", "care sheet", "T", "t.pdf"), build)
    with qtbot.waitSignal(window.destroyed):
        window.deleteLater()
    release.set()
    assert QThreadPool.globalInstance().waitForDone(PRINTING)
    qtbot.waitUntil(lambda: not relays())
    assert shown == []


def test_a_failure_to_record_is_shown_in_the_preview_and_reported(
    qtbot: QtBot,
    database: Database,
    front_desk: Workstation,
    window: QWidget,
    intake_id: int,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise StorageError("cannot use SQLite file clinic.db: the disk is full or failing")

    monkeypatch.setattr("clinic_app.gui.common.handout_printing.record_handout", refuse)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "s.pdf"), ""))
    printing = HandoutPrinting(front_desk, window)
    printing.show_care_sheet(intake_id, large_print=False)
    preview = open_preview(qtbot, printing)
    with qtbot.waitSignal(printing.failed) as failed, qtbot.assertNotEmitted(printing.recorded):
        click(preview, "printPreview.save")
    words = (
        "The care sheet was saved but could not be put on record. Cannot use SQLite file "
        "clinic.db: the disk is full or failing. Once that is solved, save it again so a copy "
        "is kept."
    )
    assert failed.args == [words]
    assert preview.status_text() == words
    assert handouts_of(database, intake_id) == []


# --- the background work itself ---------------------------------------------------------------


def relays() -> list[object]:
    application = QCoreApplication.instance()
    assert application is not None
    return list(application.findChildren(background._Relay))


def test_work_runs_off_the_gui_thread_and_its_result_arrives_on_it(
    qtbot: QtBot, window: QWidget
) -> None:
    threads: list[threading.Thread] = []

    def work() -> str:
        threads.append(threading.current_thread())
        return "done"

    delivered_on: list[threading.Thread] = []
    task = run_in_background(
        window,
        work,
        what="testing",
        on_finished=lambda _result: delivered_on.append(threading.current_thread()),
    )
    assert task.is_running()
    with qtbot.waitSignal(task.finished) as finished:
        pass
    assert finished.args == ["done"]
    assert not task.is_running()
    assert threads != [threading.main_thread()]
    assert delivered_on == [threading.main_thread()]


def test_progress_is_reported_on_the_gui_thread(qtbot: QtBot, window: QWidget) -> None:
    def work(progress: Callable[[int, int], None]) -> int:
        for done in range(4):
            progress(done, 3)
        return 3

    seen: list[tuple[int, int]] = []
    task = BackgroundTask(work, what="counting", parent=window)
    task.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(task.finished):
        task.start()
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_a_storage_error_gives_its_own_words(qtbot: QtBot, window: QWidget) -> None:
    def work() -> None:
        raise StorageError("the database server cannot be reached; check the network")

    task = run_in_background(window, work, what="testing")
    with qtbot.waitSignal(task.failed) as failed, qtbot.assertNotEmitted(task.finished):
        pass
    assert failed.args == ["the database server cannot be reached; check the network"]


def test_a_bug_is_logged_and_the_user_is_told_in_general_words(
    qtbot: QtBot, window: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    def work() -> None:
        raise KeyError("Okafor")

    with caplog.at_level(logging.ERROR, logger="clinic_app.gui.common.background"):
        task = run_in_background(window, work, what="making the care sheet")
        with qtbot.waitSignal(task.failed) as failed:
            pass
    assert failed.args == [
        "Making the care sheet failed unexpectedly; the details are in the log. Try again, "
        "and if it happens again, tell your administrator"
    ]
    [logged] = caplog.records
    assert logged.getMessage() == "making the care sheet failed unexpectedly"
    assert logged.exc_info is not None
    assert "Okafor" not in logged.getMessage()


def test_a_task_whose_widget_is_gone_drops_its_result_without_harm(qtbot: QtBot) -> None:
    release = threading.Event()
    owner = QWidget()
    delivered: list[object] = []
    task = run_in_background(
        owner,
        lambda: release.wait(30),
        what="testing",
        on_finished=delivered.append,
        on_failed=delivered.append,
    )
    with qtbot.waitSignal(task.destroyed):
        owner.deleteLater()
    release.set()
    assert QThreadPool.globalInstance().waitForDone(PRINTING)
    # The relay still gets the outcome, drops it and goes; nothing reaches the dead task.
    qtbot.waitUntil(lambda: not relays())
    assert delivered == []
