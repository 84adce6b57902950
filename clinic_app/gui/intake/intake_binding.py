"""Between the intake form's widgets and the intake document.

The reading, writing and watching are gui/common's FieldBinding, which the follow-up
form shares; what is the intake's own is here: its Designer pages come with empty combo
boxes and check-box groups, filled from the one list of choices (gui/common/
intake_fields), and the distance fields say which unit they are in.
"""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.accessible_names import label_words
from clinic_app.gui.common.field_binding import FieldBinding
from clinic_app.gui.common.intake_fields import CHECKS, CHOICES, DISTANCES, FIELDS, Kind, words
from clinic_app.gui.common.tab_chain import tab_in_order
from clinic_app.intake.fields import FORMATS

_UNIT_WORDS = {  # English sources of the distance fields' placeholders
    "km": str(QT_TRANSLATE_NOOP("IntakeBinding", "in km")),
    "mi": str(QT_TRANSLATE_NOOP("IntakeBinding", "in miles")),
}


class IntakeBinding(FieldBinding):
    """Reads and writes one intake document through the widgets under `root`.

    `edited(path)` fires when the user changes a field; nothing fires while a document
    is being written into the widgets.
    """

    def __init__(self, root: QWidget) -> None:
        super().__init__(root, FIELDS)

    def document(self) -> dict[str, Any]:
        """The intake as typed so far: a document that may not be valid yet."""
        document = self.fill({"format": FORMATS[0]})
        for part in ("patient", "running", "symptoms", "history"):
            document.setdefault(part, {})
        return document

    def prepare(self, path: str, kind: Kind, widget: QWidget) -> None:
        if isinstance(widget, QComboBox) and widget.count() == 0:
            for value, label in CHOICES[path]:
                widget.addItem(words(label), value)
        elif isinstance(widget, QGroupBox) and kind is Kind.CHOICES:
            self._fill_group(path, widget)

    def _fill_group(self, path: str, group: QGroupBox) -> None:
        layout = QVBoxLayout(group)
        layout.setContentsMargins(4, 4, 4, 4)
        boxes = []
        for value, label in CHECKS[path]:
            box = QCheckBox(words(label), group)
            box.setObjectName(f"{path}.{value}")
            layout.addWidget(box)
            boxes.append(box)
        # Made after the page, the boxes would come last in its tab order: they take the
        # group's place instead, where the group is read.
        tab_in_order(group, *boxes)
        group.setFocusProxy(boxes[0])  # the label's shortcut lands on the first box
        # Named as its label reads ("Recent changes"), not by its field's path.
        page = group.parentWidget()
        captions = [c for c in page.findChildren(QLabel) if c.buddy() is group] if page else []
        group.setAccessibleName(label_words(captions[0]) if captions else group.objectName())

    def show_dependents(self, path: str | None = None) -> None:
        super().show_dependents(path)
        if path not in (None, "running.distance_unit"):
            return
        unit = self.widget("running.distance_unit")
        assert isinstance(unit, QComboBox)
        english = _UNIT_WORDS.get(str(unit.currentData()), "")
        words = QCoreApplication.translate("IntakeBinding", english) if english else ""
        for distance in DISTANCES:
            field = self.widget(distance)
            assert isinstance(field, QLineEdit)
            field.setPlaceholderText(words)
