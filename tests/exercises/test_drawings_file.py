"""The drawings file: every exercise has a drawing, and broken data is named exactly."""

import copy
import json
from typing import Any

import pytest

from clinic_app.exercises.codes import EXERCISE_CODES
from clinic_app.exercises.drawings import (
    BOX,
    HEAD_LENGTH,
    DrawingFileError,
    all_drawings,
    arrow_parts,
    bounds,
    drawing_for,
    drawings_file,
    parse_drawings,
)


@pytest.fixture
def raw() -> dict[str, Any]:
    """A fresh copy of the shipped file's JSON, for a test to break."""
    loaded: dict[str, Any] = json.loads(drawings_file().read_text(encoding="utf-8"))
    return copy.deepcopy(loaded)


def test_every_exercise_has_a_drawing_in_print_order() -> None:
    drawings = all_drawings()
    assert tuple(drawing.code for drawing in drawings) == EXERCISE_CODES
    for drawing in drawings:
        parts = {stroke.part for stroke in drawing.strokes}
        assert {"foot", "move"} <= parts, drawing.code
        x0, y0, x1, y1 = bounds(drawing)
        assert 0 <= x0 < x1 <= BOX, drawing.code
        assert 0 <= y0 < y1 <= BOX, drawing.code


def test_a_drawing_is_found_by_its_code() -> None:
    drawing = drawing_for("ball_roll")
    assert drawing.code == "ball_roll"
    assert drawing.BOX == BOX == 100.0
    ball = [s for s in drawing.strokes if s.kind == "circle" and s.part == "prop"]
    assert len(ball) == 1
    assert ball[0].fill
    assert ball[0].radius > 0
    assert len(ball[0].points) == 1  # a circle keeps its centre as its one point


def test_an_unknown_code_says_which_codes_there_are() -> None:
    with pytest.raises(KeyError, match=r"no exercise drawing for 'hop'.*calf_stretch_straight"):
        drawing_for("hop")


def test_the_shipped_file_parses_as_the_loader_reads_it(raw: dict[str, Any]) -> None:
    assert set(parse_drawings(raw)) == set(EXERCISE_CODES)


def test_bounds_take_in_circles_and_arrowheads() -> None:
    drawing = drawing_for("single_leg_balance")
    x0, y0, x1, y1 = bounds(drawing)
    head = next(s for s in drawing.strokes if s.kind == "circle")
    (_, cy), r = head.points[0], head.radius
    assert y0 == pytest.approx(cy - r)  # the head is the highest thing drawn
    assert (x0, x1, y1) == (2.0, 98.0, 97.0)  # the floor


def test_an_arrow_has_its_tip_at_its_last_point() -> None:
    shaft, head = arrow_parts(((10.0, 50.0), (40.0, 50.0)))
    assert head[0] == (40.0, 50.0)
    assert shaft == ((10.0, 50.0), (40.0 - HEAD_LENGTH, 50.0))  # stops at the head's back
    assert {x for x, _ in head[1:]} == {40.0 - HEAD_LENGTH}
    assert sorted(y for _, y in head[1:]) == [pytest.approx(46.6), pytest.approx(53.4)]


def _problems(raw: dict[str, Any]) -> str:
    with pytest.raises(DrawingFileError) as raised:
        parse_drawings(raw, source="drawings.json")
    return str(raised.value)


def test_a_missing_drawing_and_a_stray_code_are_named(raw: dict[str, Any]) -> None:
    raw["hop"] = raw.pop("short_foot")
    message = _problems(raw)
    assert "short_foot: no drawing" in message
    assert "hop: not an exercise code" in message


def test_every_broken_stroke_is_named_by_exercise_and_number(raw: dict[str, Any]) -> None:
    strokes = raw["ball_roll"]["strokes"]
    strokes[0]["kind"] = "squiggle"
    strokes[1]["part"] = "shoe"
    strokes[2]["points"] = [[10, 10]]
    strokes[3] = {"kind": "circle", "part": "prop", "center": [50, 50], "radius": 0}
    strokes[4] = {"kind": "line", "part": "body", "points": [[10, 10], [120, 10]]}
    strokes[5] = {"kind": "line", "part": "prop", "points": [[1, 1], [5, 5]], "fill": True}
    strokes[6] = {"kind": "shape", "part": "prop", "points": [[1, 1], [5, "x"], [9, 1]]}
    raw["towel_curls"]["strokes"].append(
        {"kind": "circle", "part": "prop", "center": [98, 50], "radius": 4}
    )
    raw["short_foot"]["strokes"].append(
        {"kind": "arrow", "part": "move", "points": [[10, 2], [40, 2]]}
    )
    raw["arch_stretch"]["colour"] = "red"
    message = _problems(raw)
    assert message.startswith("drawings.json has problems:\n")
    for expected in (
        "ball_roll, stroke 1: kind 'squiggle' is not one of line, shape, circle, arrow",
        "ball_roll, stroke 2: part 'shoe' is not one of body, foot, prop, move",
        "ball_roll, stroke 3: needs at least 2 points, has 1",
        "ball_roll, stroke 4: a circle needs a radius above 0, not 0",
        "ball_roll, stroke 5: (120, 10) reaches outside the 100 box",
        "ball_roll, stroke 6: only a shape or a circle can be filled",
        "ball_roll, stroke 7: [5, 'x'] is not a point [x, y]",
        "towel_curls, stroke 8: the circle at (98, 50), radius 4, reaches outside the 100 box",
        "short_foot, stroke 8: its head's corner (33.5, -1.4) reaches outside the 100 box",
        "arch_stretch: unknown keys colour",
    ):
        assert expected in message, (expected, message)


def test_a_drawing_without_its_movement_is_refused(raw: dict[str, Any]) -> None:
    strokes = raw["calf_raise_bent"]["strokes"]
    raw["calf_raise_bent"]["strokes"] = [s for s in strokes if s["part"] != "move"]
    assert "calf_raise_bent: no 'move' stroke" in _problems(raw)


def test_a_file_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(DrawingFileError, match="an object of drawings by code"):
        parse_drawings([1, 2, 3])
