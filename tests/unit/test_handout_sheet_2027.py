"""What the sheet and the letter say under rule set 2027.1, checked without a PDF: the
emergency box beside the usual one, a plain sentence for every new flag, and the letter's
emergency urgency and default destination. Assessed with version="2027.1" explicitly (the
app's RULES_VERSION is still 2026.1 until issue 17 is done)."""

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from intake_documents import document
from test_rules_properties import intake_documents

from clinic_app.handouts.content import REFERRAL_URGENCIES, CareSheet, Letterhead
from clinic_app.handouts.letter import build_referral_letter, default_destination
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.handouts.text import handout_text
from clinic_app.intake import parse_intake
from clinic_app.rules import Assessment, assess
from clinic_app.rules.engine import rule_set
from clinic_app.rules.model import URGENCIES

VERSION = "2027.1"
TEXT = handout_text("en")
PRINTED = date(2026, 11, 21)
NEW_RULES = tuple(
    rule
    for rule in rule_set(VERSION).rules
    if rule.code not in {old.code for old in rule_set("2026.1").rules}
)


def sheet_for(
    overrides: dict[str, object] | None = None,
    *,
    raw: dict[str, Any] | None = None,
    letterhead: Letterhead | None = None,
) -> tuple[CareSheet, Assessment]:
    intake = parse_intake(raw if raw is not None else document(overrides))
    assessment = assess(intake, version=VERSION)
    return build_care_sheet(
        intake, assessment, letterhead=letterhead, printed_on=PRINTED
    ), assessment


@pytest.mark.parametrize("rule", NEW_RULES, ids=lambda rule: rule.code)
def test_every_new_rule_has_its_own_words_for_the_patient(rule: Any) -> None:
    key = f"referral.reasons.{rule.code}" if rule.kind == "referral" else f"plan.{rule.code}"
    assert TEXT.has(key), key
    sentence = TEXT(key)
    assert rule.title not in sentence
    assert rule.code not in sentence
    assert "may" in sentence or rule.kind == "advice"  # flags, never a diagnosis


def test_an_emergency_gets_its_own_box_and_the_other_reasons_theirs() -> None:
    sheet, assessment = sheet_for(
        {"symptoms.foot_colour": "pale", "symptoms.redness_spreading": True}
    )
    assert assessment.highest_urgency == "emergency"
    assert sheet.emergency is not None
    assert sheet.referral is not None
    assert sheet.emergency.heading == "Get emergency care now"
    assert sheet.emergency.reasons == (TEXT("referral.reasons.circulation_compromise"),)
    assert sheet.emergency.call == TEXT("referral.emergency_call_local")
    assert sheet.referral.urgency == "urgent"
    assert sheet.referral.heading == TEXT("referral.also")
    assert sheet.referral.reasons == (TEXT("referral.reasons.spreading_redness"),)
    assert sheet.referral.call == ""
    # Read first, in this order: the heading, what to do, why.
    assert sheet.prose()[:3] == (
        "Get emergency care now.",
        "Call your local emergency number now, or go to the nearest emergency department.",
        TEXT("referral.emergency_intro"),
    )


def test_the_clinics_number_is_the_one_to_call() -> None:
    sheet, _ = sheet_for(
        {"symptoms.feels_very_unwell": True, "symptoms.fever": True},
        letterhead=Letterhead("Stride", "", "555-0100", None, " 112 "),
    )
    assert sheet.emergency is not None
    assert sheet.emergency.call == "Call 112 now, or go to the nearest emergency department."
    assert sheet.referral is None  # nothing but the emergency


def test_without_an_emergency_the_sheet_is_as_under_2026_1() -> None:
    sheet, _ = sheet_for({"symptoms.redness_spreading": True})
    assert sheet.emergency is None
    assert sheet.referral is not None
    assert sheet.referral.heading == "See a clinician today"
    assert sheet.referral.intro == TEXT("referral.intro")


@settings(max_examples=150, deadline=None, database=None)
@given(
    intake_documents(),
    st.fixed_dictionaries(
        {},
        optional={
            "foot_colour": st.sampled_from(("normal", "pale", "blue", "mottled")),
            "morning_stiffness_minutes": st.one_of(st.none(), st.integers(0, 1440)),
            **{
                name: st.booleans()
                for name in (
                    "foot_cold",
                    "pain_out_of_proportion",
                    "redness_spreading",
                    "feels_very_unwell",
                    "open_wound",
                )
            },
        },
    ),
    st.fixed_dictionaries(
        {},
        optional={
            name: st.booleans()
            for name in (
                "other_joints_affected",
                "fluoroquinolone_recent",
                "unexplained_weight_loss",
                "cancer_history",
            )
        },
    ),
)
def test_any_2027_intake_gives_a_sheet_with_every_reason_in_one_box(
    raw: dict[str, Any], symptoms: dict[str, Any], history: dict[str, Any]
) -> None:
    raw = {
        **raw,
        "symptoms": {**raw["symptoms"], **symptoms},
        "history": {**raw.get("history", {}), **history},
    }
    sheet, assessment = sheet_for(raw=raw, letterhead=Letterhead("Stride", "", "", None, "999"))
    referral = assessment.referral_flags
    emergency = [flag for flag in referral if flag.urgency == "emergency"]
    others = [flag for flag in referral if flag.urgency != "emergency"]
    assert (sheet.emergency is not None) == bool(emergency)
    assert (sheet.referral is not None) == bool(others)
    if sheet.emergency is not None:
        assert len(sheet.emergency.reasons) == len(emergency)
        assert sheet.emergency.call.startswith("Call 999 now")
        assert sheet.relief.cautions == (TEXT("relief.emergency"),)
        assert sheet.relief.bullets == ()
    if sheet.referral is not None:
        assert len(sheet.referral.reasons) == len(others)
        assert sheet.referral.urgency != "emergency"
        assert (sheet.referral.heading == TEXT("referral.also")) == bool(emergency)
    text = "\n".join(sheet.prose())
    assert "{" not in text
    assert "}" not in text
    for flag in assessment.flags:
        assert flag.code not in text
        assert flag.action not in text
    # Every reason in plain words: never the staff's title, the fallback for a missing text.
    boxes = [box for box in (sheet.emergency, sheet.referral) if box is not None]
    titles = {flag.title + "." for flag in referral}
    assert not titles & {reason for box in boxes for reason in box.reasons}


# --- The letter -------------------------------------------------------------------------


def test_referral_urgencies_run_from_emergency_to_routine() -> None:
    assert (*URGENCIES, "routine") == REFERRAL_URGENCIES
    assert REFERRAL_URGENCIES[0] == "emergency"
    for urgency in REFERRAL_URGENCIES:
        assert TEXT.has(f"letter.urgencies.{urgency}")


@pytest.mark.parametrize(
    ("urgency", "destination"),
    [("emergency", "emergency"), ("urgent", None), ("soon", None), ("routine", None), (None, None)],
)
def test_only_an_emergency_has_a_default_destination(
    urgency: str | None, destination: str | None
) -> None:
    assert default_destination(urgency) == destination


def test_a_letter_without_a_destination_goes_to_the_emergency_department_only_in_an_emergency() -> (
    None
):
    intake = parse_intake(document({"symptoms.foot_colour": "blue"}))
    emergency = assess(intake, version=VERSION)
    letter = build_referral_letter(intake, emergency, written_on=PRINTED)
    assert letter.to == "To: Emergency department"
    assert letter.urgency == "Emergency: please assess now, on arrival."
    assert letter.emergency
    # The clinician's choice of destination and urgency stands over the defaults.
    chosen = build_referral_letter(
        intake, emergency, destination="gp", urgency="urgent", written_on=PRINTED
    )
    assert (chosen.to, chosen.emergency) == ("To: General practitioner (GP)", False)
    plain = parse_intake(document({"symptoms.redness_spreading": True}))
    with pytest.raises(ValueError, match="destination None: must be one of"):
        build_referral_letter(plain, assess(plain, version=VERSION), written_on=PRINTED)
