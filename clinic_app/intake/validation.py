"""Turning an untrusted document into an `Intake`, or into a list of problems.

Each problem names the field by its dotted path and says what was expected and what was
given, so the front desk, an integrator and the command line can all show it as is.
"""

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError

from clinic_app.intake.fields import FORMATS, described
from clinic_app.intake.model import Intake

MAX_AGE_YEARS = 120


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document: where, and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class IntakeInvalid(ValueError):
    """A document that is not a valid intake; nothing may be saved from it."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(str(problem) for problem in self.problems))


def parse_intake(document: object) -> Intake:
    """Validate a document (as decoded from JSON) and return the intake it describes.

    Raises `IntakeInvalid` listing every problem found.
    """
    if not isinstance(document, dict):
        raise IntakeInvalid(
            [Problem("", f"the document must be a JSON object (got {described(document)})")]
        )
    try:
        intake = Intake.model_validate(document)
    except ValidationError as error:
        raise IntakeInvalid(list(_problems(error))) from None
    problems = list(_cross_field_problems(intake))
    if problems:
        raise IntakeInvalid(problems)
    return intake


def _problems(error: ValidationError) -> Iterable[Problem]:
    for detail in error.errors(include_url=False):
        location = detail["loc"]
        path = ".".join(str(part) for part in location)
        kind = detail["type"]
        if kind == "missing" and path == "format":
            yield Problem(path, f"is required; this version reads {', '.join(FORMATS)}")
        elif kind == "missing":
            yield Problem(path, "is required")
        elif kind == "extra_forbidden":
            yield Problem(path, _unknown_field(location))
        elif kind in {"model_type", "model_attributes_type", "dict_type"}:
            yield Problem(path, f"must be an object (got {described(detail['input'])})")
        else:
            yield Problem(path, detail["msg"])


def _unknown_field(location: tuple[int | str, ...]) -> str:
    """Name the unknown key and, when it looks like a typo, the field that was meant."""
    model: type[BaseModel] = Intake
    for part in location[:-1]:
        annotation: Any = model.model_fields[str(part)].annotation
        model = annotation
    known = list(model.model_fields)
    close = difflib.get_close_matches(str(location[-1]), known, n=1, cutoff=0.75)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"is not a field of this format{hint}"


def _cross_field_problems(intake: Intake) -> Iterable[Problem]:
    """Checks that involve two fields; reported against the field that must change."""
    visit = intake.visit_date
    born = intake.patient.date_of_birth
    if born > visit:
        yield Problem(
            "patient.date_of_birth",
            f"must not be after visit_date {visit.isoformat()} (got {born.isoformat()})",
        )
    elif _age_at(born, visit) > MAX_AGE_YEARS:
        yield Problem(
            "patient.date_of_birth",
            f"gives an age over {MAX_AGE_YEARS} at the visit (got {born.isoformat()})",
        )
    onset = intake.symptoms.onset_date
    if onset is not None and onset > visit:
        yield Problem(
            "symptoms.onset_date",
            f"must not be after visit_date {visit.isoformat()} (got {onset.isoformat()})",
        )
    worst, now = intake.symptoms.pain_worst, intake.symptoms.pain_now
    if worst is not None and worst < now:
        yield Problem(
            "symptoms.pain_worst",
            f"must be at least symptoms.pain_now ({now}) (got {worst})",
        )


def _age_at(born: date, day: date) -> int:
    before_birthday = (day.month, day.day) < (born.month, born.day)
    return day.year - born.year - int(before_birthday)
