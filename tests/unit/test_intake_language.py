"""`patient.language`, the field languages.md adds to clinic-intake/1, and the one choice of
which language each printout is in (clinic_app/languages.py)."""

import pytest
from intake_documents import document

from clinic_app.intake import IntakeInvalid, intake_json_schema, parse_intake
from clinic_app.languages import letter_language, patient_text_language


def test_a_document_without_it_says_nothing_of_the_patients_language() -> None:
    assert parse_intake(document()).patient.language is None
    assert parse_intake(document({"patient.language": None})).patient.language is None


@pytest.mark.parametrize("tag", ["en", "es", "zh-Hans"])
def test_each_known_tag_is_kept_as_given(tag: str) -> None:
    intake = parse_intake(document({"patient.language": tag}))
    assert intake.patient.language == tag
    assert intake.to_document()["patient"]["language"] == tag


@pytest.mark.parametrize(
    "given",
    [
        pytest.param("fr", id="unknown"),
        pytest.param("ES", id="capitals"),
        pytest.param("zh-hans", id="case"),
        pytest.param("zh", id="no-script"),
        pytest.param("Español", id="own-name"),
        pytest.param("", id="empty"),
        pytest.param(1, id="number"),
        pytest.param(["es"], id="list"),
    ],
)
def test_anything_else_is_refused_naming_the_field_and_the_known_tags(given: object) -> None:
    with pytest.raises(IntakeInvalid) as refused:
        parse_intake(document({"patient.language": given}))
    (problem,) = refused.value.problems
    assert problem.path == "patient.language"
    assert problem.message.startswith("must be one of en, es, zh-Hans (got ")


def test_a_misspelt_key_is_refused_with_the_field_meant() -> None:
    given = document()
    given["patient"]["langauge"] = "es"
    with pytest.raises(IntakeInvalid, match=r"patient\.langauge: .*did you mean 'language'"):
        parse_intake(given)


def test_the_schema_lists_the_known_tags() -> None:
    definitions = intake_json_schema()["$defs"]
    assert isinstance(definitions, dict)
    language = definitions["Patient"]["properties"]["language"]
    assert {"type": "string", "enum": ["en", "es", "zh-Hans"]} in language["anyOf"]


@pytest.mark.parametrize(
    ("patient", "clinic", "chosen"),
    [
        ("es", "zh-Hans", "es"),  # the patient's own, whatever the clinic's
        (None, "zh-Hans", "zh-Hans"),  # not asked: the clinic's default
        (None, "es", "es"),
        ("fr", "es", "es"),  # a record damaged by hand: passed over, never printed in
        (None, None, "en"),
        (None, "xx", "en"),
    ],
)
def test_the_patients_sheets_are_in_their_language_else_the_clinics_default(
    patient: str | None, clinic: str | None, chosen: str
) -> None:
    assert patient_text_language(patient, clinic) == chosen


def test_letters_are_in_the_clinics_letter_language() -> None:
    assert letter_language("zh-Hans") == "zh-Hans"
    assert letter_language("es") == "es"
    assert letter_language("xx") == "en"
    assert letter_language(None) == "en"
