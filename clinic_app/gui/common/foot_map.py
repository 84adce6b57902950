"""The foot map: where it hurts (`symptoms.locations`), marked on a drawing of the foot.

The shapes come from `foot_map()` (`resources/foot/regions.json`), the same data the
printed sheet draws, so what the front desk marks here is what the patient takes home.
Every region is also a checkbox under the drawing: the drawing is quicker with a mouse,
the checkboxes work from the keyboard and with a screen reader, and both always agree.
Marked regions are filled AND hatched AND outlined, and named in words under the
drawing, so colour is never the only signal.
"""

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QSpacerItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common import themes
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.intake.fields import SIDES
from clinic_app.intake.regions import Point, Region, View, foot_map

GAP = 12.0
"""Space between two views, in the views' own units."""
MIN_SCALE = 0.8
"""Below this the smallest regions (the ankle bones) get too small to aim at."""
NATURAL_SCALE = 1.2
COLUMNS = 2
_ARROW_STEPS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Up: -COLUMNS,
    Qt.Key.Key_Down: COLUMNS,
}


HOVER_HINT = QT_TRANSLATE_NOOP("FootMap", "Point at the drawing to name a region.")
CAPTIONS = {
    "left": QT_TRANSLATE_NOOP("FootMap", "Left foot"),
    "right": QT_TRANSLATE_NOOP("FootMap", "Right foot"),
    "both": QT_TRANSLATE_NOOP("FootMap", "Both feet"),
}
NO_SIDE_CAPTION = QT_TRANSLATE_NOOP("FootMap", "Foot (side not chosen yet)")
REGION_WORDS = (
    QT_TRANSLATE_NOOP("FootMap", "Heel"),
    QT_TRANSLATE_NOOP("FootMap", "underside and back of the heel"),
    QT_TRANSLATE_NOOP("FootMap", "Arch"),
    QT_TRANSLATE_NOOP("FootMap", "the arch, underside of the midfoot"),
    QT_TRANSLATE_NOOP("FootMap", "Ball of the foot"),
    QT_TRANSLATE_NOOP("FootMap", "under the heads of the metatarsals"),
    QT_TRANSLATE_NOOP("FootMap", "Smaller toes"),
    QT_TRANSLATE_NOOP("FootMap", "the lesser toes"),
    QT_TRANSLATE_NOOP("FootMap", "Big toe joint"),
    QT_TRANSLATE_NOOP("FootMap", "the big toe joint and the sesamoids beneath it"),
    QT_TRANSLATE_NOOP("FootMap", "Top of the foot"),
    QT_TRANSLATE_NOOP("FootMap", "the top (dorsum) of the midfoot and forefoot"),
    QT_TRANSLATE_NOOP("FootMap", "Outer edge of the foot"),
    QT_TRANSLATE_NOOP("FootMap", "outer edge of the midfoot: base of the 5th metatarsal"),
    QT_TRANSLATE_NOOP("FootMap", "Inner edge of the foot"),
    QT_TRANSLATE_NOOP("FootMap", "inner edge of the midfoot: the navicular"),
    QT_TRANSLATE_NOOP("FootMap", "Achilles tendon"),
    QT_TRANSLATE_NOOP("FootMap", "the Achilles tendon above the heel"),
    QT_TRANSLATE_NOOP("FootMap", "Ankle"),
    QT_TRANSLATE_NOOP("FootMap", "around the ankle bones (malleoli)"),
    QT_TRANSLATE_NOOP("FootMap", "Underside"),
    QT_TRANSLATE_NOOP("FootMap", "Inner side"),
    QT_TRANSLATE_NOOP("FootMap", "Outer side"),
)
"""The labels, places and view names of resources/foot/regions.json, marked for lupdate:
the file is read as data, so the words are translated where they are shown. A test
checks that this list and the file agree."""


def region_words(words: str) -> str:
    """A region's label or place, or a view's name, in the windows' language."""
    return QCoreApplication.translate("FootMap", words)


class FootMap(QWidget):
    """The ten regions of the foot, marked by clicking the drawing or ticking a checkbox.

    The drawing is painted by this widget itself into the space its layout leaves
    between the caption and the labels, so clicks there reach `mousePressEvent` with
    this widget's own coordinates, and `region_at`/`region_centre` speak the same ones.
    """

    locationsChanged = Signal(list)
    """The new list of marked regions, whenever it changes (by the user or in code)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("symptoms.locations")
        self.setAccessibleName(self.tr("Where it hurts"))
        self.setAccessibleDescription(
            self.tr(
                "Drawing of the foot from underneath, the inner side and the outer side. "
                "Mark each painful region with the checkboxes that follow."
            )
        )
        self.setMouseTracking(True)  # hover names a region without a button held
        self._marked: list[str] = []
        self._side: str | None = None
        self._read_only = False
        self._hovered: str | None = None
        self._focused: str | None = None
        self._pressed: str | None = None

        self._caption = QLabel(self)
        self._caption.setObjectName("footMapCaption")
        self._drawing = QSpacerItem(
            round(self._natural_size().width() * MIN_SCALE),
            round(self._natural_size().height() * MIN_SCALE),
            QSizePolicy.Policy.MinimumExpanding,
            QSizePolicy.Policy.MinimumExpanding,
        )
        self._hover_label = QLabel(self.tr(HOVER_HINT), self)
        self._hover_label.setObjectName("footMapHover")
        self._hover_label.setWordWrap(True)
        self._hover_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._marked_label = QLabel(self)
        self._marked_label.setObjectName("footMapMarked")
        self._marked_label.setWordWrap(True)
        self._fit_labels()

        self._boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for index, region in enumerate(foot_map().regions):
            box = self._checkbox(region)
            grid.addWidget(box, index // COLUMNS, index % COLUMNS)
        boxes = list(self._boxes.values())
        for before, after in pairwise(boxes):
            QWidget.setTabOrder(before, after)  # reading order: along each row, then down
        self.setFocusProxy(boxes[0])  # a form's buddy label or tab stop lands on the first

        layout = QVBoxLayout(self)
        layout.addWidget(self._caption)
        layout.addItem(self._drawing)
        layout.addWidget(self._hover_label)
        layout.addWidget(self._marked_label)
        layout.addLayout(grid)
        self._refresh_caption()
        self._refresh_marked()

    # The public API.

    def locations(self) -> list[str]:
        """The marked regions, in the order they were marked."""
        return list(self._marked)

    def setLocations(self, values: Iterable[str]) -> None:
        """Mark exactly these regions, in this order; anything unknown is a bug and raises."""
        if isinstance(values, str):
            raise TypeError(f"setLocations takes a list of regions, not the string {values!r}")
        wanted = list(values)
        for value in wanted:
            if value not in self._boxes:
                raise ValueError(f"{value!r} is not a foot region (one of {list(self._boxes)})")
        if len(set(wanted)) != len(wanted):
            raise ValueError(f"regions listed more than once: {wanted}")
        self._change(wanted)

    def side(self) -> str | None:
        return self._side

    def setSide(self, side: str | None) -> None:
        """Draw the foot of this side: a left foot is the right one mirrored."""
        if side is not None and side not in SIDES:
            raise ValueError(f"{side!r} is not a side (one of {list(SIDES)} or None)")
        self._side = side
        self._refresh_caption()
        self._hover(None)  # the region under the pointer may have moved away
        self.update()

    def isReadOnly(self) -> bool:
        return self._read_only

    def setReadOnly(self, read_only: bool) -> None:
        """For review screens: the marks are shown (and named on hover) but cannot change."""
        self._read_only = read_only
        for box in self._boxes.values():
            box.setEnabled(not read_only)
        self.unsetCursor()

    # Geometry, always from the current size: nothing is cached between paints.

    def views(self) -> tuple[View, ...]:
        """The views as drawn for the current side."""
        drawn = "left" if self._side == "left" else "right"
        return tuple(view.for_side(drawn) for view in foot_map().views)

    def view_rect(self, view_name: str) -> QRectF:
        """Where a view's box lies on the widget just now."""
        for view, rect in self._placed():
            if view.name == view_name:
                return rect
        raise ValueError(f"{view_name!r} is not a view of the foot map")

    def region_polygon(self, value: str, view_name: str | None = None) -> QPolygonF:
        """A region's outline on screen, in the given view or the first view that shows it."""
        for view, rect in self._placed():
            if view_name is not None and view.name != view_name:
                continue
            for area in view.areas:
                if area.region == value:
                    return _on_screen(view, rect, area.points)
        where = f"in the {view_name!r} view" if view_name else "in any view"
        raise ValueError(f"{value!r} is not a region drawn {where}")

    def region_centre(self, value: str, view_name: str | None = None) -> QPointF:
        """A point well inside the region, where a click marks it: what tests click."""
        polygon = self.region_polygon(value, view_name)
        centre = _centroid(polygon)
        if self.region_at(centre) == value:
            return centre
        # An odd shape whose centroid falls outside it: the nearest sampled point that hits.
        box = polygon.boundingRect()
        samples = [
            QPointF(box.left() + box.width() * i / 10, box.top() + box.height() * j / 10)
            for i in range(1, 10)
            for j in range(1, 10)
        ]
        inside = [point for point in samples if self.region_at(point) == value]
        if not inside:
            raise ValueError(f"{value!r} is too small to click at this size")
        return min(inside, key=lambda point: _distance(point, centre))

    def region_at(self, point: QPointF) -> str | None:
        """The region under a point of this widget, for its current size and side."""
        for view, rect in self._placed():
            if not rect.contains(point):
                continue
            for area in reversed(view.areas):  # the one drawn last is the one on top
                if _on_screen(view, rect, area.points).containsPoint(
                    point, Qt.FillRule.OddEvenFill
                ):
                    return area.region
        return None

    def sizeHint(self) -> QSize:
        """Room for the drawing at a comfortable size, above the labels and checkboxes.

        The minimum (`minimumSizeHint`, from the layout) keeps the drawing at MIN_SCALE.
        """
        hint = super().sizeHint()
        natural = self._natural_size()
        grow_w = round(natural.width() * NATURAL_SCALE) - self._drawing.sizeHint().width()
        grow_h = round(natural.height() * NATURAL_SCALE) - self._drawing.sizeHint().height()
        return QSize(hint.width() + max(0, grow_w), hint.height() + max(0, grow_h))

    # Painting and the mouse.

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = themes.current()
        shown = self._hovered or self._focused
        placed = self._placed()
        labels_top = max(rect.bottom() for _, rect in placed) + 2
        for view, rect in placed:
            painter.setPen(QPen(theme.qcolor("foot_outline"), 1.2))
            painter.setBrush(theme.qcolor("foot_skin"))
            painter.drawPolygon(_on_screen(view, rect, view.outline))
            for area in view.areas:
                self._paint_area(
                    painter, theme, _on_screen(view, rect, area.points), area.region, shown
                )
            painter.setPen(self.palette().windowText().color())
            label = QRectF(rect.left() - GAP, labels_top, rect.width() + 2 * GAP, 100)
            painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, region_words(view.label))
        painter.end()

    def _paint_area(
        self,
        painter: QPainter,
        theme: themes.Theme,
        polygon: QPolygonF,
        region: str,
        shown: str | None,
    ) -> None:
        """Marked: filled, hatched, outlined heavily; hovered or focused: a heavy outline
        (the theme's colours: black on the light theme)."""
        marked = region in self._marked
        highlighted = region == shown
        fill = theme.qcolor(
            "foot_marked" if marked else "foot_highlight" if highlighted else "foot_unmarked"
        )
        if highlighted:
            line = theme.qcolor("foot_highlight_marked_line" if marked else "foot_highlight_line")
        else:
            line = theme.qcolor("foot_marked_line" if marked else "foot_unmarked_line")
        width = 3.0 if highlighted else 2.0 if marked else 0.8
        painter.setPen(QPen(line, width))
        painter.setBrush(fill)
        painter.drawPolygon(polygon)
        if marked:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(theme.qcolor("foot_marked_hatch"), Qt.BrushStyle.BDiagPattern))
            painter.drawPolygon(polygon)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_labels()
        super().changeEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._hover(self.region_at(event.position()))

    def leaveEvent(self, event: QEvent) -> None:
        self._hover(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click toggles on release over the same region, as a button does."""
        if event.button() != Qt.MouseButton.LeftButton or self._read_only:
            super().mousePressEvent(event)
            return
        self._pressed = self.region_at(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        if event.button() != Qt.MouseButton.LeftButton or self._read_only or pressed is None:
            super().mouseReleaseEvent(event)
            return
        if self.region_at(event.position()) == pressed:
            self._toggle(pressed, pressed not in self._marked)
        event.accept()

    def event(self, event: QEvent) -> bool:
        """Tooltips name the region under the pointer, whichever region that is."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            region = self.region_at(QPointF(event.pos()))
            if region is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._named(region), self)
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A checkbox with keyboard focus highlights its region in the drawing; the arrow
        keys move between the regions (left and right along a row, up and down a column)
        and Space marks the one with the focus (accessibility.md, Keyboard)."""
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            value = watched.property("region")
            self._focused = value if event.type() == QEvent.Type.FocusIn else None
            self.update()
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = _ARROW_STEPS.get(Qt.Key(event.key()))
            if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self._move_focus(str(watched.property("region")), step)
                return True
        return super().eventFilter(watched, event)

    def _move_focus(self, region: str, step: int) -> None:
        boxes = list(self._boxes.values())
        here = list(self._boxes).index(region)
        there = here + step
        if 0 <= there < len(boxes):
            boxes[there].setFocus(Qt.FocusReason.OtherFocusReason)

    # Inside.

    def _checkbox(self, region: Region) -> QCheckBox:
        box = QCheckBox(region_words(region.label), self)
        box.setObjectName(f"symptoms.locations.{region.value}")
        box.setProperty("region", region.value)
        box.setAccessibleName(region_words(region.label))
        box.setAccessibleDescription(region.where)
        box.setToolTip(region.where)
        box.toggled.connect(lambda checked, value=region.value: self._toggle(value, checked))
        box.installEventFilter(self)
        self._boxes[region.value] = box
        return box

    def _toggle(self, value: str, checked: bool) -> None:
        if checked and value not in self._marked:
            self._change([*self._marked, value])
        elif not checked and value in self._marked:
            self._change([marked for marked in self._marked if marked != value])

    def _change(self, marked: list[str]) -> None:
        """The one place the list changes: checkboxes, words and drawing follow, then the signal."""
        if marked == self._marked:
            return
        self._marked = marked
        for value, box in self._boxes.items():
            if box.isChecked() != (value in marked):
                box.blockSignals(True)  # this is us following the list, not a new change
                box.setChecked(value in marked)
                box.blockSignals(False)
        self._refresh_marked()
        self.update()
        self.locationsChanged.emit(list(marked))

    def _hover(self, region: str | None) -> None:
        if region == self._hovered:
            return
        self._hovered = region
        self._hover_label.setText(self.tr(HOVER_HINT) if region is None else self._named(region))
        if region is None or self._read_only:
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.update()

    def _named(self, value: str) -> str:
        region = next(region for region in foot_map().regions if region.value == value)
        return f"{region_words(region.label)} — {region_words(region.where)}"

    def _fit_labels(self) -> None:
        """Two lines kept for each label whatever it says (in the font the style sheet
        gives), so the drawing above does not shift under the pointer as the words change."""
        two_lines = 2 * self.fontMetrics().lineSpacing() + 2
        self._hover_label.setFixedHeight(two_lines)
        self._marked_label.setMinimumHeight(two_lines)

    def _refresh_caption(self) -> None:
        self._caption.setText(self.tr(CAPTIONS.get(self._side or "", NO_SIDE_CAPTION)))

    def _refresh_marked(self) -> None:
        comma = QCoreApplication.translate("Answers", ", ", "between the items of an answer")
        listed = comma.join(region_words(foot_map().label(value)).lower() for value in self._marked)
        self._marked_label.setText(
            self.tr("Marked: {regions}").format(regions=listed)
            if listed
            else self.tr("Nothing marked yet")
        )

    def _natural_size(self) -> QSize:
        """The drawing at one pixel per unit: the views in a row, their labels under them."""
        width, height = _row(foot_map().views)
        return QSize(round(width), round(height + self._label_room()))

    def _label_room(self) -> float:
        return self.fontMetrics().height() + 4.0

    def _drawing_rect(self) -> QRectF:
        layout = self.layout()
        if layout is not None:
            layout.activate()  # a widget not shown yet has not laid itself out
        return QRectF(self._drawing.geometry())

    def _placed(self) -> list[tuple[View, QRectF]]:
        """Each view with its box on screen: a row, centred, each view centred in the row."""
        box = self._drawing_rect()
        views = self.views()
        width, height = _row(views)
        scale = max(0.0, min(box.width() / width, (box.height() - self._label_room()) / height))
        x = box.left() + (box.width() - width * scale) / 2
        placed = []
        for view in views:
            top = box.top() + (height - view.height) * scale / 2
            placed.append((view, QRectF(x, top, view.width * scale, view.height * scale)))
            x += (view.width + GAP) * scale
        return placed


def _row(views: tuple[View, ...]) -> tuple[float, float]:
    """The width and height of the views side by side, in their own units."""
    width = sum(view.width for view in views) + GAP * (len(views) - 1)
    return width, max(view.height for view in views)


def _on_screen(view: View, rect: QRectF, points: tuple[Point, ...]) -> QPolygonF:
    sx, sy = rect.width() / view.width, rect.height() / view.height
    return QPolygonF([QPointF(rect.left() + x * sx, rect.top() + y * sy) for x, y in points])


def _centroid(polygon: QPolygonF) -> QPointF:
    """The centre of area (not of the corners, which bunch up along curved edges)."""
    points = [polygon.at(i) for i in range(polygon.size())]
    area = cx = cy = 0.0
    for a, b in zip(points, points[1:] + points[:1], strict=True):
        cross = a.x() * b.y() - b.x() * a.y()
        area += cross
        cx += (a.x() + b.x()) * cross
        cy += (a.y() + b.y()) * cross
    if area == 0:
        return polygon.boundingRect().center()
    return QPointF(cx / (3 * area), cy / (3 * area))


def _distance(a: QPointF, b: QPointF) -> float:
    return float(((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5)
