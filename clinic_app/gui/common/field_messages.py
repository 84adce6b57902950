"""Inline validation: the field outlined, and its message in words right under it.

A message shows once the field has been touched (or the desk tried to go on), so a
fresh form is not a wall of red. Colour is never the only sign: the message is text,
and the outline is drawn by the style sheet from the `invalid` property.
"""

from collections.abc import Iterable, Mapping
from typing import cast

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from clinic_app.gui.common.style import restyle


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a widget for the style sheet's outline, re-polishing only on a change."""
    if bool(widget.property("invalid")) != invalid:  # unset counts as valid
        restyle(widget, "invalid", invalid)


class FieldMessages:
    """One message label under each field widget, created once beside it in its form."""

    def __init__(self, widgets: Mapping[str, QWidget]) -> None:
        self._widgets = dict(widgets)
        self._labels: dict[str, QLabel] = {}
        self._notes: dict[str, str] = {}
        for path, widget in self._widgets.items():
            self._labels[path] = self._place_label(path, widget)

    def label(self, path: str) -> QLabel:
        return self._labels[path]

    def show(self, messages: Mapping[str, str], visible: Iterable[str]) -> None:
        """Show `messages` (field path → words) for the fields in `visible`; clear the rest."""
        shown = set(visible)
        for path, label in self._labels.items():
            message = messages.get(path) if path in shown else None
            set_invalid(self._widgets[path], message is not None)
            label.setText(message or "")
            label.setVisible(message is not None)
            self._describe(path, message)

    def note(self, path: str, words: str) -> bool:
        """Keep `words` in a field's accessible description beside any message (whose
        answer it is, in a patient's entry); empty words remove the note. False when
        `path` is not one of these fields (the caller describes it itself)."""
        if path not in self._widgets:
            return False
        if words:
            self._notes[path] = words
        else:
            self._notes.pop(path, None)
        label = self._labels[path]
        self._describe(path, None if label.isHidden() else label.text())
        return True

    def _describe(self, path: str, message: str | None) -> None:
        parts = [self._notes.get(path, ""), message or ""]
        self._widgets[path].setAccessibleDescription(" ".join(part for part in parts if part))

    @staticmethod
    def _place_label(path: str, widget: QWidget) -> QLabel:
        parent = widget.parentWidget()
        label = QLabel(parent)
        label.setObjectName(f"{path}.message")
        label.setProperty("role", "fieldMessage")
        label.setWordWrap(True)
        label.hide()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QFormLayout):
            row, _role = cast(tuple[int, object], layout.getWidgetPosition(widget))
            if row >= 0:
                layout.insertRow(row + 1, "", label)
                return label
        if layout is not None:
            index = layout.indexOf(widget)
            insert = getattr(layout, "insertWidget", None)
            if index >= 0 and insert is not None:
                insert(index + 1, label)
                return label
        raise LookupError(f"cannot place the message for {path}: its widget is not in a layout")
