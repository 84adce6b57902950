"""The print preview over a real care sheet: what it shows, what it prints, what it saves.

The printer is a real QPrinter writing a PDF file: only the print dialog's exec is
replaced, to choose that file and say OK (or Cancel), and only the file dialog's
getSaveFileName, to name the file. The outcome is awaited through the dialog's signal.
"""

import io
import json
import stat
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.print_preview import PrintPreviewDialog
from clinic_app.handouts.render import render_care_sheet
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.intake import parse_intake
from clinic_app.paths import resources_dir
from clinic_app.rules import RuleSettings, assess

PRINTING = 60_000
"""Milliseconds allowed for a print at 600 dpi on a busy, shared machine."""


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def page_sizes(pdf: bytes) -> list[tuple[int, int]]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [(round(page.mediabox.width), round(page.mediabox.height)) for page in reader.pages]


@pytest.fixture(scope="module")
def sheet_pdf() -> bytes:
    """Maya Okafor's care sheet, as ReportLab makes it: two A4 pages."""
    document = json.loads((resources_dir() / "examples" / "maya-okafor.json").read_text("utf-8"))
    intake = parse_intake(document)
    settings = RuleSettings()
    sheet = build_care_sheet(
        intake, assess(intake, settings), settings=settings, printed_on=date(2026, 11, 23)
    )
    return render_care_sheet(sheet, paper="a4")


@pytest.fixture(autouse=True)
def no_work_left_behind() -> Iterator[None]:
    yield
    assert QThreadPool.globalInstance().waitForDone(PRINTING)


@pytest.fixture
def preview(qtbot: QtBot, sheet_pdf: bytes) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(sheet_pdf, title="Care sheet", suggested_name="care-sheet-1.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def print_dialog_says(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[bool], Path]:
    """Make the print dialog answer OK (printing to a PDF file, whose path is returned) or
    Cancel; it records that it was asked in `asked`."""

    def answer(accept: bool, *, output: Path | None = None) -> Path:
        target = output or tmp_path / "printed.pdf"

        def exec_(self: QPrintDialog) -> int:
            printer = self.printer()
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            return (QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected).value

        monkeypatch.setattr(QPrintDialog, "exec", exec_)
        return target

    return answer


def save_dialog_names(monkeypatch: pytest.MonkeyPatch, chosen: Path | None) -> list[str]:
    """Make the file dialog answer `chosen` (None: Cancel); the suggestions it got."""
    suggested: list[str] = []

    def get_save_file_name(*args: object) -> tuple[str, str]:
        suggested.append(str(args[2]))
        return (str(chosen) if chosen else "", "PDF files (*.pdf)" if chosen else "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return suggested


def button(dialog: QDialog, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_the_preview_shows_every_page_of_the_very_pdf(
    preview: PrintPreviewDialog, sheet_pdf: bytes
) -> None:
    pages = preview.findChild(QPdfView, "printPreview.pages")
    assert pages is not None
    assert preview.objectName() == "printPreview"
    assert preview.windowTitle() == "Care sheet"
    assert pages.pageMode() == QPdfView.PageMode.MultiPage
    assert pages.zoomMode() == QPdfView.ZoomMode.FitToWidth
    document = pages.document()
    assert document is not None
    assert document.pageCount() == page_count(sheet_pdf) == 2
    assert preview.pdf == sheet_pdf
    label = preview.findChild(QLabel, "printPreview.pageCount")
    assert label is not None
    assert label.text() == "2 pages"


def test_the_buttons_are_named_and_print_is_the_default(preview: PrintPreviewDialog) -> None:
    print_button = button(preview, "printPreview.print")
    assert print_button.text() == "&Print…"
    assert print_button.isDefault()
    assert button(preview, "printPreview.save").text() == "&Save as PDF…"
    assert button(preview, "printPreview.close").text() == "&Close"
    assert all(
        button(preview, name).isEnabled()
        for name in ("printPreview.print", "printPreview.save", "printPreview.close")
    )


def test_the_zoom_fits_the_width_first_and_can_be_changed(preview: PrintPreviewDialog) -> None:
    pages = preview.findChild(QPdfView, "printPreview.pages")
    zoom = preview.findChild(QComboBox, "printPreview.zoom")
    assert pages is not None
    assert zoom is not None
    assert zoom.currentText() == "Fit width"
    zoom.setCurrentText("150 %")
    assert pages.zoomMode() == QPdfView.ZoomMode.Custom
    assert pages.zoomFactor() == pytest.approx(1.5)
    zoom.setCurrentText("Whole page")
    assert pages.zoomMode() == QPdfView.ZoomMode.FitInView
    zoom.setCurrentText("Fit width")
    assert pages.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_print_sends_every_page_to_the_printer_off_the_gui_thread(
    qtbot: QtBot,
    preview: PrintPreviewDialog,
    sheet_pdf: bytes,
    print_dialog_says: Callable[[bool], Path],
) -> None:
    printed = print_dialog_says(True)
    with qtbot.waitSignal(preview.handedOver, timeout=PRINTING) as handed_over:
        QTest.mouseClick(button(preview, "printPreview.print"), Qt.MouseButton.LeftButton)
        # The click has returned while the pages are still going out on the worker.
        assert preview.is_busy()
        assert not button(preview, "printPreview.print").isEnabled()
        assert not button(preview, "printPreview.save").isEnabled()
        assert not button(preview, "printPreview.close").isEnabled()
        progress = preview.findChild(QProgressBar, "printPreview.progress")
        assert progress is not None
        assert progress.isVisible()
        assert preview.status_text() == "Printing…"
    assert handed_over.args == ["printed"]
    output = printed.read_bytes()
    assert page_count(output) == page_count(sheet_pdf)
    assert page_sizes(output) == page_sizes(sheet_pdf) == [(595, 842)] * 2
    assert preview.status_text() == "Sent 2 pages to the printer."
    assert not preview.is_busy()
    assert button(preview, "printPreview.print").isEnabled()


def test_ctrl_p_prints(
    qtbot: QtBot, preview: PrintPreviewDialog, print_dialog_says: Callable[[bool], Path]
) -> None:
    printed = print_dialog_says(True)
    with qtbot.waitSignal(preview.handedOver, timeout=PRINTING) as handed_over:
        QTest.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert handed_over.args == ["printed"]
    assert printed.exists()


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot: QtBot, preview: PrintPreviewDialog, print_dialog_says: Callable[[bool], Path]
) -> None:
    printed = print_dialog_says(False)
    with qtbot.assertNotEmitted(preview.handedOver, wait=100):
        QTest.mouseClick(button(preview, "printPreview.print"), Qt.MouseButton.LeftButton)
        assert not preview.is_busy()
    assert not printed.exists()
    assert preview.status_text() == "Not printed."
    assert button(preview, "printPreview.print").isEnabled()


# Qt itself warns "QPainter::begin(): Returned false" when the printer will not open.
@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_start_says_so_and_emits_nothing(
    qtbot: QtBot,
    preview: PrintPreviewDialog,
    print_dialog_says: Callable[..., Path],
    tmp_path: Path,
) -> None:
    print_dialog_says(True, output=tmp_path / "no such folder" / "printed.pdf")
    with qtbot.assertNotEmitted(preview.handedOver):
        QTest.mouseClick(button(preview, "printPreview.print"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not preview.is_busy(), timeout=PRINTING)
    assert preview.status_text() == (
        "Not printed: the printer could not be started; check that it is switched on and "
        "connected, then print again."
    )
    assert button(preview, "printPreview.print").isEnabled()


def test_the_preview_cannot_be_closed_while_printing(
    qtbot: QtBot, preview: PrintPreviewDialog, print_dialog_says: Callable[[bool], Path]
) -> None:
    print_dialog_says(True)
    with qtbot.waitSignal(preview.handedOver, timeout=PRINTING):
        QTest.mouseClick(button(preview, "printPreview.print"), Qt.MouseButton.LeftButton)
        preview.reject()
        assert not preview.close()
        assert preview.isVisible()
        assert "Wait until" in preview.status_text()
    preview.reject()
    assert not preview.isVisible()


def test_save_writes_exactly_the_bytes_for_the_owner_only(
    qtbot: QtBot,
    preview: PrintPreviewDialog,
    sheet_pdf: bytes,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    target = tmp_path / "sheet.pdf"
    suggested = save_dialog_names(monkeypatch, target)
    with qtbot.waitSignal(preview.handedOver) as handed_over:
        QTest.mouseClick(button(preview, "printPreview.save"), Qt.MouseButton.LeftButton)
    assert handed_over.args == ["saved"]
    assert target.read_bytes() == sheet_pdf
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [Path(name).name for name in suggested] == ["care-sheet-1.pdf"]
    assert preview.status_text() == f"Saved as {target}."


def test_a_name_typed_without_pdf_gets_it(
    qtbot: QtBot, preview: PrintPreviewDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_dialog_names(monkeypatch, tmp_path / "sheet")
    with qtbot.waitSignal(preview.handedOver):
        QTest.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (tmp_path / "sheet.pdf").exists()
    assert not (tmp_path / "sheet").exists()


def test_cancelling_the_file_dialog_saves_nothing(
    qtbot: QtBot, preview: PrintPreviewDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_dialog_names(monkeypatch, None)
    with qtbot.assertNotEmitted(preview.handedOver, wait=100):
        QTest.mouseClick(button(preview, "printPreview.save"), Qt.MouseButton.LeftButton)
    assert not preview.is_busy()
    assert list(tmp_path.iterdir()) == []


def test_a_save_into_a_missing_folder_says_so_and_emits_nothing(
    qtbot: QtBot, preview: PrintPreviewDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "gone" / "sheet.pdf"
    save_dialog_names(monkeypatch, target)
    with qtbot.assertNotEmitted(preview.handedOver):
        QTest.mouseClick(button(preview, "printPreview.save"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not preview.is_busy())
    assert preview.status_text() == (
        f"Not saved: {target}: cannot write the PDF (No such file or directory). Choose a "
        "folder that exists and that you may write to, then save again."
    )
    assert not target.parent.exists()
    assert button(preview, "printPreview.save").isEnabled()
