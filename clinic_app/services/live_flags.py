"""The flags of an intake as it is being typed: assessed on every change of the form.

The form holds a document that is partly filled and may be invalid for a while: a
required answer not given yet, a number half typed ("4x"), an onset date after the visit.
`assess_as_typed` never raises on such a document. It assesses whatever can be assessed
honestly and says what it is still waiting for and what it set aside:

- Answers that are missing or invalid and that the flags cannot do without make the
  assessment wait (`waiting_for`, see `NEEDED_BY_RULES`); nothing is invented for them.
- An invalid OPTIONAL answer is set aside, so the format's default for "not answered"
  applies, and the rest is assessed. When the rules read that answer, its path is in
  `left_out` and the flags are provisional: the answer, once valid, may change them.
- The patient's names and date of birth are required by the format but read by no rule,
  so neutral placeholders stand in for them while they are missing or invalid.

No Qt here: the side panel (clinic_app/gui/intake/flags_panel.py) only shows the result.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import BaseModel

from clinic_app.intake import IntakeInvalid, Problem, parse_intake
from clinic_app.intake.fields import FORMATS
from clinic_app.intake.model import History, Intake, Patient, Running, Symptoms
from clinic_app.rules.engine import assess
from clinic_app.rules.model import Assessment
from clinic_app.rules.settings import RuleSettings

NEEDED_BY_RULES: tuple[str, ...] = (
    "format",
    "visit_date",
    "running.weekly_distance",
    "symptoms.side",
    "symptoms.locations",
    "symptoms.pain_now",
)
"""Required answers the assessment waits for while they are missing or invalid, in form order.

- `visit_date`: the rules count the days since onset up to it (`persistent_pain`).
- `running.weekly_distance`: read by `load_spike`, `no_cross_training` and the
  stress-fracture evidence.
- `symptoms.locations`: read by the Ottawa rules, the Achilles, stress-fracture and
  plantar heel rules.
- `symptoms.side` and `symptoms.pain_now`: no rule reads them, but they are
  the complaint itself and the format gives them no default, so there is no neutral value
  to stand in for them; flags shown without them would rest on an answer nobody gave.
- `format`: only when it is present and names another format (its fields may mean other
  things); when it is simply absent, the form's own format is assumed.
"""

NOT_READ_BY_RULES: frozenset[str] = frozenset(
    {
        "patient.first_name",
        "patient.last_name",
        "patient.sex",
        "patient.phone",
        "patient.email",
        "patient.clinic_number",
        "notes",
        "running.years_running",
        "running.uses_orthotics",
        "running.stretches_after_running",
        "symptoms.pain_worst",
        "history.medications",
        "history.allergies",
        "history.other_conditions",
        "measures",
    }
)
"""Answers no rule of either set reads (unknown keys under `patient` are not read either).

`measures` (follow-ups.md) is read by no rule, whatever it holds: the outcome measures
make progress, never a flag, so an invalid one is set aside whole and never makes the
flags provisional.

The date of birth is read by 2027.1's `growing_heel` (the age at the visit): one that is
missing or invalid is stood in for by the visit date (an age of 0, which no rule flags),
and the flags are provisional until it is given.

An invalid one is set aside without making the flags provisional: it cannot change them.
Every other answer, unknown keys included, counts as one the flags may rest on.
"""

PLACEHOLDER_NAME = "Not given"
"""Stands in for a missing or invalid first or last name; never shown, never stored."""

_FORMAT = FORMATS[0]
_SECTIONS: dict[str, type[BaseModel]] = {
    "patient": Patient,
    "running": Running,
    "symptoms": Symptoms,
    "history": History,
}
_TOP_FIELDS = frozenset(Intake.model_fields)
_SECTION_FIELDS = {name: frozenset(model.model_fields) for name, model in _SECTIONS.items()}
_TOP_ORDER = {name: position for position, name in enumerate(Intake.model_fields)}
_FIELD_ORDER = {
    name: {field: position for position, field in enumerate(model.model_fields)}
    for name, model in _SECTIONS.items()
}
_NEEDED_IN_SECTION = {
    section: tuple(path for path in NEEDED_BY_RULES if path.startswith(f"{section}."))
    for section in ("running", "symptoms")
}
_DATE_OF_BIRTH = "patient.date_of_birth"
_IDENTITY = ("patient.first_name", "patient.last_name", _DATE_OF_BIRTH)
# Field problems come first, then the checks across fields (dates, pain scores): three
# passes settle any document; the spare one is a margin, never needed.
_MAX_PASSES = 4


@dataclass(frozen=True)
class LiveFlags:
    """The flags of the document as typed so far.

    assessment: the flags, or None while an answer of `waiting_for` is missing or invalid.
    waiting_for: dotted paths of the required answers the assessment waits for, from
        `NEEDED_BY_RULES` and in its order (should validation ever report a problem that
        cannot be set aside, its path follows: the assessment waits rather than guess).
    left_out: dotted paths of invalid optional answers the rules read, set aside (their
        default applied) to assess the rest, in the format's order of fields.
    problems: what validation found wrong with the document as given (none when valid),
        so the form can show them without validating the same document a second time.
        Not part of equality: two results with the same flags show the same panel.
    """

    assessment: Assessment | None
    waiting_for: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = field(default=(), compare=False)

    @property
    def provisional(self) -> bool:
        """True while answers the flags may rest on were set aside as invalid."""
        return bool(self.left_out)


def assess_as_typed(document: Mapping[str, Any], settings: RuleSettings | None = None) -> LiveFlags:
    """Assess a partly filled, possibly invalid intake document; never raises.

    A valid document gets exactly `assess(parse_intake(document), settings)`. Otherwise
    invalid optional answers are set aside, missing or invalid names and date of birth
    are stood in for, and the rest is assessed, unless an answer of `NEEDED_BY_RULES`
    is missing or invalid: then `assessment` is None and `waiting_for` names them.
    The document is not modified.
    """
    given: object = document  # checked, not trusted: this runs on whatever the form holds
    try:
        return LiveFlags(assess(parse_intake(given), settings))
    except IntakeInvalid as invalid:
        problems = invalid.problems
    except RecursionError:  # a value nested too deeply to be shown in a message
        problems = (Problem("", "is nested too deeply to be checked"),)
    if not isinstance(given, Mapping):
        return LiveFlags(None, waiting_for=NEEDED_BY_RULES, problems=problems)
    return replace(_Repair(given).assess(settings), problems=problems)


class _Repair:
    """One invalid document, made assessable step by step, with what each step cost."""

    def __init__(self, document: Mapping[Any, Any]) -> None:
        self.waiting: set[str] = set()
        self.left_out: dict[str, None] = {}  # ordered, without repeats
        self.document = self._prepared(document)

    def assess(self, settings: RuleSettings | None) -> LiveFlags:
        problems: tuple[Problem, ...] = ()
        for _ in range(_MAX_PASSES):
            try:
                intake = parse_intake(self.document)
            except IntakeInvalid as invalid:
                problems = invalid.problems
                if not self._mend(problems) or self.waiting:
                    break
                continue
            if not self.waiting:
                return LiveFlags(assess(intake, settings), (), self._left_out())
            break
        if not self.waiting:
            # Nothing more could be set aside or stood in for: wait for all of it.
            self.waiting.update(problem.path for problem in problems)
        return LiveFlags(None, self._waiting_for(), self._left_out())

    def _left_out(self) -> tuple[str, ...]:
        return tuple(sorted(self.left_out, key=_form_order))

    def _waiting_for(self) -> tuple[str, ...]:
        known = tuple(path for path in NEEDED_BY_RULES if path in self.waiting)
        return known + tuple(sorted(self.waiting.difference(NEEDED_BY_RULES)))

    def _set_aside(self, path: str) -> None:
        if not _not_read(path):
            self.left_out[path] = None

    def _prepared(self, document: Mapping[Any, Any]) -> dict[str, Any]:
        """A copy without what cannot be validated as a field at all.

        Unknown keys, sections that are not objects and values nested deeper than any
        field's (a list in a list) are left out of the copy; validation then reports a
        required one as missing.
        """
        prepared: dict[str, Any] = {}
        for key, value in document.items():
            if key in _SECTIONS and isinstance(value, Mapping):
                prepared[key] = self._prepared_section(key, value)
            elif key in _TOP_FIELDS and key not in _SECTIONS and not _nested(value):
                prepared[key] = value
            else:
                self._unusable(str(key))
        # The form's own format when none is named; no rule reads it.
        prepared.setdefault("format", _FORMAT)
        prepared.setdefault("patient", {})
        return prepared

    def _prepared_section(self, section: str, values: Mapping[Any, Any]) -> dict[str, Any]:
        fields = _SECTION_FIELDS[section]
        prepared: dict[str, Any] = {}
        for key, value in values.items():
            if key in fields and not _nested(value):
                prepared[key] = value
            else:
                self._unusable(f"{section}.{key}")
        return prepared

    def _unusable(self, path: str) -> None:
        """Account for an answer left out of the copy before validation."""
        if path == "format":
            self.waiting.add(path)  # named, but not as any format
        elif path in ("running", "symptoms"):
            pass  # reported missing by validation, with the answers it holds
        elif path not in NEEDED_BY_RULES and path not in _IDENTITY:
            self._set_aside(path)
        # Other required answers are reported missing by validation.

    def _mend(self, problems: Iterable[Problem]) -> bool:
        """Set aside or stand in for each problem's answer; False when none could be."""
        mended = False
        for problem in problems:
            mended = self._mend_one(problem.path) or mended
        return mended

    def _mend_one(self, path: str) -> bool:
        document = self.document
        section, _, field = path.partition(".")
        if path in NEEDED_BY_RULES:
            self.waiting.add(path)
            return False
        if path in _NEEDED_IN_SECTION:  # the whole section missing or not an object
            self.waiting.update(_NEEDED_IN_SECTION[path])
            return False
        if path in _IDENTITY:
            patient = document["patient"]
            placeholder = _placeholder(path, document.get("visit_date"))
            if field in patient and patient[field] == placeholder:
                return False
            patient[field] = placeholder
            self._set_aside(path)  # only the date of birth: no rule reads the names
            return True
        if section == "measures" and section in document:
            del document[section]  # read by no rule: set aside whole, flags unchanged
            return True
        if path in ("history", "notes") and path in document:
            del document[path]
            self._set_aside(path)
            return True
        values = document.get(section)
        if section in _SECTIONS and isinstance(values, dict) and field in values:
            del values[field]
            self._set_aside(path)
            return True
        return False  # a path of no known shape: nothing to mend


def _placeholder(path: str, visit_date: object) -> object:
    """A neutral stand-in for a required answer that no rule reads."""
    if path == "patient.date_of_birth":
        # The visit date itself: never after the visit, and an age of 0 that no rule reads.
        # When the visit date is itself invalid the assessment waits for it anyway.
        return visit_date
    return PLACEHOLDER_NAME


def _form_order(path: str) -> tuple[int, int, str]:
    """Sort key: the format's order of sections and fields; unknown keys last in theirs."""
    section, _, field = path.partition(".")
    top = _TOP_ORDER.get(section, len(_TOP_ORDER))
    fields = _FIELD_ORDER.get(section, {})
    return top, fields.get(field, len(fields)) if field else -1, path


def _not_read(path: str) -> bool:
    if path == _DATE_OF_BIRTH:
        return False
    return path in NOT_READ_BY_RULES or path.partition(".")[0] in ("patient", "measures")


def _nested(value: object) -> bool:
    """True for a list or object holding another: no field of the format is shaped so.

    Such values are refused here rather than by validation, whose message would render
    them whole (and a value nested thousands deep cannot be rendered).
    """
    if isinstance(value, Mapping):
        items: Iterable[object] = value.values()
    elif isinstance(value, list | tuple | set | frozenset):
        items = value
    else:
        return False
    return any(isinstance(item, Mapping | list | tuple | set | frozenset) for item in items)
