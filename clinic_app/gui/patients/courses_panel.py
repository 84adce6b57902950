"""The selected patient's courses of care on the Patients page, with the chosen course's
progress charts, the button that starts its next follow-up visit and, for a clinician,
the one that closes it with a reason.

Both reads (the courses, then the chosen course) go to the background runner; a patient
chosen on top of another shows the newest one's courses (DatabaseCalls drops the rest).
The follow-up form lives in its own room: this panel only says which course
(`followUpRequested(course_id)`), and the main window opens the form.

Closing a course is a clinician's act (the service refuses anyone else): as with the
review pane's decisions, the Close course button is built for clinicians only, and the
dialog that asks the reason is its own module (close_course_dialog). Once it is closed
the panel reads the courses again and keeps that course chosen, showing it closed with
its reason, with no follow-up offered.
"""

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinic_app.followups.course import Course
from clinic_app.followups.progress import progress
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.progress_chart import ProgressCharts
from clinic_app.gui.common.tab_chain import tab_in_order
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.patients.close_course_dialog import CloseCourseDialog
from clinic_app.services import followups
from clinic_app.services.followups import CourseSummary

log = logging.getLogger(__name__)

# English sources, shown through `_tr` in the window's language.
COLUMNS = (
    str(QT_TRANSLATE_NOOP("CoursesPanel", "Started")),
    str(QT_TRANSLATE_NOOP("CoursesPanel", "Visits")),
    str(QT_TRANSLATE_NOOP("CoursesPanel", "Status")),
    str(QT_TRANSLATE_NOOP("CoursesPanel", "Stage")),
    str(QT_TRANSLATE_NOOP("CoursesPanel", "Newest visit")),
)
READING = str(QT_TRANSLATE_NOOP("CoursesPanel", "Reading the patient's courses…"))
NO_PATIENT = str(
    QT_TRANSLATE_NOOP("CoursesPanel", "Choose a patient to see their courses of care.")
)
NO_COURSES = str(
    QT_TRANSLATE_NOOP(
        "CoursesPanel", "No course of care yet: a course starts with a submitted intake."
    )
)


def _tr(english: str) -> str:
    return QCoreApplication.translate("CoursesPanel", english)


def _day(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else "—"


def status_words(course: CourseSummary) -> str:
    if course.status == "closed":
        if course.closed_reason:
            return QCoreApplication.translate("CoursesPanel", "Closed ({reason})").format(
                reason=course.closed_reason
            )
        return QCoreApplication.translate("CoursesPanel", "Closed")
    return QCoreApplication.translate("CoursesPanel", "Open")


class CoursesPanel(QWidget):
    """`followUpRequested(course_id)` when the desk starts a follow-up of an open course."""

    followUpRequested = Signal(int)

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patients.coursesPanel")
        self._workstation = workstation
        self._patient_id: int | None = None
        self._courses: list[CourseSummary] = []
        self._keep_chosen: int | None = None
        """The course to choose again once the courses are read again (just closed)."""
        self.dialog: CloseCourseDialog | None = None
        """The Close course dialog while it is open."""

        heading = QLabel(self.tr("Courses of care"), self)
        heading.setObjectName("patients.coursesTitle")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self._table = QTableWidget(0, len(COLUMNS), self)
        self._table.setObjectName("patients.courses")
        self._table.setAccessibleName(self.tr("Courses of care"))
        self._table.setHorizontalHeaderLabels([_tr(column) for column in COLUMNS])
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setTabKeyNavigation(False)  # the arrows choose a course; Tab moves on
        self._table.verticalHeader().hide()
        self._table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._table.setMaximumHeight(self._table.fontMetrics().height() * 8)
        self._status = QLabel(_tr(NO_PATIENT), self)
        self._status.setObjectName("patients.coursesStatus")
        self._status.setWordWrap(True)
        self._follow_up = QPushButton(self.tr("F&ollow-up visit"), self)
        self._follow_up.setObjectName("patients.followUp")
        self.charts = ProgressCharts(self)
        self._close: QPushButton | None = None
        if workstation.is_role("clinician"):
            self._close = QPushButton(self.tr("&Close course…"), self)
            self._close.setObjectName("patients.closeCourse")
            self._close.clicked.connect(self.ask_to_close)

        row = QHBoxLayout()
        row.addWidget(heading)
        row.addStretch(1)
        if self._close is not None:
            row.addWidget(self._close)
        row.addWidget(self._follow_up)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self._table)
        column.addWidget(self._status)
        column.addWidget(self.charts)
        # As they are read: the buttons beside the heading, then the table under them.
        buttons = [self._close] if self._close is not None else []
        tab_in_order(self, *buttons, self._follow_up, self._table, self.charts)

        self._listing = DatabaseCalls("reading a patient's courses", self)
        self._reading = DatabaseCalls("reading a course of care", self)
        self._table.itemSelectionChanged.connect(self._course_chosen)
        self._table.doubleClicked.connect(lambda _index: self.request_follow_up())
        self._follow_up.clicked.connect(self.request_follow_up)
        self._update_button()

    # --- public -----------------------------------------------------------------------

    def show_patient(self, patient_id: int | None) -> None:
        """List the patient's courses (None: nobody chosen)."""
        self._patient_id = patient_id
        self._set_courses([])
        if patient_id is None:
            self._listing.forget()
            self._status.setText(_tr(NO_PATIENT))
            return
        database = self._workstation.database
        self._status.setText(_tr(READING))
        self._listing.run(
            lambda: followups.courses_of(database, patient_id),
            self._listed,
            self._failed,
        )

    def refresh(self) -> None:
        """Read the patient's courses again (a follow-up was just submitted)."""
        self.show_patient(self._patient_id)

    def is_busy(self) -> bool:
        return self._listing.busy or self._reading.busy

    def courses(self) -> list[CourseSummary]:
        return list(self._courses)

    def selected_course(self) -> CourseSummary | None:
        rows = self._table.selectionModel().selectedRows()
        return self._courses[rows[0].row()] if rows else None

    def select_course(self, course_id: int) -> None:
        for row, course in enumerate(self._courses):
            if course.course_id == course_id:
                self._table.selectRow(row)

    def request_follow_up(self) -> None:
        course = self.selected_course()
        if course is not None and course.status == "open":
            self.followUpRequested.emit(course.course_id)

    def ask_to_close(self) -> None:
        """Open the dialog that closes the chosen course with a reason (clinicians only)."""
        course = self.selected_course()
        if self._close is None or course is None or course.status != "open":
            return
        if self.dialog is not None:
            return
        dialog = CloseCourseDialog(self._workstation, course, self)
        dialog.closedCourse.connect(self._course_closed)
        dialog.finished.connect(lambda _result: self._dialog_gone(dialog))
        self.dialog = dialog
        dialog.open()

    def status_text(self) -> str:
        return self._status.text()

    # --- inside -----------------------------------------------------------------------

    def _listed(self, courses: list[CourseSummary]) -> None:
        self._set_courses(courses)
        self._status.setText("" if courses else _tr(NO_COURSES))
        open_course = next((c for c in courses if c.status == "open"), None)
        kept = next((c for c in courses if c.course_id == self._keep_chosen), None)
        self._keep_chosen = None
        if courses:
            self.select_course((kept or open_course or courses[0]).course_id)
        if kept is not None and kept.status == "closed":
            self._status.setText(
                self.tr("The course is closed: {reason}. It takes no new follow-up visit.").format(
                    reason=kept.closed_reason
                )
            )

    def _course_closed(self, course: CourseSummary) -> None:
        """Read the courses again, keeping the one just closed chosen."""
        self._keep_chosen = course.course_id
        self.refresh()

    def _dialog_gone(self, dialog: CloseCourseDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _failed(self, message: str) -> None:
        log.warning("reading courses failed: %s", message)
        self._status.setText(
            self.tr("Cannot show the courses: {message}. Try again in a moment.").format(
                message=message
            )
        )

    def _set_courses(self, courses: list[CourseSummary]) -> None:
        self._courses = list(courses)
        self._table.setRowCount(len(self._courses))
        for row, course in enumerate(self._courses):
            cells = (
                _day(course.started_on),
                str(course.visits),
                status_words(course),
                "—"
                if course.stage is None
                else self.tr("Stage {stage}").format(stage=course.stage),
                _day(course.newest_visit),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                self._table.setItem(row, column, item)
        if not self._courses:
            self.charts.show_progress(())
        self._update_button()

    def _course_chosen(self) -> None:
        self._update_button()
        course = self.selected_course()
        if course is None:
            self._reading.forget()
            self.charts.show_progress(())
            return
        database, course_id = self._workstation.database, course.course_id
        self._reading.run(
            lambda: followups.course_of(database, course_id),
            self._course_read,
            self._failed,
        )

    def _course_read(self, course: Course) -> None:
        self.charts.show_progress(progress(course))

    def _update_button(self) -> None:
        course = self.selected_course()
        self._follow_up.setEnabled(course is not None and course.status == "open")
        self._follow_up.setToolTip(
            self.tr("Start a follow-up visit of the selected course (Alt+O)")
            if course is None or course.status == "open"
            else self.tr("This course is closed: a follow-up belongs to an open course.")
        )
        if self._close is not None:
            self._close.setEnabled(course is not None and course.status == "open")
            self._close.setToolTip(
                self.tr("Close the selected course, with the reason (Alt+C)")
                if course is None or course.status == "open"
                else self.tr("This course is closed already.")
            )
