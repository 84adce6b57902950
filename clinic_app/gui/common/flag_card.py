"""The one flag card: a flag's urgency in words beside its colour, its title, why it
fired, what it rests on and what to do.

The desk's live-flags panel, the clinician's review pane and the decision dialog all show
a flag through this card, so a flag reads the same wherever it is met. What differs by
place is asked for, not copied: a flag on record passes its rule-set version, the review
pane adds a status line and the "Decide on this flag…" button, and each place gives the
card's widgets a prefix of its own (`review.` in the review pane) so tests, the style
sheet and assistive technology can tell one place's cards from another's.

The wording is `flag_words`'; the card only lays it out. It holds no rule logic. A flag's
title and action are shown in the staff's language (`rule_words`); its evidence and source
as `flag_words` gives them.
"""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.flag_words import CLINICIAN_ONLY, ShownFlag, badge_words, card_lines
from clinic_app.gui.common.rule_words import rule_words
from clinic_app.gui.common.style import restyle
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP

DECIDE = QT_TRANSLATE_NOOP("FlagCard", "Decide on this flag…")


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:  # an unchanged text is not laid out again
        label.setText(text)


def _text(name: str, parent: QWidget) -> QLabel:
    """A wrapped label of plain text (never rich text: answers are shown as given)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    # (Not selectable: a selectable label keeps a text document and is several times slower.)
    return label


class FlagCard(QFrame):
    """One rule's card (objectName `<prefix>flag.<code>`).

    A card can be filled in again for its rule's next flag (`show_flag`), and then only
    what changed is set: the live panel keeps one card per rule while the form is open,
    which is what keeps typing smooth. All the lines under the title share one label,
    since each label costs time to lay out and the panel may show twenty cards at once.

    `decisionRequested` fires when the card's "Decide on this flag…" button is pressed
    (the button exists only once `offer_decision(True)` asked for it).
    """

    decisionRequested = Signal()

    def __init__(self, code: str, parent: QWidget | None = None, *, prefix: str = "") -> None:
        super().__init__(parent)
        self.flag: ShownFlag | None = None
        self._prefix = prefix
        self._rules_version: str | None = None
        self._lines: list[str] = []
        self._status: QLabel | None = None
        self._decide: QPushButton | None = None
        self._bottom: QHBoxLayout | None = None
        self.setObjectName(f"{prefix}flag.{code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._badge = QLabel(self)
        self._badge.setObjectName(f"{prefix}flagBadge")
        self._badge.setTextFormat(Qt.TextFormat.PlainText)
        self._badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._title = _text(f"{prefix}flagTitle", self)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._details = _text(f"{prefix}flagDetails", self)
        top = QHBoxLayout()
        top.addWidget(self._badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self._title, 1)
        self._column = QVBoxLayout(self)
        self._column.setSpacing(4)
        self._column.addLayout(top)
        self._column.addWidget(self._details)

    def show_flag(self, flag: ShownFlag, *, rules_version: str | None = None) -> None:
        """Fill the card in for `flag` (a flag of this card's rule); `rules_version` adds
        the "Rule set" line that a flag on record carries. Unchanged, nothing is touched."""
        if flag == self.flag and rules_version == self._rules_version:
            return
        self.flag = flag
        self._rules_version = rules_version
        urgency = flag.urgency or "advice"
        words = badge_words(flag.urgency)
        self.setProperty("kind", flag.kind)
        if self._badge.property("urgency") != urgency:
            restyle(self._badge, "urgency", urgency)  # the style sheet's colour follows it
            self._badge.setText(words)
        self._lines = card_lines(flag, rules_version)
        title = rule_words(flag.title)
        _set_text(self._title, title)
        _set_text(self._details, "\n".join(self._lines))
        spoken = f"{words}: {title}"
        only = QCoreApplication.translate("FlagWords", CLINICIAN_ONLY)
        self.setAccessibleName(f"{spoken}. {only}" if flag.clinician_only else spoken)
        self._describe()
        if self._decide is not None:
            self._decide.setAccessibleName(self.tr("Decide on: {title}").format(title=title))

    def set_status(self, text: str) -> None:
        """Where the flag stands (open, decided, advice only), on a line of its own under
        the details; an empty text hides the line."""
        if self._status is None:
            if not text:
                return
            self._status = _text(f"{self._prefix}flagStatus", self)
            self._bottom_row().insertWidget(0, self._status, 1)
        _set_text(self._status, text)
        self._status.setHidden(not text)
        self._describe()

    def status(self) -> str:
        return self._status.text() if self._status is not None else ""

    def offer_decision(self, offered: bool) -> None:
        """Show (or hide) the card's "Decide on this flag…" button."""
        if self._decide is None:
            if not offered:
                return
            code = self.objectName().removeprefix(f"{self._prefix}flag.")
            self._decide = QPushButton(self.tr(DECIDE), self)
            self._decide.setObjectName(f"{self._prefix}decide.{code}")
            if self.flag is not None:
                self._decide.setAccessibleName(
                    self.tr("Decide on: {title}").format(title=rule_words(self.flag.title))
                )
            self._decide.clicked.connect(self.decisionRequested)
            self._bottom_row().addWidget(self._decide, 0, Qt.AlignmentFlag.AlignBottom)
        self._decide.setHidden(not offered)

    def decide_button(self) -> QPushButton | None:
        """The "Decide on this flag…" button while it is offered."""
        decide = self._decide
        return decide if decide is not None and not decide.isHidden() else None

    def _bottom_row(self) -> QHBoxLayout:
        if self._bottom is None:
            self._bottom = QHBoxLayout()
            self._column.addLayout(self._bottom)
        return self._bottom

    def _describe(self) -> None:
        status = self.status()
        self.setAccessibleDescription(" ".join([*self._lines, status] if status else self._lines))
