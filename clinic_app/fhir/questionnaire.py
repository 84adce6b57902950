"""The intake as a FHIR R4 Questionnaire, in any of the app's languages (fhir.md).

Built from `definitions.questions()`, so it asks exactly what the document holds. Coded
answers carry the app's code system in `answerOption` (and would in any `enableWhen`), so a
renderer matches them; the intake form hides no question until another applies, so there
is no `enableWhen` today. Cross-field rules (worst pain at least pain now, dates) cannot be
said in a Questionnaire: the import checks them.
"""

from typing import Any

from clinic_app import __version__
from clinic_app.fhir.definitions import Question, questions
from clinic_app.fhir.words import Words, words_for

QUESTIONNAIRE_URL = "urn:clinic-intake:questionnaire:intake"
ANSWER_SYSTEM = "urn:clinic-intake:answer"
"""Each coded field's choices form the code system `urn:clinic-intake:answer:<linkId>`."""
MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue"
MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue"


def answer_system(link_id: str) -> str:
    """The code system of one field's choices: the same in answerOption and in answers."""
    return f"{ANSWER_SYSTEM}:{link_id}"


def build_questionnaire(language: str = "en") -> dict[str, Any]:
    """The Questionnaire in `language` (a known tag), as FHIR JSON data."""
    words = words_for(language)
    return {
        "resourceType": "Questionnaire",
        "id": "clinic-intake",
        "url": QUESTIONNAIRE_URL,
        "version": __version__,
        "name": "ClinicIntake",
        "title": words.title,
        "status": "active",
        "language": words.language,
        "subjectType": ["Patient"],
        "item": [_item(question, words) for question in questions()],
    }


def _range(question: Question) -> list[dict[str, Any]]:
    value = "valueInteger" if question.type == "integer" else "valueDecimal"
    bounds = ((MIN_VALUE, question.minimum), (MAX_VALUE, question.maximum))
    return [
        {"url": url, value: int(bound) if question.type == "integer" else bound}
        for url, bound in bounds
        if bound is not None
    ]


def _item(question: Question, words: Words) -> dict[str, Any]:
    item: dict[str, Any] = {
        "linkId": question.link_id,
        "text": words.item(question.link_id),
        "type": question.type,
    }
    if question.required:
        item["required"] = True
    if question.repeats:
        item["repeats"] = True
    if question.max_length is not None:
        item["maxLength"] = question.max_length
    if question.type in ("integer", "decimal") and (ranges := _range(question)):
        item["extension"] = ranges
    if question.options:
        system = answer_system(question.link_id)
        item["answerOption"] = [
            {
                "valueCoding": {
                    "system": system,
                    "code": code,
                    "display": words.option(question.link_id, code),
                }
            }
            for code in question.options
        ]
    if question.children:
        item["item"] = [_item(child, words) for child in question.children]
    return item
