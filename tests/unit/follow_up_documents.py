"""Builds minimal valid follow-up documents (clinic-followup/1) and courses for tests."""

import copy
from typing import Any

from intake_documents import document as intake_document

from clinic_app.followups import Course, FollowUp, parse_follow_up
from clinic_app.intake import parse_intake

# The smallest valid follow-up that raises no flag: the baseline intake's patient, a week
# after its visit, walking and running with little pain. No onset_date, so persistent_pain
# cannot fire; improving true. (Its weekly distance is 0, so no_cross_training, which needs
# a distance, does not fire either.)
_BASELINE: dict[str, Any] = {
    "format": "clinic-followup/1",
    "patient": {"first_name": "Test", "last_name": "Patient", "date_of_birth": "1990-05-01"},
    "visit_date": "2026-11-27",
    "symptoms": {"side": "left", "locations": ["arch"], "pain_now": 2, "improving": True},
    "running": {"status": "walk_run", "weekly_distance": 0},
}


def follow_up_document(overrides: dict[str, object] | None = None) -> dict[str, Any]:
    """A fresh copy of the baseline with each `"section.field": value` override applied."""
    result = copy.deepcopy(_BASELINE)
    for path, value in (overrides or {}).items():
        *parents, leaf = path.split(".")
        target = result
        for part in parents:
            target = target.setdefault(part, {})
        target[leaf] = copy.deepcopy(value)
    return result


def follow_up(overrides: dict[str, object] | None = None) -> FollowUp:
    return parse_follow_up(follow_up_document(overrides))


def course(
    intake_overrides: dict[str, object] | None = None,
    *follow_ups: dict[str, object],
) -> Course:
    """A course: the baseline intake (visit 2026-11-20) with overrides, then follow-ups,
    each given as overrides of the baseline follow-up."""
    intake = parse_intake(intake_document(intake_overrides))
    return Course(intake, [follow_up(overrides) for overrides in follow_ups])


# A course worked through by hand in tests/cli/test_progress_command.py: an intake and three
# follow-ups of one patient, with every measure but FAAM sports recorded somewhere.
MAYA: dict[str, object] = {
    "patient.first_name": "Maya",
    "patient.last_name": "Okafor",
    "patient.date_of_birth": "1990-05-01",
    "patient.clinic_number": "P-10442",
}


def maya_course() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(the intake document, its three follow-up documents in date order)."""
    first = intake_document(
        {
            **MAYA,
            "symptoms.pain_now": 6,
            "measures.psfs": [
                {"activity": "running 5 km", "score": 2},
                {"activity": "stairs", "score": 5},
            ],
            "measures.lefs_total": 40,
            "measures.faam_adl_percent": 60.5,
        }
    )
    visits = [
        follow_up_document(
            {
                **MAYA,
                "visit_date": "2026-11-27",
                "symptoms.pain_now": 4,
                "running.status": "not_running",
                "measures.psfs": [
                    {"activity": "running 5 km", "score": 3},
                    {"activity": "stairs", "score": 6},
                ],
                "measures.readiness": {"walk_30_min_pain_free": True, "hop_10_pain_free": False},
            }
        ),
        follow_up_document(
            {
                **MAYA,
                "visit_date": "2026-12-04",
                "symptoms.pain_now": 1,
                "running.status": "walk_run",
                "running.weekly_distance": 6.5,
                "measures.psfs": [
                    {"activity": " Running 5 KM", "score": 5},
                    {"activity": "stairs ", "score": 7},
                    {"activity": "hopping", "score": 1},
                ],
                "measures.lefs_total": 48,
            }
        ),
        follow_up_document(
            {
                **MAYA,
                "visit_date": "2026-12-11",
                "symptoms.pain_now": 3,
                "running.status": "walk_run",
                "running.weekly_distance": 9,
                "measures.psfs": [
                    {"activity": "running 5 km", "score": 6},
                    {"activity": "stairs", "score": 8},
                ],
                "measures.lefs_total": 52,
                "measures.faam_adl_percent": 68.6,
            }
        ),
    ]
    return first, visits
