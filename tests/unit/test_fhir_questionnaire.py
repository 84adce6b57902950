"""The intake as a FHIR R4 Questionnaire (fhir.md): valid R4 in every language, built from
the intake's own field definitions, with the codes, types and cardinalities fhir.md names."""

import tomllib
from collections.abc import Iterator
from typing import Any

import pytest
from fhir_schema import assert_valid
from pydantic import BaseModel

from clinic_app import __version__
from clinic_app.fhir.questionnaire import (
    MAX_VALUE,
    MIN_VALUE,
    QUESTIONNAIRE_URL,
    answer_system,
    build_questionnaire,
)
from clinic_app.intake import Intake, fields
from clinic_app.intake.validation import _model_in
from clinic_app.languages import KNOWN_LANGUAGES
from clinic_app.paths import resources_dir


def items_of(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for item in items:
        yield item
        yield from items_of(item.get("item", []))


def by_link_id(questionnaire: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["linkId"]: item for item in items_of(questionnaire["item"])}


def model_paths(model: type[BaseModel], prefix: str = "") -> Iterator[str]:
    """Every field of the document by its dotted path, read off the pydantic models."""
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        inner = _model_in(info.annotation)
        yield path
        if inner is not None:
            yield from model_paths(inner, f"{path}.")


@pytest.mark.parametrize("language", KNOWN_LANGUAGES)
def test_the_questionnaire_is_valid_r4_in_every_language(language: str) -> None:
    questionnaire = build_questionnaire(language)
    assert_valid(questionnaire)
    assert questionnaire["url"] == QUESTIONNAIRE_URL
    assert questionnaire["version"] == __version__
    assert questionnaire["status"] == "active"
    assert questionnaire["language"] == language
    # Every item has words, and no two items share a linkId.
    linked = [item["linkId"] for item in items_of(questionnaire["item"])]
    assert len(linked) == len(set(linked))
    assert all(item["text"].strip() for item in items_of(questionnaire["item"]))


def test_every_field_of_the_document_is_an_item_by_its_dotted_path() -> None:
    """The field definitions are the one source: a field added to the format appears."""
    items = by_link_id(build_questionnaire())
    expected = {path for path in model_paths(Intake) if path != "format"}
    assert set(items) == expected
    for group in ("patient", "running", "symptoms", "history"):
        assert items[group]["type"] == "group"
    assert [item["linkId"] for item in build_questionnaire()["item"]][:2] == [
        "patient",
        "visit_date",
    ]


def test_types_required_and_ranges_follow_the_intake_format() -> None:
    items = by_link_id(build_questionnaire())
    expected_types = {
        "patient.first_name": "string",
        "patient.date_of_birth": "date",
        "visit_date": "date",
        "running.weekly_distance": "decimal",
        "running.shoe_pairs_in_rotation": "integer",
        "running.cross_training": "boolean",
        "symptoms.pain_now": "integer",
        "symptoms.side": "choice",
        "symptoms.locations": "choice",
        "history.medications": "text",
        "notes": "text",
        "measures.psfs": "group",
    }
    for link_id, kind in expected_types.items():
        assert items[link_id]["type"] == kind, link_id
    required = {link_id for link_id, item in items.items() if item.get("required")}
    assert required == {
        "patient",
        "patient.first_name",
        "patient.last_name",
        "patient.date_of_birth",
        "visit_date",
        "running",
        "running.weekly_distance",
        "symptoms",
        "symptoms.side",
        "symptoms.locations",
        "symptoms.pain_now",
    }
    repeating = {link_id for link_id, item in items.items() if item.get("repeats")}
    assert repeating == {
        "running.recent_changes",
        "running.surfaces",
        "symptoms.locations",
        "symptoms.pain_character",
        "measures.psfs",
    }
    # The PSFS rows are an optional repeating group: nothing inside it is required.
    assert not any(item.get("required") for item in items["measures.psfs"]["item"])
    pain = {ext["url"]: ext for ext in items["symptoms.pain_now"]["extension"]}
    assert pain[MIN_VALUE] == {"url": MIN_VALUE, "valueInteger": 0}
    assert pain[MAX_VALUE] == {"url": MAX_VALUE, "valueInteger": 10}
    distance = {ext["url"]: ext for ext in items["running.weekly_distance"]["extension"]}
    assert distance[MAX_VALUE] == {"url": MAX_VALUE, "valueDecimal": 400}
    assert items["patient.first_name"]["maxLength"] == 100


@pytest.mark.parametrize("language", KNOWN_LANGUAGES)
def test_choice_codes_are_the_documents_values_in_the_apps_code_system(language: str) -> None:
    items = by_link_id(build_questionnaire(language))
    expected = {
        "patient.sex": fields.SEXES,
        "running.distance_unit": fields.DISTANCE_UNITS,
        "running.recent_changes": fields.RECENT_CHANGES,
        "running.surfaces": fields.SURFACES,
        "symptoms.side": fields.SIDES,
        "symptoms.locations": fields.REGIONS,
        "symptoms.pain_character": fields.PAIN_CHARACTERS,
        "symptoms.swelling": fields.SWELLINGS,
        "symptoms.weight_bearing": fields.WEIGHT_BEARINGS,
        "symptoms.injury": fields.INJURIES,
        "symptoms.foot_colour": fields.FOOT_COLOURS,
        "patient.language": KNOWN_LANGUAGES,
    }
    coded = {link_id for link_id, item in items.items() if item["type"] == "choice"}
    assert coded == set(expected)
    for link_id, values in expected.items():
        options = [option["valueCoding"] for option in items[link_id]["answerOption"]]
        assert [option["code"] for option in options] == list(values)
        assert {option["system"] for option in options} == {answer_system(link_id)}
        # Each display is words, never the bare code (except the language names and km).
        assert all(option["display"].strip() for option in options)


def test_the_app_s_own_words_are_used_where_it_has_them() -> None:
    """The foot's regions read as on the care sheet, in each language."""
    for language in KNOWN_LANGUAGES:
        sheet = tomllib.loads(
            (resources_dir() / "handouts" / f"{language}.toml").read_text(encoding="utf-8")
        )
        items = by_link_id(build_questionnaire(language))
        heel = next(
            option["valueCoding"]["display"]
            for option in items["symptoms.locations"]["answerOption"]
            if option["valueCoding"]["code"] == "heel"
        )
        assert heel.casefold() == sheet["regions"]["heel"].casefold()
    spanish = by_link_id(build_questionnaire("es"))
    assert spanish["symptoms.pain_now"]["text"].startswith("Su dolor")
    chinese = by_link_id(build_questionnaire("zh-Hans"))
    assert chinese["symptoms.side"]["text"] == "哪只脚痛？"


def test_each_language_file_has_exactly_the_english_keys() -> None:
    def keys(language: str) -> set[str]:
        entries = tomllib.loads(
            (resources_dir() / "fhir" / f"{language}.toml").read_text(encoding="utf-8")
        )
        found = {f"items.{key}" for key in entries["items"]}
        for link_id, options in entries["options"].items():
            found |= {f"options.{link_id}.{code}" for code in options}
        return found

    english = keys("en")
    for language in KNOWN_LANGUAGES:
        assert keys(language) == english, language
    # And the English file words every item the history words of the sheet do not.
    items = by_link_id(build_questionnaire())
    sheet_history = {
        f"history.{name}"
        for name in tomllib.loads(
            (resources_dir() / "handouts" / "en.toml").read_text(encoding="utf-8")
        )["letter"]["history"]
    }
    assert set(items) <= {key.removeprefix("items.") for key in english} | sheet_history
