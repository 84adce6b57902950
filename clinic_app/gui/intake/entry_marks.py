"""Whose answer each field of the intake form holds while the desk checks a patient's
entry: the patient's, or the desk's change (self-entry.md, "The desk's check").

A mark is a dynamic `entered` property ("patient" or "desk") that the style sheet draws
(dashes for the patient's answer, dots for the desk's change; a field that paints itself,
the foot map or a pain scale, is outlined by its label), and the same in words in the
field's tooltip and accessible description, so colour is never the only sign.

The marks also know what the desk changed, which makes the document the desk records: the
patient's own document with only those changes in it (`desk_document`).
"""

import copy
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from clinic_app.gui.common.field_binding import FieldBinding
from clinic_app.gui.common.intake_fields import FIELDS
from clinic_app.gui.common.style import restyle
from clinic_app.intake.answers import MISSING, answer_at

PATIENT, DESK = "patient", "desk"
"""The values of a field's `entered` property: whose answer the field now holds."""
_OUTLINED = (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QGroupBox)
"""Fields the style sheet outlines themselves."""

Describe = Callable[[str, str], bool]
"""Keeps a mark's words in a field's accessible description; False for a field it does
not hold (the field is then described directly)."""


def answered(document: Mapping[str, Any], path: str) -> bool:
    """Whether the document gives an answer at `path` (an unticked box is none)."""
    return _given(answer_at(document, path))


def _given(value: object) -> bool:
    if value is MISSING or value is None or value is False:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return value != []


def _same(first: object, second: object) -> bool:
    """Whether two answers are the same answer (blank and not given are alike)."""
    if not _given(first) or not _given(second):
        return _given(first) == _given(second)
    return type(first) is type(second) and first == second


def _words(whose: str) -> str:
    if whose == PATIENT:
        return QCoreApplication.translate("EntryPanel", "Answered by the patient")
    return QCoreApplication.translate(
        "EntryPanel", "Changed by the desk (the patient's answer is kept)"
    )


class PatientMarks:
    """The marks on one form's fields for one patient's entry at a time."""

    def __init__(self, binding: FieldBinding, describe: Describe) -> None:
        self.binding = binding
        self._describe = describe
        self._said: Mapping[str, Any] = {}
        self._changed: set[str] = set()
        """The fields the desk changed from the patient's answer."""
        self._labels: dict[int, QLabel] | None = None
        """The form's labels by the field they name, found once."""
        self._marked: dict[str, tuple[QWidget, str, str]] = {}
        """Each marked field: its widget, and its tooltip and description before."""

    def start(self, patient_document: Mapping[str, Any]) -> None:
        """Mark every field the patient answered as theirs (once the form holds them)."""
        self.clear()
        self._said = patient_document
        for path in FIELDS:
            if answered(patient_document, path):
                self._mark(path, PATIENT)

    def edited(self, path: str, document: Mapping[str, Any]) -> None:
        """The desk changed a field: marked as the desk's unless it holds the patient's
        answer again (then as the patient's, or unmarked where they gave none)."""
        if path not in FIELDS:
            return
        said = answer_at(self._said, path)
        self._changed.discard(path)
        if not _same(said, answer_at(document, path)):
            self._changed.add(path)
            self._mark(path, DESK)
        elif _given(said):
            self._mark(path, PATIENT)
        elif path in self._marked:
            self._unmark(path)

    def desk_document(self, form_document: Mapping[str, Any]) -> dict[str, Any]:
        """What the desk records: the patient's document with the desk's changes in it.

        The form fills every field (an untouched box reads False, a list of choices its
        first), so its document would differ from the patient's in answers nobody gave;
        only what the desk changed is taken from it, so each correction the service keeps
        is one the desk made."""
        recorded = copy.deepcopy(dict(self._said))
        for path in sorted(self._changed):
            value = answer_at(form_document, path)
            section = recorded
            *parents, last = path.split(".")
            for part in parents:
                inner = section.get(part)
                if not isinstance(inner, dict):
                    inner = section[part] = {}
                section = inner
            if value is MISSING:
                section.pop(last, None)
            else:
                section[last] = copy.deepcopy(value)
        return recorded

    @property
    def changed(self) -> tuple[str, ...]:
        """The fields the desk changed from the patient's answer."""
        return tuple(sorted(self._changed))

    def mark_of(self, path: str) -> str | None:
        """Whose answer a field holds, as marked: "patient", "desk" or None (unmarked)."""
        found = self._marked.get(path)
        return None if found is None else str(found[0].property("entered"))

    def clear(self) -> None:
        """No marks: every field as it was before the entry was opened."""
        self._changed.clear()
        for path in list(self._marked):
            self._unmark(path)
        self._said = {}

    def _mark(self, path: str, whose: str) -> None:
        widget = self.binding.widget(path)
        if path not in self._marked:
            self._marked[path] = (widget, widget.toolTip(), widget.accessibleDescription())
        _widget, tip, description = self._marked[path]
        words = _words(whose)
        restyle(widget, "entered", whose)
        label = self._label_of(widget)
        if label is not None:
            restyle(label, "entered", whose)
        widget.setToolTip(f"{words}. {tip}" if tip else words)
        if not self._describe(path, words + "."):
            widget.setAccessibleDescription(f"{words}. {description}" if description else words)

    def _unmark(self, path: str) -> None:
        widget, tip, description = self._marked.pop(path)
        restyle(widget, "entered", "")
        label = self._label_of(widget)
        if label is not None:
            restyle(label, "entered", "")
        widget.setToolTip(tip)
        if not self._describe(path, ""):
            widget.setAccessibleDescription(description)

    def _label_of(self, widget: QWidget) -> QLabel | None:
        """The label beside a drawn field (the foot map, a pain scale), which is outlined
        for it: the style sheet cannot outline a widget that paints itself."""
        if isinstance(widget, _OUTLINED):
            return None
        if self._labels is None:
            root = self.binding.parent()
            labels = root.findChildren(QLabel) if isinstance(root, QWidget) else []
            self._labels = {id(label.buddy()): label for label in labels if label.buddy()}
        return self._labels.get(id(widget))
