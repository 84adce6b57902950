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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.flag_card import FlagCard
from clinic_app.gui.common.flag_words import answer_words
from clinic_app.gui.common.wording import listed_words
from clinic_app.rules.model import Assessment, Flag
from clinic_app.services.live_flags import LiveFlags

_CONTEXT = "FlagsPanel"
NOTHING_YET = str(QT_TRANSLATE_NOOP("FlagsPanel", "Flags appear here as the intake is filled in."))
"""The English source; shown through `_tr`, in the window's language."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _urgency_count(urgency: str, count: int) -> str:
    """ "1 emergency", "3 urgent": one whole phrase per urgency, counted the language's way."""
    if urgency == "emergency":
        return QCoreApplication.translate("FlagsPanel", "%n emergency", None, count)
    if urgency == "urgent":
        return QCoreApplication.translate("FlagsPanel", "%n urgent", None, count)
    return QCoreApplication.translate("FlagsPanel", "%n soon", None, count)


def heading_text(assessment: Assessment | None) -> str:
    """ "2 referral flags: 1 emergency, 1 soon", "No referral flags so far"."""
    if assessment is None:
        return QCoreApplication.translate("FlagsPanel", "No flags yet")
    referral = assessment.referral_flags
    if not referral:
        return QCoreApplication.translate("FlagsPanel", "No referral flags so far")
    counts = [
        _urgency_count(urgency, count)
        for urgency in ("emergency", "urgent", "soon")
        if (count := sum(1 for flag in referral if flag.urgency == urgency))
    ]
    separator = QCoreApplication.translate("FlagsPanel", ", ", "between the counts")
    if len(referral) == 1:
        heading = QCoreApplication.translate("FlagsPanel", "%n referral flag: {counts}", None, 1)
    else:
        heading = QCoreApplication.translate(
            "FlagsPanel", "%n referral flags: {counts}", None, len(referral)
        )
    return heading.format(counts=separator.join(counts))


def advice_text(count: int) -> str:
    """ "1 advice flag", "2 advice flags"."""
    if count == 1:
        return QCoreApplication.translate("FlagsPanel", "%n advice flag", None, count)
    return QCoreApplication.translate("FlagsPanel", "%n advice flags", None, count)


def waiting_text(paths: Iterable[str]) -> str:
    named = listed_words([answer_words(path) for path in paths])
    return QCoreApplication.translate(
        "FlagsPanel", "Flags appear once these answers are filled in: {answers}."
    ).format(answers=named)


def provisional_text(paths: Iterable[str]) -> str:
    separator = QCoreApplication.translate("FlagsPanel", ", ", "between the answers")
    named = separator.join(answer_words(path) for path in paths)
    return QCoreApplication.translate(
        "FlagsPanel",
        "Provisional: some answers are not valid yet ({answers}) and were left out; "
        "the flags may change once they are corrected.",
    ).format(answers=named)


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
        self.setAccessibleName(self.tr("Flags so far"))
        self._live: LiveFlags | None = None
        self._cards: dict[str, FlagCard] = {}  # by rule code, shown or not

        content = QWidget()
        content.setObjectName("flagsContent")
        self._heading = _text(_tr(NOTHING_YET), "flagsHeading", content)
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
        self._scroll.setAccessibleName(self.tr("Flags for this intake"))
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
            self._set_note(self._advice_heading, advice_text(advice) if advice else "")
        finally:
            self.setUpdatesEnabled(True)

    def clear(self) -> None:
        """Show no flags and no notes, as before the first answer."""
        self._live = None
        self.setUpdatesEnabled(False)
        try:
            self._set_note(self._heading, _tr(NOTHING_YET))
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
