"""The kiosk's question steps, in the patient's own words: about you, running, symptoms,
history.

The desk's intake form words its questions for staff ("Walks normally, but it hurts");
a patient reads "I walk normally, but it hurts". So the kiosk words every question and
choice itself, second person and plain, while each widget still carries its field's
dotted path as objectName, and FieldBinding (gui/common) reads them into a
`clinic-intake/1` document exactly as it reads the desk's form. The kiosk asks only what
a patient can answer about themselves; the desk adds the rest when it checks the entry.
"""

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.foot_map import FootMap
from clinic_app.gui.common.intake_fields import Kind
from clinic_app.gui.common.pain_scale import PainScale

FOOT_MAP_HEIGHT = 820
"""The foot map's height at the kiosk: the drawing takes what its checkboxes leave."""

STEPS = ("patient", "running", "symptoms", "history")
"""The question steps in order; the consent step follows them."""

FIELDS: dict[str, Kind] = {
    "patient.first_name": Kind.TEXT,
    "patient.last_name": Kind.TEXT,
    "patient.date_of_birth": Kind.DATE,
    "running.weekly_distance": Kind.NUMBER,
    "running.previous_weekly_distance": Kind.OPTIONAL_NUMBER,
    "running.distance_unit": Kind.CHOICE,
    "running.years_running": Kind.OPTIONAL_NUMBER,
    "symptoms.side": Kind.CHOICE,
    "symptoms.locations": Kind.REGIONS,
    "symptoms.pain_now": Kind.PAIN,
    "symptoms.weight_bearing": Kind.CHOICE,
    "symptoms.swelling": Kind.CHOICE,
    "symptoms.night_pain": Kind.FLAG,
    "symptoms.first_step_morning_pain": Kind.FLAG,
    "symptoms.numbness_or_tingling": Kind.FLAG,
    "symptoms.redness": Kind.FLAG,
    "symptoms.warmth": Kind.FLAG,
    "symptoms.fever": Kind.FLAG,
    "symptoms.feels_very_unwell": Kind.FLAG,
    "history.previous_stress_fracture": Kind.FLAG,
    "history.diabetes": Kind.FLAG,
    "history.low_bone_density": Kind.FLAG,
    "history.medications": Kind.LONG_TEXT,
    "history.allergies": Kind.LONG_TEXT,
}
"""The fields the kiosk asks, with how FieldBinding reads each."""


class KioskQuestions(QObject):
    """Builds the question steps, and says in the patient's words what a missing or
    wrong answer needs. One instance per patient: its pages go with the session."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)

    def pages(self) -> list[QWidget]:
        """One scrolling page per step of STEPS, in order."""
        return [self._patient(), self._running(), self._symptoms(), self._history()]

    def step_title(self, step: str) -> str:
        titles = {
            "patient": self.tr("About you"),
            "running": self.tr("Your running"),
            "symptoms": self.tr("Your pain"),
            "history": self.tr("Your health"),
            "consent": self.tr("Your consent"),
        }
        return titles[step]

    def problem(self, path: str) -> str:
        """What to do about a missing or wrong answer at `path`, as the patient reads it."""
        problems = {
            "patient.first_name": self.tr("Please type your first name."),
            "patient.last_name": self.tr("Please type your last name."),
            "patient.date_of_birth": self.tr(
                "Please type your date of birth as year-month-day, for example 1990-03-14."
            ),
            "running.weekly_distance": self.tr(
                "Please type how far you ran in the last 7 days, as a number (0 if you did "
                "not run)."
            ),
            "running.previous_weekly_distance": self.tr(
                "Please type the week before as a number, or leave it empty."
            ),
            "running.years_running": self.tr(
                "Please type the years as a number, or leave it empty."
            ),
            "symptoms.side": self.tr("Please choose which foot hurts."),
            "symptoms.locations": self.tr("Please touch the drawing to show where it hurts."),
            "symptoms.pain_now": self.tr(
                "Please choose how much it hurts now, from 0 (no pain) to 10."
            ),
        }
        return problems.get(path, self.tr("Please check your answers on this page."))

    # --- the steps ----------------------------------------------------------------------

    def _patient(self) -> QWidget:
        page = _Page(self.step_title("patient"))
        page.line("patient.first_name", self.tr("Your first name"))
        page.line("patient.last_name", self.tr("Your last name"))
        page.line(
            "patient.date_of_birth",
            self.tr("Your date of birth"),
            self.tr("Year-month-day, for example 1990-03-14"),
        )
        return page.done()

    def _running(self) -> QWidget:
        page = _Page(self.step_title("running"))
        page.choice(
            "running.distance_unit",
            self.tr("Do you count your running in kilometres or miles?"),
            [("km", self.tr("Kilometres")), ("mi", self.tr("Miles"))],
        )
        page.line("running.weekly_distance", self.tr("How far did you run in the last 7 days?"))
        page.line(
            "running.previous_weekly_distance",
            self.tr("And in the 7 days before that?"),
            self.tr("You can leave this empty."),
        )
        page.line(
            "running.years_running",
            self.tr("How many years have you been running?"),
            self.tr("You can leave this empty."),
        )
        return page.done()

    def _symptoms(self) -> QWidget:
        page = _Page(self.step_title("symptoms"))
        page.choice(
            "symptoms.side",
            self.tr("Which foot hurts?"),
            [
                (None, self.tr("Choose one")),
                ("left", self.tr("My left foot")),
                ("right", self.tr("My right foot")),
                ("both", self.tr("Both feet")),
            ],
        )
        page.ask(self.tr("Where does it hurt? Touch each painful place on the drawing."))
        foot = FootMap()
        foot.setMinimumHeight(FOOT_MAP_HEIGHT)  # a drawing big enough to touch a region
        page.add(foot)
        scale = PainScale()
        scale.setObjectName("symptoms.pain_now")
        asked = self.tr("How much does it hurt now? 0 is no pain, 10 is the worst pain.")
        page.ask(asked, scale)
        slider = scale.focusProxy()
        if slider is not None:  # what takes the focus is what a screen reader names
            slider.setAccessibleName(asked)
        page.add(scale)
        page.choice(
            "symptoms.weight_bearing",
            self.tr("How do you walk on it?"),
            [
                ("normal", self.tr("I walk normally and it does not hurt")),
                ("painful", self.tr("I walk normally, but it hurts")),
                ("difficult", self.tr("I limp: I cannot walk normally")),
                ("unable", self.tr("I cannot take four steps on it")),
            ],
        )
        page.choice(
            "symptoms.swelling",
            self.tr("Is your foot swollen?"),
            [
                ("none", self.tr("No")),
                ("mild", self.tr("A little")),
                ("significant", self.tr("A lot")),
            ],
        )
        page.ask(self.tr("Tick each one that is true for you:"))
        page.check("symptoms.night_pain", self.tr("The pain wakes me up at night"))
        page.check(
            "symptoms.first_step_morning_pain", self.tr("My first steps in the morning hurt")
        )
        page.check("symptoms.numbness_or_tingling", self.tr("My foot feels numb or tingles"))
        page.check("symptoms.redness", self.tr("The painful place is red"))
        page.check("symptoms.warmth", self.tr("The painful place feels hot"))
        page.check("symptoms.fever", self.tr("I have a fever, or I feel feverish"))
        page.check("symptoms.feels_very_unwell", self.tr("I feel very unwell"))
        return page.done()

    def _history(self) -> QWidget:
        page = _Page(self.step_title("history"))
        page.ask(self.tr("Tick each one that is true for you:"))
        page.check("history.previous_stress_fracture", self.tr("I have had a stress fracture"))
        page.check("history.diabetes", self.tr("I have diabetes"))
        page.check(
            "history.low_bone_density",
            self.tr("I have been told my bones are thin (osteopenia or osteoporosis)"),
        )
        page.text("history.medications", self.tr("Which medicines do you take?"))
        page.text("history.allergies", self.tr("Are you allergic to anything? Which?"))
        return page.done()


class _Page:
    """One step under construction: a heading, then questions, each label above its field
    (a long question in Spanish still fits the screen's width), in a scroll area."""

    def __init__(self, title: str) -> None:
        self._body = QWidget()
        self._body.setObjectName("kioskStepBody")
        self._column = QVBoxLayout(self._body)
        self._column.setSpacing(10)
        heading = QLabel(title)
        heading.setObjectName("kioskHeading")
        heading.setWordWrap(True)
        self._column.addWidget(heading)

    def ask(self, question: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(question)
        label.setWordWrap(True)
        if buddy is not None:
            label.setBuddy(buddy)
            buddy.setAccessibleName(question)
        self._column.addWidget(label)
        return label

    def add(self, widget: QWidget) -> None:
        self._column.addWidget(widget)

    def line(self, path: str, question: str, hint: str | None = None) -> None:
        field = QLineEdit()
        field.setObjectName(path)
        self.ask(question, field)
        if hint is not None:
            note = QLabel(hint)
            note.setWordWrap(True)
            field.setAccessibleDescription(hint)
            self._column.addWidget(note)
        self._column.addWidget(field)

    def choice(self, path: str, question: str, options: list[tuple[str | None, str]]) -> None:
        box = QComboBox()
        box.setObjectName(path)
        for value, words in options:
            box.addItem(words, value)
        self.ask(question, box)
        self._column.addWidget(box)

    def check(self, path: str, words: str) -> None:
        box = QCheckBox(words)
        box.setObjectName(path)
        self._column.addWidget(box)

    def text(self, path: str, question: str) -> None:
        field = QPlainTextEdit()
        field.setObjectName(path)
        field.setTabChangesFocus(True)
        field.setFixedHeight(120)
        self.ask(question, field)
        self._column.addWidget(field)

    def done(self) -> QWidget:
        self._column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._body)
        return scroll
