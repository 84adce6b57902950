"""The ten foot regions of `symptoms.locations`, as names and as shapes.

One description, `resources/foot/regions.json`, serves both the handout's drawing and the
form's foot map, so what the patient marked at the desk is what their sheet shows. The
file is checked when read: every region of the intake format appears with a label and in
at least one view, and nothing else does.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from clinic_app import paths
from clinic_app.intake.fields import REGIONS

Point = tuple[float, float]


@dataclass(frozen=True)
class Region:
    value: str
    label: str
    """What the patient and the front desk call it ("Ball of the foot")."""
    where: str
    """Where it is, in the clinic's words (intake-format.md)."""


@dataclass(frozen=True)
class Area:
    """One region's shape in one view: a polygon in the view's box, y pointing down."""

    region: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class View:
    """One drawing of a right foot: the underside, the inner side or the outer side."""

    name: str
    label: str
    width: float
    height: float
    outline: tuple[Point, ...]
    areas: tuple[Area, ...]

    def for_side(self, side: str) -> "View":
        """This view for the given foot: a left foot is the right one mirrored."""
        if side != "left":
            return self
        return View(
            self.name,
            self.label,
            self.width,
            self.height,
            self._mirrored(self.outline),
            tuple(Area(area.region, self._mirrored(area.points)) for area in self.areas),
        )

    def _mirrored(self, points: tuple[Point, ...]) -> tuple[Point, ...]:
        return tuple((self.width - x, y) for x, y in points)


@dataclass(frozen=True)
class FootMap:
    regions: tuple[Region, ...]
    views: tuple[View, ...]

    def label(self, value: str) -> str:
        for region in self.regions:
            if region.value == value:
                return region.label
        raise KeyError(value)

    def listed(self, values: Iterable[str]) -> str:
        """Marked regions in words, in the order marked, for a sentence: "heel, arch"."""
        return ", ".join(self.label(value).lower() for value in values)


class FootMapInvalid(ValueError):
    """The regions file does not describe the intake format's regions."""


@cache
def foot_map() -> FootMap:
    """The regions and views, read once from the resources folder."""
    path = paths.resources_dir() / "foot" / "regions.json"
    return parse_foot_map(json.loads(path.read_text(encoding="utf-8")))


def parse_foot_map(data: dict[str, Any]) -> FootMap:
    try:
        regions = tuple(
            Region(str(item["value"]), str(item["label"]), str(item["where"]))
            for item in data["regions"]
        )
        views = tuple(
            View(
                str(view["name"]),
                str(view["label"]),
                float(view["width"]),
                float(view["height"]),
                _points(view["outline"]),
                tuple(Area(str(area["region"]), _points(area["points"])) for area in view["areas"]),
            )
            for view in data["views"]
        )
    except (KeyError, TypeError, ValueError) as error:
        raise FootMapInvalid(f"foot regions file: {error!r}") from None
    named = [region.value for region in regions]
    if sorted(named) != sorted(REGIONS):
        raise FootMapInvalid(f"foot regions file names {named}, the intake format {REGIONS}")
    drawn = {area.region for view in views for area in view.areas}
    if drawn != set(REGIONS):
        raise FootMapInvalid(
            f"foot regions file: drawn {sorted(drawn)}, must draw each of {sorted(REGIONS)}"
        )
    for view in views:
        for area in view.areas:
            if len(area.points) < 3 or not all(
                0 <= x <= view.width and 0 <= y <= view.height for x, y in area.points
            ):
                raise FootMapInvalid(
                    f"foot regions file: {area.region} in {view.name} is not a shape in its box"
                )
    return FootMap(regions, views)


def _points(raw: Any) -> tuple[Point, ...]:
    return tuple((float(x), float(y)) for x, y in raw)
