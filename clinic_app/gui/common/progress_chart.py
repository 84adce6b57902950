"""A progress chart of one outcome measure over a course, drawn with QPainter.

follow-ups.md wants the charts "readable without colour": every visit is a point with its
own marker shape and its value written beside it, the axes carry their numbers as text,
and the minimal important change (MIC) is a dashed line from the first value, hatched
towards it and labelled in words. The same reading is given as text: the chart's
accessible name is the measure, its accessible description the summary a screen reader
says ("Pain: 6 at the first visit, 3 now; improved by 3, more than the 2 points that
count"), which `summary_text` makes and the tests read.

No chart library: the app draws the few lines it needs, and the PDF side draws its own
with ReportLab graphics from the same `MeasureProgress`.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QDate, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from clinic_app.followups.progress import MeasureProgress
from clinic_app.gui.common import themes
from clinic_app.gui.common.tab_chain import tab_in_order
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.common.wording import plural, window_locale

SHORT_NAMES = {
    "nprs": QT_TRANSLATE_NOOP("ProgressChart", "Pain"),
    "psfs": "PSFS",
    "lefs": "LEFS",
    "faam_adl": QT_TRANSLATE_NOOP("ProgressChart", "FAAM daily living"),
    "faam_sports": QT_TRANSLATE_NOOP("ProgressChart", "FAAM sports"),
}
"""The measure's name in a sentence; the title on the chart is the measure's own."""

SCALES: dict[str, tuple[float, float]] = {
    "nprs": (0, 10),
    "psfs": (0, 10),
    "lefs": (0, 80),
    "faam_adl": (0, 100),
    "faam_sports": (0, 100),
}
"""Each measure's whole range, so two visits' points sit where the scale puts them."""

MARKERS = ("circle", "square", "triangle", "diamond", "cross")
"""One shape per visit, in order (then round again): a point is told apart by its shape."""

MARKER_SIZE = 9.0


def shown_value(value: Fraction | float) -> str:
    """A value as the chart writes it: whole numbers plain, others to one decimal."""
    number = Fraction(value)
    if number.denominator == 1:
        return str(number.numerator)
    return f"{float(number):.1f}"


def _points(count: int) -> str:
    return plural(QCoreApplication.translate("ProgressChart", "%n point(s)", "", count), count)


def _words(text: str) -> str:
    return QCoreApplication.translate("ProgressChart", text)


def summary_text(
    name: str,
    values: Sequence[tuple[date, Fraction]],
    mic: int,
    higher_is_better: bool,
    change: Fraction | None = None,
) -> str:
    """The chart in one sentence.

    `change` is the measure's own (PSFS counts only activities rated at both ends); when
    None and there are two values or more, it is the last value minus the first.
    """
    name = _words(name)
    if not values:
        return _words("{name}: not recorded in this course").format(name=name)
    first = shown_value(values[0][1])
    if len(values) == 1:
        return _words(
            "{name}: {first} at the first visit; one visit only, so no change yet"
        ).format(name=name, first=first)
    now = shown_value(values[-1][1])
    head = _words("{name}: {first} at the first visit, {now} now").format(
        name=name, first=first, now=now
    )
    if change is None:
        change = values[-1][1] - values[0][1]
    better = change if higher_is_better else -change
    points = _points(mic)
    if better == 0:
        return _words("{head}; no change (a change of {points} counts)").format(
            head=head, points=points
        )
    if better > 0:
        if better > mic:
            sentence = _words("{head}; improved by {change}, more than the {points} that count")
        elif better == mic:
            sentence = _words("{head}; improved by {change}, as much as the {points} that count")
        else:
            sentence = _words("{head}; improved by {change}, less than the {points} that count")
        return sentence.format(head=head, change=shown_value(better), points=points)
    return _words("{head}; worse by {change} (a change of {points} counts)").format(
        head=head, change=shown_value(-better), points=points
    )


@dataclass(frozen=True)
class ChartData:
    """What one chart shows: plain points, so a chart needs no course to be drawn."""

    measure: str
    title: str
    values: tuple[tuple[date, Fraction], ...]
    mic: int
    higher_is_better: bool
    change: Fraction | None = None
    low: float = 0
    high: float = 10

    @classmethod
    def of(cls, progress: MeasureProgress) -> "ChartData":
        low, high = SCALES.get(progress.measure.name, (0, 10))
        return cls(
            progress.measure.name,
            progress.measure.title,
            progress.values,
            progress.measure.mic,
            progress.measure.higher_is_better,
            progress.change,
            low,
            high,
        )

    @property
    def short_name(self) -> str:
        return SHORT_NAMES.get(self.measure, self.title)

    def summary(self) -> str:
        return summary_text(
            self.short_name, self.values, self.mic, self.higher_is_better, self.change
        )

    def mic_value(self) -> float | None:
        """Where the first value would have to reach for the change to count."""
        if not self.values:
            return None
        first = float(self.values[0][1])
        target = first + self.mic if self.higher_is_better else first - self.mic
        return min(max(target, self.low), self.high)


class ProgressChart(QWidget):
    """One measure's chart (objectName `progressChart.<measure>`), reachable by Tab so a
    screen reader reads its summary; `point_positions` gives where each visit was drawn."""

    def __init__(self, data: ChartData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._data = data
        self.set_data(data)

    @classmethod
    def of(cls, progress: MeasureProgress, parent: QWidget | None = None) -> "ProgressChart":
        return cls(ChartData.of(progress), parent)

    @property
    def data(self) -> ChartData:
        return self._data

    def set_data(self, data: ChartData) -> None:
        self._data = data
        self.setObjectName(f"progressChart.{data.measure}")
        self.setAccessibleName(self.tr("{title}: progress chart").format(title=data.title))
        self.setAccessibleDescription(data.summary())
        self.setToolTip(data.summary())
        self.update()

    def summary(self) -> str:
        return self._data.summary()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(420, 10 * line + 90)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(260, 10 * line + 90)

    # --- geometry -----------------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        line = metrics.height()
        left = metrics.horizontalAdvance(shown_value(self._data.high)) + 14
        return QRectF(
            self.rect().adjusted(int(left), 4 * line + 8, -16, -(2 * line + 10))
        ).normalized()

    def _y(self, value: float, plot: QRectF) -> float:
        span = (self._data.high - self._data.low) or 1
        share = (value - self._data.low) / span
        return plot.bottom() - share * plot.height()

    def point_positions(self) -> list[QPointF]:
        """Each visit's point on the widget, in visit order (evenly spaced by visit)."""
        plot = self.plot_rect()
        values = self._data.values
        count = len(values)
        inset = MARKER_SIZE * 2
        width = plot.width() - 2 * inset
        return [
            QPointF(
                plot.left() + inset + (width * index / (count - 1) if count > 1 else width / 2),
                self._y(float(value), plot),
            )
            for index, (_day, value) in enumerate(values)
        ]

    # --- drawing ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        line_colour = palette.color(QPalette.ColorRole.Highlight)
        data = self._data
        plot = self.plot_rect()
        metrics = self.fontMetrics()
        line = metrics.height()

        painter.setPen(text)
        title = self.font()
        title.setBold(True)
        painter.setFont(title)
        painter.drawText(
            QRectF(4, 0, self.width() - 8, line + 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            data.title,
        )
        painter.setFont(self.font())
        if data.higher_is_better:
            scale = self.tr("{low}–{high}, higher is better")
            dashed = self.tr(
                "Dashed line: the change that counts (MIC), {points} up from the first visit"
            )
        else:
            scale = self.tr("{low}–{high}, lower is better")
            dashed = self.tr(
                "Dashed line: the change that counts (MIC), {points} down from the first visit"
            )
        for number, words in enumerate(
            (
                scale.format(low=f"{data.low:g}", high=f"{data.high:g}"),
                dashed.format(points=_points(data.mic)),
            ),
            start=1,
        ):
            painter.drawText(
                QRectF(4, number * (line + 2), self.width() - 8, line + 4),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                words,
            )

        # Axes and their numbers.
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for tick in (data.low, (data.low + data.high) / 2, data.high):
            y = self._y(tick, plot)
            painter.drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y))
            painter.drawText(
                QRectF(0, y - line / 2, plot.left() - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                shown_value(Fraction(tick).limit_denominator(10)),
            )

        # The MIC: a dashed line the first value must pass, hatched towards the first value.
        target = data.mic_value()
        if target is not None and len(data.values) >= 1:
            first_y = self._y(float(data.values[0][1]), plot)
            mic_y = self._y(target, plot)
            band = QRectF(plot.left(), min(first_y, mic_y), plot.width(), abs(mic_y - first_y))
            painter.fillRect(band, QBrush(text, Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(text, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), mic_y), QPointF(plot.right(), mic_y))

        # The visits: a line through them, a marker of its own shape at each, its value.
        points = self.point_positions()
        if len(points) > 1:
            painter.setPen(QPen(line_colour, 2))
            painter.drawPolyline(QPolygonF(points))
        for index, (point, (day, value)) in enumerate(zip(points, data.values, strict=True)):
            _marker(painter, MARKERS[index % len(MARKERS)], point, text)
            painter.setPen(text)
            painter.drawText(
                QRectF(point.x() - 40, point.y() - MARKER_SIZE - line - 2, 80, line),
                Qt.AlignmentFlag.AlignCenter,
                shown_value(value),
            )
            painter.drawText(
                QRectF(point.x() - 50, plot.bottom() + 4, 100, line),
                Qt.AlignmentFlag.AlignCenter,
                window_locale().toString(QDate(day.year, day.month, day.day), self.tr("dd MMM")),
            )
            painter.drawText(
                QRectF(point.x() - 50, plot.bottom() + 4 + line, 100, line),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("first visit")
                if index == 0
                else self.tr("visit {number}").format(number=index + 1),
            )
        if self.hasFocus():  # the ring every focused control has (clinic.qss, :focus)
            painter.setPen(QPen(themes.current().qcolor("focus_ring"), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()


def _marker(painter: QPainter, shape: str, at: QPointF, colour: QColor) -> None:
    """A filled marker of `shape` centred on `at` (its outline the text colour)."""
    size = MARKER_SIZE
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(QBrush(colour))
    if shape == "circle":
        painter.drawEllipse(at, size / 2, size / 2)
    elif shape == "square":
        painter.drawRect(QRectF(at.x() - size / 2, at.y() - size / 2, size, size))
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(at.x(), at.y() - size / 1.6),
                    QPointF(at.x() + size / 1.6, at.y() + size / 2.2),
                    QPointF(at.x() - size / 1.6, at.y() + size / 2.2),
                ]
            )
        )
    elif shape == "diamond":
        half = size / 1.5
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(at.x(), at.y() - half),
                    QPointF(at.x() + half, at.y()),
                    QPointF(at.x(), at.y() + half),
                    QPointF(at.x() - half, at.y()),
                ]
            )
        )
    else:
        half = size / 2
        painter.setPen(QPen(colour, 3))
        painter.drawLine(
            QPointF(at.x() - half, at.y() - half), QPointF(at.x() + half, at.y() + half)
        )
        painter.drawLine(
            QPointF(at.x() - half, at.y() + half), QPointF(at.x() + half, at.y() - half)
        )
    painter.setBrush(Qt.BrushStyle.NoBrush)


class ProgressCharts(QWidget):
    """Every measure of a course, one chart each (objectName `progressCharts`), in
    follow-ups.md's order; the patient's page, the follow-up room and the review pane
    show the same."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressCharts")
        self.setAccessibleName(self.tr("Progress charts"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._charts: list[ProgressChart] = []
        self._sentences: list[QLabel] = []

    def show_progress(self, measures: Sequence[MeasureProgress]) -> None:
        for widget in (*self._charts, *self._sentences):
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self._charts = [ProgressChart.of(entry, self) for entry in measures]
        self._sentences = []
        for chart in self._charts:
            # The summary in words under each chart, for everyone, not only screen readers.
            sentence = QLabel(chart.summary() + ".", self)
            sentence.setObjectName(f"{chart.objectName()}.summary")
            sentence.setWordWrap(True)
            sentence.setTextFormat(Qt.TextFormat.PlainText)
            self._sentences.append(sentence)
            self._layout.addWidget(chart)
            self._layout.addWidget(sentence)
            chart.show()
            sentence.show()
        # Made after the window's other controls, the charts would come last in its tab
        # order; they take this widget's place, where they are read.
        tab_in_order(self, *self._charts)
        self.setAccessibleDescription(self.summary())

    def charts(self) -> list[ProgressChart]:
        return list(self._charts)

    def summary(self) -> str:
        """Every chart's sentence, one a line (the text a screen reader or a copy gets)."""
        if not self._charts:
            return self.tr("No measures recorded yet.")
        return "\n".join(chart.summary() + "." for chart in self._charts)
