"""The three themes as the app applies them (gui/common/style.py): the palette Fusion draws
with, the style sheet filled with the theme's colours, the widgets with sheets or drawings
of their own following a change of theme, and CLINIC_INTAKE_THEME choosing one at start.

Each test puts the application's look back as it found it: the other GUI tests run on
Qt's defaults."""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clinic_app.gui.common import themes
from clinic_app.gui.common.desk_alert import DeskAlertBar
from clinic_app.gui.common.foot_map import FootMap
from clinic_app.gui.common.style import THEME_ENV, apply_style, use_theme
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.kiosk.kiosk_window import KioskWindow
from clinic_app.storage.database import Database
from gui.kiosk_driving import KIOSK, leave, ready_for_a_kiosk


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    style, palette, sheet = qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    themes.set_current(themes.LIGHT)


@pytest.mark.parametrize("name", themes.THEME_NAMES)
def test_the_palette_and_the_style_sheet_are_the_themes(app: QApplication, name: str) -> None:
    apply_style(app, name)
    theme = themes.current()
    assert theme.name == name
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(theme.colour("palette_window"))
    assert app.palette().color(QPalette.ColorRole.Text) == QColor(theme.colour("palette_text"))
    sheet = app.styleSheet()
    assert "@" not in sheet
    assert theme.colour("problem") in sheet
    assert theme.colour("emergency_background") in sheet


def test_the_theme_for_a_start_can_be_chosen_by_its_name(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(THEME_ENV, "high-contrast")
    apply_style(app)
    assert themes.current().name == themes.HIGH_CONTRAST
    monkeypatch.setenv(THEME_ENV, "purple")  # not a theme: the system's scheme decides
    apply_style(app)
    assert themes.current().name in (themes.LIGHT, themes.DARK)


def test_the_desks_alert_bar_follows_a_change_of_theme(
    qtbot: QtBot, app: QApplication, front_desk: Workstation
) -> None:
    use_theme(app, themes.LIGHT)
    bar = DeskAlertBar(front_desk)
    qtbot.addWidget(bar)
    light, dark = themes.themes()[themes.LIGHT], themes.themes()[themes.DARK]
    assert light.colour("notice_background") in bar.styleSheet()
    use_theme(app, themes.DARK)
    qtbot.waitUntil(lambda: dark.colour("notice_background") in bar.styleSheet())
    assert light.colour("notice_background") not in bar.styleSheet()


@pytest.mark.parametrize("name", themes.THEME_NAMES)
def test_the_foot_map_is_drawn_in_the_themes_colours(
    qtbot: QtBot, app: QApplication, name: str
) -> None:
    use_theme(app, name)
    foot = FootMap()
    qtbot.addWidget(foot)
    foot.resize(600, 300)
    foot.setLocations(["heel"])
    image = foot.grab().toImage()
    marked = themes.current().qcolor("foot_marked").rgb()
    count = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == marked
    )
    assert count > 50, f"no region drawn in the {name} theme's marked colour"


def test_the_kiosk_follows_a_change_of_theme(
    qtbot: QtBot, app: QApplication, database: Database
) -> None:
    use_theme(app, themes.LIGHT)
    ready_for_a_kiosk(database)
    window = KioskWindow(database, KIOSK)
    qtbot.addWidget(window, before_close_func=leave)
    light, dark = themes.themes()[themes.LIGHT], themes.themes()[themes.DARK]
    assert light.colour("kiosk_thanks_background") in window.styleSheet()
    use_theme(app, themes.DARK)
    qtbot.waitUntil(lambda: dark.colour("kiosk_thanks_background") in window.styleSheet())
