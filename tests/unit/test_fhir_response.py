"""QuestionnaireResponse → intake document (fhir.md, "Answers in"): the round trip is exact
for every valid intake, and a response that is not a completed answer to the intake
Questionnaire is refused, each problem named by its linkId."""

import copy
import json
from typing import Any

import pytest
from fhir_schema import assert_valid
from hypothesis import given, settings
from intake_documents import document
from intake_strategies import valid_documents

from clinic_app.fhir.answers import questionnaire_response
from clinic_app.fhir.questionnaire import QUESTIONNAIRE_URL, answer_system
from clinic_app.fhir.response import ResponseRefused, link_id_of, read_response
from clinic_app.intake import Intake, parse_intake


def same_answers(given_document: dict[str, Any]) -> dict[str, Any]:
    """The intake as the import must give it back: every default filled in. An optional
    text given as "" is not given (null) in FHIR, which has no empty string."""
    filled = parse_intake(given_document).to_document()
    for section in filled.values():
        if isinstance(section, dict):
            for name, value in section.items():
                if value == "" and name in ("phone", "email", "clinic_number"):
                    section[name] = None
    return filled


def round_trip(intake: Intake) -> dict[str, Any]:
    response = json.loads(json.dumps(questionnaire_response(intake, version="0.1.0")))
    read = read_response(response)
    assert read.value_problems == ()
    return parse_intake(read.document).to_document()


@settings(max_examples=150, deadline=None)
@given(valid_documents())
def test_export_then_import_gives_back_the_answers_exactly(given_document: dict[str, Any]) -> None:
    assert round_trip(parse_intake(given_document)) == same_answers(given_document)


def test_the_example_round_trips_and_its_response_is_valid_r4() -> None:
    intake = parse_intake(document({"measures.psfs": [{"activity": "Stairs", "score": 4}]}))
    response = questionnaire_response(intake)
    assert_valid(response)
    assert round_trip(intake) == intake.to_document()


def answers(**replaced: Any) -> dict[str, Any]:
    """A good response to start from, with top-level keys replaced."""
    response = questionnaire_response(parse_intake(document()))
    response.update(replaced)
    decoded: dict[str, Any] = json.loads(json.dumps(response))
    return decoded


def item(response: dict[str, Any], link_id: str) -> dict[str, Any]:
    def walk(items: list[dict[str, Any]]) -> dict[str, Any] | None:
        for entry in items:
            if entry["linkId"] == link_id:
                return entry
            found = walk(entry.get("item", []))
            if found is not None:
                return found
        return None

    found = walk(response["item"])
    assert found is not None, link_id
    return found


def refusal(response: object) -> list[str]:
    with pytest.raises(ResponseRefused) as refused:
        read_response(response)
    return [str(problem) for problem in refused.value.problems]


def test_a_response_to_another_questionnaire_is_refused_by_name() -> None:
    lines = refusal(answers(questionnaire="http://example.org/Questionnaire/phq-9"))
    assert lines == [
        'answers another questionnaire ("http://example.org/Questionnaire/phq-9"); this app '
        f"reads answers to {QUESTIONNAIRE_URL}"
    ]


@pytest.mark.parametrize("canonical", [QUESTIONNAIRE_URL, f"{QUESTIONNAIRE_URL}|0.1.0"])
def test_the_canonical_is_read_with_or_without_its_version(canonical: str) -> None:
    assert read_response(answers(questionnaire=canonical)).value_problems == ()


@pytest.mark.parametrize("status", ["in-progress", "amended", "entered-in-error", None])
def test_an_unfinished_response_is_refused(status: str | None) -> None:
    lines = refusal(answers(status=status))
    assert len(lines) == 1
    assert lines[0].startswith("is not finished: status must be completed")


def test_not_a_questionnaire_response_is_refused() -> None:
    assert refusal({"resourceType": "Patient"}) == [
        'is not a QuestionnaireResponse (resourceType "Patient")'
    ]
    assert refusal([1, 2]) == ["the file is not a FHIR resource (a JSON object)"]


def test_answers_of_the_wrong_type_are_refused_by_link_id() -> None:
    response = answers()
    item(response, "symptoms.pain_now")["answer"] = [{"valueString": "4"}]
    item(response, "symptoms.side")["answer"] = [{"valueString": "left"}]
    item(response, "visit_date")["answer"] = [{"valueDateTime": "2026-11-20T10:00:00Z"}]
    item(response, "symptoms.fever")["answer"] = [{"valueBoolean": True}, {"valueBoolean": False}]
    assert refusal(response) == [
        "visit_date: must be answered with valueDate (got valueDateTime)",
        "symptoms.side: must be answered with valueCoding (got valueString)",
        "symptoms.pain_now: must be answered with valueInteger (got valueString)",
        "symptoms.fever: takes one answer (got 2)",
    ]


def test_unknown_link_ids_and_codes_are_refused_by_name() -> None:
    response = answers()
    response["item"].append({"linkId": "symtoms.fever", "answer": [{"valueBoolean": True}]})
    item(response, "symptoms")["item"].append(
        {"linkId": "patient.first_name", "answer": [{"valueString": "Out of place"}]}
    )
    item(response, "symptoms.swelling")["answer"] = [
        {"valueCoding": {"system": answer_system("symptoms.swelling"), "code": "huge"}}
    ]
    item(response, "symptoms.side")["answer"] = [
        {"valueCoding": {"system": "http://snomed.info/sct", "code": "left"}}
    ]
    assert refusal(response) == [
        'symptoms.side: code "left" is from another code system ("http://snomed.info/sct")',
        'symptoms.swelling: must be one of none, mild, significant (got "huge")',
        "patient.first_name: is not a question of the intake Questionnaire",
        "symtoms.fever: is not a question of the intake Questionnaire",
    ]


def test_problems_of_values_are_told_apart_for_the_desk_to_correct() -> None:
    """Out of range and cross-field problems: the answers are kept, the problems named."""
    response = answers()
    item(response, "symptoms.pain_now")["answer"] = [{"valueInteger": 14}]
    item(response, "running.weekly_distance")["answer"] = [{"valueDecimal": 30}]
    read = read_response(response)
    assert [str(problem) for problem in read.value_problems] == [
        "symptoms.pain_now: must be between 0 and 10 (got 14)"
    ]
    assert read.document["symptoms"]["pain_now"] == 14
    worse = answers()
    item(worse, "symptoms.pain_now")["answer"] = [{"valueInteger": 6}]
    item(worse, "symptoms")["item"].append(
        {"linkId": "symptoms.pain_worst", "answer": [{"valueInteger": 3}]}
    )
    assert [str(problem) for problem in read_response(worse).value_problems] == [
        "symptoms.pain_worst: must be at least symptoms.pain_now (6) (got 3)"
    ]


def test_an_unanswered_item_takes_the_document_default_and_required_ones_are_named() -> None:
    response = answers()
    for group in response["item"]:
        if group["linkId"] == "symptoms":
            group["item"] = [entry for entry in group["item"] if entry["linkId"] != "symptoms.side"]
        if group["linkId"] == "history":
            group["item"] = []
    read = read_response(response)
    assert [str(problem) for problem in read.value_problems] == ["symptoms.side: is required"]
    trimmed = copy.deepcopy(answers())
    trimmed["item"] = [entry for entry in trimmed["item"] if entry["linkId"] != "history"]
    assert read_response(trimmed).value_problems == ()
    history = parse_intake(read_response(trimmed).document).history
    assert history.diabetes is False


def test_psfs_rows_are_read_from_the_repeating_group() -> None:
    intake = parse_intake(
        document(
            {
                "measures.psfs": [
                    {"activity": "Running 5 km", "score": 2},
                    {"activity": "Stairs", "score": 7},
                ]
            }
        )
    )
    response = questionnaire_response(intake)
    rows = [
        entry for entry in item(response, "measures")["item"] if entry["linkId"] == "measures.psfs"
    ]
    assert len(rows) == 2
    assert round_trip(intake)["measures"]["psfs"][1] == {"activity": "Stairs", "score": 7}
    assert link_id_of("measures.psfs.1.score") == "measures.psfs.score"
