"""The admin's Encryption page: whether the database file is encrypted, where its key is
kept, and how to get back to the records if this computer's keyring is lost.

A page to read, not to change: encrypting or decrypting a file swaps it under every open
connection, so those are commands run while the app is closed (`clinic-intake db encrypt`,
`db decrypt`, `db recover`). Looking the key up may ask the keyring, which can take a
while (or wait for the user to unlock it), so it runs on the background runner.
"""

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import file_encryption
from clinic_app.services.file_encryption import EncryptionState


class EncryptionPage(QWidget):
    """The encryption at rest of this workstation's database, in words."""

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encryptionPage")
        self.workstation = workstation
        self.state_of: EncryptionState | None = None
        self._reading = DatabaseCalls("reading how the database is encrypted", self)

        title = QLabel(self.tr("Encryption"), self)
        title.setProperty("role", "pageTitle")
        self.state = QLabel(self.tr("Looking…"), self)
        self.state.setObjectName("encryption.state")
        self.key = QLabel(self)
        self.key.setObjectName("encryption.key")
        self.warning = QLabel(self)
        self.warning.setObjectName("encryption.warning")
        self.warning.setProperty("role", "warning")
        self.recovery = QLabel(self)
        self.recovery.setObjectName("encryption.recovery")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        for label in (self.state, self.key, self.warning, self.recovery):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)

    def is_busy(self) -> bool:
        return self._reading.busy

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        database = self.workstation.database
        self._reading.run(
            lambda: file_encryption.state_of(database), self._show, self._failed, unless_busy=True
        )

    def _failed(self, message: str) -> None:
        self.state.setText(message[:1].upper() + message[1:] + ".")

    def _show(self, state: EncryptionState) -> None:
        self.state_of = state
        self.key.clear()
        self.warning.clear()
        self.recovery.clear()
        if not state.sqlite:
            self.state.setText(
                self.tr(
                    "The records are on a PostgreSQL server: encryption at rest is the "
                    "server's disk (ask whoever looks after the server)."
                )
            )
            return
        if not state.encrypted:
            self.state.setText(
                self.tr(
                    "This database is not encrypted: anyone who copies its file can read "
                    "every record. Close the app and run `clinic-intake db encrypt` to "
                    "encrypt it."
                )
            )
            return
        self.state.setText(self.tr("This database is encrypted (SQLCipher, 256-bit key)."))
        if state.kept_in == "keyring":
            self.key.setText(self.tr("Its key is kept in this computer's keyring."))
        else:
            self.key.setText(
                self.tr("Its key is kept in a file on this computer (no keyring was found).")
            )
        if state.warning:
            self.warning.setText(self.tr("Warning: {warning}.").format(warning=state.warning))
        self.recovery.setText(
            self.tr(
                "If this computer's keyring or key file is lost, the records open again with "
                "the recovery key written down when the database was made: on the computer "
                "that has the database, run `clinic-intake db recover` and type it."
            )
        )
