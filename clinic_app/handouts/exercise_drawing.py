"""TEMPORARY stand-in for the exercise drawings (issue 24), so the exercise sheet can be
laid out and tested on its own branch.

The real module, with the eleven drawings from their vector descriptions, is written by
the drawings engineer and replaces this file at merge; it keeps exactly this signature.
"""

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors

from clinic_app.handouts.fonts import REGULAR

INK = colors.HexColor("#111111")


def exercise_drawing(code: str, size: float, *, large_print: bool = False) -> Drawing:
    """A `size` x `size` point drawing of the exercise `code` (a flowable): here only a
    rounded square and a line, so that the sheet's layout has its real footprint."""
    width = 2.0 if large_print else 1.2
    drawing = Drawing(size, size, initialFontName=REGULAR)  # the default is Helvetica
    inset = width
    square = Rect(inset, inset, size - 2 * inset, size - 2 * inset, rx=size * 0.08, ry=size * 0.08)
    # Set after: the stubs type Rect's keywords wrongly (as charts.py says).
    square.fillColor, square.strokeColor, square.strokeWidth = None, INK, width
    drawing.add(square)
    drawing.add(
        Line(size * 0.2, size * 0.25, size * 0.8, size * 0.75, strokeColor=INK, strokeWidth=width)
    )
    return drawing
