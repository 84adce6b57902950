"""The home-care sheet as the patient gets it: real PDFs, read back with pypdf.

Four intakes (a typical one, one raising no referral flag, one raising every flag it can
with an accented name, one in miles) are each rendered on A4 and Letter, in normal and
large print, once per module; every test reads those bytes. The figures expected here
(ceilings, distances, dates) are worked out by hand from the intakes in conftest.py, not
taken from the code under test.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
import textstat

from clinic_app.handouts.content import CareSheet, Letterhead, Paper
from clinic_app.handouts.render import render_care_sheet
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.handouts.text import handout_text
from clinic_app.intake import parse_intake
from clinic_app.rules import RULES_VERSION, assess

URGENT = "See a clinician today"
SOON = "See a clinician in the next few days"
NOTICE = "This sheet supports, and does not replace, your clinician's advice."
CLINICIAN_ONLY = ("energy", "periods", "eating", "red-s")
PAPERS: tuple[Paper, ...] = ("a4", "letter")
PAGE_POINTS = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}


@dataclass(frozen=True)
class Expected:
    name: str
    visit: str
    ceiling: str
    shoes: str
    heading: str | None


EXPECTED = {
    "typical": Expected("Maya Okafor", "20 November 2026", "38.5 km", "720 km", SOON),
    "no-referral": Expected("Tomás Reyes", "5 October 2026", "30.8 km", "500 km", None),
    "every-flag": Expected(
        "Zoë Dvořák-Łukasiewicz", "20 November 2026", "44.0 km", "900 km", URGENT
    ),
    "miles": Expected("Siobhán O'Neill", "2 March 2026", "23.7 miles", "350 miles", SOON),
}
CASES = tuple(EXPECTED)
VARIANTS = [
    pytest.param(case, paper, large, id=f"{case}-{paper}-{'large' if large else 'normal'}")
    for case in CASES
    for paper in PAPERS
    for large in (False, True)
]

Key = tuple[str, Paper, bool]


@pytest.fixture(scope="module")
def sheets(
    intake_document: Callable[[str], dict[str, Any]],
    clinic_letterhead: Letterhead,
    printed_on: date,
) -> dict[str, CareSheet]:
    built = {}
    for case in CASES:
        intake = parse_intake(intake_document(case))
        built[case] = build_care_sheet(
            intake, assess(intake), letterhead=clinic_letterhead, printed_on=printed_on
        )
    return built


@pytest.fixture(scope="module")
def pdfs(sheets: dict[str, CareSheet]) -> dict[Key, bytes]:
    """Each intake on each paper in each print size, rendered once for the module."""
    return {
        (case, paper, large): render_care_sheet(sheets[case], paper=paper, large_print=large)
        for case in CASES
        for paper in PAPERS
        for large in (False, True)
    }


def test_the_intakes_raise_the_flags_the_cases_are_about(
    intake_document: Callable[[str], dict[str, Any]],
) -> None:
    """The cases' premises, so a change to the rules cannot quietly hollow out the tests."""
    flags = {case: assess(parse_intake(intake_document(case))) for case in CASES}
    assert flags["typical"].highest_urgency == "soon"
    assert not flags["no-referral"].referral_flags
    assert {"load_spike", "worn_shoes"} <= {flag.code for flag in flags["no-referral"].flags}
    every = {flag.code for flag in flags["every-flag"].flags}
    assert {"energy_availability", "possible_infection", "diabetic_foot"} <= every
    assert len(every) == 19  # all 21 rules but the two this intake's answers rule out
    assert flags["miles"].highest_urgency == "soon"


@pytest.mark.parametrize(("case", "paper", "large"), VARIANTS)
def test_sheet_names_the_patient_and_the_visit(
    pdfs: dict[Key, bytes],
    pdf_pages: Callable[[bytes], tuple[str, ...]],
    case: str,
    paper: Paper,
    large: bool,
) -> None:
    first = pdf_pages(pdfs[case, paper, large])[0]
    expected = EXPECTED[case]
    assert f"For {expected.name}" in first  # accents intact, as one composed letter each
    assert f"Visit on {expected.visit}" in first
    assert "Riverside Running Clinic" in first
    assert "555-0199" in first


@pytest.mark.parametrize(("case", "paper", "large"), VARIANTS)
def test_sheet_gives_the_patients_own_numbers(
    pdfs: dict[Key, bytes], pdf_text: Callable[[bytes], str], case: str, paper: Paper, large: bool
) -> None:
    text = pdf_text(pdfs[case, paper, large])
    expected = EXPECTED[case]
    assert f"Next week, run no more than {expected.ceiling}." in text
    assert f"Your main shoes have about {expected.shoes} on them." in text


@pytest.mark.parametrize(("case", "paper", "large"), VARIANTS)
def test_referral_box_is_printed_exactly_when_a_referral_flag_fired(
    pdfs: dict[Key, bytes],
    pdf_pages: Callable[[bytes], tuple[str, ...]],
    case: str,
    paper: Paper,
    large: bool,
) -> None:
    pages = pdf_pages(pdfs[case, paper, large])
    text = " ".join(pages)
    heading = EXPECTED[case].heading
    other = {URGENT, SOON} - {heading}
    assert not any(words in text for words in other)
    if heading is None:
        # In any case: the words "see a clinician" appear only in the box.
        assert "see a clinician" not in text.lower()
        assert "Until you are seen" not in text
        return
    # Boxed at the top: on the first page, before the first section.
    assert heading in pages[0]
    assert pages[0].index(heading) < pages[0].index("Where it hurts")
    assert "Until you are seen, rest your foot and do not run." in pages[0]


@pytest.mark.parametrize(("case", "paper", "large"), VARIANTS)
def test_when_to_get_help_is_always_printed(
    pdfs: dict[Key, bytes], pdf_text: Callable[[bytes], str], case: str, paper: Paper, large: bool
) -> None:
    text = pdf_text(pdfs[case, paper, large])
    items = handout_text("en").lines("help.items")
    assert len(items) == 7  # the seven signs handouts.md lists
    assert "When to get help" in text
    for item in items:
        assert item in text
    assert "Our phone number is 555-0199." in text


@pytest.mark.parametrize(("case", "paper", "large"), VARIANTS)
def test_every_page_has_the_footer(
    pdfs: dict[Key, bytes],
    pdf_pages: Callable[[bytes], tuple[str, ...]],
    case: str,
    paper: Paper,
    large: bool,
) -> None:
    pages = pdf_pages(pdfs[case, paper, large])
    count = len(pages)
    assert f"Page 1 of {count}" in pages[0]
    assert f"Page {count} of {count}" in pages[-1]
    for number, page in enumerate(pages, start=1):
        assert NOTICE in page
        assert f"Page {number} of {count}" in page
        assert "Printed 23 November 2026" in page
        assert f"Rule set {RULES_VERSION}" in page


@pytest.mark.parametrize(("case", "paper", "large"), VARIANTS)
def test_nothing_for_clinicians_only_reaches_the_patient(
    pdfs: dict[Key, bytes], pdf_text: Callable[[bytes], str], case: str, paper: Paper, large: bool
) -> None:
    text = pdf_text(pdfs[case, paper, large]).lower()
    for word in CLINICIAN_ONLY:
        assert word not in text
    # Reasons are in plain words: no flag code is ever printed.
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text)


@pytest.mark.parametrize(("case", "paper", "large"), VARIANTS)
def test_page_count_and_paper_size(
    pdfs: dict[Key, bytes],
    page_sizes: Callable[[bytes], tuple[tuple[float, float], ...]],
    case: str,
    paper: Paper,
    large: bool,
) -> None:
    sizes = page_sizes(pdfs[case, paper, large])
    assert 1 <= len(sizes) <= 3
    if case == "typical" and not large:
        assert len(sizes) == 2
    width, height = PAGE_POINTS[paper]
    for page_width, page_height in sizes:
        assert page_width == pytest.approx(width, abs=1)
        assert page_height == pytest.approx(height, abs=1)


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_every_font_is_embedded(
    pdfs: dict[Key, bytes],
    unembedded_fonts: Callable[[bytes], set[str]],
    paper: Paper,
    large: bool,
) -> None:
    """The every-flag sheet has the widest set of characters (ë, ř, Ł) and every part."""
    missing = unembedded_fonts(pdfs["every-flag", paper, large])
    assert not missing, f"fonts named in the PDF but not embedded (DejaVu subset): {missing}"


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("paper", PAPERS)
def test_large_print_sets_the_body_in_14_pt_or_more(
    pdfs: dict[Key, bytes],
    body_size: Callable[[bytes], float],
    text_runs: Callable[[bytes], tuple[tuple[str, float, str], ...]],
    case: str,
    paper: Paper,
) -> None:
    # The body is the size that carries most characters (see conftest's text_runs for how
    # sizes are read); normal print must differ, or the option would be doing nothing.
    assert body_size(pdfs[case, paper, True]) >= 14
    assert body_size(pdfs[case, paper, False]) < 14
    # And the safety net, the part a patient most needs to read, is all at 14 pt or more.
    help_text = " ".join(handout_text("en").lines("help.items"))
    runs = [
        size
        for text, size, font in text_runs(pdfs[case, paper, True])
        if "DejaVuSans" in font and len(text) > 3 and text in help_text
    ]
    assert len(runs) >= 7
    assert min(runs) >= 14
    # The bullets in front of those lines too: ReportLab's default bullet is 10 pt.
    bullets = [size for text, size, _ in text_runs(pdfs[case, paper, True]) if text == "•"]
    assert bullets
    assert min(bullets) >= 14


def test_relief_advice_is_tailored_to_infection_and_low_feeling(
    pdfs: dict[Key, bytes], pdf_text: Callable[[bytes], str]
) -> None:
    typical = pdf_text(pdfs["typical", "a4", False])
    every = pdf_text(pdfs["every-flag", "a4", False])
    for advice in ("roll a ball under your arch", "warm foot soak"):
        assert advice in typical
        assert advice not in every  # no massage and no heat on a foot that may be infected
    assert "Your foot may be infected." in every
    assert "You may not feel cold or heat well in your feet." in every
    assert "Do not run until a clinician has checked your foot." in every
    assert "Do not run until" not in pdf_text(pdfs["no-referral", "a4", False])


@pytest.mark.parametrize("case", CASES)
def test_reading_grade_is_8_or_lower(
    sheets: dict[str, CareSheet],
    pdfs: dict[Key, bytes],
    pdf_text: Callable[[bytes], str],
    case: str,
) -> None:
    prose = " ".join(sheets[case].prose())
    printed = pdf_text(pdfs[case, "a4", False])
    # Enough words that a grade means something (an empty text scores 0).
    assert len(prose.split()) > 200
    assert len(printed.split()) > len(prose.split())
    grade_prose: Any = textstat.flesch_kincaid_grade(prose)
    grade_printed: Any = textstat.flesch_kincaid_grade(printed)
    assert float(grade_prose) <= 8, prose
    assert float(grade_printed) <= 8, printed
    # Section by section too: the grade of a whole sheet is an average, and one section
    # in hard words could hide behind the plain ones around it.
    sheet = sheets[case]
    sections = [sheet.where.prose(), sheet.relief.prose(), sheet.plan.prose(), sheet.help.prose()]
    if sheet.referral is not None:
        sections.append((sheet.referral.intro, *sheet.referral.reasons, sheet.referral.rest))
    if sheet.emergency is not None:  # rule set 2027.1; test_emergency_sheet_pdf.py has more
        sections.append(sheet.emergency.prose())
    for section in sections:
        grade: Any = textstat.flesch_kincaid_grade(" ".join(section))
        assert float(grade) <= 8, section
