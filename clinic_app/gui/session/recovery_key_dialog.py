"""The recovery key, shown once to the first administrator (security.md, stolen laptop).

The database key lives in this computer's keyring; if the keyring is lost (a new
computer, a reinstalled system) the recovery key is the only way back to the records. So
it is shown once, in plain words, and the dialog goes on only when its last group of
four has been typed back: a key that was not written down is no key at all. The dialog
cannot be closed without that (Escape and the close button say why instead).

It holds no database call: whoever opens it notes, on the background runner, that the
key was shown once it is accepted.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class RecoveryKeyDialog(QDialog):
    """Shows `recovery_key` (groups of four joined by dashes) until its last group is
    typed back; accepted then."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Write down the recovery key"))
        self._last_group = recovery_key.rsplit("-", 1)[-1]

        intro = QLabel(
            self.tr(
                "The records on this computer are encrypted. Their key is kept on this "
                "computer (in its keyring). If that is ever lost (a new computer, a "
                "reinstalled system), this recovery key is the only way back to the "
                "records. Write it down now, on paper, and keep it away from this "
                "computer, for example in the clinic's safe. It is shown only this once."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.key = QLabel(recovery_key, self)
        self.key.setObjectName("recoveryKey.key")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.key.setFont(font)
        self.key.setWordWrap(True)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.part = QLineEdit(self)
        self.part.setObjectName("recoveryKey.lastGroup")
        self.part.setMaxLength(len(self._last_group) + 2)
        ask = QLabel(self.tr("To show that you wrote it down, type its &last group of four:"), self)
        ask.setWordWrap(True)
        ask.setBuddy(self.part)
        self.message = QLabel(self)
        self.message.setObjectName("recoveryKey.message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("I have written it down")
        )
        self.buttons.accepted.connect(self._confirm)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key)
        layout.addWidget(ask)
        layout.addWidget(self.part)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.part.setFocus()

    def _confirm(self) -> None:
        typed = "".join(self.part.text().split()).replace("-", "").upper()
        if typed == self._last_group:
            self.message.clear()
            self.accept()
            return
        self.message.setText(
            self.tr(
                "That is not the last group of the key. Look at what you wrote down and "
                "type its last four letters and digits."
            )
        )
        self.part.selectAll()
        self.part.setFocus()

    def reject(self) -> None:
        """Escape does not skip it: the key must be written down first."""
        self.message.setText(
            self.tr("Write the recovery key down and type its last group before going on.")
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
