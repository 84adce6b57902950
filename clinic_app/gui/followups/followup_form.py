"""The "Follow-up visit" form: a visit of an open course, typed in four steps, with its
flags live beside it, kept as a draft while it is typed, and submitted in the background.

Steps (tabs, each with an Alt shortcut): how it is now (the intake's symptom questions,
the foot map, pain now), running, measures (the course's earlier PSFS activities to rate
again, up to five, and the LEFS and FAAM totals) and the clinician's readiness checks.

Threads (architecture.md): the course is read from the database in the background when
the form opens; drafts are saved and the visit submitted in the background, the form
saying "Saving…", then "Submitted". The live flags are computed on the GUI thread, from
the loaded course: validation and `assess_follow_up` are pure and take a millisecond or
two, and touch no database.
"""

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_app.followups.assessment import assess_follow_up
from clinic_app.followups.course import Course, NotInCourse
from clinic_app.followups.fields import READINESS_CHECKS
from clinic_app.followups.model import FollowUp
from clinic_app.followups.return_to_run import ReturnToRun
from clinic_app.followups.scores import activity_key
from clinic_app.followups.validation import FollowUpInvalid, parse_follow_up
from clinic_app.gui.common.accessible_names import name_from_labels
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.field_messages import FieldMessages, set_invalid
from clinic_app.gui.common.flag_card import FlagCard
from clinic_app.gui.common.intake_fields import Kind
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.followups.followup_fields import (
    FOLLOW_UP_FIELDS,
    PSFS_ROWS,
    STEPS,
    SYMPTOMS,
    FollowUpBinding,
    field_words,
    label_of,
    make_widget,
    psfs_paths,
)
from clinic_app.gui.followups.followup_result import FollowUpResult
from clinic_app.intake.validation import Problem
from clinic_app.rules.model import Assessment
from clinic_app.services import followups
from clinic_app.services.followup_drafts import FollowUpDraftSummary
from clinic_app.services.followups import FollowUpDraftSaved, SubmittedFollowUp

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1500
LIVE_FLAGS_MS = 100
# English sources, shown through `_tr` in the window's language.
NO_COURSE = str(
    QT_TRANSLATE_NOOP(
        "FollowUpForm", "Open a follow-up visit from a patient's course on the Patients page."
    )
)
LOADING = str(QT_TRANSLATE_NOOP("FollowUpForm", "Reading the course of care…"))
SAVING = str(QT_TRANSLATE_NOOP("FollowUpForm", "Saving…"))
SUBMITTED = str(QT_TRANSLATE_NOOP("FollowUpForm", "Submitted"))
NO_FLAGS = str(QT_TRANSLATE_NOOP("FollowUpForm", "No flags so far."))


def _tr(english: str) -> str:
    return QCoreApplication.translate("FollowUpForm", english)


def _step_of(path: str) -> str:
    if path.startswith("symptoms.") or path == "visit_date":
        return "now"
    if path.startswith("running."):
        return "running"
    if path.startswith("measures.readiness.") or path == "notes":
        return "readiness"
    return "measures"


def _problems_of(error: FollowUpInvalid | NotInCourse) -> tuple[Problem, ...]:
    if isinstance(error, NotInCourse):
        return (Problem("visit_date", str(error)),)
    return error.problems


def _submit(
    workstation: Workstation,
    document: dict[str, Any],
    course_id: int,
    draft: tuple[int, int] | None,
) -> SubmittedFollowUp | FollowUpInvalid:
    """Run in the background: the submitted follow-up, or the refusal as a value (so its
    problems, with their paths, reach the form rather than only its words)."""
    try:
        return followups.submit_follow_up(
            workstation.database,
            workstation.actor,
            document,
            course_id=course_id,
            draft_id=draft[0] if draft else None,
            draft_version=draft[1] if draft else None,
        )
    except FollowUpInvalid as refusal:
        return refusal


class FollowUpForm(QWidget):
    """`submittedFollowUp(object)` with the service's SubmittedFollowUp; `doneRequested`
    when the desk goes back to the patient's page."""

    submittedFollowUp = Signal(object)
    doneRequested = Signal()

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpForm")
        self._workstation = workstation
        self._course: Course | None = None
        self._course_id: int | None = None
        self._draft: tuple[int, int] | None = None
        self._assessment: Assessment | None = None
        self._tried_submit = False
        self._then_submit = False
        self._cards: dict[str, FlagCard] = {}

        self._pages = QStackedWidget(self)
        self._empty = QLabel(_tr(NO_COURSE), self)
        self._empty.setObjectName("followup.empty")
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._editor = QWidget(self)
        self.result = FollowUpResult(workstation, self)
        for page in (self._empty, self._editor, self.result):
            self._pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)

        self._title = QLabel(self.tr("Follow-up visit"), self._editor)
        self._title.setObjectName("followup.title")
        self._title.setProperty("role", "pageTitle")
        self.steps = QTabWidget(self._editor)
        self.steps.setObjectName("followup.steps")
        self.steps.setAccessibleName(self.tr("Steps of the follow-up visit"))
        self._build_steps()
        self.binding = FollowUpBinding(self.steps)
        self.messages = FieldMessages(
            {path: self.binding.widget(path) for path in FOLLOW_UP_FIELDS}
        )

        self._flags_heading = QLabel(_tr(NO_FLAGS), self._editor)
        self._flags_heading.setObjectName("followup.flagsHeading")
        self._flags_heading.setWordWrap(True)
        self._flags_column = QWidget()
        self._flags_column.setObjectName("followup.flags")
        self._flag_cards = QVBoxLayout(self._flags_column)
        self._flag_cards.setContentsMargins(0, 0, 0, 0)
        self._flag_cards.addWidget(self._flags_heading)
        self._flag_cards.addStretch(1)
        flags_scroll = QScrollArea(self._editor)
        flags_scroll.setObjectName("followup.flagsScroll")
        flags_scroll.setAccessibleName(self.tr("Flags so far"))
        flags_scroll.setWidgetResizable(True)
        flags_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        flags_scroll.setWidget(self._flags_column)
        flags_scroll.setMinimumWidth(320)

        self._status = QLabel(self._editor)
        self._status.setObjectName("followup.status")
        self._status.setWordWrap(True)
        self._submit_button = QPushButton(self.tr("Su&bmit follow-up"), self._editor)
        self._submit_button.setObjectName("followup.submit")
        self._submit_button.setToolTip(self.tr("Save this visit for the course (Ctrl+Enter)"))
        self._submit_button.setShortcut("Ctrl+Return")
        self._cancel = QPushButton(self.tr("&Back to the patient"), self._editor)
        self._cancel.setObjectName("followup.cancel")
        buttons = QHBoxLayout()
        buttons.addWidget(self._cancel)
        buttons.addWidget(self._status, 1)
        buttons.addWidget(self._submit_button)
        body = QHBoxLayout()
        body.addWidget(self.steps, 3)
        body.addWidget(flags_scroll, 2)
        column = QVBoxLayout(self._editor)
        column.addWidget(self._title)
        column.addLayout(body, 1)
        column.addLayout(buttons)
        # The buttons as they are read, left to right (made the other way round).
        QWidget.setTabOrder(self._cancel, self._submit_button)

        self._loading = DatabaseCalls("reading a course of care", self)
        self._saving = DatabaseCalls("saving a follow-up draft", self)
        self._submitting = DatabaseCalls("submitting a follow-up", self)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft_now)
        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(LIVE_FLAGS_MS)
        self._live.timeout.connect(self.refresh_flags)
        self.binding.edited.connect(self._edited)
        self._submit_button.clicked.connect(self.submit)
        self._cancel.clicked.connect(self.doneRequested)
        self.result.doneRequested.connect(self.doneRequested)
        self._pages.setCurrentWidget(self._empty)
        name_from_labels(self)

    # --- building ---------------------------------------------------------------------

    def _build_steps(self) -> None:
        pages = {}
        for step, english in STEPS:
            title = field_words(english)
            scroll = QScrollArea(self.steps)
            scroll.setObjectName(f"followup.step.{step}")
            scroll.setAccessibleName(title.replace("&", ""))
            scroll.setWidgetResizable(True)
            page = QWidget()
            scroll.setWidget(page)
            pages[step] = page
            self.steps.addTab(scroll, title)
        now = QFormLayout(pages["now"])
        self._row(now, pages["now"], "visit_date")
        for path in SYMPTOMS:
            self._row(now, pages["now"], path)
        running = QFormLayout(pages["running"])
        for path in FOLLOW_UP_FIELDS:
            if path.startswith("running."):
                self._row(running, pages["running"], path)
        self._build_measures(pages["measures"])
        readiness = QFormLayout(pages["readiness"])
        note = QLabel(
            self.tr("The clinician's return-to-run checks: leave a check not done as it is.")
        )
        note.setWordWrap(True)
        readiness.addRow(note)
        for check in READINESS_CHECKS:
            self._row(readiness, pages["readiness"], f"measures.readiness.{check}")
        self._row(readiness, pages["readiness"], "notes")

    def _row(self, layout: QFormLayout, page: QWidget, path: str) -> QWidget:
        # A long question goes above its field rather than pushing the fields off screen.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        kind = FOLLOW_UP_FIELDS[path]
        widget = make_widget(path, kind, page)
        if kind in (Kind.FLAG, Kind.CHOICES):
            layout.addRow(widget)
        else:
            label = QLabel(label_of(path), page)
            label.setBuddy(widget)
            layout.addRow(label, widget)
        return widget

    def _build_measures(self, page: QWidget) -> None:
        column = QVBoxLayout(page)
        psfs = QLabel(
            self.tr(
                "Patient-Specific Functional Scale: each activity rated 0 (cannot do it) to 10 "
                "(as before). The course's earlier activities are listed to rate again; leave a "
                "score empty to skip one, or add new ones below."
            ),
            page,
        )
        psfs.setWordWrap(True)
        column.addWidget(psfs)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Activity"), page), 0, 1)
        grid.addWidget(QLabel(self.tr("Score (0–10)"), page), 0, 2)
        holder = QWidget(page)
        holder.setLayout(grid)
        for row in range(PSFS_ROWS):
            activity = QLineEdit(holder)
            activity.setObjectName(f"measures.psfs.{row}.activity")
            activity.setAccessibleName(self.tr("PSFS activity {number}").format(number=row + 1))
            score = QLineEdit(holder)
            score.setObjectName(f"measures.psfs.{row}.score")
            score.setAccessibleName(self.tr("PSFS score {number}, 0 to 10").format(number=row + 1))
            score.setMaximumWidth(80)
            number = QLabel(f"{row + 1}.", holder)
            number.setBuddy(activity)
            grid.addWidget(number, row + 1, 0)
            grid.addWidget(activity, row + 1, 1)
            grid.addWidget(score, row + 1, 2)
            if row == 0:
                self._psfs_first = activity
        column.addWidget(holder)
        self._psfs_message = QLabel(page)
        self._psfs_message.setObjectName("measures.psfs.message")
        self._psfs_message.setProperty("role", "fieldMessage")
        self._psfs_message.setWordWrap(True)
        self._psfs_message.hide()
        column.addWidget(self._psfs_message)
        totals = QWidget(page)
        form = QFormLayout(totals)
        for path in ("measures.lefs_total", "measures.faam_adl_percent"):
            self._row(form, totals, path)
        self._row(form, totals, "measures.faam_sports_percent")
        column.addWidget(totals)
        column.addStretch(1)

    # --- public: what the main window and the tests use --------------------------------

    def open_course(self, course_id: int, *, draft: FollowUpDraftSummary | None = None) -> None:
        """Start a follow-up of the course (or carry on with its `draft`): read the course
        in the background, then show the form."""
        self._autosave.stop()
        self._course, self._course_id, self._draft = None, course_id, None
        self._tried_submit = self._then_submit = False
        self._assessment = None
        self.binding.clear()
        self.messages.show({}, ())
        self._show_cards(())
        self._empty.setText(_tr(LOADING))
        self._pages.setCurrentWidget(self._empty)
        database = self._workstation.database
        self._loading.run(
            lambda: followups.course_of(database, course_id),
            lambda course: self.show_course(course_id, course, draft),
            self._course_failed,
        )

    def resume(self, draft: FollowUpDraftSummary) -> None:
        """Carry on with a follow-up left unfinished (offered at sign-in): its course is read
        again, then what was typed is put back, and saving goes on from its version."""
        self.open_course(draft.course_id, draft=draft)

    def course(self) -> Course | None:
        return self._course

    def is_busy(self) -> bool:
        return (
            self._loading.busy
            or self._saving.busy
            or self._submitting.busy
            or self.result.is_busy()
        )

    def status_text(self) -> str:
        return self._status.text()

    def assessment(self) -> Assessment | None:
        """The live flags' assessment of the visit as typed (None while it is not valid)."""
        return self._assessment

    def shown_flag_codes(self) -> list[str]:
        return [code for code, card in self._cards.items() if not card.isHidden()]

    def document(self) -> dict[str, Any]:
        course = self._course
        base: dict[str, Any] = {}
        if course is not None:
            base["patient"] = course.intake.patient.model_dump(mode="json")
            base["course_started"] = course.started.isoformat()
        return self.binding.document(base)

    def has_unsaved_work(self) -> bool:
        return self._autosave.isActive()

    def focus_first_field(self) -> None:
        self.steps.setCurrentIndex(0)
        self.binding.widget("visit_date").setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the course ---------------------------------------------------------------------

    def show_course(
        self, course_id: int, course: Course, draft: FollowUpDraftSummary | None = None
    ) -> None:
        """Start a follow-up of a course already read (open_course reads it first), or
        show its `draft` again over the course's defaults."""
        self._course, self._course_id = course, course_id
        newest = course.newest
        self.binding.set_value("visit_date", date.today().isoformat())
        self.binding.set_value("running.distance_unit", newest_unit(course))
        self.binding.set_value("symptoms.side", newest.symptoms.side)
        self.binding.set_earlier_activities(earlier_activities(course))
        if draft is not None:
            self.binding.load(draft.document)
            self._draft = (draft.followup_id, draft.version)
        patient = course.intake.patient
        self._title.setText(
            QCoreApplication.translate(
                "FollowUpForm",
                "Follow-up visit: {name}, course started {started} (%n visits so far)",
                None,
                len(course.visits),
            ).format(
                name=f"{patient.first_name} {patient.last_name}",
                started=course.started.isoformat(),
            )
        )
        self._status.setText(
            self.tr("Carrying on with the follow-up kept as a draft.") if draft else ""
        )
        self._submit_button.setEnabled(True)
        self._pages.setCurrentWidget(self._editor)
        self.refresh_flags()
        self.focus_first_field()

    def _course_failed(self, message: str) -> None:
        log.warning("reading a course failed: %s", message)
        self._empty.setText(
            self.tr("Cannot open the follow-up: {message}. Try again in a moment.").format(
                message=message
            )
        )

    # --- live flags ---------------------------------------------------------------------

    def _edited(self, _path: str) -> None:
        self._live.start()
        if self._course is not None and self._submitting.busy is False:
            self._autosave.start()

    def _checked(self) -> tuple[FollowUp | None, tuple[Problem, ...]]:
        try:
            follow_up = parse_follow_up(self.document())
            if self._course is not None:
                Course(self._course.intake, (*self._course.follow_ups, follow_up))
        except (FollowUpInvalid, NotInCourse) as error:
            return None, _problems_of(error)
        return follow_up, ()

    def refresh_flags(self) -> None:
        """Assess the visit as typed against the course; show its flags, or what they wait for."""
        self._live.stop()
        course = self._course
        follow_up, problems = self._checked()
        if self._tried_submit:
            self._show_problems(problems)
        if course is None or follow_up is None:
            self._assessment = None
            self._show_cards(())
            named = sorted({_field_words(problem.path) for problem in problems})
            self._flags_heading.setText(
                self.tr(
                    "Flags appear once these answers are filled in and valid: {answers}."
                ).format(answers=self.tr(", ", "between the answers").join(named))
            )
            return
        whole = Course(course.intake, (*course.follow_ups, follow_up), course.status)
        self._assessment = assess_follow_up(whole, follow_up)
        raised = self._assessment.flags
        self._show_cards(raised)
        for_clinician = sum(1 for flag in raised if flag.kind != "advice")
        self._flags_heading.setText(
            _tr(NO_FLAGS)
            if not raised
            else _flags_count(for_clinician, len(raised) - for_clinician)
        )

    def _show_cards(self, flags: object) -> None:
        shown = set()
        for flag in flags:  # type: ignore[attr-defined]
            card = self._cards.get(flag.code)
            if card is None:
                card = FlagCard(flag.code, self._flags_column, prefix="followup.")
                self._cards[flag.code] = card
                self._flag_cards.insertWidget(self._flag_cards.count() - 1, card)
            card.show_flag(flag)
            card.show()
            shown.add(flag.code)
        for code, card in self._cards.items():
            if code not in shown:
                card.hide()

    def _show_problems(self, problems: tuple[Problem, ...]) -> None:
        messages = {problem.path: problem.message for problem in problems}
        self.messages.show(messages, messages)
        psfs = [
            f"{path}: {words}"
            for path, words in messages.items()
            if path.startswith("measures.psfs")
        ]
        for path in psfs_paths():
            set_invalid(self.binding.widget(path), path in messages)
        self._psfs_message.setText("; ".join(psfs))
        self._psfs_message.setVisible(bool(psfs))

    # --- drafts and submitting ------------------------------------------------------------

    def save_draft_now(self) -> None:
        """Keep what is typed as a draft of the course (in the background)."""
        self._autosave.stop()
        course_id = self._course_id
        if course_id is None or self._course is None or self._submitting.busy:
            return
        if self._saving.busy:  # one save at a time: the next carries the version it returns
            self._autosave.start()
            return
        workstation, document, draft = self._workstation, self.document(), self._draft
        self._status.setText(_tr(SAVING))
        self._saving.run(
            lambda: followups.save_follow_up_draft(
                workstation.database,
                workstation.actor,
                document,
                course_id=course_id,
                followup_id=draft[0] if draft else None,
                version=draft[1] if draft else None,
            ),
            self._draft_saved,
            self._draft_failed,
        )

    def _draft_saved(self, saved: FollowUpDraftSaved) -> None:
        self._draft = (saved.followup_id, saved.version)
        if self._status.text() == _tr(SAVING):
            self._status.setText(self.tr("Draft kept."))
        self._submit_if_asked()

    def _draft_failed(self, message: str) -> None:
        log.warning("saving a follow-up draft failed: %s", message)
        self._status.setText(
            self.tr("Draft not kept: {message}. It is tried again as you type.").format(
                message=message
            )
        )
        self._submit_if_asked()

    def _submit_if_asked(self) -> None:
        if self._then_submit:
            self._then_submit = False
            self.submit()

    def submit(self) -> None:
        """Check the visit here first (naming each field that is wrong), then submit it."""
        course_id = self._course_id
        if course_id is None or self._course is None or self._submitting.busy:
            return
        self._tried_submit = True
        follow_up, problems = self._checked()
        if follow_up is None:
            self._refuse(problems)
            return
        self._show_problems(())
        self._autosave.stop()
        if self._saving.busy:  # submit once the draft's save answers, with its new version
            self._then_submit = True
            self._status.setText(_tr(SAVING))
            return
        workstation, document, draft = self._workstation, self.document(), self._draft
        self._status.setText(_tr(SAVING))
        self._submit_button.setEnabled(False)
        self._submitting.run(
            lambda: _submit(workstation, document, course_id, draft),
            self._submit_answered,
            self._submit_failed,
        )

    def _refuse(self, problems: tuple[Problem, ...]) -> None:
        self._show_problems(problems)
        problem_words = self.tr("{field}: {problem}")
        words = self.tr("; ", "between problems").join(
            problem_words.format(field=_field_words(p.path), problem=p.message)
            for p in problems[:3]
        )
        if len(problems) > 3:
            text = QCoreApplication.translate(
                "FollowUpForm", "Not submitted. {problems} (and %n more).", None, len(problems) - 3
            ).format(problems=words)
        else:
            text = self.tr("Not submitted. {problems}.").format(problems=words)
        self._status.setText(text)
        first = next((p.path for p in problems if p.path in self.binding.widgets()), None)
        if first is not None:
            names = [step for step, _title in STEPS]
            self.steps.setCurrentIndex(names.index(_step_of(first)))
            self.binding.widget(first).setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit_answered(self, answer: SubmittedFollowUp | FollowUpInvalid) -> None:
        self._submit_button.setEnabled(True)
        if isinstance(answer, FollowUpInvalid):
            self._refuse(answer.problems)
            return
        self._status.setText(_tr(SUBMITTED))
        submitted, course_id = answer, answer.course_id
        database = self._workstation.database
        self._loading.run(
            lambda: followups.course_of(database, course_id),
            lambda course: self._show_result(submitted, course),
            lambda message: self._show_result(submitted, None, message),
        )
        self.submittedFollowUp.emit(submitted)

    def _show_result(
        self, submitted: SubmittedFollowUp, course: Course | None, problem: str = ""
    ) -> None:
        if problem:
            log.warning("reading the course after a submit failed: %s", problem)
        self.show_outcome(
            submitted.followup_id, submitted.assessment, submitted.return_to_run, course
        )

    def show_outcome(
        self, followup_id: int, assessment: Assessment, plan: ReturnToRun, course: Course | None
    ) -> None:
        """Show a submitted follow-up: its plan, flags and the course's charts."""
        self.result.show_result(followup_id, assessment, plan, course)
        self._pages.setCurrentWidget(self.result)

    def _submit_failed(self, message: str) -> None:
        log.warning("submitting a follow-up failed: %s", message)
        self._submit_button.setEnabled(True)
        self._status.setText(
            self.tr("Not submitted: {message}. Nothing was lost; try again.").format(
                message=message
            )
        )


def _flags_count(for_clinician: int, advice: int) -> str:
    """ "1 flag for a clinician, 2 advice flags.": each count counted the language's way."""
    if for_clinician == 1:
        first = QCoreApplication.translate("FollowUpForm", "%n flag for a clinician", None, 1)
    else:
        first = QCoreApplication.translate(
            "FollowUpForm", "%n flags for a clinician", None, for_clinician
        )
    if advice == 1:
        second = QCoreApplication.translate("FollowUpForm", "%n advice flag", None, 1)
    else:
        second = QCoreApplication.translate("FollowUpForm", "%n advice flags", None, advice)
    return QCoreApplication.translate("FollowUpForm", "{flags}, {advice}.").format(
        flags=first, advice=second
    )


def _field_words(path: str) -> str:
    if path in FOLLOW_UP_FIELDS:
        return label_of(path).replace("&", "")
    return path or QCoreApplication.translate("FollowUpForm", "the visit")


def newest_unit(course: Course) -> str:
    return course.newest.running.distance_unit


def earlier_activities(course: Course) -> list[str]:
    """The PSFS activities of the course, newest visit's first, each once (by name)."""
    seen: dict[str, str] = {}
    for visit in reversed(course.visits):
        for activity in visit.measures.psfs or ():
            seen.setdefault(activity_key(activity.activity), activity.activity)
    return list(seen.values())
