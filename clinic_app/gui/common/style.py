"""The app's look: Fusion (the same on every platform), the icon, the theme's palette, the
person's text size, and the style sheet filled with both (themes.py, look_choice.py)."""

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from clinic_app.gui.common import themes
from clinic_app.gui.common.look_choice import TEXT_SIZES, Look
from clinic_app.paths import resources_dir

THEME_ENV = "CLINIC_INTAKE_THEME"
"""light, dark or high-contrast: a theme for this start, whatever anyone chose or the
system's scheme (for the screenshots of each theme)."""
TEXT_SIZE_ENV = "CLINIC_INTAKE_TEXT_SIZE"
"""100 to 200 (per cent): a text size for this start, whatever anyone chose (for the
screenshots at 150 %)."""
BASE_POINTS = 10.0
"""The text size at 100 %; titles are 1.4 times the text."""
TITLE_SCALE = 1.4

_look = Look()
_styled = False


def apply_style(app: QApplication, theme: str | None = None, look: Look | None = None) -> None:
    """Style the application in `look` (the person's), its theme overridden by `theme`,
    else by CLINIC_INTAKE_THEME; with neither, the system's colour scheme (dark or light),
    followed as it changes while the app runs."""
    global _styled
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "clinic-intake.svg")))
    use_look(app, look or Look(), theme=theme)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: use_look(app, _look))
    _styled = True


def forget_style() -> None:
    """As if `apply_style` had not run: `follow_look` does nothing again (tests that
    style the application put Qt's defaults back with this)."""
    global _styled, _look
    _styled, _look = False, Look()


def follow_look(app: QApplication, username: str | None) -> None:
    """Take the look `username` chose on this workstation (the last one chosen here for
    the sign-in window, None); nothing where the app was never styled (a test's windows,
    which are drawn on Qt's defaults)."""
    if _styled:
        from clinic_app.gui.common.look_choice import load_looks

        use_look(app, load_looks().of(username))


def use_look(app: QApplication, look: Look, *, theme: str | None = None) -> None:
    """Draw the whole application in `look` from now on: the theme (`theme`, else the
    environment's, else the look's, else the system's) and the text size (the
    environment's, else the look's). Widgets with sheets of their own refill them on the
    palette change this sends (see `themed_sheet`)."""
    global _look
    _look = look
    name = theme or _theme_from_environment() or look.theme or _system_theme(app)
    percent = _size_from_environment() or look.text_percent
    chosen = themes.set_current(name)
    app.setPalette(chosen.palette())
    font = app.font()
    font.setPointSizeF(text_points(percent))
    app.setFont(font)
    app.setStyleSheet(app_sheet(chosen, percent))


def use_theme(app: QApplication, name: str) -> None:
    """The look in use, in theme `name`."""
    use_look(app, _look, theme=name)


def look_in_use() -> Look:
    return _look


def text_points(percent: int) -> float:
    return round(BASE_POINTS * percent / 100, 1)


def app_sheet(theme: themes.Theme, percent: int) -> str:
    """The app's style sheet (clinic.qss) in `theme`'s colours and text at `percent`,
    with the spin boxes' arrows in a tone that shows on the theme's fields."""
    folder = resources_dir() / "style"
    sheet = (folder / "clinic.qss").read_text(encoding="utf-8")
    points = text_points(percent)
    tone = "light" if theme.qcolor("palette_base").lightness() < 128 else "dark"
    words = {
        "text_size": f"{points}pt",
        "title_size": f"{round(points * TITLE_SCALE, 1)}pt",
        "arrow_up": (folder / f"arrow-up-{tone}.svg").as_posix(),
        "arrow_down": (folder / f"arrow-down-{tone}.svg").as_posix(),
    }
    return theme.fill(sheet, words)


def themed_sheet(sheet: str) -> str:
    """A widget's own style sheet with the colours of the theme in use."""
    return themes.current().fill(sheet)


def _theme_from_environment() -> str | None:
    name = os.environ.get(THEME_ENV, "").strip()
    return name if name in themes.THEME_NAMES else None


def _size_from_environment() -> int | None:
    raw = os.environ.get(TEXT_SIZE_ENV, "").strip().rstrip("%")
    return int(raw) if raw.isdigit() and int(raw) in TEXT_SIZES else None


def _system_theme(app: QApplication) -> str:
    dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return themes.DARK if dark else themes.LIGHT


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on (`invalid`, `role`, `urgency`).

    Qt applies a style sheet's property selectors only when a widget is polished, so a
    changed value needs a re-polish; an unchanged one, or a widget not polished yet (it
    will be when first shown), does not, and skipping it keeps updates cheap.
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
