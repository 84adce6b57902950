"""Both backends draw each exercise from the one description, mark for mark.

ReportLab's Drawing is walked shape by shape; QPainter's calls are recorded by a painter
that notes each draw call before passing it on (paint_exercise makes its calls from
Python, so the override sees every one). Each backend's marks, mapped back to the 100-box,
must match the description's in number, sort and box, so they match each other. Then what
each really puts down is checked: the PDF is rasterised by poppler and the QPainter image
scanned, and the movement's colour and the person's ink must land where the description's
boxes say, within a line's width.
"""

import io
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pypdf
import pytest
from PIL import Image
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPicture, QPolygonF
from PySide6.QtWidgets import QApplication
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, LineShape, Polygon, PolyLine
from reportlab.pdfgen.canvas import Canvas

from clinic_app.exercises.codes import EXERCISE_CODES
from clinic_app.exercises.drawings import LINE_WIDTHS, ExerciseDrawing, bounds, drawing_for
from clinic_app.gui.common import exercise_picture
from clinic_app.gui.common.exercise_picture import paint_exercise
from clinic_app.handouts import exercise_drawing as paper
from clinic_app.handouts.exercise_drawing import exercise_drawing
from exercises.marks import Box, Mark, Sort, described_marks, mark_problems, union

SIZE = 200.0
"""Points (paper) and pixels (screen) a drawing is made in: 2 per unit of the 100-box."""
SCALE = SIZE / 100
OFFSET = QPointF(12.0, 30.0)
"""Where the screen drawing's square starts, so a forgotten offset shows."""


# --- ReportLab --------------------------------------------------------------------------------


def shapes(drawing: Drawing) -> list[LineShape]:
    """The Drawing's shapes, each of the three sorts the mapping makes."""
    found = list(drawing.contents)
    for shape in found:
        assert isinstance(shape, Circle | PolyLine | Polygon), type(shape)
    return cast(list[LineShape], found)


def paper_marks(drawing: Drawing, size: float = SIZE) -> list[Mark]:
    """The Drawing's shapes as marks in the 100-box, y flipped back to point down."""
    scale = size / 100
    marks = []
    for shape in shapes(drawing):
        if isinstance(shape, Circle):
            x, y, r = shape.cx / scale, (size - shape.cy) / scale, shape.r / scale
            marks.append(Mark("circle", (x - r, y - r, x + r, y + r)))
            continue
        assert isinstance(shape, PolyLine | Polygon), type(shape)
        xs = [x / scale for x in shape.points[0::2]]
        ys = [(size - y) / scale for y in shape.points[1::2]]
        sort: Sort = "polyline" if isinstance(shape, PolyLine) else "polygon"
        marks.append(Mark(sort, (min(xs), min(ys), max(xs), max(ys))))
    return marks


@pytest.mark.parametrize("code", EXERCISE_CODES)
def test_reportlab_draws_the_description(code: str) -> None:
    drawing = exercise_drawing(code, SIZE)
    assert (drawing.width, drawing.height) == (SIZE, SIZE)
    described = drawing_for(code)
    arrows = sum(stroke.kind == "arrow" for stroke in described.strokes)
    assert len(drawing.contents) == len(described.strokes) + arrows
    assert mark_problems(described_marks(described), paper_marks(drawing)) == []


def test_large_print_draws_heavier_lines_in_the_same_places() -> None:
    usual, large = (
        exercise_drawing("short_foot", SIZE),
        exercise_drawing("short_foot", SIZE, large_print=True),
    )
    assert paper_marks(usual) == paper_marks(large)
    for thin, heavy in zip(shapes(usual), shapes(large), strict=True):
        assert heavy.strokeWidth == pytest.approx(thin.strokeWidth * paper.LARGE_PRINT_WIDTH)
    foot = next(
        s for s in shapes(usual) if s.strokeWidth == pytest.approx(LINE_WIDTHS["foot"] * SCALE)
    )
    assert foot.strokeColor == paper.INK


def test_the_movement_is_in_the_accent_colour_and_arrowheads_filled() -> None:
    drawing = exercise_drawing("ball_roll", SIZE)
    described = drawing_for("ball_roll")
    move_marks = [
        m
        for m, s in zip(described_marks(described), shapes(drawing), strict=True)
        if s.strokeColor == paper.ACCENT
    ]
    heads = [s for s in drawing.contents if isinstance(s, Polygon) and s.fillColor == paper.ACCENT]
    assert len(heads) == 2  # two arrows
    assert len(move_marks) == 4  # their shafts and heads


def _rasterise(drawing: Drawing, folder: Path) -> Image.Image:
    """One real PDF page holding `drawing` at (0, 0), read back as pixels by poppler at
    144 dpi (2 pixels a point, so 4 a unit of the 100-box)."""
    pdf = folder / "drawing.pdf"
    canvas = Canvas(str(pdf), pagesize=(SIZE, SIZE))
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    reader = pypdf.PdfReader(io.BytesIO(pdf.read_bytes()))
    assert len(reader.pages) == 1
    assert [float(v) for v in reader.pages[0].mediabox] == [0, 0, SIZE, SIZE]
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "144",
            "-aa",
            "no",
            "-aaVector",
            "no",
            "-singlefile",
            str(pdf),
            str(folder / "page"),
        ],
        check=True,
    )
    with Image.open(folder / "page.png") as image:
        return image.convert("RGB")


def _ink_box(
    pixels: Iterator[tuple[int, int]],
    per_unit: float,
    offset: tuple[float, float] = (0, 0),
) -> Box | None:
    xs, ys = [], []
    for x, y in pixels:
        xs.append(x)
        ys.append(y)
    if not xs:
        return None
    ox, oy = offset
    return (
        (min(xs) - ox) / per_unit,
        (min(ys) - oy) / per_unit,
        (max(xs) + 1 - ox) / per_unit,
        (max(ys) + 1 - oy) / per_unit,
    )


Colour = tuple[int, ...]


def _pixels(image: Image.Image, wanted: Callable[[Colour], bool]) -> Iterator[tuple[int, int]]:
    width, height = image.size
    data = image.load()
    assert data is not None
    for y in range(height):
        for x in range(width):
            colour = data[x, y]
            assert isinstance(colour, tuple)
            if wanted(colour):
                yield x, y


def _bluish(colour: Colour) -> bool:
    r, _, b = colour[:3]
    return b - r > 80


def _black(colour: Colour) -> bool:
    return max(colour[:3]) < 50


def _parts_box(drawing: ExerciseDrawing, parts: set[str]) -> Box:
    marks = described_marks(
        ExerciseDrawing(drawing.code, tuple(s for s in drawing.strokes if s.part in parts))
    )
    return union([m.box for m in marks])


def _near(found: Box | None, expected: Box, slack: float) -> bool:
    """`found` (the ink) covers `expected` (the geometry) give or take `slack` units, the
    half-width of the line plus a pixel."""
    assert found is not None, "no ink of that colour at all"
    return all(abs(a - b) <= slack for a, b in zip(found, expected, strict=True))


@pytest.mark.parametrize("code", EXERCISE_CODES)
def test_the_pdf_puts_ink_where_the_description_says(code: str, tmp_path: Path) -> None:
    image = _rasterise(exercise_drawing(code, SIZE), tmp_path)
    assert image.size == (400, 400)
    described = drawing_for(code)
    per_unit = 4.0
    move = _ink_box(_pixels(image, _bluish), per_unit)
    assert _near(move, _parts_box(described, {"move"}), LINE_WIDTHS["move"] / 2 + 0.5), move
    person = _ink_box(_pixels(image, _black), per_unit)
    assert _near(person, _parts_box(described, {"body", "foot"}), LINE_WIDTHS["foot"] / 2 + 0.5), (
        person
    )


# --- QPainter ---------------------------------------------------------------------------------


class RecordingPainter(QPainter):
    """A painter that notes each draw call paint_exercise makes (as a mark, in the device's
    pixels), then draws it."""

    def __init__(self, device: QPicture | QImage) -> None:
        super().__init__(device)
        self.marks: list[Mark] = []

    def _note(self, sort: Sort, polygon: QPolygonF) -> None:
        box = polygon.boundingRect()
        self.marks.append(Mark(sort, (box.left(), box.top(), box.right(), box.bottom())))

    def drawPolyline(self, polygon: QPolygonF) -> None:  # type: ignore[override]  # noqa: N802
        self._note("polyline", polygon)
        super().drawPolyline(polygon)

    def drawPolygon(self, polygon: QPolygonF) -> None:  # type: ignore[override]  # noqa: N802
        self._note("polygon", polygon)
        super().drawPolygon(polygon)

    def drawEllipse(self, centre: QPointF, rx: float, ry: float) -> None:  # type: ignore[override]  # noqa: N802
        x, y = centre.x(), centre.y()
        self.marks.append(Mark("circle", (x - rx, y - ry, x + rx, y + ry)))
        super().drawEllipse(centre, rx, ry)


def _in_box(marks: list[Mark]) -> list[Mark]:
    """Marks in the device's pixels, mapped back to the 100-box."""
    ox, oy = OFFSET.x(), OFFSET.y()
    return [
        Mark(
            m.sort,
            (
                (m.box[0] - ox) / SCALE,
                (m.box[1] - oy) / SCALE,
                (m.box[2] - ox) / SCALE,
                (m.box[3] - oy) / SCALE,
            ),
        )
        for m in marks
    ]


def screen_marks(
    drawing: ExerciseDrawing, palette: QPalette | None = None
) -> tuple[list[Mark], QPicture]:
    picture = QPicture()
    painter = RecordingPainter(picture)
    paint_exercise(painter, drawing, QRectF(OFFSET.x(), OFFSET.y(), SIZE, SIZE), palette)
    painter.end()
    return _in_box(painter.marks), picture


@pytest.mark.parametrize("code", EXERCISE_CODES)
def test_qpainter_draws_the_description(qapp: QApplication, code: str) -> None:
    described = drawing_for(code)
    marks, picture = screen_marks(described)
    assert mark_problems(described_marks(described), marks) == []
    # What QPicture recorded agrees: the whole drawing's box, give or take the widest line.
    recorded = picture.boundingRect()
    x0, y0, x1, y1 = bounds(described)
    slack = max(LINE_WIDTHS.values()) * SCALE
    assert abs(recorded.left() - (OFFSET.x() + x0 * SCALE)) <= slack
    assert abs(recorded.top() - (OFFSET.y() + y0 * SCALE)) <= slack
    assert abs(recorded.right() - (OFFSET.x() + x1 * SCALE)) <= slack
    assert abs(recorded.bottom() - (OFFSET.y() + y1 * SCALE)) <= slack


@pytest.mark.parametrize("code", EXERCISE_CODES)
def test_paper_and_screen_draw_the_same_marks(qapp: QApplication, code: str) -> None:
    on_paper = paper_marks(exercise_drawing(code, SIZE))
    on_screen, _ = screen_marks(drawing_for(code))
    assert mark_problems(on_paper, on_screen) == []


@pytest.mark.parametrize("code", EXERCISE_CODES)
def test_the_qpainter_image_puts_ink_where_the_description_says(
    qapp: QApplication, code: str
) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#0000ff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#888888"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#dddddd"))
    described = drawing_for(code)
    image = QImage(
        int(SIZE + 2 * OFFSET.x()), int(SIZE + 2 * OFFSET.y()), QImage.Format.Format_RGB32
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    paint_exercise(painter, described, QRectF(OFFSET.x(), OFFSET.y(), SIZE, SIZE), palette)
    painter.end()
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)  # kept while its bytes are read
    assert rgb.bytesPerLine() == 3 * rgb.width()
    pixels = Image.frombytes("RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()))
    offset = (OFFSET.x(), OFFSET.y())
    move = _ink_box(_pixels(pixels, _bluish), SCALE, offset)
    assert _near(move, _parts_box(described, {"move"}), LINE_WIDTHS["move"] / 2 + 0.5), (
        code,
        move,
    )
    person = _ink_box(_pixels(pixels, _black), SCALE, offset)
    assert _near(person, _parts_box(described, {"body", "foot"}), LINE_WIDTHS["foot"] / 2 + 0.5), (
        code,
        person,
    )


# --- The comparison catches a broken backend --------------------------------------------------


def test_a_paper_mapping_at_the_wrong_scale_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paper, "BOX", 90.0)
    broken = paper_marks(exercise_drawing("short_foot", SIZE))
    assert mark_problems(described_marks(drawing_for("short_foot")), broken) != []


def test_a_paper_mapping_that_forgets_to_flip_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    drawing = exercise_drawing("calf_stretch_bent", SIZE)
    for shape in shapes(drawing):  # what a backend that drew y upwards would make
        if isinstance(shape, Circle):
            shape.cy = SIZE - shape.cy
        elif isinstance(shape, PolyLine | Polygon):
            shape.points = [v if i % 2 == 0 else SIZE - v for i, v in enumerate(shape.points)]
    assert (
        mark_problems(described_marks(drawing_for("calf_stretch_bent")), paper_marks(drawing)) != []
    )


def test_a_screen_arrow_without_its_head_is_caught(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    def headless(
        points: tuple[tuple[float, float], ...],
    ) -> tuple[tuple[tuple[float, float], ...], tuple[tuple[float, float], ...]]:
        return points, points[-1:] * 3  # the shaft to the tip, a head of no size

    monkeypatch.setattr(exercise_picture, "arrow_parts", headless)
    marks, _ = screen_marks(drawing_for("marble_pickup"))
    assert any(
        "box" in problem
        for problem in mark_problems(described_marks(drawing_for("marble_pickup")), marks)
    )


def test_a_screen_mapping_at_the_wrong_scale_is_caught(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exercise_picture, "BOX", 90.0)
    marks, _ = screen_marks(drawing_for("calf_raise_straight"))
    on_paper = paper_marks(exercise_drawing("calf_raise_straight", SIZE))
    assert mark_problems(on_paper, marks) != []
