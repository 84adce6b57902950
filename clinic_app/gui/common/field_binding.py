"""Between a form's widgets and its document: read, write, and say what changed. The
intake form and the follow-up form both bind through this one class.

Widgets are found by objectName, which is the field's dotted path (architecture.md), so a
binding needs no list of attributes and a test can find any field the same way. How a
field is read and written follows its `Kind` (gui/common/intake_fields): the two forms
share the intake's symptom questions, and reading them two ways would let the referral
rules see different answers at the first visit and at a follow-up.

What the desk typed is kept as typed: a distance of "4x" goes into the document as the
text "4x", and the document's own validation says what is wrong with it, naming the
field. A required answer not given is left out of the document (validation then says "is
required"), never invented; an optional one not given is null.
"""

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from clinic_app.gui.common.answers import shown_number
from clinic_app.gui.common.foot_map import FootMap
from clinic_app.gui.common.intake_fields import Kind
from clinic_app.gui.common.pain_scale import PainScale
from clinic_app.intake.answers import MISSING, answer_at
from clinic_app.intake.fields import REGIONS

_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+[.,]?\d*|[.,]\d+)")
_REQUIRED = {Kind.TEXT, Kind.DATE, Kind.NUMBER, Kind.PAIN, Kind.REGIONS, Kind.CHOICE}
_REGION_VALUES = frozenset(REGIONS)


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


class FieldBinding(QObject):
    """Reads and writes the fields `fields` (dotted path: kind) of the widgets under `root`.

    `edited(path)` fires when the user changes a field; nothing fires while a document is
    being written into the widgets. `also` names further widgets (line edits) the form
    reads itself, such as the follow-up's PSFS rows: they are found, cleared and watched
    like the fields, but not read into the document here. A path in `nullable_choices` is
    a choice whose "not answered" item is a real answer (null), not a missing one.
    """

    edited = Signal(str)

    def __init__(
        self,
        root: QWidget,
        fields: Mapping[str, Kind],
        *,
        form: str = "the form",
        also: Iterable[str] = (),
        nullable_choices: Iterable[str] = (),
    ) -> None:
        super().__init__(root)
        self._fields = dict(fields)
        self._nullable = frozenset(nullable_choices)
        self._widgets: dict[str, QWidget] = {}
        self._checks: dict[str, list[tuple[str, QCheckBox]]] = {}
        self._loading = False
        for path in [*self._fields, *also]:
            found = root.findChild(QWidget, path)
            if found is None:
                raise LookupError(f"{form} has no widget named {path!r}")
            self._widgets[path] = found
        for path, widget in self._widgets.items():
            kind = self._fields.get(path, Kind.OPTIONAL_TEXT)
            self.prepare(path, kind, widget)
            self._connect(path, kind, widget)
        self.show_dependents()

    def widget(self, path: str) -> QWidget:
        return self._widgets[path]

    def widgets(self) -> Mapping[str, QWidget]:
        return dict(self._widgets)

    def paths(self) -> Iterable[str]:
        return self._widgets.keys()

    # --- what a form adds --------------------------------------------------------------

    def prepare(self, path: str, kind: Kind, widget: QWidget) -> None:
        """Fill a widget before it is watched (a Designer form's empty combo box); the
        follow-up form builds its widgets whole, so by default there is nothing to do."""

    def show_dependents(self, path: str | None = None) -> None:
        """Show what depends on a field (`path`; None: all of them): the foot map shows
        the side chosen. A form adds its own (the intake: the distance unit)."""
        if path not in (None, "symptoms.side"):
            return
        side, foot = self._widgets.get("symptoms.side"), self._widgets.get("symptoms.locations")
        if isinstance(side, QComboBox) and isinstance(foot, FootMap):
            foot.setSide(side.currentData())

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Inside, changes to the widgets are the form's own, not the user's: no `edited`."""
        before, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = before

    # --- reading -----------------------------------------------------------------------

    def fill(self, document: dict[str, Any]) -> dict[str, Any]:
        """Every field's answer written into `document` at its dotted path (and returned)."""
        for path, kind in self._fields.items():
            value = self.read(path, kind)
            if value is MISSING:
                continue
            *parents, name = path.split(".")
            section = document
            for parent in parents:
                section = section.setdefault(parent, {})
            section[name] = value
        return document

    def read(self, path: str, kind: Kind) -> object:
        """One field's answer as typed; MISSING for a required one not given."""
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
            if path in self._nullable:
                return value
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
        if value is None and kind in _REQUIRED:
            return MISSING  # a required answer not given: validation says "is required"
        return value

    def clear(self) -> None:
        """Empty every field, back to the form's defaults (choice lists at their first)."""
        with self.loading():
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
        self.show_dependents()

    # --- writing -----------------------------------------------------------------------

    def load(self, document: Mapping[str, Any]) -> None:
        """Show a document (a draft, or a patient's details) in the widgets; a field the
        document does not give keeps what it shows."""
        with self.loading():
            for path, kind in self._fields.items():
                value = answer_at(document, path)
                if value is not MISSING:
                    self.write(path, kind, value)
        self.show_dependents()

    def set_value(self, path: str, value: object) -> None:
        """Write one answer (the visit date, the usual unit) as the form's own change."""
        with self.loading():
            self.write(path, self._fields.get(path, Kind.OPTIONAL_TEXT), value)
        self.show_dependents(path)

    def write(self, path: str, kind: Kind, value: object) -> None:
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

    # --- wiring ------------------------------------------------------------------------

    def _connect(self, path: str, kind: Kind, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _text: self._changed(path))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda: self._changed(path))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _index: self._changed(path))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _on: self._changed(path))
        elif isinstance(widget, PainScale):
            widget.valueChanged.connect(lambda _value: self._changed(path))
        elif isinstance(widget, FootMap):
            widget.locationsChanged.connect(lambda _values: self._changed(path))
        elif isinstance(widget, QGroupBox) and kind is Kind.CHOICES:
            prefix = f"{path}."
            boxes = [
                (box.objectName().removeprefix(prefix), box)
                for box in widget.findChildren(QCheckBox)
                if box.objectName().startswith(prefix)
            ]
            for _, box in boxes:
                box.toggled.connect(lambda _on: self._changed(path))
            self._checks[path] = boxes
        else:
            raise TypeError(f"{path}: cannot edit a {kind.value} with a {type(widget).__name__}")

    def _changed(self, path: str) -> None:
        self.show_dependents(path)
        if not self._loading:
            self.edited.emit(path)
