"""Scores of one visit and progress over a course (follow-ups.md, "Progress"): values,
change latest minus earliest, MIC, in exact arithmetic, at every boundary."""

import json
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

import pytest
from follow_up_documents import course, follow_up
from hypothesis import given, settings
from hypothesis import strategies as st
from intake_documents import document as intake_document

from clinic_app.followups import Course, json_number, parse_follow_up, progress, scores_json
from clinic_app.followups.progress import measure_progress
from clinic_app.followups.scores import MEASURE_BY_NAME, psfs_change
from clinic_app.intake import parse_intake


def psfs(*rated: tuple[str, int]) -> list[dict[str, object]]:
    return [{"activity": name, "score": score} for name, score in rated]


def entry(c: Course, name: str) -> dict[str, Any] | None:
    found = measure_progress(c, MEASURE_BY_NAME[name])
    return None if found is None else found.to_json()


# --- How numbers print ---


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        (Fraction(7), "7"),
        (Fraction(13, 2), "6.5"),
        (Fraction(650, 100), "6.5"),  # 6.50 is 6.5
        (Fraction(-3), "-3"),
        (Fraction(0), "0"),
        (Fraction(-2, 5), "-0.4"),
        (Fraction(9, 4), "2.25"),
        (Fraction(20, 3), "6.666666666666667"),  # no finite decimal: the nearest double
    ],
)
def test_numbers_print_whole_as_integers_and_others_as_their_shortest_decimal(
    value: Fraction, printed: str
) -> None:
    assert json.dumps(json_number(value)) == printed


# --- Scores of one visit ---


def test_scores_of_one_visit_are_the_recorded_measures_only() -> None:
    visit = follow_up(
        {
            "symptoms.pain_now": 3,
            "measures.psfs": psfs(("stairs", 6), ("running", 7)),
            "measures.faam_sports_percent": 80.0,
        }
    )
    assert scores_json(visit) == {"nprs": 3, "psfs": 6.5, "faam_sports": 80}
    assert json.dumps(scores_json(visit)) == '{"nprs": 3, "psfs": 6.5, "faam_sports": 80}'


def test_every_score_of_a_visit() -> None:
    visit = follow_up(
        {
            "symptoms.pain_now": 0,
            "measures.psfs": psfs(("a", 6), ("b", 7), ("c", 7)),
            "measures.lefs_total": 52,
            "measures.faam_adl_percent": 88.25,
            "measures.faam_sports_percent": 0,
        }
    )
    assert scores_json(visit) == {
        "nprs": 0,
        "psfs": 20 / 3,
        "lefs": 52,
        "faam_adl": 88.25,
        "faam_sports": 0,
    }


def test_an_intake_has_scores_too() -> None:
    intake = parse_intake(intake_document({"measures.lefs_total": 40}))
    assert scores_json(intake) == {"nprs": 2, "lefs": 40}


# --- Change and MIC, each measure at its boundary ---


@pytest.mark.parametrize(
    ("first", "last", "change", "passed"),
    [
        (5, 3, -2, True),  # fell by exactly 2
        (5, 4, -1, False),
        (5, 5, 0, False),
        (3, 5, 2, False),  # rose: worse, however much
        (10, 0, -10, True),
    ],
)
def test_nprs_passes_when_it_falls_by_two(first: int, last: int, change: int, passed: bool) -> None:
    c = course({"symptoms.pain_now": first}, {"symptoms.pain_now": last})
    assert entry(c, "nprs") == {
        "measure": "nprs",
        "values": [{"date": "2026-11-20", "value": first}, {"date": "2026-11-27", "value": last}],
        "change": change,
        "mic": 2,
        "passed_mic": passed,
    }


@pytest.mark.parametrize(
    ("measure", "path", "first", "last", "change", "passed"),
    [
        ("lefs", "measures.lefs_total", 40, 49, 9, True),
        ("lefs", "measures.lefs_total", 40, 48, 8, False),
        ("lefs", "measures.lefs_total", 49, 40, -9, False),
        ("faam_adl", "measures.faam_adl_percent", 2.6, 10.6, 8, True),  # 8 exactly, in decimals
        ("faam_adl", "measures.faam_adl_percent", 70.1, 78.0, 7.9, False),
        ("faam_adl", "measures.faam_adl_percent", 70, 78.01, 8.01, True),
        ("faam_sports", "measures.faam_sports_percent", 0.1, 9.1, 9, True),
        ("faam_sports", "measures.faam_sports_percent", 50, 58.99, 8.99, False),
    ],
)
def test_the_others_pass_when_they_rise_by_their_mic(
    measure: str, path: str, first: float, last: float, change: float, passed: bool
) -> None:
    c = course({path: first}, {path: last})
    found = entry(c, measure)
    assert found is not None
    assert (found["change"], found["passed_mic"]) == (change, passed)
    assert found["mic"] == {"lefs": 9, "faam_adl": 8, "faam_sports": 9}[measure]


def test_exact_decimals_decide_the_mic_not_floating_point() -> None:
    """2.6 → 4.6 is a change of 2 (floating point makes it 1.9999999999999996)."""
    assert 4.6 - 2.6 < 2
    c = course({"measures.faam_adl_percent": 2.6}, {"measures.faam_adl_percent": 4.6})
    found = entry(c, "faam_adl")
    assert found is not None
    assert found["change"] == 2


def test_psfs_mic_met_exactly_in_decimals() -> None:
    # 2.6 → 4.6 on the mean: five activities (13/5 → 23/5).
    first = psfs(("a", 2), ("b", 2), ("c", 3), ("d", 3), ("e", 3))
    last = psfs(("a", 4), ("b", 4), ("c", 5), ("d", 5), ("e", 5))
    found = entry(course({"measures.psfs": first}, {"measures.psfs": last}), "psfs")
    assert found is not None
    assert [value["value"] for value in found["values"]] == [2.6, 4.6]
    assert (found["change"], found["passed_mic"]) == (2, True)


def test_psfs_mic_just_missed() -> None:
    first = psfs(("a", 2), ("b", 2), ("c", 3), ("d", 3), ("e", 3))
    last = psfs(("a", 4), ("b", 4), ("c", 5), ("d", 5), ("e", 4))  # 2.6 → 4.4
    found = entry(course({"measures.psfs": first}, {"measures.psfs": last}), "psfs")
    assert found is not None
    assert (found["change"], found["passed_mic"]) == (1.8, False)


def test_psfs_over_thirds_stays_exact() -> None:
    # Three activities: means 16/3 → 22/3, change exactly 2.
    first = psfs(("a", 5), ("b", 5), ("c", 6))
    last = psfs(("a", 7), ("b", 7), ("c", 8))
    found = entry(course({"measures.psfs": first}, {"measures.psfs": last}), "psfs")
    assert found is not None
    assert (found["change"], found["passed_mic"]) == (2, True)
    assert found["values"][0]["value"] == 16 / 3


def test_psfs_activities_match_trimmed_and_case_insensitive() -> None:
    first = psfs((" Stairs ", 3), ("Running 5 km", 2))
    last = psfs(("stairs", 6), ("RUNNING 5 KM", 3))
    found = entry(course({"measures.psfs": first}, {"measures.psfs": last}), "psfs")
    assert found is not None
    assert (found["change"], found["passed_mic"]) == (2, True)  # (3 + 1) / 2


def test_an_activity_rated_once_does_not_count_towards_the_change() -> None:
    first = psfs(("stairs", 3), ("hopping", 0))
    last = psfs(("stairs", 4), ("running", 10))
    found = entry(course({"measures.psfs": first}, {"measures.psfs": last}), "psfs")
    assert found is not None
    # The values are each visit's own mean; the change is stairs alone: 4 - 3.
    assert [value["value"] for value in found["values"]] == [1.5, 7]
    assert (found["change"], found["passed_mic"]) == (1, False)


def test_psfs_with_no_activity_in_common_has_no_change() -> None:
    found = entry(
        course({"measures.psfs": psfs(("stairs", 3))}, {"measures.psfs": psfs(("running", 9))}),
        "psfs",
    )
    assert found is not None
    assert (found["change"], found["passed_mic"]) == (None, None)


def test_psfs_compares_the_earliest_and_latest_psfs_visits_only() -> None:
    c = course(
        {"measures.psfs": psfs(("stairs", 2))},
        {"visit_date": "2026-11-27", "measures.psfs": psfs(("stairs", 9))},
        {"visit_date": "2026-12-04"},  # no PSFS at the latest visit
        {"visit_date": "2026-11-30", "measures.psfs": psfs(("stairs", 3))},
    )
    found = entry(c, "psfs")
    assert found is not None
    assert [value["date"] for value in found["values"]] == [
        "2026-11-20",
        "2026-11-27",
        "2026-11-30",
    ]
    assert (found["change"], found["passed_mic"]) == (1, False)


def test_a_measure_recorded_once_has_no_change() -> None:
    c = course({}, {"measures.lefs_total": 50}, {"visit_date": "2026-12-04"})
    assert entry(c, "lefs") == {
        "measure": "lefs",
        "values": [{"date": "2026-11-27", "value": 50}],
        "change": None,
        "mic": 9,
        "passed_mic": None,
    }


def test_measures_never_recorded_are_left_out_and_the_order_is_the_tables() -> None:
    c = course({"measures.faam_sports_percent": 10}, {"measures.psfs": psfs(("a", 1))})
    assert [found.measure.name for found in progress(c)] == ["nprs", "psfs", "faam_sports"]


def test_a_course_of_one_visit_has_nprs_only_with_no_change() -> None:
    (nprs,) = progress(course())
    assert (nprs.change, nprs.passed_mic) == (None, None)


def test_psfs_change_is_none_without_a_match() -> None:
    a = follow_up({"measures.psfs": psfs(("a", 1))}).measures.psfs
    b = follow_up({"measures.psfs": psfs(("b", 1))}).measures.psfs
    assert a is not None
    assert b is not None
    assert psfs_change(a, b) is None
    assert psfs_change(a, a) == (Fraction(0), 1)


# --- The course ---


def test_a_follow_up_not_after_the_first_visit_is_refused() -> None:
    from clinic_app.followups import NotInCourse

    with pytest.raises(NotInCourse):
        course({}, {"visit_date": "2026-11-20"})


@st.composite
def courses(draw: st.DrawFn) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    activities = ("stairs", "Stairs ", "running", "hopping", "walking")
    rating = st.lists(
        st.tuples(st.sampled_from(activities), st.integers(0, 10)),
        min_size=1,
        max_size=3,
        unique_by=lambda pair: pair[0].strip().casefold(),
    ).map(lambda rated: psfs(*rated))

    def measures() -> st.SearchStrategy[dict[str, Any]]:
        return st.fixed_dictionaries(
            {},
            optional={
                "psfs": rating,
                "lefs_total": st.integers(0, 80),
                "faam_adl_percent": st.integers(0, 1000).map(lambda n: n / 10),
                "faam_sports_percent": st.integers(0, 100),
            },
        )

    intake = intake_document(
        {"symptoms.pain_now": draw(st.integers(0, 10)), "measures": draw(measures())}
    )
    days = draw(st.lists(st.integers(1, 120), min_size=1, max_size=5, unique=True))
    follow_ups = [
        {
            "format": "clinic-followup/1",
            "patient": intake["patient"],
            "visit_date": (date(2026, 11, 20) + timedelta(days=day)).isoformat(),
            "symptoms": {
                "side": "left",
                "locations": ["arch"],
                "pain_now": draw(st.integers(0, 10)),
            },
            "running": {"status": "walk_run", "weekly_distance": 0},
            "measures": draw(measures()),
        }
        for day in days
    ]
    return intake, follow_ups


@settings(max_examples=100, deadline=None)
@given(drawn=courses(), order=st.randoms())
def test_progress_of_a_shuffled_course_is_that_of_the_sorted_one(
    drawn: tuple[dict[str, Any], list[dict[str, Any]]], order: Any
) -> None:
    intake_doc, follow_up_docs = drawn
    intake = parse_intake(intake_doc)
    follow_ups = [parse_follow_up(doc) for doc in follow_up_docs]
    in_order = sorted(follow_ups, key=lambda visit: visit.visit_date)
    shuffled = list(follow_ups)
    order.shuffle(shuffled)
    expected = [found.to_json() for found in progress(Course(intake, in_order))]
    assert [found.to_json() for found in progress(Course(intake, shuffled))] == expected
    # And what progress says holds by its definition: the change is latest minus earliest,
    # passed_mic is null exactly when the change is.
    for found in expected:
        values = [value["value"] for value in found["values"]]
        assert (found["change"] is None) == (found["passed_mic"] is None)
        if len(values) == 1:
            assert found["change"] is None
        elif found["measure"] != "psfs":
            assert found["change"] == pytest.approx(values[-1] - values[0])
