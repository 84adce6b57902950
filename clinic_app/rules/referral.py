"""Referral rules of set 2026.1: answers that must reach a clinician.

One small pure function per rule, in the order of rules.md's table. Each fires exactly
on the criterion written there and cites the answers that made it fire. The wording
flags for attention; it does not diagnose.
"""

from collections.abc import Callable

from clinic_app.intake import Intake, Symptoms
from clinic_app.rules.evidence import listed, number
from clinic_app.rules.measures import (
    ACUTE_INJURIES,
    OTTAWA_FOOT_SITES,
    as_percent,
    duration,
    high_risk_sites,
    rose_too_fast,
    weekly_increase,
)
from clinic_app.rules.model import Check, Evidence, Rule, Urgency, UrgencyFor
from clinic_app.rules.settings import RuleSettings

SEED_SORE_FEET = "“Sore Feet After Running: Causes, Immediate Relief, and Long-Term Prevention”"
SEED_RELIEVE = "“How to relieve foot pain from running” (Cainiu Health, 2025)"
STIELL = "Stiell et al., Ann Emerg Med 1992; JAMA 1993"


def referral(
    code: str,
    *,
    urgency: Urgency,
    title: str,
    action: str,
    source: str,
    urgency_for: UrgencyFor | None = None,
) -> Callable[[Check], Rule]:
    """Declare a referral rule: its description, and the check under it."""

    def declare(check: Check) -> Rule:
        return Rule(
            code,
            "referral",
            urgency,
            title,
            action,
            source,
            check,
            urgency_for=urgency_for,
        )

    return declare


def rise_evidence(intake: Intake, settings: RuleSettings) -> Evidence:
    """The two weekly distances, cited, when the rise is over the clinic's limit; else ()."""
    if not rose_too_fast(intake, settings):
        return ()
    running = intake.running
    rise = as_percent(weekly_increase(intake) or 0.0, above=settings.max_weekly_increase)
    return (
        f"running.previous_weekly_distance = {number(running.previous_weekly_distance)}",
        f"running.weekly_distance = {number(running.weekly_distance)} (up {rise} %)",
    )


def _local_signs(symptoms: Symptoms) -> list[str]:
    """Redness, warmth or any swelling, cited: the local signs several rules look for."""
    signs = []
    if symptoms.redness:
        signs.append("symptoms.redness = true")
    if symptoms.warmth:
        signs.append("symptoms.warmth = true")
    if symptoms.swelling != "none":
        signs.append(f"symptoms.swelling = {symptoms.swelling}")
    return signs


def _ottawa(intake: Intake, sites: tuple[str, ...]) -> Evidence | None:
    """The Ottawa criterion shared by the foot and ankle rules, over the given regions."""
    symptoms = intake.symptoms
    if symptoms.injury not in ACUTE_INJURIES:
        return None
    tender = symptoms.bone_point_tenderness
    unable = symptoms.weight_bearing == "unable"
    if not (tender or unable) or not any(site in symptoms.locations for site in sites):
        return None
    evidence = [
        f"symptoms.injury = {symptoms.injury}",
        f"symptoms.locations = {listed(symptoms.locations)}",
    ]
    if tender:
        evidence.append("symptoms.bone_point_tenderness = true")
    if unable:
        evidence.append("symptoms.weight_bearing = unable")
    return tuple(evidence)


def diabetes_evidence(intake: Intake) -> list[str]:
    """Diabetes and reduced feeling in the feet, cited when true: the conditions that make
    a foot's skin and swelling matter more (2026.1's diabetic_foot, 2027.1's wound rule)."""
    history = intake.history
    return [
        f"{path} = true"
        for path, holds in (
            ("history.diabetes", history.diabetes),
            ("history.peripheral_neuropathy", history.peripheral_neuropathy),
        )
        if holds
    ]


def _fracture_urgency(intake: Intake) -> Urgency:
    """Urgent at a high-risk site (navicular, base of 5th metatarsal, sesamoids), else soon."""
    return "urgent" if high_risk_sites(intake) else "soon"


@referral(
    "cannot_bear_weight",
    urgency="urgent",
    title="Cannot take weight on the foot",
    action=(
        "Needs checking by a clinician today. Not being able to take four steps on the foot "
        "may mean a fracture or another serious injury."
    ),
    source=f"{SEED_SORE_FEET}: inability to bear weight; Ottawa rules four-step test ({STIELL})",
)
def cannot_bear_weight(intake: Intake, settings: RuleSettings) -> Evidence | None:
    if intake.symptoms.weight_bearing != "unable":
        return None
    return ("symptoms.weight_bearing = unable",)


@referral(
    "difficulty_walking",
    urgency="soon",
    title="Cannot walk normally",
    action="Needs a clinician's assessment within a few days: a limp may mean an injury.",
    source=f"{SEED_SORE_FEET}: difficulty walking normally",
)
def difficulty_walking(intake: Intake, settings: RuleSettings) -> Evidence | None:
    if intake.symptoms.weight_bearing != "difficult":
        return None
    return ("symptoms.weight_bearing = difficult",)


@referral(
    "possible_infection",
    urgency="urgent",
    title="Fever with redness, warmth or swelling",
    action=(
        "Needs checking by a clinician today: this may be an infection such as cellulitis. "
        "No massage or heat on the area until seen."
    ),
    source=(
        f"{SEED_SORE_FEET} and {SEED_RELIEVE}: redness, swelling or fever need prompt care; "
        "NICE CKS Cellulitis - acute"
    ),
)
def possible_infection(intake: Intake, settings: RuleSettings) -> Evidence | None:
    symptoms = intake.symptoms
    if not symptoms.fever:
        return None
    local = _local_signs(symptoms)
    return ("symptoms.fever = true", *local) if local else None


@referral(
    "diabetic_foot",
    urgency="urgent",
    title="Red, warm or swollen foot with diabetes or neuropathy",
    action=(
        "Needs same-day assessment: with diabetes or reduced feeling, this may be active "
        "Charcot foot or an infection."
    ),
    source="NICE NG19 Diabetic foot problems: prevention and management",
)
def diabetic_foot(intake: Intake, settings: RuleSettings) -> Evidence | None:
    history = intake.history
    if not (history.diabetes or history.peripheral_neuropathy):
        return None
    local = _local_signs(intake.symptoms)
    if not local:
        return None
    return (*diabetes_evidence(intake), *local)


@referral(
    "swelling_redness",
    urgency="soon",
    title="Marked swelling or redness",
    action="Needs a clinician's assessment within a few days.",
    source=f"{SEED_SORE_FEET}: significant swelling or redness",
)
def swelling_redness(intake: Intake, settings: RuleSettings) -> Evidence | None:
    symptoms = intake.symptoms
    evidence = []
    if symptoms.swelling == "significant":
        evidence.append("symptoms.swelling = significant")
    if symptoms.redness:
        evidence.append("symptoms.redness = true")
    return tuple(evidence) if evidence else None


@referral(
    "numbness_tingling",
    urgency="soon",
    title="Numbness or tingling",
    action="May mean a nerve is pressed or irritated; needs a clinician's assessment.",
    source=f"{SEED_SORE_FEET}: numbness or tingling may mean nerve impingement",
)
def numbness_tingling(intake: Intake, settings: RuleSettings) -> Evidence | None:
    if not intake.symptoms.numbness_or_tingling:
        return None
    return ("symptoms.numbness_or_tingling = true",)


@referral(
    "sharp_pain",
    urgency="soon",
    title="Sharp or stabbing pain",
    action=(
        "Sharp pain, above all in one spot, may mean more than simple soreness; "
        "needs checking by a clinician."
    ),
    source=f"{SEED_SORE_FEET}: sharp, stabbing pain, especially when localized",
)
def sharp_pain(intake: Intake, settings: RuleSettings) -> Evidence | None:
    symptoms = intake.symptoms
    character = symptoms.pain_character
    if "sharp" not in character and "stabbing" not in character:
        return None
    if symptoms.pain_localized:
        return (
            f"symptoms.pain_character = {listed(character)}",
            "symptoms.pain_localized = true",
        )
    return (f"symptoms.pain_character = {listed(character)}",)


@referral(
    "worsening_or_night_pain",
    urgency="soon",
    title="Pain that builds with activity or wakes the patient",
    action="Needs a clinician's assessment: this pattern may point to a stress injury.",
    source=f"{SEED_SORE_FEET}: pain that worsens with activity or wakes you at night",
)
def worsening_or_night_pain(intake: Intake, settings: RuleSettings) -> Evidence | None:
    symptoms = intake.symptoms
    evidence = []
    if symptoms.worse_with_activity:
        evidence.append("symptoms.worse_with_activity = true")
    if symptoms.night_pain:
        evidence.append("symptoms.night_pain = true")
    return tuple(evidence) if evidence else None


@referral(
    "persistent_pain",
    urgency="soon",
    title="Pain that is not settling",
    action=(
        "Has lasted more than a few days without getting better; needs a clinician's assessment."
    ),
    source=(
        f"{SEED_SORE_FEET}: no improvement after a few days; "
        f"{SEED_RELIEVE}: beyond three days without improvement"
    ),
)
def persistent_pain(intake: Intake, settings: RuleSettings) -> Evidence | None:
    symptoms = intake.symptoms
    if symptoms.improving is True:
        return None
    days = intake.days_since_onset
    if duration(days, symptoms.self_care_days) <= settings.persistent_pain_days:
        return None
    evidence = []
    if symptoms.onset_date is not None:
        onset = symptoms.onset_date.isoformat()
        evidence.append(f"symptoms.onset_date = {onset} ({days} days before the visit)")
    if symptoms.self_care_days is not None:
        evidence.append(f"symptoms.self_care_days = {number(symptoms.self_care_days)}")
    if symptoms.improving is False:
        evidence.append("symptoms.improving = false")
    else:
        evidence.append("symptoms.improving = null (not known, counted as not improving)")
    return tuple(evidence)


@referral(
    "suspected_stress_fracture",
    urgency="soon",
    title="A bone is tender to press: possible stress fracture",
    action=(
        "Needs examination, and imaging if the clinician agrees: a stress fracture may be "
        "present. At a high-risk site (navicular, base of the 5th metatarsal, sesamoids) it "
        "needs same-day assessment, as it may heal poorly without prompt care. No running "
        "until seen."
    ),
    source=(
        f"{SEED_SORE_FEET}: pinpoint tenderness on a bone, especially after a mileage "
        "increase; high-risk sites (navicular, base of 5th metatarsal, sesamoids): "
        "Mayer et al., Sports Health 2014"
    ),
    urgency_for=_fracture_urgency,
)
def suspected_stress_fracture(intake: Intake, settings: RuleSettings) -> Evidence | None:
    if not intake.symptoms.bone_point_tenderness:
        return None
    running, history = intake.running, intake.history
    evidence = ["symptoms.bone_point_tenderness = true"]
    evidence.extend(rise_evidence(intake, settings))
    if "distance" in running.recent_changes:
        evidence.append(f"running.recent_changes = {listed(running.recent_changes)}")
    for path, holds in (
        ("history.previous_stress_fracture", history.previous_stress_fracture),
        ("history.low_bone_density", history.low_bone_density),
        ("history.irregular_periods", history.irregular_periods),
        ("history.restricted_eating", history.restricted_eating),
    ):
        if holds:
            evidence.append(f"{path} = true")
    sites = high_risk_sites(intake)
    if sites:
        locations = intake.symptoms.locations
        evidence.append(
            f"symptoms.locations = {listed(locations)} (high-risk site: {', '.join(sites)})"
        )
    return tuple(evidence)


@referral(
    "ottawa_foot",
    urgency="urgent",
    title="Ottawa foot rule met after an injury",
    action=(
        "A foot X-ray may be needed; the clinician confirms by examining the midfoot "
        "(navicular, base of the 5th metatarsal) before ordering it."
    ),
    source=f"Ottawa foot rule: {STIELL}",
)
def ottawa_foot(intake: Intake, settings: RuleSettings) -> Evidence | None:
    return _ottawa(intake, OTTAWA_FOOT_SITES)


@referral(
    "ottawa_ankle",
    urgency="urgent",
    title="Ottawa ankle rule met after an injury",
    action=(
        "An ankle X-ray may be needed; the clinician confirms by examining the ankle bones "
        "before ordering it."
    ),
    source=f"Ottawa ankle rule: {STIELL}",
)
def ottawa_ankle(intake: Intake, settings: RuleSettings) -> Evidence | None:
    return _ottawa(intake, ("ankle",))


@referral(
    "achilles_rupture",
    urgency="urgent",
    title="Sudden snap at the back of the heel: possible Achilles rupture",
    action=(
        "Needs same-day assessment: the Achilles tendon may be torn, even though many "
        "people can still walk."
    ),
    source="Sudden snap in the heel: BMJ 2015;351:h4722",
)
def achilles_rupture(intake: Intake, settings: RuleSettings) -> Evidence | None:
    symptoms = intake.symptoms
    if symptoms.injury != "pop" or "achilles" not in symptoms.locations:
        return None
    return ("symptoms.injury = pop", f"symptoms.locations = {listed(symptoms.locations)}")


REFERRAL_RULES: tuple[Rule, ...] = (
    cannot_bear_weight,
    difficulty_walking,
    possible_infection,
    diabetic_foot,
    swelling_redness,
    numbness_tingling,
    sharp_pain,
    worsening_or_night_pain,
    persistent_pain,
    suspected_stress_fracture,
    ottawa_foot,
    ottawa_ankle,
    achilles_rupture,
)
