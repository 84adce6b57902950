"""`benchmarks/exercise_sheet.py` measures what it says: the app's exercise sheet against a
bare document holding the same text and the same strokes."""

import io

import pypdf
from reportlab.graphics.shapes import Drawing

from benchmarks import exercise_sheet
from benchmarks.__main__ import BENCHMARKS
from benchmarks.handout_pdf import CLINIC, example_intake
from clinic_app.exercises.drawings import drawing_for
from clinic_app.handouts.exercise_sheet import build_exercise_sheet
from clinic_app.handouts.render import register_fonts
from clinic_app.rules import assess


def words(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_floor_holds_the_sheets_text_and_each_cards_strokes() -> None:
    register_fonts()
    intake = example_intake()
    sheet = build_exercise_sheet(
        intake, assess(intake), letterhead=CLINIC, printed_on=exercise_sheet.PRINTED_ON
    )
    assert sheet.cards
    story = exercise_sheet.bare_story(sheet)
    drawings = [flowable for flowable in story if isinstance(flowable, Drawing)]
    assert len(drawings) == len(sheet.cards)
    for drawing, card in zip(drawings, sheet.cards, strict=True):
        assert len(drawing.contents) == len(drawing_for(card.code).strokes)
    floor = words(exercise_sheet.bare_pdf(sheet))
    subject = words(exercise_sheet.sheet_pdf(intake))
    for card in sheet.cards:
        for line in (card.name, card.dose, card.stop):
            flat = " ".join(line.split())
            assert flat in floor
            assert flat in subject


def test_it_is_one_of_make_benchs_figures() -> None:
    assert BENCHMARKS["exercise_sheet"] is exercise_sheet.measure
    figure = exercise_sheet.measure(rounds=1, round_seconds=0.001)
    assert figure.name == "exercise_sheet"
    assert figure.value > 0
    assert figure.floor > 0
