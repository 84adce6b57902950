"""A clinician's decision on one referral flag, or on the whole intake: refer, manage in
clinic, or not needed, with the reason kept beside it. The same dialog decides on a
follow-up visit's referral and follow-up flags, or on the whole visit (`followup_id`),
through `followups.record_follow_up_decision`.

The dialog stores the decision itself (through `reviews.record_decision`) and closes only
once it is on record; a refusal is shown in words inside the dialog and nothing is kept.
It checks only what it can see (a choice, a destination, a reason); the service checks
again, and alone decides who may decide. A decision on one flag shows that flag on the
review pane's own card, so the evidence stays in sight while the choice is made.

The decision is stored on the background runner (architecture.md, Threads): while it is
out the dialog says "Recording…" and holds OK, so a slow database never records it twice.
"""

from collections.abc import Callable
from functools import cache, partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.accessible_names import name_from_labels
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.field_messages import FieldMessages
from clinic_app.gui.common.flag_card import FlagCard
from clinic_app.gui.common.flag_words import BADGE_WORDS
from clinic_app.gui.common.wording import sentence
from clinic_app.gui.common.workstation import Workstation
from clinic_app.handouts.content import DESTINATIONS, EMERGENCY_DESTINATION, REFERRAL_URGENCIES
from clinic_app.services import followups
from clinic_app.services.reviews import Decision, FlagOnRecord, record_decision

DECISION_WORDS: dict[str, str] = {
    "refer": str(QT_TRANSLATE_NOOP("DecisionDialog", "Refer")),
    "manage_in_clinic": str(QT_TRANSLATE_NOOP("DecisionDialog", "Manage in clinic")),
    "not_needed": str(QT_TRANSLATE_NOOP("DecisionDialog", "Not needed")),
}
"""How each stored decision is named to staff (English sources: `_tr` shows them in the
window's language, as it does every word table and message of this module)."""

URGENCY_WORDS: dict[str, str] = {
    "emergency": str(QT_TRANSLATE_NOOP("DecisionDialog", "Emergency — care now")),
    "urgent": str(QT_TRANSLATE_NOOP("DecisionDialog", "Urgent — same day")),
    "soon": str(QT_TRANSLATE_NOOP("DecisionDialog", "Soon — within days")),
    "routine": str(QT_TRANSLATE_NOOP("DecisionDialog", "Routine")),
}
"""A referral's urgency in words, the same as the flags' badges where they overlap."""
if set(URGENCY_WORDS) != set(REFERRAL_URGENCIES):
    raise AssertionError("URGENCY_WORDS must word every urgency of REFERRAL_URGENCIES")
if any(URGENCY_WORDS[key] != BADGE_WORDS[key] for key in ("emergency", "urgent", "soon")):
    raise AssertionError("URGENCY_WORDS must say what the flags' badges say")

REASON_LIMIT = 2000
CHOOSE_DECISION = str(
    QT_TRANSLATE_NOOP("DecisionDialog", "Choose Refer, Manage in clinic or Not needed.")
)
CHOOSE_DESTINATION = str(QT_TRANSLATE_NOOP("DecisionDialog", "Choose where to refer the patient."))
REASON_NEEDED = str(
    QT_TRANSLATE_NOOP(
        "DecisionDialog", "A reason is needed for this decision: say why, in a few words."
    )
)
RECORDING = str(QT_TRANSLATE_NOOP("DecisionDialog", "Recording…"))
_FIELD_PROBLEMS = {"decision.destination": CHOOSE_DESTINATION, "decision.reason": REASON_NEEDED}


@cache
def destination_words() -> dict[str, str]:
    """Where a referral can go, in the words the referral letter uses ("Podiatrist")."""
    from clinic_app.handouts.text import DEFAULT_LANGUAGE, handout_text

    text = handout_text(DEFAULT_LANGUAGE)
    return {value: text(f"letter.destinations.{value}") for value in DESTINATIONS}


def _tr(english: str) -> str:
    """One of this module's English sources in the window's language."""
    return QCoreApplication.translate("DecisionDialog", english)


def decision_words(decision: Decision) -> str:
    """ "Refer to Podiatrist (Soon — within days)", "Manage in clinic"."""
    if decision.decision == "refer" and decision.destination is not None:
        where = destination_words().get(decision.destination, decision.destination)
        if decision.urgency is None:
            return QCoreApplication.translate("DecisionDialog", "Refer to {destination}").format(
                destination=where
            )
        urgency = _tr(URGENCY_WORDS.get(decision.urgency, decision.urgency))
        return QCoreApplication.translate(
            "DecisionDialog", "Refer to {destination} ({urgency})"
        ).format(destination=where, urgency=urgency)
    return _tr(DECISION_WORDS.get(decision.decision, decision.decision))


class DecisionDialog(QDialog):
    """Decide on `flag`, or on the whole intake when `flag` is None; with `followup_id`,
    on that follow-up visit's flag, or on the whole visit (`intake_id` is then its
    course's intake).

    `decided(decision)` is emitted once the decision is on record, just before the dialog
    closes. Open it with `open()`: it is window-modal, and the pane carries on when it
    is done.
    """

    decided = Signal(object)

    def __init__(
        self,
        workstation: Workstation,
        intake_id: int,
        flag: FlagOnRecord | None = None,
        *,
        default_urgency: str | None = None,
        followup_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`default_urgency` is the intake's highest open urgency: the urgency offered when
        `flag` has none, and, when it is emergency, the emergency's defaults whatever the
        flag (the patient is being sent to the emergency department)."""
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(
            self.tr("Decide on a flag") if flag else self.tr("Decide for the whole intake")
        )
        if followup_id is not None and flag is None:
            self.setWindowTitle(self.tr("Decide for the whole follow-up visit"))
        self._workstation = workstation
        self.intake_id = intake_id
        self.followup_id = followup_id
        self.flag = flag
        self._recording = DatabaseCalls("recording a decision", self)

        about = QLabel(self)
        about.setObjectName("decision.about")
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        about.setText(
            self.tr("Your decision on “{flag}”, from what the rules found:").format(flag=flag.title)
            if flag
            else self.tr(
                "For the whole intake: this decision covers every referral flag still open."
            )
        )
        if followup_id is not None and flag is None:
            about.setText(
                self.tr(
                    "For the whole follow-up visit: this decision covers every referral and "
                    "follow-up flag of the visit still open."
                )
            )
        # The flag on the same card as in the review pane: why it fired, what it rests
        # on and what it advises stay in sight while the clinician decides.
        self.card: FlagCard | None = None
        if flag is not None:
            self.card = FlagCard(flag.code, self, prefix="decision.")
            self.card.show_flag(flag, rules_version=flag.rules_version)

        self._choices = QButtonGroup(self)
        self.refer = self._choice(self.tr("&Refer"), "decision.refer", "refer")
        self.manage = self._choice(
            self.tr("&Manage in clinic"), "decision.manage", "manage_in_clinic"
        )
        self.not_needed = self._choice(self.tr("&Not needed"), "decision.notNeeded", "not_needed")
        choices = QHBoxLayout()
        for button in (self.refer, self.manage, self.not_needed):
            choices.addWidget(button)
        choices.addStretch(1)

        fields = QWidget(self)
        self.destination = QComboBox(fields)
        self.destination.setObjectName("decision.destination")
        self.destination.addItem(self.tr("Choose where…"), None)
        for value, words in destination_words().items():
            self.destination.addItem(words, value)
        self.urgency = QComboBox(fields)
        self.urgency.setObjectName("decision.urgency")
        for value in REFERRAL_URGENCIES:
            self.urgency.addItem(_tr(URGENCY_WORDS[value]), value)
        # An emergency anywhere in what is decided (the flag, or the intake's highest open
        # urgency the pane passes) makes both defaults the emergency's (rules-2027.md:
        # urgency emergency, destination the emergency department); the clinician may
        # still choose others.
        emergency = "emergency" in (default_urgency, flag.urgency if flag else None)
        wanted = flag.urgency if flag and flag.urgency else default_urgency
        if emergency:
            wanted = "emergency"
            self.destination.setCurrentIndex(self.destination.findData(EMERGENCY_DESTINATION))
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(wanted or "routine")))
        self.reason = QLineEdit(fields)
        self.reason.setObjectName("decision.reason")
        self.reason.setMaxLength(REASON_LIMIT)
        self._reason_label = QLabel(fields)
        self._reason_label.setBuddy(self.reason)
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        for words, widget in (
            (self.tr("&Destination:"), self.destination),
            (self.tr("&Urgency:"), self.urgency),
        ):
            label = QLabel(words, fields)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self._reason_label, self.reason)
        # Placed under their fields; shown only when that field is what holds OK back.
        self._field_messages = FieldMessages(
            {"decision.destination": self.destination, "decision.reason": self.reason}
        )

        self._hint = QLabel(self)
        self._hint.setObjectName("decision.hint")
        self._hint.setProperty("role", "blocked")
        self._hint.setWordWrap(True)
        self._message = QLabel(self)
        self._message.setObjectName("decision.message")
        self._message.setProperty("role", "fieldMessage")
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setWordWrap(True)
        self._message.hide()

        self.ok = QPushButton(self.tr("Re&cord decision"), self)
        self.ok.setObjectName("decision.ok")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self._record)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setObjectName("decision.cancel")
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        buttons.addWidget(self.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        if self.card is not None:
            layout.addWidget(self.card)
        layout.addLayout(choices)
        layout.addWidget(fields)
        layout.addWidget(self._hint)
        layout.addWidget(self._message)
        layout.addLayout(buttons)

        self._choices.idToggled.connect(lambda _id, _on: self._refresh())
        self.destination.currentIndexChanged.connect(lambda _index: self._refresh())
        self.reason.textChanged.connect(lambda _text: self._refresh())
        self._recording.busy_changed.connect(lambda _busy: self._refresh())
        self._refresh()
        self.refer.setFocus()
        # Tall enough for the card's wrapped lines at this width (a size hint alone does
        # not know how many lines the wrapping makes).
        self.resize(520, max(self.sizeHint().height(), layout.totalHeightForWidth(520)))
        name_from_labels(self)

    def choice(self) -> str | None:
        """The stored name of the decision chosen ("refer"...), or None before a choice."""
        button = self._choices.checkedButton()
        value = button.property("decision") if button is not None else None
        return value if isinstance(value, str) else None

    def problem(self) -> str | None:
        """Why the decision cannot be recorded yet, in words (the English source, one of
        this module's messages: it is shown translated); None when it can."""
        choice = self.choice()
        if choice is None:
            return CHOOSE_DECISION
        if choice == "refer":
            return CHOOSE_DESTINATION if self.destination.currentData() is None else None
        return REASON_NEEDED if not self.reason.text().strip() else None

    def message(self) -> str:
        """What the service said when it refused (empty when it has not)."""
        return self._message.text()

    def _choice(self, text: str, name: str, value: str) -> QRadioButton:
        button = QRadioButton(text, self)
        button.setObjectName(name)
        button.setProperty("decision", value)
        self._choices.addButton(button)
        return button

    def _refresh(self) -> None:
        """Enable what the choice needs and say, beside it, what is still missing."""
        choice = self.choice()
        referring = choice == "refer"
        self.destination.setEnabled(referring)
        self.urgency.setEnabled(referring)
        self._reason_label.setText(
            self.tr("Not&e for the letter (optional):")
            if referring
            else self.tr("R&eason (required):")
        )
        problem = self.problem()
        self._field_messages.show(
            {path: _tr(words) for path, words in _FIELD_PROBLEMS.items()},
            [path for path, words in _FIELD_PROBLEMS.items() if words == problem],
        )
        if self._recording.busy:
            self._hint.setText(_tr(RECORDING))
            self._hint.setVisible(True)
        else:
            self._hint.setText(_tr(CHOOSE_DECISION) if problem == CHOOSE_DECISION else "")
            self._hint.setVisible(problem == CHOOSE_DECISION)
        self.ok.setEnabled(problem is None and not self._recording.busy)
        self.ok.setToolTip(
            _tr(problem) if problem else self.tr("Put this decision on record (Enter)")
        )

    def is_recording(self) -> bool:
        """True while the decision is on its way to the database."""
        return self._recording.busy

    def _record(self) -> None:
        choice = self.choice()
        if choice is None or self.problem() is not None or self._recording.busy:
            return
        referring = choice == "refer"
        database, actor, intake_id = (
            self._workstation.database,
            self._workstation.actor,
            self.intake_id,
        )
        reason = self.reason.text()
        flag_id = self.flag.id if self.flag else None
        destination = self.destination.currentData() if referring else None
        urgency = self.urgency.currentData() if referring else None
        self._message.hide()
        followup_id = self.followup_id
        # The same decision, on an intake or on one follow-up visit of its course.
        record: Callable[..., Decision] = (
            partial(followups.record_follow_up_decision, database, actor, followup_id)
            if followup_id is not None
            else partial(record_decision, database, actor, intake_id)
        )
        self._recording.run(
            lambda: record(
                decision=choice,
                reason=reason,
                flag_id=flag_id,
                destination=destination,
                urgency=urgency,
            ),
            self._recorded,
            self._refused,
        )

    def _recorded(self, decision: Decision) -> None:
        self.decided.emit(decision)
        self.accept()

    def _refused(self, message: str) -> None:
        """Refused, not allowed, gone, or the database failed: said in the dialog."""
        self._message.setText(sentence(self.tr("not recorded: {message}").format(message=message)))
        self._message.show()
