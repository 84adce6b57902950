"""A per-user text size (100 to 200 %) that every window follows without cutting text off
(accessibility.md, Text size), chosen in File → Text size and theme…, kept per person on
this workstation, and taken again at sign-in.

The clipping check walks every tab and stacked page of each role's main window, with a
course on record and the first row of each list chosen, at 150 % and 200 %: a label,
button, check box or field whose text needs more room than it was given is cut off."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinic_app.gui.common import style, themes
from clinic_app.gui.common.look_choice import Look, LookChoices, load_looks
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.session.look_dialog import LookDialog
from gui.courses_on_record import course_on_record

ROLES = ("front_desk", "clinician", "admin")
SCREENS = {150: (1440, 900), 200: (1920, 1080)}
"""The window's size for each text size: a desk's usual screen at 150 %, and the full-HD
screen someone who needs 200 % would have."""


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The application styled as the app styles it, put back as it was afterwards (the
    other GUI tests run on Qt's defaults)."""
    kept = qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet(), qapp.font()
    style.apply_style(qapp, theme=themes.LIGHT)
    yield qapp
    qapp.setStyle(kept[0])
    qapp.setPalette(kept[1])
    qapp.setStyleSheet(kept[2])
    qapp.setFont(kept[3])
    themes.set_current(themes.LIGHT)
    style.forget_style()


def test_looks_are_kept_per_person_and_the_last_is_the_sign_in_windows() -> None:
    looks = LookChoices()
    looks.choose("desk", Look(150, "dark"))
    looks.choose("clin", Look(200, None))
    again = LookChoices.from_json(looks.to_json())
    assert again.of("desk") == Look(150, "dark")
    assert again.of("clin") == Look(200, None)
    assert again.of(None) == Look(200, None)
    assert again.of("nobody") == Look()
    damaged = LookChoices.from_json('{"by_user": {"desk": {"text_percent": 900}}}')
    assert damaged.of("desk") == Look()  # a size not offered is the usual one
    with pytest.raises(ValueError, match="text size"):
        Look(90)


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_the_text_size_is_the_whole_applications(styled: QApplication, percent: int) -> None:
    style.use_look(styled, Look(percent))
    points = 10.0 * percent / 100
    assert styled.font().pointSizeF() == pytest.approx(points)
    assert f"font-size: {points}pt" in styled.styleSheet()
    label = QLabel("Heel")
    label.ensurePolished()
    assert label.font().pointSizeF() == pytest.approx(points)


def clipped(window: QWidget) -> list[str]:
    """Each shown label, button or check box whose text needs more room than it has,
    once the layouts have taken in every change of text (a count just read, a page just
    shown)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap().isNull():
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed_height = widget.heightForWidth(widget.width())
                short = needed_height > widget.height() + 1
            else:
                hint = widget.minimumSizeHint()
                short = hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            short = hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1
        else:
            continue
        if short:
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {widget.text()[:40]!r}")
    return found


def walked(qtbot: QtBot, window: QWidget) -> set[str]:
    found: set[str] = set()
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            for view in window.findChildren(QAbstractItemView):
                model = view.model()
                if view.isVisibleTo(window) and model is not None and model.rowCount() > 0:
                    view.setCurrentIndex(model.index(0, 0))
            qtbot.wait(150)
            found.update(clipped(window))
            for stack in window.findChildren(QStackedWidget):
                if stack.isVisibleTo(window):
                    shown = stack.currentIndex()
                    for page in range(stack.count()):
                        stack.setCurrentIndex(page)
                        qtbot.wait(10)
                        found.update(clipped(window))
                    stack.setCurrentIndex(shown)
    return found


@pytest.mark.parametrize("percent", [150, 200])
@pytest.mark.parametrize("role", ROLES)
def test_no_text_is_cut_off_at_a_large_text_size(
    qtbot: QtBot,
    styled: QApplication,
    role: str,
    percent: int,
    request: pytest.FixtureRequest,
    front_desk: Workstation,
) -> None:
    course_on_record(front_desk, None, {})
    style.use_look(styled, Look(percent))
    workstation: Workstation = request.getfixturevalue(role)
    window = MainWindow(workstation)
    qtbot.addWidget(window)
    window.resize(*SCREENS[percent])
    window.show()
    qtbot.waitExposed(window)
    problems = sorted(walked(qtbot, window))
    assert problems == [], "\n".join(problems)


def test_the_choice_is_kept_and_every_window_takes_it_at_once(
    qtbot: QtBot, styled: QApplication, front_desk: Workstation
) -> None:
    window = MainWindow(front_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.choose_look()
    assert isinstance(dialog, LookDialog)
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(175))
    dialog.theme_choice.setCurrentIndex(dialog.theme_choice.findData("dark"))
    dialog.accept()
    assert load_looks().of("desk") == Look(175, "dark")
    assert load_looks().of(None) == Look(175, "dark")  # the sign-in window's next time
    assert styled.font().pointSizeF() == pytest.approx(17.5)
    assert themes.current().name == themes.DARK
    title = window.findChild(QLabel)
    assert title is not None
    qtbot.waitUntil(lambda: title.font().pointSizeF() >= 17.5)
