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
