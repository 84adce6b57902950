"""Names for a screen reader where Qt would give the wrong one.

Qt names most controls from their label's buddy, but tells the AT-SPI bus a combo box's
current choice as its name ("Not given" rather than "Sex"), and a line edit's clear
button nothing at all. `name_from_labels` gives each combo box under a widget the words
of the label whose buddy it is; `name_clear_buttons` names the clear buttons. Called once
a window's widgets exist (windows are rebuilt when the language changes).
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolButton, QWidget


def label_words(label: QLabel) -> str:
    """A label's text as it is read: no mnemonic ampersand, no closing colon."""
    return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" :：")


def name_from_labels(root: QWidget) -> None:
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if isinstance(buddy, QComboBox) and not buddy.accessibleName() and label.text():
            buddy.setAccessibleName(label_words(label))
    name_clear_buttons(root)


def name_clear_buttons(root: QWidget) -> None:
    words = QCoreApplication.translate("AccessibleNames", "Clear")
    for field in root.findChildren(QLineEdit):
        if field.isClearButtonEnabled():
            for button in field.findChildren(QToolButton):
                if not button.accessibleName():
                    button.setAccessibleName(words)
