"""Which exercises a patient takes home, chosen from the intake's flags and answers.

Pure: it reads the intake and the rules' assessment (their types only) and returns codes.
The choice is two small tables, read top to bottom:

- `SETS`: the set that fits where the patient is (an intake, or a follow-up's stage of the
  way back to running; a referral open or not), each in the order of what matters most, so
  that when a caution leaves one out the next takes its place, up to `MAX_EXERCISES`.
- `CAUTIONS`: what a flag or an answer rules out, whatever the set.

The sheet prints the codes in EXERCISE_CODES order, whatever their priority here.
"""

from dataclasses import dataclass

from clinic_app.exercises.catalogue import GENTLE, in_print_order
from clinic_app.exercises.codes import EXERCISE_CODES, ExerciseCode
from clinic_app.intake import Intake
from clinic_app.rules.model import Assessment

MAX_EXERCISES = 6
"""Six cards fit one page in normal print, on A4 and on Letter."""

NOT_YET_RUNNING = 0
"""`plan_stage` for a follow-up whose patient may not run yet (follow-ups.md: not ready,
"the sheet gives strength work instead"): foot strength and stretches, no calf raises."""

LAST_STAGE = 8


@dataclass(frozen=True)
class ExerciseChoice:
    """The exercises chosen, in print order.

    gentle_only: a referral flag is open, so only gentle exercises are given and the sheet
    says so plainly (until a clinician has seen you; no strength work). withheld: an
    emergency flag fired, so no exercise at all (codes is then empty): emergency care
    comes first, as on the care sheet's relief section.
    """

    codes: tuple[ExerciseCode, ...]
    gentle_only: bool
    withheld: bool


@dataclass(frozen=True)
class ExerciseSet:
    """The exercises for one situation, most important first."""

    codes: tuple[ExerciseCode, ...]
    why: str


SETS: dict[str, ExerciseSet] = {
    "referral": ExerciseSet(
        (
            "calf_stretch_straight",
            "calf_stretch_bent",
            "arch_stretch",
            "ankle_circles",
            "ball_roll",
        ),
        "A referral is open: only what loads the foot little and can stop the moment it "
        "hurts, until a clinician has seen the foot. Strength and balance work wait.",
    ),
    "intake": ExerciseSet(
        (
            "calf_stretch_straight",
            "calf_stretch_bent",
            "towel_curls",
            "short_foot",
            "calf_raise_straight",
            "calf_raise_bent",
            "marble_pickup",
            "arch_stretch",
        ),
        "The articles' prevention set: calf stretches, toe and short-foot work for the small "
        "foot muscles, calf raises with a straight knee (gastrocnemius) and a bent one "
        "(soleus). Marble pickup and the arch stretch stand in when a caution leaves one out.",
    ),
    "not_yet_running": ExerciseSet(
        (
            "towel_curls",
            "marble_pickup",
            "short_foot",
            "calf_stretch_straight",
            "calf_stretch_bent",
            "arch_stretch",
            "ankle_circles",
        ),
        "Not ready to run yet: the foot's own muscles first, with stretches; calf raises wait "
        "until the readiness checks (twenty single-leg calf raises among them) are met.",
    ),
    "early_stages": ExerciseSet(
        (
            "calf_raise_straight",
            "calf_raise_bent",
            "single_leg_balance",
            "short_foot",
            "towel_curls",
            "calf_stretch_straight",
            "calf_stretch_bent",
        ),
        "Stages 1 to 3, short runs between walks: calf raises and balance join the foot "
        "work, as the calf and ankle start to take running's load again.",
    ),
    "later_stages": ExerciseSet(
        (
            "calf_raise_straight",
            "calf_raise_bent",
            "single_leg_balance",
            "short_foot",
            "calf_stretch_straight",
            "calf_stretch_bent",
            "towel_curls",
        ),
        "Stages 4 to 8, longer runs: both calf raises and balance stay; the bent-knee calf "
        "stretch takes the towel's place, as longer runs tighten the lower calf (soleus).",
    ),
}

PLANTAR_HEEL_FIRST: tuple[ExerciseCode, ...] = ("arch_stretch", "ball_roll")
"""With plantar heel pain these go first in any set (rules.md: calf and arch stretches,
rolling the arch); with the calf stretches already in every set but the late ones."""
PLANTAR_HEEL_INTAKE: tuple[ExerciseCode, ...] = (
    "arch_stretch",
    "ball_roll",
    "calf_stretch_straight",
    "calf_stretch_bent",
    "towel_curls",
    "short_foot",
)
"""Plantar heel pain at an intake with no referral: the plantar fascia's care (arch and calf
stretches, the ball roll), then the foot's own muscles, which support the arch."""


@dataclass(frozen=True)
class Caution:
    """Exercises left out when any of `flags` fired, or any of `history` is true."""

    leave_out: frozenset[ExerciseCode]
    why: str
    flags: frozenset[str] = frozenset()
    history: tuple[str, ...] = ()

    def applies(self, codes: set[str], intake: Intake) -> bool:
        return bool(self.flags & codes) or any(getattr(intake.history, h) for h in self.history)


CAUTIONS: tuple[Caution, ...] = (
    Caution(
        frozenset(EXERCISE_CODES),
        "A bone may be broken (the Ottawa rules) or the Achilles torn: keep the foot still "
        "until it has been examined or X-rayed. No exercise, not even a gentle one.",
        flags=frozenset({"ottawa_foot", "ottawa_ankle", "achilles_rupture"}),
    ),
    Caution(
        frozenset({"calf_stretch_straight", "calf_stretch_bent", "arch_stretch"}),
        "The Achilles may be weak after a fluoroquinolone (MHRA, 2019): every one of these "
        "stretches pulls on it. The care sheet gives no stretches either.",
        flags=frozenset({"tendon_rupture_risk"}),
    ),
    Caution(
        frozenset({"ball_roll"}),
        "The foot may be infected: no massage, as on the care sheet.",
        flags=frozenset({"possible_infection", "spreading_redness"}),
    ),
    Caution(
        frozenset({"ball_roll"}),
        "A red, warm, swollen foot with diabetes may be infection or Charcot foot (softened "
        "bones), and a wound must not be pressed: no pressure under the sole.",
        flags=frozenset({"diabetic_foot", "diabetic_foot_wound"}),
    ),
    Caution(
        frozenset({"ball_roll", "calf_stretch_straight", "calf_stretch_bent"}),
        "A bone may be cracked (pinpoint tenderness, bone pain at night, or the foot cannot "
        "take weight): no pressure on the bones from a ball, and no calf stretch, which is "
        "done standing with the weight leaning through the foot. The arch stretch and the "
        "ankle circles are done sitting and stay.",
        flags=frozenset(
            {"suspected_stress_fracture", "possible_bone_lesion", "cannot_bear_weight"}
        ),
    ),
    Caution(
        frozenset({"marble_pickup"}),
        "Reduced feeling (diabetes, neuropathy): small hard objects can hurt skin that does "
        "not feel them. Balance work stays, always next to a counter (its card says so), "
        "since balance training helps feet that feel less.",
        history=("diabetes", "peripheral_neuropathy"),
    ),
)


def choose_exercises(
    intake: Intake, assessment: Assessment, *, plan_stage: int | None = None
) -> ExerciseChoice:
    """The exercises for this intake (or, with `plan_stage`, for a follow-up's stage).

    plan_stage: the stage 1-8 of the way back to running that a follow-up gave,
    NOT_YET_RUNNING (0) for a follow-up that gives strength work instead of running, or
    None at an intake (no plan: the intake's own set). Only referral flags make the choice
    gentle: follow-up flags put a visit in the review queue but leave its plan as it is
    (rules-2027.md), and clinician-only flags are never read.
    """
    if plan_stage is not None and not NOT_YET_RUNNING <= plan_stage <= LAST_STAGE:
        raise ValueError(f"plan_stage must be 0 to {LAST_STAGE} or None, not {plan_stage}")
    flags = [flag for flag in assessment.flags if not flag.clinician_only]
    referral = [flag for flag in flags if flag.kind == "referral"]
    if any(flag.urgency == "emergency" for flag in referral):
        return ExerciseChoice((), gentle_only=True, withheld=True)
    codes = {flag.code for flag in flags}
    plantar_heel = "plantar_heel_pain" in codes
    wanted = _wanted(bool(referral), plantar_heel, plan_stage)
    left_out: set[ExerciseCode] = set()
    for caution in CAUTIONS:
        if caution.applies(codes, intake):
            left_out |= caution.leave_out
    if referral:  # belt and braces: whatever the tables say, nothing that is not gentle
        left_out |= set(EXERCISE_CODES) - GENTLE
    kept = [code for code in dict.fromkeys(wanted) if code not in left_out]
    return ExerciseChoice(
        in_print_order(kept[:MAX_EXERCISES]), gentle_only=bool(referral), withheld=False
    )


def _wanted(referral: bool, plantar_heel: bool, plan_stage: int | None) -> tuple[ExerciseCode, ...]:
    """The codes wanted, most important first, before the cautions."""
    if referral:
        chosen = SETS["referral"].codes
    elif plan_stage is None:
        return PLANTAR_HEEL_INTAKE + SETS["intake"].codes if plantar_heel else SETS["intake"].codes
    elif plan_stage == NOT_YET_RUNNING:
        chosen = SETS["not_yet_running"].codes
    elif plan_stage <= 3:
        chosen = SETS["early_stages"].codes
    else:
        chosen = SETS["later_stages"].codes
    return PLANTAR_HEEL_FIRST + chosen if plantar_heel else chosen
