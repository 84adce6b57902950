"""After a follow-up is submitted: this week's plan, the flags, the course's progress
charts, and the follow-up sheet to print (with the exercises of the plan's stage, by
default, in the same PDF).

The sheet's PDF is made by the follow-up services for the stored visit, on the
background runner.
"""

import logging
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinic_app.followups.course import Course
from clinic_app.followups.progress import progress
from clinic_app.followups.return_to_run import STAGES, ReturnToRun
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.print_preview import PrintPreviewDialog
from clinic_app.gui.common.progress_chart import ProgressCharts
from clinic_app.gui.common.wording import listed_words
from clinic_app.gui.common.workstation import Workstation
from clinic_app.rules.model import Assessment
from clinic_app.services import followups

log = logging.getLogger(__name__)

# English sources, shown through `_tr` in the window's language.
SHEET_TITLE = str(QT_TRANSLATE_NOOP("FollowUpResult", "Follow-up sheet"))
MAKING_SHEET = str(QT_TRANSLATE_NOOP("FollowUpResult", "Making the follow-up sheet…"))


def _tr(english: str) -> str:
    return QCoreApplication.translate("FollowUpResult", english)


def plan_text(plan: ReturnToRun) -> str:
    """This week's plan in the desk's words."""
    if plan.stage is not None:
        return QCoreApplication.translate(
            "FollowUpResult", "This week: stage {stage}, {session}."
        ).format(stage=plan.stage, session=STAGES[plan.stage - 1].session)
    if not plan.ready and plan.missing:
        checks = listed_words([check.replace("_", " ") for check in plan.missing])
        return QCoreApplication.translate(
            "FollowUpResult", "No running yet: strength work instead (not yet: {checks})."
        ).format(checks=checks)
    if not plan.ready:
        return QCoreApplication.translate(
            "FollowUpResult", "Do not run until a clinician has checked the foot."
        )
    return QCoreApplication.translate(
        "FollowUpResult", "Full training: keep within the clinic's weekly limit."
    )


def flags_text(assessment: Assessment) -> str:
    raised = [flag for flag in assessment.flags if flag.kind != "advice"]
    if not raised:
        return QCoreApplication.translate("FollowUpResult", "No referral or follow-up flags.")
    return QCoreApplication.translate("FollowUpResult", "Flags for a clinician: {flags}.").format(
        flags=listed_words([flag.title for flag in raised])
    )


class FollowUpResult(QWidget):
    """`doneRequested` when the desk goes back to the patient's page."""

    doneRequested = Signal()

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpResult")
        self._workstation = workstation
        self._followup_id: int | None = None
        self.preview: PrintPreviewDialog | None = None

        heading = QLabel(self.tr("Follow-up submitted"), self)
        heading.setObjectName("followup.result.title")
        heading.setProperty("role", "pageTitle")
        self._plan = QLabel(self)
        self._plan.setObjectName("followup.result.plan")
        self._plan.setWordWrap(True)
        self._flags = QLabel(self)
        self._flags.setObjectName("followup.result.flags")
        self._flags.setWordWrap(True)
        self._status = QLabel(self)
        self._status.setObjectName("followup.result.status")
        self._status.setWordWrap(True)
        self.charts = ProgressCharts()
        scroll = QScrollArea(self)
        scroll.setObjectName("followup.result.chartsScroll")
        scroll.setAccessibleName(self.tr("Progress charts of the course"))
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.charts)

        self._print = QPushButton(self.tr("&Print follow-up sheet…"), self)
        self._print.setObjectName("followup.print")
        self.with_exercises = QCheckBox(self.tr("With the e&xercises for this week's plan"), self)
        self.with_exercises.setObjectName("followup.withExercises")
        self.with_exercises.setToolTip(
            self.tr("The exercise sheet of this stage of the plan, on the pages after the sheet")
        )
        self.with_exercises.setChecked(True)
        self._done = QPushButton(self.tr("&Back to the patient"), self)
        self._done.setObjectName("followup.done")
        buttons = QHBoxLayout()
        buttons.addWidget(self._done)
        buttons.addStretch(1)
        buttons.addWidget(self.with_exercises)
        buttons.addWidget(self._print)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(self._plan)
        column.addWidget(self._flags)
        column.addWidget(scroll, 1)
        column.addWidget(self._status)
        column.addLayout(buttons)
        # As they are read, left to right.
        QWidget.setTabOrder(self._done, self.with_exercises)
        QWidget.setTabOrder(self.with_exercises, self._print)

        self._sheets = DatabaseCalls("making the follow-up sheet", self)
        # Every print or save is kept, so "only the newest reports" must not drop one: each
        # hand-over gets its own runner.
        self._recording: set[DatabaseCalls] = set()
        self._print.clicked.connect(self.print_sheet)
        self._done.clicked.connect(self.doneRequested)

    def show_result(
        self, followup_id: int, assessment: Assessment, plan: ReturnToRun, course: Course | None
    ) -> None:
        self._followup_id = followup_id
        self._plan.setText(plan_text(plan))
        self._flags.setText(flags_text(assessment))
        self._status.setText("")
        self.charts.show_progress(progress(course) if course is not None else ())
        self.with_exercises.setChecked(True)
        self._print.setEnabled(True)
        self._print.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_busy(self) -> bool:
        return self._sheets.busy

    def status_text(self) -> str:
        return self._status.text()

    def print_sheet(self) -> None:
        """Make the sheet's PDF in the background, then show it in the print preview."""
        followup_id = self._followup_id
        if followup_id is None or self._sheets.busy:
            return
        database = self._workstation.database
        with_exercises = self.with_exercises.isChecked()
        self._status.setText(_tr(MAKING_SHEET))
        self._sheets.run(
            lambda: followups.followup_sheet_for(
                database, followup_id, with_exercises=with_exercises
            ),
            self._sheet_made,
            self._sheet_failed,
        )

    def _sheet_made(self, sheet: followups.FollowUpSheetPdf) -> None:
        self._status.setText("")
        followup_id = self._followup_id
        # Named by visit, never by patient: file names end up in shared folders.
        preview = PrintPreviewDialog(
            sheet.pdf,
            title=_tr(SHEET_TITLE),
            suggested_name=f"follow-up-sheet-{followup_id}.pdf",
            parent=self,
        )
        if followup_id is not None:
            preview.handedOver.connect(partial(self._handed_over, followup_id, sheet, preview))
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.destroyed.connect(lambda: setattr(self, "preview", None))
        self.preview = preview
        preview.open()

    def _handed_over(
        self,
        followup_id: int,
        sheet: followups.FollowUpSheetPdf,
        preview: PrintPreviewDialog,
        action: str,
    ) -> None:
        """Keep what was printed or saved against the visit, like every handout."""
        database, actor = self._workstation.database, self._workstation.actor
        recording = DatabaseCalls("putting the follow-up sheet on record", self)
        self._recording.add(recording)

        def kept(_record: object) -> None:
            self._recording.discard(recording)
            self._status.setText(self.tr("The follow-up sheet is kept with the visit."))

        def failed(message: str) -> None:
            self._recording.discard(recording)
            words = self.tr(
                "The follow-up sheet was handed over but could not be put on record. "
                "{problem} Once that is solved, save it again so a copy is kept."
            ).format(problem=message)
            self._status.setText(words)
            if self.preview is preview:
                preview.show_problem(words)

        recording.run(
            lambda: followups.record_follow_up_sheet(
                database,
                actor,
                followup_id,
                sheet.pdf,
                paper=sheet.paper,
                large_print=sheet.large_print,
                language=sheet.language,
                action=action,
            ),
            kept,
            failed,
        )

    @property
    def followup_id(self) -> int | None:
        """The visit shown (None before one is)."""
        return self._followup_id

    def is_recording(self) -> bool:
        return bool(self._recording)

    def _sheet_failed(self, message: str) -> None:
        log.warning("making a follow-up sheet failed: %s", message)
        self._status.setText(
            self.tr("Cannot make the follow-up sheet: {message}. Try again.").format(
                message=message
            )
        )
