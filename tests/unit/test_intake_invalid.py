"""Invalid clinic-intake/1 documents: every class of mistake, named by path, nothing changed."""

import copy
import math
from typing import Any

import pytest
from intake_documents import document

from clinic_app.intake import IntakeInvalid, Problem, parse_intake

LONG_EMAIL = "a" * (255 - len("@example.org")) + "@example.org"


def _without(given: dict[str, Any], path: str) -> dict[str, Any]:
    """The document with the key at a dotted path removed."""
    *parents, leaf = path.split(".")
    target = given
    for part in parents:
        target = target[part]
    del target[leaf]
    return given


def _missing(path: str) -> dict[str, Any]:
    return _without(document(), path)


def _renamed(path: str, new_name: str) -> dict[str, Any]:
    """The document with the key at `path` moved to `new_name` in the same object."""
    *parents, leaf = path.split(".")
    given = document()
    target = given
    for part in parents:
        target = target[part]
    target[new_name] = target.pop(leaf)
    return given


def _case(
    case_id: str, given: object, path: str, *fragments: str
) -> Any:  # a ParameterSet, whose class pytest does not export
    return pytest.param(given, path, fragments, id=case_id)


CASES = [
    # --- format ---
    _case("format missing", _missing("format"), "format", "clinic-intake/1"),
    _case(
        "format of another version",
        document({"format": "clinic-intake/2"}),
        "format",
        "clinic-intake/1",
        '(got "clinic-intake/2")',
    ),
    _case(
        "format in capitals",
        document({"format": "CLINIC-INTAKE/1"}),
        "format",
        "clinic-intake/1",
        '(got "CLINIC-INTAKE/1")',
    ),
    _case("format null", document({"format": None}), "format", "clinic-intake/1", "(got null)"),
    _case("format a number", document({"format": 1}), "format", "clinic-intake/1", "(got 1)"),
    # --- required fields ---
    *[
        _case(f"{path} missing", _missing(path), path, "is required")
        for path in [
            "patient",
            "visit_date",
            "running",
            "symptoms",
            "patient.first_name",
            "patient.last_name",
            "patient.date_of_birth",
            "running.weekly_distance",
            "symptoms.side",
            "symptoms.locations",
            "symptoms.pain_now",
        ]
    ],
    # --- unknown keys ---
    _case(
        "symtoms for symptoms",
        _renamed("symptoms", "symtoms"),
        "symtoms",
        "not a field",
        "did you mean 'symptoms'",
    ),
    _case(
        "pain_nwo for pain_now",
        _renamed("symptoms.pain_now", "pain_nwo"),
        "symptoms.pain_nwo",
        "not a field",
        "did you mean 'pain_now'",
    ),
    _case("unknown top-level key", document({"comments": "x"}), "comments", "not a field"),
    _case(
        "unknown patient key",
        document({"patient.middle_name": "Ada"}),
        "patient.middle_name",
        "not a field",
    ),
    _case(
        "unknown running key",
        document({"running.shoe_brand": "X"}),
        "running.shoe_brand",
        "not a field",
    ),
    _case(
        "unknown history key",
        document({"history.diabets": True}),
        "history.diabets",
        "not a field",
        "did you mean 'diabetes'",
    ),
    # --- wrong types ---
    _case(
        "weekly_distance a string",
        document({"running.weekly_distance": "48"}),
        "running.weekly_distance",
        "number",
        '(got "48")',
    ),
    _case(
        "weekly_distance true",
        document({"running.weekly_distance": True}),
        "running.weekly_distance",
        "number",
        "(got true)",
    ),
    _case(
        "shoe_distance false",
        document({"running.shoe_distance": False}),
        "running.shoe_distance",
        "number",
        "(got false)",
    ),
    _case(
        "pain_now true",
        document({"symptoms.pain_now": True}),
        "symptoms.pain_now",
        "whole number",
        "(got true)",
    ),
    _case(
        "pain_now a string",
        document({"symptoms.pain_now": "4"}),
        "symptoms.pain_now",
        "whole number",
        '(got "4")',
    ),
    _case(
        "pain_now 4.5",
        document({"symptoms.pain_now": 4.5}),
        "symptoms.pain_now",
        "whole number",
        "(got 4.5)",
    ),
    _case(
        "shoe_pairs 1.5",
        document({"running.shoe_pairs_in_rotation": 1.5}),
        "running.shoe_pairs_in_rotation",
        "whole number",
        "(got 1.5)",
    ),
    _case(
        "shoe_pairs true",
        document({"running.shoe_pairs_in_rotation": True}),
        "running.shoe_pairs_in_rotation",
        "whole number",
        "(got true)",
    ),
    _case(
        "self_care_days 2.5",
        document({"symptoms.self_care_days": 2.5}),
        "symptoms.self_care_days",
        "whole number",
        "(got 2.5)",
    ),
    _case(
        "first_name a number",
        document({"patient.first_name": 42}),
        "patient.first_name",
        "text",
        "(got 42)",
    ),
    _case(
        "phone a number",
        document({"patient.phone": 5550134}),
        "patient.phone",
        "text",
        "(got 5550134)",
    ),
    _case(
        "medications a list",
        document({"history.medications": ["a"]}),
        "history.medications",
        "text",
        '(got ["a"])',
    ),
    _case(
        "bool given as the string true",
        document({"running.uses_orthotics": "true"}),
        "running.uses_orthotics",
        "true or false",
        '(got "true")',
    ),
    _case(
        "bool given as 1",
        document({"symptoms.night_pain": 1}),
        "symptoms.night_pain",
        "true or false",
        "(got 1)",
    ),
    _case(
        "nullable bool given as 0",
        document({"symptoms.improving": 0}),
        "symptoms.improving",
        "true or false",
        "(got 0)",
    ),
    _case("patient a list", document({"patient": []}), "patient", "must be an object", "a list"),
    _case(
        "running a string",
        document({"running": "fast"}),
        "running",
        "must be an object",
        '"fast"',
    ),
    _case(
        "history a list",
        document({"history": ["diabetes"]}),
        "history",
        "must be an object",
        "a list",
    ),
    _case(
        "locations an object",
        document({"symptoms.locations": {"heel": True}}),
        "symptoms.locations",
        "must be a list",
        '(got {"heel": true})',
    ),
    _case(
        "locations a string",
        document({"symptoms.locations": "heel"}),
        "symptoms.locations",
        "must be a list",
        '(got "heel")',
    ),
    _case(
        "recent_changes a string",
        document({"running.recent_changes": "distance"}),
        "running.recent_changes",
        "must be a list",
        '(got "distance")',
    ),
    _case(
        "side a list",
        document({"symptoms.side": ["left"]}),
        "symptoms.side",
        "one of",
        '(got ["left"])',
    ),
    # --- null where a value is required ---
    _case("patient null", document({"patient": None}), "patient", "object", "null"),
    _case("symptoms null", document({"symptoms": None}), "symptoms", "object", "null"),
    _case(
        "visit_date null", document({"visit_date": None}), "visit_date", "YYYY-MM-DD", "(got null)"
    ),
    _case(
        "first_name null",
        document({"patient.first_name": None}),
        "patient.first_name",
        "text",
        "(got null)",
    ),
    _case(
        "weekly_distance null",
        document({"running.weekly_distance": None}),
        "running.weekly_distance",
        "number",
        "(got null)",
    ),
    _case(
        "pain_now null",
        document({"symptoms.pain_now": None}),
        "symptoms.pain_now",
        "whole number",
        "(got null)",
    ),
    _case("side null", document({"symptoms.side": None}), "symptoms.side", "one of", "(got null)"),
    _case(
        "locations null",
        document({"symptoms.locations": None}),
        "symptoms.locations",
        "list",
        "(got null)",
    ),
    _case(
        "sex null (not nullable)",
        document({"patient.sex": None}),
        "patient.sex",
        "one of",
        "(got null)",
    ),
    _case(
        "bool null (not nullable)",
        document({"running.cross_training": None}),
        "running.cross_training",
        "true or false",
        "(got null)",
    ),
    _case("notes null", document({"notes": None}), "notes", "text", "(got null)"),
    _case("history null", document({"history": None}), "history", "object", "null"),
    # --- out of range, both ends ---
    _case(
        "weekly_distance -1",
        document({"running.weekly_distance": -1}),
        "running.weekly_distance",
        "between 0 and 400",
        "(got -1)",
    ),
    _case(
        "weekly_distance 401",
        document({"running.weekly_distance": 401}),
        "running.weekly_distance",
        "between 0 and 400",
        "(got 401)",
    ),
    _case(
        "weekly_distance a 400-digit whole number",
        document({"running.weekly_distance": 10**400}),
        "running.weekly_distance",
        "between 0 and 400",
    ),
    _case(
        "previous_weekly_distance 400.5",
        document({"running.previous_weekly_distance": 400.5}),
        "running.previous_weekly_distance",
        "between 0 and 400",
        "(got 400.5)",
    ),
    _case(
        "years_running -1",
        document({"running.years_running": -1}),
        "running.years_running",
        "between 0 and 80",
        "(got -1)",
    ),
    _case(
        "years_running 81",
        document({"running.years_running": 81}),
        "running.years_running",
        "between 0 and 80",
        "(got 81)",
    ),
    _case(
        "shoe_distance -0.5",
        document({"running.shoe_distance": -0.5}),
        "running.shoe_distance",
        "between 0 and 5000",
        "(got -0.5)",
    ),
    _case(
        "shoe_distance 5001",
        document({"running.shoe_distance": 5001}),
        "running.shoe_distance",
        "between 0 and 5000",
        "(got 5001)",
    ),
    _case(
        "shoe_pairs 0",
        document({"running.shoe_pairs_in_rotation": 0}),
        "running.shoe_pairs_in_rotation",
        "between 1 and 10",
        "(got 0)",
    ),
    _case(
        "shoe_pairs 11",
        document({"running.shoe_pairs_in_rotation": 11}),
        "running.shoe_pairs_in_rotation",
        "between 1 and 10",
        "(got 11)",
    ),
    _case(
        "pain_now -1",
        document({"symptoms.pain_now": -1}),
        "symptoms.pain_now",
        "between 0 and 10",
        "(got -1)",
    ),
    _case(
        "pain_now 11",
        document({"symptoms.pain_now": 11}),
        "symptoms.pain_now",
        "between 0 and 10",
        "(got 11)",
    ),
    _case(
        "pain_now 14",
        document({"symptoms.pain_now": 14}),
        "symptoms.pain_now",
        "between 0 and 10",
        "(got 14)",
    ),
    _case(
        "pain_worst 11",
        document({"symptoms.pain_worst": 11}),
        "symptoms.pain_worst",
        "between 0 and 10",
        "(got 11)",
    ),
    _case(
        "self_care_days -1",
        document({"symptoms.self_care_days": -1}),
        "symptoms.self_care_days",
        "between 0 and 365",
        "(got -1)",
    ),
    _case(
        "self_care_days 366",
        document({"symptoms.self_care_days": 366}),
        "symptoms.self_care_days",
        "between 0 and 365",
        "(got 366)",
    ),
    # --- not a number JSON allows ---
    _case(
        "weekly_distance NaN",
        document({"running.weekly_distance": math.nan}),
        "running.weekly_distance",
        "between 0 and 400",
        "NaN",
    ),
    _case(
        "shoe_distance Infinity",
        document({"running.shoe_distance": math.inf}),
        "running.shoe_distance",
        "between 0 and 5000",
        "Infinity",
    ),
    _case(
        "years_running -Infinity",
        document({"running.years_running": -math.inf}),
        "running.years_running",
        "between 0 and 80",
        "Infinity",
    ),
    _case(
        "pain_now NaN",
        document({"symptoms.pain_now": math.nan}),
        "symptoms.pain_now",
        "whole number",
        "NaN",
    ),
    # --- strings ---
    _case(
        "first_name empty",
        document({"patient.first_name": ""}),
        "patient.first_name",
        "must not be empty",
    ),
    _case(
        "first_name only spaces",
        document({"patient.first_name": "   "}),
        "patient.first_name",
        "must not be empty",
    ),
    _case(
        "last_name only whitespace",
        document({"patient.last_name": "\t\n"}),
        "patient.last_name",
        "must not be empty",
    ),
    _case(
        "first_name 101 chars",
        document({"patient.first_name": "M" * 101}),
        "patient.first_name",
        "at most 100 characters",
        "(got 101)",
    ),
    _case(
        "last_name 101 chars",
        document({"patient.last_name": "O" * 101}),
        "patient.last_name",
        "at most 100 characters",
        "(got 101)",
    ),
    _case(
        "phone 41 chars",
        document({"patient.phone": "5" * 41}),
        "patient.phone",
        "at most 40 characters",
        "(got 41)",
    ),
    _case(
        "clinic_number 41 chars",
        document({"patient.clinic_number": "P" * 41}),
        "patient.clinic_number",
        "at most 40 characters",
        "(got 41)",
    ),
    _case(
        "email 255 chars",
        document({"patient.email": LONG_EMAIL}),
        "patient.email",
        "at most 254 characters",
        "(got 255)",
    ),
    _case(
        "notes 5001 chars",
        document({"notes": "n" * 5001}),
        "notes",
        "at most 5000 characters",
        "(got 5001)",
    ),
    *[
        _case(
            f"{name} 2001 chars",
            document({f"history.{name}": "x" * 2001}),
            f"history.{name}",
            "at most 2000 characters",
            "(got 2001)",
        )
        for name in ["medications", "allergies", "other_conditions"]
    ],
    *[
        _case(
            f"email {email!r}",
            document({"patient.email": email}),
            "patient.email",
            "email address",
            f'(got "{email}")',
        )
        for email in [
            "maya.example.org",
            "maya@",
            "@example.org",
            "maya@example",
            "maya okafor@example.org",
            "maya@@example.org",
        ]
    ],
    # --- dates ---
    _case(
        "visit_date day first",
        document({"visit_date": "20/11/2026"}),
        "visit_date",
        "YYYY-MM-DD",
        '(got "20/11/2026")',
    ),
    _case(
        "visit_date with a time",
        document({"visit_date": "2026-11-20T10:00"}),
        "visit_date",
        "YYYY-MM-DD",
        '(got "2026-11-20T10:00")',
    ),
    _case(
        "visit_date without leading zeros",
        document({"visit_date": "2026-1-5"}),
        "visit_date",
        "YYYY-MM-DD",
        '(got "2026-1-5")',
    ),
    _case(
        "visit_date 30 February",
        document({"visit_date": "2026-02-30"}),
        "visit_date",
        "not a real calendar date",
        '(got "2026-02-30")',
    ),
    _case(
        "date_of_birth 29 February of a common year",
        document({"patient.date_of_birth": "1990-02-29"}),
        "patient.date_of_birth",
        "not a real calendar date",
        '(got "1990-02-29")',
    ),
    _case(
        "onset_date month 13",
        document({"symptoms.onset_date": "2026-13-01"}),
        "symptoms.onset_date",
        "not a real calendar date",
        '(got "2026-13-01")',
    ),
    _case(
        "date_of_birth a number",
        document({"patient.date_of_birth": 19910314}),
        "patient.date_of_birth",
        "YYYY-MM-DD",
        "(got 19910314)",
    ),
    _case(
        "onset_date empty",
        document({"symptoms.onset_date": ""}),
        "symptoms.onset_date",
        "YYYY-MM-DD",
        '(got "")',
    ),
    # --- values outside the spec's lists ---
    _case(
        "unknown side",
        document({"symptoms.side": "middle"}),
        "symptoms.side",
        "one of",
        "left",
        '(got "middle")',
    ),
    _case(
        "side a number",
        document({"symptoms.side": 1}),
        "symptoms.side",
        "one of",
        "left",
        "(got 1)",
    ),
    _case(
        "unknown sex",
        document({"patient.sex": "f"}),
        "patient.sex",
        "one of",
        "female",
        '(got "f")',
    ),
    _case(
        "sex in capitals",
        document({"patient.sex": "Female"}),
        "patient.sex",
        "one of",
        "female",
        '(got "Female")',
    ),
    _case(
        "unknown swelling",
        document({"symptoms.swelling": "severe"}),
        "symptoms.swelling",
        "one of",
        "significant",
        '(got "severe")',
    ),
    _case(
        "unknown weight_bearing",
        document({"symptoms.weight_bearing": "limping"}),
        "symptoms.weight_bearing",
        "one of",
        "difficult",
        '(got "limping")',
    ),
    _case(
        "unknown injury",
        document({"symptoms.injury": "sprain"}),
        "symptoms.injury",
        "one of",
        "twist",
        '(got "sprain")',
    ),
    _case(
        "unknown distance_unit",
        document({"running.distance_unit": "miles"}),
        "running.distance_unit",
        "one of",
        "mi",
        '(got "miles")',
    ),
    _case(
        "unknown location",
        document({"symptoms.locations": ["heel", "knee"]}),
        "symptoms.locations",
        "one of",
        "ball_of_foot",
        '(got "knee")',
    ),
    _case(
        "location not a string",
        document({"symptoms.locations": [1]}),
        "symptoms.locations",
        "one of",
        "heel",
        "(got 1)",
    ),
    _case(
        "unknown pain character",
        document({"symptoms.pain_character": ["dull"]}),
        "symptoms.pain_character",
        "one of",
        "aching",
        '(got "dull")',
    ),
    _case(
        "unknown surface",
        document({"running.surfaces": ["mud"]}),
        "running.surfaces",
        "one of",
        "trail",
        '(got "mud")',
    ),
    _case(
        "unknown recent change",
        document({"running.recent_changes": ["weight"]}),
        "running.recent_changes",
        "one of",
        "intensity",
        '(got "weight")',
    ),
    # --- lists ---
    _case(
        "duplicate location",
        document({"symptoms.locations": ["heel", "arch", "heel"]}),
        "symptoms.locations",
        "repeat",
        '"heel"',
    ),
    _case(
        "duplicate recent change",
        document({"running.recent_changes": ["hills", "hills"]}),
        "running.recent_changes",
        "repeat",
        '"hills"',
    ),
    _case(
        "duplicate surface",
        document({"running.surfaces": ["road", "road"]}),
        "running.surfaces",
        "repeat",
        '"road"',
    ),
    _case(
        "duplicate pain character",
        document({"symptoms.pain_character": ["sharp", "sharp"]}),
        "symptoms.pain_character",
        "repeat",
        '"sharp"',
    ),
    _case(
        "no location",
        document({"symptoms.locations": []}),
        "symptoms.locations",
        "at least 1",
        "(got none)",
    ),
    # --- two fields together ---
    _case(
        "date_of_birth after visit_date",
        document({"visit_date": "2026-11-20", "patient.date_of_birth": "2026-11-21"}),
        "patient.date_of_birth",
        "visit_date",
        "2026-11-21",
    ),
    _case(
        "age 121 at the visit",
        document({"visit_date": "2026-11-20", "patient.date_of_birth": "1905-11-20"}),
        "patient.date_of_birth",
        "120",
        "1905-11-20",
    ),
    _case(
        "onset_date after visit_date",
        document({"visit_date": "2026-11-20", "symptoms.onset_date": "2026-11-21"}),
        "symptoms.onset_date",
        "visit_date",
        "2026-11-21",
    ),
    _case(
        "pain_worst below pain_now",
        document({"symptoms.pain_now": 4, "symptoms.pain_worst": 3}),
        "symptoms.pain_worst",
        "pain_now",
        "(got 3)",
    ),
    # --- not an object at all ---
    _case("document a list", [document()], "", "JSON object", "a list"),
    _case("document a string", "clinic-intake/1", "", "JSON object", '"clinic-intake/1"'),
    _case("document a number", 42, "", "JSON object", "(got 42)"),
    _case("document null", None, "", "JSON object", "(got null)"),
    _case("document true", True, "", "JSON object", "(got true)"),
]


@pytest.mark.parametrize(("given", "path", "fragments"), CASES)
def test_invalid_document_is_refused_with_path_and_reason(
    given: object, path: str, fragments: tuple[str, ...]
) -> None:
    before = repr(given)

    with pytest.raises(IntakeInvalid) as refused:
        parse_intake(copy.deepcopy(given))

    messages = [problem.message for problem in refused.value.problems if problem.path == path]
    shown = "; ".join(str(problem) for problem in refused.value.problems)
    assert messages, f"no problem at {path!r}: {shown}"
    assert any(all(fragment in message for fragment in fragments) for message in messages), (
        f"no problem at {path!r} says {fragments}: {shown}"
    )
    assert repr(given) == before


def test_the_refused_document_is_not_changed() -> None:
    given = document({"patient.first_name": "  Maya  ", "symptoms.pain_now": 14, "notes": "  x  "})
    before = copy.deepcopy(given)

    with pytest.raises(IntakeInvalid):
        parse_intake(given)

    assert given == before
    assert given["patient"]["first_name"] == "  Maya  "


def test_every_problem_of_one_document_is_reported() -> None:
    given = _without(
        document(
            {
                "symtoms": {"side": "left"},
                "symptoms.pain_now": 14,
                "symptoms.side": "up",
                "running.weekly_distance": "48",
                "patient.email": "maya.example.org",
            }
        ),
        "patient.first_name",
    )

    with pytest.raises(IntakeInvalid) as refused:
        parse_intake(given)

    assert {problem.path for problem in refused.value.problems} >= {
        "symtoms",
        "symptoms.pain_now",
        "symptoms.side",
        "running.weekly_distance",
        "patient.email",
        "patient.first_name",
    }


def test_every_problem_between_fields_is_reported() -> None:
    given = document(
        {
            "visit_date": "2026-11-20",
            "patient.date_of_birth": "2026-12-01",
            "symptoms.onset_date": "2026-12-24",
            "symptoms.pain_now": 8,
            "symptoms.pain_worst": 5,
        }
    )

    with pytest.raises(IntakeInvalid) as refused:
        parse_intake(given)

    assert {problem.path for problem in refused.value.problems} == {
        "patient.date_of_birth",
        "symptoms.onset_date",
        "symptoms.pain_worst",
    }


def test_problem_reads_as_path_then_message() -> None:
    with pytest.raises(IntakeInvalid) as refused:
        parse_intake(document({"symptoms.pain_now": 14}))

    assert refused.value.problems == (
        Problem("symptoms.pain_now", "must be between 0 and 10 (got 14)"),
    )
    assert str(refused.value.problems[0]) == "symptoms.pain_now: must be between 0 and 10 (got 14)"
    assert "symptoms.pain_now: must be between 0 and 10 (got 14)" in str(refused.value)
