"""The exercise sheet's one-page check (`_fits_one_page`) says what laying it out says.

The renderer measures the story against one page's frame instead of laying the PDF out
to count pages (`make bench`'s `exercise_sheet`); should the two ever disagree, a sheet
could be laid out tighter than it needs, or, but for the renderer's safety net, run over.
Every language, both papers, several sets of cards and every layout step are compared
with the page count of the real PDF.
"""

from datetime import date

import pytest
from intake_documents import document

from clinic_app.exercises.codes import EXERCISE_CODES
from clinic_app.handouts import exercise_render
from clinic_app.handouts.content import Letterhead, Paper
from clinic_app.handouts.exercise_sheet import build_exercise_sheet
from clinic_app.handouts.render import _build, register_fonts, styles, wraps_cjk
from clinic_app.intake import parse_intake
from clinic_app.rules import assess

CLINIC = Letterhead("Harbour Physio & Sports", "3 Quay Street, Galway", "+353 91 555 0123")
CARDS = {
    "chosen": None,
    "first six": EXERCISE_CODES[:6],
    "last six": EXERCISE_CODES[5:],
    "seven": EXERCISE_CODES[:7],
    "nine": EXERCISE_CODES[:9],
}


@pytest.mark.parametrize("language", ["en", "es", "zh-Hans"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("cards", sorted(CARDS))
def test_the_estimate_agrees_with_the_laid_out_page_count(
    language: str, paper: Paper, cards: str
) -> None:
    register_fonts()
    intake = parse_intake(document({}))
    sheet = build_exercise_sheet(
        intake,
        assess(intake),
        codes=CARDS[cards],
        letterhead=CLINIC,
        printed_on=date(2026, 12, 4),
        language=language,
    )
    style = styles(False, wraps_cjk(language))
    verdicts = []
    for fit in exercise_render.NORMAL_FITS:
        story = exercise_render.exercise_story(sheet, style, fit)
        estimate = exercise_render._fits_one_page(story, paper)
        again = exercise_render.exercise_story(sheet, style, fit)
        _, pages = _build(again, paper, sheet.footer, style, title=sheet.title)
        verdicts.append((estimate, pages == 1))
    assert all(estimate == laid_out for estimate, laid_out in verdicts), verdicts
    if cards == "nine":  # too many for one page at any step: the check must say so
        assert verdicts[-1] == (False, False)
