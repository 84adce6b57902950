"""The referral letter as a receiving clinician gets it: real PDFs, read back with pypdf.

Each letter is rendered once per module on A4 and on Letter. The identity lines, dates
and urgency words expected here are written out by hand from the intakes in conftest.py.
"""

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from clinic_app.handouts.content import Letterhead, Paper
from clinic_app.handouts.letter import build_referral_letter
from clinic_app.handouts.render import render_referral_letter
from clinic_app.intake import parse_intake
from clinic_app.rules import RULES_VERSION, Assessment, assess

PAPERS: tuple[Paper, ...] = ("a4", "letter")
PAGE_POINTS = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}

# (intake, destination, urgency given, clinician) for each letter the module renders.
LETTERS: dict[str, tuple[str, str, str | None, str]] = {
    # Maya: one "soon" flag (pain not settling), urgency left to the flags.
    "typical": ("typical", "podiatrist", None, "Dr Ada Brennan"),
    # Siobhán, in miles: numbness, "soon", sent on as urgent by the clinician's choice.
    "miles": ("miles", "sports_medicine", "urgent", "Niamh Ó Súilleabháin"),
    # Zoë: every referral flag there can be, to the emergency department, no clinician named.
    "every-flag": ("every-flag", "emergency", None, ""),
}

Key = tuple[str, Paper]


@pytest.fixture(scope="module")
def assessments(intake_document: Callable[[str], dict[str, Any]]) -> dict[str, Assessment]:
    return {
        name: assess(parse_intake(intake_document(source)))
        for name, (source, *_) in LETTERS.items()
    }


@pytest.fixture(scope="module")
def pdfs(
    intake_document: Callable[[str], dict[str, Any]],
    clinic_letterhead: Letterhead,
    printed_on: date,
) -> dict[Key, bytes]:
    rendered = {}
    for name, (source, destination, urgency, clinician) in LETTERS.items():
        intake = parse_intake(intake_document(source))
        letter = build_referral_letter(
            intake,
            assess(intake),
            destination=destination,
            urgency=urgency,
            clinician=clinician,
            letterhead=clinic_letterhead,
            written_on=printed_on,
        )
        for paper in PAPERS:
            rendered[name, paper] = render_referral_letter(letter, paper=paper)
    return rendered


@pytest.mark.parametrize("paper", PAPERS)
def test_typical_letter_is_one_page_with_everything_a_clinician_needs(
    pdfs: dict[Key, bytes],
    pdf_pages: Callable[[bytes], tuple[str, ...]],
    paper: Paper,
) -> None:
    pages = pdf_pages(pdfs["typical", paper])
    assert len(pages) == 1
    text = pages[0]
    for expected in (
        "Referral letter",
        "Riverside Running Clinic",
        "12 Mill Lane, Springfield",
        "555-0199",
        "Date: 23 November 2026",
        "To: Podiatrist",
        "Name: Maya Okafor",
        "Date of birth: 14 March 1991",
        "Clinic number: P-10442",
        "Seen on: 20 November 2026",
        "Soon: please see within a few days.",
        "Pain that is not settling",  # the one referral flag's title
        "symptoms.improving = false",  # with its evidence
        "Last 7 days: 48 km. Week before: 35 km.",
        "Referring clinician: Dr Ada Brennan",
        "Signature",
        f"Flags from rule set {RULES_VERSION}",
        "Page 1 of 1",
    ):
        assert expected in text


@pytest.mark.parametrize("paper", PAPERS)
def test_letter_names_every_referral_flag_but_no_advice_flag(
    pdfs: dict[Key, bytes],
    assessments: dict[str, Assessment],
    pdf_text: Callable[[bytes], str],
    paper: Paper,
) -> None:
    every = assessments["every-flag"]
    text = pdf_text(pdfs["every-flag", paper])
    titles = [flag.title for flag in every.referral_flags]
    assert len(titles) == 11
    for title in titles:
        assert " ".join(title.split()) in text
    for flag in every.flags:
        if flag.kind == "advice":
            assert flag.title not in text
    for expected in (
        "To: Emergency department",
        "Name: Zoë Dvořák-Łukasiewicz",
        "Date of birth: 29 February 1988",
        "Clinic number: Z-0077",
        "Urgent: please see today.",
        "Referring clinician: ____",  # no name given: a line to sign on
        "Diabetes",
        "Medications: Metformin",
    ):
        assert expected in text


@pytest.mark.parametrize("paper", PAPERS)
def test_clinicians_urgency_overrides_the_flags(
    pdfs: dict[Key, bytes],
    assessments: dict[str, Assessment],
    pdf_pages: Callable[[bytes], tuple[str, ...]],
    paper: Paper,
) -> None:
    assert assessments["miles"].highest_urgency == "soon"
    pages = pdf_pages(pdfs["miles", paper])
    assert len(pages) == 1
    text = pages[0]
    assert "Urgent: please see today." in text
    assert "Soon:" not in text
    assert "To: Sports medicine physician" in text
    assert "Name: Siobhán O'Neill" in text
    assert "Clinic number: not recorded" in text
    assert "Numbness or tingling" in text
    assert "Last 7 days: 30 miles. Week before: 21.5 miles." in text
    assert "Referring clinician: Niamh Ó Súilleabháin" in text


@pytest.mark.parametrize("name", LETTERS)
@pytest.mark.parametrize("paper", PAPERS)
def test_letter_paper_size_and_fonts(
    pdfs: dict[Key, bytes],
    page_sizes: Callable[[bytes], tuple[tuple[float, float], ...]],
    unembedded_fonts: Callable[[bytes], set[str]],
    name: str,
    paper: Paper,
) -> None:
    pdf = pdfs[name, paper]
    width, height = PAGE_POINTS[paper]
    for page_width, page_height in page_sizes(pdf):
        assert page_width == pytest.approx(width, abs=1)
        assert page_height == pytest.approx(height, abs=1)
    assert not unembedded_fonts(pdf)
