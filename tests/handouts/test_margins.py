"""Nothing is printed outside the page margins, on either paper.

Read from poppler's own word boxes (`pdftotext -bbox`), the tool a print shop would trust.
"""

import re
import subprocess
from datetime import date
from pathlib import Path

import needs
import pytest
from intake_documents import document

from clinic_app.handouts.content import Letterhead, Paper
from clinic_app.handouts.letter import build_referral_letter
from clinic_app.handouts.render import MARGIN, PAGE_SIZES, render_care_sheet, render_referral_letter
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.intake import parse_intake
from clinic_app.rules import assess

CLINIC = Letterhead("Riverside Running Physio", "12 Mill Lane, Riverside", "555-0100")
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"')


def _word_edges(pdf: bytes, folder: Path) -> list[tuple[float, float]]:
    pdftotext = needs.program("pdftotext", "the word positions cannot be read")
    path = folder / "page.pdf"
    path.write_bytes(pdf)
    boxes = subprocess.run(
        [pdftotext, "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [(float(left), float(right)) for left, right in WORD.findall(boxes)]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("kind", ["sheet", "letter"])
def test_every_word_lies_within_the_side_margins(paper: Paper, kind: str, tmp_path: Path) -> None:
    intake = parse_intake(document({"patient.clinic_number": "P-1"}))
    assessment = assess(intake)
    day = date(2026, 11, 20)
    if kind == "sheet":
        sheet = build_care_sheet(intake, assessment, letterhead=CLINIC, printed_on=day)
        pdf = render_care_sheet(sheet, paper=paper)
    else:
        letter = build_referral_letter(
            intake, assessment, destination="gp", letterhead=CLINIC, written_on=day
        )
        pdf = render_referral_letter(letter, paper=paper)
    width = PAGE_SIZES[paper][0]
    edges = _word_edges(pdf, tmp_path)
    assert edges
    assert min(left for left, _ in edges) >= MARGIN - 0.5
    assert max(right for _, right in edges) <= width - MARGIN + 0.5
