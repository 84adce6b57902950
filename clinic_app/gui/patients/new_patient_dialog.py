"""The New patient dialog: the intake's `patient` section, checked as it is typed, and a
look for the same person on record before anyone is registered twice.

Every field is named by its intake path (`patient.first_name`…) and checked by the
patients service with the intake's own rules and words. A field's message shows once it
has been edited, or after a Save attempt; Save stays disabled, with the reason beside it,
while anything is wrong. Possible duplicates are shown in the dialog itself (not in a
message box over it), so the desk can compare them with what was typed.

The look for duplicates, the registering and the reading of the chosen record run on the
background runner (architecture.md, Threads): the dialog says "Checking the records…" and
holds its buttons while one is out, and an edit made meanwhile drops its answer (it was
for the details as they were).
"""

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.accessible_names import name_from_labels
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.field_messages import set_invalid
from clinic_app.gui.common.intake_fields import CHOICES
from clinic_app.gui.common.intake_fields import words as choice_words
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.patients.patient_model import NAME, PATIENT_ROLE, PatientTableModel
from clinic_app.intake import IntakeInvalid
from clinic_app.intake import Patient as PatientDetails
from clinic_app.services import patients
from clinic_app.services.actor import Actor
from clinic_app.services.patients import PatientRow
from clinic_app.storage.database import Database

log = logging.getLogger(__name__)

# (field, label with its mnemonic), in the order of the intake format. The labels and
# the messages below are English sources, shown through `_tr` in the window's language.
FIELDS: tuple[tuple[str, str], ...] = (
    ("first_name", str(QT_TRANSLATE_NOOP("NewPatientDialog", "&First name"))),
    ("last_name", str(QT_TRANSLATE_NOOP("NewPatientDialog", "&Last name"))),
    ("date_of_birth", str(QT_TRANSLATE_NOOP("NewPatientDialog", "Date of &birth"))),
    ("sex", str(QT_TRANSLATE_NOOP("NewPatientDialog", "&Sex"))),
    ("phone", str(QT_TRANSLATE_NOOP("NewPatientDialog", "&Phone"))),
    ("email", str(QT_TRANSLATE_NOOP("NewPatientDialog", "&Email"))),
    ("clinic_number", str(QT_TRANSLATE_NOOP("NewPatientDialog", "&Clinic number"))),
    # Added with languages (languages.md); the label is the intake form's own.
    ("language", str(QT_TRANSLATE_NOOP("NewPatientDialog", "Lan&guage for the patient's sheet"))),
)
CHOSEN = ("sex", "language")
"""The fields chosen from a list (the intake's CHOICES) rather than typed."""
OMITTED_WHEN_NONE = ("language",)
"""Choices whose "not asked" is left out of the section, as the intake form leaves it."""
REQUIRED = ("first_name", "last_name", "date_of_birth")
DATE_PLACEHOLDER = str(QT_TRANSLATE_NOOP("NewPatientDialog", "YYYY-MM-DD"))


CHECKING = str(QT_TRANSLATE_NOOP("NewPatientDialog", "Checking the records…"))


def _tr(english: str) -> str:
    return QCoreApplication.translate("NewPatientDialog", english)


def _plain(label: str) -> str:
    return label.replace("&", "")


@dataclass(frozen=True)
class _Found:
    """What a look at the records found for the typed details (made off the GUI thread).

    `existing` is the same patient already registered; `duplicates` patients like them;
    with neither, `patient` and `section` are the record just registered or chosen.
    """

    existing: PatientRow | None = None
    duplicates: tuple[PatientRow, ...] = ()
    patient: PatientRow | None = None
    section: dict[str, object] | None = None
    created: bool = False


def _check_and_register(database: Database, actor: Actor, details: PatientDetails) -> _Found:
    """Save's database work, all in one background call: same patient, likely
    duplicates, or register them."""
    existing = patients.already_registered(database, details)
    if existing is not None:
        return _Found(existing=existing)
    duplicates = patients.duplicates_of(database, details)
    if duplicates:
        return _Found(duplicates=duplicates)
    return _register(database, actor, details)


def _register(database: Database, actor: Actor, details: PatientDetails) -> _Found:
    match = patients.register_patient(database, actor, details)
    return _chosen(database, match.patient, created=match.created)


def _chosen(database: Database, patient: PatientRow, *, created: bool) -> _Found:
    section = patients.patient_section(database, patient.id)
    return _Found(patient=patient, section=section, created=created)


class NewPatientDialog(QDialog):
    """Register a patient, or pick the one already on record.

    When accepted, `patient_section` holds the chosen or registered patient as the intake
    document's `patient` section, `patient` their row and `created` whether the record is
    new.
    """

    def __init__(
        self,
        workstation: Workstation,
        parent: QWidget | None = None,
        *,
        initial: Mapping[str, object] | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPatientDialog")
        self.setWindowTitle(self.tr("New patient"))
        self._workstation = workstation
        self._today = today
        self.patient_section: dict[str, object] | None = None
        self.patient: PatientRow | None = None
        self.created = False
        self._touched: set[str] = set()
        self._attempted = False
        self._pending: PatientDetails | None = None
        self._can_register = False
        self._calls = DatabaseCalls("registering a patient", self)
        self._asking = False  # a call is out whose answer is still wanted

        self._edits: dict[str, QLineEdit] = {}
        self._choices: dict[str, QComboBox] = {}
        self._labels: dict[str, str] = {name: _plain(_tr(label)) for name, label in FIELDS}
        self._messages: dict[str, QLabel] = {}
        grid = QGridLayout()
        for position, (name, label_text) in enumerate(FIELDS):
            field: QWidget
            if name in CHOSEN:
                choice = QComboBox(self)
                for value, text in CHOICES[f"patient.{name}"]:
                    choice.addItem(choice_words(text), value)
                choice.activated.connect(lambda _index, n=name: self._edited(n))
                self._choices[name] = choice
                field = choice
            else:
                edit = QLineEdit(self)
                if name == "date_of_birth":
                    edit.setPlaceholderText(_tr(DATE_PLACEHOLDER))
                edit.textEdited.connect(lambda _text, n=name: self._edited(n))
                self._edits[name] = edit
                field = edit
            field.setObjectName(f"patient.{name}")
            field.setProperty("invalid", False)
            required = name in REQUIRED
            field.setAccessibleName(
                self.tr("{field} (required)").format(field=self._labels[name])
                if required
                else self._labels[name]
            )
            label = QLabel(_tr(label_text) + (" *" if required else ""), self)
            label.setBuddy(field)
            message = QLabel(self)
            message.setObjectName(f"patient.{name}.message")
            message.setProperty("role", "fieldMessage")
            message.setWordWrap(True)
            message.hide()
            self._messages[name] = message
            grid.addWidget(label, position * 2, 0)
            grid.addWidget(field, position * 2, 1)
            grid.addWidget(message, position * 2 + 1, 1)
        grid.setColumnStretch(1, 1)
        self._set_initial(initial or {})

        required_note = QLabel(self.tr("* required"), self)

        self._duplicates = self._build_duplicates_panel()

        self._error = QLabel(self)
        self._error.setObjectName("newPatient.error")
        self._error.setProperty("role", "fieldMessage")
        self._error.setWordWrap(True)
        self._error.hide()

        self._blocked = QLabel(self)
        self._blocked.setObjectName("newPatient.blocked")
        self._blocked.setProperty("role", "blocked")
        self._blocked.setWordWrap(True)

        self._buttons = QDialogButtonBox(self)
        self._save = self._buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self._save.setObjectName("newPatient.save")
        self._save.clicked.connect(self.save)
        cancel = self._buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("newPatient.cancel")
        self._buttons.rejected.connect(self.reject)
        self._save.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(required_note)
        layout.addWidget(self._duplicates)
        layout.addWidget(self._error)
        layout.addWidget(self._blocked)
        layout.addWidget(self._buttons)
        self.resize(480, self.sizeHint().height())
        self._refresh()
        name_from_labels(self)

    def _build_duplicates_panel(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("newPatient.duplicates")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        self._duplicates_message = QLabel(panel)
        self._duplicates_message.setObjectName("newPatient.duplicatesMessage")
        self._duplicates_message.setWordWrap(True)
        self._candidates = PatientTableModel(panel)
        self._candidate_table = QTableView(panel)
        self._candidate_table.setObjectName("newPatient.duplicateList")
        self._candidate_table.setModel(self._candidates)
        self._candidate_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._candidate_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._candidate_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._candidate_table.setTabKeyNavigation(False)
        self._candidate_table.verticalHeader().hide()
        header = self._candidate_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self._candidate_table.setMaximumHeight(160)  # likely duplicates are few (at most 10)
        self._candidate_table.doubleClicked.connect(self.use_existing)
        self._use_existing = QPushButton(self.tr("&Use the selected patient"), panel)
        self._use_existing.setObjectName("newPatient.useExisting")
        self._use_existing.clicked.connect(self.use_existing)
        self._register_anyway = QPushButton(self.tr("&Register as a new patient"), panel)
        self._register_anyway.setObjectName("newPatient.registerAnyway")
        self._register_anyway.clicked.connect(self.register_anyway)
        buttons = QHBoxLayout()
        buttons.addWidget(self._use_existing)
        buttons.addWidget(self._register_anyway)
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addWidget(self._duplicates_message)
        layout.addWidget(self._candidate_table)
        layout.addLayout(buttons)
        panel.hide()
        return panel

    def _set_initial(self, initial: Mapping[str, object]) -> None:
        for name, value in initial.items():
            if name in self._choices:
                index = self._choices[name].findData(value)
                if index >= 0:
                    self._choices[name].setCurrentIndex(index)
            elif name in self._edits and value is not None:
                self._edits[name].setText(str(value))

    # --- what was typed, and what is wrong with it --------------------------------------

    def section(self) -> dict[str, object]:
        """The patient section as typed: an empty required field is left out (so it is
        reported as required), an empty optional one is None."""
        section: dict[str, object] = {}
        for name, _label in FIELDS:
            if name in self._choices:
                chosen = self._choices[name].currentData()
                if chosen is not None or name not in OMITTED_WHEN_NONE:
                    section[name] = chosen
                continue
            text = self._edits[name].text()
            if text.strip():
                section[name] = text
            elif name not in REQUIRED:
                section[name] = None
        return section

    def _today_or_now(self) -> date:
        return self._today or date.today()

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        if self._asking:  # the answer out was for the details as they were
            self._calls.forget()
            self._asking = False
        self._hide_duplicates()  # the candidates were for the details as they were
        self._error.hide()
        self._refresh()

    def _refresh(self) -> bool:
        """Show the messages due and enable Save; True when the section can be saved."""
        problems = patients.validate_patient(self.section(), today=self._today_or_now())
        wrong: dict[str, str] = {}
        other: list[str] = []
        for problem in problems:
            name = problem.path.removeprefix("patient.")
            if name in self._labels:
                wrong.setdefault(name, problem.message)
            else:
                other.append(str(problem))
        for name, message_label in self._messages.items():
            due = name in wrong and (name in self._touched or self._attempted)
            text = f"{self._labels[name]} {wrong[name]}" if due else ""
            message_label.setText(text)
            message_label.setVisible(due)
            field = self.findChild(QWidget, f"patient.{name}")
            assert field is not None
            field.setAccessibleDescription(text)
            set_invalid(field, due)
        self._save.setEnabled(not problems and not self._asking)
        if problems:
            names = self.tr(", ", "between field names").join(self._labels[name] for name in wrong)
            reasons = [self.tr("fill in or correct {fields}").format(fields=names)] if names else []
            self._blocked.setText(
                self.tr("Cannot save yet: {reasons}.").format(
                    reasons=self.tr("; ", "between reasons").join(reasons + other)
                )
            )
        self._blocked.setVisible(bool(problems))
        self._fit_height()
        return not problems

    def _fit_height(self) -> None:
        """Grow to show messages and the duplicates panel whole (wrapped text included)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _first_invalid(self) -> QWidget | None:
        for name, message_label in self._messages.items():
            if not message_label.isHidden():
                return self.findChild(QWidget, f"patient.{name}")
        return None

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        """What Save does: check, look for the patient on record, then register.

        With anything invalid, every field's message is shown and nothing else happens.
        """
        if self._asking:  # one look at the records at a time
            return
        self._attempted = True
        if not self._refresh():
            invalid = self._first_invalid()
            if invalid is not None:
                invalid.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            details = patients.parse_patient(self.section(), today=self._today_or_now())
        except IntakeInvalid:  # validate_patient said it was valid: a bug, not the desk's
            log.exception("a patient section passed validation but not parsing")
            self._show_error(
                self.tr("The details could not be checked; correct them and try again.")
            )
            return
        database, actor = self._workstation.database, self._workstation.actor
        self._ask(lambda: _check_and_register(database, actor, details), details)

    def use_existing(self) -> None:
        """Take the patient selected in the duplicates panel instead of registering."""
        if self._duplicates.isHidden() or self._asking:
            return
        rows = self._candidate_table.selectionModel().selectedRows()
        if not rows:
            return
        chosen: PatientRow = rows[0].data(PATIENT_ROLE)
        database = self._workstation.database
        self._ask(lambda: _chosen(database, chosen, created=False), self._pending)

    def register_anyway(self) -> None:
        """Register the typed details although the panel lists patients like them."""
        if self._duplicates.isHidden() or self._pending is None or self._asking:
            return
        if not self._register_anyway.isEnabled():
            return
        database, actor, details = (
            self._workstation.database,
            self._workstation.actor,
            self._pending,
        )
        self._ask(lambda: _register(database, actor, details), details)

    def is_busy(self) -> bool:
        """True while the dialog waits on the database for an answer it still wants."""
        return self._asking

    def _ask(self, call: Callable[[], _Found], details: PatientDetails | None) -> None:
        self._asking = True
        self._error.hide()
        self._show_busy()
        self._calls.run(call, lambda found: self._answered(details, found), self._failed)

    def _answered(self, details: PatientDetails | None, found: _Found) -> None:
        self._asking = False
        self._show_busy()
        if found.existing is not None and details is not None:
            self._show_existing(details, found.existing)
        elif found.duplicates and details is not None:
            self._show_duplicates(details, found.duplicates)
        elif found.patient is not None and found.section is not None:
            self.patient_section = found.section
            self.patient = found.patient
            self.created = found.created
            self.accept()

    def _failed(self, message: str) -> None:
        self._asking = False
        self._show_busy()
        log.warning("registering a patient failed: %s", message)
        self._show_error(
            self.tr("The patient was not saved: {message}. Try again.").format(message=message)
        )

    def _show_busy(self) -> None:
        """Say a look at the records is out, and hold every button that starts another."""
        if self._asking:
            self._blocked.setText(_tr(CHECKING))
            self._blocked.show()
            self._save.setEnabled(False)
        else:
            self._refresh()
        self._use_existing.setEnabled(not self._asking)
        self._register_anyway.setEnabled(self._can_register and not self._asking)

    def _show_existing(self, details: PatientDetails, existing: PatientRow) -> None:
        if details.clinic_number and existing.clinic_number == details.clinic_number:
            why = self.tr(
                "Clinic number {number} already belongs to this patient. Use their record, "
                "or correct the details to register someone else."
            ).format(number=details.clinic_number)
        else:
            why = self.tr(
                "A patient with this name and date of birth is already registered. Use their "
                "record, or correct the details to register someone else."
            )
        self._show_panel(details, (existing,), why, can_register=False)

    def _show_duplicates(self, details: PatientDetails, duplicates: tuple[PatientRow, ...]) -> None:
        count = len(duplicates)
        if count == 1:
            message = self.tr(
                "This may be someone already registered: a patient with a similar name or "
                "the same date of birth. Select one and use it, or register a new patient."
            )
        else:
            message = QCoreApplication.translate(
                "NewPatientDialog",
                "This may be someone already registered: %n patients with a similar name or "
                "the same date of birth. Select one and use it, or register a new patient.",
                None,
                count,
            )
        self._show_panel(details, duplicates, message, can_register=True)

    def _show_panel(
        self,
        details: PatientDetails,
        candidates: tuple[PatientRow, ...],
        message: str,
        *,
        can_register: bool,
    ) -> None:
        self._pending = details
        self._candidates.set_patients(candidates)
        self._candidate_table.selectRow(0)
        self._duplicates_message.setText(message)
        self._can_register = can_register
        self._register_anyway.setEnabled(can_register)
        self._duplicates.show()
        self._fit_height()
        self._save.setDefault(False)
        self._use_existing.setDefault(True)
        self._candidate_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _hide_duplicates(self) -> None:
        if self._duplicates.isHidden():
            return
        self._pending = None
        focus = self.focusWidget()
        if focus is not None and self._duplicates.isAncestorOf(focus):
            self._edits["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)
        self._duplicates.hide()
        self._candidates.set_patients(())
        self._use_existing.setDefault(False)
        self._save.setDefault(True)

    def _show_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter while Save is disabled counts as a Save attempt: it shows every message."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not self._save.isEnabled() and self._duplicates.isHidden():
            self.save()
            return
        super().keyPressEvent(event)
