"""The foot map: clicks, keys and hovering mark and name the regions of regions.json.

Points to click are asked of the widget (`region_centre`) for its current size, then
clicked with real mouse events; where a test needs to know what *should* be hit, it works
that out from `foot_map()` itself rather than from the widget.
"""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPolygonF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.foot_map import FootMap
from clinic_app.intake.fields import REGIONS
from clinic_app.intake.regions import foot_map

AREAS = [(area.region, view.name) for view in foot_map().views for area in view.areas]
LABELS = {region.value: region.label for region in foot_map().regions}
WHERE = {region.value: region.where for region in foot_map().regions}


@pytest.fixture
def widget(qtbot: QtBot) -> FootMap:
    """A foot map shown at its preferred size, as on the intake form."""
    widget = FootMap()
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(widget: QWidget, point: QPointF | None = None) -> None:
    """A real left click (press and release), at a point or the widget's middle."""
    at = QPoint() if point is None else point.toPoint()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def label(widget: FootMap, name: str) -> QLabel:
    found = widget.findChild(QLabel, name)
    assert found is not None, name
    return found


def box(widget: FootMap, value: str) -> QCheckBox:
    found = widget.findChild(QCheckBox, f"symptoms.locations.{value}")
    assert found is not None, value
    return found


def pixel(widget: FootMap, point: QPointF) -> QColor:
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(QPoint(round(point.x() * ratio), round(point.y() * ratio)))


def test_a_new_map_is_the_locations_field_with_nothing_marked(widget: FootMap) -> None:
    assert widget.objectName() == "symptoms.locations"
    assert widget.locations() == []
    assert widget.side() is None
    assert not widget.isReadOnly()
    assert label(widget, "footMapMarked").text() == "Nothing marked yet"
    assert widget.accessibleName()
    assert widget.accessibleDescription()
    for value in REGIONS:
        checkbox = box(widget, value)
        assert checkbox.text() == LABELS[value]
        assert checkbox.accessibleName() == LABELS[value]
        assert checkbox.accessibleDescription() == WHERE[value]
        assert not checkbox.isChecked()
        assert checkbox.isEnabled()


@pytest.mark.parametrize(("region", "view"), AREAS)
def test_clicking_a_region_in_any_view_marks_it_and_clicking_again_unmarks_it(
    qtbot: QtBot, widget: FootMap, region: str, view: str
) -> None:
    centre = widget.region_centre(region, view)
    assert widget.region_at(centre) == region
    with qtbot.waitSignal(widget.locationsChanged) as marked:
        click(widget, centre)
    assert marked.args == [[region]]
    assert widget.locations() == [region]
    assert box(widget, region).isChecked()
    with qtbot.waitSignal(widget.locationsChanged) as unmarked:
        click(widget, centre)
    assert unmarked.args == [[]]
    assert widget.locations() == []
    assert not box(widget, region).isChecked()


def test_marks_are_kept_in_the_order_made_and_listed_in_words(widget: FootMap) -> None:
    payloads: list[list[str]] = []
    widget.locationsChanged.connect(payloads.append)
    click(widget, widget.region_centre("heel"))
    click(widget, widget.region_centre("ball_of_foot"))
    box(widget, "arch").click()
    assert widget.locations() == ["heel", "ball_of_foot", "arch"]
    assert label(widget, "footMapMarked").text() == "Marked: heel, ball of the foot, arch"
    box(widget, "heel").click()  # the checkbox unmarks what the drawing marked
    click(widget, widget.region_centre("arch", "inner"))
    assert payloads == [
        ["heel"],
        ["heel", "ball_of_foot"],
        ["heel", "ball_of_foot", "arch"],
        ["ball_of_foot", "arch"],
        ["ball_of_foot"],
    ]
    assert label(widget, "footMapMarked").text() == "Marked: ball of the foot"


def test_a_click_outside_every_region_marks_nothing(qtbot: QtBot, widget: FootMap) -> None:
    corner = widget.view_rect("sole").topLeft() + QPointF(1, 1)  # beside the foot's outline
    assert widget.region_at(corner) is None
    with qtbot.assertNotEmitted(widget.locationsChanged):
        click(widget, corner)
        click(widget, QPointF(1, 1))  # the widget's corner, above the drawing
    assert widget.locations() == []


def test_a_press_and_release_on_different_regions_is_no_click(
    qtbot: QtBot, widget: FootMap
) -> None:
    with qtbot.assertNotEmitted(widget.locationsChanged):
        for event, region in (QTest.mousePress, "heel"), (QTest.mouseRelease, "arch"):
            at = widget.region_centre(region).toPoint()
            event(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert widget.locations() == []


def test_the_keyboard_alone_visits_every_checkbox_in_order_and_space_ticks_it(
    qtbot: QtBot, widget: FootMap
) -> None:
    widget.activateWindow()
    widget.setFocus()  # as a form's tab stop or buddy label does: the first checkbox
    first = box(widget, foot_map().regions[0].value)
    qtbot.waitUntil(first.hasFocus)
    visited: list[str] = []
    for _ in REGIONS:
        focused = QApplication.focusWidget()
        assert isinstance(focused, QCheckBox)
        visited.append(focused.objectName().removeprefix("symptoms.locations."))
        with qtbot.waitSignal(widget.locationsChanged) as ticked:
            QTest.keyClick(focused, Qt.Key.Key_Space)
        assert ticked.args == [visited]
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert visited == [region.value for region in foot_map().regions]
    assert sorted(visited) == sorted(REGIONS)
    assert widget.locations() == visited
    with qtbot.waitSignal(widget.locationsChanged) as unticked:
        QTest.keyClick(first, Qt.Key.Key_Space)
    assert unticked.args == [visited[1:]]


@pytest.mark.parametrize(
    ("side", "caption"),
    [
        ("left", "Left foot"),
        ("right", "Right foot"),
        ("both", "Both feet"),
        (None, "Foot (side not chosen yet)"),
    ],
)
def test_the_caption_says_which_foot(widget: FootMap, side: str | None, caption: str) -> None:
    widget.setSide(side)
    assert widget.side() == side
    assert label(widget, "footMapCaption").text() == caption


def test_an_unknown_side_is_refused(widget: FootMap) -> None:
    with pytest.raises(ValueError, match="'middle'"):
        widget.setSide("middle")
    assert widget.side() is None


@pytest.mark.parametrize(("region", "view"), AREAS)
def test_a_left_foot_is_the_right_one_mirrored(qtbot: QtBot, region: str, view: str) -> None:
    right, left = FootMap(), FootMap()
    for widget in right, left:
        qtbot.addWidget(widget)
        widget.resize(QSize(640, 460))
    left.setSide("left")
    for side in "right", "both", None:  # every side but the left draws the right foot
        right.setSide(side)
        on_right = right.region_centre(region, view)
        on_left = left.region_centre(region, view)
        rect = right.view_rect(view)
        assert left.view_rect(view) == rect
        assert on_left.x() - rect.left() == pytest.approx(rect.right() - on_right.x(), abs=0.01)
        assert on_left.y() == pytest.approx(on_right.y(), abs=0.01)


@pytest.mark.parametrize(("region", "view"), AREAS)
def test_a_right_foot_point_on_a_left_map_hits_what_the_mirrored_shapes_say(
    widget: FootMap, region: str, view: str
) -> None:
    point = widget.region_centre(region, view).toPoint().toPointF()  # as clicked, whole pixels
    widget.setSide("left")
    rect = widget.view_rect(view)
    shape = next(shape for shape in foot_map().views if shape.name == view)
    in_view = QPointF(
        (point.x() - rect.left()) / rect.width() * shape.width,
        (point.y() - rect.top()) / rect.height() * shape.height,
    )
    mirrored = shape.for_side("left")
    expected = [
        area.region
        for area in mirrored.areas
        if QPolygonF([QPointF(x, y) for x, y in area.points]).containsPoint(
            in_view, Qt.FillRule.OddEvenFill
        )
    ]
    click(widget, point)
    assert widget.locations() == expected[-1:]


def test_some_right_foot_points_miss_or_hit_another_region_on_a_left_map(
    widget: FootMap,
) -> None:
    """The mirror test above is not vacuous: mirroring moves regions away from the points."""
    points = [(region, widget.region_centre(region, view)) for region, view in AREAS]
    widget.setSide("left")
    assert any(widget.region_at(point) != region for region, point in points)


def test_hovering_a_region_names_it_and_highlights_it(qtbot: QtBot, widget: FootMap) -> None:
    hover = label(widget, "footMapHover")
    hint = hover.text()
    centre = widget.region_centre("achilles", "outer")
    plain = pixel(widget, centre)
    QTest.mouseMove(widget, centre.toPoint())
    qtbot.waitUntil(lambda: hover.text() == "Achilles tendon — the Achilles tendon above the heel")
    assert pixel(widget, centre) != plain
    nowhere = widget.view_rect("sole").topLeft() + QPointF(1, 1)
    QTest.mouseMove(widget, nowhere.toPoint())
    qtbot.waitUntil(lambda: hover.text() == hint)
    assert pixel(widget, centre) == plain
    assert widget.locations() == []  # hovering marks nothing


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform
def test_the_tooltip_names_the_region_under_the_pointer(qtbot: QtBot, widget: FootMap) -> None:
    at = widget.region_centre("big_toe_joint", "inner").toPoint()
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, at, widget.mapToGlobal(at)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == f"Big toe joint — {WHERE['big_toe_joint']}"
    QToolTip.hideText()


def test_read_only_shows_the_marks_but_ignores_clicks_and_keys(
    qtbot: QtBot, widget: FootMap
) -> None:
    widget.setLocations(["heel"])
    widget.setReadOnly(True)
    assert widget.isReadOnly()
    heel = box(widget, "heel")
    assert all(not box(widget, value).isEnabled() for value in REGIONS)
    with qtbot.assertNotEmitted(widget.locationsChanged):
        click(widget, widget.region_centre("heel"))
        click(widget, widget.region_centre("arch"))
        QTest.keyClick(heel, Qt.Key.Key_Space)
        click(heel)
    assert widget.locations() == ["heel"]
    assert heel.isChecked()
    widget.setLocations(["arch"])  # a review screen still shows what it loads
    assert widget.locations() == ["arch"]
    widget.setReadOnly(False)
    with qtbot.waitSignal(widget.locationsChanged):
        click(widget, widget.region_centre("heel"))
    assert widget.locations() == ["arch", "heel"]


def test_set_locations_marks_exactly_those_in_that_order(qtbot: QtBot, widget: FootMap) -> None:
    with qtbot.waitSignal(widget.locationsChanged) as changed:
        widget.setLocations(("toes", "ankle"))
    assert changed.args == [["toes", "ankle"]]
    assert [value for value in REGIONS if box(widget, value).isChecked()] == sorted(
        ["toes", "ankle"], key=REGIONS.index
    )
    assert label(widget, "footMapMarked").text() == "Marked: smaller toes, ankle"
    with qtbot.waitSignal(widget.locationsChanged) as reordered:
        widget.setLocations(["ankle", "toes"])  # the order is part of the value
    assert reordered.args == [["ankle", "toes"]]
    with qtbot.waitSignal(widget.locationsChanged) as cleared:
        widget.setLocations([])
    assert cleared.args == [[]]
    assert label(widget, "footMapMarked").text() == "Nothing marked yet"


@pytest.mark.parametrize(
    ("values", "message"),
    [(["heel", "knee"], "'knee'"), (["heel", "heel"], "more than once"), ("heel", "string")],
)
def test_set_locations_refuses_what_is_not_a_list_of_regions(
    qtbot: QtBot, widget: FootMap, values: list[str], message: str
) -> None:
    widget.setLocations(["arch"])
    with (
        qtbot.assertNotEmitted(widget.locationsChanged),
        pytest.raises((ValueError, TypeError), match=message),
    ):
        widget.setLocations(values)
    assert widget.locations() == ["arch"]
    assert not box(widget, "heel").isChecked()


def test_no_signal_when_nothing_changed(qtbot: QtBot, widget: FootMap) -> None:
    with qtbot.assertNotEmitted(widget.locationsChanged):
        widget.setLocations([])
    widget.setLocations(["heel", "arch"])
    with qtbot.assertNotEmitted(widget.locationsChanged):
        widget.setLocations(["heel", "arch"])
        box(widget, "heel").setChecked(True)
        box(widget, "toes").setChecked(False)


def test_a_checkbox_set_in_code_still_moves_the_drawing(qtbot: QtBot, widget: FootMap) -> None:
    with qtbot.waitSignal(widget.locationsChanged) as changed:
        box(widget, "ankle").setChecked(True)
    assert changed.args == [["ankle"]]
    assert widget.locations() == ["ankle"]


def test_a_marked_region_is_drawn(widget: FootMap) -> None:
    box(widget, "heel").clearFocus()  # its focus highlight is another change of colour
    centre = widget.region_centre("heel")
    before = pixel(widget, centre)
    widget.setLocations(["heel"])
    assert pixel(widget, centre) != before
    widget.setLocations([])
    assert pixel(widget, centre) == before


def test_the_region_of_the_focused_checkbox_is_highlighted(qtbot: QtBot, widget: FootMap) -> None:
    centre = widget.region_centre("arch")
    before = pixel(widget, centre)
    widget.activateWindow()
    box(widget, "arch").setFocus()
    qtbot.waitUntil(box(widget, "arch").hasFocus)
    assert pixel(widget, centre) != before


def test_geometry_follows_the_current_size(qtbot: QtBot, widget: FootMap) -> None:
    small = widget.region_centre("ankle", "inner")
    widget.resize(widget.size() * 2)
    qtbot.waitUntil(lambda: widget.region_centre("ankle", "inner") != small)
    large = widget.region_centre("ankle", "inner")
    assert widget.view_rect("inner").width() > 1.5 * widget.view_rect("inner").height()
    with qtbot.waitSignal(widget.locationsChanged):
        click(widget, large)
    assert widget.locations() == ["ankle"]


def test_size_hints_leave_room_to_draw(widget: FootMap) -> None:
    minimum, hint = widget.minimumSizeHint(), widget.sizeHint()
    assert minimum.width() > 200
    assert minimum.height() > 200
    assert hint.width() >= minimum.width()
    assert hint.height() >= minimum.height()
    widget.resize(minimum)
    for region in REGIONS:  # every region is still there to click at the smallest size
        assert widget.region_at(widget.region_centre(region)) == region


def test_a_designer_form_can_build_it_inside_a_parent(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    widget = FootMap(parent)
    assert widget.parent() is parent
    assert parent.findChild(FootMap, "symptoms.locations") is widget


def test_the_arrow_keys_move_between_regions_and_space_marks_one(
    qtbot: QtBot, widget: FootMap
) -> None:
    """accessibility.md, Keyboard: the foot map without a mouse. The regions' checkboxes
    stand two to a row; left and right go along a row, up and down a column, and the
    region with the focus is the one Space marks (and the drawing highlights)."""
    order = list(REGIONS)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    first = box(widget, order[0])
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    QTest.keyClick(first, Qt.Key.Key_Right)
    qtbot.waitUntil(box(widget, order[1]).hasFocus)
    QTest.keyClick(box(widget, order[1]), Qt.Key.Key_Down)
    qtbot.waitUntil(box(widget, order[3]).hasFocus)
    QTest.keyClick(box(widget, order[3]), Qt.Key.Key_Left)
    qtbot.waitUntil(box(widget, order[2]).hasFocus)
    QTest.keyClick(box(widget, order[2]), Qt.Key.Key_Up)
    qtbot.waitUntil(first.hasFocus)
    QTest.keyClick(first, Qt.Key.Key_Left)  # nothing before the first: it stays
    assert first.hasFocus()
    with qtbot.waitSignal(widget.locationsChanged):
        QTest.keyClick(first, Qt.Key.Key_Space)
    assert widget.locations() == [order[0]]
