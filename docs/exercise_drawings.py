"""Draw every exercise drawing in a grid to build/exercise-drawings.png (needs pdftoppm).

For looking at the drawings of resources/exercises/drawings.json while designing them:
the grid is drawn by the handouts' ReportLab code, so it is what paper will show. Pass
`--large` for the large-print line widths.
"""

import subprocess
import sys
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from clinic_app.exercises.codes import EXERCISE_CODES
from clinic_app.handouts.exercise_drawing import exercise_drawing

ROOT = Path(__file__).resolve().parent.parent
CELL = 200.0
COLUMNS = 4
CAPTION = 14.0


def main() -> int:
    large = "--large" in sys.argv[1:]
    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    pdf = build / "exercise-drawings.pdf"
    rows = -(-len(EXERCISE_CODES) // COLUMNS)
    width, height = COLUMNS * CELL, rows * (CELL + CAPTION)
    canvas = Canvas(str(pdf), pagesize=(width, height))
    for number, code in enumerate(EXERCISE_CODES):
        column, row = number % COLUMNS, number // COLUMNS
        left, bottom = column * CELL, height - (row + 1) * (CELL + CAPTION)
        canvas.setStrokeColor(colors.HexColor("#cccccc"))
        canvas.rect(left + 4, bottom + 4, CELL - 8, CELL - 8)
        renderPDF.draw(
            exercise_drawing(code, CELL - 20, large_print=large), canvas, left + 10, bottom + 10
        )
        canvas.setFillColor(colors.black)
        canvas.drawString(left + 8, bottom + CELL + 2, code)
    canvas.showPage()
    canvas.save()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "96", "-singlefile", str(pdf), str(build / "exercise-drawings")],
        check=True,
    )
    print(build / "exercise-drawings.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
