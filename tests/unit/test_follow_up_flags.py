"""Assessing a follow-up within its course (follow-ups.md, rules-2027.md "Follow-up flags"):
the document the rules run on, the two follow-up flags at their boundaries, their order and
what they do to referral_recommended."""

from typing import Any

import pytest
from follow_up_documents import course, follow_up
from intake_documents import document as intake_document

from clinic_app.followups import (
    FOLLOW_UP_RULES,
    assess_alone,
    assess_follow_up,
    follow_up_json,
    intake_for,
    plans,
    progress_json,
)
from clinic_app.followups.flags import worse_since_last_visit
from clinic_app.intake import parse_intake
from clinic_app.rules import assess
from clinic_app.rules.model import Assessment


def newest(c: Any) -> Assessment:
    return assess_follow_up(c, c.follow_ups[-1])


def codes(assessment: Assessment) -> list[str]:
    return [flag.code for flag in assessment.flags]


# --- The document the rules run on ---


def test_patient_and_history_carry_over_from_the_intake() -> None:
    intake = parse_intake(
        intake_document({"history.diabetes": True, "patient.clinic_number": "P-1"})
    )
    made = intake_for(follow_up({"symptoms.open_wound": True}), intake)
    assert made.patient == intake.patient
    assert made.history == intake.history
    assert made.visit_date.isoformat() == "2026-11-27"
    # The carried-over history makes 2027.1's diabetic_foot_wound fire on the new wound.
    assert "diabetic_foot_wound" in codes(assess(made))


def test_the_intakes_onset_and_running_answers_do_not_carry_over() -> None:
    intake = parse_intake(
        intake_document(
            {
                "symptoms.onset_date": "2026-10-01",
                "symptoms.improving": False,
                "running.previous_weekly_distance": 10,
                "running.shoe_distance": 900,
            }
        )
    )
    made = intake_for(
        follow_up({"symptoms.improving": False, "running.weekly_distance": 40}), intake
    )
    assert made.symptoms.onset_date is None
    assert made.running.weekly_distance == 40
    assert made.running.previous_weekly_distance is None
    assert made.running.shoe_distance is None
    assert "persistent_pain" not in codes(assess(made))


def test_the_follow_ups_own_onset_is_used_when_given() -> None:
    made = intake_for(
        follow_up({"symptoms.onset_date": "2026-11-01", "symptoms.improving": False}),
        parse_intake(intake_document()),
    )
    assert made.days_since_onset == 26
    assert "persistent_pain" in codes(assess(made))


def test_the_running_fields_the_intake_has_come_from_the_follow_up() -> None:
    made = intake_for(
        follow_up({"running.distance_unit": "mi", "running.weekly_distance": 12.5,
                   "running.longest_run_minutes": 40})
    )  # fmt: skip
    assert (made.running.distance_unit, made.running.weekly_distance) == ("mi", 12.5)
    # The intake's defaults fill the rest: cross_training false, so with a distance the
    # advice no_cross_training fires as for any intake that did not answer it.
    assert "no_cross_training" in codes(assess(made))


def test_alone_the_follow_ups_own_patient_stands_in_and_no_history_is_known() -> None:
    alone = follow_up({"patient.clinic_number": "P-9"})
    made = intake_for(alone)
    assert made.patient.clinic_number == "P-9"
    assert made.history == parse_intake(intake_document()).history


# --- worse_since_last_visit: pain 2 or more above the previous visit ---


@pytest.mark.parametrize(("before", "now", "fires"), [(3, 5, True), (3, 4, False), (0, 10, True),
                                                      (5, 3, False), (3, 3, False)])  # fmt: skip
def test_worse_since_last_visit_at_plus_two(before: int, now: int, fires: bool) -> None:
    c = course({"symptoms.pain_now": before}, {"symptoms.pain_now": now})
    assert ("worse_since_last_visit" in codes(newest(c))) is fires


def test_worse_compares_with_the_previous_visit_not_the_first() -> None:
    c = course(
        {"symptoms.pain_now": 1},
        {"visit_date": "2026-11-27", "symptoms.pain_now": 4},
        {"visit_date": "2026-12-04", "symptoms.pain_now": 5},
    )
    assert "worse_since_last_visit" not in codes(newest(c))  # 4 → 5
    assert "worse_since_last_visit" in codes(assess_follow_up(c, c.follow_ups[0]))  # 1 → 4


def test_worse_cites_both_pains() -> None:
    c = course({"symptoms.pain_now": 2}, {"symptoms.pain_now": 4})
    (flag,) = [flag for flag in newest(c).flags if flag.code == "worse_since_last_visit"]
    assert flag.evidence == ("symptoms.pain_now = 4 (2 at the previous visit, 2026-11-20: up 2)",)
    assert (flag.kind, flag.urgency) == ("follow_up", "soon")
    assert flag.source.startswith("NPRS minimal important change")


# --- no_meaningful_change: 42 days on, nothing improved by its MIC ---


def late(days: int) -> str:
    from datetime import date, timedelta

    return (date(2026, 11, 20) + timedelta(days=days)).isoformat()


@pytest.mark.parametrize(("days", "fires"), [(41, False), (42, True), (90, True)])
def test_no_meaningful_change_from_42_days(days: int, fires: bool) -> None:
    c = course({"symptoms.pain_now": 3}, {"visit_date": late(days), "symptoms.pain_now": 2})
    assert ("no_meaningful_change" in codes(newest(c))) is fires


@pytest.mark.parametrize(
    ("first", "this", "fires"),
    [
        ({"symptoms.pain_now": 4}, {"symptoms.pain_now": 2}, False),  # NPRS fell by 2
        ({"symptoms.pain_now": 4}, {"symptoms.pain_now": 3}, True),
        ({"measures.lefs_total": 40}, {"measures.lefs_total": 49}, False),
        ({"measures.lefs_total": 40}, {"measures.lefs_total": 48}, True),
        ({"measures.faam_adl_percent": 2.6}, {"measures.faam_adl_percent": 10.6}, False),
        ({"measures.faam_sports_percent": 50}, {"measures.faam_sports_percent": 58.9}, True),
        (
            {"measures.psfs": [{"activity": "Stairs ", "score": 3}]},
            {"measures.psfs": [{"activity": "stairs", "score": 5}]},
            False,
        ),
        (
            {"measures.psfs": [{"activity": "stairs", "score": 3}]},
            {"measures.psfs": [{"activity": "running", "score": 9}]},  # no activity in common
            True,
        ),
        # Recorded at this visit only: not a measure to judge by, so it cannot stop the flag.
        ({}, {"measures.lefs_total": 80}, True),
    ],
)
def test_any_measure_improved_by_its_mic_stops_it(
    first: dict[str, object], this: dict[str, object], fires: bool
) -> None:
    c = course({"symptoms.pain_now": 2, **first},
               {"visit_date": late(42), "symptoms.pain_now": 2, **this})  # fmt: skip
    assert ("no_meaningful_change" in codes(newest(c))) is fires


def test_no_meaningful_change_compares_with_the_first_visit_not_between() -> None:
    c = course(
        {"measures.lefs_total": 40},
        {"visit_date": late(20), "measures.lefs_total": 60},  # improved then, since lost
        {"visit_date": late(50), "measures.lefs_total": 45},
    )
    assert "no_meaningful_change" in codes(newest(c))


def test_no_meaningful_change_cites_the_days_and_each_measure() -> None:
    c = course(
        {"symptoms.pain_now": 4, "measures.psfs": [{"activity": "stairs", "score": 3}],
         "measures.lefs_total": 40},
        {"visit_date": late(42), "symptoms.pain_now": 3, "measures.lefs_total": 45,
         "measures.psfs": [{"activity": "stairs", "score": 4}, {"activity": "hops", "score": 0}]},
    )  # fmt: skip
    (flag,) = [flag for flag in newest(c).flags if flag.code == "no_meaningful_change"]
    assert flag.evidence == (
        "visit_date = 2027-01-01 (42 days after the first visit, 2026-11-20)",
        "symptoms.pain_now = 3 (4 at the first visit: change -1; a fall of 2 is meaningful)",
        "measures.psfs = 2 (mean; change +1 on the 1 activity rated at both this and the "
        "first visit; a rise of 2 is meaningful)",
        "measures.lefs_total = 45 (40 at the first visit: change +5; a rise of 9 is meaningful)",
    )
    assert (flag.kind, flag.urgency) == ("follow_up", "soon")


# --- Order and consequences ---


def test_follow_up_flags_come_after_soon_referrals_and_before_advice() -> None:
    c = course(
        {"symptoms.pain_now": 1},
        {
            "visit_date": late(60),
            "symptoms.pain_now": 3,
            "symptoms.weight_bearing": "unable",  # urgent referral
            "symptoms.numbness_or_tingling": True,  # soon referral
            "running.weekly_distance": 20,  # advice: no_cross_training
        },
    )
    assert codes(newest(c)) == [
        "cannot_bear_weight",
        "numbness_tingling",
        "worse_since_last_visit",
        "no_meaningful_change",
        "no_cross_training",
    ]


def test_a_follow_up_flag_alone_recommends_referral_at_soon() -> None:
    c = course({"symptoms.pain_now": 0}, {"symptoms.pain_now": 2})
    assessment = newest(c)
    assert [flag.kind for flag in assessment.flags] == ["follow_up"]
    assert assessment.referral_recommended
    assert assessment.highest_urgency == "soon"
    assert assessment.referral_flags == ()
    assert plans(c)[0].stage == 2  # and the plan is not replaced


def test_no_flags_no_referral() -> None:
    assessment = newest(course({}, {}))
    assert (assessment.flags, assessment.referral_recommended) == ((), False)
    assert assessment.highest_urgency is None
    assert assessment.rules_version == "2027.1"


def test_rule_set_2026_1_has_no_follow_up_flags() -> None:
    c = course({"symptoms.pain_now": 0}, {"symptoms.pain_now": 5})
    assert assess_follow_up(c, c.follow_ups[0], version="2026.1").flags == ()


def test_alone_there_are_no_follow_up_flags() -> None:
    alone = follow_up({"symptoms.pain_now": 9, "symptoms.redness_spreading": True})
    assessment = assess_alone(alone)
    assert codes(assessment) == ["spreading_redness"]
    printed = follow_up_json(assessment, alone)
    assert list(printed) == ["rules_version", "referral_recommended", "highest_urgency", "flags",
                             "scores"]  # fmt: skip
    assert printed["scores"] == {"nprs": 9}


def test_the_rules_are_declared_in_the_house_style() -> None:
    assert [rule.code for rule in FOLLOW_UP_RULES] == [
        "worse_since_last_visit",
        "no_meaningful_change",
    ]
    for rule in FOLLOW_UP_RULES:
        assert rule.title
        assert rule.action.startswith("Needs a clinician's review")
        assert rule.source
    assert worse_since_last_visit.check([], follow_up()) is None


# --- The progress report of a course ---


def test_progress_json_answers_follow_ups_md() -> None:
    c = course(
        {"patient.first_name": "Maya", "patient.last_name": "Okafor",
         "patient.clinic_number": "P-10442", "symptoms.pain_now": 4},
        {"visit_date": "2026-11-27", "symptoms.pain_now": 2, "running.status": "walk_run"},
        {"visit_date": "2026-12-04", "symptoms.pain_now": 1, "running.status": "walk_run"},
    )  # fmt: skip
    assert progress_json(c) == {
        "patient": {"clinic_number": "P-10442", "name": "Maya Okafor"},
        "course": {"started": "2026-11-20", "visits": 3, "status": "open"},
        "measures": [
            {
                "measure": "nprs",
                "values": [
                    {"date": "2026-11-20", "value": 4},
                    {"date": "2026-11-27", "value": 2},
                    {"date": "2026-12-04", "value": 1},
                ],
                "change": -3,
                "mic": 2,
                "passed_mic": True,
            }
        ],
        "return_to_run": {"stage": 3, "ready": True, "missing": []},
        "flags": [],
    }


def test_progress_json_of_a_first_visit_only_has_no_plan() -> None:
    printed = progress_json(course({"symptoms.fever": True, "symptoms.redness": True}))
    assert printed["return_to_run"] is None
    assert [flag["code"] for flag in printed["flags"]] == ["possible_infection", "swelling_redness"]


def test_progress_json_flags_are_referral_and_follow_up_only() -> None:
    c = course({"symptoms.pain_now": 0}, {"symptoms.pain_now": 3, "running.weekly_distance": 5})
    printed = progress_json(c)
    assert [flag["code"] for flag in printed["flags"]] == ["worse_since_last_visit"]
    assert printed["flags"][0]["kind"] == "follow_up"
