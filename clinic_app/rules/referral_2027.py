"""The referral rules rule set 2027.1 adds to 2026.1 (rules-2027.md), in its table's order.

Three of them are emergencies: care now, at the emergency department, not "today". Like
2026.1's, each is a small pure function that cites the answers that made it fire, and the
wording flags for a clinician; it does not diagnose.
"""

from clinic_app.intake import Intake
from clinic_app.rules.evidence import listed
from clinic_app.rules.measures import ACUTE_INJURIES
from clinic_app.rules.model import Evidence, Rule
from clinic_app.rules.referral import diabetes_evidence, referral
from clinic_app.rules.settings import RuleSettings

STIFFNESS_MINUTES = 30
"""Morning stiffness this long or longer suggests an inflammatory cause (NICE NG100)."""

_CHANGED_COLOURS = frozenset({"pale", "blue", "mottled"})


@referral(
    "circulation_compromise",
    urgency="emergency",
    title="The foot has turned pale, blue or blotchy",
    action=(
        "Emergency care now: the blood supply to the foot may be blocked. Send the patient to "
        "the emergency department; do not wait for an appointment."
    ),
    source=(
        "NHS foot and ankle pathways: neurovascular compromise → emergency department; "
        "BOAST (British Orthopaedic Association Standards for Trauma)"
    ),
)
def circulation_compromise(intake: Intake, settings: RuleSettings) -> Evidence | None:
    symptoms = intake.symptoms
    if symptoms.foot_colour not in _CHANGED_COLOURS:
        return None
    if symptoms.foot_cold:
        return (f"symptoms.foot_colour = {symptoms.foot_colour}", "symptoms.foot_cold = true")
    return (f"symptoms.foot_colour = {symptoms.foot_colour}",)


@referral(
    "compartment_syndrome",
    urgency="emergency",
    title="Pain far worse than the injury explains",
    action=(
        "Emergency care now: pressure may be building inside the foot (compartment syndrome), "
        "which can harm muscle and nerves within hours. Send the patient to the emergency "
        "department."
    ),
    source=("BOAST 10, compartment syndrome (2016): pain out of proportion is the earliest sign"),
)
def compartment_syndrome(intake: Intake, settings: RuleSettings) -> Evidence | None:
    symptoms = intake.symptoms
    if not symptoms.pain_out_of_proportion:
        return None
    evidence = ["symptoms.pain_out_of_proportion = true"]
    if symptoms.injury in ACUTE_INJURIES:
        evidence.append(f"symptoms.injury = {symptoms.injury}")
    if symptoms.swelling == "significant":
        evidence.append("symptoms.swelling = significant")
    return tuple(evidence) if len(evidence) > 1 else None


@referral(
    "sepsis_signs",
    urgency="emergency",
    title="Very unwell with signs of infection",
    action=(
        "Emergency care now: this may be sepsis. Call the emergency number or send the "
        "patient to the emergency department."
    ),
    source="NICE NG51, sepsis",
)
def sepsis_signs(intake: Intake, settings: RuleSettings) -> Evidence | None:
    symptoms = intake.symptoms
    if not symptoms.feels_very_unwell:
        return None
    signs = [
        f"symptoms.{name} = true"
        for name, holds in (
            ("fever", symptoms.fever),
            ("redness", symptoms.redness),
            ("warmth", symptoms.warmth),
            ("redness_spreading", symptoms.redness_spreading),
            ("open_wound", symptoms.open_wound),
        )
        if holds
    ]
    return ("symptoms.feels_very_unwell = true", *signs) if signs else None


@referral(
    "spreading_redness",
    urgency="urgent",
    title="Redness that is spreading",
    action=(
        "Needs checking by a clinician today: spreading redness may be an infection of the "
        "skin (cellulitis)."
    ),
    source="NICE CKS, cellulitis",
)
def spreading_redness(intake: Intake, settings: RuleSettings) -> Evidence | None:
    if not intake.symptoms.redness_spreading:
        return None
    return ("symptoms.redness_spreading = true",)


@referral(
    "diabetic_foot_wound",
    urgency="urgent",
    title="A wound on the foot with diabetes or reduced feeling",
    action=(
        "Needs checking within one working day: with diabetes or reduced feeling, a wound may "
        "become an ulcer that heals poorly. Refer to the diabetic foot service."
    ),
    source="NICE NG19: a diabetic foot ulcer is referred within one working day",
)
def diabetic_foot_wound(intake: Intake, settings: RuleSettings) -> Evidence | None:
    if not intake.symptoms.open_wound:
        return None
    conditions = diabetes_evidence(intake)
    return (*conditions, "symptoms.open_wound = true") if conditions else None


@referral(
    "tendon_rupture_risk",
    urgency="urgent",
    title="Achilles pain after a recent fluoroquinolone antibiotic",
    action=(
        "Needs checking by a clinician today: these antibiotics may weaken tendons, and the "
        "Achilles may tear. No running, jumping or calf stretching until seen."
    ),
    source=(
        "MHRA Drug Safety Update, March 2019; FDA safety communication, 2016: "
        "fluoroquinolones and tendon rupture"
    ),
)
def tendon_rupture_risk(intake: Intake, settings: RuleSettings) -> Evidence | None:
    locations = intake.symptoms.locations
    if "achilles" not in locations or not intake.history.fluoroquinolone_recent:
        return None
    return (f"symptoms.locations = {listed(locations)}", "history.fluoroquinolone_recent = true")


@referral(
    "possible_bone_lesion",
    urgency="urgent",
    title="Night pain with weight loss or a history of cancer",
    action=(
        "Needs checking by a clinician today: bone pain at night with these may have a serious "
        "cause that needs tests."
    ),
    source="NICE NG12, suspected cancer: unexplained bone pain; MSK red flags",
)
def possible_bone_lesion(intake: Intake, settings: RuleSettings) -> Evidence | None:
    history = intake.history
    if not intake.symptoms.night_pain:
        return None
    reasons = [
        f"history.{name} = true"
        for name, holds in (
            ("unexplained_weight_loss", history.unexplained_weight_loss),
            ("cancer_history", history.cancer_history),
        )
        if holds
    ]
    return ("symptoms.night_pain = true", *reasons) if reasons else None


@referral(
    "inflammatory_pattern",
    urgency="soon",
    title="Long morning stiffness with swelling or other joints",
    action=(
        "Needs a clinician's assessment within a few days: this pattern may be an "
        "inflammatory arthritis, which needs blood tests or a rheumatology referral."
    ),
    source=(
        "NICE NG100, rheumatoid arthritis: refer suspected synovitis of the small joints of "
        "the feet urgently"
    ),
)
def inflammatory_pattern(intake: Intake, settings: RuleSettings) -> Evidence | None:
    minutes = intake.symptoms.morning_stiffness_minutes
    if minutes is None or minutes < STIFFNESS_MINUTES:
        return None
    evidence = []
    if intake.history.other_joints_affected:
        evidence.append("history.other_joints_affected = true")
    if intake.symptoms.swelling != "none":
        evidence.append(f"symptoms.swelling = {intake.symptoms.swelling}")
    if not evidence:
        return None
    return (f"symptoms.morning_stiffness_minutes = {minutes}", *evidence)


REFERRAL_RULES_2027: tuple[Rule, ...] = (
    circulation_compromise,
    compartment_syndrome,
    sepsis_signs,
    spreading_redness,
    diabetic_foot_wound,
    tendon_rupture_risk,
    possible_bone_lesion,
    inflammatory_pattern,
)
