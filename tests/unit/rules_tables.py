"""rules.md's two tables, in their order, typed from the specification for the tests."""

# The two tables of rules.md, in the table's order, with each referral row's urgency.
REFERRAL_TABLE: dict[str, str | None] = {
    "cannot_bear_weight": "urgent",
    "difficulty_walking": "soon",
    "possible_infection": "urgent",
    "diabetic_foot": "urgent",
    "swelling_redness": "soon",
    "numbness_tingling": "soon",
    "sharp_pain": "soon",
    "worsening_or_night_pain": "soon",
    "persistent_pain": "soon",
    "suspected_stress_fracture": None,  # urgent at a high-risk site, else soon
    "ottawa_foot": "urgent",
    "ottawa_ankle": "urgent",
    "achilles_rupture": "urgent",
}
ADVICE_TABLE: tuple[str, ...] = (
    "load_spike",
    "worn_shoes",
    "single_pair",
    "shoe_fit",
    "hard_surfaces",
    "no_cross_training",
    "plantar_heel_pain",
    "energy_availability",
)
