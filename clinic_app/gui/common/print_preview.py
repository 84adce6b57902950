"""The print preview: the very PDF that will be handed over, then printed or saved.

What is shown is the PDF ReportLab made, drawn by QtPdf, not a second rendering of the
records: the desk sees exactly what the patient gets, and the bytes put on record are
the bytes previewed.

Printing takes one of two roads, chosen by the printer picked in the print dialog:

- A CUPS queue (every printer Qt offers on Linux and macOS, when CUPS's `lp` is there):
  those same bytes go to the spooler as they are (services/print_queue), with the copies,
  pages, sides and paper the dialog asked for. The printout stays vector and exact, its
  text is text, and the spooler does what it is good at (queueing, filters, retries). The
  PDF goes to `lp` on its standard input, so no copy of it is left in a file. Once the job
  is in the queue the dialog is free again, and it follows the job off the GUI thread,
  saying in plain words whether it waits (and why: a paused printer, jobs ahead of it), is
  printing or has printed, for as long as the preview is open.
- Anything else (Windows printers, a printer CUPS does not know, print to file): the pages
  are drawn on the QPrinter from a worker thread (QPainter on a QPrinter is allowed off the
  GUI thread), so a slow printer driver never freezes the window. Each page is rasterised
  in bands at up to `MAX_PRINT_DPI`: a whole A4 page at a laser printer's 1200 dpi would be
  a 550 MB image.
"""

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.background import BackgroundTask, Progress
from clinic_app.gui.common.style import themed_sheet
from clinic_app.gui.common.tab_chain import tab_in_order
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.common.wording import plural
from clinic_app.services import print_queue
from clinic_app.services.files import write_private
from clinic_app.services.print_queue import JobStatus, PrintJob, PrintOptions
from clinic_app.storage.errors import StorageError

MAX_PRINT_DPI = 600
"""Sharp text on paper; above it the images grow and the print gains nothing visible."""
BAND_ROWS = 1024
"""Rows of a page rasterised at once: about 10 MB at 600 dpi on A4."""
PAGES_FORMAT = QT_TRANSLATE_NOOP("PrintPreviewDialog", "Page %v of %m")
"""The progress bar's words while pages are drawn on the printer."""
FOLLOW_INTERVAL_MS = 1000
"""How often the spooler is asked how a job is doing: a person reads the line that often."""

SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}
"""The print dialog's duplex choice as CUPS's `sides`; DuplexAuto leaves the queue's own."""

ZOOMS: tuple[tuple[str, float | None], ...] = (
    (QT_TRANSLATE_NOOP("PrintPreviewDialog", "Fit width"), None),
    (QT_TRANSLATE_NOOP("PrintPreviewDialog", "Whole page"), 0.0),
    ("50 %", 0.5),
    ("75 %", 0.75),
    ("100 %", 1.0),
    ("125 %", 1.25),
    ("150 %", 1.5),
    ("200 %", 2.0),
)
"""The zoom choices: None fits the width, 0.0 fits a whole page, else a factor."""

Done = Callable[[object], None]


class PrintFailed(StorageError):
    """The printer could not take the pages; the message says what to check."""


def open_pdf(pdf: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QtPdf document over the bytes (the buffer must outlive the document)."""
    buffer = QBuffer(parent)
    buffer.setData(pdf)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument() if parent is None else QPdfDocument(parent)
    document.load(buffer)  # a random-access device loads at once, not asynchronously
    return document, buffer


def print_pdf(pdf: bytes, printer: QPrinter, progress: Progress) -> int:
    """Draw every page of `pdf` on `printer`; the number of pages printed.

    Runs on a worker thread, with a QPdfDocument of its own. Each page is scaled to fit
    the paper and centred: 1:1 when the paper is the sheet's own size. The printer is set
    to full page, since the sheet carries its own margins (well inside any printer's).
    """
    document, buffer = open_pdf(pdf)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise PrintFailed(
                _translate(
                    "the PDF could not be read for printing; close the preview and make it again"
                )
            )
        pages = document.pageCount()
        progress(0, pages)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(
                _translate(
                    "the printer could not be started; check that it is switched on and "
                    "connected, then print again"
                )
            )
        try:
            for page in range(pages):
                if page and not printer.newPage():
                    raise PrintFailed(
                        _translate(
                            "the printer stopped taking pages; check it for paper and jams, "
                            "then print again"
                        )
                    )
                _draw_page(document, page, printer, painter)
                progress(page + 1, pages)
        finally:
            painter.end()
        if printer.printerState() == QPrinter.PrinterState.Error:
            raise PrintFailed(
                _translate("the printer reported an error; check it, then print again")
            )
        return pages
    finally:
        document.close()
        buffer.close()


def _draw_page(document: QPdfDocument, page: int, printer: QPrinter, painter: QPainter) -> None:
    resolution = printer.resolution()
    dpi = min(resolution, MAX_PRINT_DPI)
    points = document.pagePointSize(page)  # 1/72 inch
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(
        paper.width() / (points.width() * resolution / 72),
        paper.height() / (points.height() * resolution / 72),
    )
    # Device pixels per rendered pixel, and where the page's top-left corner lands (the
    # painter's origin is the paper's corner on a full page, else the printable area's).
    factor = resolution / dpi * scale
    width = max(1, round(points.width() * dpi / 72))
    height = max(1, round(points.height() * dpi / 72))
    origin = (
        QPointF(0, 0)
        if printer.fullPage()
        else printer.pageRect(QPrinter.Unit.DevicePixel).topLeft()
    )
    left = (paper.width() - width * factor) / 2 - origin.x()
    top = (paper.height() - height * factor) / 2 - origin.y()
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(QSize(width, height))
    for row in range(0, height, BAND_ROWS):
        rows = min(BAND_ROWS, height - row)
        options.setScaledClipRect(QRect(0, row, width, rows))
        band = document.render(page, QSize(width, rows), options)
        # QtPdf leaves the paper transparent: lay the band on white for the printer.
        opaque = QImage(band.size(), QImage.Format.Format_RGB32)
        opaque.fill(Qt.GlobalColor.white)
        compose = QPainter(opaque)
        compose.drawImage(0, 0, band)
        compose.end()
        painter.drawImage(QRectF(left, top + row * factor, width * factor, rows * factor), opaque)


def spooler_queue(printer: QPrinter) -> str | None:
    """The CUPS queue to hand the PDF to, or None to draw the pages on `printer`.

    A printer in Qt's native format is, where CUPS's commands exist, a CUPS destination
    by the same name ("front-desk", or "front-desk/duplex" for an instance). Print to
    file (PDF format) and Windows printers keep the painter. Only looks at PATH: the GUI
    thread asks the spooler nothing here.
    """
    name = printer.printerName()
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or not name:
        return None
    return name if print_queue.spooler_available() else None


def spooler_options(printer: QPrinter) -> PrintOptions:
    """What the print dialog set on `printer`, as CUPS job options."""
    ranges = printer.pageRanges()
    in_range = printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty()
    page_size = printer.pageLayout().pageSize()
    return PrintOptions(
        title=printer.docName(),
        copies=printer.copyCount(),
        collate=printer.collateCopies(),
        page_ranges=ranges.toString() if in_range else "",
        sides=SIDES.get(printer.duplex(), ""),
        media="" if page_size.id() == QPageSize.PageSizeId.Custom else page_size.key(),
    )


def spool_pdf(queue: str, pdf: bytes, options: PrintOptions, progress: Progress) -> JobStatus:
    """Hand `pdf` to `queue` and say where the job is (on a worker thread).

    Once `lp` has taken the job it is on its way whatever `lpstat` then says, so a failure
    to ask after it reads as "sent", never as "not printed".
    """
    progress(0, 0)
    job = print_queue.submit(queue, pdf, options)
    try:
        return print_queue.status(job)
    except print_queue.PrintQueueFailed:
        return JobStatus(job, queue, "sent")


def _translate(text: str) -> str:
    """Words for the user from code that may run on a worker (Qt's lookup is thread-safe)."""
    return QCoreApplication.translate("PrintPreviewDialog", text)


def pages_label(count: int) -> str:
    return plural(QCoreApplication.translate("PrintPreviewDialog", "%n page(s)", "", count), count)


class PrintPreviewDialog(QDialog):
    """Shows one PDF; prints it or saves it, then says so with `handedOver`.

    `handedOver(action)` is emitted with "printed" or "saved" once the pages went to the
    printer (for a CUPS queue: once the spooler has the job, which it prints even if the
    preview is closed, or the queue is paused, before it comes out) or the file is on disk;
    a cancelled or failed attempt emits nothing and says what happened in the dialog. The
    printer and file dialogs are opened by `ask_for_printer` and `ask_for_save_path`,
    which tests may replace.

    `title` is also the print job's name, which the printer's queue shows and its logs
    keep: it names the kind of document ("Care sheet"), never the patient.
    """

    handedOver = Signal(str)

    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(title)
        self._pdf = pdf
        self._title = title
        self._suggested_name = suggested_name
        self._task: BackgroundTask | None = None
        self._printer: QPrinter | None = None
        self._job: PrintJob | None = None
        """The spooler job being followed, while the preview is open."""
        self._asking: BackgroundTask | None = None
        self._follow = QTimer(self)
        self._follow.setInterval(FOLLOW_INTERVAL_MS)
        self._follow.timeout.connect(self._ask_after_job)
        self.finished.connect(self._stop_following)

        self._document, self._buffer = open_pdf(pdf, self)
        self._pages = QPdfView(self)
        self._pages.setObjectName("printPreview.pages")
        self._pages.setPageMode(QPdfView.PageMode.MultiPage)
        self._pages.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._pages.setDocument(self._document)

        self._page_count = QLabel(pages_label(self._document.pageCount()), self)
        self._page_count.setObjectName("printPreview.pageCount")
        self._zoom = QComboBox(self)
        self._zoom.setObjectName("printPreview.zoom")
        self._zoom.setAccessibleName(self.tr("Zoom"))
        for text, factor in ZOOMS:
            self._zoom.addItem(self.tr(text), factor)
        self._zoom.currentIndexChanged.connect(self._zoom_changed)
        zoom_label = QLabel(self.tr("&Zoom:"), self)
        zoom_label.setBuddy(self._zoom)

        self._status = QLabel(self)
        self._status.setObjectName("printPreview.status")
        self._status.setWordWrap(True)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._progress = QProgressBar(self)
        self._progress.setObjectName("printPreview.progress")
        self._progress.setFormat(self.tr(PAGES_FORMAT))
        self._progress.hide()

        self._print_button = QPushButton(self.tr("&Print…"), self)
        self._print_button.setObjectName("printPreview.print")
        self._print_button.setToolTip(self.tr("Print (Ctrl+P)"))
        self._print_button.setDefault(True)
        self._print_button.clicked.connect(self.print_sheet)
        self._save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self._save_button.setObjectName("printPreview.save")
        self._save_button.setToolTip(self.tr("Save as a PDF file (Ctrl+S)"))
        self._save_button.setAutoDefault(False)
        self._save_button.clicked.connect(self.save_sheet)
        self._close_button = QPushButton(self.tr("&Close"), self)
        self._close_button.setObjectName("printPreview.close")
        self._close_button.setAutoDefault(False)
        self._close_button.clicked.connect(self.reject)
        for key, button in (
            (QKeySequence.StandardKey.Print, self._print_button),
            (QKeySequence.StandardKey.Save, self._save_button),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(button.click)  # a disabled button ignores it

        top = QHBoxLayout()
        top.addWidget(self._page_count)
        top.addStretch(1)
        top.addWidget(zoom_label)
        top.addWidget(self._zoom)
        buttons = QHBoxLayout()
        buttons.addWidget(self._status, 1)
        buttons.addWidget(self._progress)
        buttons.addWidget(self._print_button)
        buttons.addWidget(self._save_button)
        buttons.addWidget(self._close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._pages, 1)
        layout.addLayout(buttons)
        # As they are read: the zoom above the pages, the pages, the buttons under them.
        tab_in_order(
            self, self._zoom, self._pages, self._print_button, self._save_button, self._close_button
        )
        self._pages.setFocus()  # it opens on the sheet to read, though the zoom comes first
        self.resize(820, 940)

        if self._document.status() != QPdfDocument.Status.Ready:
            self.show_problem(
                self.tr(
                    "This PDF cannot be shown. Close this window and make it again; if it "
                    "happens again, tell your administrator."
                )
            )
            self._print_button.setEnabled(False)

    # --- what tests and callers read ------------------------------------------------------

    @property
    def pdf(self) -> bytes:
        """The bytes shown, printed and saved."""
        return self._pdf

    @property
    def document(self) -> QPdfDocument:
        return self._document

    def page_count(self) -> int:
        return self._document.pageCount()

    def is_busy(self) -> bool:
        return self._task is not None

    def is_following_job(self) -> bool:
        """Whether a job handed to the spooler is still being followed (the dialog is free)."""
        return self._job is not None

    def status_text(self) -> str:
        return self._status.text()

    def show_note(self, message: str) -> None:
        self._status.setStyleSheet("")
        self._status.setText(message)

    def show_problem(self, message: str) -> None:
        self._status.setStyleSheet(themed_sheet("color: @problem;"))
        self._status.setText(message)

    # --- the places tests replace -----------------------------------------------------------

    def make_printer(self) -> QPrinter:
        """A high-resolution printer set to the sheet's paper, full page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        printer.setFullPage(True)
        if self._document.pageCount() > 0:
            size = self._document.pagePointSize(0)
            printer.setPageSize(QPageSize(QSizeF(size), QPageSize.Unit.Point))
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape
                if size.width() > size.height()
                else QPageLayout.Orientation.Portrait
            )
        return printer

    def ask_for_printer(self, printer: QPrinter) -> bool:
        """The system's print dialog; True when the user chose to print."""
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def ask_for_save_path(self) -> Path | None:
        """Where to save the PDF, or None when the user cancelled."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / self._suggested_name) if folder else self._suggested_name
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    # --- printing and saving ----------------------------------------------------------------

    def print_sheet(self) -> None:
        if self.is_busy() or not self._print_button.isEnabled():
            return
        printer = self.make_printer()
        if not self.ask_for_printer(printer):
            self.show_note(self.tr("Not printed."))
            return
        queue = spooler_queue(printer)
        if queue is not None:
            self._progress.setRange(0, 0)  # busy: the spooler reports no pages
            self._progress.setFormat("")
            self._progress.show()
            work = partial(spool_pdf, queue, self._pdf, spooler_options(printer))
            self._start(
                BackgroundTask(work, what="printing", parent=self),
                self.tr("Sending to {queue}…").format(queue=queue),
                on_done=self._spooled,
                failure=self.tr("Not printed: {problem}."),
            )
            return
        # The GUI thread keeps its own reference until the printing has settled.
        self._printer = printer
        self._progress.setRange(0, max(1, self._document.pageCount()))
        self._progress.setFormat(self.tr(PAGES_FORMAT))
        self._progress.setValue(0)
        self._progress.show()
        self._start(
            BackgroundTask(partial(print_pdf, self._pdf, printer), what="printing", parent=self),
            self.tr("Printing…"),
            on_done=self._printed,
            failure=self.tr("Not printed: {problem}."),
        )

    def save_sheet(self) -> None:
        if self.is_busy():
            return
        path = self.ask_for_save_path()
        if path is None:
            return
        work = partial(_save, path, self._pdf)
        self._start(
            BackgroundTask(work, what="saving the PDF", parent=self),
            self.tr("Saving {file}…").format(file=path.name),
            on_done=self._saved,
            failure=self.tr(
                "Not saved: {problem}. Choose a folder that exists and that you may write to, "
                "then save again."
            ),
        )

    def _start(
        self,
        task: BackgroundTask,
        note: str,
        *,
        on_done: Done,
        failure: str,
    ) -> None:
        """Run `task` with the buttons off; `failure` words a failure ({problem} the message).

        The status line is the newest action's, so a job followed until now is let go.
        """
        self._stop_following()
        self._task = task
        self._set_buttons_enabled(False)
        self.show_note(note)
        task.progressed.connect(self._progressed)
        task.finished.connect(on_done)
        task.failed.connect(partial(self._failed, failure))
        task.start()

    def _progressed(self, done: int, total: int) -> None:
        self._progress.setRange(0, max(1, total))
        self._progress.setValue(done)

    def _printed(self, pages: object) -> None:
        self._settle()
        count = pages if isinstance(pages, int) else self._document.pageCount()
        self.show_note(self.tr("Sent {pages} to the printer.").format(pages=pages_label(count)))
        self.handedOver.emit("printed")

    def _spooled(self, result: object) -> None:
        self._settle()
        assert isinstance(result, JobStatus)
        self.show_note(result.words())
        self.handedOver.emit("printed")
        if not result.finished:
            self._job = result.job
            self._follow.start()

    def _ask_after_job(self) -> None:
        """Ask the spooler about the job, off the GUI thread; one question at a time."""
        if self._job is None or self._asking is not None:
            return
        task = BackgroundTask(
            partial(_ask_spooler, self._job), what="asking the printer about the job", parent=self
        )
        task.finished.connect(partial(self._job_status, self._job))
        task.failed.connect(partial(self._job_status_unknown, self._job))
        self._asking = task
        task.start()

    def _job_status(self, job: PrintJob, result: object) -> None:
        self._done_asking()
        if job != self._job:
            return  # a newer print or save has the status line
        assert isinstance(result, JobStatus)
        self.show_note(result.words())
        if result.finished:
            self._stop_following()

    def _job_status_unknown(self, job: PrintJob, message: str) -> None:
        """The spooler could not be asked this time: say so, and ask again next time."""
        self._done_asking()
        if job != self._job:
            return
        self.show_note(
            self.tr(
                "Sent to {queue}; whether it has printed cannot be told now: {problem}."
            ).format(queue=job.queue, problem=message)
        )

    def _done_asking(self) -> None:
        if self._asking is not None:
            self._asking.deleteLater()
        self._asking = None

    def _stop_following(self) -> None:
        self._follow.stop()
        self._job = None

    def _saved(self, path: object) -> None:
        self._settle()
        self.show_note(self.tr("Saved as {path}.").format(path=path))
        self.handedOver.emit("saved")

    def _failed(self, failure: str, message: str) -> None:
        self._settle()
        self.show_problem(failure.format(problem=message.rstrip(".")))

    def _settle(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None
        self._printer = None
        self._progress.hide()
        self._set_buttons_enabled(True)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        readable = self._document.status() == QPdfDocument.Status.Ready
        self._print_button.setEnabled(enabled and readable)
        self._save_button.setEnabled(enabled)
        self._close_button.setEnabled(enabled)

    def _zoom_changed(self, index: int) -> None:
        factor = self._zoom.itemData(index)
        if factor is None:
            self._pages.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif factor == 0.0:
            self._pages.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self._pages.setZoomMode(QPdfView.ZoomMode.Custom)
            self._pages.setZoomFactor(float(factor))

    # --- not while the pages are going out ----------------------------------------------------

    def reject(self) -> None:
        if self.is_busy():
            self.show_note(self.tr("Wait until this has finished, then close the preview."))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_busy():
            event.ignore()
            self.show_note(self.tr("Wait until this has finished, then close the preview."))
            return
        super().closeEvent(event)


def _ask_spooler(job: PrintJob, progress: Progress) -> JobStatus:
    return print_queue.status(job)


def _save(path: Path, pdf: bytes, progress: Progress) -> Path:
    """Write the PDF whole or not at all, readable by its owner only (off the GUI thread)."""
    return write_private(path, pdf, what="the PDF")
