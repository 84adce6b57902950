"""The New patient dialog: the intake's `patient` section, checked as it is typed, and a
look for the same person on record before anyone is registered twice.

Every field is named by its intake path (`patient.first_name`…) and checked by the
patients service with the intake's own rules and words. A field's message shows once it
has been edited, or after a Save attempt; Save stays disabled, with the reason beside it,
while anything is wrong. Possible duplicates are shown in the dialog itself (not in a
message box over it), so the desk can compare them with what was typed.
"""

import logging
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import Qt
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

from clinic_app.gui.common.field_messages import set_invalid
from clinic_app.gui.common.intake_fields import CHOICES
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.patients.patient_model import NAME, PATIENT_ROLE, PatientTableModel
from clinic_app.intake import IntakeInvalid
from clinic_app.intake import Patient as PatientDetails
from clinic_app.services import patients
from clinic_app.services.patients import PatientRow
from clinic_app.storage.errors import StorageError

log = logging.getLogger(__name__)

# (field, label with its mnemonic), in the order of the intake format.
FIELDS: tuple[tuple[str, str], ...] = (
    ("first_name", "&First name"),
    ("last_name", "&Last name"),
    ("date_of_birth", "Date of &birth"),
    ("sex", "&Sex"),
    ("phone", "&Phone"),
    ("email", "&Email"),
    ("clinic_number", "&Clinic number"),
)
REQUIRED = ("first_name", "last_name", "date_of_birth")
DATE_PLACEHOLDER = "YYYY-MM-DD"


def _plain(label: str) -> str:
    return label.replace("&", "")


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
        self.setWindowTitle("New patient")
        self._workstation = workstation
        self._today = today
        self.patient_section: dict[str, object] | None = None
        self.patient: PatientRow | None = None
        self.created = False
        self._touched: set[str] = set()
        self._attempted = False
        self._pending: PatientDetails | None = None

        self._edits: dict[str, QLineEdit] = {}
        self._labels: dict[str, str] = {name: _plain(label) for name, label in FIELDS}
        self._messages: dict[str, QLabel] = {}
        grid = QGridLayout()
        for position, (name, label_text) in enumerate(FIELDS):
            field: QWidget
            if name == "sex":
                self._sex = QComboBox(self)
                for value, text in CHOICES[f"patient.{name}"]:
                    self._sex.addItem(text, value)
                self._sex.activated.connect(lambda _index, n=name: self._edited(n))
                field = self._sex
            else:
                edit = QLineEdit(self)
                if name == "date_of_birth":
                    edit.setPlaceholderText(DATE_PLACEHOLDER)
                edit.textEdited.connect(lambda _text, n=name: self._edited(n))
                self._edits[name] = edit
                field = edit
            field.setObjectName(f"patient.{name}")
            field.setProperty("invalid", False)
            required = " (required)" if name in REQUIRED else ""
            field.setAccessibleName(self._labels[name] + required)
            label = QLabel(label_text + (" *" if required else ""), self)
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

        required_note = QLabel("* required", self)

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
        self._use_existing = QPushButton("&Use the selected patient", panel)
        self._use_existing.setObjectName("newPatient.useExisting")
        self._use_existing.clicked.connect(self.use_existing)
        self._register_anyway = QPushButton("&Register as a new patient", panel)
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
            if name == "sex":
                index = self._sex.findData(value)
                if index >= 0:
                    self._sex.setCurrentIndex(index)
            elif name in self._edits and value is not None:
                self._edits[name].setText(str(value))

    # --- what was typed, and what is wrong with it --------------------------------------

    def section(self) -> dict[str, object]:
        """The patient section as typed: an empty required field is left out (so it is
        reported as required), an empty optional one is None."""
        section: dict[str, object] = {}
        for name, _label in FIELDS:
            if name == "sex":
                section[name] = self._sex.currentData()
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
        self._save.setEnabled(not problems)
        if problems:
            names = ", ".join(self._labels[name] for name in wrong)
            reasons = [f"fill in or correct {names}"] if names else []
            self._blocked.setText("Cannot save yet: " + "; ".join(reasons + other) + ".")
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
            self._show_error("The details could not be checked; correct them and try again.")
            return
        database = self._workstation.database
        try:
            existing = patients.already_registered(database, details)
            if existing is not None:
                self._show_existing(details, existing)
                return
            duplicates = patients.duplicates_of(database, details)
            if duplicates:
                self._show_duplicates(details, duplicates)
                return
            match = patients.register_patient(database, self._workstation.actor, details)
            self._finish(match.patient, created=match.created)
        except StorageError as error:
            self._storage_failed(error)

    def use_existing(self) -> None:
        """Take the patient selected in the duplicates panel instead of registering."""
        if self._duplicates.isHidden():
            return
        rows = self._candidate_table.selectionModel().selectedRows()
        if not rows:
            return
        chosen: PatientRow = rows[0].data(PATIENT_ROLE)
        try:
            self._finish(chosen, created=False)
        except StorageError as error:
            self._storage_failed(error)

    def register_anyway(self) -> None:
        """Register the typed details although the panel lists patients like them."""
        if self._duplicates.isHidden() or self._pending is None:
            return
        if not self._register_anyway.isEnabled():
            return
        try:
            match = patients.register_patient(
                self._workstation.database, self._workstation.actor, self._pending
            )
            self._finish(match.patient, created=match.created)
        except StorageError as error:
            self._storage_failed(error)

    def _finish(self, patient: PatientRow, *, created: bool) -> None:
        self.patient_section = patients.patient_section(self._workstation.database, patient.id)
        self.patient = patient
        self.created = created
        self.accept()

    def _show_existing(self, details: PatientDetails, existing: PatientRow) -> None:
        if details.clinic_number and existing.clinic_number == details.clinic_number:
            why = f"Clinic number {details.clinic_number} already belongs to this patient."
        else:
            why = "A patient with this name and date of birth is already registered."
        self._show_panel(
            details,
            (existing,),
            f"{why} Use their record, or correct the details to register someone else.",
            can_register=False,
        )

    def _show_duplicates(self, details: PatientDetails, duplicates: tuple[PatientRow, ...]) -> None:
        count = len(duplicates)
        who = "a patient" if count == 1 else f"{count} patients"
        self._show_panel(
            details,
            duplicates,
            f"This may be someone already registered: {who} with a similar name or the "
            "same date of birth. Select one and use it, or register a new patient.",
            can_register=True,
        )

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

    def _storage_failed(self, error: StorageError) -> None:
        log.warning("registering a patient failed: %s", error, exc_info=True)
        self._show_error(f"The patient was not saved: {error}. Try again.")

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
