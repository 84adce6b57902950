"""Which exercises an intake or a follow-up's stage gives: one table row per combination of
flags and answers, the codes written out by hand from choice.py's rules (not from its
tables), and a property over every referral flag of the newest rule set."""

from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from intake_documents import document

from clinic_app.exercises.catalogue import CATALOGUE, Exercise
from clinic_app.exercises.choice import MAX_EXERCISES, ExerciseChoice, choose_exercises
from clinic_app.exercises.codes import EXERCISE_CODES
from clinic_app.intake import parse_intake
from clinic_app.rules import Assessment, Flag, assess
from clinic_app.rules.engine import rule_set

STRETCHES = ("calf_stretch_straight", "calf_stretch_bent")
GENTLE_SET = (
    "calf_stretch_straight",
    "calf_stretch_bent",
    "arch_stretch",
    "ankle_circles",
    "ball_roll",
)
NOT_GENTLE = {
    "towel_curls",
    "marble_pickup",
    "short_foot",
    "calf_raise_straight",
    "calf_raise_bent",
    "single_leg_balance",
}
HEEL = {"symptoms.locations": ["heel"], "symptoms.first_step_morning_pain": True}

# (id, intake overrides, plan_stage, expected codes in print order, gentle_only, withheld)
ROWS: list[tuple[str, dict[str, object], int | None, tuple[str, ...], bool, bool]] = [
    (
        "no flag: the general set",
        {},
        None,
        (*STRETCHES, "towel_curls", "short_foot", "calf_raise_straight", "calf_raise_bent"),
        False,
        False,
    ),
    (
        "clinician-only flag changes nothing",
        {"history.irregular_periods": True},
        None,
        (*STRETCHES, "towel_curls", "short_foot", "calf_raise_straight", "calf_raise_bent"),
        False,
        False,
    ),
    (
        "plantar heel pain",
        HEEL,
        None,
        (*STRETCHES, "arch_stretch", "ball_roll", "towel_curls", "short_foot"),
        False,
        False,
    ),
    (
        "plantar heel pain with diabetes (no red foot)",
        {**HEEL, "history.diabetes": True},
        None,
        (*STRETCHES, "arch_stretch", "ball_roll", "towel_curls", "short_foot"),
        False,
        False,
    ),
    (
        "not yet running: foot strength and stretches",
        {},
        0,
        (*STRETCHES, "arch_stretch", "towel_curls", "marble_pickup", "short_foot"),
        False,
        False,
    ),
    (
        "not yet running with neuropathy: no marbles, ankle circles instead",
        {"history.peripheral_neuropathy": True},
        0,
        (*STRETCHES, "arch_stretch", "ankle_circles", "towel_curls", "short_foot"),
        False,
        False,
    ),
    (
        "stage 2: calf raises and balance join",
        {},
        2,
        (
            "calf_stretch_straight",
            "towel_curls",
            "short_foot",
            "calf_raise_straight",
            "calf_raise_bent",
            "single_leg_balance",
        ),
        False,
        False,
    ),
    (
        "stage 6",
        {},
        6,
        (*STRETCHES, "short_foot", "calf_raise_straight", "calf_raise_bent", "single_leg_balance"),
        False,
        False,
    ),
    (
        "stage 8 with plantar heel pain: arch first",
        HEEL,
        8,
        (
            "arch_stretch",
            "ball_roll",
            "short_foot",
            "calf_raise_straight",
            "calf_raise_bent",
            "single_leg_balance",
        ),
        False,
        False,
    ),
    (
        "a soon referral: gentle only",
        {"symptoms.numbness_or_tingling": True},
        None,
        GENTLE_SET,
        True,
        False,
    ),
    (
        "a referral at stage 5: still gentle only",
        {"symptoms.numbness_or_tingling": True},
        5,
        GENTLE_SET,
        True,
        False,
    ),
    (
        "a referral with plantar heel pain",
        {**HEEL, "symptoms.numbness_or_tingling": True},
        None,
        GENTLE_SET,
        True,
        False,
    ),
    (
        "Achilles may be weak: no stretches",
        {"symptoms.locations": ["achilles"], "history.fluoroquinolone_recent": True},
        None,
        ("ankle_circles", "ball_roll"),
        True,
        False,
    ),
    (
        "possible infection: no ball roll",
        {"symptoms.fever": True, "symptoms.redness": True},
        None,
        (*STRETCHES, "arch_stretch", "ankle_circles"),
        True,
        False,
    ),
    (
        "spreading redness: no ball roll",
        {"symptoms.redness_spreading": True},
        None,
        (*STRETCHES, "arch_stretch", "ankle_circles"),
        True,
        False,
    ),
    (
        "red foot with diabetes: no ball roll",
        {"history.diabetes": True, "symptoms.warmth": True},
        None,
        (*STRETCHES, "arch_stretch", "ankle_circles"),
        True,
        False,
    ),
    (
        "wound with neuropathy, not yet running: no ball roll",
        {"history.peripheral_neuropathy": True, "symptoms.open_wound": True},
        0,
        (*STRETCHES, "arch_stretch", "ankle_circles"),
        True,
        False,
    ),
    (
        "possible stress fracture: seated work only",
        {"symptoms.bone_point_tenderness": True},
        None,
        ("arch_stretch", "ankle_circles"),
        True,
        False,
    ),
    (
        "cannot bear weight: seated work only",
        {"symptoms.weight_bearing": "unable"},
        None,
        ("arch_stretch", "ankle_circles"),
        True,
        False,
    ),
    (
        "Ottawa ankle: keep it still",
        {
            "symptoms.injury": "twist",
            "symptoms.locations": ["ankle"],
            "symptoms.bone_point_tenderness": True,
        },
        None,
        (),
        True,
        False,
    ),
    (
        "a snap at the heel: keep it still",
        {"symptoms.injury": "pop", "symptoms.locations": ["achilles"]},
        None,
        (),
        True,
        False,
    ),
    ("emergency: withheld", {"symptoms.foot_colour": "mottled"}, None, (), True, True),
    (
        "emergency with plantar heel pain at stage 3: withheld",
        {**HEEL, "symptoms.foot_colour": "blue", "symptoms.numbness_or_tingling": True},
        3,
        (),
        True,
        True,
    ),
]


@pytest.mark.parametrize(
    ("overrides", "stage", "codes", "gentle_only", "withheld"),
    [pytest.param(*row[1:], id=row[0]) for row in ROWS],
)
def test_the_exercises_chosen_for_each_combination(
    overrides: dict[str, object],
    stage: int | None,
    codes: tuple[str, ...],
    gentle_only: bool,
    withheld: bool,
) -> None:
    intake = parse_intake(document(overrides))
    choice = choose_exercises(intake, assess(intake), plan_stage=stage)
    assert choice == ExerciseChoice(codes, gentle_only, withheld)  # type: ignore[arg-type]


def test_every_code_is_in_the_catalogue_and_only_stretches_circles_and_rolls_are_gentle() -> None:
    assert tuple(CATALOGUE) == EXERCISE_CODES
    assert all(isinstance(exercise, Exercise) for exercise in CATALOGUE.values())
    assert {code for code, exercise in CATALOGUE.items() if not exercise.gentle} == NOT_GENTLE
    assert {exercise.kind for exercise in CATALOGUE.values()} == set(
        get_args(Exercise.__annotations__["kind"])
    )


def test_a_follow_up_flag_leaves_the_stage_set_as_it_is() -> None:
    """worse_since_last_visit puts a visit in the review queue; it is not a referral."""
    intake = parse_intake(document())
    worse = Flag("worse_since_last_visit", "follow_up", "soon", "Worse", (), "Review", "—", False)
    choice = choose_exercises(intake, Assessment("2027.1", (worse,)), plan_stage=6)
    assert not choice.gentle_only
    assert "calf_raise_bent" in choice.codes


@pytest.mark.parametrize("stage", [-1, 9])
def test_a_stage_outside_the_plan_is_refused(stage: int) -> None:
    intake = parse_intake(document())
    with pytest.raises(ValueError, match="plan_stage"):
        choose_exercises(intake, assess(intake), plan_stage=stage)


REFERRAL_RULES = tuple(rule for rule in rule_set("2027.1").rules if rule.kind == "referral")
INTAKES = (
    parse_intake(document()),
    parse_intake(document(HEEL)),
    parse_intake(document({"history.diabetes": True, "symptoms.locations": ["ankle"]})),
)


@settings(max_examples=300, deadline=None)
@given(
    rules=st.sets(st.sampled_from(REFERRAL_RULES), min_size=1),
    advice=st.booleans(),
    stage=st.none() | st.integers(0, 8),
    which=st.integers(0, len(INTAKES) - 1),
)
def test_no_strength_or_balance_work_while_any_referral_is_open(
    rules: set[object], advice: bool, stage: int | None, which: int
) -> None:
    intake = INTAKES[which]
    flags = [rule.flag(intake, ("test = true",)) for rule in REFERRAL_RULES if rule in rules]
    if advice:
        flags += list(assess(parse_intake(document(HEEL))).flags)
    choice = choose_exercises(intake, Assessment("2027.1", tuple(flags)), plan_stage=stage)
    assert choice.gentle_only
    assert not set(choice.codes) & NOT_GENTLE
    assert choice.withheld == any(flag.urgency == "emergency" for flag in flags)
    assert len(choice.codes) <= MAX_EXERCISES
    assert choice.codes == tuple(code for code in EXERCISE_CODES if code in choice.codes)
    if choice.withheld:
        assert choice.codes == ()


@settings(max_examples=100, deadline=None)
@given(stage=st.none() | st.integers(0, 8), which=st.integers(0, len(INTAKES) - 1))
def test_without_a_referral_there_are_always_a_few_exercises_at_most_six(
    stage: int | None, which: int
) -> None:
    intake = INTAKES[which]
    choice = choose_exercises(intake, assess(intake), plan_stage=stage)
    assert not choice.gentle_only
    assert 4 <= len(choice.codes) <= MAX_EXERCISES
