"""A FHIR QuestionnaireResponse to the intake Questionnaire, read into a `clinic-intake/1`
document (fhir.md, "Answers in").

What a portal sends is checked in two steps. First its shape: the right questionnaire,
status `completed`, known linkIds, one answer where one is asked, answers of the item's
type; a response failing any of these is not the patient's intake at all. Then the
document it gives is validated exactly as any intake, and those problems (out of range,
worst pain below pain now) are told apart: they are the patient's values, which the desk
may correct rather than throw away. Every problem is named by its linkId.
"""

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from clinic_app.fhir.definitions import Question, every_question
from clinic_app.fhir.questionnaire import QUESTIONNAIRE_URL, answer_system
from clinic_app.intake import IntakeInvalid, parse_intake
from clinic_app.intake.fields import FORMATS, shown

_VALUE_KEYS = {
    "string": ("valueString",),
    "text": ("valueString",),
    "integer": ("valueInteger",),
    # A whole number of kilometres may come back as either.
    "decimal": ("valueDecimal", "valueInteger"),
    "date": ("valueDate",),
    "boolean": ("valueBoolean",),
    "choice": ("valueCoding",),
}
_LIST_INDEX = re.compile(r"\.\d+(?=\.|$)")


@dataclass(frozen=True)
class ResponseProblem:
    """One thing wrong with a response, at one linkId ("" for the response as a whole)."""

    link_id: str
    message: str

    def __str__(self) -> str:
        return f"{self.link_id}: {self.message}" if self.link_id else self.message


class ResponseRefused(ValueError):
    """A response that is not an answer to the intake Questionnaire: nothing can be kept."""

    def __init__(self, problems: Sequence[ResponseProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(problem) for problem in self.problems))


@dataclass(frozen=True)
class ResponseRead:
    """The document a response gives, and the problems of its values (empty: a valid intake)."""

    document: dict[str, Any]
    language: str | None
    """The response's own `language`, when it names one."""
    value_problems: tuple[ResponseProblem, ...] = field(default=())


def link_id_of(path: str) -> str:
    """The linkId a document path is asked by: list positions dropped
    (`measures.psfs.0.score` is asked as `measures.psfs.score`)."""
    return _LIST_INDEX.sub("", path)


def read_response(response: object) -> ResponseRead:
    """The intake document a QuestionnaireResponse gives.

    Raises ResponseRefused when the response itself is wrong (another questionnaire, not
    completed, unknown linkIds, answers of the wrong type).
    """
    if not isinstance(response, Mapping):
        raise ResponseRefused(
            [ResponseProblem("", "the file is not a FHIR resource (a JSON object)")]
        )
    problems = list(_header_problems(response))
    if problems:
        raise ResponseRefused(problems)
    known = every_question()
    document: dict[str, Any] = {"format": FORMATS[0]}
    _read_items(response.get("item", []), None, known, document, problems)
    if problems:
        raise ResponseRefused(problems)
    for group in ("running", "symptoms"):  # required groups: their problems name their fields
        document.setdefault(group, {})
    document.setdefault("patient", {})
    language = response.get("language")
    try:
        parse_intake(document)
    except IntakeInvalid as invalid:
        values = tuple(
            ResponseProblem(link_id_of(problem.path), problem.message)
            for problem in invalid.problems
        )
        return ResponseRead(document, language if isinstance(language, str) else None, values)
    return ResponseRead(document, language if isinstance(language, str) else None)


def _header_problems(response: Mapping[str, Any]) -> Iterable[ResponseProblem]:
    kind = response.get("resourceType")
    if kind != "QuestionnaireResponse":
        yield ResponseProblem("", f"is not a QuestionnaireResponse (resourceType {shown(kind)})")
        return
    canonical = response.get("questionnaire")
    url = canonical.split("|", 1)[0] if isinstance(canonical, str) else canonical
    if url != QUESTIONNAIRE_URL:
        yield ResponseProblem(
            "",
            f"answers another questionnaire ({shown(canonical)}); this app reads answers to "
            f"{QUESTIONNAIRE_URL}",
        )
    status = response.get("status")
    if status != "completed":
        yield ResponseProblem(
            "", f"is not finished: status must be completed (got {shown(status)})"
        )
    if not isinstance(response.get("item", []), list):
        yield ResponseProblem("", "its item must be a list")


def _read_items(
    items: object,
    parent: Question | None,
    known: Mapping[str, Question],
    into: dict[str, Any],
    problems: list[ResponseProblem],
) -> None:
    """Read one level of items into the document part `into`."""
    if not isinstance(items, list):
        problems.append(ResponseProblem(parent.link_id if parent else "", "item must be a list"))
        return
    seen: set[str] = set()
    for raw in items:
        link_id = raw.get("linkId") if isinstance(raw, Mapping) else None
        if not isinstance(link_id, str):
            problems.append(
                ResponseProblem(parent.link_id if parent else "", "an item has no linkId")
            )
            continue
        question = known.get(link_id)
        if question is None or not _belongs(question, parent):
            problems.append(
                ResponseProblem(link_id, "is not a question of the intake Questionnaire")
            )
            continue
        if link_id in seen and not question.repeats:
            problems.append(ResponseProblem(link_id, "is answered twice"))
            continue
        seen.add(link_id)
        assert isinstance(raw, Mapping)
        if question.type == "group":
            _read_group(raw, question, known, into, problems)
        else:
            _read_answer(raw, question, known, into, problems)


def _belongs(question: Question, parent: Question | None) -> bool:
    expected = parent.link_id if parent is not None else ""
    owner = question.link_id.rsplit(".", 1)[0] if "." in question.link_id else ""
    return owner == expected


def _read_group(
    raw: Mapping[str, Any],
    question: Question,
    known: Mapping[str, Question],
    into: dict[str, Any],
    problems: list[ResponseProblem],
) -> None:
    part: dict[str, Any] = {}
    _read_items(raw.get("item", []), question, known, part, problems)
    if question.repeats:  # a row of the PSFS: each repetition is one item of the list
        if part:
            into.setdefault(question.name, []).append(part)
    elif part or question.required:
        into.setdefault(question.name, {}).update(part)


def _read_answer(
    raw: Mapping[str, Any],
    question: Question,
    known: Mapping[str, Question],
    into: dict[str, Any],
    problems: list[ResponseProblem],
) -> None:
    answers = raw.get("answer", [])
    if not isinstance(answers, list):
        problems.append(ResponseProblem(question.link_id, "answer must be a list"))
        return
    if not answers:
        return  # unanswered: the document's default
    if len(answers) > 1 and not question.repeats:
        problems.append(ResponseProblem(question.link_id, f"takes one answer (got {len(answers)})"))
        return
    values: list[object] = []
    for answer in answers:
        value = _value(answer, question, problems)
        if value is not _NOTHING:
            values.append(value)
        nested = answer.get("item") if isinstance(answer, Mapping) else None
        if nested:
            problems.append(ResponseProblem(question.link_id, "has items under its answer"))
    if len(values) == len(answers):
        into[question.name] = values if question.repeats else values[0]


_NOTHING = object()


def _value(answer: object, question: Question, problems: list[ResponseProblem]) -> object:
    expected = _VALUE_KEYS[question.type]
    if not isinstance(answer, Mapping):
        problems.append(ResponseProblem(question.link_id, "an answer must be an object"))
        return _NOTHING
    given = [key for key in answer if key.startswith("value")]
    if len(given) != 1 or given[0] not in expected:
        got = ", ".join(given) or "no value"
        problems.append(
            ResponseProblem(
                question.link_id,
                f"must be answered with {' or '.join(expected)} (got {got})",
            )
        )
        return _NOTHING
    value = answer[given[0]]
    if question.type != "choice":
        return value
    if not isinstance(value, Mapping) or not isinstance(value.get("code"), str):
        problems.append(ResponseProblem(question.link_id, "a coded answer must give a code"))
        return _NOTHING
    system = value.get("system")
    if system is not None and system != answer_system(question.link_id):
        problems.append(
            ResponseProblem(
                question.link_id,
                f"code {shown(value['code'])} is from another code system ({shown(system)})",
            )
        )
        return _NOTHING
    if value["code"] not in question.options:
        problems.append(
            ResponseProblem(
                question.link_id,
                f"must be one of {', '.join(question.options)} (got {shown(value['code'])})",
            )
        )
        return _NOTHING
    return value["code"]
