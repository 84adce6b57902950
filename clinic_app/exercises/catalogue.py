"""What each exercise is, in the terms the choice of exercises needs: its kind, and whether
it is gentle enough to do while a referral is open.

"Gentle" is the clinical judgement the sheet rests on: a stretch, ankle circles and rolling
a ball under the arch put little load through the foot and can be stopped the moment they
hurt, so they may be done while the patient waits to be seen; strength and balance work
loads tendons and bones that a clinician has not yet checked, so it waits for them.
"""

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from clinic_app.exercises.codes import EXERCISE_CODES, ExerciseCode

ExerciseKind = Literal["stretch", "mobility", "massage", "strength", "balance"]


@dataclass(frozen=True)
class Exercise:
    """One exercise of the catalogue; the words and the drawing live elsewhere, by code."""

    code: ExerciseCode
    kind: ExerciseKind
    gentle: bool
    """May be done while a referral flag is open (before a clinician has seen the foot)."""


GENTLE_KINDS: frozenset[ExerciseKind] = frozenset({"stretch", "mobility", "massage"})
"""The kinds that load the foot little and stop the moment they hurt."""

_KINDS: dict[ExerciseCode, ExerciseKind] = {
    "calf_stretch_straight": "stretch",
    "calf_stretch_bent": "stretch",
    "arch_stretch": "stretch",
    "ankle_circles": "mobility",
    "ball_roll": "massage",
    "towel_curls": "strength",
    "marble_pickup": "strength",
    "short_foot": "strength",
    "calf_raise_straight": "strength",
    "calf_raise_bent": "strength",
    "single_leg_balance": "balance",
}

CATALOGUE: dict[ExerciseCode, Exercise] = {
    code: Exercise(code, _KINDS[code], _KINDS[code] in GENTLE_KINDS) for code in EXERCISE_CODES
}
"""Every exercise by code, in print order (EXERCISE_CODES)."""

GENTLE: frozenset[ExerciseCode] = frozenset(
    code for code, exercise in CATALOGUE.items() if exercise.gentle
)
"""The codes that may be given while a referral is open."""


def in_print_order(codes: Collection[ExerciseCode]) -> tuple[ExerciseCode, ...]:
    """The codes in the order a sheet prints them (stretches, then strength, then balance)."""
    return tuple(code for code in EXERCISE_CODES if code in codes)
