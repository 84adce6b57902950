"""An exercise's drawing on paper: the description of exercises/drawings.py, drawn by
ReportLab.

The mapping, which the tests count on (the screen's gui/common/exercise_picture.py keeps
the same one):

- "line"   -> one PolyLine
- "shape"  -> one Polygon (a light grey fill where the stroke says `fill`)
- "circle" -> one Circle
- "arrow"  -> one PolyLine for the shaft, then one Polygon for the head, a small filled
  triangle whose tip is the last point

The description's y points down and the PDF's up, so y is flipped here. The foot is drawn
heavier than the body so the part that moves stands out, props lighter, and the movement
in the accent colour (the widths are the description's LINE_WIDTHS); large print
thickens every line. Imported by handout code only, never on the app's start-up path
(ReportLab is slow to import).
"""

from reportlab.graphics.shapes import Circle, Drawing, LineShape, Polygon, PolyLine
from reportlab.lib import colors

from clinic_app.exercises.drawings import (
    BOX,
    LINE_WIDTHS,
    ExerciseDrawing,
    Point,
    Stroke,
    arrow_parts,
    drawing_for,
)

INK = colors.HexColor("#111111")
"""The sheet's text colour (render.py): the person and the foot are drawn in it."""
PROP_INK = colors.HexColor("#555555")
PROP_FILL = colors.HexColor("#e4e4e4")
"""The light grey of the sheet's charts (charts.py), behind a floor, a towel or a ball."""
ACCENT = colors.HexColor("#1f5fa8")
"""The clinic blue (the app's highlight, and the marked regions of the foot map): dark
enough to print as a clear grey on a black-and-white printer."""
LARGE_PRINT_WIDTH = 1.5
"""How much heavier every line is in large print."""


def exercise_drawing(code: str, size: float, *, large_print: bool = False) -> Drawing:
    """The drawing of exercise `code`, `size` x `size` points: a platypus flowable as it is.
    KeyError for an unknown code."""
    return drawing_shapes(drawing_for(code), size, large_print=large_print)


def drawing_shapes(drawing: ExerciseDrawing, size: float, *, large_print: bool = False) -> Drawing:
    """`drawing` as a ReportLab Drawing of `size` points square (one shape per stroke, an
    arrow two)."""
    scale = size / BOX
    weight = scale * (LARGE_PRINT_WIDTH if large_print else 1.0)
    out = Drawing(size, size)
    for stroke in drawing.strokes:
        for shape in _shapes(stroke, scale, LINE_WIDTHS[stroke.part] * weight, size):
            out.add(shape)
    return out


def _shapes(stroke: Stroke, scale: float, width: float, size: float) -> list[LineShape]:
    colour = ACCENT if stroke.part == "move" else PROP_INK if stroke.part == "prop" else INK

    def flat(points: tuple[Point, ...]) -> list[float]:
        placed: list[float] = []
        for x, y in points:  # the description's y points down; the PDF's points up
            placed += [x * scale, size - y * scale]
        return placed

    if stroke.kind == "circle":
        (x, y), fill = stroke.points[0], PROP_FILL if stroke.fill else None
        circle = Circle(x * scale, size - y * scale, stroke.radius * scale, fillColor=fill)
        return [_inked(circle, colour, width)]
    if stroke.kind == "shape":
        fill = PROP_FILL if stroke.fill else None
        return [_inked(Polygon(flat(stroke.points), fillColor=fill), colour, width)]
    if stroke.kind == "line":
        return [_inked(PolyLine(flat(stroke.points)), colour, width)]
    shaft, head = arrow_parts(stroke.points)
    return [
        _inked(PolyLine(flat(shaft)), colour, width),
        _inked(Polygon(flat(head), fillColor=colour), colour, width),
    ]


def _inked(shape: LineShape, colour: colors.Color, width: float) -> LineShape:
    """`shape` outlined in `colour`, `width` points wide, with round joins and ends (a
    stick figure's elbow or a foot's toes would look cut off with square ones)."""
    shape.strokeColor = colour
    shape.strokeWidth = width
    shape.strokeLineJoin = 1
    shape.strokeLineCap = 1
    return shape
