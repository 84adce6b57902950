"""Rule set 2027.1's new rules at their boundaries, read off rules-2027.md's tables."""

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from intake_documents import document

from clinic_app.intake import parse_intake
from clinic_app.rules import Assessment, assess

RANK = {None: 9, "soon": 1, "urgent": 0, "emergency": -1}


def assessed(overrides: dict[str, object], version: str = "2027.1") -> Assessment:
    return assess(parse_intake(document(overrides)), version=version)


def fired(overrides: dict[str, object], version: str = "2027.1") -> dict[str, Any]:
    return {flag.code: flag for flag in assessed(overrides, version).flags}


def born_years_before(visit: str, years: int, *, day_after: bool = False) -> str:
    """A date of birth `years` before the visit; a day later makes the patient one younger."""
    day = date.fromisoformat(visit)
    birthday = day.replace(year=day.year - years)
    if day_after:
        birthday = birthday.replace(day=birthday.day + 1)
    return birthday.isoformat()


@pytest.mark.parametrize(
    ("colour", "fires"), [("normal", False), ("pale", True), ("blue", True), ("mottled", True)]
)
def test_circulation_compromise_fires_for_each_changed_colour(colour: str, fires: bool) -> None:
    flags = fired({"symptoms.foot_colour": colour})
    assert ("circulation_compromise" in flags) == fires
    if fires:
        flag = flags["circulation_compromise"]
        assert (flag.urgency, flag.evidence) == ("emergency", (f"symptoms.foot_colour = {colour}",))


def test_a_cold_foot_is_added_to_the_circulation_evidence() -> None:
    flag = fired({"symptoms.foot_colour": "blue", "symptoms.foot_cold": True})[
        "circulation_compromise"
    ]
    assert flag.evidence == ("symptoms.foot_colour = blue", "symptoms.foot_cold = true")
    assert "circulation_compromise" not in fired({"symptoms.foot_cold": True})


@pytest.mark.parametrize(
    ("overrides", "evidence"),
    [
        ({"symptoms.injury": "twist"}, ("symptoms.injury = twist",)),
        ({"symptoms.injury": "fall"}, ("symptoms.injury = fall",)),
        ({"symptoms.injury": "impact"}, ("symptoms.injury = impact",)),
        ({"symptoms.swelling": "significant"}, ("symptoms.swelling = significant",)),
        ({"symptoms.injury": "pop"}, None),  # a pop is not an acute injury in rules.md
        ({"symptoms.swelling": "mild"}, None),
        ({}, None),
    ],
)
def test_compartment_syndrome_needs_an_acute_injury_or_marked_swelling(
    overrides: dict[str, object], evidence: tuple[str, ...] | None
) -> None:
    flags = fired({"symptoms.pain_out_of_proportion": True, **overrides})
    if evidence is None:
        assert "compartment_syndrome" not in flags
    else:
        flag = flags["compartment_syndrome"]
        assert flag.urgency == "emergency"
        assert flag.evidence == ("symptoms.pain_out_of_proportion = true", *evidence)
    assert "compartment_syndrome" not in fired(overrides)


@pytest.mark.parametrize("sign", ["fever", "redness", "warmth", "redness_spreading", "open_wound"])
def test_sepsis_signs_need_feeling_very_unwell_and_one_sign(sign: str) -> None:
    flag = fired({"symptoms.feels_very_unwell": True, f"symptoms.{sign}": True})["sepsis_signs"]
    assert flag.urgency == "emergency"
    assert flag.evidence == ("symptoms.feels_very_unwell = true", f"symptoms.{sign} = true")
    assert "sepsis_signs" not in fired({f"symptoms.{sign}": True})
    assert "sepsis_signs" not in fired({"symptoms.feels_very_unwell": True})


def test_spreading_redness_is_urgent() -> None:
    flag = fired({"symptoms.redness_spreading": True})["spreading_redness"]
    assert (flag.urgency, flag.evidence) == ("urgent", ("symptoms.redness_spreading = true",))


@pytest.mark.parametrize("condition", ["diabetes", "peripheral_neuropathy"])
def test_diabetic_foot_wound_needs_the_condition_and_a_wound(condition: str) -> None:
    flag = fired({f"history.{condition}": True, "symptoms.open_wound": True})["diabetic_foot_wound"]
    assert (flag.urgency, flag.evidence) == (
        "urgent",
        (f"history.{condition} = true", "symptoms.open_wound = true"),
    )
    assert "diabetic_foot_wound" not in fired({"symptoms.open_wound": True})
    assert "diabetic_foot_wound" not in fired({f"history.{condition}": True})


def test_tendon_rupture_risk_needs_achilles_pain_and_the_antibiotic() -> None:
    flag = fired(
        {"symptoms.locations": ["heel", "achilles"], "history.fluoroquinolone_recent": True}
    )["tendon_rupture_risk"]
    assert (flag.urgency, flag.evidence) == (
        "urgent",
        ("symptoms.locations = [heel, achilles]", "history.fluoroquinolone_recent = true"),
    )
    assert "tendon_rupture_risk" not in fired({"history.fluoroquinolone_recent": True})
    assert "tendon_rupture_risk" not in fired({"symptoms.locations": ["achilles"]})


@pytest.mark.parametrize("reason", ["unexplained_weight_loss", "cancer_history"])
def test_possible_bone_lesion_needs_night_pain_and_a_reason(reason: str) -> None:
    flag = fired({"symptoms.night_pain": True, f"history.{reason}": True})["possible_bone_lesion"]
    assert (flag.urgency, flag.evidence) == (
        "urgent",
        ("symptoms.night_pain = true", f"history.{reason} = true"),
    )
    assert "possible_bone_lesion" not in fired({f"history.{reason}": True})


@pytest.mark.parametrize(
    ("minutes", "fires"), [(None, False), (0, False), (29, False), (30, True), (1440, True)]
)
@pytest.mark.parametrize(
    "other", [{"history.other_joints_affected": True}, {"symptoms.swelling": "mild"}]
)
def test_inflammatory_pattern_starts_at_30_minutes_of_stiffness(
    minutes: int | None, fires: bool, other: dict[str, object]
) -> None:
    flags = fired({"symptoms.morning_stiffness_minutes": minutes, **other})
    assert ("inflammatory_pattern" in flags) == fires
    if fires:
        assert flags["inflammatory_pattern"].urgency == "soon"
        assert flags["inflammatory_pattern"].evidence[0] == (
            f"symptoms.morning_stiffness_minutes = {minutes}"
        )


def test_inflammatory_pattern_needs_other_joints_or_swelling() -> None:
    assert "inflammatory_pattern" not in fired({"symptoms.morning_stiffness_minutes": 90})


@pytest.mark.parametrize(
    ("years", "day_after", "fires"),
    [
        (7, False, False),
        (8, True, False),
        (8, False, True),
        (15, False, True),
        (16, True, True),
        (16, False, False),
    ],
)
def test_growing_heel_is_for_ages_8_to_15_at_the_visit(
    years: int, day_after: bool, fires: bool
) -> None:
    born = born_years_before("2026-11-20", years, day_after=day_after)
    assessment = assessed({"patient.date_of_birth": born, "symptoms.locations": ["heel"]})
    flags = {flag.code: flag for flag in assessment.flags}
    assert ("growing_heel" in flags) == fires
    if fires:
        flag = flags["growing_heel"]
        assert (flag.kind, flag.urgency) == ("advice", None)
        assert flag.evidence[0].startswith(f"patient.date_of_birth = {born} (age ")
        assert assessment.highest_urgency is None  # advice never refers


def test_growing_heel_needs_the_heel() -> None:
    born = born_years_before("2026-11-20", 11)
    assert "growing_heel" not in fired({"patient.date_of_birth": born})


def test_emergency_flags_come_first_then_urgent_then_soon_in_table_order() -> None:
    assessment = assessed(
        {
            "symptoms.weight_bearing": "unable",  # 2026.1 urgent
            "symptoms.numbness_or_tingling": True,  # 2026.1 soon
            "symptoms.foot_colour": "pale",  # emergency
            "symptoms.pain_out_of_proportion": True,
            "symptoms.swelling": "significant",  # compartment (emergency) and 2026.1 soon
            "symptoms.redness_spreading": True,  # 2027.1 urgent
        }
    )
    codes = [flag.code for flag in assessment.referral_flags]
    assert codes == [
        "circulation_compromise",
        "compartment_syndrome",
        "cannot_bear_weight",
        "spreading_redness",
        "swelling_redness",
        "numbness_tingling",
    ]
    assert assessment.highest_urgency == "emergency"
    assert assessment.to_json()["rules_version"] == "2027.1"


def test_2026_1_does_not_read_the_new_fields() -> None:
    everything = {
        "symptoms.foot_colour": "blue",
        "symptoms.feels_very_unwell": True,
        "symptoms.open_wound": True,
        "symptoms.redness_spreading": True,
        "history.fluoroquinolone_recent": True,
        "symptoms.locations": ["achilles"],
    }
    assert assessed(everything, "2026.1") == assessed(
        {"symptoms.locations": ["achilles"]}, "2026.1"
    )


NEW_SYMPTOMS: dict[str, st.SearchStrategy[object]] = {
    "symptoms.foot_colour": st.sampled_from(("pale", "blue", "mottled")),
    "symptoms.foot_cold": st.just(True),
    "symptoms.pain_out_of_proportion": st.just(True),
    "symptoms.redness_spreading": st.just(True),
    "symptoms.feels_very_unwell": st.just(True),
    "symptoms.open_wound": st.just(True),
    "symptoms.night_pain": st.just(True),
    "symptoms.swelling": st.just("significant"),
    "symptoms.injury": st.sampled_from(("twist", "fall", "impact")),
    "history.other_joints_affected": st.just(True),
    "history.fluoroquinolone_recent": st.just(True),
    "history.unexplained_weight_loss": st.just(True),
    "history.cancer_history": st.just(True),
    "history.diabetes": st.just(True),
}


@settings(max_examples=60, deadline=None)
@given(
    before=st.fixed_dictionaries({}, optional=NEW_SYMPTOMS),
    added=st.sampled_from(sorted(NEW_SYMPTOMS)),
    data=st.data(),
)
def test_adding_a_symptom_never_removes_a_referral_nor_lowers_urgency(
    before: dict[str, object], added: str, data: st.DataObject
) -> None:
    overrides = {"symptoms.locations": ["achilles", "heel"], **before}
    after = {**overrides, added: data.draw(NEW_SYMPTOMS[added])}
    first, then = assessed(overrides), assessed(after)
    assert {f.code for f in first.referral_flags} <= {f.code for f in then.referral_flags}
    assert RANK[then.highest_urgency] <= RANK[first.highest_urgency]
