"""After Submit: what was stored, the flags, and the care sheet to print."""

import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clinic_app.gui.common.handout_printing import HandoutPrinting
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.flags_panel import FlagsPanel
from clinic_app.services.intakes import Submitted
from clinic_app.services.live_flags import LiveFlags


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
        self.large_print = QCheckBox("&Large print (14 pt)", self)
        self.large_print.setObjectName("result.largePrint")
        self.print_button = QPushButton("&Print handout…", self)
        self.print_button.setObjectName("result.print")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip("Preview the care sheet, then print or save it (Ctrl+P)")
        self.print_button.setDefault(True)
        new = QPushButton("Start a &new intake", self)
        new.setObjectName("result.newIntake")
        new.clicked.connect(self.newIntakeRequested)
        self.print_button.clicked.connect(self._print)
        self.printing.recorded.connect(
            lambda _id: self._message.setText("The handout is on record with this intake.")
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
        layout.addWidget(self.flags, 1)
        layout.addWidget(self._message)
        layout.addLayout(buttons)

    def show_result(self, submitted: Submitted) -> None:
        self.submitted = submitted
        patient = submitted.patient.patient
        name = html.escape(f"{patient.first_name} {patient.last_name}")
        how = "a new patient record" if submitted.patient.created else "their existing record"
        referrals = len(submitted.assessment.referral_flags)
        verdict = (
            f"{referrals} referral flag{'s' if referrals != 1 else ''}: a clinician needs "
            "to check this intake."
            if referrals
            else "No referral flags: no clinician check is needed for this intake."
        )
        self._summary.setText(
            f"<h2>Intake saved</h2><p>For <b>{name}</b>, on {how} "
            f"(intake {submitted.intake_id}).</p><p>{verdict}</p>"
        )
        duplicates = submitted.patient.likely_duplicates
        self._duplicates.setVisible(bool(duplicates))
        self._duplicates.setText(
            "This may be the same person as: "
            + "; ".join(
                html.escape(f"{row.display_name}, born {row.date_of_birth:%d %b %Y}")
                + (f", number {html.escape(row.clinic_number)}" if row.clinic_number else "")
                for row in duplicates
            )
            + ". Ask the administrator to check the records."
            if duplicates
            else ""
        )
        self._message.clear()
        self.large_print.setChecked(False)
        self.flags.show_flags(LiveFlags(submitted.assessment, (), ()))
        self.print_button.setFocus()

    def _print(self) -> None:
        if self.submitted is not None:
            self._message.setText("Making the care sheet…")
            self.printing.show_care_sheet(
                self.submitted.intake_id, large_print=self.large_print.isChecked()
            )
