"""The figures the handout quotes: next week's ceiling and how worn the shoes are."""

import pytest
from intake_documents import document

from clinic_app.intake import parse_intake
from clinic_app.rules import RuleSettings, assess
from clinic_app.rules.measures import as_percent, next_week_ceiling, shoe_wear


@pytest.mark.parametrize(
    ("previous", "unit", "limit", "ceiling"),
    [
        pytest.param(35, "km", 0.10, 38.5, id="35km"),
        pytest.param(20.5, "km", 0.10, 22.6, id="tie-22.55-rounds-up"),
        pytest.param(12.4, "mi", 0.10, 13.6, id="12.4mi"),
        pytest.param(33.3, "km", 0.10, 36.6, id="36.63-rounds-down"),
        pytest.param(40, "km", 0.20, 48.0, id="clinic-limit-20pc"),
    ],
)
def test_next_week_ceiling_is_the_usual_load_plus_the_limit_to_one_decimal(
    previous: float, unit: str, limit: float, ceiling: float
) -> None:
    intake = parse_intake(
        document(
            {
                "running.previous_weekly_distance": previous,
                "running.weekly_distance": previous * 2,
                "running.distance_unit": unit,
            }
        )
    )
    assert next_week_ceiling(intake, RuleSettings(max_weekly_increase=limit)) == ceiling


def test_no_ceiling_without_a_usual_load() -> None:
    for previous in (None, 0):
        intake = parse_intake(document({"running.previous_weekly_distance": previous}))
        assert next_week_ceiling(intake, RuleSettings()) is None


@pytest.mark.parametrize(
    ("distance", "unit", "worn", "expected"),
    [
        pytest.param(299.9, "mi", False, None, id="299.9mi"),
        pytest.param(300, "mi", False, "check", id="300mi"),
        pytest.param(499.9, "mi", False, "check", id="499.9mi"),
        pytest.param(500, "mi", False, "replace", id="500mi"),
        pytest.param(482.7, "km", False, None, id="482.7km"),
        pytest.param(482.8, "km", False, "check", id="482.8km"),
        pytest.param(804.6, "km", False, "check", id="804.6km"),
        pytest.param(804.7, "km", False, "replace", id="804.7km"),
        pytest.param(100, "km", True, "replace", id="cushioning-worn"),
        pytest.param(None, "km", True, "replace", id="cushioning-worn-no-distance"),
        pytest.param(None, "km", False, None, id="nothing-known"),
    ],
)
def test_shoe_wear_uses_the_guide_in_the_patients_unit(
    distance: float | None, unit: str, worn: bool, expected: str | None
) -> None:
    intake = parse_intake(
        document(
            {
                "running.shoe_distance": distance,
                "running.distance_unit": unit,
                "running.shoe_cushioning_worn": worn,
            }
        )
    )
    assert shoe_wear(intake) == expected


@pytest.mark.parametrize(
    ("fraction", "shown"),
    [(0.1, "10"), (0.37142857, "37.1"), (0.5, "50"), (0.0999, "10"), (1.0, "100")],
)
def test_percent_is_shown_to_one_decimal_at_most(fraction: float, shown: str) -> None:
    assert as_percent(fraction) == shown


@pytest.mark.parametrize(
    ("fraction", "limit", "shown"),
    [(0.1001, 0.10, "10.01"), (0.10000001, 0.10, "10.000001"), (0.1049, 0.10, "10.5")],
)
def test_a_rise_over_the_limit_is_never_shown_as_the_limit(
    fraction: float, limit: float, shown: str
) -> None:
    assert as_percent(fraction, above=limit) == shown


def test_stress_fracture_and_load_evidence_show_a_rise_just_over_the_limit() -> None:
    intake = parse_intake(
        document({"running.previous_weekly_distance": 100, "running.weekly_distance": 110.01})
    )
    (load,) = [flag for flag in assess(intake).flags if flag.code == "load_spike"]
    assert "running.weekly_distance = 110.01 (up 10.01 %)" in load.evidence
