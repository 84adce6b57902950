"""The intake form: five steps, inline validation, live flags, autosave and submit.

Everything the desk types goes through one `IntakeBinding` into a document; the intake's
own validation (the same that `clinic-intake assess` uses) says what is wrong, and the
form only shows it. Nothing invalid can be submitted: Submit stays disabled, with the
reason on screen, until validation passes.

No database work happens here on the GUI thread (architecture.md, Threads): the clinic's
thresholds are read on the background runner (the defaults serve the live flags until
they come), autosave and submit go through the `DraftKeeper`, and the form says what is
in flight ("Saving…", "Submitting…") while it stays usable.
"""

import html
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common import designer, themes
from clinic_app.gui.common.answers import answers_html
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.field_messages import FieldMessages
from clinic_app.gui.common.form_labels import field_label
from clinic_app.gui.common.intake_fields import FIELDS, STEPS, Kind, field_of, step_of, words
from clinic_app.gui.common.tab_chain import tab_in_order
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.forms.ui_intake_history import Ui_IntakeHistoryStep
from clinic_app.gui.forms.ui_intake_patient import Ui_IntakePatientStep
from clinic_app.gui.forms.ui_intake_running import Ui_IntakeRunningStep
from clinic_app.gui.forms.ui_intake_symptoms import Ui_IntakeSymptomsStep
from clinic_app.gui.intake.draft_keeper import DraftKeeper
from clinic_app.gui.intake.entry_panel import EntryPanel, OpenedEntry
from clinic_app.gui.intake.flags_panel import FlagsPanel
from clinic_app.gui.intake.intake_binding import IntakeBinding
from clinic_app.intake import Problem
from clinic_app.intake.answers import MISSING, answer_at
from clinic_app.rules.settings import RuleSettings
from clinic_app.services import clinic_settings
from clinic_app.services.intakes import DraftSummary
from clinic_app.services.journal import JournalEntry
from clinic_app.services.live_flags import assess_as_typed
from clinic_app.services.patient_entries import CheckedIn

STEP_NAMES = tuple(name for name, _ in STEPS)
FLAGS_MIN_WIDTH = 340  # a flag card's badge and title side by side, without clipping
_FORMS: dict[str, type[designer.CompiledForm]] = {
    "patient": Ui_IntakePatientStep,
    "running": Ui_IntakeRunningStep,
    "symptoms": Ui_IntakeSymptomsStep,
    "history": Ui_IntakeHistoryStep,
}


class IntakeForm(QWidget):
    """One intake at a time; `submitted` carries the stored result. `entryChecked(id)`
    when a patient's entry opened here has left the waiting list (checked in here, or
    dealt with at another desk meanwhile)."""

    submitted = Signal(object)
    entryChecked = Signal(int)

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeForm")
        self._workstation = workstation
        self._settings = RuleSettings()
        self._settings_loaded = False
        self._settings_calls = DatabaseCalls("reading the clinic's settings", self)
        self._submitting = False
        self._touched: set[str] = set()
        self._left_steps: set[str] = set()
        self._problems: tuple[Problem, ...] = ()
        self._entry_edited = False
        """The desk changed the open patient's entry (it is not kept as a draft)."""

        self._stack = QStackedWidget(self)
        self._stack.setObjectName("intake.steps")
        titles = {name: words(english) for name, english in STEPS}
        for name in STEP_NAMES[:-1]:
            page = QWidget()
            page.setObjectName(f"intake.page.{name}")
            designer.set_up(_FORMS[name](), page)
            self._stack.addWidget(_scrolled(page, titles[name]))
        self._review = QLabel()
        self._review.setObjectName("intake.review")
        self._review.setWordWrap(True)
        self._review.setTextFormat(Qt.TextFormat.RichText)
        self._review.setText(f"<h2>{html.escape(self.tr('Review before submitting'))}</h2>")
        self._review.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._review.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._stack.addWidget(_scrolled(self._review, titles[STEP_NAMES[-1]]))

        self.binding = IntakeBinding(self._stack)
        self._messages = FieldMessages(
            {
                path: self.binding.widget(path)
                for path, kind in FIELDS.items()
                if kind is not Kind.FLAG
            }
        )
        self.keeper = DraftKeeper(workstation, self.binding.document, self)
        self.flags = FlagsPanel(self)
        self.entry = EntryPanel(workstation, self, describe=self._messages.note)

        self._step_buttons = QButtonGroup(self)
        steps_bar = QHBoxLayout()
        for number, (name, english) in enumerate(STEPS, start=1):
            title = words(english)
            button = QPushButton(f"&{number} {title}", self)
            button.setObjectName(f"intake.step.{name}")
            button.setCheckable(True)
            button.setToolTip(
                self.tr("Go to {step} (Alt+{number})").format(step=title.lower(), number=number)
            )
            self._step_buttons.addButton(button, number - 1)
            steps_bar.addWidget(button)
        steps_bar.addStretch(1)
        self._step_buttons.idClicked.connect(self.go_to)

        self._blocked = QLabel(self)
        self._blocked.setObjectName("intake.blocked")
        self._blocked.setProperty("role", "blocked")
        self._blocked.setWordWrap(True)
        self._status = QLabel(self)
        self._status.setObjectName("intake.status")
        self._status.setProperty("role", "fieldMessage")
        self._status.setWordWrap(True)
        self._draft_status = QLabel(self.tr("Not saved yet"), self)
        self._draft_status.setObjectName("intake.draftStatus")
        self._back = QPushButton(self.tr("◂ Back"), self)
        self._back.setObjectName("intake.back")
        self._back.setToolTip(self.tr("The step before (Ctrl+Page Up)"))
        self._next = QPushButton(self.tr("Next ▸"), self)
        self._next.setObjectName("intake.next")
        self._next.setToolTip(self.tr("The next step (Ctrl+Page Down)"))
        self._submit = QPushButton(self.tr("Submit intake"), self)
        self._submit.setObjectName("intake.submit")
        self._submit.setToolTip(self.tr("Save the intake and its flags (Ctrl+Enter)"))
        self._back.clicked.connect(lambda: self.go_to(self.current_step() - 1))
        self._next.clicked.connect(lambda: self.go_to(self.current_step() + 1))
        self._submit.clicked.connect(self.submit)
        for keys, action in (
            ("Ctrl+PgDown", self._next.click),
            ("Ctrl+PgUp", self._back.click),
            ("Ctrl+Return", self._submit.click),
            ("Ctrl+Enter", self._submit.click),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

        buttons = QHBoxLayout()
        buttons.addWidget(self._draft_status)
        buttons.addStretch(1)
        buttons.addWidget(self._back)
        buttons.addWidget(self._next)
        buttons.addWidget(self._submit)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.entry)
        column.addLayout(steps_bar)
        column.addWidget(self._stack, 1)
        column.addWidget(self._blocked)
        column.addWidget(self._status)
        column.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.flags)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.flags.setMinimumWidth(FLAGS_MIN_WIDTH)
        splitter.setSizes([2 * FLAGS_MIN_WIDTH, FLAGS_MIN_WIDTH + 60])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # As it is read: the entry's bar, the steps, the step's fields, its buttons, and the
        # flags beside them last (made before the buttons, they would come before them).
        tab_in_order(
            self,
            self.entry,
            *self._step_buttons.buttons(),
            self._stack,
            self._back,
            self._next,
            self._submit,
            self.flags,
        )

        self.binding.edited.connect(self._edited)
        self.keeper.saving.connect(self._draft_saving)
        self.keeper.saved.connect(self._draft_saved)
        self.keeper.failed.connect(self._draft_failed)
        self.keeper.submitted.connect(self._submitted)
        self.keeper.submitFailed.connect(self._submit_failed)
        self.keeper.invalid.connect(self._submit_invalid)
        self.entry.opened.connect(self._entry_opened)
        self.entry.openFailed.connect(self._entry_open_failed)
        self.entry.checkedIn.connect(self._entry_checked_in)
        self.entry.invalid.connect(self._submit_invalid)
        self.entry.alreadyChecked.connect(self._entry_already_checked)
        self.entry.failed.connect(self._entry_failed)
        self.new_intake()

    # --- starting ---------------------------------------------------------------------

    def new_intake(self, patient: Mapping[str, Any] | None = None) -> None:
        """An empty form (visit date today), optionally with a known patient filled in.

        What was typed on the form before is saved first: it stays an unfinished draft,
        offered at the next sign-in, rather than being lost to a stray Ctrl+N.
        """
        if self.keeper.pending:
            self.keeper.save_now()
        self.keeper.forget()
        self._leave_entry()
        self._load_settings()
        self._set_submitting(False)
        self.binding.clear()
        self.binding.load({"visit_date": date.today().isoformat(), "patient": patient or {}})
        self._touched.clear()
        self._left_steps.clear()
        self._status.clear()
        self._draft_status.setText(self.tr("Not saved yet"))
        if patient:
            self.keeper.changed()  # a chosen patient is already worth keeping
        self._refresh()
        self.go_to(STEP_NAMES.index("running") if patient else 0)

    def resume(self, draft: DraftSummary | JournalEntry) -> None:
        """Carry on with a draft kept from before (after a restart or a crash): a draft
        row, or a journal this computer kept while the database was unreachable (which
        goes to the database at once, and its file once it is there)."""
        if self.keeper.pending:
            self.keeper.save_now()
        self._leave_entry()
        self._load_settings()
        self._set_submitting(False)
        self.binding.clear()
        self.binding.load(draft.document)
        self._touched = {path for path in FIELDS if _answered(draft.document, path)}
        self._left_steps.clear()
        self._status.clear()
        if isinstance(draft, JournalEntry):
            self.keeper.resume(draft.intake_id, draft.version, key=draft.key)
            when = draft.typed_at.astimezone()
            self._draft_status.setText(
                self.tr("Resumed from this computer (typed {when}); saving it…").format(
                    when=f"{when:%d %b %H:%M}"
                )
            )
            self.keeper.changed()
            self.keeper.save_now()
        else:
            self.keeper.resume(draft.intake_id, draft.version)
            when = draft.updated_at.astimezone()
            self._draft_status.setText(
                self.tr("Draft resumed (saved {when})").format(when=f"{when:%d %b %H:%M}")
            )
        self._refresh()
        self.go_to(0)

    def _load_settings(self) -> None:
        """Ask for the clinic's thresholds once (again after a failure), off the GUI thread."""
        if self._settings_loaded:
            return
        database = self._workstation.database
        self._settings_calls.run(
            lambda: clinic_settings.load(database).rule_settings(),
            self._settings_arrived,
            self._settings_failed,
            unless_busy=True,
        )

    def _settings_arrived(self, settings: RuleSettings) -> None:
        self._settings_loaded = True
        if settings != self._settings:
            self._settings = settings
            self._refresh()

    def _settings_failed(self, message: str) -> None:
        self._status.setText(
            self.tr(
                "The clinic's thresholds could not be read ({message}); the live flags use "
                "the standard ones until they can. Submitting uses the clinic's own."
            ).format(message=message)
        )

    def has_unsaved_work(self) -> bool:
        return self.keeper.pending

    # --- moving between steps ---------------------------------------------------------

    def current_step(self) -> int:
        return self._stack.currentIndex()

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(STEP_NAMES):
            return
        before = self.current_step()
        if before != index:
            self._left_steps.add(STEP_NAMES[before])
        self._stack.setCurrentIndex(index)
        button = self._step_buttons.button(index)
        button.setChecked(True)
        self._refresh()
        self.focus_first_field()

    def focus_first_field(self) -> None:
        """Put the cursor in the current step's first field, where the desk types next."""
        page = self._stack.currentWidget()
        inner = page.widget() if isinstance(page, QScrollArea) else None
        first = first_field(inner) if inner is not None else None
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- validating, flagging, saving ---------------------------------------------------

    def problems(self) -> tuple[Problem, ...]:
        return self._problems

    def _edited(self, path: str) -> None:
        self._touched.add(path)
        self._status.clear()
        if self.entry.active:
            # Not a draft: the entry itself waits in the list until it is checked in.
            self._entry_edited = True
            self.entry.edited(path, self.binding.document())
        else:
            self.keeper.changed()
        self._refresh()

    def _refresh(self) -> None:
        document = self.binding.document()
        live = assess_as_typed(document, self._settings)
        self._problems = live.problems
        by_field: dict[str, str] = {}
        for problem in self._problems:
            field = field_of(problem.path)
            if field is not None:
                by_field.setdefault(field, _sentence(problem.message))
        visible = self._touched | {path for path in FIELDS if step_of(path) in self._left_steps}
        self._messages.show(by_field, visible)
        self.flags.show_flags(live)
        self._show_buttons()
        if STEP_NAMES[self.current_step()] == "review":
            self._show_review(document)

    def _show_buttons(self) -> None:
        step = STEP_NAMES[self.current_step()]
        on_review = step == "review"
        here = [p for p in self._problems if step_of(p.path) == step] if not on_review else []
        self._back.setEnabled(self.current_step() > 0 and not self._submitting)
        self._next.setVisible(not on_review)
        self._next.setEnabled(not here)
        self._submit.setVisible(on_review)
        self._submit.setEnabled(on_review and not self._problems and not self._submitting)
        for index, name in enumerate(STEP_NAMES[:-1]):
            button = self._step_buttons.button(index)
            count = sum(1 for p in self._problems if step_of(p.path) == name)
            button.setProperty("problems", count)
            button.setToolTip(_answers_to_fix(count) if count else self.tr("Nothing to fix here"))
        if here:
            self._blocked.setText(
                self.tr("Next is not available yet: {problem}").format(
                    problem=self._describe(here[0])
                )
            )
        elif on_review and self._problems:
            self._blocked.setText(
                self.tr("Submit is not available yet: {count}, first {problem}").format(
                    count=_answers_to_fix(len(self._problems)),
                    problem=self._describe(self._problems[0]),
                )
            )
        else:
            self._blocked.clear()

    def _describe(self, problem: Problem) -> str:
        field = field_of(problem.path)
        label = field_label(field) if field else problem.path
        return f"{label} {problem.message}."

    def _show_review(self, document: Mapping[str, Any]) -> None:
        """The answers as the clinician will read them (the review pane's renderer), each
        step followed by what is still to fix there."""
        to_fix_words = self.tr("To fix: {problem}")
        problem = themes.current().colour("problem")
        to_fix = {
            name: "".join(
                f"<div style='color:{problem}'>"
                + html.escape(to_fix_words.format(problem=self._describe(p)))
                + "</div>"
                for p in self._problems
                if step_of(p.path) == name
            )
            for name, _title in STEPS[:-1]
        }
        self._review.setText(
            f"<h2>{html.escape(self.tr('Review before submitting'))}</h2>"
            + answers_html(document, level=3, after=to_fix)
        )

    def _draft_saving(self) -> None:
        if not self._submitting:
            self._draft_status.setText(self.tr("Saving…"))

    def _draft_saved(self, when: datetime) -> None:
        self._draft_status.setText(self.tr("Draft saved at {time}").format(time=f"{when:%H:%M:%S}"))

    def _draft_failed(self, message: str) -> None:
        self._draft_status.setText(
            self.tr(
                "Not saved to the database ({message}). Your typing is kept on this computer "
                "and is saved when the database answers."
            ).format(message=message)
        )

    # --- submitting -------------------------------------------------------------------

    def is_submitting(self) -> bool:
        return self._submitting

    def submit(self) -> None:
        """Send the intake on the background runner; the answers cannot change while it
        is out (what is submitted is what is on screen), the rest of the window can."""
        if self._problems or self._submitting or STEP_NAMES[self.current_step()] != "review":
            return
        self._status.clear()
        if self.entry.active:
            if self.entry.entry is None:
                return  # still opening
            self._set_submitting(True)
            self.entry.check_in(self.binding.document())
            return
        self._set_submitting(True)
        self.keeper.submit(self.binding.document())

    def _set_submitting(self, submitting: bool) -> None:
        self._submitting = submitting
        self._stack.setEnabled(not submitting)
        for button in self._step_buttons.buttons():
            button.setEnabled(not submitting)
        self.entry.identity.setEnabled(not submitting)
        if submitting:
            self._draft_status.setText(self.tr("Submitting…"))
        self._show_buttons()

    def _submitted(self, result: object) -> None:
        self._set_submitting(False)
        self.submitted.emit(result)

    def _submit_failed(self, message: str) -> None:
        self._set_submitting(False)
        self._status.setText(
            self.tr(
                "The intake was not submitted: {message}. It stays a draft, kept on this "
                "computer; submit it again when the database answers."
            ).format(message=message)
        )
        self._draft_status.setText(self.tr("Not submitted: kept as a draft on this computer"))

    def _submit_invalid(self, problems: tuple[Problem, ...]) -> None:
        self._set_submitting(False)
        self._problems = problems
        self._show_buttons()

    # --- a patient's own entry (self-entry.md, the desk's check) -----------------------

    def open_entry(self, entry_id: int) -> bool:
        """Check a patient's entry here: their answers go into the form, marked as theirs.

        Typing on the form is not thrown away unasked: an intake in progress stays a
        draft (offered at the next sign-in), but the desk is asked first; corrections to
        another entry (never kept as a draft) would be lost, so that is asked too.
        False when the desk chose to stay.
        """
        if self._worth_asking() and not self._leave_agreed():
            return False
        if self.keeper.pending:
            self.keeper.save_now()
        self.keeper.forget()
        self._leave_entry()
        self._set_submitting(False)
        self.binding.clear()
        self._touched.clear()
        self._left_steps.clear()
        self._refresh()
        self._status.setText(self.tr("Opening the patient's entry…"))
        self.entry.open(entry_id)
        return True

    def in_entry_mode(self) -> bool:
        return self.entry.active

    def _worth_asking(self) -> bool:
        if self.entry.active:
            return self._entry_edited
        document = self.binding.document()
        return any(_answered(document, path) for path in self._touched)

    def _leave_agreed(self) -> bool:
        if self.entry.active:
            question = self.tr(
                "Your corrections to the open patient's entry are not submitted and will be "
                "lost (the entry stays in the list). Open the other entry?"
            )
        else:
            question = self.tr(
                "The intake on the form is not submitted. It is kept as a draft, offered at "
                "your next sign-in. Open the patient's entry?"
            )
        answer = QMessageBox.question(
            self,
            self.tr("Open a patient's entry"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _leave_entry(self) -> None:
        self.entry.leave()
        self._entry_edited = False

    def _entry_opened(self, opened: OpenedEntry) -> None:
        document = opened.entry.document
        self.binding.clear()
        self.binding.load(document)
        self.entry.mark(self.binding)
        self._touched = {path for path in FIELDS if _answered(document, path)}
        self._left_steps.clear()
        self._status.clear()
        self._entry_edited = False
        self._draft_status.setText(
            self.tr("Not a draft: the entry waits in the list until it is submitted")
        )
        kept = opened.kept
        if kept is not None:
            # Checked here before and not finished (a crash, a lock): the corrections
            # typed then come back, marked as the desk's.
            self.binding.load(kept.document)
            self.entry.restore(kept, self.binding.document())
            self._touched |= set(kept.changed)
            self._entry_edited = True
            when = kept.typed_at.astimezone()
            self._draft_status.setText(
                self.tr(
                    "Your corrections from {time}, kept on this computer, are back; the entry "
                    "waits in the list until it is submitted"
                ).format(time=f"{when:%H:%M}")
            )
        self._refresh()
        self.go_to(0)

    def _entry_open_failed(self, message: str) -> None:
        self.new_intake()
        self._status.setText(
            self.tr("The patient's entry could not be opened: {message}").format(message=message)
        )

    def _entry_checked_in(self, checked: CheckedIn) -> None:
        self._entry_edited = False
        self._set_submitting(False)
        self.entryChecked.emit(checked.entry_id)
        self.submitted.emit(checked.submitted)

    def _entry_already_checked(self, message: str) -> None:
        entry = self.entry.entry
        self.new_intake()
        self._status.setText(
            self.tr(
                "Not submitted: another desk has dealt with this entry ({message}). "
                "The form is empty again."
            ).format(message=message)
        )
        self.entryChecked.emit(entry.entry_id if entry is not None else 0)

    def _entry_failed(self, message: str) -> None:
        self._set_submitting(False)
        self._status.setText(
            self.tr(
                "The entry was not checked in: {message}. Your corrections are still on the "
                "form; submit again when the database answers."
            ).format(message=message)
        )


def _scrolled(page: QWidget, title: str) -> QScrollArea:
    """A step's page in a scroll area named for the step, which is what a screen reader
    says when the area takes the focus."""
    area = QScrollArea()
    area.setObjectName(f"{page.objectName()}.scroll")
    area.setAccessibleName(title)
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def first_field(page: QWidget) -> QWidget | None:
    """What Tab reaches first on `page`, or the page itself when it takes the focus (the
    review's summary): the step's tab order (its Designer form's) says which field is
    first, so the cursor starts where Tab would."""
    if page.focusPolicy() & Qt.FocusPolicy.TabFocus and page.isEnabled():
        return page
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isEnabled()
            and widget.isVisibleTo(page)
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _answers_to_fix(count: int) -> str:
    """ "3 answer(s) to fix", counted the language's way."""
    return QCoreApplication.translate("IntakeForm", "%n answer(s) to fix", None, count)


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def _answered(document: Mapping[str, Any], path: str) -> bool:
    value = answer_at(document, path)
    return value is not MISSING and value not in (None, "", [], False)
