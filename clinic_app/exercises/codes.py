"""The exercises the sheets name, by code: the one list the drawings, the texts and the
choice all follow, in the order a sheet prints them (stretches first, then strength, then
balance)."""

from typing import Literal, get_args

ExerciseCode = Literal[
    "calf_stretch_straight",
    "calf_stretch_bent",
    "arch_stretch",
    "ankle_circles",
    "ball_roll",
    "towel_curls",
    "marble_pickup",
    "short_foot",
    "calf_raise_straight",
    "calf_raise_bent",
    "single_leg_balance",
]
EXERCISE_CODES: tuple[ExerciseCode, ...] = get_args(ExerciseCode)
