"""The live flags side panel of the intake form: what the rules flag so far, and why.

It shows a `LiveFlags` (clinic_app/services/live_flags.py) and decides nothing itself:
no rule logic here. Referral flags come first, emergency, then urgent, then soon, as the assessment
orders them; advice follows in its own group. Each flag is shown on the one `FlagCard`
(gui/common/flag_card.py) that the review pane and the decision dialog use too: its
urgency in words beside the colour, why it fired (the answers the flag cites), what it
rests on and what to do. The wording is the rules': it flags for a clinician, it does
not diagnose.

The form calls `show_flags` on every change. A call that shows what is already shown
does nothing. Each rule has one card, made the first time its flag fires and kept (hidden
while the flag is not raised); showing flags again only fills cards in, shows, hides and
orders them, and a card whose flag is unchanged is not touched. So typing neither makes
the panel flicker nor moves the scroll position needlessly, and after the first showing
of a flag a call costs a few milliseconds at most.
"""

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.flag_card import FlagCard
from clinic_app.gui.common.flag_words import answer_words
from clinic_app.gui.common.wording import counted, listed_words
from clinic_app.rules.model import Assessment, Flag
from clinic_app.services.live_flags import LiveFlags

NOTHING_YET = "Flags appear here as the intake is filled in."


def heading_text(assessment: Assessment | None) -> str:
    """ "2 referral flags: 1 emergency, 1 soon", "No referral flags so far"."""
    if assessment is None:
        return "No flags yet"
    referral = assessment.referral_flags
    if not referral:
        return "No referral flags so far"
    counts = [
        f"{count} {urgency}"
        for urgency in ("emergency", "urgent", "soon")
        if (count := sum(1 for flag in referral if flag.urgency == urgency))
    ]
    return f"{counted(len(referral), 'referral flag')}: {', '.join(counts)}"


def waiting_text(paths: Iterable[str]) -> str:
    named = listed_words([answer_words(path) for path in paths])
    return f"Flags appear once these answers are filled in: {named}."


def provisional_text(paths: Iterable[str]) -> str:
    named = ", ".join(answer_words(path) for path in paths)
    return (
        f"Provisional: some answers are not valid yet ({named}) and were left out; "
        "the flags may change once they are corrected."
    )


def _widget_at(layout: QVBoxLayout, index: int) -> QWidget | None:
    item = layout.itemAt(index)
    return item.widget() if item is not None else None


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:  # an unchanged text is not laid out again
        label.setText(text)


def _text(text: str, name: str, parent: QWidget) -> QLabel:
    """A wrapped note of plain text."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


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
            self._set_note(self._advice_heading, counted(advice, "advice flag") if advice else "")
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
