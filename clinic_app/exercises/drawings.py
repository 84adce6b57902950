"""The exercise drawings: one vector description of each, for paper and for the screen.

Each drawing is a short list of strokes in a 100 x 100 box with y pointing down (the
screen's way; ReportLab flips it), kept in `resources/exercises/drawings.json`. The
handouts draw it with ReportLab (handouts/exercise_drawing.py) and the windows with
QPainter (gui/common/exercise_picture.py): both map one stroke to one shape, so a test
can hold the two to the same description. Loading checks the whole file and names every
mistake by exercise and stroke, because a drawing that is quietly wrong would be printed
for patients.
"""

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import ClassVar, Literal, cast, get_args

from clinic_app.exercises.codes import EXERCISE_CODES, ExerciseCode
from clinic_app.paths import resources_dir

StrokeKind = Literal["line", "shape", "circle", "arrow"]
StrokePart = Literal["body", "foot", "prop", "move"]
STROKE_KINDS: tuple[StrokeKind, ...] = get_args(StrokeKind)
STROKE_PARTS: tuple[StrokePart, ...] = get_args(StrokePart)
BOX = 100.0
"""The side of the square every drawing is described in."""
Point = tuple[float, float]
LINE_WIDTHS: dict[StrokePart, float] = {"body": 1.6, "foot": 2.2, "prop": 1.1, "move": 1.8}
"""Each part's line width in the 100-box, for paper and screen alike: the foot heavier than
the body so what moves stands out, the props lighter so they stay in the background."""
HEAD_LENGTH = 6.5
HEAD_HALF_WIDTH = 3.4
"""An arrowhead's size in the 100-box, so it grows with the drawing."""


@dataclass(frozen=True)
class Stroke:
    """One mark of a drawing. A circle keeps its centre as its single point."""

    kind: StrokeKind
    part: StrokePart
    points: tuple[Point, ...]
    radius: float = 0.0
    fill: bool = False


@dataclass(frozen=True)
class ExerciseDrawing:
    code: ExerciseCode
    strokes: tuple[Stroke, ...]
    BOX: ClassVar[float] = BOX
    """The side of the box the strokes are in (the module's BOX, at hand on a drawing)."""


class DrawingFileError(ValueError):
    """The drawings file is not as the drawings need it; the message lists every problem."""


def drawings_file() -> Path:
    return resources_dir() / "exercises" / "drawings.json"


def drawing_for(code: str) -> ExerciseDrawing:
    """The drawing of exercise `code`; KeyError naming the known codes for any other."""
    drawings = _drawings()
    if code not in drawings:
        known = ", ".join(EXERCISE_CODES)
        raise KeyError(f"no exercise drawing for {code!r}; the exercises are {known}")
    return drawings[code]


def all_drawings() -> tuple[ExerciseDrawing, ...]:
    """Every exercise's drawing, in the order a sheet prints the exercises."""
    drawings = _drawings()
    return tuple(drawings[code] for code in EXERCISE_CODES)


def bounds(drawing: ExerciseDrawing) -> tuple[float, float, float, float]:
    """x0, y0, x1, y1 around every stroke (a circle: its centre +- its radius; an arrow:
    its head's corners too), in the 100-box, without the width of the lines: what both
    backends must cover."""
    xs: list[float] = []
    ys: list[float] = []
    for stroke in drawing.strokes:
        for x, y in _outline(stroke):
            xs += [x - stroke.radius, x + stroke.radius]
            ys += [y - stroke.radius, y + stroke.radius]
    return min(xs), min(ys), max(xs), max(ys)


def _outline(stroke: Stroke) -> tuple[Point, ...]:
    if stroke.kind == "arrow":
        shaft, head = arrow_parts(stroke.points)
        return (*shaft, *head)
    return stroke.points


def arrow_parts(points: tuple[Point, ...]) -> tuple[tuple[Point, ...], tuple[Point, ...]]:
    """An arrow's shaft and head, in the 100-box, the same for paper and screen.

    The head is a triangle: its tip is the arrow's last point, its back HEAD_LENGTH behind
    along the last segment. The shaft stops at the back of the head, so a thick line's
    round end cannot blunt the tip.
    """
    (x0, y0), (x1, y1) = points[-2], points[-1]
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    back = min(HEAD_LENGTH, length)
    bx, by = x1 - ux * back, y1 - uy * back
    head = (
        (x1, y1),
        (bx - uy * HEAD_HALF_WIDTH, by + ux * HEAD_HALF_WIDTH),
        (bx + uy * HEAD_HALF_WIDTH, by - ux * HEAD_HALF_WIDTH),
    )
    return (*points[:-1], (bx, by)), head


@cache
def _drawings() -> dict[str, ExerciseDrawing]:
    path = drawings_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise DrawingFileError(f"{path} is not JSON: {error}") from error
    return parse_drawings(raw, source=str(path))


def parse_drawings(raw: object, *, source: str = "drawings") -> dict[str, ExerciseDrawing]:
    """The drawings of `raw` (the file's JSON) by code, after checking all of it:
    DrawingFileError lists every problem, each with where it is."""
    problems: list[str] = []
    drawings: dict[str, ExerciseDrawing] = {}
    if not isinstance(raw, Mapping):
        raise DrawingFileError(f"{source}: the file must hold an object of drawings by code")
    for code in raw:
        if code.startswith("_"):
            continue  # a comment
        if code not in EXERCISE_CODES:
            problems.append(f"{code}: not an exercise code ({', '.join(EXERCISE_CODES)})")
    for code in EXERCISE_CODES:
        if code not in raw:
            problems.append(f"{code}: no drawing")
            continue
        strokes = _strokes(code, raw[code], problems)
        drawings[code] = ExerciseDrawing(code, strokes)
    if problems:
        raise DrawingFileError(f"{source} has problems:\n" + "\n".join(problems))
    return drawings


def _strokes(code: str, entry: object, problems: list[str]) -> tuple[Stroke, ...]:
    if not isinstance(entry, Mapping) or not isinstance(entry.get("strokes"), list):
        problems.append(f"{code}: a drawing is an object with a list of 'strokes'")
        return ()
    unknown = set(entry) - {"strokes", "notes"}
    if unknown:
        problems.append(f"{code}: unknown keys {', '.join(sorted(unknown))}")
    strokes = []
    for number, item in enumerate(cast(list[object], entry["strokes"]), start=1):
        where = f"{code}, stroke {number}"
        stroke = _stroke(where, item, problems)
        if stroke is not None:
            strokes.append(stroke)
    if strokes and not any(stroke.part == "move" for stroke in strokes):
        problems.append(f"{code}: no 'move' stroke (every drawing shows its movement)")
    if not entry["strokes"]:
        problems.append(f"{code}: no strokes")
    return tuple(strokes)


def _stroke(where: str, item: object, problems: list[str]) -> Stroke | None:
    if not isinstance(item, Mapping):
        problems.append(f"{where}: a stroke is an object")
        return None
    found = len(problems)
    kind, part = item.get("kind"), item.get("part")
    if kind not in STROKE_KINDS:
        problems.append(f"{where}: kind {kind!r} is not one of {', '.join(STROKE_KINDS)}")
    if part not in STROKE_PARTS:
        problems.append(f"{where}: part {part!r} is not one of {', '.join(STROKE_PARTS)}")
    unknown = set(item) - {"kind", "part", "points", "center", "radius", "fill", "note"}
    if unknown:
        problems.append(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    fill = item.get("fill", False)
    if not isinstance(fill, bool):
        problems.append(f"{where}: fill must be true or false")
    elif fill and kind not in ("shape", "circle"):
        problems.append(f"{where}: only a shape or a circle can be filled")
    radius = 0.0
    if kind == "circle":
        points = _points(where, [item.get("center")], 1, problems)
        radius = _radius(where, item.get("radius"), problems)
    else:
        least = 3 if kind == "shape" else 2
        raw_points = item.get("points")
        if not isinstance(raw_points, list):
            problems.append(f"{where}: 'points' must be a list of [x, y]")
            raw_points = []
        points = _points(where, raw_points, least, problems)
    _check_inside(where, kind, points, radius, problems)
    if len(problems) > found:
        return None
    return Stroke(cast(StrokeKind, kind), cast(StrokePart, part), points, radius=radius, fill=fill)


def _check_inside(
    where: str, kind: object, points: tuple[Point, ...], radius: float, problems: list[str]
) -> None:
    def inside(x: float, y: float, margin: float = 0.0) -> bool:
        return margin <= x <= BOX - margin and margin <= y <= BOX - margin

    outside = f"reaches outside the {BOX:g} box"
    for x, y in points:
        if not inside(x, y):
            problems.append(f"{where}: ({x:g}, {y:g}) {outside}")
        elif not inside(x, y, radius):
            problems.append(f"{where}: the circle at ({x:g}, {y:g}), radius {radius:g}, {outside}")
    if kind == "arrow" and len(points) >= 2 and all(inside(x, y) for x, y in points):
        for x, y in arrow_parts(points)[1]:
            if not inside(x, y):
                problems.append(f"{where}: its head's corner ({x:.1f}, {y:.1f}) {outside}")


def _points(
    where: str, raw: Sequence[object], least: int, problems: list[str]
) -> tuple[Point, ...]:
    points: list[Point] = []
    for item in raw:
        if not (
            isinstance(item, list) and len(item) == 2 and all(_number(value) for value in item)
        ):
            problems.append(f"{where}: {item!r} is not a point [x, y]")
            return ()
        points.append((float(item[0]), float(item[1])))
    if len(points) < least:
        problems.append(f"{where}: needs at least {least} points, has {len(points)}")
    return tuple(points)


def _radius(where: str, raw: object, problems: list[str]) -> float:
    if not _number(raw) or float(cast(float, raw)) <= 0:
        problems.append(f"{where}: a circle needs a radius above 0, not {raw!r}")
        return 0.0
    return float(cast(float, raw))


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
