"""Rule set 2027.1 on paper: the emergency box, each new flag's plain words, the letter.

Real PDFs read back with pypdf, as in test_care_sheet_pdf.py. Every intake here is assessed
with `version="2027.1"` explicitly: the app still assesses new intakes with 2026.1
(engine.RULES_VERSION) until issue 17 is done, and these sheets must not depend on when
that changes. The sentences expected are written out here by hand from rules-2027.md's
meaning for each flag, not read from en.toml, so a reworded sheet fails until it is
checked again.
"""

import re
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
import textstat
from intake_documents import document

from clinic_app.handouts.content import CareSheet, Letterhead, Paper
from clinic_app.handouts.letter import build_referral_letter
from clinic_app.handouts.render import MAX_SHEET_PAGES, render_care_sheet, render_referral_letter
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.intake import parse_intake
from clinic_app.rules import Assessment, assess
from clinic_app.rules.engine import rule_set

VERSION = "2027.1"
EMERGENCY = "Get emergency care now"
URGENT = "See a clinician today"
SOON = "See a clinician in the next few days"
CLINIC = Letterhead(
    "Riverside Running Clinic", "12 Mill Lane, Springfield", "555-0199", None, "999"
)
NO_NUMBER = Letterhead("Riverside Running Clinic", "12 Mill Lane, Springfield", "555-0199")
PAPERS: tuple[Paper, ...] = ("a4", "letter")

# For each rule 2027.1 adds: the answers that fire it, the box's heading, and what the sheet
# must say (the reason in plain words, or the advice).
NEW_FLAGS: dict[str, tuple[dict[str, object], str | None, str]] = {
    "circulation_compromise": (
        {"symptoms.foot_colour": "mottled", "symptoms.foot_cold": True},
        EMERGENCY,
        "Your foot or toes have changed colour. Blood may not be reaching your foot as it should.",
    ),
    "compartment_syndrome": (
        {"symptoms.pain_out_of_proportion": True, "symptoms.injury": "impact"},
        EMERGENCY,
        "Your pain is far worse than you would expect, and rest does not ease it. Pressure "
        "may be building up inside your foot.",
    ),
    "sepsis_signs": (
        {"symptoms.feels_very_unwell": True, "symptoms.open_wound": True},
        EMERGENCY,
        "You feel very unwell, and you have signs of an infection. An infection may be "
        "spreading through your body.",
    ),
    "spreading_redness": (
        {"symptoms.redness_spreading": True},
        URGENT,
        "The red area on your foot is getting bigger. This may be an infection of the skin.",
    ),
    "diabetic_foot_wound": (
        {"history.peripheral_neuropathy": True, "symptoms.open_wound": True},
        URGENT,
        "You have a wound, blister or crack on your foot, and you have diabetes or less "
        "feeling in your feet. A wound like this may heal slowly.",
    ),
    "tendon_rupture_risk": (
        {"symptoms.locations": ["achilles"], "history.fluoroquinolone_recent": True},
        URGENT,
        "Your Achilles tendon hurts, and you took an antibiotic that can weaken tendons. The "
        "tendon may tear. Do not jump or stretch your calf until you are seen.",
    ),
    "possible_bone_lesion": (
        {"symptoms.night_pain": True, "history.unexplained_weight_loss": True},
        URGENT,
        "You have pain at night, and you have lost weight without trying or have had cancer. "
        "This may need tests to find the cause.",
    ),
    "inflammatory_pattern": (
        {"symptoms.morning_stiffness_minutes": 30, "history.other_joints_affected": True},
        SOON,
        "Your foot is stiff for half an hour or more after you get up, and it is swollen or "
        "other joints hurt too. This may be a joint problem that needs tests.",
    ),
    "growing_heel": (
        # Born 1 May 2014, seen 20 November 2026: 12 at the visit.
        {"patient.date_of_birth": "2014-05-01", "symptoms.locations": ["heel"]},
        None,
        "Your heel hurts, and you are still growing. This is often irritation where the heel "
        "bone grows. For a while, jump less and do less hard running. Wear shoes with a "
        "cushioned heel. If the pain lasts, have a clinician check it.",
    ),
}

# Every new flag at once, with the 2026.1 answers that come with them: the longest sheet
# 2027.1 makes (the page limit and the reading grade are checked on it).
EVERY_NEW = {
    key: value for overrides, _, _ in NEW_FLAGS.values() for key, value in overrides.items()
}
EVERY_NEW.update(
    {
        "patient.first_name": "Zoë",
        "patient.last_name": "Dvořák-Łukasiewicz",
        "symptoms.locations": ["heel", "achilles", "arch"],
        "symptoms.redness": True,
        "symptoms.fever": True,
        "symptoms.swelling": "significant",
        "history.diabetes": True,
        "history.cancer_history": True,
    }
)

CASES = {
    **{code: overrides for code, (overrides, _, _) in NEW_FLAGS.items()},
    "every-new": EVERY_NEW,
}


def _assessed(overrides: dict[str, object]) -> tuple[Any, Assessment]:
    intake = parse_intake(document(overrides))
    return intake, assess(intake, version=VERSION)


@pytest.fixture(scope="module")
def sheets(printed_on: date) -> dict[str, CareSheet]:
    built = {}
    for case, overrides in CASES.items():
        intake, assessment = _assessed(overrides)
        built[case] = build_care_sheet(intake, assessment, letterhead=CLINIC, printed_on=printed_on)
    return built


@pytest.fixture(scope="module")
def pdfs(sheets: dict[str, CareSheet]) -> dict[tuple[str, Paper, bool], bytes]:
    return {
        (case, paper, large): render_care_sheet(sheets[case], paper=paper, large_print=large)
        for case in sheets
        for paper in PAPERS
        for large in (False, True)
    }


def test_the_cases_raise_the_flags_they_are_about() -> None:
    added = {rule.code for rule in rule_set(VERSION).rules} - {
        rule.code for rule in rule_set("2026.1").rules
    }
    assert added == set(NEW_FLAGS)
    for code, (overrides, _, _) in NEW_FLAGS.items():
        _, assessment = _assessed(overrides)
        assert code in {flag.code for flag in assessment.flags}, code
    _, every = _assessed(EVERY_NEW)
    assert set(NEW_FLAGS) <= {flag.code for flag in every.flags}
    assert every.highest_urgency == "emergency"


@pytest.mark.parametrize("code", NEW_FLAGS)
@pytest.mark.parametrize("paper", PAPERS)
def test_each_new_flag_is_printed_in_plain_words_in_its_box(
    pdfs: dict[tuple[str, Paper, bool], bytes],
    pdf_pages: Callable[[bytes], tuple[str, ...]],
    code: str,
    paper: Paper,
) -> None:
    _, heading, words = NEW_FLAGS[code]
    pages = pdf_pages(pdfs[code, paper, False])
    text = " ".join(pages)
    assert words in text
    assert code not in text  # never the rule's code
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text.lower())
    if heading is None:  # advice: in the running plan, no box
        assert all(box not in text for box in (EMERGENCY, URGENT, SOON))
        assert text.index("Your running plan") < text.index(words)
        return
    assert heading in pages[0]
    assert all(other not in text for other in {EMERGENCY, URGENT, SOON} - {heading})
    box_end = "Do not wait for an appointment." if heading == EMERGENCY else "do not run."
    assert pages[0].index(heading) < pages[0].index(words) < pages[0].index(box_end)


@pytest.mark.parametrize("case", ["circulation_compromise", "compartment_syndrome", "every-new"])
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_an_emergency_sheet_opens_with_get_emergency_care_now_and_the_clinics_number(
    pdfs: dict[tuple[str, Paper, bool], bytes],
    pdf_pages: Callable[[bytes], tuple[str, ...]],
    case: str,
    paper: Paper,
    large: bool,
) -> None:
    pages = pdf_pages(pdfs[case, paper, large])
    first, text = pages[0], " ".join(pages)
    assert first.startswith(
        "Get emergency care now Call 999 now, or go to the nearest emergency department."
    )
    # Above the letterhead, which still names the patient on the first page.
    for later in ("Your home-care sheet", "For ", "Visit on", "Riverside Running Clinic"):
        assert first.index("Call 999 now") < first.index(later)
    assert text.index("Call 999 now") < text.index("Where it hurts")
    assert "your local emergency number" not in text
    assert "Do not wait to see if it gets better. Do not wait for an appointment." in first


@pytest.mark.parametrize("paper", PAPERS)
def test_without_a_clinic_number_the_sheet_says_your_local_emergency_number(
    pdf_pages: Callable[[bytes], tuple[str, ...]], printed_on: date, paper: Paper
) -> None:
    intake, assessment = _assessed(NEW_FLAGS["sepsis_signs"][0])
    sheet = build_care_sheet(intake, assessment, letterhead=NO_NUMBER, printed_on=printed_on)
    first = pdf_pages(render_care_sheet(sheet, paper=paper))[0]
    assert first.startswith(
        "Get emergency care now Call your local emergency number now, or go to the nearest "
        "emergency department."
    )
    # And with no letterhead at all (the CLI without a database).
    bare = build_care_sheet(intake, assessment, printed_on=printed_on)
    assert pdf_pages(render_care_sheet(bare, paper=paper))[0].startswith(
        "Get emergency care now Call your local emergency number now"
    )


def test_an_emergency_sheet_gives_no_home_care_that_could_harm_the_foot(
    pdfs: dict[tuple[str, Paper, bool], bytes], pdf_text: Callable[[bytes], str]
) -> None:
    text = pdf_text(pdfs["circulation_compromise", "a4", False])
    assert (
        "Get emergency care first. Until a clinician has seen your foot, do not cool it, warm "
        "it, rub it or wrap it tightly."
    ) in text
    for advice in ("raise your foot", "Cool the sore area", "compression sock", "foot soak"):
        assert advice not in text
    assert "Do not run until a clinician has checked your foot." in text
    assert "When to get help" in text  # the safety net stays


def test_tendon_and_skin_infection_flags_tailor_the_relief(
    pdfs: dict[tuple[str, Paper, bool], bytes], pdf_text: Callable[[bytes], str]
) -> None:
    tendon = pdf_text(pdfs["tendon_rupture_risk", "a4", False])
    assert "Do not stretch your calf until a clinician says you can." in tendon
    assert "Stretch gently" not in tendon
    redness = pdf_text(pdfs["spreading_redness", "a4", False])
    assert "Your foot may be infected." in redness
    assert "roll a ball under your arch" not in redness
    assert "warm foot soak" not in redness


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_every_new_flag_at_once_keeps_the_page_limit_and_every_reason(
    pdfs: dict[tuple[str, Paper, bool], bytes],
    pdf_pages: Callable[[bytes], tuple[str, ...]],
    paper: Paper,
    large: bool,
) -> None:
    pages = pdf_pages(pdfs["every-new", paper, large])
    assert len(pages) <= MAX_SHEET_PAGES
    text = " ".join(pages)
    for _, _, words in NEW_FLAGS.values():
        assert words in text
    # The emergency box holds the emergencies only, so the patient is still named on the
    # first page; the other reasons follow the letterhead, for the emergency team.
    assert "For Zoë Dvořák-Łukasiewicz" in pages[0]
    also = "Tell the emergency team about these too These answers also need to be checked:"
    assert text.index(EMERGENCY) < text.index("For Zoë") < text.index(also)
    assert text.index(NEW_FLAGS["circulation_compromise"][2]) < text.index("For Zoë")
    assert text.index(also) < text.index(NEW_FLAGS["spreading_redness"][2])
    assert URGENT not in text
    assert SOON not in text
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert f"Rule set {VERSION}" in pages[-1]


@pytest.mark.parametrize("case", CASES)
def test_reading_grade_of_the_new_text_is_8_or_lower(
    sheets: dict[str, CareSheet],
    pdfs: dict[tuple[str, Paper, bool], bytes],
    pdf_text: Callable[[bytes], str],
    case: str,
) -> None:
    sheet = sheets[case]
    whole: Any = textstat.flesch_kincaid_grade(" ".join(sheet.prose()))
    printed: Any = textstat.flesch_kincaid_grade(pdf_text(pdfs[case, "a4", False]))
    assert float(whole) <= 8
    assert float(printed) <= 8
    if sheet.referral is not None:  # the box alone, where the new words are
        box: Any = textstat.flesch_kincaid_grade(" ".join(sheet.referral.prose()))
        assert float(box) <= 8, sheet.referral.prose()
    for section in (sheet.relief.prose(), sheet.plan.prose()):
        grade: Any = textstat.flesch_kincaid_grade(" ".join(section))
        assert float(grade) <= 8, section


@pytest.mark.parametrize("code", NEW_FLAGS)
def test_each_new_sentence_alone_reads_at_grade_8_or_lower(code: str) -> None:
    """One sentence of hard words could hide in a box of plain ones: each is checked."""
    grade: Any = textstat.flesch_kincaid_grade(NEW_FLAGS[code][2])
    assert float(grade) <= 8, NEW_FLAGS[code][2]


# --- The letter -----------------------------------------------------------------------------


@pytest.mark.parametrize("paper", PAPERS)
def test_an_emergency_letter_leads_with_the_urgency_and_goes_to_the_emergency_department(
    pdf_pages: Callable[[bytes], tuple[str, ...]], printed_on: date, paper: Paper
) -> None:
    intake, assessment = _assessed(NEW_FLAGS["compartment_syndrome"][0])
    assert assessment.highest_urgency == "emergency"
    # Neither urgency nor destination given: both from the flags.
    letter = build_referral_letter(intake, assessment, letterhead=CLINIC, written_on=printed_on)
    pages = pdf_pages(render_referral_letter(letter, paper=paper))
    assert len(pages) == 1
    text = pages[0]
    assert "To: Emergency department" in text
    assert "Emergency: please assess now, on arrival." in text
    # Read before anything about the patient.
    assert text.index("Emergency: please assess now") < text.index("Patient Name:")
    assert "Pain far worse than the injury explains" in text  # the flag's title
    assert "symptoms.pain_out_of_proportion = true; symptoms.injury = impact" in text
    assert "Urgent: please see today." not in text


@pytest.mark.parametrize("code", [code for code, (_, box, _) in NEW_FLAGS.items() if box])
def test_each_new_referral_flag_is_in_the_letter_with_its_evidence_and_source(
    pdf_text: Callable[[bytes], str], printed_on: date, code: str
) -> None:
    intake, assessment = _assessed(NEW_FLAGS[code][0])
    (flag,) = [flag for flag in assessment.referral_flags if flag.code == code]
    letter = build_referral_letter(
        intake, assessment, destination="gp", letterhead=CLINIC, written_on=printed_on
    )
    text = pdf_text(render_referral_letter(letter))
    assert " ".join(flag.title.split()) in text
    assert "; ".join(flag.evidence) in text
    assert " ".join(flag.source.split()) in text
    urgency = {
        "emergency": "Emergency: please assess now, on arrival.",
        "urgent": "Urgent: please see today.",
        "soon": "Soon: please see within a few days.",
    }[assessment.highest_urgency or ""]
    assert urgency in text
    assert "To: General practitioner (GP)" in text  # the clinician's choice stands


def test_a_clinician_may_send_any_intake_as_an_emergency(
    pdf_text: Callable[[bytes], str], printed_on: date
) -> None:
    intake, assessment = _assessed(NEW_FLAGS["inflammatory_pattern"][0])
    letter = build_referral_letter(
        intake, assessment, urgency="emergency", letterhead=CLINIC, written_on=printed_on
    )
    text = pdf_text(render_referral_letter(letter))
    assert "Emergency: please assess now, on arrival." in text
    assert "To: Emergency department" in text
    assert "Soon:" not in text
