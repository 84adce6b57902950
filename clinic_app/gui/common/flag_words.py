"""How flags are worded wherever the desk or a clinician sees one: the badge's words, the
plain names of the answers a flag cites, and the lines under a flag's title.

The live-flags panel, the review pane and the decision dialog all word a flag the same
way (through the one `FlagCard`); this is where that wording lives. No widgets here.
"""

import re
from typing import Protocol

BADGE_WORDS: dict[str, str] = {
    "emergency": "Emergency — care now",
    "urgent": "Urgent — same day",
    "soon": "Soon — within days",
    "advice": "Advice",
}
"""The words on each badge, keyed by its `urgency` property (the style sheet's colour)."""


class ShownFlag(Protocol):
    """What a flag card shows of a flag: the shape the rules' `Flag` (a live assessment)
    and the services' `FlagOnRecord` (a stored one) have in common, so one card and one
    wording serve both without either layer knowing the other."""

    @property
    def code(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def urgency(self) -> str | None: ...
    @property
    def title(self) -> str: ...
    @property
    def evidence(self) -> tuple[str, ...]: ...
    @property
    def source(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def clinician_only(self) -> bool: ...


CLINICIAN_ONLY = "For the clinician only — not printed on the sheet"

ANSWER_WORDS: dict[str, str] = {
    # The answers the flags wait for (live_flags.NEEDED_BY_RULES).
    "format": "a document format this version reads",
    "visit_date": "the visit date",
    "running.weekly_distance": "the distance in the last 7 days",
    "symptoms.side": "which foot",
    "symptoms.locations": "where it hurts",
    "symptoms.pain_now": "the pain now (0–10)",
    # Optional answers the rules read, named when one is left out as not valid yet.
    "running.distance_unit": "the distance unit",
    "running.previous_weekly_distance": "the distance the week before",
    "running.recent_changes": "the changes in the last 4 weeks",
    "running.surfaces": "the surfaces",
    "running.shoe_distance": "the distance on the main pair",
    "running.shoe_pairs_in_rotation": "the pairs in rotation",
    "running.shoe_fit_problems": "whether the shoes fit",
    "running.shoe_cushioning_worn": "whether the cushioning is worn",
    "running.cross_training": "cross-training",
    "symptoms.onset_date": "when the pain started",
    "symptoms.pain_character": "how it feels",
    "symptoms.pain_localized": "whether they can point to one spot",
    "symptoms.bone_point_tenderness": "whether pressing a bone hurts",
    "symptoms.numbness_or_tingling": "numbness or tingling",
    "symptoms.swelling": "swelling",
    "symptoms.redness": "redness",
    "symptoms.warmth": "whether the area feels hot",
    "symptoms.fever": "fever",
    "symptoms.weight_bearing": "weight bearing",
    "symptoms.worse_with_activity": "worse with activity",
    "symptoms.night_pain": "pain at night",
    "symptoms.first_step_morning_pain": "pain with the first steps in the morning",
    "symptoms.self_care_days": "the days of self-care tried",
    "symptoms.improving": "whether it is getting better",
    "symptoms.injury": "what started it",
    "symptoms.foot_colour": "the colour of the foot",
    "symptoms.foot_cold": "whether the foot feels cold",
    "symptoms.pain_out_of_proportion": "pain far worse than the injury",
    "symptoms.redness_spreading": "whether the redness is spreading",
    "symptoms.feels_very_unwell": "whether they feel very unwell",
    "symptoms.open_wound": "a wound on the foot",
    "symptoms.morning_stiffness_minutes": "the minutes of morning stiffness",
    "history": "the history",
    "history.previous_stress_fracture": "a past stress fracture",
    "history.diabetes": "diabetes",
    "history.peripheral_neuropathy": "reduced feeling in the feet",
    "history.low_bone_density": "low bone density",
    "history.irregular_periods": "absent or irregular periods",
    "history.restricted_eating": "restricted eating",
    "history.other_joints_affected": "other joints affected",
    "history.fluoroquinolone_recent": "a recent fluoroquinolone antibiotic",
    "history.unexplained_weight_loss": "unexplained weight loss",
    "history.cancer_history": "cancer now or in the past",
}
"""Plain words for the answers named by the panel; any other path is shown as it is."""


def answer_words(path: str) -> str:
    return ANSWER_WORDS.get(path, path)


_EVIDENCE = re.compile(r"(?P<path>[a-z_]+(?:\.[a-z_]+)*) = (?P<value>.*)", re.DOTALL)
_VALUE_WORDS = {"true": "yes", "false": "no", "null": "not given"}


def evidence_words(item: str) -> str:
    """One piece of evidence as the desk says it: "night pain: yes", not
    "symptoms.night_pain = true". Anything not in the rules' `path = value` form is kept."""
    found = _EVIDENCE.fullmatch(item)
    if found is None:
        return item
    path, value = found["path"], found["value"]
    name = ANSWER_WORDS.get(path) or path.rpartition(".")[2].replace("_", " ")
    head, space, rest = value.partition(" ")
    value = _VALUE_WORDS.get(head, head) + space + rest
    return f"{name}: {value.strip('[]') if value.startswith('[') else value}"


def badge_words(urgency: str | None) -> str:
    """A flag's badge in words; a stored urgency this version does not know is shown as is."""
    key = urgency or "advice"
    return BADGE_WORDS.get(key, key)


def card_lines(flag: ShownFlag, rules_version: str | None = None) -> list[str]:
    """What a card says under its title: why, what it rests on, under which rule set (for
    a flag on record), what to do, who may see it."""
    why = "; ".join(evidence_words(item) for item in flag.evidence)
    lines = ["Why: " + why, "Rests on: " + flag.source]
    if rules_version is not None:
        lines.append(f"Rule set: {rules_version}")
    lines.append(flag.action)
    if flag.clinician_only:
        lines.append(CLINICIAN_ONLY)
    return lines
