"""Builds minimal valid intake documents (clinic-intake/1) for tests, with dotted-path overrides."""

import copy
from typing import Any

# The smallest document that is valid and raises no flag at all:
# - "arch" alone triggers nothing (plantar_heel_pain also needs first_step_morning_pain);
# - no onset_date and no self_care_days, so the pain has no duration, and improving is true,
#   so persistent_pain cannot fire either way;
# - no_cross_training fires whenever weekly_distance > 0 and cross_training is false, so the
#   baseline says cross_training: true. That keeps a realistic non-zero weekly_distance, and a
#   test that overrides the distances (load_spike, stress-fracture evidence) does not pick up
#   no_cross_training as a side effect. Tests of no_cross_training set cross_training: false.
_BASELINE: dict[str, Any] = {
    "format": "clinic-intake/1",
    "patient": {"first_name": "Test", "last_name": "Patient", "date_of_birth": "1990-05-01"},
    "visit_date": "2026-11-20",
    "running": {"weekly_distance": 30, "cross_training": True},
    "symptoms": {"side": "left", "locations": ["arch"], "pain_now": 2, "improving": True},
}


# intake-format.md's enumerations, typed from the specification rather than read from the
# code, so a change to the code's lists cannot quietly change what the tests expect.
SEXES = ("female", "male", "other", "unspecified")
DISTANCE_UNITS = ("km", "mi")
RECENT_CHANGES = ("distance", "intensity", "hills", "surface", "shoes", "race")
SURFACES = ("road", "concrete", "trail", "track", "treadmill", "grass", "sand")
SIDES = ("left", "right", "both")
REGIONS = (
    "heel",
    "arch",
    "ball_of_foot",
    "toes",
    "big_toe_joint",
    "top_of_foot",
    "outer_midfoot",
    "inner_midfoot",
    "achilles",
    "ankle",
)
PAIN_CHARACTERS = ("aching", "sore", "sharp", "stabbing", "burning", "throbbing", "shooting")
SWELLINGS = ("none", "mild", "significant")
WEIGHT_BEARINGS = ("normal", "painful", "difficult", "unable")
INJURIES = ("none", "twist", "fall", "impact", "pop")


def document(overrides: dict[str, object] | None = None) -> dict[str, Any]:
    """A fresh copy of the baseline with each `"section.field": value` override applied.

    A dotted path creates the objects it passes through when they are absent, so
    `{"history.diabetes": True}` works on the baseline, which has no `history`.
    """
    result = copy.deepcopy(_BASELINE)
    for path, value in (overrides or {}).items():
        *parents, leaf = path.split(".")
        target = result
        for part in parents:
            child = target.setdefault(part, {})
            if not isinstance(child, dict):
                raise TypeError(f"{path}: {part!r} is not an object in the document")
            target = child
        target[leaf] = copy.deepcopy(value)
    return result
