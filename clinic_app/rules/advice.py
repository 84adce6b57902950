"""Advice rules of set 2026.1: they tailor the handout and never make a referral.

Actions carry the patient's own numbers (next week's ceiling, the distance on the shoes)
in the patient's own unit, so the handout and the clinician read the same figures.
"""

from collections.abc import Callable

from clinic_app.intake import Intake
from clinic_app.rules.evidence import cite
from clinic_app.rules.measures import (
    as_distance,
    as_percent,
    next_week_ceiling,
    shoe_distance_reached,
    shoe_wear,
)
from clinic_app.rules.model import ActionFor, Check, Evidence, Rule
from clinic_app.rules.referral import SEED_SORE_FEET, rise_evidence
from clinic_app.rules.settings import RuleSettings

HARD_SURFACES = frozenset({"road", "concrete"})


def advice(
    code: str,
    *,
    title: str,
    action: str,
    source: str,
    clinician_only: bool = False,
    action_for: ActionFor | None = None,
) -> Callable[[Check], Rule]:
    """Declare an advice rule: its description, and the check under it."""

    def declare(check: Check) -> Rule:
        return Rule(
            code,
            "advice",
            None,
            title,
            action,
            source,
            check,
            clinician_only=clinician_only,
            action_for=action_for,
        )

    return declare


def _load_action(intake: Intake, settings: RuleSettings) -> str:
    """Next week's ceiling in the patient's unit, and why 10 % is only a guide."""
    running = intake.running
    unit = running.distance_unit
    limit = as_percent(settings.max_weekly_increase)
    return (
        f"Run at most {as_distance(next_week_ceiling(intake, settings) or 0)} {unit} next week "
        f"({limit} % above the usual {as_distance(running.previous_weekly_distance or 0)} {unit})."
        f" The {limit} % rule is a rule of thumb: Nielsen et al. (JOSPT 2014) linked injuries "
        "to rises of more than 30 % over two weeks."
    )


@advice(
    "load_spike",
    title="Weekly distance rose quickly",
    action="Keep next week's distance near last week's usual load.",
    source=f"{SEED_SORE_FEET}: the 10 % rule; Nielsen et al., JOSPT 2014",
    action_for=_load_action,
)
def load_spike(intake: Intake, settings: RuleSettings) -> Evidence | None:
    return rise_evidence(intake, settings) or None


def _shoe_action(intake: Intake, settings: RuleSettings) -> str:
    """Replace now or check soon, with the distance on the shoes in the patient's unit."""
    running = intake.running
    on_them = (
        f"These shoes have {as_distance(running.shoe_distance)} {running.distance_unit} on them. "
        if running.shoe_distance is not None
        else ""
    )
    what_to_do = (
        "Replace them now."
        if shoe_wear(intake) == "replace"
        else "Check them and replace them soon."
    )
    return (
        f"{on_them}{what_to_do} 300-500 miles (about 480-800 km) is a common guide, "
        "not a hard limit."
    )


@advice(
    "worn_shoes",
    title="Running shoes may be worn out",
    action="Check the shoes' cushioning and plan to replace them.",
    source=f"{SEED_SORE_FEET}: replace running shoes every 300-500 miles",
    action_for=_shoe_action,
)
def worn_shoes(intake: Intake, settings: RuleSettings) -> Evidence | None:
    running = intake.running
    far = shoe_distance_reached(intake)
    if not (far or running.shoe_cushioning_worn):
        return None
    evidence = []
    if far:
        evidence.append(cite("running.shoe_distance", running.shoe_distance, running.distance_unit))
    if running.shoe_cushioning_worn:
        evidence.append(cite("running.shoe_cushioning_worn", True))
    return tuple(evidence)


@advice(
    "single_pair",
    title="Runs in one pair of shoes",
    action="Rotate two or three pairs so each pair's cushioning can recover.",
    source=f"{SEED_SORE_FEET}: rotate 2-3 pairs",
)
def single_pair(intake: Intake, settings: RuleSettings) -> Evidence | None:
    if intake.running.shoe_pairs_in_rotation != 1:
        return None
    return (cite("running.shoe_pairs_in_rotation", 1),)


@advice(
    "shoe_fit",
    title="Shoes do not fit well",
    action=(
        "Get a professional fitting: room for the toes, a heel that does not slip, and "
        "support that suits the foot."
    ),
    source=f"{SEED_SORE_FEET}: proper fit, professional fitting",
)
def shoe_fit(intake: Intake, settings: RuleSettings) -> Evidence | None:
    if not intake.running.shoe_fit_problems:
        return None
    return (cite("running.shoe_fit_problems", True),)


@advice(
    "hard_surfaces",
    title="Runs only on hard surfaces",
    action="Mix in softer surfaces such as trail, grass or a track.",
    source=f"{SEED_SORE_FEET}: vary surfaces; softer ones are less impactful",
)
def hard_surfaces(intake: Intake, settings: RuleSettings) -> Evidence | None:
    surfaces = intake.running.surfaces
    if not surfaces or not HARD_SURFACES.issuperset(surfaces):
        return None
    return (cite("running.surfaces", surfaces),)


@advice(
    "no_cross_training",
    title="No low-impact cross-training",
    action="Add cycling, swimming or an elliptical trainer to stay fit with less impact.",
    source=f"{SEED_SORE_FEET}: low-impact cross-training",
)
def no_cross_training(intake: Intake, settings: RuleSettings) -> Evidence | None:
    running = intake.running
    if running.cross_training or running.weekly_distance <= 0:
        return None
    return (
        cite("running.cross_training", False),
        cite("running.weekly_distance", running.weekly_distance),
    )


@advice(
    "plantar_heel_pain",
    title="Heel or arch pain with the first steps of the day",
    action=(
        "May suggest a strained plantar fascia: stretch the calf and arch before the first "
        "steps of the day, and roll the arch over a ball."
    ),
    source=f"{SEED_SORE_FEET}: plantar fasciitis; NICE CKS Plantar fasciitis",
)
def plantar_heel_pain(intake: Intake, settings: RuleSettings) -> Evidence | None:
    symptoms = intake.symptoms
    locations = symptoms.locations
    if not symptoms.first_step_morning_pain or (
        "heel" not in locations and "arch" not in locations
    ):
        return None
    return (
        cite("symptoms.first_step_morning_pain", True),
        cite("symptoms.locations", locations),
    )


@advice(
    "energy_availability",
    title="Energy availability needs discussing (clinician only)",
    action=(
        "Discuss energy availability (RED-S) with the patient. For clinicians only: never "
        "printed on the patient's handout."
    ),
    source="De Souza et al., BJSM 2014 (Female Athlete Triad Coalition consensus)",
    clinician_only=True,
)
def energy_availability(intake: Intake, settings: RuleSettings) -> Evidence | None:
    history = intake.history
    if not (history.irregular_periods or history.restricted_eating):
        return None
    evidence = []
    if history.irregular_periods:
        evidence.append(cite("history.irregular_periods", True))
    if history.restricted_eating:
        evidence.append(cite("history.restricted_eating", True))
    return tuple(evidence)


ADVICE_RULES: tuple[Rule, ...] = (
    load_spike,
    worn_shoes,
    single_pair,
    shoe_fit,
    hard_surfaces,
    no_cross_training,
    plantar_heel_pain,
    energy_availability,
)
