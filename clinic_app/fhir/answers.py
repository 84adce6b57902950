"""An intake's answers as the QuestionnaireResponse to the intake Questionnaire.

The inverse of `response.read_response`: export then import gives back the same intake.
Only answered fields are written (FHIR has no empty answer): a null, an empty list or an
empty text is left out, and the import gives it the document's default again. An optional
text given as "" therefore comes back as not given (null), the one difference FHIR cannot
carry: it has no empty string.
"""

from collections.abc import Mapping
from typing import Any

from clinic_app.fhir.definitions import Question, questions
from clinic_app.fhir.questionnaire import QUESTIONNAIRE_URL, answer_system
from clinic_app.intake import Intake

_VALUE_KEY = {
    "string": "valueString",
    "text": "valueString",
    "integer": "valueInteger",
    "decimal": "valueDecimal",
    "date": "valueDate",
    "boolean": "valueBoolean",
}


def response_items(intake: Intake) -> list[dict[str, Any]]:
    """The answered items of one intake, nested in their groups as the Questionnaire is."""
    return _items(questions(), intake.to_document())


def questionnaire_response(
    intake: Intake,
    *,
    version: str | None = None,
    authored: str | None = None,
    author: dict[str, Any] | None = None,
    subject: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The QuestionnaireResponse (status completed) answering the intake Questionnaire."""
    canonical = QUESTIONNAIRE_URL if version is None else f"{QUESTIONNAIRE_URL}|{version}"
    resource: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": canonical,
        "status": "completed",
    }
    if subject is not None:
        resource["subject"] = subject
    if authored is not None:
        resource["authored"] = authored
    if author is not None:
        resource["author"] = author
    resource["item"] = response_items(intake)
    return resource


def _items(asked: tuple[Question, ...], part: Mapping[str, Any]) -> list[dict[str, Any]]:
    written: list[dict[str, Any]] = []
    for question in asked:
        value = part.get(question.name)
        if question.type == "group" and question.repeats:
            for row in value or ():
                written.append(_group(question, row))
        elif question.type == "group":
            if isinstance(value, Mapping) and (inner := _items(question.children, value)):
                written.append({"linkId": question.link_id, "item": inner})
        elif (answers := _answers(question, value)) is not None:
            written.append({"linkId": question.link_id, "answer": answers})
    return written


def _group(question: Question, row: Mapping[str, Any]) -> dict[str, Any]:
    return {"linkId": question.link_id, "item": _items(question.children, row)}


def _answers(question: Question, value: object) -> list[dict[str, Any]] | None:
    if value is None or value == "" or value == []:
        return None
    if question.type == "choice":
        codes = value if isinstance(value, list) else [value]
        system = answer_system(question.link_id)
        return [{"valueCoding": {"system": system, "code": code}} for code in codes]
    return [{_VALUE_KEY[question.type]: value}]
