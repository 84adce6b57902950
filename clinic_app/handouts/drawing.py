"""The small foot drawing on the sheet: three views, the patient's regions shaded.

Drawn with reportlab.graphics from the same region shapes as the form's foot map
(`resources/foot/regions.json`), so the sheet shows what was marked at the desk. Shading
is dark grey with a heavy outline, which survives a black-and-white printer.
"""

from reportlab.graphics.shapes import Drawing, Polygon
from reportlab.lib import colors

from clinic_app.handouts.fonts import mixed_string
from clinic_app.intake.regions import Point, View, foot_map

MARKED = colors.HexColor("#4a4a4a")
UNMARKED = colors.HexColor("#f2f2f2")
LINE = colors.HexColor("#222222")
GAP = 8.0


def foot_drawing(
    side: str,
    regions: tuple[str, ...],
    *,
    scale: float,
    font: str,
    caption: str,
    labels: dict[str, str] | None = None,
) -> Drawing:
    """The underside on the left, the inner and outer sides stacked on the right.

    `labels` names the views in the sheet's language (by view name); a view it leaves out
    keeps the English label of regions.json.
    """
    labels = labels or {}
    views = {
        view.name: _labelled(view.for_side("left" if side == "left" else "right"), labels)
        for view in foot_map().views
    }
    sole, inner, outer = views["sole"], views["inner"], views["outer"]
    label_size = 7.5 * scale / 0.55
    label_room = label_size + 3
    right_x = sole.width * scale + GAP
    width = right_x + max(inner.width, outer.width) * scale
    side_height = inner.height * scale + label_room
    height = max(sole.height * scale + label_room, 2 * side_height + GAP) + label_room
    drawing = Drawing(width, height, initialFontName=font)  # the default is Helvetica
    marked = set(regions)
    top = height - label_room  # the caption sits above the views
    drawing.add(mixed_string(0, top + 3, caption, font=font, size=label_size * 1.15))
    _add_view(drawing, sole, marked, 0, top - sole.height * scale, scale, font, label_size)
    _add_view(drawing, inner, marked, right_x, top - inner.height * scale, scale, font, label_size)
    _add_view(
        drawing,
        outer,
        marked,
        right_x,
        top - side_height - GAP - outer.height * scale,
        scale,
        font,
        label_size,
    )
    return drawing


def _labelled(view: View, labels: dict[str, str]) -> View:
    if view.name not in labels:
        return view
    return View(view.name, labels[view.name], view.width, view.height, view.outline, view.areas)


def _add_view(
    drawing: Drawing,
    view: View,
    marked: set[str],
    left: float,
    bottom: float,
    scale: float,
    font: str,
    label_size: float,
) -> None:
    def placed(points: tuple[Point, ...]) -> list[float]:
        flat: list[float] = []
        for x, y in points:  # the file's y points down; the PDF's points up
            flat += [left + x * scale, bottom + (view.height - y) * scale]
        return flat

    drawing.add(
        Polygon(placed(view.outline), fillColor=colors.white, strokeColor=LINE, strokeWidth=1)
    )
    for area in view.areas:
        shaded = area.region in marked
        drawing.add(
            Polygon(
                placed(area.points),
                fillColor=MARKED if shaded else UNMARKED,
                strokeColor=LINE if shaded else colors.HexColor("#9a9a9a"),
                strokeWidth=0.8 if shaded else 0.4,
            )
        )
    drawing.add(mixed_string(left, bottom - label_size - 1, view.label, font=font, size=label_size))
