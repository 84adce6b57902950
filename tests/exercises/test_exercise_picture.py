"""The exercise picture in a window: every exercise, kept square, repainted when changed,
drawn in ink that shows on the light and the dark theme alike."""

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from pytestqt.qtbot import QtBot

from clinic_app.exercises.codes import EXERCISE_CODES
from clinic_app.gui.common import themes
from clinic_app.gui.common.exercise_picture import LINES_HIGH, ExercisePicture


class PaintCounter(QObject):
    """Counts the paint events a widget gets."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _ink(image: QImage, background: QColor) -> tuple[int, set[str]]:
    """How many pixels differ clearly from `background`, and the colours of those that
    match no blend (the strokes' own colours, exactly)."""
    count, colours = 0, set()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if (
                max(
                    abs(colour.red() - background.red()),
                    abs(colour.green() - background.green()),
                    abs(colour.blue() - background.blue()),
                )
                > 60
            ):
                count += 1
                colours.add(colour.name())
    return count, colours


def _shown(qtbot: QtBot, code: str, palette: QPalette | None = None) -> ExercisePicture:
    picture = ExercisePicture(code)
    if palette is not None:
        picture.setPalette(palette)
    picture.setAutoFillBackground(True)  # the window colour behind, as in a window
    qtbot.addWidget(picture)
    picture.resize(160, 160)
    picture.show()
    qtbot.waitExposed(picture)
    return picture


@pytest.mark.parametrize("theme", [themes.LIGHT, themes.DARK, themes.HIGH_CONTRAST])
@pytest.mark.parametrize("code", EXERCISE_CODES)
def test_each_exercise_is_drawn_in_the_themes_ink(qtbot: QtBot, code: str, theme: str) -> None:
    palette = themes.themes()[theme].palette()
    picture = _shown(qtbot, code, palette)
    assert picture.code == code
    image = picture.grab().toImage()
    background = palette.color(QPalette.ColorRole.Window)
    count, colours = _ink(image, background)
    assert count > 300, f"{code} in {theme}: only {count} pixels of ink"
    text = palette.color(QPalette.ColorRole.WindowText).name()
    link = palette.color(QPalette.ColorRole.Link).name()
    assert text in colours, f"{code} in {theme}: the person is not drawn in {text}"
    assert link in colours, f"{code} in {theme}: the movement is not drawn in {link}"


def test_it_keeps_square_and_centres_the_drawing(qtbot: QtBot) -> None:
    picture = _shown(qtbot, "calf_raise_straight")
    assert picture.hasHeightForWidth()
    assert picture.heightForWidth(237) == 237
    picture.resize(300, 140)
    qtbot.waitUntil(lambda: picture.width() == 300)
    square = picture.picture_rect()
    assert (square.width(), square.height()) == (140, 140)
    assert square.left() == 80
    image = picture.grab().toImage()
    background = picture.palette().color(QPalette.ColorRole.Window)
    columns = [
        x
        for x in range(image.width())
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y) != background
    ]
    assert min(columns) >= 80
    assert max(columns) < 220


def test_set_exercise_repaints_with_the_new_drawing(qtbot: QtBot) -> None:
    picture = _shown(qtbot, "ball_roll")
    before = picture.grab().toImage()
    counter = PaintCounter()
    picture.installEventFilter(counter)
    picture.set_exercise("single_leg_balance")
    qtbot.waitUntil(lambda: counter.paints > 0)
    assert picture.code == "single_leg_balance"
    assert picture.grab().toImage() != before


def test_an_unknown_exercise_leaves_the_picture_as_it_was(qtbot: QtBot) -> None:
    picture = _shown(qtbot, "short_foot")
    with pytest.raises(KeyError, match="no exercise drawing for 'hop'"):
        picture.set_exercise("hop")
    assert picture.code == "short_foot"


def test_an_empty_picture_draws_nothing(qtbot: QtBot) -> None:
    picture = ExercisePicture()
    qtbot.addWidget(picture)
    picture.setAutoFillBackground(True)
    picture.resize(120, 120)
    assert picture.code is None
    background = picture.palette().color(QPalette.ColorRole.Window)
    assert _ink(picture.grab().toImage(), background)[0] == 0


def test_it_is_a_picture_that_grows_with_the_text(qtbot: QtBot) -> None:
    picture = ExercisePicture("towel_curls")
    qtbot.addWidget(picture)
    assert picture.objectName() == "exercisePicture"
    assert picture.focusPolicy() == Qt.FocusPolicy.NoFocus
    usual = picture.sizeHint()
    assert usual.width() == usual.height() == round(picture.fontMetrics().height() * LINES_HIGH)
    assert 90 <= usual.width() <= 160  # about 120 pixels at the usual text size
    font = QFont(picture.font())
    font.setPointSizeF(font.pointSizeF() * 2)  # the 200 % text size
    picture.setFont(font)
    assert picture.sizeHint().width() >= 1.8 * usual.width()
