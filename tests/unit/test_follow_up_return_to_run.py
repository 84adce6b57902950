"""The way back to running (follow-ups.md): the eight stages and the stage each visit gives,
at every branch and boundary."""

import pytest
from follow_up_documents import course, follow_up
from hypothesis import given, settings
from hypothesis import strategies as st

from clinic_app.followups import STAGES, ReturnToRun, plans, stage_for
from clinic_app.followups.fields import READINESS_CHECKS

ALL_READY = {f"measures.readiness.{check}": True for check in READINESS_CHECKS}


def plan(
    overrides: dict[str, object], *, earlier: int | None = None, referral: bool = False
) -> ReturnToRun:
    return stage_for(follow_up(overrides), earlier_stage=earlier, referral=referral)


def test_the_stage_table_is_follow_ups_md() -> None:
    assert [(stage.number, stage.session) for stage in STAGES] == [
        (1, "1 min run, 1 min walk, × 10"),
        (2, "2 min run, 1 min walk, × 7"),
        (3, "4 min run, 1 min walk, × 5"),
        (4, "6 min run, 1 min walk, × 4"),
        (5, "9 min run, 1 min walk, × 3"),
        (6, "13 min run, 1 min walk, × 2"),
        (7, "25 min continuous"),
        (8, "30 min continuous, then add distance by no more than the clinic's weekly limit"),
    ]
    for stage in STAGES[:6]:
        assert stage.session == (
            f"{stage.run_minutes} min run, {stage.walk_minutes} min walk, × {stage.repeats}"
        )


@pytest.mark.parametrize("status", ["not_running", "walk_run", "easy_running", "full_training"])
def test_a_referral_flag_replaces_the_plan(status: str) -> None:
    made = plan(
        {"running.status": status, **ALL_READY, "symptoms.pain_now": 0}, earlier=4, referral=True
    )
    assert made.to_json() == {"stage": None, "ready": False, "missing": []}


# --- not_running: readiness gates it ---


@pytest.mark.parametrize(("pain", "stage"), [(0, 1), (2, 1), (3, None)])
def test_not_running_and_every_check_true_gives_stage_1_when_pain_is_at_most_2(
    pain: int, stage: int | None
) -> None:
    made = plan({"running.status": "not_running", **ALL_READY, "symptoms.pain_now": pain})
    expected = {"stage": 1, "ready": True, "missing": []} if stage else {
        "stage": None, "ready": False, "missing": ["pain_now"]}  # fmt: skip
    assert made.to_json() == expected


def test_not_running_without_checks_lists_every_check_missing() -> None:
    made = plan({"running.status": "not_running", "symptoms.pain_now": 2})
    assert made.to_json() == {"stage": None, "ready": False, "missing": list(READINESS_CHECKS)}


@pytest.mark.parametrize("check", READINESS_CHECKS)
@pytest.mark.parametrize("value", [False, None])
def test_one_check_false_or_not_done_holds_it_back(check: str, value: bool | None) -> None:
    """A null check counts as not done."""
    made = plan(
        {"running.status": "not_running", **ALL_READY, f"measures.readiness.{check}": value}
    )
    assert made.to_json() == {"stage": None, "ready": False, "missing": [check]}


def test_not_running_missing_lists_the_checks_then_pain() -> None:
    made = plan(
        {
            "running.status": "not_running",
            "measures.readiness.hop_10_pain_free": True,
            "measures.readiness.calf_raises_20": False,
            "symptoms.pain_now": 3,
        }
    )
    assert made.missing == ("walk_30_min_pain_free", "calf_raises_20", "no_pain_next_morning",
                             "pain_now")  # fmt: skip


def test_not_running_ignores_an_earlier_stage() -> None:
    assert plan({"running.status": "not_running", **ALL_READY}, earlier=5).stage == 1


# --- walk_run: the stage after the latest earlier one ---


@pytest.mark.parametrize(
    ("pain", "earlier", "stage"),
    [
        (2, None, 2),  # no earlier stage, pain fine: start at 2
        (3, None, 1),  # no earlier stage, pain above 2: stage 1
        (0, 3, 4),
        (2, 3, 4),
        (3, 3, 2),
        (2, 7, 8),
        (2, 8, 8),  # at most 8
        (3, 1, 1),  # not below 1
        (3, 2, 1),
        (10, 8, 7),
    ],
)
def test_walk_run_moves_on_or_drops_back(pain: int, earlier: int | None, stage: int) -> None:
    made = plan({"running.status": "walk_run", "symptoms.pain_now": pain}, earlier=earlier)
    assert made.to_json() == {"stage": stage, "ready": True, "missing": []}


def test_readiness_gates_not_running_only() -> None:
    assert (
        plan({"running.status": "walk_run", "measures.readiness.hop_10_pain_free": False}).stage
        == 2
    )


@pytest.mark.parametrize("pain", [0, 3, 10])
def test_easy_running_is_stage_6_and_full_training_has_no_stage(pain: int) -> None:
    assert plan({"running.status": "easy_running", "symptoms.pain_now": pain}, earlier=2).stage == 6
    full = plan({"running.status": "full_training", "symptoms.pain_now": pain}, earlier=2)
    assert full.to_json() == {"stage": None, "ready": True, "missing": []}


# --- Over a course: the latest earlier visit that had a stage ---


def test_plans_follow_the_latest_earlier_stage_skipping_visits_without_one() -> None:
    c = course(
        {},
        {"visit_date": "2026-11-27", "running.status": "walk_run"},  # 2
        {"visit_date": "2026-12-04", "running.status": "walk_run"},  # 3
        {"visit_date": "2026-12-11", "running.status": "full_training"},  # none
        # A referral flag (cannot walk normally): no stage, and no step back either.
        {"visit_date": "2026-12-18", "running.status": "walk_run",
         "symptoms.weight_bearing": "difficult"},
        {"visit_date": "2026-12-25", "running.status": "walk_run"},  # after 3: 4
        {"visit_date": "2027-01-01", "running.status": "walk_run", "symptoms.pain_now": 3},  # 3
    )  # fmt: skip
    assert [made.stage for made in plans(c)] == [2, 3, None, None, 4, 3]


def test_a_follow_up_flag_does_not_replace_the_plan() -> None:
    # Pain 2 points up on the intake's: worse_since_last_visit fires; the plan still goes on.
    c = course({"symptoms.pain_now": 0}, {"running.status": "walk_run", "symptoms.pain_now": 2})
    assert plans(c)[0].stage == 2


# --- Properties over any course ---

STATUSES = ("not_running", "walk_run", "easy_running", "full_training")


@st.composite
def visits(draw: st.DrawFn) -> list[dict[str, object]]:
    count = draw(st.integers(1, 8))
    return [
        {
            "visit_date": f"2026-12-{day + 1:02d}",
            "running.status": draw(st.sampled_from(STATUSES)),
            "symptoms.pain_now": draw(st.integers(0, 10)),
            "symptoms.weight_bearing": draw(st.sampled_from(("normal", "normal", "difficult"))),
            **{f"measures.readiness.{check}": draw(st.sampled_from((True, True, False, None)))
               for check in READINESS_CHECKS},
        }
        for day in range(count)
    ]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(drawn=visits())
def test_every_plan_is_a_stage_of_the_table_and_walk_run_moves_one_step(
    drawn: list[dict[str, object]],
) -> None:
    given_plans = plans(course({}, *drawn))
    earlier: int | None = None
    for overrides, made in zip(drawn, given_plans, strict=True):
        assert made.stage is None or 1 <= made.stage <= 8
        assert made.ready == (made.stage is not None or (
            overrides["running.status"] == "full_training"
            and overrides["symptoms.weight_bearing"] == "normal"))  # fmt: skip
        assert (made.missing != ()) == (
            overrides["running.status"] == "not_running"
            and overrides["symptoms.weight_bearing"] == "normal"
            and made.stage is None
        )
        if overrides["symptoms.weight_bearing"] == "difficult":  # a referral flag
            assert made.stage is None
        elif overrides["running.status"] == "walk_run" and earlier is not None:
            assert made.stage is not None
            assert abs(made.stage - earlier) <= 1
        if made.stage is not None:
            earlier = made.stage
