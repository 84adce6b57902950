"""The progress chart: drawn (not blank, points where the values put them), and read as
text for improved, not enough, worse and one visit only."""

from datetime import date
from fractions import Fraction

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from clinic_app.followups.progress import MeasureProgress
from clinic_app.followups.scores import MEASURES
from clinic_app.gui.common.progress_chart import (
    ChartData,
    ProgressChart,
    ProgressCharts,
    summary_text,
)

NPRS, PSFS, LEFS = MEASURES[0], MEASURES[1], MEASURES[2]
DAYS = (date(2026, 11, 20), date(2026, 12, 1), date(2026, 12, 15))


def pain(*values: int, change: int | None = None) -> MeasureProgress:
    points = tuple((day, Fraction(value)) for day, value in zip(DAYS, values, strict=False))
    if change is None and len(values) > 1:
        change = values[-1] - values[0]
    passed = None if change is None else NPRS.improved_enough(Fraction(change))
    return MeasureProgress(NPRS, points, None if change is None else Fraction(change), passed)


def test_improved_by_more_than_the_mic() -> None:
    chart = ChartData.of(pain(6, 5, 3))
    assert chart.summary() == (
        "Pain: 6 at the first visit, 3 now; improved by 3, more than the 2 points that count"
    )


def test_improved_but_not_enough() -> None:
    assert ChartData.of(pain(6, 5)).summary() == (
        "Pain: 6 at the first visit, 5 now; improved by 1, less than the 2 points that count"
    )


def test_improved_by_exactly_the_mic() -> None:
    assert "improved by 2, as much as the 2 points that count" in ChartData.of(pain(6, 4)).summary()


def test_worse() -> None:
    assert ChartData.of(pain(4, 6)).summary() == (
        "Pain: 4 at the first visit, 6 now; worse by 2 (a change of 2 points counts)"
    )


def test_one_visit_only() -> None:
    assert ChartData.of(pain(4)).summary() == (
        "Pain: 4 at the first visit; one visit only, so no change yet"
    )


def test_higher_is_better_and_its_own_change() -> None:
    """PSFS's change is over the activities rated at both ends, not the means' difference."""
    values = ((DAYS[0], Fraction(3)), (DAYS[1], Fraction(13, 2)))
    text = summary_text("PSFS", values, 2, True, change=Fraction(4))
    assert (
        text
        == "PSFS: 3 at the first visit, 6.5 now; improved by 4, more than the 2 points that count"
    )


def test_the_chart_is_drawn_with_points_at_their_heights(qtbot: QtBot) -> None:
    chart = ProgressChart.of(pain(8, 5, 2))
    qtbot.addWidget(chart)
    chart.resize(480, 260)
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    background = image.pixelColor(1, image.height() - 1)
    drawn = {
        image.pixelColor(x, y).rgb()
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    }
    assert len(drawn) > 3, "the chart is blank"
    points = chart.point_positions()
    assert len(points) == 3
    # Pain 8, 5, 2 on a 0-10 scale: each lower on the page than the last is higher on it.
    plot = chart.plot_rect()
    for point, value in zip(points, (8, 5, 2), strict=True):
        share = (plot.bottom() - point.y()) / plot.height()
        assert abs(share - value / 10) < 0.01
    assert points[0].x() < points[1].x() < points[2].x()
    ratio = chart.devicePixelRatioF()
    for point in points:  # a marker is drawn at each point
        colour = image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))
        assert colour != background
    assert chart.accessibleName() == "Pain now (NPRS): progress chart"
    assert chart.accessibleDescription().startswith("Pain: 8 at the first visit, 2 now")


def test_the_charts_of_a_course_say_every_measure(qtbot: QtBot) -> None:
    charts = ProgressCharts()
    qtbot.addWidget(charts)
    lefs = MeasureProgress(
        LEFS, ((DAYS[0], Fraction(40)), (DAYS[1], Fraction(45))), Fraction(5), False
    )
    charts.show_progress([pain(6, 3), lefs])
    names = [chart.objectName() for chart in charts.charts()]
    assert names == ["progressChart.nprs", "progressChart.lefs"]
    assert charts.summary().splitlines() == [
        "Pain: 6 at the first visit, 3 now; improved by 3, more than the 2 points that count.",
        "LEFS: 40 at the first visit, 45 now; improved by 5, less than the 9 points that count.",
    ]
    sentence = charts.findChild(QLabel, "progressChart.lefs.summary")
    assert sentence is not None
    assert sentence.text().startswith("LEFS: 40 at the first visit, 45 now")
    charts.show_progress([])
    assert charts.summary() == "No measures recorded yet."
