"""Set up a compiled Designer form and give its widgets their field names.

uic turns an objectName into a Python attribute, so a `.ui` file cannot name a widget
`patient.first_name`. The forms spell the dot as a double underscore
(`patient__first_name`); this puts the dot back, so every editing widget's objectName
is its field's dotted path, as the architecture's contract says.
"""

from typing import Protocol

from PySide6.QtWidgets import QWidget

from clinic_app.gui.common.accessible_names import name_from_labels

SEPARATOR = "__"


class CompiledForm(Protocol):
    def setupUi(self, widget: QWidget) -> None: ...


def set_up(form: CompiledForm, widget: QWidget) -> None:
    form.setupUi(widget)
    name_from_labels(widget)
    for child in widget.findChildren(QWidget):
        name = child.objectName()
        if SEPARATOR in name and not name.startswith("label_"):
            child.setObjectName(name.replace(SEPARATOR, "."))
