"""The kiosk's last steps: the clinic's consent text with a tick and a drawn signature,
and the thank-you that asks the patient to tell the desk.

The consent text is the clinic's own (kiosk_settings.current_consent, per language and
versioned); the session loads it off the GUI thread and hands it here. The thank-you says
the same words whatever the patient answered: the patient never sees a flag or urgency
(self-entry.md), the desk's alert does that job.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.kiosk.signature_pad import SignaturePad
from clinic_app.services.kiosk_settings import ConsentVersion


class ConsentPage(QWidget):
    """The consent text, "I agree" and the signature pad."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskConsentPage")
        self.consent: ConsentVersion | None = None
        heading = QLabel(title)
        heading.setObjectName("kioskHeading")
        self.text = QLabel(self.tr("Loading the consent text…"))
        self.text.setObjectName("kioskConsentText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.text)
        self.agreed = QCheckBox(self.tr("I have read this and I agree"))
        self.agreed.setObjectName("kiosk.consent_agreed")
        self.agreed.setEnabled(False)
        sign = QLabel(self.tr("Please sign here with your finger:"))
        sign.setWordWrap(True)
        self.signature = SignaturePad()
        sign.setBuddy(self.signature)
        self.clear = QPushButton(self.tr("Clear my signature"))
        self.clear.setObjectName("kiosk.clearSignature")
        self.clear.clicked.connect(self.signature.clear)
        under = QHBoxLayout()
        under.addStretch(1)
        under.addWidget(self.clear)

        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(scroll, 1)
        column.addWidget(self.agreed)
        column.addWidget(sign)
        column.addWidget(self.signature)
        column.addLayout(under)

    def show_consent(self, consent: ConsentVersion | None) -> None:
        """The clinic's text for this language; without one the patient cannot sign."""
        self.consent = consent
        if consent is None:
            self.text.setText(
                self.tr(
                    "This kiosk has no consent text in your language yet. Please ask the "
                    "front desk."
                )
            )
            self.agreed.setEnabled(False)
            return
        self.text.setText(consent.text)
        self.agreed.setEnabled(True)

    def show_unavailable(self) -> None:
        self.consent = None
        self.text.setText(
            self.tr("The consent text could not be loaded. Please ask the front desk for help.")
        )
        self.agreed.setEnabled(False)


class ThanksPage(QWidget):
    """The last screen; `touched` when the patient touches it (a fresh start follows)."""

    touched = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskThanksPage")
        words = QLabel(self.tr("Thank you. Please let the front desk know you have finished."))
        words.setObjectName("kioskHeading")
        words.setWordWrap(True)
        words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A calm panel, so the one sentence stands out from across the waiting room.
        panel = QFrame()
        panel.setObjectName("kioskThanksPanel")
        panel.setMinimumHeight(280)
        inside = QVBoxLayout(panel)
        inside.setContentsMargins(48, 48, 48, 48)
        inside.addWidget(words)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(panel)
        column.addStretch(1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.touched.emit()
        super().mousePressEvent(event)
