"""Text size and theme: a staff member picks how their own windows look (accessibility.md).

The choice is kept for this username on this workstation (look_choice.py) and taken at
once by every open window (the style sheet and the palette are the application's), and
again at each sign-in; the sign-in window follows the newest choice made here.
"""

import logging

from PySide6.QtWidgets import (
    QApplication,
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
from clinic_app.gui.common.look_choice import TEXT_SIZES, Look, load_looks, save_looks
from clinic_app.gui.common.style import follow_look
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.storage.errors import StorageError

log = logging.getLogger(__name__)

THEME_WORDS = {
    None: QT_TRANSLATE_NOOP("LookDialog", "Follow the system (light or dark)"),
    "light": QT_TRANSLATE_NOOP("LookDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("LookDialog", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("LookDialog", "High contrast"),
}


class LookDialog(QDialog):
    """Accepted once the choice is saved; `chosen` is the look."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lookDialog")
        self.setWindowTitle(self.tr("Text size and theme"))
        self._username = username
        self.chosen = load_looks().of(username)

        self.text_size = QComboBox(self)
        self.text_size.setObjectName("look.textSize")
        for percent in TEXT_SIZES:
            self.text_size.addItem(f"{percent} %", percent)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(self.chosen.text_percent)))
        self.theme_choice = QComboBox(self)
        self.theme_choice.setObjectName("look.theme")
        for name, words in THEME_WORDS.items():
            self.theme_choice.addItem(self.tr(words), name)
        self.theme_choice.setCurrentIndex(max(0, self.theme_choice.findData(self.chosen.theme)))
        note = QLabel(self.tr("Your windows change at once, and stay so when you sign in."), self)
        note.setObjectName("look.note")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("look.buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        fields = QFormLayout()
        size_label = QLabel(self.tr("Text &size:"), self)
        size_label.setBuddy(self.text_size)
        theme_label = QLabel(self.tr("&Theme:"), self)
        theme_label.setBuddy(self.theme_choice)
        fields.addRow(size_label, self.text_size)
        fields.addRow(theme_label, self.theme_choice)
        column = QVBoxLayout(self)
        column.addLayout(fields)
        column.addWidget(note)
        column.addWidget(buttons)
        name_from_labels(self)

    def accept(self) -> None:
        """Saved first: a choice that could not be kept is said, and the dialog stays."""
        wanted = Look(int(self.text_size.currentData()), self.theme_choice.currentData())
        looks = load_looks()
        looks.choose(self._username, wanted)
        try:
            save_looks(looks)
        except StorageError as error:
            log.warning("window look not saved: %s", error)
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "The text size and theme could not be saved on this computer. Check "
                    "that your settings folder can be written to."
                ),
            )
            return
        self.chosen = wanted
        app = QApplication.instance()
        if isinstance(app, QApplication):
            follow_look(app, self._username)
        super().accept()
