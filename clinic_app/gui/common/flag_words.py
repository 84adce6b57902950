"""How flags are worded wherever the desk or a clinician sees one: the badge's words, the
plain names of the answers a flag cites, and the lines under a flag's title.

The live-flags panel, the review pane and the decision dialog all word a flag the same
way (through the one `FlagCard`); this is where that wording lives. No widgets here.
"""

import re
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from clinic_app.gui.common.rule_words import rule_words
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP

BADGE_WORDS: dict[str, str] = {
    "emergency": QT_TRANSLATE_NOOP("FlagWords", "Emergency — care now"),
    "urgent": QT_TRANSLATE_NOOP("FlagWords", "Urgent — same day"),
    "soon": QT_TRANSLATE_NOOP("FlagWords", "Soon — within days"),
    "advice": QT_TRANSLATE_NOOP("FlagWords", "Advice"),
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


CLINICIAN_ONLY = QT_TRANSLATE_NOOP("FlagWords", "For the clinician only — not printed on the sheet")

ANSWER_WORDS: dict[str, str] = {
    # The answers the flags wait for (live_flags.NEEDED_BY_RULES).
    "format": QT_TRANSLATE_NOOP("FlagWords", "a document format this version reads"),
    "visit_date": QT_TRANSLATE_NOOP("FlagWords", "the visit date"),
    "running.weekly_distance": QT_TRANSLATE_NOOP("FlagWords", "the distance in the last 7 days"),
    "symptoms.side": QT_TRANSLATE_NOOP("FlagWords", "which foot"),
    "symptoms.locations": QT_TRANSLATE_NOOP("FlagWords", "where it hurts"),
    "symptoms.pain_now": QT_TRANSLATE_NOOP("FlagWords", "the pain now (0–10)"),
    # Optional answers the rules read, named when one is left out as not valid yet.
    "running.distance_unit": QT_TRANSLATE_NOOP("FlagWords", "the distance unit"),
    "running.previous_weekly_distance": QT_TRANSLATE_NOOP(
        "FlagWords", "the distance the week before"
    ),
    "running.recent_changes": QT_TRANSLATE_NOOP("FlagWords", "the changes in the last 4 weeks"),
    "running.surfaces": QT_TRANSLATE_NOOP("FlagWords", "the surfaces"),
    "running.shoe_distance": QT_TRANSLATE_NOOP("FlagWords", "the distance on the main pair"),
    "running.shoe_pairs_in_rotation": QT_TRANSLATE_NOOP("FlagWords", "the pairs in rotation"),
    "running.shoe_fit_problems": QT_TRANSLATE_NOOP("FlagWords", "whether the shoes fit"),
    "running.shoe_cushioning_worn": QT_TRANSLATE_NOOP(
        "FlagWords", "whether the cushioning is worn"
    ),
    "running.cross_training": QT_TRANSLATE_NOOP("FlagWords", "cross-training"),
    "symptoms.onset_date": QT_TRANSLATE_NOOP("FlagWords", "when the pain started"),
    "symptoms.pain_character": QT_TRANSLATE_NOOP("FlagWords", "how it feels"),
    "symptoms.pain_localized": QT_TRANSLATE_NOOP("FlagWords", "whether they can point to one spot"),
    "symptoms.bone_point_tenderness": QT_TRANSLATE_NOOP(
        "FlagWords", "whether pressing a bone hurts"
    ),
    "symptoms.numbness_or_tingling": QT_TRANSLATE_NOOP("FlagWords", "numbness or tingling"),
    "symptoms.swelling": QT_TRANSLATE_NOOP("FlagWords", "swelling"),
    "symptoms.redness": QT_TRANSLATE_NOOP("FlagWords", "redness"),
    "symptoms.warmth": QT_TRANSLATE_NOOP("FlagWords", "whether the area feels hot"),
    "symptoms.fever": QT_TRANSLATE_NOOP("FlagWords", "fever"),
    "symptoms.weight_bearing": QT_TRANSLATE_NOOP("FlagWords", "weight bearing"),
    "symptoms.worse_with_activity": QT_TRANSLATE_NOOP("FlagWords", "worse with activity"),
    "symptoms.night_pain": QT_TRANSLATE_NOOP("FlagWords", "pain at night"),
    "symptoms.first_step_morning_pain": QT_TRANSLATE_NOOP(
        "FlagWords", "pain with the first steps in the morning"
    ),
    "symptoms.self_care_days": QT_TRANSLATE_NOOP("FlagWords", "the days of self-care tried"),
    "symptoms.improving": QT_TRANSLATE_NOOP("FlagWords", "whether it is getting better"),
    "symptoms.injury": QT_TRANSLATE_NOOP("FlagWords", "what started it"),
    "symptoms.foot_colour": QT_TRANSLATE_NOOP("FlagWords", "the colour of the foot"),
    "symptoms.foot_cold": QT_TRANSLATE_NOOP("FlagWords", "whether the foot feels cold"),
    "symptoms.pain_out_of_proportion": QT_TRANSLATE_NOOP(
        "FlagWords", "pain far worse than the injury"
    ),
    "symptoms.redness_spreading": QT_TRANSLATE_NOOP(
        "FlagWords", "whether the redness is spreading"
    ),
    "symptoms.feels_very_unwell": QT_TRANSLATE_NOOP("FlagWords", "whether they feel very unwell"),
    "symptoms.open_wound": QT_TRANSLATE_NOOP("FlagWords", "a wound on the foot"),
    "symptoms.morning_stiffness_minutes": QT_TRANSLATE_NOOP(
        "FlagWords", "the minutes of morning stiffness"
    ),
    "history": QT_TRANSLATE_NOOP("FlagWords", "the history"),
    "history.previous_stress_fracture": QT_TRANSLATE_NOOP("FlagWords", "a past stress fracture"),
    "history.diabetes": QT_TRANSLATE_NOOP("FlagWords", "diabetes"),
    "history.peripheral_neuropathy": QT_TRANSLATE_NOOP("FlagWords", "reduced feeling in the feet"),
    "history.low_bone_density": QT_TRANSLATE_NOOP("FlagWords", "low bone density"),
    "history.irregular_periods": QT_TRANSLATE_NOOP("FlagWords", "absent or irregular periods"),
    "history.restricted_eating": QT_TRANSLATE_NOOP("FlagWords", "restricted eating"),
    "history.other_joints_affected": QT_TRANSLATE_NOOP("FlagWords", "other joints affected"),
    "history.fluoroquinolone_recent": QT_TRANSLATE_NOOP(
        "FlagWords", "a recent fluoroquinolone antibiotic"
    ),
    "history.unexplained_weight_loss": QT_TRANSLATE_NOOP("FlagWords", "unexplained weight loss"),
    "history.cancer_history": QT_TRANSLATE_NOOP("FlagWords", "cancer now or in the past"),
}
"""Plain words for the answers named by the panel; any other path is shown as it is."""


def _words(source: str) -> str:
    return QCoreApplication.translate("FlagWords", source)


def answer_words(path: str) -> str:
    return _words(ANSWER_WORDS[path]) if path in ANSWER_WORDS else path


_EVIDENCE = re.compile(r"(?P<path>[a-z_]+(?:\.[a-z_]+)*) = (?P<value>.*)", re.DOTALL)
_VALUE_WORDS = {
    "true": QT_TRANSLATE_NOOP("FlagWords", "yes"),
    "false": QT_TRANSLATE_NOOP("FlagWords", "no"),
    "null": QT_TRANSLATE_NOOP("FlagWords", "not given"),
}


def evidence_words(item: str) -> str:
    """One piece of evidence as the desk says it: "night pain: yes", not
    "symptoms.night_pain = true". Anything not in the rules' `path = value` form is kept."""
    found = _EVIDENCE.fullmatch(item)
    if found is None:
        return item
    path, value = found["path"], found["value"]
    name = answer_words(path) if path in ANSWER_WORDS else path.rpartition(".")[2].replace("_", " ")
    head, space, rest = value.partition(" ")
    value = (_words(_VALUE_WORDS[head]) if head in _VALUE_WORDS else head) + space + rest
    return f"{name}: {value.strip('[]') if value.startswith('[') else value}"


def badge_words(urgency: str | None) -> str:
    """A flag's badge in words; a stored urgency this version does not know is shown as is."""
    key = urgency or "advice"
    return _words(BADGE_WORDS[key]) if key in BADGE_WORDS else key


def card_lines(flag: ShownFlag, rules_version: str | None = None) -> list[str]:
    """What a card says under its title: why, what it rests on, under which rule set (for
    a flag on record), what to do, who may see it. The action is in the staff's language
    (`rule_words`); the evidence is worded by `evidence_words` and the source is kept as
    the rule cites it."""
    why = "; ".join(evidence_words(item) for item in flag.evidence)
    translate = QCoreApplication.translate
    lines = [
        translate("FlagWords", "Why: {why}").format(why=why),
        translate("FlagWords", "Rests on: {source}").format(source=flag.source),
    ]
    if rules_version is not None:
        lines.append(translate("FlagWords", "Rule set: {version}").format(version=rules_version))
    lines.append(rule_words(flag.action))
    if flag.clinician_only:
        lines.append(_words(CLINICIAN_ONLY))
    return lines
