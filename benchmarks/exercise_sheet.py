"""`exercise_sheet`: building one exercise sheet in memory, over bare platypus drawing the same.

The intake is the complete example of intake-format.md (parsed once, outside the timing),
whose flags give a full sheet of exercises. The subject is the whole in-memory path the
command line and the app take: `assess`, `build_exercise_sheet` with a clinic letterhead
(choosing the exercises and their words), and `render_exercise_sheet` on A4, returning the
PDF's bytes. The floor is a bare `SimpleDocTemplate` on A4 holding, for each exercise, a
plain reportlab `Drawing` of the very strokes of its description (one shape per stroke, no
scaling by part, no arrowheads) followed by one plain `Paragraph` per sentence of the sheet,
in the same embedded DejaVu faces. So the ratio is the cost of the app's own work (the
choice, the card grid, the drawing's styling, the footer), not of PDF writing or fonts.
"""

import io
from datetime import date
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Polygon, PolyLine
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from benchmarks.handout_pdf import CLINIC, FLOOR_BOLD, FLOOR_STYLE, example_intake
from benchmarks.harness import Figure, per_call
from clinic_app.exercises.drawings import ExerciseDrawing, drawing_for
from clinic_app.handouts.exercise_render import render_exercise_sheet
from clinic_app.handouts.exercise_sheet import ExerciseSheet, build_exercise_sheet
from clinic_app.handouts.render import register_fonts
from clinic_app.intake import Intake
from clinic_app.rules import assess

TARGET = 2.0
NAME = "exercise_sheet"
PRINTED_ON = date(2024, 5, 6)
SIZE = 100.0
"""The floor draws each description at its own size, 100 points square."""


def sheet_pdf(intake: Intake) -> bytes:
    """What printing an exercise sheet costs, from an intake to the PDF's bytes."""
    sheet = build_exercise_sheet(intake, assess(intake), letterhead=CLINIC, printed_on=PRINTED_ON)
    return render_exercise_sheet(sheet, paper="a4")


def bare_drawing(drawing: ExerciseDrawing) -> Drawing:
    """The description's strokes as plain reportlab shapes, unstyled."""
    canvas = Drawing(SIZE, SIZE)
    for stroke in drawing.strokes:
        points = [value for x, y in stroke.points for value in (x, SIZE - y)]
        if stroke.kind == "circle":
            ((x, y),) = stroke.points
            canvas.add(Circle(x, SIZE - y, stroke.radius))
        elif stroke.kind == "shape":
            canvas.add(Polygon(points))
        else:
            canvas.add(PolyLine(points))
    return canvas


def bare_story(sheet: ExerciseSheet) -> list[Flowable]:
    """The sheet's text as plain paragraphs, each exercise's strokes before its words."""
    story: list[Flowable] = [Paragraph(escape(sheet.title), FLOOR_BOLD)]
    head = sheet.letterhead
    for line in (head.name, head.address, head.phone, sheet.patient, sheet.intro, sheet.note):
        if line.strip():
            story.append(Paragraph(escape(line), FLOOR_STYLE))
    for card in sheet.cards:
        story.append(bare_drawing(drawing_for(card.code)))
        story.append(Paragraph(escape(card.name), FLOOR_BOLD))
        for line in (card.how, card.dose, card.often, card.stop):
            story.append(Paragraph(escape(line), FLOOR_STYLE))
    if sheet.stop.strip():
        story.append(Paragraph(escape(sheet.stop), FLOOR_STYLE))
    return story


def bare_pdf(sheet: ExerciseSheet) -> bytes:
    output = io.BytesIO()
    SimpleDocTemplate(output, pagesize=A4, invariant=True).build(bare_story(sheet))
    return output.getvalue()


def measure(*, rounds: int, round_seconds: float) -> Figure:
    register_fonts()
    intake = example_intake()
    sheet = build_exercise_sheet(intake, assess(intake), letterhead=CLINIC, printed_on=PRINTED_ON)
    if not sheet.cards:
        raise AssertionError(f"{NAME}: the example intake gave no exercises to draw")
    for pdf in (sheet_pdf(intake), bare_pdf(sheet)):  # warm caches; each makes a PDF
        if not pdf.startswith(b"%PDF-"):
            raise AssertionError(f"{NAME}: did not produce a PDF")
    value, floor = per_call(
        lambda: sheet_pdf(intake),
        lambda: bare_pdf(sheet),
        rounds=rounds,
        round_seconds=round_seconds,
    )
    return Figure(NAME, value * 1e3, floor * 1e3, TARGET, "ms")
