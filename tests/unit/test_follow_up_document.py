"""The follow-up document, clinic-followup/1 (follow-ups.md): as strict as the intake,
refused with the dotted path of each problem, in the intake's words."""

from typing import Any

import pytest
from follow_up_documents import follow_up_document
from hypothesis import given, settings
from hypothesis import strategies as st

from clinic_app.followups import (
    FollowUpInvalid,
    follow_up_json_schema,
    parse_follow_up,
)
from clinic_app.followups.fields import READINESS_CHECKS, RUNNING_STATUSES
from clinic_app.intake import IntakeInvalid, Problem
from clinic_app.intake.validation import DocumentInvalid


def refusal(document: dict[str, Any]) -> list[str]:
    with pytest.raises(FollowUpInvalid) as refused:
        parse_follow_up(document)
    return [str(problem) for problem in refused.value.problems]


def test_the_minimal_document_gets_the_documented_defaults() -> None:
    follow_up = parse_follow_up(follow_up_document())
    assert follow_up.course_started is None
    assert follow_up.running.distance_unit == "km"
    assert follow_up.running.longest_run_minutes is None
    assert follow_up.measures.psfs is None
    assert follow_up.measures.readiness.model_dump() == dict.fromkeys(READINESS_CHECKS)
    assert follow_up.notes == ""


def test_every_field_given_comes_back_as_written() -> None:
    given = follow_up_document(
        {
            "patient.clinic_number": "P-10442",
            "course_started": "2026-11-20",
            "running.distance_unit": "mi",
            "running.weekly_distance": 12.5,
            "running.longest_run_minutes": 25,
            "measures": {
                "psfs": [{"activity": "stairs", "score": 6}],
                "lefs_total": 60,
                "faam_adl_percent": 88.1,
                "faam_sports_percent": 50,
                "readiness": {
                    "walk_30_min_pain_free": True,
                    "hop_10_pain_free": False,
                    "calf_raises_20": None,
                    "no_pain_next_morning": True,
                },
            },
            "notes": "ran twice",
        }
    )
    written = parse_follow_up(given).to_document()
    assert written["measures"] == given["measures"]
    assert written["running"] == given["running"]
    assert written["patient"] == {**given["patient"], "sex": "unspecified", "phone": None,
                                  "email": None, "language": None}  # fmt: skip
    assert (written["course_started"], written["notes"]) == ("2026-11-20", "ran twice")


def test_the_refusal_is_the_intakes_kind_but_not_an_intake_refusal() -> None:
    with pytest.raises(DocumentInvalid) as refused:
        parse_follow_up(follow_up_document({"symptoms.pain_now": 11}))
    assert not isinstance(refused.value, IntakeInvalid)


@pytest.mark.parametrize("status", RUNNING_STATUSES)
def test_every_running_status_is_valid(status: str) -> None:
    assert parse_follow_up(follow_up_document({"running.status": status})).running.status == status


def test_the_running_statuses_are_those_of_follow_ups_md() -> None:
    assert RUNNING_STATUSES == ("not_running", "walk_run", "easy_running", "full_training")


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"running.status": "jogging"}, "running.status: must be one of not_running, walk_run"),
        ({"running.weekly_distance": 400.5}, "running.weekly_distance: must be between 0 and 400"),
        ({"running.weekly_distance": "10"}, "running.weekly_distance: must be a number"),
        ({"running.longest_run_minutes": 601}, "running.longest_run_minutes: must be between 0"),
        ({"running.distance_unit": "m"}, "running.distance_unit: must be one of km, mi"),
        ({"running.pace": 5}, "running.pace: is not a field of this format"),
        ({"symptoms.pain_now": 11}, "symptoms.pain_now: must be between 0 and 10 (got 11)"),
        ({"symptoms.locations": []}, "symptoms.locations: must hold at least 1"),
        ({"symptoms.pain_worst": 1}, "symptoms.pain_worst: must be at least symptoms.pain_now"),
        ({"symptoms.onset_date": "2026-11-28"}, "symptoms.onset_date: must not be after visit"),
        ({"visit_date": "2026-02-30"}, "visit_date: is not a real calendar date"),
        ({"course_started": "2026-11-27"}, "course_started: must be before visit_date"),
        ({"course_started": "20261120"}, "course_started: must be a date written YYYY-MM-DD"),
        ({"notes": "x" * 5001}, "notes: must be at most 5000 characters"),
        ({"measures.readiness.hop_10_pain_free": 1}, "measures.readiness.hop_10_pain_free: must"),
        (
            {"measures.readiness.hop_ten": True},
            "measures.readiness.hop_ten: is not a field of this format",
        ),
        ({"measures.readiness": []}, "measures.readiness: must be an object (got a list)"),
        ({"measures.lefs_total": 81}, "measures.lefs_total: must be between 0 and 80 (got 81)"),
        ({"measures.faam_adl_percent": 101}, "measures.faam_adl_percent: must be between 0 and"),
        (
            {"measures.psfs": [{"activity": "a", "score": 10}, {"activity": "a", "score": 10.5}]},
            "measures.psfs.1.score: must be a whole number (got 10.5)",
        ),
        ({"measures.psfs": [{"activity": "x" * 81, "score": 1}]}, "measures.psfs.0.activity: must"),
        ({"symtoms": {}}, "symtoms: is not a field of this format; did you mean 'symptoms'?"),
        ({"format": "clinic-followup/2"}, 'format: unsupported format (got "clinic-followup/2")'),
        ({"patient.date_of_birth": "2026-11-28"}, "patient.date_of_birth: must not be after"),
    ],
)
def test_a_wrong_value_is_refused_naming_its_path(
    overrides: dict[str, object], expected: str
) -> None:
    lines = refusal(follow_up_document(overrides))
    assert any(line.startswith(expected) for line in lines), lines


@pytest.mark.parametrize(
    "path", ["format", "patient", "visit_date", "symptoms", "running", "running.status",
             "running.weekly_distance", "symptoms.side", "symptoms.locations", "symptoms.pain_now",
             "patient.first_name", "patient.date_of_birth"],
)  # fmt: skip
def test_each_required_field_is_required(path: str) -> None:
    document = follow_up_document()
    *parents, leaf = path.split(".")
    target = document
    for part in parents:
        target = target[part]
    del target[leaf]
    lines = refusal(document)
    assert any(line.startswith(f"{path}: is required") for line in lines), lines


def test_an_intake_given_as_a_follow_up_says_what_it_is() -> None:
    (line, *_) = refusal(follow_up_document({"format": "clinic-intake/1"}))
    assert line.startswith('format: unsupported format (got "clinic-intake/1")')
    assert "clinic-intake assess" in line


@pytest.mark.parametrize("count", [1, 5])
def test_psfs_takes_one_to_five_activities(count: int) -> None:
    psfs = [{"activity": f"a{n}", "score": 10} for n in range(count)]
    parse_follow_up(follow_up_document({"measures.psfs": psfs}))


@pytest.mark.parametrize("count", [0, 6])
def test_psfs_refuses_none_or_six(count: int) -> None:
    psfs = [{"activity": f"a{n}", "score": 0} for n in range(count)]
    (line,) = refusal(follow_up_document({"measures.psfs": psfs}))
    assert line.startswith("measures.psfs: must hold")


def test_not_a_json_object_is_refused() -> None:
    with pytest.raises(FollowUpInvalid) as refused:
        parse_follow_up([1])
    assert str(refused.value) == "the document must be a JSON object (got a list)"


def test_the_schema_names_the_format_and_refuses_unknown_keys() -> None:
    schema: Any = follow_up_json_schema()
    assert schema["properties"]["format"]["const"] == "clinic-followup/1"
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"format", "patient", "visit_date", "symptoms", "running"}
    running = schema["$defs"]["FollowUpRunning"]
    assert running["properties"]["status"]["enum"] == list(RUNNING_STATUSES)
    assert set(running["required"]) == {"status", "weekly_distance"}


anything = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10)
    | st.sampled_from(("walk_run", "2026-11-27", "heel", "left", "clinic-followup/1")),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(
        st.sampled_from(("status", "psfs", "readiness", "activity", "score", "pain_now", "x")),
        children,
    ),
    max_leaves=12,
)  # fmt: skip
SECTIONS = ("patient", "visit_date", "course_started", "symptoms", "running", "measures", "notes")


@settings(max_examples=300, deadline=None)
@given(
    replaced=st.dictionaries(st.sampled_from((*SECTIONS, "format", "symtoms")), anything),
    nested=st.dictionaries(
        st.sampled_from(("running.status", "running.weekly_distance", "measures.psfs",
                         "measures.readiness",
                         "symptoms.pain_now", "measures.lefs_total")),
        anything,
    ),
)  # fmt: skip
def test_validation_never_raises_anything_but_the_refusal(
    replaced: dict[str, object], nested: dict[str, object]
) -> None:
    """Whatever a document holds, it is a follow-up or a FollowUpInvalid with problems,
    each with a message, never another exception."""
    document = follow_up_document(nested)
    document.update(replaced)
    problems: tuple[Problem, ...] = ()
    try:
        parse_follow_up(document)
    except FollowUpInvalid as invalid:
        problems = invalid.problems or (Problem("", ""),)
    assert all(problem.message for problem in problems)
