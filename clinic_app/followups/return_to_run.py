"""The way back to running: the eight stages, and the stage a follow-up gives
(follow-ups.md, "The way back to running").

The stage of a visit is stored with it; `stage_for` takes the stage of the latest earlier
visit that had one, so the same rule serves a stored course and one computed afresh
(`Course` plans in `clinic_app.followups.assessment`).
"""

from dataclasses import dataclass
from typing import Any

from clinic_app.followups.fields import READINESS_CHECKS
from clinic_app.followups.model import FollowUp


@dataclass(frozen=True)
class Stage:
    """One stage of the plan: each session run every other day, at least twice."""

    number: int
    session: str
    run_minutes: int
    walk_minutes: int
    repeats: int


STAGES: tuple[Stage, ...] = (
    Stage(1, "1 min run, 1 min walk, × 10", 1, 1, 10),
    Stage(2, "2 min run, 1 min walk, × 7", 2, 1, 7),
    Stage(3, "4 min run, 1 min walk, × 5", 4, 1, 5),
    Stage(4, "6 min run, 1 min walk, × 4", 6, 1, 4),
    Stage(5, "9 min run, 1 min walk, × 3", 9, 1, 3),
    Stage(6, "13 min run, 1 min walk, × 2", 13, 1, 2),
    Stage(7, "25 min continuous", 25, 0, 1),
    Stage(
        8,
        "30 min continuous, then add distance by no more than the clinic's weekly limit",
        30,
        0,
        1,
    ),
)
"""follow-ups.md's table, in order: `STAGES[n - 1]` is stage n."""
FIRST_STAGE = STAGES[0].number
LAST_STAGE = STAGES[-1].number
WALK_RUN_START = 2
"""A walk-run visit with no earlier stage, pain at most 2: the plan starts here."""
EASY_RUNNING_STAGE = 6
PAIN_LIMIT = 2
"""Pain (0-10) a session and the next morning may reach, and still move on."""
SESSIONS_PER_STAGE = 2
MOVE_ON = "Move on when a session and the next morning stay at 2/10 or less."
DROP_BACK = "Drop back a stage when pain rises above that."
GET_HELP = 'Stop and call the clinic on any "when to get help" sign.'
NO_RUNNING = "Do not run until a clinician has checked your foot."


@dataclass(frozen=True)
class ReturnToRun:
    """The plan a visit gives: `stage` None means no running plan this week.

    ready: the runner may run this week (for `not_running`: every readiness check true
        and pain at most 2; false under a referral flag).
    missing: for `not_running` when not ready, the checks not done (in follow-ups.md's
        order), then `pain_now` when pain is above 2; empty otherwise.
    """

    stage: int | None
    ready: bool
    missing: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"stage": self.stage, "ready": self.ready, "missing": list(self.missing)}


def stage_for(follow_up: FollowUp, *, earlier_stage: int | None, referral: bool) -> ReturnToRun:
    """The plan of one follow-up.

    earlier_stage: the stage of the latest earlier visit of the course that had one
        (None when none had).
    referral: a referral flag fired in this visit's own assessment (the referral rules on
        its symptoms); follow-up flags do not count, and do not replace the plan.
    """
    if referral:
        return ReturnToRun(None, ready=False)
    pain = follow_up.symptoms.pain_now
    status = follow_up.running.status
    if status == "not_running":
        readiness = follow_up.measures.readiness
        missing = [check for check in READINESS_CHECKS if getattr(readiness, check) is not True]
        if pain > PAIN_LIMIT:
            missing.append("pain_now")
        if missing:
            return ReturnToRun(None, ready=False, missing=tuple(missing))
        return ReturnToRun(FIRST_STAGE, ready=True)
    if status == "walk_run":
        if pain <= PAIN_LIMIT:
            stage = WALK_RUN_START if earlier_stage is None else min(earlier_stage + 1, LAST_STAGE)
        else:
            stage = FIRST_STAGE if earlier_stage is None else max(earlier_stage - 1, FIRST_STAGE)
        return ReturnToRun(stage, ready=True)
    if status == "easy_running":
        return ReturnToRun(EASY_RUNNING_STAGE, ready=True)
    return ReturnToRun(None, ready=True)  # full_training: only the weekly ceiling
