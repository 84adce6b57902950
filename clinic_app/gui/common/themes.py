"""The app's three looks: light, dark and high contrast (accessibility.md, Themes).

Every colour lives once, by name, in resources/style/themes.json; the style sheet
(clinic.qss, `@name`), the Qt palette (`palette_*`) and the widgets that draw for
themselves (the foot map, the badges of the review queue, the desk's alerts, the kiosk)
all ask the theme in use, so a new theme is one more block of that file and a contrast
test (tests/gui/test_contrast.py) checks all of it.

Dark is chosen by following the system's colour scheme unless someone picked a theme;
the theme in use is module state because the whole application shares one.
"""

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor, QPalette

from clinic_app.paths import resources_dir

LIGHT, DARK, HIGH_CONTRAST = "light", "dark", "high-contrast"
THEME_NAMES = (LIGHT, DARK, HIGH_CONTRAST)
_TOKEN = re.compile(r"@([a-z_]+)")

_ROLES = {
    "window": QPalette.ColorRole.Window,
    "window_text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base,
    "alternate_base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text,
    "button": QPalette.ColorRole.Button,
    "button_text": QPalette.ColorRole.ButtonText,
    "bright_text": QPalette.ColorRole.BrightText,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted_text": QPalette.ColorRole.HighlightedText,
    "tool_tip_base": QPalette.ColorRole.ToolTipBase,
    "tool_tip_text": QPalette.ColorRole.ToolTipText,
    "placeholder_text": QPalette.ColorRole.PlaceholderText,
    "link": QPalette.ColorRole.Link,
    "link_visited": QPalette.ColorRole.LinkVisited,
    "light": QPalette.ColorRole.Light,
    "midlight": QPalette.ColorRole.Midlight,
    "mid": QPalette.ColorRole.Mid,
    "dark": QPalette.ColorRole.Dark,
    "shadow": QPalette.ColorRole.Shadow,
}
_DISABLED_ROLES = (
    QPalette.ColorRole.WindowText,
    QPalette.ColorRole.Text,
    QPalette.ColorRole.ButtonText,
)


@dataclass(frozen=True)
class Theme:
    name: str
    colours: dict[str, str]

    def colour(self, name: str) -> str:
        """The colour `name` as #rrggbb; KeyError for a name no theme defines."""
        return self.colours[name]

    def qcolor(self, name: str) -> QColor:
        return QColor(self.colours[name])

    def fill(self, sheet: str, extra: Mapping[str, str] | None = None) -> str:
        """`sheet` with each `@name` replaced by this theme's colour of that name, or by
        `extra`'s value of it (the text sizes, style.py)."""
        words = {**self.colours, **(extra or {})}
        return _TOKEN.sub(lambda found: words[found.group(1)], sheet)

    def palette(self) -> QPalette:
        """The Qt palette of the theme: what Fusion draws every standard widget with."""
        palette = QPalette()
        for name, role in _ROLES.items():
            palette.setColor(role, self.qcolor(f"palette_{name}"))
        for role in _DISABLED_ROLES:
            palette.setColor(
                QPalette.ColorGroup.Disabled, role, self.qcolor("palette_disabled_text")
            )
        return palette


@cache
def themes() -> dict[str, Theme]:
    raw = json.loads((resources_dir() / "style" / "themes.json").read_text(encoding="utf-8"))
    return {name: Theme(name, raw[name]) for name in THEME_NAMES}


_in_use = LIGHT


def current() -> Theme:
    """The theme the application is drawn in now."""
    return themes()[_in_use]


def set_current(name: str) -> Theme:
    """Make `name` the theme in use (ValueError for an unknown one); the caller applies it
    (gui/common/style.py)."""
    global _in_use
    if name not in THEME_NAMES:
        raise ValueError(f"no theme called {name!r}; the themes are {', '.join(THEME_NAMES)}")
    _in_use = name
    return themes()[name]
