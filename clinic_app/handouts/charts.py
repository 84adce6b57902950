"""The line charts of the follow-up sheet and the progress report (reportlab.graphics).

A chart must read on a black-and-white printer and to someone who cannot tell colours
apart: every visit is a filled marker with its value printed beside it, the line is
black, and the MIC band is a light grey with dashed edges and a label of its own.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Group, Line, Rect
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from clinic_app.handouts.fonts import mixed_string

INK = colors.HexColor("#111111")
GRID = colors.HexColor("#bbbbbb")
BAND = colors.HexColor("#e4e4e4")
BAND_EDGE = colors.HexColor("#555555")


@dataclass(frozen=True)
class ChartSpec:
    """What one chart shows: its points (the axis label of each visit and its value), the
    value axis, and, optionally, a band (low, high) with its label."""

    title: str
    axis: str
    points: tuple[tuple[str, float], ...]
    low: float
    high: float
    step: float
    band: tuple[float, float] | None = None
    band_label: str = ""


class ChartDrawing(Drawing):
    """A chart as a platypus flowable; its own class, so a test can count the charts."""

    spec: ChartSpec

    def __init__(self, spec: ChartSpec, width: float, height: float, font: str) -> None:
        super().__init__(width, height, initialFontName=font)
        self.__dict__["spec"] = spec  # past ReportLab's attribute check: not drawn, only read


def line_chart(
    spec: ChartSpec, *, width: float, height: float, font: str, size: float = 7.5
) -> ChartDrawing:
    """The chart, `width` × `height` points, its text in `font` (embedded: never Helvetica)."""
    drawing = ChartDrawing(spec, width, height, font)
    left, right = size * 4.2, size * 1.5
    top, bottom = size * (3.6 if spec.band_label else 2.2), size * 3.6
    plot_width, plot_height = width - left - right, height - top - bottom
    span = spec.high - spec.low or 1.0

    def y_of(value: float) -> float:
        return bottom + (min(max(value, spec.low), spec.high) - spec.low) / span * plot_height

    drawing.add(mixed_string(0, height - size * 1.2, spec.title, font=font, size=size * 1.1))
    if spec.band is not None:
        low, high = y_of(min(spec.band)), y_of(max(spec.band))
        band = Rect(left, low, plot_width, high - low)
        # Set after: the stubs type Rect's keywords wrongly (no Unpack), the class is fine.
        band.fillColor, band.strokeColor, band.strokeWidth = BAND, BAND, 0
        drawing.add(band)
        for edge in (low, high):
            drawing.add(
                Line(
                    left,
                    edge,
                    left + plot_width,
                    edge,
                    strokeColor=BAND_EDGE,
                    strokeWidth=0.6,
                    strokeDashArray=[3, 2],
                )
            )
        if spec.band_label:
            drawing.add(
                mixed_string(0, height - size * 2.5, spec.band_label, font=font, size=size * 0.9)
            )

    chart = HorizontalLineChart()
    # Whole points, as ReportLab's stubs type a chart's box; a fraction of a point shows nowhere.
    chart.x, chart.y = round(left), round(bottom)
    chart.width, chart.height = round(plot_width), round(plot_height)
    chart.data = [tuple(value for _, value in spec.points)]
    chart.joinedLines = 1
    chart.fillColor = None
    chart.lines[0].strokeColor = INK
    chart.lines[0].strokeWidth = 1.2
    chart.lines[0].symbol = makeMarker("FilledCircle", size=size * 0.7)  # type: ignore[no-untyped-call]
    chart.lineLabelFormat = _label
    chart.lineLabels.fontName = font
    chart.lineLabels.fontSize = size
    chart.lineLabels.dy = size * 0.6
    chart.categoryAxis.categoryNames = [label for label, _ in spec.points]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.dy = -size * 0.3
    chart.valueAxis.valueMin = spec.low
    chart.valueAxis.valueMax = spec.high
    chart.valueAxis.valueStep = spec.step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = size
    chart.valueAxis.labelTextFormat = _label
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.3
    drawing.add(chart)

    axis = Group(mixed_string(0, 0, spec.axis, font=font, size=size, anchor="middle"))
    axis.translate(size * 0.9, bottom + plot_height / 2)
    axis.rotate(90)
    drawing.add(axis)
    return drawing


def _label(value: float) -> str:
    """6, 6.5, 6.7: whole numbers plain, others to one decimal."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def value_range(values: Sequence[float], *, low: float, high: float | None) -> tuple[float, float]:
    """The axis for a measure: its scale when it has one, else from `low` to a round number
    above the largest value (weekly distance)."""
    if high is not None:
        return low, high
    top = max([*values, 1.0]) * 1.15
    magnitude = 10 ** max(len(str(int(top))) - 1, 0)
    return low, float(-(-top // magnitude) * magnitude)
