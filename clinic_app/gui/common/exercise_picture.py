"""An exercise's drawing on screen: the description of exercises/drawings.py, painted.

The mapping is the paper's (handouts/exercise_drawing.py), one QPainter call per stroke:
"line" -> drawPolyline, "shape" -> drawPolygon, "circle" -> drawEllipse, "arrow" ->
drawPolyline for the shaft then drawPolygon for its filled head, so the tests can hold
both to the one description. Colours come from the palette, so the dark and
high-contrast themes draw it in their own ink: the person and the foot in the window's
text colour, props in the quieter placeholder colour over the button colour, the
movement in the link colour.
"""

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from clinic_app.exercises.drawings import (
    BOX,
    LINE_WIDTHS,
    ExerciseDrawing,
    Point,
    Stroke,
    arrow_parts,
    drawing_for,
)

LINES_HIGH = 7.5
"""The picture's natural side in lines of text: about 120 pixels at the 100 % text size,
growing with the person's text size."""
_ROLE = QPalette.ColorRole


def paint_exercise(
    painter: QPainter,
    drawing: ExerciseDrawing,
    target: QRectF,
    palette: QPalette | None = None,
) -> None:
    """Paint `drawing` into the square `target` (a wider or taller one is filled from its
    top left), in `palette`'s colours (the application's by default). The painter's own
    pen, brush and hints are put back afterwards."""
    colours = palette or QGuiApplication.palette()
    side = min(target.width(), target.height())
    scale = side / BOX
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for stroke in drawing.strokes:
        _paint_stroke(painter, stroke, target.topLeft(), scale, colours)
    painter.restore()


def _paint_stroke(
    painter: QPainter, stroke: Stroke, origin: QPointF, scale: float, colours: QPalette
) -> None:
    ink = _ink(stroke, colours)
    pen = QPen(ink, max(1.0, LINE_WIDTHS[stroke.part] * scale))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    fill = QBrush(colours.color(_ROLE.Button)) if stroke.fill else QBrush(Qt.BrushStyle.NoBrush)
    painter.setBrush(fill)

    def placed(points: tuple[Point, ...]) -> QPolygonF:
        return QPolygonF(
            [QPointF(origin.x() + x * scale, origin.y() + y * scale) for x, y in points]
        )

    if stroke.kind == "circle":
        (x, y), radius = stroke.points[0], stroke.radius * scale
        centre = QPointF(origin.x() + x * scale, origin.y() + y * scale)
        painter.drawEllipse(centre, radius, radius)
    elif stroke.kind == "shape":
        painter.drawPolygon(placed(stroke.points))
    elif stroke.kind == "line":
        painter.drawPolyline(placed(stroke.points))
    else:
        shaft, head = arrow_parts(stroke.points)
        painter.drawPolyline(placed(shaft))
        painter.setBrush(QBrush(ink))
        painter.drawPolygon(placed(head))


def _ink(stroke: Stroke, colours: QPalette) -> QColor:
    if stroke.part == "move":
        return colours.color(_ROLE.Link)
    if stroke.part == "prop":
        return colours.color(_ROLE.PlaceholderText)
    return colours.color(_ROLE.WindowText)


class ExercisePicture(QWidget):
    """The drawing of one exercise, kept square, drawn at any size. A picture, so it takes
    no focus; the caller names it for assistive technology (setAccessibleName), as only
    the caller knows the exercise's name in the window's language."""

    def __init__(self, code: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercisePicture")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._drawing: ExerciseDrawing | None = None
        if code is not None:
            self.set_exercise(code)

    @property
    def code(self) -> str | None:
        """The exercise shown, None before one is set."""
        return self._drawing.code if self._drawing else None

    def set_exercise(self, code: str) -> None:
        """Show exercise `code` (KeyError for an unknown one, leaving the picture as it was)."""
        self._drawing = drawing_for(code)
        self.update()

    def sizeHint(self) -> QSize:
        side = round(self.fontMetrics().height() * LINES_HIGH)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = round(self.fontMetrics().height() * LINES_HIGH / 2)
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def picture_rect(self) -> QRectF:
        """The square the drawing fills: the largest that fits, centred."""
        side = float(min(self.width(), self.height()))
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._drawing is None:
            return
        painter = QPainter(self)
        paint_exercise(painter, self._drawing, self.picture_rect(), self.palette())
        painter.end()
