"""Assessing a follow-up (follow-ups.md, "Assessing a follow-up"), its plan, and the
progress report of a course.

The referral and advice rules read an intake, so a follow-up is assessed as the intake
document it makes: the course's intake gives `patient` and `history` (they carry over);
the follow-up gives `visit_date`, `symptoms` as given (its own `onset_date` only when it
gives one: the intake's onset does not carry over, so days since onset are never counted
from the first visit's answer) and, of `running`, the two fields the intake has:
`weekly_distance` and `distance_unit`. Every other intake running field takes the
format's default: the usual load (`previous_weekly_distance`), shoes and cross-training
are not asked again at a follow-up, and their defaults fire nothing (no load_spike, no
worn_shoes); `cross_training` defaults to false as in any intake, so `no_cross_training`
advice may fire as it would for an intake that did not answer it.
"""

from collections.abc import Sequence
from typing import Any

from clinic_app.followups.course import Course
from clinic_app.followups.flags import FOLLOW_UP_RULES
from clinic_app.followups.model import FollowUp
from clinic_app.followups.progress import MeasureProgress, progress
from clinic_app.followups.return_to_run import ReturnToRun, stage_for
from clinic_app.followups.scores import scores_json
from clinic_app.intake import Intake, parse_intake
from clinic_app.intake.fields import FORMATS
from clinic_app.rules.engine import NEWEST, assess
from clinic_app.rules.model import Assessment, Flag
from clinic_app.rules.settings import RuleSettings

FOLLOW_UP_FLAG_SETS = frozenset({"2027.1"})
"""The rule sets that have the follow-up flags (rules-2027.md adds them in 2027.1)."""


def intake_for(follow_up: FollowUp, intake: Intake | None = None) -> Intake:
    """The intake document the rules run on for a follow-up (see the module's docstring).

    Without the course's intake (`followup assess` of one file) the follow-up's own
    patient stands in and the history is the format's default: nothing known.
    """
    patient = (intake.patient if intake is not None else follow_up.patient).model_dump(mode="json")
    document: dict[str, Any] = {
        "format": FORMATS[0],
        "patient": patient,
        "visit_date": follow_up.visit_date.isoformat(),
        "running": {
            "distance_unit": follow_up.running.distance_unit,
            "weekly_distance": follow_up.running.weekly_distance,
        },
        "symptoms": follow_up.symptoms.model_dump(mode="json"),
    }
    if intake is not None:
        document["history"] = intake.history.model_dump(mode="json")
    return parse_intake(document)


def assess_alone(
    follow_up: FollowUp, settings: RuleSettings | None = None, *, version: str = NEWEST
) -> Assessment:
    """The referral and advice flags of one follow-up on its own symptoms: no earlier
    visits, so no follow-up flags (`clinic-intake followup assess`)."""
    return assess(intake_for(follow_up), settings, version=version)


def assess_follow_up(
    course: Course,
    follow_up: FollowUp,
    settings: RuleSettings | None = None,
    *,
    version: str = NEWEST,
) -> Assessment:
    """Every flag of a follow-up of the course: the referral rules on its symptoms, then
    the follow-up flags against the visits before it, then advice.

    Order: emergency, urgent, soon referral flags (each in table order), the follow-up
    flags (urgency soon: after the soon referral flags, `worse_since_last_visit` first),
    then advice (rules-2027.md). ValueError when the follow-up is not in the course.
    """
    index = course.index_of(follow_up)
    earlier = course.visits[: index + 1]  # the intake, then the follow-ups before this one
    base = assess(intake_for(follow_up, course.intake), settings, version=version)
    if version not in FOLLOW_UP_FLAG_SETS:
        return base
    raised = [
        rule.flag(evidence)
        for rule in FOLLOW_UP_RULES
        if (evidence := rule.check(earlier, follow_up)) is not None
    ]
    return Assessment(base.rules_version, _in_order(base.flags, raised))


def _in_order(flags: Sequence[Flag], follow_up_flags: Sequence[Flag]) -> tuple[Flag, ...]:
    referral = [flag for flag in flags if flag.kind == "referral"]
    advice = [flag for flag in flags if flag.kind == "advice"]
    return (*referral, *follow_up_flags, *advice)


def plans(
    course: Course, settings: RuleSettings | None = None, *, version: str = NEWEST
) -> tuple[ReturnToRun, ...]:
    """The return-to-run plan of each follow-up, in date order: each from its own referral
    flags and the stage of the latest earlier follow-up that had one (the intake gives
    no stage)."""
    result: list[ReturnToRun] = []
    earlier_stage: int | None = None
    for follow_up in course.follow_ups:
        # The plan rests on this visit's own referral flags; follow-up flags do not count.
        own = assess(intake_for(follow_up, course.intake), settings, version=version)
        referral = bool(own.referral_flags)
        plan = stage_for(follow_up, earlier_stage=earlier_stage, referral=referral)
        result.append(plan)
        if plan.stage is not None:
            earlier_stage = plan.stage
    return tuple(result)


def follow_up_json(assessment: Assessment, follow_up: FollowUp) -> dict[str, Any]:
    """`clinic-intake followup assess --json`: the assessment as `assess --json` gives
    it, and the follow-up's scores."""
    return {**assessment.to_json(), "scores": scores_json(follow_up)}


def progress_json(
    course: Course, settings: RuleSettings | None = None, *, version: str = NEWEST
) -> dict[str, Any]:
    """`clinic-intake progress PATIENT --json` for one course (follow-ups.md).

    `return_to_run` is the plan of the newest follow-up, or null while the course has
    only its first visit (the intake gives no plan); `flags` are the referral and
    follow-up flags of the newest visit (the intake's own when there is no follow-up yet),
    each as `assess --json` gives it; advice is the sheet's, not the progress report's.
    """
    patient = course.intake.patient
    newest = course.newest
    if isinstance(newest, FollowUp):
        assessment = assess_follow_up(course, newest, settings, version=version)
        plan: dict[str, Any] | None = plans(course, settings, version=version)[-1].to_json()
    else:
        assessment = assess(course.intake, settings, version=version)
        plan = None
    measures: tuple[MeasureProgress, ...] = progress(course)
    return {
        "patient": {
            "clinic_number": patient.clinic_number,
            "name": f"{patient.first_name} {patient.last_name}",
        },
        "course": {
            "started": course.started.isoformat(),
            "visits": len(course.visits),
            "status": course.status,
        },
        "measures": [entry.to_json() for entry in measures],
        "return_to_run": plan,
        "flags": [flag.to_json() for flag in assessment.flags if flag.kind != "advice"],
    }
