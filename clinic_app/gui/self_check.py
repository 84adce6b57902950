"""The Qt half of `clinic-intake --self-test` (clinic_app/cli/self_test.py).

Each function does for real what the desk does, on the offscreen platform: QtPdf draws
and prints a PDF, the main window is built from its Designer forms and shown, and the
platform plugins a clinic's screen and printers need are loaded from where this copy of
the app keeps them. A bundle missing a plugin or a library fails here, not at the desk.
"""

import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QMessageLogContext,
    QPluginLoader,
    QSize,
    QThreadPool,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from clinic_app.services.self_test import CheckFailed
from clinic_app.services.users import Account
from clinic_app.storage.database import Database

# Said by the offscreen platform whenever a window is shown: true, and no fault.
_OFFSCREEN_REMARK = "This plugin does not support propagateSizeHints()"


def application() -> QApplication:
    """The process's QApplication, made on first use (the caller chose the platform)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qInstallMessageHandler(_qt_message)
    return QApplication(sys.argv[:1])


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings, under the check that caused them; the offscreen remark dropped."""
    if message != _OFFSCREEN_REMARK:
        print(f"           Qt: {message}", file=sys.stderr)


def check_pdf_rendering(pdf: bytes, printed: Path) -> str:
    """Draw the first page as the preview does, then print every page to a PDF file."""
    from clinic_app.gui.common.print_preview import open_pdf, print_pdf

    application()
    document, buffer = open_pdf(pdf)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            raise CheckFailed(f"QtPdf could not read the care sheet ({document.error().name})")
        pages = document.pageCount()
        image = document.render(0, QSize(595, 842))
        if image.isNull() or _ink(image) < 0.005:
            raise CheckFailed("QtPdf drew the first page of the care sheet blank")
    finally:
        document.close()
        buffer.close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printed_pages = print_pdf(pdf, printer, lambda done, total: None)
    if printed_pages != pages or not printed.read_bytes().startswith(b"%PDF-"):
        raise CheckFailed(f"printing to a file gave {printed_pages} of {pages} pages")
    return f"{pages} page(s) drawn by QtPdf and printed to a PDF file"


def _ink(image: QImage) -> float:
    """The share of sampled pixels with something drawn: opaque enough and not white.

    QtPdf leaves the page transparent where nothing is drawn, so alpha counts too.
    """
    small = image.scaled(120, 170).convertToFormat(QImage.Format.Format_ARGB32)
    inked = 0
    for x in range(small.width()):
        for y in range(small.height()):
            colour = small.pixelColor(x, y)
            if colour.alpha() > 64 and min(colour.red(), colour.green(), colour.blue()) < 200:
                inked += 1
    return inked / (small.width() * small.height())


def desktop_plugins() -> tuple[tuple[str, str], ...]:
    """The plugins this platform's desk needs: (folder, file name before the suffix)."""
    if sys.platform == "win32":
        return (("platforms", "qwindows"), ("platforms", "qoffscreen"))
    if sys.platform == "darwin":
        return (("platforms", "libqcocoa"), ("platforms", "libqoffscreen"))
    return (
        ("platforms", "libqxcb"),  # the screen
        ("platforms", "libqoffscreen"),  # this check, and machines with no screen
        ("printsupport", "libcupsprintersupport"),  # the clinic's printers
        ("imageformats", "libqjpeg"),  # a JPEG logo
        ("iconengines", "libqsvgicon"),  # the app's icon
    )


def check_plugins() -> str:
    """Load each plugin the desk needs: its file is there and its libraries resolve."""
    application()
    folders = list(
        dict.fromkeys(  # each folder once, in Qt's order
            [
                *(Path(path) for path in QCoreApplication.libraryPaths()),
                Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)),
            ]
        )
    )
    loaded: list[str] = []
    for kind, stem in desktop_plugins():
        found = [
            candidate
            for folder in folders
            if (folder / kind).is_dir()
            for candidate in sorted((folder / kind).iterdir())
            if candidate.name.startswith(stem + ".")
        ]
        if not found:
            searched = ", ".join(str(folder / kind) for folder in folders)
            raise CheckFailed(f"the Qt plugin {kind}/{stem} is missing (looked in {searched})")
        loader = QPluginLoader(str(found[0]))
        if not loader.load():
            problem = loader.errorString()
            raise CheckFailed(f"the Qt plugin {found[0].name} does not load: {problem}")
        loaded.append(f"{kind}/{stem.removeprefix('lib')}")
    return ", ".join(loaded)


_QT_CANCEL = ("QPlatformTheme", "Cancel")
"""Qt's own standard button word (a tuple, so lupdate does not take it for ours)."""


def check_translations() -> str:
    """Load each language's window catalogue and Qt's own for it, as a sign-in would, and
    see a standard button's word come back translated; English again afterwards."""
    from clinic_app.gui.common.translations import StaffLanguage
    from clinic_app.languages import ENGLISH, KNOWN_LANGUAGES

    app = application()
    languages = StaffLanguage(app)
    found = []
    try:
        for language in KNOWN_LANGUAGES:
            if language == ENGLISH:
                continue
            languages.use(language)
            loaded = languages.catalogues()
            if len(loaded) != 2:
                raise CheckFailed(f"the {language} window catalogues did not load (got {loaded})")
            if QCoreApplication.translate(*_QT_CANCEL) == _QT_CANCEL[1]:
                raise CheckFailed(f"Qt's own {language} catalogue translates no standard button")
            found.extend(loaded)
    finally:
        languages.remove()
    return ", ".join(found)


def check_main_window(database: Database, account: Account) -> str:
    """Build the main window for an administrator (every page) and show it offscreen."""
    from clinic_app.gui.common.style import apply_style
    from clinic_app.gui.common.workstation import Workstation
    from clinic_app.gui.main_window import MainWindow

    app = application()
    apply_style(app)
    window = MainWindow(Workstation(database, account))
    try:
        window.show()
        QCoreApplication.processEvents()
        if not window.isVisible():
            raise CheckFailed("the main window did not show")
        picture = window.grab()
        if picture.isNull() or picture.width() < 200:
            raise CheckFailed("the main window drew nothing")
        return (
            f"the main window shown on the {app.platformName()} platform, "
            f"{picture.width()}×{picture.height()}"
        )
    finally:
        window.hide()
        window.deleteLater()
        QCoreApplication.processEvents()
        # The pages started their first reads on the background runner when shown; they
        # finish before the check's temporary home (and its database) is taken away, or
        # one could write into a folder being removed. A self-test may wait: no one is
        # typing.
        QThreadPool.globalInstance().waitForDone(30_000)
        QCoreApplication.processEvents()
