"""`RuleSettings.to_json` / `from_json`: the thresholds stored beside every assessment.

Databases already hold this JSON for every intake ever assessed, so the round trip is
checked against the text the app has always written, not only against itself.
"""

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clinic_app.rules.settings import MAX_PERSISTENT_PAIN_DAYS, MAX_WEEKLY_INCREASE, RuleSettings

# What intakes.submit stored before RuleSettings could say it itself (json.dumps of a
# hand-built dict), for the defaults and for a clinic that changed both thresholds.
STORED_BEFORE = {
    '{"persistent_pain_days": 3, "max_weekly_increase": 0.1}': RuleSettings(),
    '{"persistent_pain_days": 10, "max_weekly_increase": 0.25}': RuleSettings(10, 0.25),
    '{"persistent_pain_days": 0, "max_weekly_increase": 0.0}': RuleSettings(0, 0.0),
}


@given(
    days=st.integers(0, MAX_PERSISTENT_PAIN_DAYS),
    increase=st.floats(0, MAX_WEEKLY_INCREASE, allow_nan=False) | st.integers(0, 10),
)
def test_the_thresholds_come_back_as_they_went(days: int, increase: float) -> None:
    settings = RuleSettings(persistent_pain_days=days, max_weekly_increase=increase)

    text = json.dumps(settings.to_json())
    back = RuleSettings.from_json(json.loads(text))

    assert back == settings
    assert type(back.max_weekly_increase) is type(increase)  # an int stays an int
    assert json.dumps(back.to_json()) == text


@pytest.mark.parametrize(("stored", "settings"), STORED_BEFORE.items())
def test_the_stored_shape_is_the_one_databases_already_hold(
    stored: str, settings: RuleSettings
) -> None:
    assert RuleSettings.from_json(json.loads(stored)) == settings
    assert json.dumps(settings.to_json()) == stored  # byte for byte


def test_keys_it_does_not_know_are_left_alone() -> None:
    stored = {"persistent_pain_days": 5, "max_weekly_increase": 0.2, "later": True}
    assert RuleSettings.from_json(stored) == RuleSettings(5, 0.2)


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (None, "JSON object"),
        ([3, 0.1], "JSON object"),
        ({"persistent_pain_days": 3}, "lack max_weekly_increase"),
        ({}, "lack persistent_pain_days, max_weekly_increase"),
        ({"persistent_pain_days": "3", "max_weekly_increase": 0.1}, "persistent_pain_days"),
        ({"persistent_pain_days": 3, "max_weekly_increase": -1}, "max_weekly_increase"),
    ],
)
def test_damaged_thresholds_are_a_value_error_that_says_what(data: Any, said: str) -> None:
    with pytest.raises(ValueError, match=said):
        RuleSettings.from_json(data)
