"""The window-language chooser: a staff member picks the language of their own windows.

The choice is kept for this username on this workstation (language_choice.py) and applies
the next time they sign in: open windows are not retranslated, so changing the language
mid-intake cannot leave half a window in one language and half in another. The sign-in
window then follows the newest choice made here. Languages are listed by their own names
(OWN_NAMES), so a reader finds theirs whatever the window's language is now.
"""

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.accessible_names import name_from_labels
from clinic_app.gui.common.language_choice import load_choices, save_choices
from clinic_app.languages import KNOWN_LANGUAGES, OWN_NAMES

log = logging.getLogger(__name__)


class LanguageDialog(QDialog):
    """Accepted once the choice is saved; `chosen` is the tag, or None for the system's."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self.setWindowTitle(self.tr("Window language"))
        self._username = username
        self.chosen: str | None = load_choices().of(username)

        self.choice = QComboBox(self)
        self.choice.setObjectName("language.choice")
        self.choice.addItem(self.tr("System default"), None)
        for tag in KNOWN_LANGUAGES:
            self.choice.addItem(OWN_NAMES[tag], tag)
        self.choice.setCurrentIndex(max(0, self.choice.findData(self.chosen)))
        note = QLabel(self.tr("Your choice applies the next time you sign in."), self)
        note.setObjectName("language.note")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("language.buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        fields = QFormLayout()
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.choice)
        fields.addRow(label, self.choice)
        column = QVBoxLayout(self)
        column.addLayout(fields)
        column.addWidget(note)
        column.addWidget(buttons)
        name_from_labels(self)

    def accept(self) -> None:
        """Saved first: a choice that could not be kept is said, and the dialog stays."""
        wanted = self.choice.currentData()
        choices = load_choices()
        choices.choose(self._username, wanted)
        try:
            save_choices(choices)
        except OSError as error:
            log.warning("window language not saved: %s", error)
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "The language could not be saved on this computer ({error}). "
                    "Check that your settings folder can be written to."
                ).format(error=error.strerror or error),
            )
            return
        self.chosen = wanted
        super().accept()
