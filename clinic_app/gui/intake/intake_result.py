"""After Submit: what was stored, the flags, and the care sheet and exercises to print."""

import html

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clinic_app.gui.common.exercise_panel import ExercisePanel
from clinic_app.gui.common.handout_printing import HandoutPrinting
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.flags_panel import FlagsPanel
from clinic_app.services.intakes import Submitted
from clinic_app.services.live_flags import LiveFlags
from clinic_app.services.patients import PatientRow


class IntakeResult(QWidget):
    """`newIntakeRequested` when the desk is done with this patient."""

    newIntakeRequested = Signal()

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeResult")
        self.printing = HandoutPrinting(workstation, self)
        self.submitted: Submitted | None = None
        self._summary = QLabel(self)
        self._summary.setObjectName("result.summary")
        self._summary.setWordWrap(True)
        self._duplicates = QLabel(self)
        self._duplicates.setObjectName("result.duplicates")
        self._duplicates.setProperty("role", "blocked")
        self._duplicates.setWordWrap(True)
        self._message = QLabel(self)
        self._message.setObjectName("result.message")
        self._message.setWordWrap(True)
        self.flags = FlagsPanel(self)
        self.exercises = ExercisePanel(workstation, self)
        self.large_print = QCheckBox(self.tr("&Large print (14 pt)"), self)
        self.large_print.setObjectName("result.largePrint")
        self.print_button = QPushButton(self.tr("&Print handout…"), self)
        self.print_button.setObjectName("result.print")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(
            self.tr(
                "Preview the care sheet and the exercise sheet, then print or save them (Ctrl+P)"
            )
        )
        self.print_button.setDefault(True)
        new = QPushButton(self.tr("Start a &new intake"), self)
        new.setObjectName("result.newIntake")
        new.clicked.connect(self.exercises.clear)  # nothing of this patient stays behind
        new.clicked.connect(self.newIntakeRequested)
        self.print_button.clicked.connect(self._print)
        self.printing.recorded.connect(
            lambda _id: self._message.setText(self.tr("The handout is on record with this intake."))
        )
        self.printing.failed.connect(self._message.setText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.large_print)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(new)
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary)
        layout.addWidget(self._duplicates)
        beside = QHBoxLayout()
        beside.addWidget(self.flags, 3)
        beside.addWidget(self.exercises, 2)
        layout.addLayout(beside, 1)
        layout.addWidget(self._message)
        layout.addLayout(buttons)

    def show_result(self, submitted: Submitted) -> None:
        self.submitted = submitted
        patient = submitted.patient.patient
        name = html.escape(f"{patient.first_name} {patient.last_name}")
        referrals = len(submitted.assessment.referral_flags)
        verdict = (
            _referral_verdict(referrals)
            if referrals
            else self.tr("No referral flags: no clinician check is needed for this intake.")
        )
        saved_for = (
            self.tr("For <b>{name}</b>, on a new patient record (intake {intake}).")
            if submitted.patient.created
            else self.tr("For <b>{name}</b>, on their existing record (intake {intake}).")
        )
        self._summary.setText(
            f"<h2>{self.tr('Intake saved')}</h2>"
            f"<p>{saved_for.format(name=name, intake=submitted.intake_id)}</p>"
            f"<p>{verdict}</p>"
        )
        duplicates = submitted.patient.likely_duplicates
        self._duplicates.setVisible(bool(duplicates))
        self._duplicates.setText(
            self.tr(
                "This may be the same person as: {people}. Ask the administrator to check "
                "the records."
            ).format(people="; ".join(self._duplicate(row) for row in duplicates))
            if duplicates
            else ""
        )
        self._message.clear()
        self.large_print.setChecked(False)
        self.flags.show_flags(LiveFlags(submitted.assessment, (), ()))
        self.exercises.show_for(submitted.intake_id)
        self.print_button.setFocus()

    def _duplicate(self, row: PatientRow) -> str:
        """One likely duplicate: "Ana Ruiz, born 02 Mar 1990, number C-1" (escaped)."""
        born = f"{row.date_of_birth:%d %b %Y}"
        if row.clinic_number:
            words = self.tr("{name}, born {born}, number {number}")
        else:
            words = self.tr("{name}, born {born}")
        return html.escape(words.format(name=row.display_name, born=born, number=row.clinic_number))

    def _print(self) -> None:
        if self.submitted is not None:
            self._message.setText(self.tr("Making the care sheet…"))
            self.printing.show_care_sheet(
                self.submitted.intake_id,
                large_print=self.large_print.isChecked(),
                exercises=self.exercises.to_print(),
            )


def _referral_verdict(count: int) -> str:
    """ "2 referral flags: a clinician needs to check this intake." """
    if count == 1:
        return QCoreApplication.translate(
            "IntakeResult", "%n referral flag: a clinician needs to check this intake.", None, count
        )
    return QCoreApplication.translate(
        "IntakeResult", "%n referral flags: a clinician needs to check this intake.", None, count
    )
