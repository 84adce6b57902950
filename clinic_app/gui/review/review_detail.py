"""The intake under review: who, what the rules flagged and why, what the desk took in,
what was decided, and what was handed over. The clinician decides from here, and prints
the referral letter that follows a decision to refer.

Everything comes from one service call (`reviews.intake_under_review`), which also puts
the opening of the intake on the audit trail. Decisions go through `DecisionDialog`; the
letter through `HandoutPrinting`, like the desk's care sheet. Only a clinician gets the
controls that decide or make letters: for anyone else they are not built at all, and the
services refuse them anyway.

The flags come first, since they are what the clinician is here for, each on the desk's
own flag card (gui/common/flag_card.py); the answers follow, grouped and worded by the
renderer the desk's review step uses (gui/common/answers.py), so both sides of the clinic
speak alike. The pane's other words live in `review_words`; this module lays them out and
acts on them.

The read (and the view it puts on the audit trail) runs on the background runner
(architecture.md, Threads): picking an intake shows "Loading the intake…" until it is in,
and when the clinician picks another meanwhile, the newest pick wins.

A follow-up visit picked in the queue is shown by its own widget (follow_up_review: the
visit, its flags and the course's progress charts) in place of the intake's page; the
intake's Decide and Referral letter buttons are hidden meanwhile, since they act on an
intake.
"""

import html
from collections.abc import Callable
from functools import partial
from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.answers import answers_html
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.flag_card import FlagCard
from clinic_app.gui.common.foot_map import FootMap
from clinic_app.gui.common.handout_printing import HandoutJob, HandoutPrinting
from clinic_app.gui.common.style import restyle
from clinic_app.gui.common.wording import sentence
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.review.decision_dialog import DecisionDialog
from clinic_app.gui.review.entry_corrections import entry_html
from clinic_app.gui.review.follow_up_review import FollowUpReview
from clinic_app.gui.review.review_words import (
    HANDOUT_WORDS,
    decision_line,
    flag_status,
    patient_html,
    when,
    words,
)
from clinic_app.intake.answers import answer_at
from clinic_app.intake.fields import REGIONS, SIDES
from clinic_app.rules.model import URGENCY_RANK
from clinic_app.services.handouts import HandoutRecord
from clinic_app.services.patient_entries import StoredEntry, entry_of_intake
from clinic_app.services.reviews import (
    Decision,
    FlagOnRecord,
    IntakeUnderReview,
    intake_under_review,
    referral_letter_for,
)

# English sources, shown through `_tr` in the window's language.
NOTHING_OPEN = str(
    QT_TRANSLATE_NOOP("ReviewDetail", "Choose an intake from the queue to review it.")
)
LOADING = str(QT_TRANSLATE_NOOP("ReviewDetail", "Loading the intake…"))
# Reachable by Tab and selectable, so a reader can step through it and copy from it.
_READABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def _tr(english: str) -> str:
    return QCoreApplication.translate("ReviewDetail", english)


def _label(name: str, parent: QWidget, *, rich: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def _heading(text: str, parent: QWidget) -> QLabel:
    # Rich text: the style sheet sets one font size for every widget, so a heading's size
    # comes from its markup, as the answers' step titles do.
    label = QLabel(f"<h3>{html.escape(text)}</h3>", parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class ReviewDetail(QWidget):
    """One submitted intake at a time. `decided(intake_id)` follows every decision stored.

    `show_intake` opens an intake (and puts that on the audit trail); `reload` reads the
    open one again without a new audit event; `clear` shows nothing.
    """

    decided = Signal(int)

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review.detail")
        self.workstation = workstation
        self.intake_id: int | None = None
        self.shown: IntakeUnderReview | None = None
        self.dialog: DecisionDialog | None = None
        """The decision dialog while it is open."""
        self.may_decide = workstation.is_role("clinician")
        self.printing = HandoutPrinting(workstation, self)
        self.printing.recorded.connect(self._letter_recorded)
        self.printing.failed.connect(self._show_problem)
        self._flag_frames: list[QFrame] = []
        """Everything in the flags column: the cards, or the note that there are none."""
        self._flag_cards: list[FlagCard] = []
        self._loads = DatabaseCalls("opening an intake", self)
        self._loading_id: int | None = None

        self._message = _label("review.message", self)
        self._message.setProperty("role", "fieldMessage")
        self._message.hide()
        self._empty = _label("review.empty", self)
        self._empty.setText(_tr(NOTHING_OPEN))

        content = QWidget()
        content.setObjectName("review.content")
        self._patient = _label("review.patient", content, rich=True)
        self._patient.setTextInteractionFlags(_READABLE)
        self._entered = _label("review.entered", content, rich=True)
        self._entered.setTextInteractionFlags(_READABLE)
        self._entered.hide()
        self._flags = QWidget(content)
        self._flags.setObjectName("review.flags")
        self._flags_column = QVBoxLayout(self._flags)
        self._flags_column.setContentsMargins(0, 0, 0, 0)
        self._decisions = _label("review.decisions", content)
        self._handouts = _label("review.handouts", content)
        self._answers = _label("review.answers", content, rich=True)
        self._answers.setTextInteractionFlags(_READABLE)
        self._answers.setAccessibleName(self.tr("Answers"))
        self._foot = FootMap(content)
        self._foot.setReadOnly(True)
        # Its own names, so a search for the desk's foot map never lands on this one.
        self._foot.setObjectName("review.footMap")
        for child in self._foot.findChildren(QWidget):
            if child.objectName().startswith("symptoms.locations."):
                child.setObjectName("review.footMap." + child.objectName().rpartition(".")[2])
        self._foot.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        column = QVBoxLayout(content)
        column.addWidget(self._patient)
        column.addWidget(self._entered)
        column.addWidget(_heading(self.tr("Flags"), content))
        column.addWidget(self._flags)
        column.addWidget(_heading(self.tr("Decisions"), content))
        column.addWidget(self._decisions)
        column.addWidget(_heading(self.tr("Handouts"), content))
        column.addWidget(self._handouts)
        column.addWidget(_heading(self.tr("Answers"), content))
        column.addWidget(self._answers)
        column.addWidget(_heading(self.tr("Where it hurts"), content))
        column.addWidget(self._foot)
        column.addStretch(1)

        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("review.scroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(content)
        # The queue hands the keyboard over with `setFocus()`; Page Down then reads on.
        self.setFocusProxy(self._scroll)

        self.follow_up = FollowUpReview(workstation, self)
        self.follow_up.loaded.connect(self._follow_up_loaded)
        self.follow_up.failed.connect(self._follow_up_failed)
        self.follow_up.decided.connect(self._follow_up_decided)

        layout = QVBoxLayout(self)
        layout.addWidget(self._message)
        layout.addWidget(self._empty)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.follow_up, 1)
        self.decide_intake: QPushButton | None = None
        self.letter: QPushButton | None = None
        if self.may_decide:
            self.decide_intake = QPushButton(self.tr("&Decide for the whole intake…"), self)
            self.decide_intake.setObjectName("review.decideIntake")
            self.decide_intake.clicked.connect(lambda: self._decide(None))
            self.letter = QPushButton(self.tr("Referral &letter…"), self)
            self.letter.setObjectName("review.letter")
            self.letter.setToolTip(
                self.tr("Preview the letter of the newest referral, then print or save")
            )
            self.letter.clicked.connect(self._print_letter)
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            buttons.addWidget(self.decide_intake)
            buttons.addWidget(self.letter)
            layout.addLayout(buttons)
        self.clear()

    # --- the public interface -----------------------------------------------------------

    def show_intake(self, intake_id: int) -> None:
        """Open an intake for review; asking again for the one already open only reloads it.

        The intake arrives later, from the background runner (`is_loading`).
        """
        if intake_id == self.intake_id:
            self.reload()
            return
        if intake_id == self._loading_id:  # on its way already
            return
        self._message.hide()
        self._blank()
        self._empty.setText(_tr(LOADING))
        self._load(intake_id, record_view=True)

    def show_follow_up(self, followup_id: int) -> None:
        """Open a follow-up visit for review (the view goes on the audit trail); asking
        again for the one already open reads it again without a new view."""
        if followup_id == self.follow_up.followup_id:
            self.follow_up.show_follow_up(followup_id, record_view=False)
            return
        self._message.hide()
        self._blank()
        self._empty.setText(self.tr("Loading the follow-up visit…"))
        self.follow_up.show_follow_up(followup_id)

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the open intake again (after a decision or a handout): not a new view.

        `then` runs once it is shown again.
        """
        if self.intake_id is not None:
            self._load(self.intake_id, record_view=False, then=then)

    def clear(self) -> None:
        """Show no intake (nothing chosen, or the chosen one is gone)."""
        self._blank()

    def _blank(self) -> None:
        """Empty the pane, and drop any read still out: what `clear` and a new pick share."""
        if self.dialog is not None:
            self.dialog.reject()
        self._loads.forget()
        self._loading_id = None
        self.intake_id = None
        self.shown = None
        self._scroll.hide()
        self.follow_up.clear()
        self.follow_up.hide()
        self._empty.setText(_tr(NOTHING_OPEN))
        self._empty.show()
        self._foot.setLocations([])
        self._set_flags(None)
        for button in (self.decide_intake, self.letter):
            if button is not None:
                button.setEnabled(False)
                button.show()

    def is_loading(self) -> bool:
        """True while an intake (or a follow-up) asked for is still being read."""
        return self._loading_id is not None or self.follow_up.is_loading()

    def _follow_up_loaded(self) -> None:
        self._empty.hide()
        self.follow_up.show()
        for button in (self.decide_intake, self.letter):
            if button is not None:
                button.hide()

    def _follow_up_decided(self, _followup_id: int) -> None:
        shown = self.follow_up.shown
        if shown is not None:
            self._show_note(self.tr("The decision is on record."))
            self.decided.emit(shown.under_review.intake_id)

    def _follow_up_failed(self, message: str) -> None:
        self.clear()
        self._show_problem(message)

    # --- reading ------------------------------------------------------------------------

    def _load(
        self, intake_id: int, *, record_view: bool, then: Callable[[], None] | None = None
    ) -> None:
        database, actor = self.workstation.database, self.workstation.actor
        self._loading_id = intake_id
        self._loads.run(
            lambda: (
                intake_under_review(database, actor, intake_id, record_view=record_view),
                entry_of_intake(database, intake_id),
            ),
            lambda loaded: self._loaded(intake_id, *loaded, then),
            self._load_failed,
        )

    def _loaded(
        self,
        intake_id: int,
        shown: IntakeUnderReview,
        entry: StoredEntry | None,
        then: Callable[[], None] | None,
    ) -> None:
        self._loading_id = None
        self.intake_id = intake_id
        self.shown = shown
        self._fill(shown)
        # From a patient's own entry: where they answered, and what the desk corrected.
        self._entered.setText(entry_html(entry) if entry is not None else "")
        self._entered.setVisible(entry is not None)
        if then is not None:
            then()

    def _load_failed(self, message: str) -> None:
        self.clear()
        self._show_problem(
            sentence(self.tr("this intake cannot be shown: {message}").format(message=message))
        )

    def _fill(self, shown: IntakeUnderReview) -> None:
        self.setUpdatesEnabled(False)
        try:
            self._patient.setText(patient_html(shown))
            self._set_flags(shown)
            by_id = {flag.id: flag for flag in shown.flags}
            self._decisions.setText(
                "\n".join(decision_line(d, by_id) for d in reversed(shown.decisions))
                or self.tr("No decisions yet.")
            )
            self._handouts.setText(
                "\n".join(self._handout_line(h) for h in shown.handouts)
                or self.tr("Nothing printed or saved yet.")
            )
            self._answers.setText(answers_html(shown.document, level=4))
            side = answer_at(shown.document, "symptoms.side")
            self._foot.setSide(side if isinstance(side, str) and side in SIDES else None)
            marked = answer_at(shown.document, "symptoms.locations")
            regions = [m for m in marked if m in REGIONS] if isinstance(marked, list) else []
            self._foot.setLocations(list(dict.fromkeys(regions)))
            self._empty.hide()
            self._scroll.show()
            if self.decide_intake is not None:
                self.decide_intake.setEnabled(True)
            if self.letter is not None:
                self.letter.setEnabled(shown.newest_referral() is not None)
        finally:
            self.setUpdatesEnabled(True)

    def _set_flags(self, shown: IntakeUnderReview | None) -> None:
        """One card per flag: referral flags first (urgent, then soon), then advice."""
        for frame in self._flag_frames:
            self._flags_column.removeWidget(frame)
            frame.hide()
            frame.deleteLater()
        self._flag_frames = []
        self._flag_cards = []
        if shown is None:
            return
        ordered = sorted(
            shown.flags,
            key=lambda flag: (flag.kind != "referral", URGENCY_RANK.get(flag.urgency or "", 9)),
        )
        for flag in ordered:
            card = self._flag_card(shown, flag)
            self._flags_column.addWidget(card)
            card.show()  # at once, not on the next turn of the event loop
            self._flag_frames.append(card)
            self._flag_cards.append(card)
        if not ordered:
            frame = QFrame(self._flags)
            QVBoxLayout(frame).addWidget(
                QLabel(self.tr("The rules raised no flag for this intake."))
            )
            self._flags_column.addWidget(frame)
            frame.show()
            self._flag_frames.append(frame)
        # Tab follows the page down: the flags' buttons were made last, after the rest.
        chain: list[QWidget] = [self._scroll, self._patient]
        chain += [b for card in self._flag_cards if (b := card.decide_button()) is not None]
        chain.append(self._answers)
        chain += [button for button in (self.decide_intake, self.letter) if button is not None]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _flag_card(self, shown: IntakeUnderReview, flag: FlagOnRecord) -> FlagCard:
        """The desk's flag card, with what a flag on record adds: its rule set, where it
        stands, and for a clinician the button that decides on it while it is open."""
        card = FlagCard(flag.code, self._flags, prefix="review.")
        card.show_flag(flag, rules_version=flag.rules_version)
        card.set_status(flag_status(shown, flag))
        if self.may_decide and shown.is_open(flag):
            card.offer_decision(True)
            card.decisionRequested.connect(partial(self._decide, flag))
        return card

    # --- deciding and the letter ---------------------------------------------------------

    def _decide(self, flag: FlagOnRecord | None) -> None:
        if self.shown is None or self.intake_id is None or self.dialog is not None:
            return
        open_urgencies = [
            f.urgency for f in self.shown.flags if self.shown.is_open(f) and f.urgency is not None
        ]
        default = min(open_urgencies, key=lambda u: URGENCY_RANK.get(u, 9), default=None)
        dialog = DecisionDialog(
            self.workstation, self.intake_id, flag, default_urgency=default, parent=self
        )
        dialog.decided.connect(partial(self._decided, self.intake_id))
        dialog.finished.connect(partial(self._dialog_closed, dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: DecisionDialog, _result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _decided(self, intake_id: int, decision: object) -> None:
        if intake_id == self.intake_id and self.shown is not None:
            referred = isinstance(decision, Decision) and decision.decision == "refer"
            self._show_note(
                self.tr(
                    "The decision is on record. Print or save its referral letter with "
                    "Referral letter…"
                )
                if referred
                else self.tr("The decision is on record.")
            )
            self.reload(then=partial(self._focus_after_decision, referred))
        self.decided.emit(intake_id)

    def _focus_after_decision(self, referred: bool) -> None:
        """Once the intake is read again: the letter after a referral, else the next open
        flag."""
        if referred and self.letter is not None and self.letter.isEnabled():
            self.letter.setFocus()
        elif self.decide_intake is not None:
            self._focus_next_open()

    def _focus_next_open(self) -> None:
        """Keep the keyboard where the work is: the next open flag, else the intake's button."""
        for card in self._flag_cards:
            button = card.decide_button()
            if button is not None:
                button.setFocus()
                return
        if self.decide_intake is not None:
            self.decide_intake.setFocus()

    def _print_letter(self) -> None:
        decision = self.shown.newest_referral() if self.shown is not None else None
        if decision is None or self.intake_id is None:
            return
        intake_id = self.intake_id
        self._show_note(self.tr("Making the referral letter…"))
        self.printing.show_handout(
            HandoutJob(
                intake_id,
                "referral_letter",
                self.tr("referral letter"),
                self.tr("Referral letter: print preview"),
                f"referral-letter-{intake_id}.pdf",
            ),
            partial(
                referral_letter_for,
                self.workstation.database,
                self.workstation.actor,
                intake_id,
                decision.id,
            ),
        )

    def _handout_line(self, handout: HandoutRecord) -> str:
        """ "Care sheet (A4, large print), 20 Nov 2026 14:05, by desk"."""
        if handout.large_print:
            line = self.tr("{kind} ({paper}, large print), {when}, by {who}")
        else:
            line = self.tr("{kind} ({paper}), {when}, by {who}")
        return line.format(
            kind=words(HANDOUT_WORDS.get(handout.kind, handout.kind)),
            paper=handout.paper.upper(),
            when=when(handout.created_at),
            who=handout.created_by,
        )

    def _letter_recorded(self, _handout_id: int) -> None:
        self._show_note(self.tr("The handout is on record with this intake."))
        self.reload()

    # --- messages -----------------------------------------------------------------------

    def _show_note(self, text: str) -> None:
        self._set_message(text, "")

    def _show_problem(self, text: str) -> None:
        self._set_message(text, "fieldMessage")

    def _set_message(self, text: str, role: str) -> None:
        restyle(self._message, "role", role)
        self._message.setText(text)
        self._message.setVisible(bool(text))

    def message(self) -> str:
        """What the pane says above the intake (a problem or a note), for tests and callers."""
        return self._message.text() if self._message.isVisibleTo(self) else ""
