"""Valid clinic-intake/1 documents: the spec's example, defaults, boundaries and the JSON Schema."""

import copy
import json
from datetime import date
from typing import Any

import pytest
from intake_documents import (
    DISTANCE_UNITS,
    INJURIES,
    PAIN_CHARACTERS,
    RECENT_CHANGES,
    REGIONS,
    SEXES,
    SIDES,
    SURFACES,
    SWELLINGS,
    WEIGHT_BEARINGS,
    document,
)

from clinic_app.intake import intake_json_schema, parse_intake

# The complete example of intake-format.md, copied as written there.
SPEC_EXAMPLE: dict[str, Any] = {
    "format": "clinic-intake/1",
    "patient": {
        "first_name": "Maya",
        "last_name": "Okafor",
        "date_of_birth": "1991-03-14",
        "sex": "female",
        "phone": "555-0134",
        "email": None,
        "clinic_number": "P-10442",
    },
    "visit_date": "2026-11-20",
    "running": {
        "distance_unit": "km",
        "weekly_distance": 48,
        "previous_weekly_distance": 35,
        "recent_changes": ["distance", "hills"],
        "surfaces": ["road"],
        "shoe_distance": 720,
        "shoe_pairs_in_rotation": 1,
    },
    "symptoms": {
        "side": "left",
        "locations": ["heel", "arch"],
        "onset_date": "2026-11-12",
        "pain_now": 4,
        "pain_worst": 7,
        "pain_character": ["aching"],
        "first_step_morning_pain": True,
        "improving": False,
    },
    "notes": "",
}

# The value lists of intake-format.md, typed out here rather than read from the code,
# so a change in the code that breaks the contract shows up as a failure.

RUNNING_FLAGS = ["shoe_fit_problems", "shoe_cushioning_worn", "uses_orthotics", "cross_training"]
SYMPTOM_FLAGS = [
    "pain_localized",
    "bone_point_tenderness",
    "numbness_or_tingling",
    "redness",
    "warmth",
    "fever",
    "worse_with_activity",
    "night_pain",
    "first_step_morning_pain",
]
HISTORY_FLAGS = [
    "previous_stress_fracture",
    "diabetes",
    "peripheral_neuropathy",
    "low_bone_density",
    "irregular_periods",
    "restricted_eating",
]
HISTORY_TEXTS = ["medications", "allergies", "other_conditions"]

HISTORY_DEFAULTS: dict[str, object] = {
    **dict.fromkeys(HISTORY_FLAGS, False),
    **dict.fromkeys(HISTORY_TEXTS, ""),
    # rules-2027.md's additions, with the defaults it gives.
    **dict.fromkeys(
        [
            "other_joints_affected",
            "fluoroquinolone_recent",
            "unexplained_weight_loss",
            "cancer_history",
        ],
        False,
    ),
}
# rules-2027.md's symptom fields, with the defaults it gives.
SYMPTOM_DEFAULTS_2027: dict[str, object] = {
    "foot_colour": "normal",
    "foot_cold": False,
    "pain_out_of_proportion": False,
    "redness_spreading": False,
    "feels_very_unwell": False,
    "open_wound": False,
    "morning_stiffness_minutes": None,
}

# follow-ups.md adds `measures` (optional): nothing recorded unless given.
MEASURES_DEFAULTS: dict[str, object] = {
    "psfs": None,
    "lefs_total": None,
    "faam_adl_percent": None,
    "faam_sports_percent": None,
}

# What to_document() gives for SPEC_EXAMPLE: the example with every default of the spec filled in.
SPEC_EXAMPLE_FILLED: dict[str, Any] = {
    "format": "clinic-intake/1",
    "patient": {
        "first_name": "Maya",
        "last_name": "Okafor",
        "date_of_birth": "1991-03-14",
        "sex": "female",
        "phone": "555-0134",
        "email": None,
        "clinic_number": "P-10442",
        "language": None,
    },
    "visit_date": "2026-11-20",
    "running": {
        "distance_unit": "km",
        "weekly_distance": 48,
        "previous_weekly_distance": 35,
        "years_running": None,
        "recent_changes": ["distance", "hills"],
        "surfaces": ["road"],
        "shoe_distance": 720,
        "shoe_pairs_in_rotation": 1,
        "shoe_fit_problems": False,
        "shoe_cushioning_worn": False,
        "uses_orthotics": False,
        "cross_training": False,
        "stretches_after_running": None,
    },
    "symptoms": {
        "side": "left",
        "locations": ["heel", "arch"],
        "onset_date": "2026-11-12",
        "pain_now": 4,
        "pain_worst": 7,
        "pain_character": ["aching"],
        "pain_localized": False,
        "bone_point_tenderness": False,
        "numbness_or_tingling": False,
        "swelling": "none",
        "redness": False,
        "warmth": False,
        "fever": False,
        "weight_bearing": "normal",
        "worse_with_activity": False,
        "night_pain": False,
        "first_step_morning_pain": True,
        "self_care_days": None,
        "improving": False,
        "injury": "none",
        **SYMPTOM_DEFAULTS_2027,
    },
    "history": HISTORY_DEFAULTS,
    "notes": "",
    "measures": MEASURES_DEFAULTS,
}

# Every field given, none left to a default: for round trips.
EVERY_FIELD_GIVEN: dict[str, Any] = {
    "format": "clinic-intake/1",
    "patient": {
        "first_name": "Jonas",
        "last_name": "Berg",
        "date_of_birth": "1978-07-02",
        "sex": "male",
        "phone": "+46 70 123 45 67",
        "email": "jonas.berg@example.org",
        "clinic_number": "P-20001",
        "language": "es",
    },
    "visit_date": "2026-11-20",
    "running": {
        "distance_unit": "mi",
        "weekly_distance": 31.5,
        "previous_weekly_distance": 20,
        "years_running": 12.5,
        "recent_changes": ["intensity", "surface", "shoes", "race"],
        "surfaces": ["trail", "track", "treadmill"],
        "shoe_distance": 410.25,
        "shoe_pairs_in_rotation": 3,
        "shoe_fit_problems": True,
        "shoe_cushioning_worn": True,
        "uses_orthotics": True,
        "cross_training": True,
        "stretches_after_running": False,
    },
    "symptoms": {
        "side": "both",
        "locations": ["ball_of_foot", "top_of_foot", "outer_midfoot"],
        "onset_date": "2026-10-30",
        "pain_now": 6,
        "pain_worst": 9,
        "pain_character": ["sharp", "throbbing"],
        "pain_localized": True,
        "bone_point_tenderness": True,
        "numbness_or_tingling": True,
        "swelling": "mild",
        "redness": True,
        "warmth": True,
        "fever": True,
        "weight_bearing": "difficult",
        "worse_with_activity": True,
        "night_pain": True,
        "first_step_morning_pain": True,
        "self_care_days": 14,
        "improving": True,
        "injury": "impact",
        "foot_colour": "mottled",
        "foot_cold": True,
        "pain_out_of_proportion": True,
        "redness_spreading": True,
        "feels_very_unwell": True,
        "open_wound": True,
        "morning_stiffness_minutes": 45,
    },
    "history": {
        "previous_stress_fracture": True,
        "diabetes": True,
        "peripheral_neuropathy": True,
        "low_bone_density": True,
        "irregular_periods": True,
        "restricted_eating": True,
        "medications": "metformin",
        "allergies": "penicillin",
        "other_conditions": "asthma",
        "other_joints_affected": True,
        "fluoroquinolone_recent": True,
        "unexplained_weight_loss": True,
        "cancer_history": True,
    },
    "notes": "Ran a marathon on 2026-10-25.",
    "measures": {
        "psfs": [{"activity": "running 5 km", "score": 3}, {"activity": "stairs", "score": 7}],
        "lefs_total": 52,
        "faam_adl_percent": 81.5,
        "faam_sports_percent": 40,
    },
}


def _at(tree: dict[str, Any], path: str) -> Any:
    """The value at a dotted path of a document."""
    value: Any = tree
    for part in path.split("."):
        value = value[part]
    return value


def _schema_object(schema: dict[str, Any], name: str) -> dict[str, Any]:
    """The schema of the top level ("") or of one of its objects, following `$ref`."""
    if not name:
        return schema
    node: dict[str, Any] = schema["properties"][name]
    while "$ref" in node:
        node = _at(schema, node["$ref"].removeprefix("#/").replace("/", "."))
    return node


def _schema_enum(node: dict[str, Any]) -> list[object]:
    """The allowed values of a scalar or list property, whether or not it is nullable."""
    for candidate in [node, *node.get("anyOf", [])]:
        if "enum" in candidate:
            return list(candidate["enum"])
        if "enum" in candidate.get("items", {}):
            return list(candidate["items"]["enum"])
    raise AssertionError(f"no enum in {node}")


# --- The complete example ---


def test_spec_example_parses_into_the_fields_it_states() -> None:
    intake = parse_intake(copy.deepcopy(SPEC_EXAMPLE))

    assert intake.format == "clinic-intake/1"
    assert intake.patient.first_name == "Maya"
    assert intake.patient.last_name == "Okafor"
    assert intake.patient.date_of_birth == date(1991, 3, 14)
    assert intake.patient.sex == "female"
    assert intake.patient.email is None
    assert intake.visit_date == date(2026, 11, 20)
    assert intake.running.weekly_distance == 48
    assert intake.running.recent_changes == ["distance", "hills"]
    assert intake.running.shoe_pairs_in_rotation == 1
    assert intake.symptoms.locations == ["heel", "arch"]
    assert intake.symptoms.onset_date == date(2026, 11, 12)
    assert intake.symptoms.pain_now == 4
    assert intake.symptoms.pain_worst == 7
    assert intake.symptoms.first_step_morning_pain is True
    assert intake.symptoms.improving is False
    assert intake.days_since_onset == 8


def test_spec_example_to_document_fills_in_every_default() -> None:
    assert parse_intake(copy.deepcopy(SPEC_EXAMPLE)).to_document() == SPEC_EXAMPLE_FILLED


def test_parsing_leaves_the_given_document_unchanged() -> None:
    given = copy.deepcopy(SPEC_EXAMPLE)
    given["patient"]["first_name"] = "  Maya  "
    before = repr(given)

    parse_intake(given)

    assert repr(given) == before


# --- Defaults ---


def test_minimal_document_gets_the_defaults_of_the_spec() -> None:
    minimal: dict[str, Any] = {
        "format": "clinic-intake/1",
        "patient": {"first_name": "Ana", "last_name": "Silva", "date_of_birth": "2000-01-31"},
        "visit_date": "2026-11-20",
        "running": {"weekly_distance": 10},
        "symptoms": {"side": "right", "locations": ["toes"], "pain_now": 1},
    }

    result = parse_intake(minimal).to_document()

    assert result == {
        "format": "clinic-intake/1",
        "patient": {
            "first_name": "Ana",
            "last_name": "Silva",
            "date_of_birth": "2000-01-31",
            "sex": "unspecified",
            "phone": None,
            "email": None,
            "clinic_number": None,
            "language": None,
        },
        "visit_date": "2026-11-20",
        "running": {
            "distance_unit": "km",
            "weekly_distance": 10,
            "previous_weekly_distance": None,
            "years_running": None,
            "recent_changes": [],
            "surfaces": [],
            "shoe_distance": None,
            "shoe_pairs_in_rotation": None,
            "shoe_fit_problems": False,
            "shoe_cushioning_worn": False,
            "uses_orthotics": False,
            "cross_training": False,
            "stretches_after_running": None,
        },
        "symptoms": {
            "side": "right",
            "locations": ["toes"],
            "onset_date": None,
            "pain_now": 1,
            "pain_worst": None,
            "pain_character": [],
            "pain_localized": False,
            "bone_point_tenderness": False,
            "numbness_or_tingling": False,
            "swelling": "none",
            "redness": False,
            "warmth": False,
            "fever": False,
            "weight_bearing": "normal",
            "worse_with_activity": False,
            "night_pain": False,
            "first_step_morning_pain": False,
            "self_care_days": None,
            "improving": None,
            "injury": "none",
            **SYMPTOM_DEFAULTS_2027,
        },
        "history": HISTORY_DEFAULTS,
        "notes": "",
        "measures": MEASURES_DEFAULTS,
    }


@pytest.mark.parametrize(
    "history",
    [pytest.param({}, id="empty history"), pytest.param(None, id="history absent")],
)
def test_empty_or_absent_history_is_all_defaults(history: dict[str, object] | None) -> None:
    given = document() if history is None else document({"history": history})

    assert parse_intake(given).to_document()["history"] == HISTORY_DEFAULTS


def test_partial_history_keeps_what_is_given_and_defaults_the_rest() -> None:
    result = parse_intake(document({"history.diabetes": True})).to_document()

    assert result["history"] == {**HISTORY_DEFAULTS, "diabetes": True}


# --- Strings and numbers ---


@pytest.mark.parametrize(
    "path",
    [
        "patient.first_name",
        "patient.last_name",
        "patient.phone",
        "patient.email",
        "patient.clinic_number",
        "history.medications",
        "history.allergies",
        "history.other_conditions",
        "notes",
    ],
)
def test_strings_are_trimmed(path: str) -> None:
    value = "maya@example.org" if path == "patient.email" else "Maya O"

    result = parse_intake(document({path: f" \t {value} \n "})).to_document()

    assert _at(result, path) == value


def test_whitespace_inside_a_string_is_kept() -> None:
    intake = parse_intake(document({"notes": "  line one\n  line two  "}))

    assert intake.notes == "line one\n  line two"


@pytest.mark.parametrize(
    "path",
    [
        "running.weekly_distance",
        "running.previous_weekly_distance",
        "running.years_running",
        "running.shoe_distance",
    ],
)
@pytest.mark.parametrize("written", [pytest.param(48, id="48"), pytest.param(48.5, id="48.5")])
def test_numbers_are_kept_as_written(path: str, written: float) -> None:
    result = parse_intake(document({path: written})).to_document()

    kept = _at(result, path)
    assert kept == written
    assert type(kept) is type(written)
    assert json.dumps(kept) == str(written)


@pytest.mark.parametrize(
    "given",
    [pytest.param(SPEC_EXAMPLE, id="spec example"), pytest.param(EVERY_FIELD_GIVEN, id="all")],
)
def test_to_document_then_parse_gives_the_same_intake(given: dict[str, Any]) -> None:
    intake = parse_intake(copy.deepcopy(given))

    exported = intake.to_document()
    again = parse_intake(json.loads(json.dumps(exported)))

    assert again == intake
    assert again.to_document() == exported


def test_every_field_given_comes_back_unchanged() -> None:
    assert parse_intake(copy.deepcopy(EVERY_FIELD_GIVEN)).to_document() == EVERY_FIELD_GIVEN


# --- Every value of every list of the spec ---


def _value_cases() -> list[Any]:
    scalars = {
        "patient.sex": SEXES,
        "running.distance_unit": DISTANCE_UNITS,
        "symptoms.side": SIDES,
        "symptoms.swelling": SWELLINGS,
        "symptoms.weight_bearing": WEIGHT_BEARINGS,
        "symptoms.injury": INJURIES,
    }
    lists = {
        "symptoms.locations": REGIONS,
        "running.recent_changes": RECENT_CHANGES,
        "running.surfaces": SURFACES,
        "symptoms.pain_character": PAIN_CHARACTERS,
    }
    cases = [
        pytest.param(path, value, id=f"{path}={value}")
        for path, values in scalars.items()
        for value in values
    ]
    cases += [
        pytest.param(path, [value], id=f"{path}=[{value}]")
        for path, values in lists.items()
        for value in values
    ]
    cases += [pytest.param(path, list(values), id=f"{path}=all") for path, values in lists.items()]
    return cases


@pytest.mark.parametrize(("path", "value"), _value_cases())
def test_every_value_of_the_spec_is_accepted(path: str, value: object) -> None:
    result = parse_intake(document({path: value})).to_document()

    assert _at(result, path) == value


@pytest.mark.parametrize(
    "path",
    [f"running.{name}" for name in RUNNING_FLAGS]
    + [f"symptoms.{name}" for name in SYMPTOM_FLAGS]
    + [f"history.{name}" for name in HISTORY_FLAGS]
    + ["running.stretches_after_running", "symptoms.improving"],
)
@pytest.mark.parametrize("flag", [True, False])
def test_every_bool_accepts_true_and_false(path: str, flag: bool) -> None:
    result = parse_intake(document({path: flag})).to_document()

    assert _at(result, path) is flag


@pytest.mark.parametrize(
    "path",
    [
        "patient.phone",
        "patient.email",
        "patient.clinic_number",
        "running.previous_weekly_distance",
        "running.years_running",
        "running.shoe_distance",
        "running.shoe_pairs_in_rotation",
        "running.stretches_after_running",
        "symptoms.onset_date",
        "symptoms.pain_worst",
        "symptoms.self_care_days",
        "symptoms.improving",
    ],
)
def test_fields_that_may_be_null_accept_null(path: str) -> None:
    result = parse_intake(document({path: None})).to_document()

    assert _at(result, path) is None


# --- Boundaries, both ends ---

EMAIL_254 = "a" * (254 - len("@example.org")) + "@example.org"


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({"running.weekly_distance": 0}, id="weekly_distance 0"),
        pytest.param({"running.weekly_distance": 400}, id="weekly_distance 400"),
        pytest.param({"running.previous_weekly_distance": 0}, id="previous_weekly_distance 0"),
        pytest.param({"running.previous_weekly_distance": 400}, id="previous_weekly_distance 400"),
        pytest.param({"running.years_running": 0}, id="years_running 0"),
        pytest.param({"running.years_running": 80}, id="years_running 80"),
        pytest.param({"running.shoe_distance": 0}, id="shoe_distance 0"),
        pytest.param({"running.shoe_distance": 5000}, id="shoe_distance 5000"),
        pytest.param({"running.shoe_pairs_in_rotation": 1}, id="shoe_pairs 1"),
        pytest.param({"running.shoe_pairs_in_rotation": 10}, id="shoe_pairs 10"),
        pytest.param({"symptoms.pain_now": 0}, id="pain_now 0"),
        pytest.param({"symptoms.pain_now": 10}, id="pain_now 10"),
        pytest.param({"symptoms.pain_now": 0, "symptoms.pain_worst": 0}, id="pain_worst 0"),
        pytest.param({"symptoms.pain_worst": 10}, id="pain_worst 10"),
        pytest.param({"symptoms.self_care_days": 0}, id="self_care_days 0"),
        pytest.param({"symptoms.self_care_days": 365}, id="self_care_days 365"),
        pytest.param({"patient.first_name": "M"}, id="first_name 1 char"),
        pytest.param({"patient.first_name": "M" * 100}, id="first_name 100 chars"),
        pytest.param({"patient.last_name": "O"}, id="last_name 1 char"),
        pytest.param({"patient.last_name": "O" * 100}, id="last_name 100 chars"),
        pytest.param({"patient.phone": "5" * 40}, id="phone 40 chars"),
        pytest.param({"patient.clinic_number": "P" * 40}, id="clinic_number 40 chars"),
        pytest.param({"patient.email": EMAIL_254}, id="email 254 chars"),
        pytest.param({"notes": "n" * 5000}, id="notes 5000 chars"),
        pytest.param({"history.medications": "m" * 2000}, id="medications 2000 chars"),
        pytest.param({"history.allergies": "a" * 2000}, id="allergies 2000 chars"),
        pytest.param({"history.other_conditions": "o" * 2000}, id="other_conditions 2000 chars"),
    ],
)
def test_boundaries_are_accepted(overrides: dict[str, object]) -> None:
    result = parse_intake(document(overrides)).to_document()

    for path, value in overrides.items():
        assert _at(result, path) == value


@pytest.mark.parametrize(
    "born",
    [
        pytest.param("1906-11-20", id="120th birthday on the visit day"),
        pytest.param("1905-11-21", id="day before the 121st birthday"),
        pytest.param("2026-11-20", id="born on the visit day"),
    ],
)
def test_date_of_birth_at_the_limits_is_accepted(born: str) -> None:
    intake = parse_intake(document({"visit_date": "2026-11-20", "patient.date_of_birth": born}))

    assert intake.patient.date_of_birth == date.fromisoformat(born)


def test_onset_on_the_visit_day_is_accepted() -> None:
    intake = parse_intake(
        document({"visit_date": "2026-11-20", "symptoms.onset_date": "2026-11-20"})
    )

    assert intake.days_since_onset == 0


def test_worst_pain_equal_to_pain_now_is_accepted() -> None:
    intake = parse_intake(document({"symptoms.pain_now": 6, "symptoms.pain_worst": 6}))

    assert (intake.symptoms.pain_now, intake.symptoms.pain_worst) == (6, 6)


def test_leap_day_is_a_real_date() -> None:
    intake = parse_intake(document({"patient.date_of_birth": "2000-02-29"}))

    assert intake.patient.date_of_birth == date(2000, 2, 29)


# --- The JSON Schema ---

SPEC_FIELDS: dict[str, set[str]] = {
    "": {"format", "patient", "visit_date", "running", "symptoms", "history", "notes"},
    "patient": {
        "first_name",
        "last_name",
        "date_of_birth",
        "sex",
        "phone",
        "email",
        "clinic_number",
    },
    "running": {
        "distance_unit",
        "weekly_distance",
        "previous_weekly_distance",
        "years_running",
        "recent_changes",
        "surfaces",
        "shoe_distance",
        "shoe_pairs_in_rotation",
        "stretches_after_running",
        *RUNNING_FLAGS,
    },
    "symptoms": {
        "side",
        "locations",
        "onset_date",
        "pain_now",
        "pain_worst",
        "pain_character",
        "swelling",
        "weight_bearing",
        "self_care_days",
        "improving",
        "injury",
        *SYMPTOM_FLAGS,
    },
    "history": {*HISTORY_FLAGS, *HISTORY_TEXTS},
}

SPEC_REQUIRED: dict[str, set[str]] = {
    "": {"format", "patient", "visit_date", "running", "symptoms"},
    "patient": {"first_name", "last_name", "date_of_birth"},
    "running": {"weekly_distance"},
    "symptoms": {"side", "locations", "pain_now"},
    "history": set(),
}


def _objects(node: object) -> list[dict[str, Any]]:
    """Every object schema anywhere in the tree."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if node.get("type") == "object" or "properties" in node:
            found.append(node)
        for child in node.values():
            found += _objects(child)
    elif isinstance(node, list):
        for child in node:
            found += _objects(child)
    return found


def test_schema_is_json() -> None:
    schema = intake_json_schema()

    assert json.loads(json.dumps(schema)) == schema


def test_schema_format_is_the_one_constant() -> None:
    assert _schema_object(intake_json_schema(), "")["properties"]["format"]["const"] == (
        "clinic-intake/1"
    )


def test_schema_forbids_unknown_keys_on_every_object() -> None:
    objects = _objects(intake_json_schema())

    assert len(objects) >= len(SPEC_FIELDS)
    assert all(node.get("additionalProperties") is False for node in objects)


@pytest.mark.parametrize("part", list(SPEC_FIELDS), ids=lambda part: part or "top level")
def test_schema_has_every_field_and_the_required_ones(part: str) -> None:
    node = _schema_object(intake_json_schema(), part)

    assert node.get("additionalProperties") is False
    assert set(node["properties"]) >= SPEC_FIELDS[part]
    assert set(node.get("required", [])) == SPEC_REQUIRED[part]


@pytest.mark.parametrize(
    ("part", "field", "values"),
    [
        ("patient", "sex", SEXES),
        ("running", "distance_unit", DISTANCE_UNITS),
        ("running", "recent_changes", RECENT_CHANGES),
        ("running", "surfaces", SURFACES),
        ("symptoms", "side", SIDES),
        ("symptoms", "locations", REGIONS),
        ("symptoms", "pain_character", PAIN_CHARACTERS),
        ("symptoms", "swelling", SWELLINGS),
        ("symptoms", "weight_bearing", WEIGHT_BEARINGS),
        ("symptoms", "injury", INJURIES),
    ],
)
def test_schema_enums_are_the_lists_of_the_spec(
    part: str, field: str, values: tuple[str, ...]
) -> None:
    node = _schema_object(intake_json_schema(), part)["properties"][field]

    assert _schema_enum(node) == list(values)


@pytest.mark.parametrize(
    ("part", "field", "low", "high"),
    [
        ("running", "weekly_distance", 0, 400),
        ("running", "previous_weekly_distance", 0, 400),
        ("running", "years_running", 0, 80),
        ("running", "shoe_distance", 0, 5000),
        ("running", "shoe_pairs_in_rotation", 1, 10),
        ("symptoms", "pain_now", 0, 10),
        ("symptoms", "pain_worst", 0, 10),
        ("symptoms", "self_care_days", 0, 365),
    ],
)
def test_schema_ranges_are_those_of_the_spec(part: str, field: str, low: int, high: int) -> None:
    node = _schema_object(intake_json_schema(), part)["properties"][field]
    ranged = next(option for option in [node, *node.get("anyOf", [])] if "minimum" in option)

    assert (ranged["minimum"], ranged["maximum"]) == (low, high)


def test_schema_locations_need_at_least_one_unique_region() -> None:
    node = _schema_object(intake_json_schema(), "symptoms")["properties"]["locations"]

    assert node["minItems"] == 1
    assert node["uniqueItems"] is True
