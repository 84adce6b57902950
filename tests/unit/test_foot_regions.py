"""The foot map (resources/foot/regions.json): the intake format's ten regions, drawn."""

import copy
import json
from typing import Any

import pytest
from intake_documents import REGIONS as SPEC_REGIONS

from clinic_app import paths
from clinic_app.intake.fields import REGIONS
from clinic_app.intake.regions import Area, FootMapInvalid, View, foot_map, parse_foot_map


def raw_map() -> dict[str, Any]:
    path = paths.resources_dir() / "foot" / "regions.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_regions_are_the_intake_formats_ten() -> None:
    regions = foot_map().regions
    values = [region.value for region in regions]
    assert len(values) == 10
    assert sorted(values) == sorted(REGIONS) == sorted(SPEC_REGIONS)
    for region in regions:
        assert region.label.strip()
        assert region.where.strip()
    assert foot_map().label("ball_of_foot") == "Ball of the foot"
    with pytest.raises(KeyError):
        foot_map().label("shin")


def test_each_region_is_drawn_in_at_least_one_view() -> None:
    views = foot_map().views
    assert {view.name for view in views} == {"sole", "inner", "outer"}
    for region in REGIONS:
        assert any(area.region == region for view in views for area in view.areas), region


def test_the_shipped_file_parses_to_the_same_map() -> None:
    assert parse_foot_map(raw_map()) == foot_map()


def without_region(data: dict[str, Any], region: str) -> dict[str, Any]:
    data["regions"] = [item for item in data["regions"] if item["value"] != region]
    return data


def undrawn(data: dict[str, Any], region: str) -> dict[str, Any]:
    for view in data["views"]:
        view["areas"] = [area for area in view["areas"] if area["region"] != region]
    return data


def extra_region(data: dict[str, Any]) -> dict[str, Any]:
    data["regions"].append({"value": "shin", "label": "Shin", "where": "the front of the leg"})
    return data


def extra_drawing(data: dict[str, Any]) -> dict[str, Any]:
    data["views"][0]["areas"].append({"region": "shin", "points": [[10, 10], [20, 10], [15, 20]]})
    return data


def moved_point(data: dict[str, Any], x: float, y: float) -> dict[str, Any]:
    data["views"][1]["areas"][0]["points"][0] = [x, y]
    return data


def two_points(data: dict[str, Any]) -> dict[str, Any]:
    data["views"][0]["areas"][0]["points"] = [[10, 10], [20, 20]]
    return data


def no_label(data: dict[str, Any]) -> dict[str, Any]:
    del data["regions"][0]["label"]
    return data


@pytest.mark.parametrize(
    "broken",
    [
        pytest.param(lambda data: without_region(data, "heel"), id="region-missing"),
        pytest.param(lambda data: undrawn(data, "ankle"), id="region-not-drawn"),
        pytest.param(extra_region, id="extra-region"),
        pytest.param(extra_drawing, id="extra-region-drawn"),
        pytest.param(lambda data: moved_point(data, 171, 10), id="past-the-right-edge"),
        pytest.param(lambda data: moved_point(data, -0.5, 10), id="past-the-left-edge"),
        pytest.param(lambda data: moved_point(data, 100, 80.1), id="below-the-box"),
        pytest.param(lambda data: moved_point(data, 100, -1), id="above-the-box"),
        pytest.param(two_points, id="not-a-shape"),
        pytest.param(no_label, id="no-label"),
    ],
)
def test_a_broken_file_is_refused(broken: Any) -> None:
    data = broken(copy.deepcopy(raw_map()))
    with pytest.raises(FootMapInvalid):
        parse_foot_map(data)


def test_a_point_on_the_box_edge_is_accepted() -> None:
    data = moved_point(raw_map(), 170, 80)
    assert parse_foot_map(data).views[1].areas[0].points[0] == (170.0, 80.0)


def test_left_foot_is_the_right_one_mirrored() -> None:
    for view in foot_map().views:
        left = view.for_side("left")
        assert (left.name, left.width, left.height) == (view.name, view.width, view.height)
        assert left.outline == tuple((view.width - x, y) for x, y in view.outline)
        assert [area.region for area in left.areas] == [area.region for area in view.areas]
        for mirrored, area in zip(left.areas, view.areas, strict=True):
            assert mirrored.points == tuple((view.width - x, y) for x, y in area.points)
        twice = left.for_side("left")  # mirroring twice gives the right foot back
        for back, area in zip(twice.areas, view.areas, strict=True):
            assert [pytest.approx(point) for point in back.points] == list(area.points)
        assert view.for_side("right") == view
        assert view.for_side("both") == view


def test_mirroring_a_small_view() -> None:
    outline = ((1.0, 2.0), (9.0, 2.0), (5.0, 18.0))
    view = View("sole", "Underside", 10.0, 20.0, outline, (Area("heel", ((2.0, 3.0),)),))
    left = view.for_side("left")
    assert left.outline == ((9.0, 2.0), (1.0, 2.0), (5.0, 18.0))
    assert left.areas == (Area("heel", ((8.0, 3.0),)),)


def test_every_region_lies_inside_its_views_outline() -> None:
    for view in foot_map().views:
        xs = [x for x, _ in view.outline]
        ys = [y for _, y in view.outline]
        assert min(xs) >= 0
        assert max(xs) <= view.width
        assert min(ys) >= 0
        assert max(ys) <= view.height
        for area in view.areas:
            assert len(area.points) >= 3
            for x, y in area.points:
                assert min(xs) <= x <= max(xs), (view.name, area.region, x)
                assert min(ys) <= y <= max(ys), (view.name, area.region, y)
