"""The kiosk's sizes (accessibility.md): touch targets of at least 12 mm, text of at least
14 pt, starting at 150 % of the desk's text size.

Millimetres become pixels at the screen's logical DPI, the one Qt lays widgets out in,
so a target is as big under a finger on a tablet as on a desk monitor. The sizes go
into the kiosk window's own style sheet, which every kiosk widget (the shared foot map
and pain scale included) inherits, and which outranks the app's style sheet there.
"""

import math

from PySide6.QtGui import QFont, QGuiApplication, QScreen

TOUCH_MM = 12.0
MIN_POINTS = 14.0
TEXT_SCALE = 1.5
"""The kiosk starts at 150 % text size."""
_MM_PER_INCH = 25.4


def touch_pixels(screen: QScreen | None = None) -> int:
    """12 mm in logical pixels on `screen` (else the primary screen)."""
    screen = screen or QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return math.ceil(TOUCH_MM / _MM_PER_INCH * dpi)


def text_points(base: QFont | None = None) -> float:
    """The kiosk's body text: 150 % of the application's, never under 14 pt."""
    font = base or QGuiApplication.font()
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    return max(MIN_POINTS, round(size * TEXT_SCALE, 1))


def kiosk_style_sheet(touch: int, points: float) -> str:
    """The style sheet of the kiosk window: every control a finger's size."""
    heading = round(points * 1.4, 1)
    indicator = max(touch - 8, 32)
    handle = touch
    return f"""
QWidget {{ font-size: {points}pt; }}
QLabel#kioskHeading {{ font-size: {heading}pt; font-weight: bold; }}
QPushButton, QToolButton, QLineEdit, QComboBox, QCheckBox, QRadioButton, QSpinBox {{
    min-height: {touch}px;
}}
QPushButton, QToolButton {{ padding: 4px 18px; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: {indicator}px; height: {indicator}px;
}}
QComboBox QAbstractItemView::item {{ min-height: {touch}px; }}
QSlider {{ min-height: {touch}px; }}
QSlider::groove:horizontal {{ height: 10px; background: @kiosk_groove; border-radius: 5px; }}
QSlider::handle:horizontal {{
    width: {handle}px; margin: -{(handle - 10) // 2}px 0; border-radius: {handle // 2}px;
    background: @kiosk_handle; border: 2px solid @kiosk_handle_border;
}}
QPushButton#kioskStaff {{ color: @kiosk_quiet_text; background: transparent; border: none; }}
QPushButton#kioskStaff:focus {{ border: 2px solid @focus_ring; border-radius: 3px; }}
QLabel#kioskProblem {{ color: @kiosk_problem; font-weight: bold; }}
QLabel#kioskProblem[calm="true"] {{ color: @kiosk_calm; }}
QFrame#kioskThanksPanel {{
    background: @kiosk_thanks_background; border: 2px solid @kiosk_thanks_border;
    border-radius: 16px;
}}
QFrame#kioskThanksPanel QLabel {{ background: transparent; color: @kiosk_thanks_text; }}
QScrollBar:vertical {{ width: {touch}px; }}
"""
