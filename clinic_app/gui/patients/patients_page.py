"""The front desk's Patients page: find a patient as you type, or register a new one, and
start their intake; see their courses of care and start a follow-up visit of one.

Made for the keyboard: type part of a name, a date of birth or a clinic number; the first
patient found is selected, so Enter starts their intake at once; Down moves into the list,
Up from its first row comes back to the search.

Every read runs on the background runner (architecture.md, Threads): the page says
"Searching…" while a search is out, and a search typed on top of another shows the newest
text's results, whatever order the answers come back in. Enter or Down pressed before
the results are in act on them once they arrive, as they would have on a quick database.
"""

import logging
import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.record_table import record_table
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.patients.courses_panel import CoursesPanel
from clinic_app.gui.patients.new_patient_dialog import NewPatientDialog
from clinic_app.gui.patients.patient_model import NAME, PATIENT_ROLE, PatientTableModel
from clinic_app.services import patients
from clinic_app.services.patients import SEARCH_LIMIT, PatientRow
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordNotFound

log = logging.getLogger(__name__)

# Long enough that typing a name runs one search, short enough to feel immediate.
SEARCH_DELAY_MS = 150
# English sources of the page's fixed words, shown through `_tr` in the window's language.
PLACEHOLDER = str(
    QT_TRANSLATE_NOOP("PatientsPage", "Name, date of birth (YYYY-MM-DD) or clinic number")
)
HINT = str(
    QT_TRANSLATE_NOOP(
        "PatientsPage",
        "Type the start of a first name or surname, a date of birth (YYYY-MM-DD) or a clinic "
        "number to find a patient, or use New patient to register one.",
    )
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SEARCHING = str(QT_TRANSLATE_NOOP("PatientsPage", "Searching…"))
OPENING = str(QT_TRANSLATE_NOOP("PatientsPage", "Opening the patient's record…"))


def _tr(english: str) -> str:
    return QCoreApplication.translate("PatientsPage", english)


def _section_or_none(database: Database, patient_id: int) -> dict[str, object] | None:
    """The patient's section, or None when they are no longer on record (run off the GUI
    thread, where the failure's type would otherwise be lost in its words)."""
    try:
        return patients.patient_section(database, patient_id)
    except RecordNotFound:
        return None


class PatientsPage(QWidget):
    """Find or register a patient; `intakeRequested` carries the patient section of the
    intake to start, `followUpRequested` the course whose follow-up visit to start."""

    intakeRequested = Signal(dict)
    followUpRequested = Signal(int)

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patientsPage")
        self._workstation = workstation

        title = QLabel(self.tr("Patients"), self)
        title.setObjectName("patients.title")
        title.setProperty("role", "pageTitle")

        self._search = QLineEdit(self)
        self._search.setObjectName("patients.search")
        self._search.setPlaceholderText(_tr(PLACEHOLDER))
        self._search.setClearButtonEnabled(True)
        self._search.setAccessibleName(self.tr("Find a patient"))
        search_label = QLabel(self.tr("&Find:"), self)
        search_label.setBuddy(self._search)

        self._model = PatientTableModel(self)
        self._table = record_table(
            self._model,
            self,
            name="patients.table",
            accessible_name=self.tr("Patients found"),
            stretch=NAME,
        )

        self._status = QLabel(self)
        self._status.setObjectName("patients.status")
        self._status.setWordWrap(True)

        self._new = QPushButton(self.tr("&New patient…"), self)
        self._new.setObjectName("patients.new")
        self._new.setToolTip(self.tr("Register a patient who is not on record (Ctrl+Shift+N)"))
        self._start = QPushButton(self.tr("Start &intake"), self)
        self._start.setObjectName("patients.startIntake")
        self._start.setToolTip(self.tr("Start an intake for the selected patient (Enter)"))

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self._search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self._new)
        buttons.addStretch(1)
        buttons.addWidget(self._start)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(search_row)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._status)
        layout.addLayout(buttons)
        self.courses = CoursesPanel(workstation, self)
        layout.addWidget(self.courses)

        self._searches = DatabaseCalls("searching for patients", self)
        self._opening = DatabaseCalls("reading a patient", self)
        self._then_start = False  # Enter came before the results: start the first found
        self._then_into_table = False  # Down came before the results: move into them

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._search.textChanged.connect(lambda _text: self._timer.start())
        self._search.returnPressed.connect(self._enter_in_search)
        self._search.installEventFilter(self)
        self._table.installEventFilter(self)
        self._table.doubleClicked.connect(self.start_intake)
        self._table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._table.selectionModel().selectionChanged.connect(self._show_courses)
        self.courses.followUpRequested.connect(self.followUpRequested)
        self._new.clicked.connect(self.new_patient)
        self._start.clicked.connect(self.start_intake)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_patient)

        self._status.setText(_tr(HINT))
        self._update_buttons()

    # --- public: what the main window and the tests use ---------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected to type over."""
        self._search.setFocus(Qt.FocusReason.OtherFocusReason)
        self._search.selectAll()

    def search_now(self) -> None:
        """Search for the text in the field now, not after the typing pause.

        The results arrive later, from the background runner; `is_searching` says whether
        they are still out.
        """
        self._search_for(self._search.text())

    def _search_for(self, text: str, note: str | None = None) -> None:
        """Search for `text`; `note`, when given, is said instead of the count found."""
        self._timer.stop()
        if not text.strip():
            self._searches.forget()
            self._then_start = self._then_into_table = False
            self._show([], _tr(HINT))
            return
        database = self._workstation.database
        self._status.setText(note or _tr(SEARCHING))
        self._searches.run(
            lambda: patients.search(database, text),
            lambda found: self._found(text, found, note),
            self._search_failed,
        )

    def is_searching(self) -> bool:
        """True while a search is out (or typed and waiting for the pause)."""
        return self._timer.isActive() or self._searches.busy

    def is_busy(self) -> bool:
        """True while anything the page asked the database is still out."""
        return self.is_searching() or self._opening.busy or self.courses.is_busy()

    def selected_patient(self) -> PatientRow | None:
        rows = self._table.selectionModel().selectedRows()
        if not rows:
            return None
        patient: PatientRow = rows[0].data(PATIENT_ROLE)
        return patient

    def start_intake(self) -> None:
        """Emit intakeRequested with the selected patient's section, read fresh from the
        database (in the background) so the intake starts from their current details."""
        patient = self.selected_patient()
        if patient is None:
            return
        database = self._workstation.database
        before = self._status.text()
        self._status.setText(_tr(OPENING))
        self._opening.run(
            lambda: _section_or_none(database, patient.id),
            lambda section: self._opened(patient, section, before),
            self._open_failed,
        )

    def new_patient(self) -> None:
        """Open the New patient dialog (not blocking), started from what was searched."""
        dialog = NewPatientDialog(self._workstation, self, initial=self._initial_details())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._registered(dialog))
        dialog.open()

    # --- inside ---------------------------------------------------------------------------

    def _found(self, text: str, found: list[PatientRow], note: str | None) -> None:
        self._show(found, note or self._found_text(text.strip(), len(found)))
        start, into_table = self._then_start, self._then_into_table
        self._then_start = self._then_into_table = False
        if start:
            self.start_intake()
        elif into_table:
            self._into_table()

    def _search_failed(self, message: str) -> None:
        log.warning("patient search failed: %s", message)
        self._then_start = self._then_into_table = False
        self._show(
            [], self.tr("Cannot search: {message}. Try again in a moment.").format(message=message)
        )

    def _opened(self, patient: PatientRow, section: dict[str, object] | None, before: str) -> None:
        if section is None:
            self._search_for(
                self._search.text(),
                self.tr(
                    "{name} is no longer on record; search again, "
                    "or register them with New patient."
                ).format(name=patient.display_name),
            )
            return
        opening = _tr(OPENING)
        if self._status.text() == opening:  # nothing newer has been said meanwhile
            self._status.setText(before if before != opening else "")
        self.intakeRequested.emit(section)

    def _open_failed(self, message: str) -> None:
        log.warning("reading a patient failed: %s", message)
        self._status.setText(
            self.tr("Cannot start the intake: {message}. Try again in a moment.").format(
                message=message
            )
        )

    def _show(self, found: list[PatientRow], status: str) -> None:
        self._model.set_patients(found)
        if found:
            first = self._model.index(0, 0)
            self._table.selectionModel().setCurrentIndex(
                first,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._status.setText(status)
        self._update_buttons()

    @staticmethod
    def _found_text(text: str, count: int) -> str:
        if count == 0:
            return QCoreApplication.translate(
                "PatientsPage", "No patient matches “{text}”; use New patient to register them."
            ).format(text=text)
        if count >= SEARCH_LIMIT:
            return QCoreApplication.translate(
                "PatientsPage",
                "The first %n patients found; type more to narrow the search.",
                None,
                count,
            )
        if count == 1:
            return QCoreApplication.translate("PatientsPage", "%n patient found", None, count)
        return QCoreApplication.translate("PatientsPage", "%n patients found", None, count)

    def _show_courses(self) -> None:
        patient = self.selected_patient()
        self.courses.show_patient(patient.id if patient is not None else None)

    def _update_buttons(self) -> None:
        self._start.setEnabled(self.selected_patient() is not None)

    def _enter_in_search(self) -> None:
        if self._timer.isActive():  # typed faster than the pause: search before choosing
            self.search_now()
        if self._searches.busy:  # choose from the newest text's results, once they are in
            self._then_start = True
            return
        self.start_intake()

    def _initial_details(self) -> dict[str, object]:
        """What the search already says about the new patient: a birth date or a name."""
        text = self._search.text().strip()
        if _ISO_DATE.fullmatch(text):
            return {"date_of_birth": text}
        if text and not any(char.isdigit() or char.isspace() for char in text):
            return {"last_name": text}
        return {}

    def _registered(self, dialog: NewPatientDialog) -> None:
        section, patient = dialog.patient_section, dialog.patient
        if section is None or patient is None:
            return
        if dialog.created:
            self._status.setText(self.tr("Registered {name}.").format(name=patient.display_name))
        else:
            self._status.setText(
                self.tr("Using the existing record of {name}.").format(name=patient.display_name)
            )
        self.intakeRequested.emit(section)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self._search and key == Qt.Key.Key_Down:
                return self._into_table()
            if watched is self._table and key in _ENTER:
                self.start_intake()
                return True
            if watched is self._table and key == Qt.Key.Key_Up:
                current = self._table.currentIndex()
                if not current.isValid() or current.row() == 0:
                    self.focus_search()
                    return True
        return super().eventFilter(watched, event)

    def _into_table(self) -> bool:
        if self._timer.isActive():
            self.search_now()
        if self._searches.busy:  # move into the newest text's results, once they are in
            self._then_into_table = True
            return True
        if self._model.rowCount() == 0:
            return False
        if self.selected_patient() is None:
            self._table.selectRow(0)
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
