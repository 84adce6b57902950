"""Focus always visible (accessibility.md, Keyboard; WCAG 2.2, 2.4.7 and 2.4.11): in every
theme, each kind of control the app uses is drawn differently round its edge once it has
the keyboard focus, in the theme's focus colour (a progress chart, which draws itself,
draws the same ring); the foot map marks the region whose checkbox has the focus in its
drawing.

Each control is grabbed (its own pixels, as Qt draws it in the styled application) with
the focus on another field, then with the focus on it (a tab bar: its current tab). The
colours' contrast is test_contrast.py's."""

from collections.abc import Callable, Iterator
from datetime import date
from fractions import Fraction

import pytest
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinic_app.followups.progress import MeasureProgress
from clinic_app.followups.scores import MEASURES
from clinic_app.gui.common import style, themes
from clinic_app.gui.common.foot_map import FootMap
from clinic_app.gui.common.pain_scale import PainScale
from clinic_app.gui.common.progress_chart import ProgressChart

EDGE = 3
"""How deep into a control, from each side, its focus ring is looked for (px)."""
RINGED_SHARE = 0.3
"""The share of a control's edge that must be drawn in the focus colour once focused."""


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The application styled as the app styles it, put back as it was afterwards."""
    kept = qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet(), qapp.font()
    yield qapp
    qapp.setStyle(kept[0])
    qapp.setPalette(kept[1])
    qapp.setStyleSheet(kept[2])
    qapp.setFont(kept[3])
    themes.set_current(themes.LIGHT)
    style.forget_style()


def _list() -> QWidget:
    view = QListWidget()
    view.addItems(["Heel", "Arch", "Toes"])
    return view


def _table() -> QWidget:
    return QTableWidget(3, 2)


def _tree() -> QWidget:
    tree = QTreeWidget()
    tree.addTopLevelItem(QTreeWidgetItem(["Course of care"]))
    return tree


def _combo() -> QWidget:
    combo = QComboBox()
    combo.addItems(["Left foot", "Right foot"])
    return combo


def _tabs() -> QWidget:
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Clinic")
    tabs.addTab(QWidget(), "Users")
    return tabs


def _date() -> QWidget:
    edit = QDateEdit()
    edit.setDate(QDate(2026, 11, 20))
    return edit


def _chart() -> QWidget:
    """A progress chart, which draws its own ring (pain 8, then 5, then 2)."""
    days = (date(2026, 11, 20), date(2026, 12, 1), date(2026, 12, 15))
    points = tuple((day, Fraction(value)) for day, value in zip(days, (8, 5, 2), strict=True))
    nprs = MEASURES[0]
    return ProgressChart.of(
        MeasureProgress(nprs, points, Fraction(-6), nprs.improved_enough(Fraction(-6)))
    )


CONTROLS: dict[str, Callable[[], QWidget]] = {
    "button": lambda: QPushButton("Save"),
    "line edit": QLineEdit,
    "text box": QPlainTextEdit,
    "combo box": _combo,
    "spin box": QSpinBox,
    "date edit": _date,
    "check box": lambda: QCheckBox("Night pain"),
    "radio button": lambda: QRadioButton("Keep this one"),
    "list": _list,
    "table": _table,
    "tree": _tree,
    "tabs": _tabs,
    "slider": lambda: QSlider(Qt.Orientation.Horizontal),
    "pain scale": PainScale,
    "progress chart": _chart,
}


def focus_widget_of(control: QWidget) -> QWidget:
    """What takes the focus when `control` is given it: a tab widget's bar, a pain
    scale's slider."""
    proxy = control.focusProxy()
    while proxy is not None and proxy.focusProxy() is not None:
        proxy = proxy.focusProxy()
    return proxy or control


def ring_area(target: QWidget) -> QRect:
    """Where the ring goes: round the control, or round a tab bar's current tab."""
    if isinstance(target, QTabBar):
        return target.tabRect(target.currentIndex())
    return target.rect()


def edge_pixels(image: QImage) -> list[tuple[int, int]]:
    width, height = image.width(), image.height()
    return [
        (x, y)
        for y in range(height)
        for x in range(width)
        if x < EDGE or y < EDGE or x >= width - EDGE or y >= height - EDGE
    ]


def near(colour: int, wanted: QColor, tolerance: int = 40) -> bool:
    """`colour` (ARGB) is `wanted` give or take the anti-aliasing of a rounded corner."""
    got = QColor.fromRgb(colour)
    return (
        abs(got.red() - wanted.red())
        + abs(got.green() - wanted.green())
        + abs(got.blue() - wanted.blue())
        <= tolerance
    )


def shown_with(qtbot: QtBot, control: QWidget) -> tuple[QWidget, QLineEdit]:
    """A window holding `control` and another field to hold the focus meanwhile."""
    window = QWidget()
    layout = QVBoxLayout(window)
    other = QLineEdit(window)
    layout.addWidget(other)
    layout.addWidget(control)
    qtbot.addWidget(window)
    window.resize(420, 360)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, other


@pytest.mark.parametrize("kind", sorted(CONTROLS))
@pytest.mark.parametrize("theme", themes.THEME_NAMES)
def test_a_focused_control_is_ringed_in_the_focus_colour(
    qtbot: QtBot, styled: QApplication, theme: str, kind: str
) -> None:
    style.apply_style(styled, theme=theme)
    ring = themes.current().qcolor("focus_ring")
    control = CONTROLS[kind]()
    _window, other = shown_with(qtbot, control)
    target = focus_widget_of(control)

    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(other.hasFocus)
    before = target.grab(ring_area(target)).toImage()
    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(target.hasFocus)
    qtbot.wait(20)  # the restyle for the focus is painted
    after = target.grab(ring_area(target)).toImage()

    assert before.size() == after.size()
    edge = edge_pixels(after)
    changed = sum(1 for x, y in edge if before.pixel(x, y) != after.pixel(x, y))
    ringed = sum(1 for x, y in edge if near(after.pixel(x, y), ring))
    assert changed > 0, f"{kind}: nothing round its edge changes with the focus in {theme}"
    assert ringed >= RINGED_SHARE * len(edge), (
        f"{kind}: {ringed} of {len(edge)} edge pixels in the focus colour {ring.name()} ({theme})"
    )
    ringed_before = sum(1 for x, y in edge if near(before.pixel(x, y), ring))
    assert ringed > 2 * ringed_before, f"{kind}: the ring is there without the focus ({theme})"


@pytest.mark.parametrize("theme", themes.THEME_NAMES)
def test_the_foot_map_marks_the_focused_region_in_its_drawing(
    qtbot: QtBot, styled: QApplication, theme: str
) -> None:
    style.apply_style(styled, theme=theme)
    foot = FootMap()
    _window, other = shown_with(qtbot, foot)
    heel = foot.findChild(QCheckBox, "symptoms.locations.heel")
    assert heel is not None
    drawing = foot.view_rect(foot.views()[0].name).toRect()

    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(other.hasFocus)
    before = foot.grab(drawing).toImage()
    heel.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(heel.hasFocus)
    qtbot.wait(20)
    after = foot.grab(drawing).toImage()

    line = themes.current().qcolor("foot_highlight_line")
    changed = sum(
        1
        for y in range(after.height())
        for x in range(after.width())
        if before.pixel(x, y) != after.pixel(x, y)
    )
    outlined = sum(
        1
        for y in range(after.height())
        for x in range(after.width())
        if near(after.pixel(x, y), line, 0) and not near(before.pixel(x, y), line, 0)
    )
    assert changed > 100, f"the focused heel is not marked in the drawing ({theme})"
    assert outlined > 20, f"the heel's focus outline is not drawn in {line.name()} ({theme})"
