"""Advice rules of set 2026.1: they tailor the handout and never make a referral.

A flag's action is part of its rule, like its title and source. The patient's own
numbers are in the evidence (`running.weekly_distance = 48 (up 37.1 %)`); the sentences
built from them (next week's ceiling, replace the shoes now or soon) are the handout's,
from the same measures (`next_week_ceiling`, `shoe_wear`).
"""

from collections.abc import Callable

from clinic_app.intake import Intake
from clinic_app.rules.evidence import listed, number
from clinic_app.rules.measures import age_at_visit, shoe_distance_reached
from clinic_app.rules.model import Check, Evidence, Rule
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
        )

    return declare


@advice(
    "load_spike",
    title="Weekly distance rose quickly",
    action=(
        "Ease back and build up gradually: the handout gives next week's ceiling in the "
        "patient's own numbers. The 10 % rule is a rule of thumb; Nielsen et al. (JOSPT 2014) "
        "linked injuries to rises of more than 30 % over two weeks."
    ),
    source=f"{SEED_SORE_FEET}: the 10 % rule; Nielsen et al., JOSPT 2014",
)
def load_spike(intake: Intake, settings: RuleSettings) -> Evidence | None:
    return rise_evidence(intake, settings) or None


@advice(
    "worn_shoes",
    title="Running shoes may be worn out",
    action=(
        "Check the shoes: replace them now from 500 miles (804.7 km) or when the cushioning is "
        "worn, and plan to replace them soon from 300 miles (482.8 km). 300-500 miles is a "
        "common guide, not a hard limit."
    ),
    source=f"{SEED_SORE_FEET}: replace running shoes every 300-500 miles",
)
def worn_shoes(intake: Intake, settings: RuleSettings) -> Evidence | None:
    running = intake.running
    far = shoe_distance_reached(intake)
    if not (far or running.shoe_cushioning_worn):
        return None
    evidence = []
    if far:
        evidence.append(
            f"running.shoe_distance = {number(running.shoe_distance)} ({running.distance_unit})"
        )
    if running.shoe_cushioning_worn:
        evidence.append("running.shoe_cushioning_worn = true")
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
    return ("running.shoe_pairs_in_rotation = 1",)


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
    return ("running.shoe_fit_problems = true",)


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
    return (f"running.surfaces = {listed(surfaces)}",)


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
        "running.cross_training = false",
        f"running.weekly_distance = {number(running.weekly_distance)}",
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
        "symptoms.first_step_morning_pain = true",
        f"symptoms.locations = {listed(locations)}",
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
        evidence.append("history.irregular_periods = true")
    if history.restricted_eating:
        evidence.append("history.restricted_eating = true")
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


GROWING_AGES = range(8, 16)
"""Ages 8 to 15 at the visit: when the heel bone's growth plate is still open."""


@advice(
    "growing_heel",
    title="Heel pain in a growing runner",
    action=(
        "Heel pain in a growing runner is often irritation where the heel bone grows: less "
        "jumping and hard running for a while, cushioned heels, and a clinician's check if "
        "it lasts."
    ),
    source="Physiotherapy literature on calcaneal apophysitis (Sever's)",
)
def growing_heel(intake: Intake, settings: RuleSettings) -> Evidence | None:
    locations = intake.symptoms.locations
    age = age_at_visit(intake)
    if "heel" not in locations or age not in GROWING_AGES:
        return None
    born = intake.patient.date_of_birth.isoformat()
    return (
        f"patient.date_of_birth = {born} (age {age} at the visit)",
        f"symptoms.locations = {listed(locations)}",
    )


ADVICE_RULES_2027: tuple[Rule, ...] = (growing_heel,)
"""The advice rule set 2027.1 adds, after 2026.1's (rules-2027.md)."""
