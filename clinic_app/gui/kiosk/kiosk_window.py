"""The waiting-room kiosk's window: full screen, one patient at a time, nothing else.

No menu, no other record: the only way out is the discreet "Staff" button and its PIN or
sign-in (staff_dialog.py); Escape and the window's close are refused. Between patients
the whole session's widgets are thrown away and new ones built, so no text, tick,
drawing or signature of one patient can be on screen for the next (self-entry.md).

Idle: `idle_ms` untouched asks "Are you still there?"; `still_there_ms` more keeps what
was answered as an unfinished entry for the desk and starts fresh. After a sent entry
the thank-you returns to a fresh start after `thanks_ms` or a touch. The timings are
parameters so tests run them in milliseconds.
"""

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_app import APP_NAME
from clinic_app.gui.common.background import run_in_background
from clinic_app.gui.common.style import themed_sheet
from clinic_app.gui.kiosk.kiosk_consent import ThanksPage
from clinic_app.gui.kiosk.kiosk_language import KioskLanguage
from clinic_app.gui.kiosk.kiosk_session import KioskSession
from clinic_app.gui.kiosk.kiosk_sizes import kiosk_style_sheet, text_points, touch_pixels
from clinic_app.gui.kiosk.kiosk_start import LanguagePage, StillTherePage
from clinic_app.gui.kiosk.staff_dialog import StaffDialog
from clinic_app.languages import ENGLISH
from clinic_app.services.kiosk_settings import PinGuard
from clinic_app.storage.database import Database
from clinic_app.storage.types import utc_now

log = logging.getLogger(__name__)

IDLE_MS = 90_000
STILL_THERE_MS = 30_000
THANKS_MS = 15_000
_TOUCHES = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.Wheel,
    QEvent.Type.InputMethod,
}


class KioskWindow(QWidget):
    """`left` once staff have left kiosk mode (the window is closed by then)."""

    left = Signal()

    def __init__(
        self,
        database: Database,
        kiosk_name: str,
        *,
        language: KioskLanguage | None = None,
        idle_ms: int = IDLE_MS,
        still_there_ms: int = STILL_THERE_MS,
        thanks_ms: int = THANKS_MS,
        clock: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWindow")
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        self.database = database
        self.kiosk_name = kiosk_name
        self.languages = language or KioskLanguage(app, self)
        self.guard = PinGuard(kiosk_name, clock)
        self._leaving = False
        self.session: KioskSession | None = None
        self.staff_dialog: StaffDialog | None = None
        self.touch = touch_pixels(self.screen())
        self.setStyleSheet(themed_sheet(kiosk_style_sheet(self.touch, text_points())))

        self.staff = QPushButton()
        self.staff.setObjectName("kioskStaff")
        self.staff.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staff.clicked.connect(self.ask_staff)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.staff)
        self.pages = QStackedWidget()
        self.pages.setObjectName("kioskPages")
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 8, 32, 24)
        column.addLayout(top)
        column.addWidget(self.pages, 1)

        self._idle = QTimer(self, singleShot=True, interval=idle_ms)
        self._idle.timeout.connect(self._ask_still_there)
        self._gone = QTimer(self, singleShot=True, interval=still_there_ms)
        self._gone.timeout.connect(self._patient_gone)
        self._thanks = QTimer(self, singleShot=True, interval=thanks_ms)
        self._thanks.timeout.connect(self.fresh_start)
        self._retranslate()
        self.fresh_start()

    # --- showing ----------------------------------------------------------------------

    def start(self) -> None:
        """Take the whole screen and watch for touches."""
        self._app.installEventFilter(self)
        # The whole screen even where no window manager honours "full screen" (a bare X
        # session on a kiosk computer): the geometry first, then the state.
        screen = self.screen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()

    def fresh_start(self) -> None:
        """Everything of the last patient gone: new widgets, English, the language page."""
        self._idle.stop()
        self._gone.stop()
        self._thanks.stop()
        self._drop_pages()
        self.session = None
        self.languages.use(ENGLISH)
        self._retranslate()
        page = LanguagePage(self.languages.words_in)
        page.chosen.connect(self.begin)
        self._show(page)

    def begin(self, language: str) -> KioskSession:
        """A new patient's steps in `language`."""
        self.languages.use(language)
        self._retranslate()
        session = KioskSession(self.database, self.kiosk_name, language)
        session.sent.connect(self._sent)
        self._drop_pages()
        self.session = session
        self._show(session)
        self._idle.start()
        return session

    def _show(self, page: QWidget) -> None:
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def _drop_pages(self) -> None:
        while self.pages.count():
            page = self.pages.widget(0)
            assert page is not None
            self.pages.removeWidget(page)
            page.hide()
            page.deleteLater()

    # --- between patients -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _TOUCHES and self._idle.isActive():
            self._idle.start()  # restarted: ninety seconds from this touch
        return False

    def _ask_still_there(self) -> None:
        if self.session is None:
            return
        page = StillTherePage()
        page.touched.connect(self._still_here)
        self.session.hide()
        self._show(page)
        self._gone.start()

    def _still_here(self) -> None:
        self._gone.stop()
        page = self.pages.currentWidget()
        if self.session is None or page is None or page is self.session:
            return
        self.pages.removeWidget(page)
        page.deleteLater()
        self.pages.setCurrentWidget(self.session)
        self.session.show()
        self._idle.start()

    def _patient_gone(self) -> None:
        """Keep what was answered as unfinished for the desk, then start fresh."""
        self.keep_unfinished()
        self.fresh_start()

    def keep_unfinished(self) -> None:
        if self.session is None:
            return
        keep = self.session.unfinished_entry()
        if keep is not None:
            run_in_background(
                self,
                keep,
                what="keeping an unfinished kiosk entry",
                on_failed=lambda _message: log.warning(
                    "an unfinished kiosk entry could not be kept"
                ),
            )

    def _sent(self, _added: object) -> None:
        """The same thank-you whatever the entry raised at the desk."""
        self._idle.stop()
        self._drop_pages()
        self.session = None
        page = ThanksPage()
        page.touched.connect(self.fresh_start)
        self._show(page)
        self._thanks.start()

    # --- leaving ----------------------------------------------------------------------

    def ask_staff(self) -> StaffDialog:
        dialog = StaffDialog(self.database, self.guard, self)
        # Gone once closed: a username typed into one is never in the next.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.leave)
        self.staff_dialog = dialog
        dialog.open()
        return dialog

    def leave(self) -> None:
        """Out of kiosk mode: unfinished answers kept, the staff's language back."""
        self.keep_unfinished()
        self._idle.stop()
        self._gone.stop()
        self._thanks.stop()
        self._drop_pages()
        self.session = None
        self._app.removeEventFilter(self)
        self.languages.leave()
        self._leaving = True
        self.close()
        self.left.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leaving:
            super().closeEvent(event)
        else:
            event.ignore()  # only staff end the kiosk

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape does not end the kiosk
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # another theme
            self.setStyleSheet(themed_sheet(kiosk_style_sheet(self.touch, text_points())))
        return super().event(event)

    def _retranslate(self) -> None:
        """The window's own words in the kiosk's language now (Qt's LanguageChange comes
        later, from the event loop; the pages are built new in the language anyway)."""
        self.setWindowTitle(
            QCoreApplication.translate("KioskWindow", "{app} kiosk").format(app=APP_NAME)
        )
        self.staff.setText(QCoreApplication.translate("KioskWindow", "Staff"))
        self.staff.setAccessibleName(
            QCoreApplication.translate("KioskWindow", "Staff: leave the kiosk")
        )
