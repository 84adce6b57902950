"""Property tests of the rules over generated intake documents: monotony, evidence, order."""

import copy
import itertools
import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from intake_documents import (
    DISTANCE_UNITS,
    INJURIES,
    PAIN_CHARACTERS,
    RECENT_CHANGES,
    REGIONS,
    SEXES,
    SIDES,
    SURFACES,
    SWELLINGS,
    WEIGHT_BEARINGS,
)
from rules_tables import ADVICE_TABLE, REFERRAL_TABLE

from clinic_app.intake import parse_intake
from clinic_app.intake.model import Intake
from clinic_app.rules import Assessment, Flag, RuleSettings, engine
from clinic_app.rules.measures import shoe_wear

SET = "2026.1"
"""These properties model rules.md's tables (set 2026.1); test_rules_2027_table has 2027.1's."""


def assess(intake: Intake, settings: RuleSettings | None = None) -> Assessment:
    return engine.assess(intake, settings, version=SET)


URGENCY_RANK: dict[str | None, int] = {None: 0, "soon": 1, "urgent": 2}

HIGH_RISK_SITES = {"inner_midfoot", "outer_midfoot", "big_toe_joint"}

# The symptoms whose addition must never take a referral away. weight_bearing is deliberately
# not among them: its referral flags are disjoint categories (going from difficult to unable
# replaces difficulty_walking by cannot_bear_weight), so a flag does disappear; its own test
# below checks that a worse weight_bearing never lowers highest_urgency instead.
BOOLEAN_SYMPTOMS = (
    "pain_localized",
    "bone_point_tenderness",
    "numbness_or_tingling",
    "redness",
    "warmth",
    "fever",
    "worse_with_activity",
    "night_pain",
    "first_step_morning_pain",
)

PROPERTY_SETTINGS = settings(max_examples=200, deadline=None, database=None)

# --- Documents over the whole format -------------------------------------------------------


def unique_lists(options: tuple[str, ...], min_size: int = 0) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(options), min_size=min_size, unique=True)


def distances(high: int, landmarks: tuple[float, ...] = ()) -> st.SearchStrategy[float]:
    """Whole numbers, one-decimal numbers, any float in range, and some threshold values."""
    return st.one_of(
        st.integers(0, high).map(float),
        st.integers(0, high * 10).map(lambda tenths: tenths / 10),
        st.floats(0, high, allow_nan=False, allow_infinity=False),
        st.sampled_from(landmarks or (0.0,)),
    )


@st.composite
def weekly_loads(draw: st.DrawFn) -> dict[str, Any]:
    """weekly and previous distances, now and then exactly 10 % apart or just above it."""
    previous: float | None = draw(st.one_of(st.none(), distances(400)))
    weekly = draw(distances(400))
    if previous is not None and draw(st.booleans()):
        at_limit = Decimal(repr(previous)) * Decimal("1.1") + Decimal(
            draw(st.sampled_from(("0", "0.1")))
        )
        if at_limit <= 400:
            weekly = float(at_limit)
    loads: dict[str, Any] = {"weekly_distance": draw(st.sampled_from((weekly, int(weekly))))}
    if previous is not None or draw(st.booleans()):
        loads["previous_weekly_distance"] = previous
    return loads


@st.composite
def intake_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A valid clinic-intake/1 document; optional fields are sometimes left out."""
    visit = draw(st.dates(date(2010, 1, 1), date(2035, 12, 31)))
    born = draw(st.dates(date(visit.year - 119, 1, 1), visit))
    onset = draw(st.one_of(st.none(), st.dates(visit - timedelta(days=400), visit)))
    pain_now = draw(st.integers(0, 10))
    maybe_bool = st.one_of(st.none(), st.booleans())

    patient = draw(
        st.fixed_dictionaries(
            {
                "first_name": st.sampled_from(("Maya", "Jo", " Ana María ", "李")),
                "last_name": st.sampled_from(("Okafor", "O'Neil", "Ng")),
                "date_of_birth": st.just(born.isoformat()),
            },
            optional={
                "sex": st.sampled_from(SEXES),
                "phone": st.sampled_from((None, "555-0134", "")),
                "email": st.sampled_from((None, "maya@example.org")),
                "clinic_number": st.sampled_from((None, "P-10442")),
            },
        )
    )
    running = draw(weekly_loads())
    running.update(
        draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "distance_unit": st.sampled_from(DISTANCE_UNITS),
                    "years_running": st.one_of(st.none(), distances(80)),
                    "recent_changes": unique_lists(RECENT_CHANGES),
                    "surfaces": unique_lists(SURFACES),
                    "shoe_distance": st.one_of(
                        st.none(),
                        distances(5000, (299.9, 300.0, 482.7, 482.8, 499.9, 500.0, 804.6, 804.7)),
                    ),
                    "shoe_pairs_in_rotation": st.one_of(st.none(), st.integers(1, 10)),
                    "shoe_fit_problems": st.booleans(),
                    "shoe_cushioning_worn": st.booleans(),
                    "uses_orthotics": st.booleans(),
                    "cross_training": st.booleans(),
                    "stretches_after_running": maybe_bool,
                },
            )
        )
    )
    symptoms = draw(
        st.fixed_dictionaries(
            {
                "side": st.sampled_from(SIDES),
                "locations": unique_lists(REGIONS, min_size=1),
                "pain_now": st.just(pain_now),
            },
            optional={
                "onset_date": st.just(None if onset is None else onset.isoformat()),
                "pain_worst": st.one_of(st.none(), st.integers(pain_now, 10)),
                "pain_character": unique_lists(PAIN_CHARACTERS),
                "swelling": st.sampled_from(SWELLINGS),
                "weight_bearing": st.sampled_from(WEIGHT_BEARINGS),
                "self_care_days": st.one_of(st.none(), st.integers(0, 365)),
                "improving": maybe_bool,
                "injury": st.sampled_from(INJURIES),
                **{name: st.booleans() for name in (*BOOLEAN_SYMPTOMS, "warmth")},
            },
        )
    )
    document: dict[str, Any] = {
        "format": "clinic-intake/1",
        "patient": patient,
        "visit_date": visit.isoformat(),
        "running": running,
        "symptoms": symptoms,
    }
    if draw(st.booleans()):
        document["history"] = draw(
            st.fixed_dictionaries(
                {},
                optional={
                    **{
                        name: st.booleans()
                        for name in (
                            "previous_stress_fracture",
                            "diabetes",
                            "peripheral_neuropathy",
                            "low_bone_density",
                            "irregular_periods",
                            "restricted_eating",
                        )
                    },
                    "medications": st.sampled_from(("", "ibuprofen 200 mg")),
                    "allergies": st.sampled_from(("", "penicillin")),
                    "other_conditions": st.sampled_from(("", "asthma")),
                },
            )
        )
    if draw(st.booleans()):
        document["notes"] = draw(st.sampled_from(("", "Ran a marathon (42.2 km) on Sunday.")))
    return document


# --- Helpers ----------------------------------------------------------------------------------


def assess_document(document: dict[str, Any]) -> Assessment:
    return assess(parse_intake(document))


def referral_codes(assessment: Assessment) -> set[str]:
    return {flag.code for flag in assessment.flags if flag.kind == "referral"}


def rank(urgency: str | None) -> int:
    return URGENCY_RANK[urgency]


def with_symptom(document: dict[str, Any], field: str, value: object) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    changed["symptoms"][field] = value
    return changed


def additions(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every one-step addition of a symptom to the document, each with a label."""
    symptoms = document["symptoms"]
    added = [
        (f"{field}: true", with_symptom(document, field, True))
        for field in BOOLEAN_SYMPTOMS
        if not symptoms.get(field, False)
    ]
    added += [
        (
            f"location {region}",
            with_symptom(document, "locations", [*symptoms["locations"], region]),
        )
        for region in REGIONS
        if region not in symptoms["locations"]
    ]
    characters = symptoms.get("pain_character", [])
    added += [
        (f"pain_character {name}", with_symptom(document, "pain_character", [*characters, name]))
        for name in PAIN_CHARACTERS
        if name not in characters
    ]
    swelling = symptoms.get("swelling", "none")
    if swelling != "significant":
        worse = SWELLINGS[SWELLINGS.index(swelling) + 1]
        added.append((f"swelling {worse}", with_symptom(document, "swelling", worse)))
    return added


def value_at(document: dict[str, Any], path: str) -> object:
    """The value at a dotted path; KeyError when the path does not exist in the document."""
    value: object = document
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            raise KeyError(path)
        value = value[part]
    return value


def rendered(value: object) -> str:
    """A value as rules.md's evidence writes it: true, null, 48, 55.1, unable, [heel, arch]."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(rendered(item) for item in value) + "]"
    return str(value)


def as_written(number: float) -> Decimal:
    return Decimal(repr(number))


def order_key(flag: Flag) -> tuple[int, int, int]:
    if flag.kind == "referral":
        return (0, -rank(flag.urgency), list(REFERRAL_TABLE).index(flag.code))
    return (1, 0, ADVICE_TABLE.index(flag.code))


def expected_flags(document: dict[str, Any]) -> dict[str, str | None]:
    """rules.md's tables applied to a full document: each firing code with its urgency."""
    running, symptoms, history = document["running"], document["symptoms"], document["history"]
    visit = date.fromisoformat(document["visit_date"])
    onset = symptoms["onset_date"]
    since_onset = 0 if onset is None else (visit - date.fromisoformat(onset)).days
    duration = max(since_onset, symptoms["self_care_days"] or 0)
    locations = set(symptoms["locations"])
    bearing = symptoms["weight_bearing"]
    local_signs = symptoms["redness"] or symptoms["warmth"] or symptoms["swelling"] != "none"
    acute = symptoms["injury"] in {"twist", "fall", "impact"}
    tender_or_unable = symptoms["bone_point_tenderness"] or bearing == "unable"
    previous, weekly = running["previous_weekly_distance"], running["weekly_distance"]
    shoe = running["shoe_distance"]
    check_at = Decimal(300) if running["distance_unit"] == "mi" else Decimal("482.8")
    surfaces = set(running["surfaces"])
    referral = {
        "cannot_bear_weight": bearing == "unable",
        "difficulty_walking": bearing == "difficult",
        "possible_infection": symptoms["fever"] and local_signs,
        "diabetic_foot": (history["diabetes"] or history["peripheral_neuropathy"]) and local_signs,
        "swelling_redness": symptoms["swelling"] == "significant" or symptoms["redness"],
        "numbness_tingling": symptoms["numbness_or_tingling"],
        "sharp_pain": bool({"sharp", "stabbing"} & set(symptoms["pain_character"])),
        "worsening_or_night_pain": symptoms["worse_with_activity"] or symptoms["night_pain"],
        "persistent_pain": duration > 3 and symptoms["improving"] is not True,
        "suspected_stress_fracture": symptoms["bone_point_tenderness"],
        "ottawa_foot": acute
        and bool({"inner_midfoot", "outer_midfoot", "top_of_foot"} & locations)
        and tender_or_unable,
        "ottawa_ankle": acute and "ankle" in locations and tender_or_unable,
        "achilles_rupture": symptoms["injury"] == "pop" and "achilles" in locations,
    }
    advice = {
        "load_spike": previous is not None
        and previous > 0
        and as_written(weekly) > as_written(previous) * Decimal("1.1"),
        "worn_shoes": running["shoe_cushioning_worn"]
        or (shoe is not None and as_written(shoe) >= check_at),
        "single_pair": running["shoe_pairs_in_rotation"] == 1,
        "shoe_fit": running["shoe_fit_problems"],
        "hard_surfaces": bool(surfaces) and surfaces <= {"road", "concrete"},
        "no_cross_training": not running["cross_training"] and weekly > 0,
        "plantar_heel_pain": symptoms["first_step_morning_pain"]
        and bool({"heel", "arch"} & locations),
        "energy_availability": history["irregular_periods"] or history["restricted_eating"],
    }
    urgencies: dict[str, str | None] = {
        "cannot_bear_weight": "urgent",
        "possible_infection": "urgent",
        "diabetic_foot": "urgent",
        "ottawa_foot": "urgent",
        "ottawa_ankle": "urgent",
        "achilles_rupture": "urgent",
        "suspected_stress_fracture": "urgent" if HIGH_RISK_SITES & locations else "soon",
    }
    fired = {code: urgencies.get(code, "soon") for code, holds in referral.items() if holds}
    fired.update({code: None for code, holds in advice.items() if holds})
    return fired


# --- Properties -------------------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(intake_documents())
def test_adding_a_symptom_never_removes_a_referral_nor_lowers_urgency(
    document: dict[str, Any],
) -> None:
    before = assess_document(document)
    for label, more in additions(document):
        after = assess_document(more)
        assert referral_codes(before) <= referral_codes(after), label
        assert rank(after.highest_urgency) >= rank(before.highest_urgency), label


@PROPERTY_SETTINGS
@given(intake_documents())
def test_worse_weight_bearing_never_lowers_urgency(document: dict[str, Any]) -> None:
    assessments = [
        assess_document(with_symptom(document, "weight_bearing", level))
        for level in WEIGHT_BEARINGS
    ]
    for milder, worse in itertools.pairwise(assessments):
        assert rank(worse.highest_urgency) >= rank(milder.highest_urgency)
        # Only difficulty_walking may give way, and only to cannot_bear_weight.
        assert referral_codes(milder) - {"difficulty_walking"} <= referral_codes(worse)


@PROPERTY_SETTINGS
@given(intake_documents())
def test_evidence_cites_existing_fields_as_path_equals_value(document: dict[str, Any]) -> None:
    full = parse_intake(document).to_document()
    for flag in assess_document(document).flags:
        assert flag.evidence, flag.code
        for item in flag.evidence:
            path, separator, _ = item.partition(" = ")
            assert separator, item
            assert "." in path, item
            value = value_at(full, path)  # raises KeyError for a path not in the document
            stated = f"{path} = {rendered(value)}"
            assert item == stated or (item.startswith(stated + " (") and item.endswith(")")), (
                item,
                stated,
            )


@PROPERTY_SETTINGS
@given(intake_documents())
def test_assessment_is_deterministic(document: dict[str, Any]) -> None:
    intake = parse_intake(document)
    first = assess(intake).to_json()
    assert assess(parse_intake(document)).to_json() == first
    assert assess_document(json.loads(json.dumps(document))).to_json() == first
    assert assess_document(json.loads(json.dumps(intake.to_document()))).to_json() == first
    assert json.loads(json.dumps(first)) == first


@PROPERTY_SETTINGS
@given(intake_documents())
def test_flags_appear_in_the_documented_order(document: dict[str, Any]) -> None:
    flags = assess_document(document).flags
    keys = [order_key(flag) for flag in flags]
    assert keys == sorted(keys)
    assert len({flag.code for flag in flags}) == len(flags)


@PROPERTY_SETTINGS
@given(intake_documents())
def test_summary_follows_the_referral_flags(document: dict[str, Any]) -> None:
    assessment = assess_document(document)
    referrals = [flag for flag in assessment.flags if flag.kind == "referral"]
    assert assessment.referral_recommended == bool(referrals)
    highest = max((flag.urgency for flag in referrals), key=rank, default=None)
    assert assessment.highest_urgency == highest
    summary = assessment.to_json()
    assert summary["rules_version"] == "2026.1"
    assert summary["referral_recommended"] == bool(referrals)
    assert summary["highest_urgency"] == highest


@PROPERTY_SETTINGS
@given(intake_documents())
def test_flags_are_exactly_those_the_tables_give(document: dict[str, Any]) -> None:
    full = parse_intake(document).to_document()
    flags = assess_document(document).flags
    assert {flag.code: flag.urgency for flag in flags} == expected_flags(full)
    for flag in flags:
        assert flag.kind == ("referral" if flag.code in REFERRAL_TABLE else "advice")
        assert flag.clinician_only == (flag.code == "energy_availability")


@PROPERTY_SETTINGS
@given(intake_documents())
def test_shoe_wear_is_replace_exactly_from_500_mi_or_worn_cushioning(
    document: dict[str, Any],
) -> None:
    full = parse_intake(document).to_document()
    worn = [flag for flag in assess_document(document).flags if flag.code == "worn_shoes"]
    if worn:
        running = full["running"]
        replace_at = Decimal(500) if running["distance_unit"] == "mi" else Decimal("804.7")
        shoe = running["shoe_distance"]
        replace = running["shoe_cushioning_worn"] or (
            shoe is not None and as_written(shoe) >= replace_at
        )
        assert shoe_wear(parse_intake(document)) == ("replace" if replace else "check")
