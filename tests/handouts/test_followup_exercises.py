"""The exercise sheet of a follow-up visit: the strength work that goes with the visit's
place on the way back to running (follow-ups.md), read back from real PDFs.

Each course is the baseline intake and one follow-up; the stage each gets is worked out
by hand from follow-ups.md (walk-run with no earlier stage and pain at most 2: stage 2;
easy running: stage 6; not running and not ready: no stage, strength work instead).
"""

from collections.abc import Callable
from datetime import date

import pytest
from follow_up_documents import course

from clinic_app.exercises.choice import LAST_STAGE, NOT_YET_RUNNING
from clinic_app.followups import assess_follow_up, plans
from clinic_app.handouts.exercise_render import render_exercise_sheet
from clinic_app.handouts.exercise_sheet import build_followup_exercise_sheet, follow_up_stage
from clinic_app.handouts.text import handout_text

EN = handout_text("en")
PRINTED = date(2026, 11, 27)


def name(code: str) -> str:
    return EN(f"exercises.{code}.name")


# (id, intake overrides, follow-up overrides, stage expected, printed, not printed)
CASES: list[tuple[str, dict[str, object], dict[str, object], int, set[str], set[str]]] = [
    (
        "walk-run, stage 2: calf raises and balance",
        {},
        {"running.status": "walk_run"},
        2,
        {"calf_raise_straight", "calf_raise_bent", "single_leg_balance", "towel_curls"},
        {"marble_pickup", "ball_roll"},
    ),
    (
        "easy running, stage 6",
        {},
        {"running.status": "easy_running"},
        6,
        {"calf_raise_bent", "single_leg_balance", "calf_stretch_bent"},
        {"towel_curls", "marble_pickup"},
    ),
    (
        "full training: the last stage's set",
        {},
        {"running.status": "full_training"},
        LAST_STAGE,
        {"calf_raise_straight", "single_leg_balance"},
        {"marble_pickup"},
    ),
    (
        "not ready to run: foot strength first, no calf raises",
        {},
        {"running.status": "not_running", "symptoms.pain_now": 4},
        NOT_YET_RUNNING,
        {"towel_curls", "marble_pickup", "short_foot", "arch_stretch"},
        {"calf_raise_straight", "calf_raise_bent", "single_leg_balance"},
    ),
    (
        "not ready, neuropathy at the intake: no marbles",
        {"history.peripheral_neuropathy": True},
        {"running.status": "not_running", "symptoms.pain_now": 4},
        NOT_YET_RUNNING,
        {"towel_curls", "short_foot", "ankle_circles"},
        {"marble_pickup", "calf_raise_straight"},
    ),
    (
        "a referral at the visit: gentle only",
        {},
        {"running.status": "easy_running", "symptoms.numbness_or_tingling": True},
        NOT_YET_RUNNING,
        {"calf_stretch_straight", "ankle_circles", "ball_roll"},
        {"calf_raise_straight", "single_leg_balance", "short_foot", "towel_curls"},
    ),
]


@pytest.mark.parametrize(
    ("intake", "visit", "stage", "printed", "left_out"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_a_follow_up_gets_the_exercises_of_its_stage(
    pdf_text: Callable[[bytes], str],
    intake: dict[str, object],
    visit: dict[str, object],
    stage: int,
    printed: set[str],
    left_out: set[str],
) -> None:
    walking = course(intake, visit)
    follow_up = walking.follow_ups[-1]
    plan = plans(walking)[-1]
    assert follow_up_stage(follow_up, plan) == stage
    sheet = build_followup_exercise_sheet(
        walking, follow_up, assess_follow_up(walking, follow_up), plan, printed_on=PRINTED
    )
    text = pdf_text(render_exercise_sheet(sheet))
    for code in printed:
        assert name(code) in text, code
    for code in left_out:
        assert name(code) not in text, code
    referral = "symptoms.numbness_or_tingling" in visit
    assert (EN("exercises.gentle") in text) == referral
    assert "For Test Patient" in text
