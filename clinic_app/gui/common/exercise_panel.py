"""The exercises chosen for this patient, drawn, beside the print button.

The desk turns the screen and shows the patient what the exercise sheet will ask of them
before anything is printed. The choice is the rules' (`services.exercises.exercises_for`,
run off the GUI thread); the panel decides nothing itself. A clinician sees every exercise
and may tick one on or off (add or remove it); the front desk sees only the chosen ones.
Whatever is ticked when Print is pressed is what the sheet prints and what the record
keeps, since the record holds the printed bytes.
"""

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clinic_app.exercises.codes import EXERCISE_CODES, ExerciseCode
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.exercise_picture import ExercisePicture
from clinic_app.gui.common.wording import sentence
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services.exercises import ExerciseOffer, exercises_for

EDITING_ROLES = ("clinician",)
"""Who may add or remove an exercise: choosing home exercises is a clinician's call."""
COLUMNS = 2


class ExercisePanel(QGroupBox):
    """Shows an intake's exercises; `to_print()` is what Print should add to the sheet.

    `loaded()` fires once an intake's exercises are shown (tests and the print button wait
    on it); `to_print()` is None before that, meaning "the rules' choice", so a Print
    pressed in the first instant still prints the chosen exercises.
    """

    loaded = Signal()

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Exercises for this patient"))
        self.setObjectName("exercisePanel")
        self._workstation = workstation
        self._calls = DatabaseCalls("choosing the exercises", self)
        self._offer: ExerciseOffer | None = None
        self.editable = workstation.is_role(*EDITING_ROLES)
        self.with_sheet = QCheckBox(self.tr("Print the e&xercise sheet with the care sheet"), self)
        self.with_sheet.setObjectName("exercises.withSheet")
        self.with_sheet.setChecked(True)
        self.with_sheet.toggled.connect(self._show_enabled)
        self.note = QLabel(self)
        self.note.setObjectName("exercises.note")
        self.note.setWordWrap(True)
        self._grid_holder = QWidget()
        self._grid = QGridLayout(self._grid_holder)
        self._grid.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("exercises.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._grid_holder)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ticks: dict[ExerciseCode, QCheckBox] = {}
        """A clinician's check boxes, one per exercise; none for the front desk."""
        self.names: dict[ExerciseCode, QWidget] = {}
        """Each exercise's name under its drawing: the check box, or a label."""
        self.pictures: dict[ExerciseCode, ExercisePicture] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.with_sheet)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        self.clear()

    def show_for(self, intake_id: int) -> None:
        """Ask for the intake's exercises (returns at once; `loaded` follows)."""
        self.clear()
        self.note.setText(self.tr("Choosing the exercises…"))
        database = self._workstation.database
        self._calls.run(
            lambda: exercises_for(database, intake_id),
            self._show,
            self._failed,
        )

    def clear(self) -> None:
        """Nothing of an earlier patient stays on screen."""
        self._calls.forget()
        self._offer = None
        self.with_sheet.setChecked(True)
        self.with_sheet.setEnabled(True)
        self.note.clear()
        self._set_items(())

    def to_print(self) -> tuple[ExerciseCode, ...] | None:
        """The exercises to print after the care sheet: () for none, None for the rules'
        choice (asked for before the panel has it)."""
        if not self.with_sheet.isChecked():
            return ()
        if self._offer is None:
            return None
        if not self.editable:
            return self._offer.choice.codes
        return tuple(code for code, tick in self.ticks.items() if tick.isChecked())

    def _show(self, offer: ExerciseOffer) -> None:
        self._offer = offer
        choice = offer.choice
        codes: Sequence[ExerciseCode] = EXERCISE_CODES if self.editable else choice.codes
        self._set_items(codes, offer)
        if choice.withheld:
            self.note.setText(
                self.tr(
                    "No home exercises: an emergency flag fired, and emergency care comes "
                    "first. The sheet says so."
                )
            )
        elif not choice.codes:
            self.note.setText(
                self.tr(
                    "No home exercises until a clinician has checked the foot: a referral "
                    "flag says it should be kept still."
                )
            )
        elif choice.gentle_only:
            self.note.setText(
                self.tr(
                    "Only gentle exercises until a clinician has seen the patient: a "
                    "referral flag is open. No strength work."
                )
            )
        else:
            self.note.setText(self.tr("Chosen from the patient's answers and flags."))
        if self.editable:
            self.note.setText(
                self.note.text() + " " + self.tr("Tick or untick an exercise to add or remove it.")
            )
        if not choice.codes:  # nothing to print unless a clinician adds some
            self.with_sheet.setChecked(False)
            self.with_sheet.setEnabled(self.editable)
        self._show_enabled()
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.note.setText(
            self.tr("The exercises could not be chosen. {problem}").format(
                problem=sentence(message)
            )
        )
        self.with_sheet.setChecked(False)

    def _set_items(self, codes: Sequence[ExerciseCode], offer: ExerciseOffer | None = None) -> None:
        """One cell per exercise: its drawing, and under it its name (for a clinician, a
        check box that adds or removes it)."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.ticks = {}
        self.names = {}
        self.pictures = {}
        if offer is None:
            return
        chosen = set(offer.choice.codes)
        for index, code in enumerate(codes):
            holder = QWidget(self._grid_holder)
            name = offer.names[code]
            picture = ExercisePicture(code, holder)
            picture.setObjectName(f"exercises.picture.{code}")
            picture.setAccessibleName(name)
            picture.setAccessibleDescription(offer.pictures[code])
            picture.setToolTip(offer.pictures[code])
            # The size its font gives it, whatever room the cell has: a row of pictures
            # stays a row, and follows the text size.
            picture.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            label: QWidget
            if self.editable:
                tick = QCheckBox(name, holder)
                tick.setObjectName(f"exercises.tick.{code}")
                tick.setChecked(code in chosen)
                self.ticks[code] = tick
                label = tick
            else:
                words = QLabel(name, holder)
                words.setObjectName(f"exercises.name.{code}")
                words.setWordWrap(True)
                words.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                label = words
            self.names[code] = label
            cell = QVBoxLayout(holder)
            cell.setContentsMargins(0, 0, 0, 0)
            cell.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
            cell.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._grid.addWidget(holder, index // COLUMNS, index % COLUMNS)
            holder.show()  # now, not on the next turn of the event loop
            self.pictures[code] = picture
        self._grid.setRowStretch(self._grid.rowCount(), 1)
        # Made after the rest of the page, the ticks would come last in Tab's ring: put them
        # where they are read, after "Print the exercise sheet", before the print buttons.
        for before, after in pairwise([self.with_sheet, *self.ticks.values()]):
            QWidget.setTabOrder(before, after)

    def _show_enabled(self) -> None:
        """Greys the exercises out while the sheet is left out of the print."""
        on = self.with_sheet.isChecked()
        for code, label in self.names.items():
            label.setEnabled(on)
            self.pictures[code].setEnabled(on)
