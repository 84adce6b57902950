"""The `measures` object follow-ups.md adds to clinic-intake/1: optional, strict, and
refused with the dotted path of the item at fault."""

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from intake_documents import document

from clinic_app.intake import IntakeInvalid, Problem, intake_json_schema, parse_intake


def refusal(overrides: dict[str, object]) -> list[str]:
    with pytest.raises(IntakeInvalid) as refused:
        parse_intake(document(overrides))
    return [str(problem) for problem in refused.value.problems]


def test_absent_means_nothing_recorded() -> None:
    measures = parse_intake(document()).measures
    assert (measures.psfs, measures.lefs_total) == (None, None)
    assert (measures.faam_adl_percent, measures.faam_sports_percent) == (None, None)


def test_every_measure_given_is_kept_as_written() -> None:
    given = {
        "psfs": [{"activity": "running 5 km", "score": 3}, {"activity": "stairs", "score": 10}],
        "lefs_total": 80,
        "faam_adl_percent": 0,
        "faam_sports_percent": 62.5,
    }
    assert parse_intake(document({"measures": given})).to_document()["measures"] == given


def test_activity_names_are_trimmed() -> None:
    psfs = parse_intake(
        document({"measures.psfs": [{"activity": "  Stairs \n", "score": 4}]})
    ).measures.psfs
    assert psfs is not None
    assert psfs[0].activity == "Stairs"


@pytest.mark.parametrize(("count", "valid"), [(0, False), (1, True), (5, True), (6, False)])
def test_psfs_holds_one_to_five_activities(count: int, valid: bool) -> None:
    activities = [{"activity": f"activity {n}", "score": 5} for n in range(count)]
    overrides: dict[str, object] = {"measures.psfs": activities}
    if valid:
        parse_intake(document(overrides))
    else:
        (line,) = refusal(overrides)
        assert line.startswith("measures.psfs: must hold")


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"activity": "stairs", "score": 11}, "measures.psfs.0.score: must be between 0 and 10"),
        ({"activity": "stairs", "score": -1}, "measures.psfs.0.score: must be between 0 and 10"),
        ({"activity": "stairs", "score": 6.5}, "measures.psfs.0.score: must be a whole number"),
        ({"activity": "stairs", "score": "6"}, "measures.psfs.0.score: must be a whole number"),
        ({"activity": "stairs", "score": True}, "measures.psfs.0.score: must be a whole number"),
        ({"activity": "stairs"}, "measures.psfs.0.score: is required"),
        ({"activity": "   ", "score": 3}, "measures.psfs.0.activity: must not be empty"),
        ({"activity": "x" * 81, "score": 3}, "measures.psfs.0.activity: must be at most 80"),
        ({"activity": 7, "score": 3}, "measures.psfs.0.activity: must be text"),
        (
            {"activity": "stairs", "scor": 3},
            "measures.psfs.0.scor: is not a field of this format; did you mean 'score'?",
        ),
        ("stairs", "measures.psfs.0: must be an object"),
    ],
)
def test_a_wrong_activity_is_refused_by_its_path(item: object, expected: str) -> None:
    lines = refusal({"measures.psfs": [item]})
    assert any(line.startswith(expected) for line in lines), lines


def test_eighty_characters_is_the_longest_activity() -> None:
    parse_intake(document({"measures.psfs": [{"activity": "x" * 80, "score": 0}]}))


def test_the_same_activity_twice_at_one_visit_is_refused() -> None:
    lines = refusal(
        {
            "measures.psfs": [
                {"activity": "Stairs", "score": 4},
                {"activity": " stairs ", "score": 6},
            ]
        }
    )
    assert lines == ['measures.psfs.1.activity: names the same activity as measures.psfs.0 '
                     '(got "stairs")']  # fmt: skip


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("measures.lefs_total", 81, "must be between 0 and 80 (got 81)"),
        ("measures.lefs_total", 52.0, "must be a whole number (got 52.0)"),
        ("measures.faam_adl_percent", 100.01, "must be between 0 and 100 (got 100.01)"),
        ("measures.faam_sports_percent", -0.5, "must be between 0 and 100 (got -0.5)"),
        ("measures.faam_sports_percent", "80", 'must be a number (got "80")'),
        ("measures.psfs", "stairs", 'must be a list (got "stairs")'),
        ("measures.readiness", {}, "is not a field of this format"),
    ],
)
def test_a_wrong_total_is_refused_naming_it(path: str, value: object, expected: str) -> None:
    assert refusal({path: value}) == [f"{path}: {expected}"]


def test_measures_must_be_an_object() -> None:
    assert refusal({"measures": [1]}) == ["measures: must be an object (got a list)"]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("measures.lefs_total", 0),
        ("measures.lefs_total", 80),
        ("measures.faam_adl_percent", 100),
        ("measures.faam_sports_percent", 0.0),
    ],
)
def test_the_ends_of_each_range_are_valid(path: str, value: object) -> None:
    parse_intake(document({path: value}))


def test_the_schema_describes_them() -> None:
    definitions: Any = intake_json_schema()["$defs"]
    measures = definitions["Measures"]["properties"]
    assert set(measures) == {"psfs", "lefs_total", "faam_adl_percent", "faam_sports_percent"}
    assert definitions["Measures"]["additionalProperties"] is False
    activity = definitions["PsfsActivity"]["properties"]
    assert activity["activity"]["maxLength"] == 80
    assert (activity["score"]["minimum"], activity["score"]["maximum"]) == (0, 10)
    assert activity["score"]["type"] == "integer"
    psfs = measures["psfs"]["anyOf"][0]
    assert (psfs["minItems"], psfs["maxItems"]) == (1, 5)


anything = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=6) | st.dictionaries(st.text(max_size=8), children)
    ),
    max_leaves=15,
)


@settings(max_examples=200, deadline=None)
@given(measures=anything | st.dictionaries(
    st.sampled_from(("psfs", "lefs_total", "faam_adl_percent", "faam_sports_percent", "x")),
    anything,
))  # fmt: skip
def test_any_measures_are_accepted_or_refused_under_measures(measures: object) -> None:
    """Validation never raises anything but the refusal, and every problem is under
    `measures`: nothing a measure holds can disturb the rest of the document."""
    problems: tuple[Problem, ...] = ()
    try:
        parse_intake(document({"measures": measures}))
    except IntakeInvalid as invalid:
        problems = invalid.problems or (Problem("?", "refused without a problem"),)
    assert all(problem.path.startswith("measures") for problem in problems)
