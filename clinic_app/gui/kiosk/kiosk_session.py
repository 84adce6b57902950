"""One patient's time at the kiosk: the steps, their required answers, and sending.

A session is built for one patient in one language and thrown away whole when they are
done or gone (kiosk_window.py): nothing of theirs can survive into the next patient's
widgets because none of those widgets is reused.

Each step's required answers are checked by the intake format's own validation
(`parse_intake`), and each problem of the step is said in the patient's words: the kiosk
holds no rules of its own about what is valid. Sending goes to `add_entry` on the
background runner; a refusal or a database away keeps every answer on screen and asks
the patient to tell the desk.
"""

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.field_binding import FieldBinding
from clinic_app.gui.common.style import restyle
from clinic_app.gui.kiosk.kiosk_consent import ConsentPage
from clinic_app.gui.kiosk.kiosk_questions import FIELDS, STEPS, KioskQuestions
from clinic_app.intake import IntakeInvalid, parse_intake
from clinic_app.services import kiosk_settings, patient_entries
from clinic_app.services.entry_answers import empty_because
from clinic_app.services.kiosk_settings import ConsentVersion
from clinic_app.services.patient_entries import EntryAdded
from clinic_app.storage.database import Database
from clinic_app.storage.types import utc_now

FORMAT = "clinic-intake/1"
CONSENT = len(STEPS)
"""The consent step's place, after the question steps."""


class KioskSession(QWidget):
    """The steps for one patient. `sent` (EntryAdded) once their entry is kept."""

    sent = Signal(object)

    def __init__(
        self,
        database: Database,
        kiosk_name: str,
        language: str,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskSession")
        self._database = database
        self._kiosk = kiosk_name
        self.language = language
        self._today = today
        self.started_at: datetime = utc_now()
        self._sending = False

        self.questions = KioskQuestions(self)
        self.steps = QStackedWidget(self)
        self.steps.setObjectName("kioskSteps")
        for page in self.questions.pages():
            self.steps.addWidget(page)
        self.consent = ConsentPage(self.questions.step_title("consent"))
        self.steps.addWidget(self.consent)
        self.binding = FieldBinding(self, FIELDS, form="the kiosk")

        self.where = QLabel()
        self.where.setObjectName("kioskStepNumber")
        self.problem = QLabel()
        self.problem.setObjectName("kioskProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.back = QPushButton(self.tr("Back"))
        self.back.setObjectName("kiosk.back")
        self.next = QPushButton(self.tr("Next"))
        self.next.setObjectName("kiosk.next")
        self.next.setDefault(True)
        self.send = QPushButton(self.tr("Send my answers"))
        self.send.setObjectName("kiosk.send")
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_on)
        self.send.clicked.connect(self.send_entry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.where, 1)
        buttons.addWidget(self.next)
        buttons.addWidget(self.send)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.steps, 1)
        column.addWidget(self.problem)
        column.addLayout(buttons)

        self._consent_call = DatabaseCalls("loading the kiosk's consent text", self)
        self._send_call = DatabaseCalls("sending a kiosk entry", self)
        self._consent_call.run(
            lambda: kiosk_settings.current_consent(database, language),
            self.consent.show_consent,
            lambda _message: self.consent.show_unavailable(),
        )
        self._show_step(0)

    # --- the answers ------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        """The answers so far as a `clinic-intake/1` document, in the patient's language."""
        document: dict[str, Any] = {
            "format": FORMAT,
            "visit_date": self._today().isoformat(),
            "patient": {"language": self.language},
        }
        return self.binding.fill(document)

    def has_answers(self) -> bool:
        """Whether there is anything to keep for the desk (add_entry refuses the rest)."""
        return empty_because(self.document()) is None

    def unfinished_entry(self) -> Callable[[], object] | None:
        """The call that keeps these answers as unfinished (idle reset, or staff leaving),
        holding plain data only; None when there is nothing to keep."""
        if self._sending or not self.has_answers():
            return None
        database, kiosk, language = self._database, self._kiosk, self.language
        document, started = self.document(), self.started_at
        consent = self.consent.consent
        signature = None if self.consent.signature.is_empty() else self.consent.signature.png()
        agreed = consent.consent_text_id if consent and self.consent.agreed.isChecked() else None

        def keep() -> object:
            try:
                return patient_entries.add_entry(
                    database,
                    source=kiosk,
                    language=language,
                    document=document,
                    finished=False,
                    started_at=started,
                    consent_text_id=agreed,
                    signature=signature,
                )
            except patient_entries.EntryRefused:
                return None  # nothing worth keeping

        return keep

    # --- moving through the steps -----------------------------------------------------

    def step(self) -> int:
        return self.steps.currentIndex()

    def go_back(self) -> None:
        if self.step() > 0:
            self._show_step(self.step() - 1)

    def go_on(self) -> None:
        """The next step, once this one's required answers are given."""
        if self.step() >= CONSENT:
            return
        problems = self._problems_of(STEPS[self.step()])
        self._mark(problems)
        if problems:
            self._say(self.questions.problem(problems[0]))
            self.binding.widget(problems[0]).setFocus()
            return
        self._show_step(self.step() + 1)

    def send_entry(self) -> None:
        """Send the finished entry; refused on screen when it is not agreed and signed."""
        if self._sending:
            return
        for step in STEPS:
            problems = self._problems_of(step)
            if problems:
                self._show_step(STEPS.index(step))
                self._mark(problems)
                self._say(self.questions.problem(problems[0]))
                return
        consent: ConsentVersion | None = self.consent.consent
        if consent is None:
            self._say(self.tr("Please ask the front desk: the consent text is missing."))
            return
        if not self.consent.agreed.isChecked():
            self._say(self.tr("Please tick the box to say that you agree."))
            return
        if self.consent.signature.is_empty():
            self._say(self.tr("Please sign in the box with your finger."))
            return
        database, kiosk, language = self._database, self._kiosk, self.language
        document, started = self.document(), self.started_at
        signature = self.consent.signature.png()
        self._sending = True
        self.send.setEnabled(False)
        self._say(self.tr("Sending your answers…"), problem=False)
        self._send_call.run(
            lambda: patient_entries.add_entry(
                database,
                source=kiosk,
                language=language,
                document=document,
                finished=True,
                started_at=started,
                consent_text_id=consent.consent_text_id,
                signature=signature,
            ),
            self._sent,
            self._not_sent,
        )

    def _sent(self, added: EntryAdded) -> None:
        self._sending = False
        self.sent.emit(added)

    def _not_sent(self, _message: str) -> None:
        """The database is away or refused: the words stay English in the log only; the
        patient keeps every answer and is told what to do."""
        self._sending = False
        self.send.setEnabled(True)
        self._say(
            self.tr(
                "Your answers could not be sent. They are still here. Please ask the front "
                "desk for help."
            )
        )

    def _problems_of(self, step: str) -> list[str]:
        """The kiosk fields of `step` that the intake format refuses, in screen order."""
        try:
            parse_intake(self.document())
        except IntakeInvalid as invalid:
            wrong = {problem.path for problem in invalid.problems}
            return [
                path
                for path in FIELDS
                if path.split(".", 1)[0] == step
                and any(found == path or found.startswith(f"{path}.") for found in wrong)
            ]
        return []

    def _mark(self, problems: list[str]) -> None:
        """Outline the answers that need the patient again (the message says which in
        words: the outline is never the only sign)."""
        for path in FIELDS:
            restyle(self.binding.widget(path), "invalid", path in problems)

    def _show_step(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        self.problem.hide()
        self.back.setVisible(index > 0)
        self.next.setVisible(index < CONSENT)
        self.send.setVisible(index == CONSENT)
        self.where.setText(
            self.tr("Step {number} of {count}").format(number=index + 1, count=CONSENT + 1)
        )

    def _say(self, words: str, *, problem: bool = True) -> None:
        self.problem.setText(words)
        restyle(self.problem, "calm", not problem)
        self.problem.show()
