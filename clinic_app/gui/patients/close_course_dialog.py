"""A clinician closes a course of care, with the reason kept beside it (follow-ups.md:
a course holds its visits "until a clinician closes it"; a closed course takes no
follow-up).

The dialog closes the course itself (`services.followups.close_course`, on the
background runner) and goes away only once that is on record: while it is out it says
"Closing…" and holds its button, so a slow database never closes it twice. An empty
reason is refused here, under the field, before anything is sent; the service checks
again, and alone decides who may close a course. Any refusal it gives (someone else
closed it a moment ago, the database failed) is said in the dialog, and nothing changes.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.dialog_height import keep_text_whole
from clinic_app.gui.common.field_messages import set_invalid
from clinic_app.gui.common.wording import sentence
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import followups
from clinic_app.services.followups import CourseSummary

REASON_LIMIT = 500
"""Long enough for "discharged: back to full training, no pain for three weeks"."""


class CloseCourseDialog(QDialog):
    """`closedCourse(CourseSummary)` with the course as it stands once closed."""

    closedCourse = Signal(object)

    def __init__(
        self, workstation: Workstation, course: CourseSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closeCourseDialog")
        self.setWindowTitle(self.tr("Close the course of care"))
        self._workstation = workstation
        self.course = course
        self._closing = DatabaseCalls("closing a course of care", self)

        started = course.started_on.isoformat() if course.started_on else self.tr("(no date)")
        about = QLabel(
            self.tr(
                "Closing the course that started {started} ends it: a closed course takes "
                "no new follow-up visit. Its visits and charts stay on record. Say why it "
                "is closed, for the record."
            ).format(started=started),
            self,
        )
        about.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("closeCourse.reason")
        self.reason.setMaxLength(REASON_LIMIT)
        self.reason.setPlaceholderText(self.tr("For example: discharged, back to full training"))
        reason_label = QLabel(self.tr("&Reason (required):"), self)
        reason_label.setBuddy(self.reason)
        self.reason.setAccessibleName(self.tr("Reason for closing the course"))
        form = QFormLayout()
        form.addRow(reason_label, self.reason)

        self._message = QLabel(self)
        self._message.setObjectName("closeCourse.message")
        self._message.setProperty("role", "fieldMessage")
        self._message.setWordWrap(True)
        self._message.hide()

        self.ok = QPushButton(self.tr("&Close course"), self)
        self.ok.setObjectName("closeCourse.ok")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.close_course)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setObjectName("closeCourse.cancel")
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        buttons.addWidget(self.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self._message)
        layout.addLayout(buttons)
        self.reason.textChanged.connect(lambda _text: set_invalid(self.reason, False))
        self._closing.busy_changed.connect(lambda busy: self.ok.setEnabled(not busy))
        self.reason.setFocus()
        self.resize(480, self.sizeHint().height())
        keep_text_whole(self)

    def message(self) -> str:
        """What the dialog says under the reason (a refusal, or "Closing…"), if anything."""
        return self._message.text() if not self._message.isHidden() else ""

    def is_closing(self) -> bool:
        return self._closing.busy

    def close_course(self) -> None:
        """Refuse an empty reason here; otherwise close the course in the background."""
        if self._closing.busy:
            return
        reason = self.reason.text().strip()
        if not reason:
            set_invalid(self.reason, True)
            self._say(
                self.tr(
                    "A reason is needed to close the course: say why in a few words "
                    "(discharged, referred on, stopped coming)."
                )
            )
            self.reason.setFocus()
            return
        database, actor, course_id = (
            self._workstation.database,
            self._workstation.actor,
            self.course.course_id,
        )
        self._say(self.tr("Closing…"))
        self._closing.run(
            lambda: followups.close_course(database, actor, course_id, reason),
            self._closed,
            self._refused,
        )

    def _closed(self, course: CourseSummary) -> None:
        self.closedCourse.emit(course)
        self.accept()

    def _refused(self, message: str) -> None:
        """Not allowed, already closed, or the database failed: nothing was changed."""
        self._say(sentence(self.tr("not closed: {problem}").format(problem=message)))

    def _say(self, text: str) -> None:
        self._message.setText(text)
        self._message.setVisible(bool(text))
