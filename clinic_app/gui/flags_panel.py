"""The live flags side panel of the intake form: what the rules flag so far, and why.

It shows a `LiveFlags` (clinic_app/services/live_flags.py) and decides nothing itself:
no rule logic here. Referral flags come first, urgent before soon, as the assessment
orders them; advice follows in its own group. Every card says its urgency in words
beside the colour, why it fired (the answers the flag cites), what it rests on and what
to do. The wording is the rules': it flags for a clinician, it does not diagnose.

The form calls `show_flags` on every change. A call that shows what is already shown
does nothing. Each rule has one card, made the first time its flag fires and kept (hidden
while the flag is not raised); showing flags again only fills cards in, shows, hides and
orders them, and a card whose flag is unchanged is not touched. So typing neither makes
the panel flicker nor moves the scroll position needlessly, and after the first showing
of a flag a call costs a few milliseconds at most.
"""

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.style import restyle
from clinic_app.rules.model import Assessment, Flag
from clinic_app.services.live_flags import LiveFlags

BADGE_WORDS: dict[str, str] = {
    "urgent": "Urgent — same day",
    "soon": "Soon — within days",
    "advice": "Advice",
}
"""The words on each badge, keyed by its `urgency` property (the style sheet's colour)."""

CLINICIAN_ONLY = "For the clinician only — not printed on the sheet"
NOTHING_YET = "Flags appear here as the intake is filled in."

ANSWER_WORDS: dict[str, str] = {
    # The answers the flags wait for (live_flags.NEEDED_BY_RULES).
    "format": "a document format this version reads",
    "visit_date": "the visit date",
    "running.weekly_distance": "the distance in the last 7 days",
    "symptoms.side": "which foot",
    "symptoms.locations": "where it hurts",
    "symptoms.pain_now": "the pain now (0–10)",
    # Optional answers the rules read, named when one is left out as not valid yet.
    "running.distance_unit": "the distance unit",
    "running.previous_weekly_distance": "the distance the week before",
    "running.recent_changes": "the changes in the last 4 weeks",
    "running.surfaces": "the surfaces",
    "running.shoe_distance": "the distance on the main pair",
    "running.shoe_pairs_in_rotation": "the pairs in rotation",
    "running.shoe_fit_problems": "whether the shoes fit",
    "running.shoe_cushioning_worn": "whether the cushioning is worn",
    "running.cross_training": "cross-training",
    "symptoms.onset_date": "when the pain started",
    "symptoms.pain_character": "how it feels",
    "symptoms.pain_localized": "whether they can point to one spot",
    "symptoms.bone_point_tenderness": "whether pressing a bone hurts",
    "symptoms.numbness_or_tingling": "numbness or tingling",
    "symptoms.swelling": "swelling",
    "symptoms.redness": "redness",
    "symptoms.warmth": "whether the area feels hot",
    "symptoms.fever": "fever",
    "symptoms.weight_bearing": "weight bearing",
    "symptoms.worse_with_activity": "worse with activity",
    "symptoms.night_pain": "pain at night",
    "symptoms.first_step_morning_pain": "pain with the first steps in the morning",
    "symptoms.self_care_days": "the days of self-care tried",
    "symptoms.improving": "whether it is getting better",
    "symptoms.injury": "what started it",
    "history": "the history",
    "history.previous_stress_fracture": "a past stress fracture",
    "history.diabetes": "diabetes",
    "history.peripheral_neuropathy": "reduced feeling in the feet",
    "history.low_bone_density": "low bone density",
    "history.irregular_periods": "absent or irregular periods",
    "history.restricted_eating": "restricted eating",
}
"""Plain words for the answers named by the panel; any other path is shown as it is."""


def answer_words(path: str) -> str:
    return ANSWER_WORDS.get(path, path)


def listed_words(items: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def heading_text(assessment: Assessment | None) -> str:
    """ "2 referral flags: 1 urgent, 1 soon", "No referral flags so far"."""
    if assessment is None:
        return "No flags yet"
    referral = assessment.referral_flags
    if not referral:
        return "No referral flags so far"
    counts = [
        f"{count} {urgency}"
        for urgency in ("urgent", "soon")
        if (count := sum(1 for flag in referral if flag.urgency == urgency))
    ]
    return f"{_counted(len(referral), 'referral flag')}: {', '.join(counts)}"


def waiting_text(paths: Iterable[str]) -> str:
    named = listed_words([answer_words(path) for path in paths])
    return f"Flags appear once these answers are filled in: {named}."


def provisional_text(paths: Iterable[str]) -> str:
    named = ", ".join(answer_words(path) for path in paths)
    return (
        f"Provisional: some answers are not valid yet ({named}) and were left out; "
        "the flags may change once they are corrected."
    )


_EVIDENCE = re.compile(r"(?P<path>[a-z_]+(?:\.[a-z_]+)*) = (?P<value>.*)", re.DOTALL)
_VALUE_WORDS = {"true": "yes", "false": "no", "null": "not given"}


def evidence_words(item: str) -> str:
    """One piece of evidence as the desk says it: "night pain: yes", not
    "symptoms.night_pain = true". Anything not in the rules' `path = value` form is kept."""
    found = _EVIDENCE.fullmatch(item)
    if found is None:
        return item
    path, value = found["path"], found["value"]
    name = ANSWER_WORDS.get(path) or path.rpartition(".")[2].replace("_", " ")
    head, space, rest = value.partition(" ")
    value = _VALUE_WORDS.get(head, head) + space + rest
    return f"{name}: {value.strip('[]') if value.startswith('[') else value}"


def card_lines(flag: Flag) -> list[str]:
    """What a card says under its title: why, what it rests on, what to do, who may see it."""
    why = "; ".join(evidence_words(item) for item in flag.evidence)
    lines = ["Why: " + why, "Rests on: " + flag.source, flag.action]
    if flag.clinician_only:
        lines.append(CLINICIAN_ONLY)
    return lines


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _widget_at(layout: QVBoxLayout, index: int) -> QWidget | None:
    item = layout.itemAt(index)
    return item.widget() if item is not None else None


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:  # an unchanged text is not laid out again
        label.setText(text)


def _text(text: str, name: str, parent: QWidget) -> QLabel:
    """A wrapped label of plain text (never rich text: answers are shown as given)."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    # (Not selectable: a selectable label keeps a text document and is several times slower.)
    return label


class FlagCard(QFrame):
    """One rule's card: the badge in words, the title, why, what it rests on, the action.

    A card belongs to one rule (objectName `flag.<code>`) and is kept while the form is
    open: when the rule's flag comes back, or fires on other answers, the card is filled
    in again rather than made anew, which is what keeps typing smooth.
    """

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flag: Flag | None = None
        self.setObjectName(f"flag.{code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._badge = QLabel(self)
        self._badge.setObjectName("flagBadge")
        self._badge.setTextFormat(Qt.TextFormat.PlainText)
        self._badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._title = _text("", "flagTitle", self)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        # One label for all the lines under the title: each label costs time to lay out,
        # and the form may show twenty cards at once.
        self._details = _text("", "flagDetails", self)
        top = QHBoxLayout()
        top.addWidget(self._badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self._title, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self._details)

    def show_flag(self, flag: Flag) -> None:
        """Fill the card in for `flag` (a flag of this card's rule)."""
        if flag == self.flag:
            return
        self.flag = flag
        urgency = flag.urgency or "advice"
        words = BADGE_WORDS[urgency]
        self.setProperty("kind", flag.kind)
        if self._badge.property("urgency") != urgency:
            restyle(self._badge, "urgency", urgency)  # the style sheet's colour follows it
            self._badge.setText(words)
        lines = card_lines(flag)
        _set_text(self._title, flag.title)
        _set_text(self._details, "\n".join(lines))
        spoken = f"{words}: {flag.title}"
        self.setAccessibleName(f"{spoken}. {CLINICIAN_ONLY}" if flag.clinician_only else spoken)
        self.setAccessibleDescription(" ".join(lines))


class FlagsPanel(QWidget):
    """The side panel: a heading with the count, notes on what is missing, the cards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flagsPanel")
        self.setAccessibleName("Flags so far")
        self._live: LiveFlags | None = None
        self._cards: dict[str, FlagCard] = {}  # by rule code, shown or not

        content = QWidget()
        content.setObjectName("flagsContent")
        self._heading = _text(NOTHING_YET, "flagsHeading", content)
        self._heading.setProperty("role", "pageTitle")
        self._waiting = _text("", "flagsWaiting", content)
        self._waiting.setProperty("role", "blocked")
        self._provisional = _text("", "flagsProvisional", content)
        self._provisional.setProperty("role", "blocked")
        self._referral = QWidget(content)
        self._referral.setObjectName("referralFlags")
        self._referral_cards = QVBoxLayout(self._referral)
        self._referral_cards.setContentsMargins(0, 0, 0, 0)
        self._advice_heading = _text("", "adviceHeading", content)
        font = self._advice_heading.font()
        font.setBold(True)
        self._advice_heading.setFont(font)
        self._advice = QWidget(content)
        self._advice.setObjectName("adviceFlags")
        self._advice_cards = QVBoxLayout(self._advice)
        self._advice_cards.setContentsMargins(0, 0, 0, 0)

        column = QVBoxLayout(content)
        for widget in (
            self._heading,
            self._waiting,
            self._provisional,
            self._referral,
            self._advice_heading,
            self._advice,
        ):
            column.addWidget(widget)
        column.addStretch(1)

        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("flagsScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        self.clear()

    def show_flags(self, live: LiveFlags) -> None:
        """Show the flags so far; nothing is redrawn when nothing changed."""
        if live == self._live:
            return
        self._live = live
        assessment = live.assessment
        self.setUpdatesEnabled(False)
        try:
            self._set_note(self._heading, heading_text(assessment))
            self._set_note(
                self._waiting,
                waiting_text(live.waiting_for) if assessment is None and live.waiting_for else "",
            )
            self._set_note(
                self._provisional, provisional_text(live.left_out) if live.provisional else ""
            )
            flags = assessment.flags if assessment is not None else ()
            self._show_cards(flags)
            advice = sum(1 for flag in flags if flag.kind == "advice")
            self._set_note(self._advice_heading, _counted(advice, "advice flag") if advice else "")
        finally:
            self.setUpdatesEnabled(True)

    def clear(self) -> None:
        """Show no flags and no notes, as before the first answer."""
        self._live = None
        self.setUpdatesEnabled(False)
        try:
            self._set_note(self._heading, NOTHING_YET)
            for note in (self._waiting, self._provisional, self._advice_heading):
                self._set_note(note, "")
            self._show_cards(())
        finally:
            self.setUpdatesEnabled(True)

    def _set_note(self, label: QLabel, text: str) -> None:
        """Set a note's text, hiding the note while it has none; untouched when unchanged."""
        _set_text(label, text)
        label.setHidden(not text)

    def _show_cards(self, flags: Sequence[Flag]) -> None:
        """Show one card per flag, in the assessment's order; hide the cards of the rest."""
        wanted: dict[QVBoxLayout, list[FlagCard]] = {
            self._referral_cards: [],
            self._advice_cards: [],
        }
        for flag in flags:
            referral = flag.kind == "referral"
            card = self._cards.get(flag.code)
            if card is None:
                card = FlagCard(flag.code, self._referral if referral else self._advice)
                self._cards[flag.code] = card
            card.show_flag(flag)
            wanted[self._referral_cards if referral else self._advice_cards].append(card)
        shown = {card for cards in wanted.values() for card in cards}
        for card in self._cards.values():
            if card not in shown:
                card.hide()
        for layout, cards in wanted.items():
            placed = [_widget_at(layout, index) for index in range(layout.count())]
            if placed != cards:  # re-placed only when the order changed
                while layout.count():
                    layout.takeAt(0)
                for card in cards:
                    layout.addWidget(card)
            for card in cards:
                card.show()  # at once, not on the next turn of the event loop
        self._referral.setHidden(not wanted[self._referral_cards])
        self._advice.setHidden(not wanted[self._advice_cards])
