"""A per-user text size (100 to 200 %) that every window follows without cutting text off
(accessibility.md, Text size), chosen in File → Text size and theme…, kept per person on
this workstation, and taken again at sign-in.

The clipping check walks every tab and stacked page of each role's main window, with a
course on record and the first row of each list chosen, every dialog, and each of the
kiosk's steps, at 150 % and 200 %: a label, button or check box whose text needs more
room than it was given is cut off, and two widgets a layout placed over each other hide
one another. The kiosk starts at 150 % of the desk's text size."""

from collections.abc import Callable, Iterator
from itertools import combinations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QLabel,
    QLayout,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinic_app.gui.common import style, themes
from clinic_app.gui.common.elided_label import ElidedLabel
from clinic_app.gui.common.look_choice import Look, LookChoices, load_looks
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.kiosk.kiosk_window import KioskWindow
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.session.look_dialog import LookDialog
from clinic_app.storage.database import Database
from gui.courses_on_record import course_on_record
from gui.desk_dialogs import DIALOGS, desk_of
from gui.kiosk_driving import (
    KIOSK,
    PATIENTS,
    about_you,
    choose_language,
    history,
    leave,
    next_step,
    ready_for_a_kiosk,
    running,
    symptoms,
)

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


def _shown_text(widget: QLabel | QAbstractButton) -> str:
    """The text as drawn: a mnemonic's & is not (a label's only with a buddy)."""
    text = widget.text()
    if isinstance(widget, QLabel) and widget.buddy() is None:
        return text
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def _plain(label: QLabel) -> bool:
    if label.textFormat() == Qt.TextFormat.PlainText:
        return True
    return label.textFormat() == Qt.TextFormat.AutoText and not QtGui.Qt.mightBeRichText(
        label.text()
    )


def _text_width(widget: QLabel | QAbstractButton) -> int:
    metrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in _shown_text(widget).split("\n"))


def _room_for_text(widget: QLabel | QAbstractButton) -> int:
    """The width the widget's text is drawn in: its contents, less a check box's box."""
    room = widget.contentsRect().width()
    if isinstance(widget, QLabel):
        return room - 2 * widget.margin() - max(widget.indent(), 0)
    if isinstance(widget, (QCheckBox, QRadioButton)):
        style = widget.style()
        metric = QStyle.PixelMetric
        is_check = isinstance(widget, QCheckBox)
        box = style.pixelMetric(
            metric.PM_IndicatorWidth if is_check else metric.PM_ExclusiveIndicatorWidth,
            None,
            widget,
        )
        spacing = style.pixelMetric(
            metric.PM_CheckBoxLabelSpacing if is_check else metric.PM_RadioButtonLabelSpacing,
            None,
            widget,
        )
        return room - box - spacing
    return room


def cut_off(widget: QWidget) -> bool:
    """A label, button or check box whose text needs more room than it has: measured
    with its own font against its contents (a word-wrapped label by the height it needs
    at its width), and by its size hint, which counts the style's margins."""
    if isinstance(widget, ElidedLabel):
        return False  # shortens its text on purpose, the whole of it in its tooltip
    if isinstance(widget, QLabel) and widget.text():
        if not widget.pixmap().isNull():
            return False
        if widget.wordWrap():
            return widget.heightForWidth(widget.width()) > widget.height() + 1
        if _plain(widget) and _text_width(widget) > _room_for_text(widget) + 1:
            return True
        hint = widget.minimumSizeHint()
        return hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1
    if isinstance(widget, QAbstractButton) and widget.text():
        boxed = isinstance(widget, (QCheckBox, QRadioButton))
        if boxed and _text_width(widget) > _room_for_text(widget) + 1:
            return True
        hint = widget.sizeHint()
        return hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1
    return False


def _laid_out(layout: QLayout) -> list[QWidget]:
    """The widgets `layout` places, its nested layouts' included."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found.extend(_laid_out(inner))
    return found


def overlapping(window: QWidget) -> list[str]:
    """Each two shown widgets one layout places side by side that cover each other."""
    found = []
    for parent in [window, *window.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or not parent.isVisibleTo(window):
            continue
        placed = [w for w in _laid_out(layout) if w.isVisibleTo(window) and not w.isWindow()]
        for one, other in combinations(placed, 2):
            both = one.geometry().intersected(other.geometry())
            if both.width() > 1 and both.height() > 1:
                found.append(f"{_named(one)} overlaps {_named(other)} in {_named(parent)}")
    return found


def _named(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return f"{type(widget).__name__} {widget.objectName()!r}" + (f" {text[:40]!r}" if text else "")


def clipped(window: QWidget) -> list[str]:
    """Each shown label, button or check box whose text needs more room than it has,
    and each two widgets laid over each other, once the layouts have taken in every
    change of text (a count just read, a page just shown)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    found = [
        f"cut off: {_named(widget)}"
        for widget in window.findChildren(QWidget)
        if widget.isVisibleTo(window) and widget.width() > 0 and cut_off(widget)
    ]
    return found + overlapping(window)


def test_the_checks_find_cut_text_and_widgets_over_each_other(
    qtbot: QtBot, styled: QApplication
) -> None:
    style.use_look(styled, Look(200))
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel("Pain with the first steps in the morning", window)
    box = QCheckBox("Pain wakes them at night", window)
    layout.addWidget(label)
    layout.addWidget(box)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert clipped(window) == []
    label.setFixedWidth(label.width() // 2)
    box.setFixedWidth(box.width() // 2)
    assert cut_off(label)
    assert cut_off(box)
    layout.setEnabled(False)  # hold the layout still, as a window too small for it is
    box.setGeometry(label.geometry().translated(4, 4))
    assert any("overlaps" in problem for problem in overlapping(window))


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


@pytest.mark.parametrize("percent", [150, 200])
@pytest.mark.parametrize("dialog_name", sorted(DIALOGS))
def test_no_dialog_cuts_text_off_at_a_large_text_size(
    qtbot: QtBot,
    styled: QApplication,
    dialog_name: str,
    percent: int,
    database: Database,
    front_desk: Workstation,
    clinician: Workstation,
    admin: Workstation,
) -> None:
    style.use_look(styled, Look(percent))
    dialog = DIALOGS[dialog_name](desk_of(database, front_desk, clinician, admin))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.wait(150)  # what it reads on the background runner is in
    problems = sorted(set(clipped(dialog)))
    assert problems == [], "\n".join(problems)


KIOSK_STEPS = ("language", "about you", "running", "symptoms", "history", "consent")


@pytest.mark.parametrize("percent", [150, 200])
def test_no_kiosk_step_cuts_text_off_at_a_large_text_size(
    qtbot: QtBot, styled: QApplication, database: Database, percent: int
) -> None:
    """The kiosk's own text is half as large again as the desk's (kiosk_sizes.py), so at
    the desk's 200 % it is at 300 %."""
    style.use_look(styled, Look(percent))
    ready_for_a_kiosk(database)
    window = KioskWindow(database, KIOSK, thanks_ms=60_000)
    qtbot.addWidget(window, before_close_func=leave)
    window.start()
    qtbot.waitExposed(window)
    found = {"language": clipped(window)}
    patient = PATIENTS["en"]
    session = choose_language(qtbot, window, "en")
    fills: list[Callable[[], None]] = [
        lambda: about_you(qtbot, session, patient),
        lambda: running(qtbot, session),
        lambda: symptoms(qtbot, session),
        lambda: history(qtbot, session, patient),
    ]
    for step, fill in zip(KIOSK_STEPS[1:], fills, strict=False):
        qtbot.wait(50)
        found[step] = clipped(window)
        fill()
        next_step(qtbot, session)
    qtbot.wait(50)
    found["consent"] = clipped(window)
    problems = [f"{step}: {problem}" for step, said in found.items() for problem in said]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("percent", [100, 150])
def test_the_kiosk_starts_at_half_as_large_again_as_the_desk(
    qtbot: QtBot, styled: QApplication, database: Database, percent: int
) -> None:
    style.use_look(styled, Look(percent))
    ready_for_a_kiosk(database)
    window = KioskWindow(database, KIOSK)
    qtbot.addWidget(window, before_close_func=leave)
    window.start()
    qtbot.waitExposed(window)
    desk_points = style.text_points(percent)
    shown = [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.isVisible() and widget.text()
    ]
    assert shown, "the kiosk's first screen shows no text"
    body = min(widget.font().pointSizeF() for widget in shown)
    assert body == pytest.approx(max(14.0, desk_points * 1.5))
