"""The one answer renderer: an intake document's answers, field by field with the form's
label, grouped under the form's steps, as the desk and the clinician both read them.

The desk's review step (before Submit) and the clinician's review pane show the answers
through this module, from the document itself, so the two sides of the clinic say the
same words for the same intake. Labels come from the form's Designer sources
(`form_labels`); choices in words from `intake_fields`. No widgets here.

Answers not given are left out, and so is an unticked box: the list says what was
answered. A number is shown as it will be stored ("4,5" typed is 4.5), a distance with
its unit; a number typed as something that is not one ("4x") is shown as typed, since the
desk is about to be told to correct it.
"""

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from clinic_app.gui.common.foot_map import region_words
from clinic_app.gui.common.form_labels import form_labels
from clinic_app.gui.common.intake_fields import CHECKS, CHOICES, FIELDS, STEPS, Kind, step_of
from clinic_app.gui.common.intake_fields import words as label_words
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.intake.answers import MISSING, answer_at
from clinic_app.intake.fields import REGIONS
from clinic_app.intake.regions import foot_map

NOTHING_ANSWERED = QT_TRANSLATE_NOOP("Answers", "Nothing answered.")
_UNITS = ("km", "mi")


@dataclass(frozen=True)
class Answer:
    path: str
    label: str
    words: str


@dataclass(frozen=True)
class AnsweredStep:
    """One step of the form (its name and title) with the answers given on it."""

    step: str
    title: str
    answers: tuple[Answer, ...]


def shown_number(value: object) -> str:
    """A number as the desk types it: 48 rather than 48.0; None as nothing."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def answer_text(document: Mapping[str, Any], path: str) -> str:
    """One answer in words; empty when not given (it is then left out)."""
    value = answer_at(document, path)
    kind = FIELDS[path]
    if value is MISSING or value is None or value == "" or value == []:
        return ""
    if kind is Kind.FLAG:  # an unticked box is left out
        return QCoreApplication.translate("Answers", "Yes") if value is True else ""
    if kind is Kind.CHOICE:
        chosen = [
            label_words(label)
            for choice, label in CHOICES[path]
            if choice is not None and type(choice) is type(value) and choice == value
        ]
        return chosen[0] if chosen else str(value)
    if kind is Kind.CHOICES and isinstance(value, list):
        named = dict(CHECKS[path])
        return _comma().join(
            label_words(named[str(item)]) if str(item) in named else str(item) for item in value
        )
    if kind is Kind.REGIONS and isinstance(value, list):
        return _comma().join(
            region_words(foot_map().label(item)) if item in REGIONS else str(item) for item in value
        )
    if kind in (Kind.PAIN, Kind.OPTIONAL_PAIN):
        return f"{value} / 10"
    if kind in (Kind.NUMBER, Kind.OPTIONAL_NUMBER):
        shown = shown_number(value).strip()
        unit = answer_at(document, "running.distance_unit")
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        distance = number and path.endswith("distance") and unit in _UNITS
        return f"{shown} {unit}" if distance else shown
    return str(value).strip()


def answered_steps(document: Mapping[str, Any]) -> tuple[AnsweredStep, ...]:
    """Every step of the form that has fields, in order, each with its answers in the
    form's order."""
    labels = form_labels()
    return tuple(
        AnsweredStep(
            step,
            label_words(title),
            tuple(
                Answer(path, labels[path], words)
                for path in FIELDS
                if step_of(path) == step and (words := answer_text(document, path))
            ),
        )
        for step, title in STEPS[:-1]
    )


def answers_html(
    document: Mapping[str, Any], *, level: int = 4, after: Mapping[str, str] | None = None
) -> str:
    """The answers as rich text: each step's title as a heading of `level` (the place's
    own outline decides it), then "label: answer" lines, or a note that nothing was
    answered there. `after` gives, by step name, markup to add under a step's answers
    (the desk's review step lists there what is still to fix)."""
    parts = []
    for shown in answered_steps(document):
        parts.append(f"<h{level}>{html.escape(shown.title)}</h{level}>")
        parts.extend(
            f"<div><b>{html.escape(answer.label)}:</b> {_lines(answer.words)}</div>"
            for answer in shown.answers
        )
        if not shown.answers:
            parts.append(f"<div>{QCoreApplication.translate('Answers', NOTHING_ANSWERED)}</div>")
        if after is not None:
            parts.append(after.get(shown.step, ""))
    return "".join(parts)


def _comma() -> str:
    return QCoreApplication.translate("Answers", ", ", "between the items of an answer")


def _lines(text: str) -> str:
    """Several lines (medications, notes) kept as lines in rich text."""
    return html.escape(text).replace("\n", "<br>")
