"""Every text the app draws is readable against what it is drawn on, in every theme
(accessibility.md, Contrast): 4.5:1 for text, 3:1 for the outlines and marks that carry
meaning (WCAG 2.2, 1.4.3 and 1.4.11).

The pairs come from the product's own sources, filled with each theme's colours: the Qt
palette (what Fusion draws every standard widget with), every rule of the style sheets
(the app's clinic.qss, the desk's alert bar, the kiosk's) that sets a text colour — against
the background of the same rule, of the rule its selector sits inside, or else against both
the window and the field backgrounds it may appear on — and the foot map's marks. The ring
of every `:focus` rule is held to 3:1 against each background a focused control sits on or
is filled with (WCAG 2.2, 2.4.11 and 1.4.11).
"""

import re

import pytest

from clinic_app.gui.common import themes
from clinic_app.gui.common.desk_alert import STYLE as DESK_ALERT_SHEET
from clinic_app.gui.common.style import app_sheet
from clinic_app.gui.kiosk.kiosk_sizes import kiosk_style_sheet

TEXT = 4.5
MARK = 3.0
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_DECLARATION = re.compile(r"([a-z-]+)\s*:\s*([^;]+)")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def luminance(colour: str) -> float:
    """WCAG's relative luminance of #rrggbb."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_is_worked_out_as_wcag_gives_it() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def sheets(theme: themes.Theme) -> dict[str, str]:
    return {
        "clinic.qss": app_sheet(theme, 100),
        "desk alert": theme.fill(DESK_ALERT_SHEET),
        "kiosk": theme.fill(kiosk_style_sheet(48, 15.0)),
    }


def rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    found = []
    for selectors, body in _RULE.findall(_COMMENT.sub("", sheet)):
        declarations = {name: value.strip() for name, value in _DECLARATION.findall(body)}
        for selector in selectors.split(","):
            found.append((" ".join(selector.split()), declarations))
    return found


def background_of(declarations: dict[str, str]) -> str | None:
    value = declarations.get("background-color") or declarations.get("background") or ""
    found = _HEX.search(value)
    return found.group(0).lower() if found else None


def text_pairs(theme: themes.Theme) -> list[tuple[str, str, str]]:
    """(where, text colour, background) for every text of the theme."""
    palette = {
        name[len("palette_") :]: value
        for name, value in theme.colours.items()
        if name.startswith("palette_")
    }
    pairs = [
        (f"palette {text} on {ground}", palette[text], palette[ground])
        for text, ground in (
            ("window_text", "window"),
            ("text", "base"),
            ("text", "alternate_base"),
            ("button_text", "button"),
            ("highlighted_text", "highlight"),
            ("tool_tip_text", "tool_tip_base"),
            ("placeholder_text", "base"),
            ("link", "base"),
            ("link", "window"),
            ("link_visited", "base"),
        )
    ]
    for sheet_name, sheet in sheets(theme).items():
        parsed = rules(sheet)
        grounds = {selector: background_of(d) for selector, d in parsed if background_of(d)}
        for selector, declarations in parsed:
            colour = _HEX.search(declarations.get("color", ""))
            if colour is None:
                continue
            own = background_of(declarations)
            outer = grounds.get(selector.rsplit(" ", 1)[0]) if " " in selector else None
            where = f"{sheet_name} {selector}"
            if own or outer:
                pairs.append((where, colour.group(0), own or outer or ""))
            else:  # drawn on whatever holds it: a window or a field
                pairs.append((f"{where} on the window", colour.group(0), palette["window"]))
                pairs.append((f"{where} in a field", colour.group(0), palette["base"]))
    return pairs


def mark_pairs(theme: themes.Theme) -> list[tuple[str, str, str]]:
    """(what, mark colour, what it is seen against) for the outlines and marks."""
    colour = theme.colour
    base, window = colour("palette_base"), colour("palette_window")
    pairs = [
        (f"{outline} outline", colour(outline), ground)
        for outline in ("outline_patient", "outline_desk", "outline_invalid")
        for ground in (base, window)
    ]
    pairs += [
        ("a marked region against an unmarked one", colour("foot_marked"), colour("foot_unmarked")),
        ("a marked region against the foot", colour("foot_marked"), colour("foot_skin")),
        ("the foot's outline", colour("foot_outline"), window),
        ("the focused region's outline", colour("foot_highlight_line"), colour("foot_highlight")),
        ("the focused region's outline", colour("foot_highlight_line"), colour("foot_skin")),
        (
            "the focused region's outline when marked",
            colour("foot_highlight_marked_line"),
            colour("foot_marked"),
        ),
        ("the focus and selection", colour("palette_highlight"), window),
        ("a spin box's frame", colour("field_border"), window),
        ("a spin box's frame", colour("field_border"), base),
        ("the kiosk slider's handle", colour("kiosk_handle"), window),
    ]
    return pairs


@pytest.mark.parametrize("name", themes.THEME_NAMES)
def test_every_text_is_readable_on_its_background(name: str) -> None:
    pairs = text_pairs(themes.themes()[name])
    checked = {where for where, _text, _ground in pairs}
    assert {
        'clinic.qss QLabel[urgency="emergency"]',
        'clinic.qss QLabel[role="fieldMessage"] in a field',
        'desk alert QFrame[urgency="emergency"] QLabel',
        "kiosk QFrame#kioskThanksPanel QLabel",
        "kiosk QLabel#kioskProblem on the window",
    } <= checked, "the style sheets' rules were not all found"
    poor = [
        f"{where}: {text} on {ground} is {contrast(text, ground):.2f}:1"
        for where, text, ground in pairs
        if contrast(text, ground) < TEXT
    ]
    assert poor == [], "\n".join(poor)


@pytest.mark.parametrize("name", themes.THEME_NAMES)
def test_every_outline_and_mark_stands_out(name: str) -> None:
    poor = [
        f"{what}: {mark} against {ground} is {contrast(mark, ground):.2f}:1"
        for what, mark, ground in mark_pairs(themes.themes()[name])
        if contrast(mark, ground) < MARK
    ]
    assert poor == [], "\n".join(poor)


FOCUSED = {
    # Every kind of control the desk and the kiosk tab to (test_focus_visible.py draws them).
    f"clinic.qss {kind}:focus"
    for kind in (
        "QPushButton",
        "QLineEdit",
        "QPlainTextEdit",
        "QComboBox",
        "QSpinBox",
        "QDateEdit",
        "QCheckBox",
        "QRadioButton",
        "QAbstractItemView",
        "QScrollArea",
        "QSlider",
        "QLabel",
    )
} | {"clinic.qss QTabBar::tab:focus", "kiosk QPushButton#kioskStaff:focus"}


def focus_rings(theme: themes.Theme) -> dict[str, str]:
    """The ring colour of each `:focus` rule of the theme's sheets, by where it is."""
    found = {}
    for sheet_name, sheet in sheets(theme).items():
        for selector, declarations in rules(sheet):
            if selector.endswith(":focus"):
                colour = _HEX.search(declarations.get("border", ""))
                assert colour is not None, f"{sheet_name} {selector}: a focus rule with no ring"
                found[f"{sheet_name} {selector}"] = colour.group(0).lower()
    return found


@pytest.mark.parametrize("name", themes.THEME_NAMES)
def test_the_focus_ring_stands_out_on_everything_it_is_drawn_on(name: str) -> None:
    theme = themes.themes()[name]
    rings = focus_rings(theme)
    assert set(rings) >= FOCUSED, f"no focus ring for {sorted(FOCUSED - set(rings))}"
    grounds = {
        ground: theme.colour(f"palette_{ground}")
        for ground in ("window", "base", "alternate_base", "button")
    }
    poor = [
        f"{where}: {ring} on the {ground} {colour} is {contrast(ring, colour):.2f}:1"
        for where, ring in rings.items()
        for ground, colour in grounds.items()
        if contrast(ring, colour) < MARK
    ]
    assert poor == [], "\n".join(poor)


@pytest.mark.parametrize("name", themes.THEME_NAMES)
def test_each_theme_names_every_colour_the_others_do(name: str) -> None:
    every = {key for theme in themes.themes().values() for key in theme.colours}
    assert set(themes.themes()[name].colours) == every
    for sheet_name, sheet in sheets(themes.themes()[name]).items():
        assert "@" not in sheet, f"{sheet_name}: a colour the theme does not fill"
