"""Discarding a patient's entry: the desk says why before anything happens.

self-entry.md: "Discarding needs a reason." The service refuses an empty one too; asking
here first means the desk is told in the dialog itself, with nothing sent and nothing
changed, rather than after a round trip to the database.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.dialog_height import keep_text_whole
from clinic_app.gui.common.style import restyle


class DiscardDialog(QDialog):
    """Asks for the reason; `reasonGiven(reason)` once one is given (the dialog then
    closes). An empty reason is refused in words and the dialog stays open."""

    reasonGiven = Signal(str)

    def __init__(self, patient: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discardEntryDialog")
        self.setWindowTitle(self.tr("Discard a patient entry"))
        question = QLabel(
            self.tr(
                "Why is the entry of {patient} set aside? The reason is kept with the entry."
            ).format(patient=patient or self.tr("(no name)")),
            self,
        )
        question.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("discard.reason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("For example: a test entry, or entered twice"))
        question.setBuddy(self.reason)
        self.message = QLabel(self)
        self.message.setObjectName("discard.message")
        self.message.setWordWrap(True)
        restyle(self.message, "role", "fieldMessage")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm = QPushButton(self.tr("&Discard the entry"), self)
        self.confirm.setObjectName("discard.ok")
        self.confirm.setDefault(True)
        buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("discard.cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        keep_text_whole(self)
        self.reason.setFocus()

    def accept(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.message.setText(self.tr("Say why the entry is discarded; nothing was changed."))
            self.message.show()
            self.reason.setFocus()
            return
        self.reasonGiven.emit(reason)
        super().accept()
