"""Turning an untrusted document into an `Intake`, or into a list of problems.

Each problem names the field by its dotted path and says what was expected and what was
given, so the front desk, an integrator and the command line can all show it as is.
"""

import difflib
import types
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError

from clinic_app.intake.fields import FORMATS, described, shown
from clinic_app.intake.model import Intake, PsfsActivity, Symptoms

MAX_AGE_YEARS = 120


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document: where, and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class DocumentInvalid(ValueError):
    """A document of the clinic's formats that is not valid; nothing may be saved from it.

    The intake's and the follow-up's refusals are both this, so a command or an import
    reports either the same way: one line per problem, named by its dotted path.
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(str(problem) for problem in self.problems))


class IntakeInvalid(DocumentInvalid):
    """A document that is not a valid intake; nothing may be saved from it."""


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
        raise IntakeInvalid(list(field_problems(error, Intake, FORMATS))) from None
    problems = list(_cross_field_problems(intake))
    if problems:
        raise IntakeInvalid(problems)
    return intake


def field_problems(
    error: ValidationError, root: type[BaseModel], formats: Sequence[str]
) -> Iterable[Problem]:
    """Pydantic's findings on a document of model `root`, as problems people can read."""
    for detail in error.errors(include_url=False):
        location = detail["loc"]
        path = ".".join(str(part) for part in location)
        kind = detail["type"]
        context = detail.get("ctx", {})
        if kind == "missing" and path == "format":
            yield Problem(path, f"is required; this version reads {', '.join(formats)}")
        elif kind == "missing":
            yield Problem(path, "is required")
        elif kind == "extra_forbidden":
            yield Problem(path, _unknown_field(root, location))
        elif kind in {"model_type", "model_attributes_type", "dict_type"}:
            yield Problem(path, f"must be an object (got {described(detail['input'])})")
        elif kind == "list_type":
            yield Problem(path, f"must be a list (got {shown(detail['input'])})")
        elif kind == "too_short":
            yield Problem(
                path, f"must hold at least {_items(context['min_length'])} (got {_given(context)})"
            )
        elif kind == "too_long":
            yield Problem(
                path, f"must hold at most {_items(context['max_length'])} (got {_given(context)})"
            )
        else:
            yield Problem(path, detail["msg"])


def _items(count: int) -> str:
    return f"{count} item" if count == 1 else f"{count} items"


def _given(context: dict[str, Any]) -> str:
    return _items(context["actual_length"]) if context["actual_length"] else "none"


def _unknown_field(root: type[BaseModel], location: tuple[int | str, ...]) -> str:
    """Name the unknown key and, when it looks like a typo, the field that was meant."""
    model: Any = root
    for part in location[:-1]:
        if isinstance(part, int):
            continue  # an item of a list: its model is the list's, found below
        model = _model_in(model.model_fields[part].annotation)
    known = list(model.model_fields)
    close = difflib.get_close_matches(str(location[-1]), known, n=1, cutoff=0.75)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"is not a field of this format{hint}"


def _model_in(annotation: Any) -> Any:
    """The model a field holds, through `| None`, `list[...]` and `Annotated[...]`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _model_in(typing.get_args(annotation)[0])
    if origin in (list, typing.Union, types.UnionType):
        for argument in typing.get_args(annotation):
            found = _model_in(argument)
            if found is not None:
                return found
    return None


def psfs_problems(path: str, activities: Sequence[PsfsActivity] | None) -> Iterable[Problem]:
    """An activity named twice at one visit (trimmed, case-insensitive) cannot be matched
    to the next visit's rating of it: refused, against the second naming."""
    seen: dict[str, int] = {}
    for position, item in enumerate(activities or ()):
        key = item.activity.casefold()
        if key in seen:
            yield Problem(
                f"{path}.{position}.activity",
                f"names the same activity as {path}.{seen[key]} (got {shown(item.activity)})",
            )
        else:
            seen[key] = position


def _cross_field_problems(intake: Intake) -> Iterable[Problem]:
    """Checks that involve two fields; reported against the field that must change."""
    yield from dated_problems(intake.visit_date, intake.patient.date_of_birth, intake.symptoms)
    yield from psfs_problems("measures.psfs", intake.measures.psfs)


def dated_problems(visit: date, born: date, symptoms: Symptoms) -> Iterable[Problem]:
    """The checks of dates and pain scores an intake and a follow-up share."""
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
    onset = symptoms.onset_date
    if onset is not None and onset > visit:
        yield Problem(
            "symptoms.onset_date",
            f"must not be after visit_date {visit.isoformat()} (got {onset.isoformat()})",
        )
    worst, now = symptoms.pain_worst, symptoms.pain_now
    if worst is not None and worst < now:
        yield Problem(
            "symptoms.pain_worst",
            f"must be at least symptoms.pain_now ({now}) (got {worst})",
        )


def _age_at(born: date, day: date) -> int:
    before_birthday = (day.month, day.day) < (born.month, born.day)
    return day.year - born.year - int(before_birthday)
