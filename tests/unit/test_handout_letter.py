"""What the referral letter says (handouts.md, "The referral letter"), checked without a PDF."""

from datetime import date

import pytest
from intake_documents import document

from clinic_app.handouts.content import DESTINATIONS, Letterhead, ReferralLetter
from clinic_app.handouts.letter import build_referral_letter
from clinic_app.intake import parse_intake
from clinic_app.rules import Assessment, assess

WRITTEN = date(2026, 11, 23)
DESTINATION_LABELS = {
    "sports_medicine": "Sports medicine physician",
    "podiatrist": "Podiatrist",
    "gp": "General practitioner (GP)",
    "emergency": "Emergency department",
}
URGENCY_WORDS = {"urgent": "Urgent", "soon": "Soon", "routine": "Routine"}

URGENT: dict[str, object] = {"symptoms.weight_bearing": "unable"}
SOON: dict[str, object] = {"symptoms.numbness_or_tingling": True}


def letter_for(
    overrides: dict[str, object] | None = None,
    *,
    destination: str = "gp",
    urgency: str | None = None,
    clinician: str = "",
    reason: str = "",
    letterhead: Letterhead | None = None,
) -> tuple[ReferralLetter, Assessment]:
    intake = parse_intake(document(overrides))
    assessment = assess(intake)
    letter = build_referral_letter(
        intake,
        assessment,
        destination=destination,
        urgency=urgency,
        clinician=clinician,
        reason=reason,
        letterhead=letterhead,
        written_on=WRITTEN,
    )
    return letter, assessment


def details(letter: ReferralLetter, heading: str) -> tuple[str, ...]:
    (section,) = [section for section in letter.details if section.heading == heading]
    return section.paragraphs


def test_every_destination_has_its_label() -> None:
    assert set(DESTINATIONS) == set(DESTINATION_LABELS)
    for destination, label in DESTINATION_LABELS.items():
        letter, _ = letter_for(URGENT, destination=destination)
        assert letter.to == f"To: {label}"


@pytest.mark.parametrize("destination", ["hospital", "GP", "", "sports medicine"])
def test_unknown_destination_is_refused(destination: str) -> None:
    with pytest.raises(ValueError, match="destination"):
        letter_for(URGENT, destination=destination)


@pytest.mark.parametrize("urgency", ["asap", "Urgent", "high", "none"])
def test_unknown_urgency_is_refused(urgency: str) -> None:
    with pytest.raises(ValueError, match="urgency"):
        letter_for(URGENT, urgency=urgency)


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        pytest.param(URGENT, "urgent", id="urgent-flag"),
        pytest.param({**URGENT, **SOON}, "urgent", id="urgent-and-soon"),
        pytest.param(SOON, "soon", id="soon-flag"),
        pytest.param({}, "routine", id="no-flag"),
        pytest.param({"running.shoe_pairs_in_rotation": 1}, "routine", id="advice-only"),
        pytest.param({"history.irregular_periods": True}, "routine", id="clinician-only-advice"),
    ],
)
def test_default_urgency_follows_the_flags(overrides: dict[str, object], expected: str) -> None:
    letter, _ = letter_for(overrides, reason="Review requested.")
    assert letter.urgency.startswith(URGENCY_WORDS[expected])
    others = [word for key, word in URGENCY_WORDS.items() if key != expected]
    assert not any(letter.urgency.startswith(word) for word in others)


@pytest.mark.parametrize("chosen", ["urgent", "soon", "routine"])
def test_clinician_may_choose_the_urgency(chosen: str) -> None:
    letter, _ = letter_for(URGENT, urgency=chosen)
    assert letter.urgency.startswith(URGENCY_WORDS[chosen])


def test_each_referral_flag_gives_title_evidence_and_source() -> None:
    overrides = {
        "symptoms.fever": True,
        "symptoms.redness": True,
        "symptoms.bone_point_tenderness": True,
        "symptoms.locations": ["inner_midfoot"],
        "running.shoe_pairs_in_rotation": 1,
    }
    letter, assessment = letter_for(overrides)
    referral = assessment.referral_flags
    assert len(referral) >= 3
    assert [reason.title for reason in letter.reasons] == [flag.title for flag in referral]
    for reason, flag in zip(letter.reasons, referral, strict=True):
        for item in flag.evidence:
            assert item in reason.evidence
        assert flag.source in reason.source
    advice_titles = {flag.title for flag in assessment.advice_flags}
    assert advice_titles
    assert not advice_titles & {reason.title for reason in letter.reasons}
    assert "not a diagnosis" in letter.reasons_intro


def test_no_referral_flag_says_so_and_keeps_the_clinicians_reason() -> None:
    letter, _ = letter_for(reason="  Persistent pain despite care.  ")
    assert letter.reasons == ()
    assert "No referral flag" in letter.reasons_intro
    assert letter.note == "Clinician's note: Persistent pain despite care."


def test_patient_identity() -> None:
    letter, _ = letter_for(
        {
            "patient.first_name": "Zoe\u0301",
            "patient.last_name": "Okafor",
            "patient.clinic_number": "P-10442",
        }
    )
    assert letter.patient == (
        "Name: Zo\u00e9 Okafor",
        "Date of birth: 1 May 1990",
        "Clinic number: P-10442",
        "Seen on: 20 November 2026",
    )
    assert letter.date == "Date: 23 November 2026"


@pytest.mark.parametrize("number", [None, "   "])
def test_missing_clinic_number_is_not_recorded(number: str | None) -> None:
    letter, _ = letter_for({"patient.clinic_number": number})
    assert "Clinic number: not recorded" in letter.patient


def test_history_items_are_listed() -> None:
    letter, _ = letter_for(
        {
            "history.diabetes": True,
            "history.irregular_periods": True,
            "history.medications": "metformin",
            "history.allergies": "penicillin",
        }
    )
    lines = details(letter, "Relevant history")
    assert "Diabetes" in lines[0]
    assert "Periods absent or irregular" in lines[0]
    assert "Low bone density" not in lines[0]
    assert "Medications: metformin" in lines
    assert "Allergies: penicillin" in lines
    assert not any(line.startswith("Other conditions") for line in lines)


def test_no_history_is_said_plainly() -> None:
    letter, _ = letter_for()
    assert details(letter, "Relevant history") == ("Nothing relevant reported.",)


def test_running_load_in_the_patients_unit() -> None:
    letter, _ = letter_for(
        {
            "running.distance_unit": "mi",
            "running.weekly_distance": 30,
            "running.previous_weekly_distance": 22.5,
            "running.shoe_distance": 410,
            "running.recent_changes": ["distance", "hills"],
        }
    )
    text = " ".join(details(letter, "Running load"))
    assert "Last 7 days: 30 miles." in text
    assert "Week before: 22.5 miles." in text
    assert "Main shoes: 410 miles." in text
    assert "Changes in the last 4 weeks: more distance and more hills." in text
    bare, _ = letter_for()
    bare_text = " ".join(details(bare, "Running load"))
    assert "Week before: not given." in bare_text
    assert "none reported" in bare_text


@pytest.mark.parametrize("clinician", ["", "   "])
def test_unsigned_line_without_a_clinician(clinician: str) -> None:
    letter, _ = letter_for(URGENT, clinician=clinician)
    assert letter.signed.startswith("Referring clinician: ")
    assert "____" in letter.signed


def test_signed_by_the_clinician() -> None:
    letter, _ = letter_for(URGENT, clinician="  Dr Ana Ruiz ")
    assert letter.signed == "Referring clinician: Dr Ana Ruiz"
    assert letter.footer is not None
    assert letter.footer.rules == "Flags from rule set 2027.1."
