"""`handout_pdf_zh`: the Chinese (zh-Hans) care sheet, over bare platypus with its text.

As `handout_pdf`, for the example intake printed in Chinese: the subject is `assess`,
`build_care_sheet(language="zh-Hans")` and `render_care_sheet` on A4. The floor is a bare
`SimpleDocTemplate` holding one `Paragraph` per line of that same sheet, in the same
fonts: DejaVu Sans for its Latin runs and Droid Sans Fallback for its Chinese ones (the
same `<font>` runs the renderer writes, `fonts.markup`), with Chinese line breaking. Both
embed the same subsets of both fonts, so the ratio is the app's own work (content, tables,
boxes, the drawing, the footer's runs), not the cost of embedding a CJK font.
"""

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks.handout_pdf import CLINIC, PRINTED_ON, example_intake, sentences
from benchmarks.harness import Figure, per_call
from clinic_app.handouts.fonts import BOLD, REGULAR, markup, register_cjk_font, register_fonts
from clinic_app.handouts.render import render_care_sheet
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.intake import Intake
from clinic_app.languages import CHINESE
from clinic_app.rules import assess

TARGET = 2.0
NAME = "handout_pdf_zh"

FLOOR_STYLE = ParagraphStyle(
    "floor", fontName=REGULAR, fontSize=10.5, leading=13.125, wordWrap="CJK"
)
FLOOR_BOLD = ParagraphStyle("floor_bold", parent=FLOOR_STYLE, fontName=BOLD)


def sheet_pdf(intake: Intake) -> bytes:
    """What printing a Chinese sheet costs the app, from an intake to the PDF's bytes."""
    sheet = build_care_sheet(
        intake, assess(intake), letterhead=CLINIC, printed_on=PRINTED_ON, language=CHINESE
    )
    return render_care_sheet(sheet, paper="a4")


def bare_pdf(lines: list[tuple[str, bool]]) -> bytes:
    """The same text as plain paragraphs in a bare A4 document, in the same two fonts."""
    output = io.BytesIO()
    # The sheet's own first font too, so that neither names Helvetica.
    document = SimpleDocTemplate(output, pagesize=A4, invariant=True, initialFontName=REGULAR)
    document.build(
        [Paragraph(markup(line), FLOOR_BOLD if bold else FLOOR_STYLE) for line, bold in lines]
    )
    return output.getvalue()


def measure(*, rounds: int, round_seconds: float) -> Figure:
    register_fonts()
    register_cjk_font()
    intake = example_intake()
    sheet = build_care_sheet(
        intake, assess(intake), letterhead=CLINIC, printed_on=PRINTED_ON, language=CHINESE
    )
    lines = sentences(sheet)

    # Warm up both (font parsing, first-call caches), and check that each makes a PDF that
    # embeds the Chinese font.
    for pdf in (sheet_pdf(intake), bare_pdf(lines)):
        if not pdf.startswith(b"%PDF-") or b"DroidSansFallback" not in pdf:
            raise AssertionError(f"{NAME}: did not produce a Chinese PDF")
    value, floor = per_call(
        lambda: sheet_pdf(intake),
        lambda: bare_pdf(lines),
        rounds=rounds,
        round_seconds=round_seconds,
    )
    return Figure(NAME, value * 1e3, floor * 1e3, TARGET, "ms")
