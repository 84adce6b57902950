"""What the home-care sheet says to one patient (handouts.md), checked without a PDF."""

import re
import unicodedata
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from intake_documents import document
from test_rules_properties import intake_documents as intake_document_strategy

from clinic_app.handouts.content import CareSheet, Letterhead
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.handouts.text import handout_text
from clinic_app.intake import parse_intake
from clinic_app.rules import RULES, Assessment, RuleSettings, assess
from clinic_app.rules.measures import as_percent, next_week_ceiling, weekly_increase

PRINTED = date(2026, 11, 21)
TEXT = handout_text("en")
RULE_CODES = tuple(rule.code for rule in RULES)

# Answers that fire each rule of rules.md (and, for advice rules, that rule alone).
FIRING: dict[str, dict[str, object]] = {
    "cannot_bear_weight": {"symptoms.weight_bearing": "unable"},
    "difficulty_walking": {"symptoms.weight_bearing": "difficult"},
    "possible_infection": {"symptoms.fever": True, "symptoms.warmth": True},
    "diabetic_foot": {"history.diabetes": True, "symptoms.warmth": True},
    "swelling_redness": {"symptoms.swelling": "significant"},
    "numbness_tingling": {"symptoms.numbness_or_tingling": True},
    "sharp_pain": {"symptoms.pain_character": ["stabbing"]},
    "worsening_or_night_pain": {"symptoms.night_pain": True},
    "persistent_pain": {"symptoms.self_care_days": 5, "symptoms.improving": False},
    "suspected_stress_fracture": {"symptoms.bone_point_tenderness": True},
    "ottawa_foot": {
        "symptoms.injury": "twist",
        "symptoms.locations": ["top_of_foot"],
        "symptoms.bone_point_tenderness": True,
    },
    "ottawa_ankle": {
        "symptoms.injury": "fall",
        "symptoms.locations": ["ankle"],
        "symptoms.bone_point_tenderness": True,
    },
    "achilles_rupture": {"symptoms.injury": "pop", "symptoms.locations": ["achilles"]},
    "load_spike": {"running.previous_weekly_distance": 20, "running.weekly_distance": 30},
    "worn_shoes": {"running.shoe_distance": 600, "running.distance_unit": "mi"},
    "single_pair": {"running.shoe_pairs_in_rotation": 1},
    "shoe_fit": {"running.shoe_fit_problems": True},
    "hard_surfaces": {"running.surfaces": ["road"]},
    "no_cross_training": {"running.cross_training": False},
    "plantar_heel_pain": {"symptoms.first_step_morning_pain": True, "symptoms.locations": ["heel"]},
    "energy_availability": {"history.restricted_eating": True},
    # Rule set 2027.1's (tests/handouts/test_emergency_sheet_pdf.py checks their words).
    "circulation_compromise": {"symptoms.foot_colour": "pale"},
    "compartment_syndrome": {"symptoms.pain_out_of_proportion": True, "symptoms.injury": "impact"},
    "sepsis_signs": {"symptoms.feels_very_unwell": True, "symptoms.open_wound": True},
    "spreading_redness": {"symptoms.redness_spreading": True},
    "diabetic_foot_wound": {"history.diabetes": True, "symptoms.open_wound": True},
    "tendon_rupture_risk": {
        "symptoms.locations": ["achilles"],
        "history.fluoroquinolone_recent": True,
    },
    "possible_bone_lesion": {"symptoms.night_pain": True, "history.unexplained_weight_loss": True},
    "inflammatory_pattern": {
        "symptoms.morning_stiffness_minutes": 30,
        "history.other_joints_affected": True,
    },
    "growing_heel": {"patient.date_of_birth": "2014-05-01", "symptoms.locations": ["heel"]},
}
# The en.toml sentence that opens each advice rule's bullet.
ADVICE_KEYS = {"load_spike": "plan.load_spike", "worn_shoes": "plan.shoes_replace"}

CLINICIAN_ONLY_WORDS = re.compile(
    r"\b(periods?|menstru\w*|eating|food|diet\w*|energy|red-s|triad)\b", re.IGNORECASE
)
HELP_ITEMS = (
    "three days",
    "sharp or stabbing",
    "numbness or tingling",
    "swelling, redness, warmth or a fever",
    "cannot put weight",
    "wakes you at night",
    "spot on a bone",
)


def sheet_for(
    overrides: dict[str, object] | None = None,
    *,
    rule_settings: RuleSettings | None = None,
    letterhead: Letterhead | None = None,
    raw: dict[str, Any] | None = None,
) -> tuple[CareSheet, Assessment]:
    intake = parse_intake(raw if raw is not None else document(overrides))
    assessment = assess(intake, rule_settings)
    sheet = build_care_sheet(
        intake, assessment, settings=rule_settings, letterhead=letterhead, printed_on=PRINTED
    )
    return sheet, assessment


def prose(sheet: CareSheet) -> str:
    return "\n".join(sheet.prose())


def fired(assessment: Assessment) -> set[str]:
    return {flag.code for flag in assessment.flags}


# --- The referral box ---------------------------------------------------------------------


def test_firing_table_covers_every_rule() -> None:
    assert set(FIRING) == set(RULE_CODES)
    for code, overrides in FIRING.items():
        assert code in fired(assess(parse_intake(document(overrides)))), code


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({}, id="no-flag"),
        pytest.param({**FIRING["single_pair"], **FIRING["load_spike"]}, id="advice-only"),
        pytest.param(FIRING["energy_availability"], id="clinician-only"),
    ],
)
def test_no_referral_box_without_a_referral_flag(overrides: dict[str, object]) -> None:
    sheet, assessment = sheet_for(overrides)
    assert not assessment.referral_recommended
    assert sheet.referral is None
    assert TEXT("plan.paused") not in sheet.plan.paragraphs
    assert not any("clinician today" in line or "few days" in line for line in sheet.prose()[:2])


@pytest.mark.parametrize(
    ("overrides", "urgency", "words"),
    [
        pytest.param(FIRING["cannot_bear_weight"], "urgent", "today", id="urgent"),
        pytest.param(FIRING["difficulty_walking"], "soon", "next few days", id="soon"),
        pytest.param(
            {**FIRING["numbness_tingling"], **FIRING["achilles_rupture"]},
            "urgent",
            "today",
            id="urgent-and-soon",
        ),
    ],
)
def test_referral_box_urgency_and_heading(
    overrides: dict[str, object], urgency: str, words: str
) -> None:
    sheet, _ = sheet_for(overrides)
    box = sheet.referral
    assert box is not None
    assert box.urgency == urgency
    assert words in box.heading
    other = "next few days" if urgency == "urgent" else "today"
    assert other not in box.heading
    assert "do not run" in box.rest
    assert sheet.plan.paragraphs[0] == TEXT("plan.paused")
    assert sheet.prose()[0] == box.heading + "."


def test_one_plain_reason_per_referral_flag() -> None:
    overrides = {
        **FIRING["possible_infection"],
        "symptoms.redness": True,
        **FIRING["sharp_pain"],
        **FIRING["persistent_pain"],
    }
    sheet, assessment = sheet_for(overrides)
    referral = assessment.referral_flags
    assert {flag.code for flag in referral} == {
        "possible_infection",
        "swelling_redness",
        "sharp_pain",
        "persistent_pain",
    }
    assert sheet.referral is not None
    reasons = sheet.referral.reasons
    assert len(reasons) == len(referral) == len(set(reasons))
    for flag in referral:
        assert flag.title + "." not in reasons
        assert TEXT(f"referral.reasons.{flag.code}", days="5 days") in reasons


@pytest.mark.parametrize("code", [c for c in RULE_CODES if c != "energy_availability"])
def test_each_patient_facing_rule_has_its_own_sentence(code: str) -> None:
    sheet, assessment = sheet_for(FIRING[code])
    (flag,) = [flag for flag in assessment.flags if flag.code == code]
    text = prose(sheet)
    for code_text in RULE_CODES:
        assert code_text not in text
    assert flag.action not in text
    if flag.kind == "referral":
        key = f"referral.reasons.{code}"
        assert TEXT.has(key), key
        # An emergency's reason is in the "Get emergency care now" box, the rest below it.
        box = sheet.emergency if flag.urgency == "emergency" else sheet.referral
        assert box is not None
        assert TEXT(key, days="5 days") in box.reasons
        assert flag.title + "." not in box.reasons  # the staff fallback
    else:
        assert [f.code for f in assessment.flags] == [code]
        (bullet,) = sheet.plan.bullets
        opening = TEXT.template(ADVICE_KEYS.get(code, f"plan.{code}")).split("{")[0]
        assert opening
        assert bullet.startswith(opening), (bullet, opening)


# --- Clinician-only: energy availability ----------------------------------------------------


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({}, id="no-other-flag"),
        pytest.param(FIRING["suspected_stress_fracture"], id="stress-fracture"),
        pytest.param({**FIRING["load_spike"], **FIRING["diabetic_foot"]}, id="several"),
    ],
)
@pytest.mark.parametrize(
    "history",
    [
        pytest.param({"history.irregular_periods": True}, id="periods"),
        pytest.param({"history.restricted_eating": True}, id="eating"),
        pytest.param(
            {"history.irregular_periods": True, "history.restricted_eating": True}, id="both"
        ),
    ],
)
def test_energy_availability_never_reaches_the_sheet(
    overrides: dict[str, object], history: dict[str, object]
) -> None:
    without, _ = sheet_for(overrides)
    with_history, assessment = sheet_for({**overrides, **history})
    assert "energy_availability" in fired(assessment)
    assert with_history.prose() == without.prose()
    assert with_history.referral == without.referral
    text = prose(with_history)
    assert not CLINICIAN_ONLY_WORDS.search(text), CLINICIAN_ONLY_WORDS.findall(text)


# --- The patient's own numbers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "previous", "weekly", "percent", "ceiling"),
    [
        pytest.param("km", 35, 48, "37.1", "38.5", id="km"),
        pytest.param("mi", 20, 25, "25", "22.0", id="miles"),
        pytest.param("km", 20.5, 30, "46.3", "22.6", id="ceiling-rounds-half-up"),
        pytest.param("km", 50, 55.1, "10.2", "55.0", id="just-over"),
    ],
)
def test_load_spike_gives_the_patients_numbers(
    unit: str, previous: float, weekly: float, percent: str, ceiling: str
) -> None:
    overrides = {
        "running.distance_unit": unit,
        "running.previous_weekly_distance": previous,
        "running.weekly_distance": weekly,
    }
    sheet, _ = sheet_for(overrides)
    intake = parse_intake(document(overrides))
    rise = weekly_increase(intake)
    assert rise is not None
    assert as_percent(rise, above=0.1) == percent
    assert f"{next_week_ceiling(intake, RuleSettings()):.1f}" == ceiling
    name = "km" if unit == "km" else "miles"
    (bullet,) = sheet.plan.bullets
    assert f"you ran {weekly:g} {name}." in bullet
    assert f"you ran {previous:g} {name}." in bullet
    assert f"rise of {percent}%" in bullet
    assert f"no more than {ceiling} {name}." in bullet
    assert "about 10%" in bullet
    assert ("miles" in bullet) == (unit == "mi")


def test_clinic_weekly_limit_changes_ceiling_and_rule_of_thumb() -> None:
    overrides: dict[str, object] = {
        "running.previous_weekly_distance": 35,
        "running.weekly_distance": 48,
    }
    sheet, _ = sheet_for(overrides, rule_settings=RuleSettings(max_weekly_increase=0.2))
    (bullet,) = sheet.plan.bullets
    assert "no more than 42.0 km." in bullet
    assert "about 20%" in bullet
    assert "38.5" not in bullet
    assert "about 10%" not in bullet
    # 35 -> 41 km is 17 %: over the default limit, within the clinic's.
    calm, assessment = sheet_for(
        {**overrides, "running.weekly_distance": 41},
        rule_settings=RuleSettings(max_weekly_increase=0.2),
    )
    assert "load_spike" not in fired(assessment)
    assert calm.plan.bullets == ()


def test_load_spike_never_prints_an_infinite_rise() -> None:
    # 5e-324 is a valid previous_weekly_distance (0-400); 30 / 5e-324 overflows to inf.
    sheet, _ = sheet_for({"running.previous_weekly_distance": 5e-324})
    (bullet,) = sheet.plan.bullets
    assert "inf" not in bullet
    assert "e-324" not in bullet
    assert "no more than 0.0" not in bullet
    assert "cut back" in bullet


def test_load_spike_from_almost_nothing_says_cut_back_without_a_ceiling_of_zero() -> None:
    sheet, _ = sheet_for({"running.previous_weekly_distance": 0.01})
    (bullet,) = sheet.plan.bullets
    assert "0.0 km" not in bullet
    assert "cut back and build up again slowly" in bullet


@pytest.mark.parametrize(
    ("distance", "unit", "worn", "replace", "shown"),
    [
        pytest.param(500, "mi", False, True, "500 miles", id="500mi"),
        pytest.param(499.9, "mi", False, False, "499.9 miles", id="499.9mi"),
        pytest.param(300, "mi", False, False, "300 miles", id="300mi"),
        pytest.param(804.7, "km", False, True, "804.7 km", id="804.7km"),
        pytest.param(804.6, "km", False, False, "804.6 km", id="804.6km"),
        pytest.param(482.8, "km", False, False, "482.8 km", id="482.8km"),
        pytest.param(1200, "km", True, True, "1200 km", id="worn-and-far"),
        pytest.param(None, "km", True, True, None, id="cushioning-worn"),
        pytest.param(20, "mi", True, True, "20 miles", id="cushioning-worn-new-pair"),
    ],
)
def test_worn_shoes_replace_now_or_check_soon(
    distance: float | None, unit: str, worn: bool, replace: bool, shown: str | None
) -> None:
    sheet, _ = sheet_for(
        {
            "running.shoe_distance": distance,
            "running.distance_unit": unit,
            "running.shoe_cushioning_worn": worn,
        }
    )
    (bullet,) = sheet.plan.bullets
    assert ("Replace them now." in bullet) == replace
    assert ("plan to replace them soon" in bullet) == (not replace)
    if shown is not None:
        assert f"about {shown} on them" in bullet
    guide = "300 to 500 miles" if unit == "mi" else "480 to 800 km"
    assert guide in bullet
    assert ("miles" in bullet) == (unit == "mi")


@pytest.mark.parametrize(
    ("onset", "self_care", "days"),
    [
        pytest.param("2026-11-10", 4, 10, id="onset-longer"),
        pytest.param("2026-11-18", 6, 6, id="self-care-longer"),
        pytest.param(None, 30, 30, id="self-care-only"),
        pytest.param("2026-10-31", None, 20, id="onset-only"),
        pytest.param("2026-11-19", None, 1, id="one-day"),
    ],
)
def test_persistent_pain_reason_gives_the_duration(
    onset: str | None, self_care: int | None, days: int
) -> None:
    thresholds = RuleSettings(persistent_pain_days=0)  # so that one day fires it too
    sheet, _ = sheet_for(
        {
            "symptoms.onset_date": onset,
            "symptoms.self_care_days": self_care,
            "symptoms.improving": False,
        },
        rule_settings=thresholds,
    )
    assert sheet.referral is not None
    assert sheet.referral.reasons == (
        f"Your pain has lasted {days} {'day' if days == 1 else 'days'} and is not clearly "
        "getting better.",
    )


# --- Relief, tailored ---------------------------------------------------------------------


def relief_has(sheet: CareSheet, key: str) -> bool:
    return TEXT(key) in sheet.relief.prose()


@pytest.mark.parametrize("condition", ["diabetes", "peripheral_neuropathy"])
def test_low_feeling_changes_cold_and_drops_the_soak(condition: str) -> None:
    sheet, _ = sheet_for({f"history.{condition}": True})
    assert sheet.relief.cautions == (TEXT("relief.low_feeling"),)
    assert relief_has(sheet, "relief.cold_short")
    assert not relief_has(sheet, "relief.cold")
    assert not relief_has(sheet, "relief.soak")
    assert relief_has(sheet, "relief.massage")
    assert not any("soak" in line and "hot" not in line for line in sheet.relief.prose())


def test_possible_infection_drops_massage_and_soak() -> None:
    sheet, assessment = sheet_for(FIRING["possible_infection"])
    assert "possible_infection" in fired(assessment)
    assert sheet.relief.cautions == (TEXT("relief.infection"),)
    assert not relief_has(sheet, "relief.massage")
    assert not relief_has(sheet, "relief.soak")
    assert relief_has(sheet, "relief.cold")
    assert not any("thumbs" in line or "Epsom" in line for line in sheet.relief.prose())


def test_infection_and_low_feeling_together() -> None:
    sheet, _ = sheet_for({**FIRING["possible_infection"], "history.diabetes": True})
    assert set(sheet.relief.cautions) == {TEXT("relief.infection"), TEXT("relief.low_feeling")}
    assert relief_has(sheet, "relief.cold_short")
    assert not relief_has(sheet, "relief.massage")
    assert not relief_has(sheet, "relief.soak")


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({}, id="no-flag"),
        pytest.param({"symptoms.redness": True}, id="redness-without-fever"),
        pytest.param({"history.low_bone_density": True}, id="other-history"),
    ],
)
def test_without_tailoring_massage_and_soak_are_given(overrides: dict[str, object]) -> None:
    sheet, _ = sheet_for(overrides)
    assert sheet.relief.cautions == ()
    for key in ("rest", "cold", "stretch", "massage", "compression", "soak"):
        assert relief_has(sheet, f"relief.{key}"), key
    assert not relief_has(sheet, "relief.cold_short")


# --- When to get help, names, dates, footer ---------------------------------------------------


@pytest.mark.parametrize("overrides", [{}, FIRING["cannot_bear_weight"], FIRING["single_pair"]])
def test_when_to_get_help_is_always_there(overrides: dict[str, object]) -> None:
    sheet, _ = sheet_for(overrides, letterhead=Letterhead("Stride Clinic", "1 Main St", "555-0100"))
    assert sheet.help.heading == "When to get help"
    assert len(sheet.help.bullets) == len(HELP_ITEMS)
    for bullet, words in zip(sheet.help.bullets, HELP_ITEMS, strict=True):
        assert words in bullet.lower()
    assert sheet.help.closing == ("Our phone number is 555-0100.",)


@pytest.mark.parametrize(
    "letterhead",
    [
        pytest.param(None, id="no-letterhead"),
        pytest.param(Letterhead("Stride Clinic", "1 Main St"), id="no-phone"),
        pytest.param(Letterhead("Stride Clinic", "1 Main St", "   "), id="blank-phone"),
    ],
)
def test_no_phone_sentence_without_a_phone(letterhead: Letterhead | None) -> None:
    sheet, _ = sheet_for(letterhead=letterhead)
    assert sheet.help.closing == (TEXT("help.no_phone"),)
    assert "phone number" not in prose(sheet)


def test_names_are_printed_composed() -> None:
    sheet, _ = sheet_for(
        {"patient.first_name": "Zoe\u0301", "patient.last_name": "Mu\u0308ller"},
        letterhead=Letterhead("Cli\u0301nica", "", "555"),
    )
    assert sheet.patient == "For Zo\u00e9 M\u00fcller"
    assert unicodedata.is_normalized("NFC", sheet.patient)
    assert sheet.letterhead.name == "Cl\u00ednica"


def test_dates_and_footer() -> None:
    intake = parse_intake(document({"visit_date": "2026-01-05"}))
    assessment = assess(intake)
    sheet = build_care_sheet(intake, assessment, printed_on=date(2027, 3, 9))
    assert sheet.visit == "Visit on 5 January 2026"
    assert sheet.footer.printed == "Printed 9 March 2027"
    assert sheet.footer.rules == "Rule set 2027.1"
    assert "does not replace" in sheet.footer.notice
    assert sheet.footer.page_template.format(page=1, pages=2) == "Page 1 of 2"
    default, _ = sheet_for()
    assert default.visit == "Visit on 20 November 2026"
    assert default.footer.printed == "Printed 21 November 2026"


def test_where_it_hurts() -> None:
    sheet, _ = sheet_for(
        {
            "symptoms.side": "right",
            "symptoms.locations": ["ball_of_foot", "big_toe_joint"],
            "symptoms.pain_now": 3,
            "symptoms.pain_worst": 8,
        }
    )
    assert sheet.where.paragraphs == (
        "Your right foot.",
        "The dark areas show where you feel pain: ball of the foot and big toe joint.",
        "Your pain today: 3 out of 10.",
        "At its worst: 8 out of 10.",
    )
    assert sheet.drawing.side == "right"
    assert sheet.drawing.regions == ("ball_of_foot", "big_toe_joint")
    same, _ = sheet_for({"symptoms.pain_now": 5, "symptoms.pain_worst": 5})
    assert not any("worst" in line for line in same.where.paragraphs)


# --- Over varied intakes ------------------------------------------------------------------


@settings(max_examples=150, deadline=None, database=None)
@given(intake_document_strategy())
def test_any_valid_intake_gives_a_sheet(raw: dict[str, Any]) -> None:
    sheet, assessment = sheet_for(raw=raw, letterhead=Letterhead("Stride", "", "555-0100"))
    assert (sheet.referral is not None) == assessment.referral_recommended
    if sheet.referral is not None:
        assert sheet.referral.urgency == assessment.highest_urgency
        assert len(sheet.referral.reasons) == len(assessment.referral_flags)
    text = prose(sheet)
    assert "{" not in text
    assert "}" not in text
    assert not CLINICIAN_ONLY_WORDS.search(text)
    for flag in assessment.flags:
        assert flag.code not in text
        assert flag.action not in text
    assert len(sheet.help.bullets) == len(HELP_ITEMS)
    history = raw.get("history", {})
    if history.get("irregular_periods") or history.get("restricted_eating"):
        plain = {**raw, "history": {**history, "irregular_periods": False}}
        plain["history"]["restricted_eating"] = False
        without, _ = sheet_for(raw=plain, letterhead=Letterhead("Stride", "", "555-0100"))
        assert without.prose() == sheet.prose()


# --- Warming up and socks (issue 24: the articles' advice the sheet had left out) ----------


@pytest.mark.parametrize("language", ["en", "es", "zh-Hans"])
def test_every_plan_says_to_warm_up_and_names_good_socks(language: str) -> None:
    text = handout_text(language)
    intake = parse_intake(document({}))
    sheet = build_care_sheet(intake, assess(intake), printed_on=PRINTED, language=language)
    assert text("plan.warm_up") in sheet.plan.paragraphs
    assert text("plan.socks") in sheet.plan.paragraphs
    assert text("plan.socks") not in " ".join(sheet.plan.bullets)


@pytest.mark.parametrize("code", ["worn_shoes", "single_pair", "shoe_fit"])
def test_socks_are_said_once_with_the_shoe_advice(code: str) -> None:
    sheet, assessment = sheet_for(FIRING[code])
    assert code in fired(assessment)
    socks = TEXT("plan.socks")
    assert socks not in sheet.plan.paragraphs
    (with_socks,) = [bullet for bullet in sheet.plan.bullets if socks in bullet]
    assert with_socks.endswith(socks)
    assert " ".join(sheet.prose()).count(socks) == 1


def test_shoe_flags_together_still_say_socks_once() -> None:
    sheet, assessment = sheet_for({**FIRING["worn_shoes"], **FIRING["single_pair"]})
    assert {"worn_shoes", "single_pair"} <= fired(assessment)
    assert " ".join(sheet.prose()).count(TEXT("plan.socks")) == 1


def test_a_weak_achilles_warms_up_without_the_stretch_after() -> None:
    sheet, assessment = sheet_for(FIRING["tendon_rupture_risk"])
    assert "tendon_rupture_risk" in fired(assessment)
    assert TEXT("plan.warm_up_no_stretch") in sheet.plan.paragraphs
    assert TEXT("plan.warm_up") not in sheet.plan.paragraphs
    assert "stretch" not in TEXT("plan.warm_up_no_stretch").lower()
