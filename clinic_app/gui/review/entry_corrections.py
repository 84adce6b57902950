"""For an intake made from a patient's own entry: where the patient answered, and each
answer the desk corrected ("The patient said X; the desk recorded Y"), for the review pane.

The clinician reads the intake as the desk recorded it; this says which answers were the
patient's own words before the desk's check (self-entry.md), with each field named by the
form's own label (gui/common/form_labels.py) and each answer in the words the answer
renderer uses (gui/common/answers.py). No widgets and no database here.
"""

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from clinic_app.gui.common.answers import answer_text
from clinic_app.gui.common.form_labels import field_label
from clinic_app.gui.common.intake_fields import FIELDS
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.services.patient_entries import Correction, StoredEntry

FHIR_SOURCE = "fhir"
# English sources, shown through `_tr` in the window's language.
ON_FHIR = QT_TRANSLATE_NOOP("EntryCorrections", "Entered by the patient on a FHIR form")
AT_SOURCE = QT_TRANSLATE_NOOP("EntryCorrections", "Entered by the patient at {source}")
CORRECTION = QT_TRANSLATE_NOOP(
    "EntryCorrections", "{field}: the patient said {said}; the desk recorded {recorded}"
)
YES = QT_TRANSLATE_NOOP("EntryCorrections", "yes")
NO = QT_TRANSLATE_NOOP("EntryCorrections", "no")
NOTHING = QT_TRANSLATE_NOOP("EntryCorrections", "nothing")
CHANGED = QT_TRANSLATE_NOOP("EntryCorrections", "The desk's check changed these answers:")
UNCHANGED = QT_TRANSLATE_NOOP(
    "EntryCorrections", "The desk's check changed none of the patient's answers."
)
CHECKED_BY = QT_TRANSLATE_NOOP("EntryCorrections", "Checked in by {who}.")


def _tr(english: str) -> str:
    return QCoreApplication.translate("EntryCorrections", english)


def entered_words(entry: StoredEntry) -> str:
    """ "Entered by the patient at Waiting room" (or on a FHIR form)."""
    if entry.source == FHIR_SOURCE:
        return _tr(ON_FHIR)
    return _tr(AT_SOURCE).format(source=entry.source)


def correction_words(correction: Correction) -> str:
    """One correction as a sentence, the field named by the form's label."""
    return _tr(CORRECTION).format(
        field=field_label(correction.path),
        said=answer_words(correction.path, correction.patient_said),
        recorded=answer_words(correction.path, correction.desk_recorded),
    )


def answer_words(path: str, value: object) -> str:
    """An answer in words, quoted; "nothing" where none was given."""
    if isinstance(value, bool):
        shown = _tr(YES) if value else _tr(NO)
    elif path in FIELDS:
        shown = answer_text(_document_at(path, value), path)
    else:
        shown = "" if value is None else str(value)
    return f"“{shown}”" if shown.strip() else _tr(NOTHING)


def entry_html(entry: StoredEntry) -> str:
    """Where the patient answered and the desk's corrections, as the pane shows them."""
    check = entry.check
    lines = [f"<b>{html.escape(entered_words(entry))}</b>"]
    corrections = check.corrections if check is not None else ()
    if corrections:
        lines.append(html.escape(_tr(CHANGED)))
        lines.extend(f"• {html.escape(correction_words(item))}" for item in corrections)
    else:
        lines.append(html.escape(_tr(UNCHANGED)))
    if check is not None:
        lines.append(html.escape(_tr(CHECKED_BY).format(who=check.checked_by)))
    return "<br>".join(lines)


def _document_at(path: str, value: object) -> dict[str, Any]:
    """A document holding only `value` at `path`, for the answer renderer."""
    document: dict[str, Any] = {}
    section = document
    *parents, last = path.split(".")
    for part in parents:
        section = section.setdefault(part, {})
    section[last] = value
    return document
