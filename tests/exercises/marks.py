"""What a drawing should put on paper or screen, mark by mark, and how to compare.

A "mark" is one shape a backend draws: its sort (polyline, polygon, circle) and its box
in the 100-box, y down. The description's marks follow the mapping both backends
document (an arrow is a polyline, then a polygon for its head), so each backend's marks,
read back from what it drew, must match them one for one and in order.
"""

from dataclasses import dataclass
from typing import Literal

from clinic_app.exercises.drawings import ExerciseDrawing, Point, arrow_parts

Sort = Literal["polyline", "polygon", "circle"]
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Mark:
    sort: Sort
    box: Box


def box_of(points: tuple[Point, ...] | list[Point]) -> Box:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def described_marks(drawing: ExerciseDrawing) -> list[Mark]:
    marks = []
    for stroke in drawing.strokes:
        if stroke.kind == "circle":
            (x, y), r = stroke.points[0], stroke.radius
            marks.append(Mark("circle", (x - r, y - r, x + r, y + r)))
        elif stroke.kind == "shape":
            marks.append(Mark("polygon", box_of(stroke.points)))
        elif stroke.kind == "line":
            marks.append(Mark("polyline", box_of(stroke.points)))
        else:
            shaft, head = arrow_parts(stroke.points)
            marks.append(Mark("polyline", box_of(shaft)))
            marks.append(Mark("polygon", box_of(head)))
    return marks


def mark_problems(expected: list[Mark], found: list[Mark], tolerance: float = 0.05) -> list[str]:
    """Where `found` differs from `expected`: the count, then each mark's sort and box (the
    box within `tolerance` of the 100-box)."""
    if len(found) != len(expected):
        return [f"{len(found)} marks drawn, the description makes {len(expected)}"]
    problems = []
    for number, (want, got) in enumerate(zip(expected, found, strict=True), start=1):
        if want.sort != got.sort:
            problems.append(f"mark {number}: a {got.sort}, the description makes a {want.sort}")
        elif any(abs(a - b) > tolerance for a, b in zip(want.box, got.box, strict=True)):
            problems.append(f"mark {number}: box {got.box}, the description's is {want.box}")
    return problems


def union(boxes: list[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
