"""`handout_pdf`: building one sheet in memory, over a bare platypus document of its text.

The intake is the complete example of intake-format.md (parsed once, outside the timing).
The subject is the whole in-memory path the app takes to print a home-care sheet:
`assess`, `build_care_sheet` with a clinic letterhead, and `render_care_sheet` on A4,
returning the PDF's bytes. The floor is a bare `SimpleDocTemplate` writing A4 to a
`BytesIO`, holding one plain `Paragraph` per sentence of that same sheet (its header
lines, headings and `prose()`), in the same embedded DejaVu Sans faces the app registers
(`register_fonts`): the title, headings and clinic name in `BOLD`, the rest in `REGULAR`.
Both embed the same two font subsets, so the ratio is the cost of the app's own work —
choosing the content, the tables, the referral box, the foot drawing, the bullets and
the numbered footer — not of font embedding.

Registering the fonts and the first render fill per-process caches, so both are run once
before timing; that also checks that each produces a PDF.
"""

import io
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks.harness import Figure, per_call
from clinic_app.handouts.content import CareSheet, Letterhead
from clinic_app.handouts.render import BOLD, REGULAR, register_fonts, render_care_sheet
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.intake import Intake, parse_document_text, parse_intake
from clinic_app.paths import resources_dir
from clinic_app.rules import assess

TARGET = 2.0
NAME = "handout_pdf"

CLINIC = Letterhead("Riverside Running Physio", "12 Mill Lane, Riverside", "555-0100")
PRINTED_ON = date(2024, 5, 6)
FLOOR_STYLE = ParagraphStyle("floor", fontName=REGULAR, fontSize=10.5, leading=13.125)
FLOOR_BOLD = ParagraphStyle("floor_bold", parent=FLOOR_STYLE, fontName=BOLD)


def example_intake() -> Intake:
    path = resources_dir() / "examples" / "maya-okafor.json"
    return parse_intake(parse_document_text(path.read_text(encoding="utf-8"), NAME))


def sheet_pdf(intake: Intake) -> bytes:
    """What printing a sheet costs the app, from an intake to the PDF's bytes."""
    sheet = build_care_sheet(intake, assess(intake), letterhead=CLINIC, printed_on=PRINTED_ON)
    return render_care_sheet(sheet, paper="a4")


def sentences(sheet: CareSheet) -> list[tuple[str, bool]]:
    """Every line the sheet prints as text (header, headings, prose), and whether in bold."""
    head = sheet.letterhead
    sections = (sheet.where, sheet.relief, sheet.plan, sheet.help)
    bold = [sheet.title, head.name, *(section.heading for section in sections)]
    bold += [section.subheading for section in sections if section.more_bullets]
    plain = [sheet.patient, sheet.visit, head.address, head.phone, *sheet.prose()]
    return [(line, True) for line in bold if line.strip()] + [
        (line, False) for line in plain if line.strip()
    ]


def bare_pdf(lines: list[tuple[str, bool]]) -> bytes:
    """The same text as plain paragraphs in a bare A4 document."""
    output = io.BytesIO()
    document = SimpleDocTemplate(output, pagesize=A4, invariant=True)
    document.build(
        [Paragraph(escape(line), FLOOR_BOLD if bold else FLOOR_STYLE) for line, bold in lines]
    )
    return output.getvalue()


def measure(*, rounds: int, round_seconds: float) -> Figure:
    register_fonts()
    intake = example_intake()
    sheet = build_care_sheet(intake, assess(intake), letterhead=CLINIC, printed_on=PRINTED_ON)
    lines = sentences(sheet)

    # Warm up both (font parsing, first-call caches), and check that each makes a PDF.
    for pdf in (sheet_pdf(intake), bare_pdf(lines)):
        if not pdf.startswith(b"%PDF-"):
            raise AssertionError(f"{NAME}: did not produce a PDF")
    value, floor = per_call(
        lambda: sheet_pdf(intake),
        lambda: bare_pdf(lines),
        rounds=rounds,
        round_seconds=round_seconds,
    )
    return Figure(NAME, value * 1e3, floor * 1e3, TARGET, "ms")
