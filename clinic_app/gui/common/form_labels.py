"""Each intake field's label as the desk's form shows it, read from the form's Designer
sources (`ui/intake_<step>.ui`) without building a widget.

The labels have one source, the `.ui` files the form itself is compiled from, so a label
reworded in Designer is reworded wherever an answer is named: the desk's review step, its
"Next is not available yet" notes and the clinician's review pane. Reading the XML costs
a few milliseconds once; building the four pages off screen (as the review pane once did)
cost a form's worth of widgets and tied the review room to the intake room.

A field's label is the text of the QLabel whose buddy is the field, or a tick box's own
text; the mnemonic's `&` is dropped, as Qt draws it.
"""

import re
import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from clinic_app.gui.common.designer import SEPARATOR
from clinic_app.gui.common.intake_fields import FIELDS, STEPS
from clinic_app.paths import ui_dir

_MNEMONIC = re.compile(r"&(&?)")  # "&&" is a literal "&"; a lone "&" marks the shortcut


def form_files() -> tuple[Path, ...]:
    """The Designer source of each step that has fields, in the form's order."""
    folder = ui_dir()
    return tuple(folder / f"intake_{step}.ui" for step, _title in STEPS[:-1])


@cache
def label_sources() -> dict[str, tuple[str, str]]:
    """{field path: (the form's translation context, the label as in the .ui)}, read once."""
    found: dict[str, tuple[str, str]] = {}
    for path in form_files():
        found.update(_labels_in(ElementTree.parse(path).getroot()))
    missing = [path for path in FIELDS if path not in found]
    if missing:
        raise LookupError(f"the intake form's Designer sources name no label for {missing}")
    return {path: found[path] for path in FIELDS}


def form_labels() -> dict[str, str]:
    """{field path: label} for every field on the intake form, in the windows' language:
    looked up in the same context as the compiled form's own (its top-level class)."""
    translate = QCoreApplication.translate
    return {
        path: _drawn(translate(context, text)) for path, (context, text) in label_sources().items()
    }


def field_label(path: str) -> str:
    """The label of one field (its path, for anything that is not a field of the form)."""
    return form_labels().get(path, path)


def _labels_in(form: ElementTree.Element) -> dict[str, tuple[str, str]]:
    context = form.findtext("class") or ""
    labels: dict[str, tuple[str, str]] = {}
    for widget in form.iter("widget"):
        kind, name = widget.get("class"), widget.get("name", "")
        text = _property(widget, "text", "string")
        if text is None:
            continue
        if kind == "QCheckBox":  # a tick box says itself what it asks
            labels[_field_path(name)] = (context, text)
        elif kind == "QLabel":
            buddy = _property(widget, "buddy", "cstring")
            if buddy is not None:
                labels.setdefault(_field_path(buddy), (context, text))
    return labels


def _property(widget: ElementTree.Element, name: str, kind: str) -> str | None:
    for prop in widget.findall("property"):
        if prop.get("name") == name:
            value = prop.find(kind)
            return (value.text or "") if value is not None else None
    return None


def _field_path(designer_name: str) -> str:
    """Designer spells a field's dot as a double underscore (gui/common/designer.py)."""
    return designer_name.replace(SEPARATOR, ".")


def _drawn(text: str) -> str:
    return _MNEMONIC.sub(r"\1", text)
