"""The fields rules-2027.md adds to clinic-intake/1: optional, typed, and refused clearly."""

import pytest
from intake_documents import document

from clinic_app.intake import IntakeInvalid, intake_json_schema, parse_intake


def test_a_document_without_them_gets_the_documented_defaults() -> None:
    intake = parse_intake(document())
    symptoms, history = intake.symptoms, intake.history
    assert symptoms.foot_colour == "normal"
    assert symptoms.morning_stiffness_minutes is None
    assert not any(
        (
            symptoms.foot_cold,
            symptoms.pain_out_of_proportion,
            symptoms.redness_spreading,
            symptoms.feels_very_unwell,
            symptoms.open_wound,
            history.other_joints_affected,
            history.fluoroquinolone_recent,
            history.unexplained_weight_loss,
            history.cancer_history,
        )
    )


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("symptoms.foot_colour", "grey", "symptoms.foot_colour: must be one of"),
        ("symptoms.morning_stiffness_minutes", 1441, "must be between 0 and 1440 (got 1441)"),
        ("symptoms.morning_stiffness_minutes", 30.5, "must be a whole number (got 30.5)"),
        ("symptoms.open_wound", "yes", "symptoms.open_wound: must be true or false"),
        ("history.cancer_history", 1, "history.cancer_history: must be true or false"),
    ],
)
def test_a_wrong_value_is_refused_naming_the_field(path: str, value: object, message: str) -> None:
    with pytest.raises(IntakeInvalid) as refused:
        parse_intake(document({path: value}))
    assert message in str(refused.value)


@pytest.mark.parametrize("minutes", [0, 29, 30, 1440])
def test_stiffness_takes_every_whole_minute_in_range(minutes: int) -> None:
    intake = parse_intake(document({"symptoms.morning_stiffness_minutes": minutes}))
    assert intake.symptoms.morning_stiffness_minutes == minutes


def test_the_schema_describes_them() -> None:
    definitions = intake_json_schema()["$defs"]
    assert isinstance(definitions, dict)
    symptoms = definitions["Symptoms"]["properties"]
    assert symptoms["foot_colour"]["enum"] == ["normal", "pale", "blue", "mottled"]
    assert "fluoroquinolone_recent" in definitions["History"]["properties"]
