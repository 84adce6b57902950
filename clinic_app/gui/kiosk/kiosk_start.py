"""The kiosk's first screen (choose your language) and its "Are you still there?" screen.

The first screen greets the patient in every language at once, since no one has chosen
one yet, and names each language in its own words (languages.md), so a patient finds
theirs whatever the kiosk spoke to the one before.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.languages import KNOWN_LANGUAGES, OWN_NAMES

WELCOME = QT_TRANSLATE_NOOP("KioskStart", "Welcome. Please choose your language to begin.")
"""Marked for lupdate; shown in each language by the page's `greet`."""

Greeting = Callable[[str, str, str], str]
"""A text in a given language without installing it: (language, context, text)."""


class LanguagePage(QWidget):
    """One big button per language; `chosen` with its tag."""

    chosen = Signal(str)

    def __init__(self, greet: Greeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskLanguagePage")
        column = QVBoxLayout(self)
        column.addStretch(1)
        for tag in KNOWN_LANGUAGES:
            line = QLabel(greet(tag, "KioskStart", WELCOME))
            line.setObjectName("kioskHeading")
            line.setWordWrap(True)
            line.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(line)
        column.addSpacing(24)
        for tag in KNOWN_LANGUAGES:
            button = QPushButton(OWN_NAMES[tag])
            button.setObjectName(f"kiosk.language.{tag}")
            button.setAccessibleName(OWN_NAMES[tag])
            button.clicked.connect(lambda _checked=False, tag=tag: self.chosen.emit(tag))
            column.addWidget(button)
        column.addStretch(1)


class StillTherePage(QWidget):
    """Asks whether the patient is still there; any touch says yes (`touched`)."""

    touched = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskStillTherePage")
        question = QLabel(self.tr("Are you still there?"))
        question.setObjectName("kioskHeading")
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Touch the screen to go on with your answers."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        carry_on = QPushButton(self.tr("I am still here"))
        carry_on.setObjectName("kiosk.stillHere")
        carry_on.clicked.connect(self.touched.emit)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(question)
        column.addWidget(hint)
        column.addWidget(carry_on)
        column.addStretch(1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.touched.emit()
        super().mousePressEvent(event)
