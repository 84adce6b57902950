"""Follow-up visits (follow-ups.md): the `clinic-followup/1` document, a course of care,
progress over it, the way back to running, and the follow-up flags. Pure: no Qt, no SQL."""

from clinic_app.followups.assessment import (
    assess_alone,
    assess_follow_up,
    follow_up_json,
    intake_for,
    plans,
    progress_json,
)
from clinic_app.followups.course import Course, NotInCourse
from clinic_app.followups.flags import FOLLOW_UP_RULES, FollowUpRule
from clinic_app.followups.model import FollowUp, FollowUpMeasures, FollowUpRunning, Readiness
from clinic_app.followups.progress import MeasureProgress, progress
from clinic_app.followups.return_to_run import STAGES, ReturnToRun, Stage, stage_for
from clinic_app.followups.scores import MEASURES, Measure, json_number, scores, scores_json
from clinic_app.followups.validation import FollowUpInvalid, parse_follow_up

__all__ = [
    "FOLLOW_UP_RULES",
    "MEASURES",
    "STAGES",
    "Course",
    "FollowUp",
    "FollowUpInvalid",
    "FollowUpMeasures",
    "FollowUpRule",
    "FollowUpRunning",
    "Measure",
    "MeasureProgress",
    "NotInCourse",
    "Readiness",
    "ReturnToRun",
    "Stage",
    "assess_alone",
    "assess_follow_up",
    "follow_up_json",
    "follow_up_json_schema",
    "intake_for",
    "json_number",
    "parse_follow_up",
    "plans",
    "progress",
    "progress_json",
    "scores",
    "scores_json",
    "stage_for",
]


def follow_up_json_schema() -> dict[str, object]:
    """The JSON Schema of the follow-up document, for integrators."""
    return FollowUp.model_json_schema(mode="validation")
