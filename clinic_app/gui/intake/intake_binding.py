"""Between the form's widgets and the intake document: read, write, and say what changed.

Widgets are found by objectName, which is the field's dotted path, so the binding needs
no list of attributes and a test can find any field the same way. What the desk typed
is kept as typed: a distance of "4x" goes into the document as the text "4x", and the
intake's own validation says what is wrong with it. The form never invents a value.
"""

import re
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.answers import shown_number
from clinic_app.gui.common.foot_map import FootMap
from clinic_app.gui.common.intake_fields import CHECKS, CHOICES, DISTANCES, FIELDS, Kind
from clinic_app.gui.common.pain_scale import PainScale
from clinic_app.intake.answers import MISSING, answer_at
from clinic_app.intake.fields import FORMATS, REGIONS

_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+[.,]?\d*|[.,]\d+)")
_REQUIRED = {Kind.TEXT, Kind.DATE, Kind.NUMBER, Kind.PAIN, Kind.REGIONS}
_UNIT_WORDS = {  # English sources of the distance fields' placeholders
    "km": str(QT_TRANSLATE_NOOP("IntakeBinding", "in km")),
    "mi": str(QT_TRANSLATE_NOOP("IntakeBinding", "in miles")),
}


def typed_number(text: str) -> int | float | str | None:
    """A number as typed ("48", "4.5", "4,5"), or the text itself when it is not one."""
    text = text.strip()
    if not text:
        return None
    if _INTEGER.fullmatch(text):
        return int(text)
    if _DECIMAL.fullmatch(text):
        return float(text.replace(",", "."))
    return text


class IntakeBinding(QObject):
    """Reads and writes one intake document through the widgets under `root`.

    `edited(path)` fires when the user changes a field; nothing fires while a document
    is being written into the widgets.
    """

    edited = Signal(str)

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self._widgets: dict[str, QWidget] = {}
        self._checks: dict[str, list[tuple[str, QCheckBox]]] = {}
        self._loading = False
        for path in FIELDS:
            found = root.findChild(QWidget, path)
            if found is None:
                raise LookupError(f"the form has no widget named {path!r}")
            self._widgets[path] = found
        for path, kind in FIELDS.items():
            self._prepare(path, kind, self._widgets[path])
        self._show_unit()

    def widget(self, path: str) -> QWidget:
        return self._widgets[path]

    def paths(self) -> Iterable[str]:
        return self._widgets.keys()

    # --- reading ---------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        """The intake as typed so far: a document that may not be valid yet."""
        document: dict[str, Any] = {"format": FORMATS[0]}
        for path, kind in FIELDS.items():
            value = self._read(path, kind)
            if value is MISSING:
                continue
            *parents, name = path.split(".")
            section: dict[str, Any] = document
            for parent in parents:
                section = section.setdefault(parent, {})
            section[name] = value
        for part in ("patient", "running", "symptoms", "history"):
            document.setdefault(part, {})
        return document

    def _read(self, path: str, kind: Kind) -> object:
        widget = self._widgets[path]
        value: object
        if kind in (Kind.TEXT, Kind.OPTIONAL_TEXT, Kind.DATE, Kind.OPTIONAL_DATE):
            assert isinstance(widget, QLineEdit)
            text = widget.text()
            if kind is Kind.TEXT:
                return text
            value = text.strip() or None
        elif kind in (Kind.NUMBER, Kind.OPTIONAL_NUMBER):
            assert isinstance(widget, QLineEdit)
            value = typed_number(widget.text())
        elif kind is Kind.LONG_TEXT:
            assert isinstance(widget, QPlainTextEdit)
            return widget.toPlainText()
        elif kind is Kind.CHOICE:
            assert isinstance(widget, QComboBox)
            value = widget.currentData()
        elif kind is Kind.CHOICES:
            return [value for value, box in self._checks[path] if box.isChecked()]
        elif kind is Kind.FLAG:
            assert isinstance(widget, QCheckBox)
            return widget.isChecked()
        elif kind in (Kind.PAIN, Kind.OPTIONAL_PAIN):
            assert isinstance(widget, PainScale)
            value = widget.value()
        else:
            assert isinstance(widget, FootMap)
            return widget.locations()
        if value is None and (kind in _REQUIRED or kind is Kind.CHOICE):
            return MISSING  # a required answer not given: validation says "is required"
        return value

    def clear(self) -> None:
        """Empty every field, back to the form's defaults (choice lists at their first)."""
        self._loading = True
        try:
            for path, widget in self._widgets.items():
                if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                    widget.clear()
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(0)
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(False)
                elif isinstance(widget, PainScale):
                    widget.setValue(None)
                elif isinstance(widget, FootMap):
                    widget.setLocations([])
                for _, box in self._checks.get(path, []):
                    box.setChecked(False)
        finally:
            self._loading = False
        self._show_unit()
        self._show_side()

    # --- writing ---------------------------------------------------------------------

    def load(self, document: Mapping[str, Any]) -> None:
        """Show a document (a draft, or a patient's details) in the widgets."""
        self._loading = True
        try:
            for path, kind in FIELDS.items():
                value = answer_at(document, path)
                if value is not MISSING:
                    self._write(path, kind, value)
        finally:
            self._loading = False
        self._show_unit()

    def _write(self, path: str, kind: Kind, value: object) -> None:
        widget = self._widgets[path]
        if isinstance(widget, QLineEdit):
            if kind in (Kind.NUMBER, Kind.OPTIONAL_NUMBER):
                widget.setText(shown_number(value))
            else:
                widget.setText("" if value is None else str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value if isinstance(value, str) else "")
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                data = widget.itemData(index)
                if data is value or (type(data) is type(value) and data == value):
                    widget.setCurrentIndex(index)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(value is True)
        elif isinstance(widget, PainScale):
            rating = value if type(value) is int and 0 <= value <= 10 else None
            widget.setValue(rating)
        elif isinstance(widget, FootMap):
            wanted = value if isinstance(value, list) else []
            known = [region for region in dict.fromkeys(wanted) if region in _REGION_VALUES]
            widget.setLocations(known)
        elif kind is Kind.CHOICES:
            chosen = set(value) if isinstance(value, list) else set()
            for choice, box in self._checks[path]:
                box.setChecked(choice in chosen)

    # --- wiring ----------------------------------------------------------------------

    def _prepare(self, path: str, kind: Kind, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _text, path=path: self._changed(path))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda path=path: self._changed(path))
        elif isinstance(widget, QComboBox):
            for value, label in CHOICES[path]:
                widget.addItem(label, value)
            widget.currentIndexChanged.connect(lambda _index, path=path: self._changed(path))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _on, path=path: self._changed(path))
        elif isinstance(widget, PainScale):
            widget.valueChanged.connect(lambda _value, path=path: self._changed(path))
        elif isinstance(widget, FootMap):
            widget.locationsChanged.connect(lambda _values, path=path: self._changed(path))
        elif isinstance(widget, QGroupBox) and kind is Kind.CHOICES:
            self._checks[path] = self._fill_group(path, widget)
        else:
            raise TypeError(f"{path}: cannot edit a {kind.value} with a {type(widget).__name__}")

    def _fill_group(self, path: str, group: QGroupBox) -> list[tuple[str, QCheckBox]]:
        layout = QVBoxLayout(group)
        layout.setContentsMargins(4, 4, 4, 4)
        boxes = []
        for value, label in CHECKS[path]:
            box = QCheckBox(label, group)
            box.setObjectName(f"{path}.{value}")
            box.toggled.connect(lambda _on, path=path: self._changed(path))
            layout.addWidget(box)
            boxes.append((value, box))
        group.setFocusProxy(boxes[0][1])  # the label's shortcut lands on the first box
        group.setAccessibleName(group.objectName())
        return boxes

    def _changed(self, path: str) -> None:
        if path == "running.distance_unit":
            self._show_unit()
        if path == "symptoms.side":
            self._show_side()
        if not self._loading:
            self.edited.emit(path)

    def _show_unit(self) -> None:
        unit = self._widgets["running.distance_unit"]
        assert isinstance(unit, QComboBox)
        english = _UNIT_WORDS.get(str(unit.currentData()), "")
        words = QCoreApplication.translate("IntakeBinding", english) if english else ""
        for path in DISTANCES:
            field = self._widgets[path]
            assert isinstance(field, QLineEdit)
            field.setPlaceholderText(words)

    def _show_side(self) -> None:
        side = self._widgets["symptoms.side"]
        foot = self._widgets["symptoms.locations"]
        assert isinstance(side, QComboBox)
        assert isinstance(foot, FootMap)
        foot.setSide(side.currentData())


_REGION_VALUES = frozenset(REGIONS)
