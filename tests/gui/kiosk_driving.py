"""What the kiosk tests share: a clinic database ready for a kiosk, a patient's answers per
language, driving the kiosk's widgets by mouse and keyboard, and the two checks every
screen gets: touch-sized controls, and no trace of an earlier patient."""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.foot_map import FootMap
from clinic_app.gui.common.pain_scale import PainScale
from clinic_app.gui.kiosk.kiosk_session import KioskSession
from clinic_app.gui.kiosk.kiosk_sizes import MIN_POINTS
from clinic_app.gui.kiosk.kiosk_window import KioskWindow
from clinic_app.gui.kiosk.signature_pad import SignaturePad
from clinic_app.services import kiosk_settings, users
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from gui.driving import PASSWORD

W = TypeVar("W", bound=QWidget)
LEFT = Qt.MouseButton.LeftButton
KIOSK = "Waiting room 1"
ADMIN = Actor(name="ada", role="admin")
CONSENTS = {
    "en": "I agree that the clinic keeps my answers for my care.",
    "es": "Acepto que la clínica guarde mis respuestas para mi atención.",
    "zh-Hans": "我同意诊所保存我的回答，用于我的治疗。",
}


@dataclass(frozen=True)
class Patient:
    """One patient's answers, and the texts of theirs no later screen may show."""

    first: str
    last: str
    born: str
    medicines: str

    def traces(self) -> tuple[str, ...]:
        return (self.first, self.last, self.born, self.medicines)


PATIENTS = {
    "en": Patient("Marguerite", "Okonjo", "1987-06-05", "Ibuprofenxyz"),
    "es": Patient("Lucía", "Fernández", "1979-11-23", "Paracetamolqrs"),
    "zh-Hans": Patient("娜娜", "欧阳", "1992-02-17", "布洛芬片剂"),
}


def ready_for_a_kiosk(database: Database) -> dict[str, kiosk_settings.ConsentVersion]:
    """An account (for a staff sign-in) and the clinic's own consent text in every
    language (a newer version than the app's built-in one); the versions published."""
    users.create_user(
        database, None, username="admin", display_name="Ada Admin", role="admin", password=PASSWORD
    )
    return {
        language: kiosk_settings.publish_consent(database, ADMIN, language, text)
        for language, text in CONSENTS.items()
    }


def leave(window: QWidget) -> None:
    """Leave a kiosk as staff would, at a test's end: its close alone is refused, and its
    translator must come off the application before the next test."""
    if isinstance(window, KioskWindow) and window.isVisible():
        window.leave()


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def click(qtbot: QtBot, widget: QWidget, pos: QPoint | None = None) -> None:
    assert widget.isVisible(), f"{widget.objectName()} is not on screen"
    if pos is None and isinstance(widget, QCheckBox):
        pos = QPoint(24, widget.height() // 2)  # on its box, where a finger would go
    QTest.mouseClick(widget, LEFT, pos=pos or widget.rect().center())


def type_into(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Type by keys; a letter with no key of its own (í, 娜) arrives as an input method
    commits it, as a Spanish or Chinese keyboard layout would send it."""
    click(qtbot, field)
    target = field.focusProxy() or field
    if isinstance(field, QPlainTextEdit):
        target = field.viewport()
    for letter in text:
        if letter.isascii():
            QTest.keyClicks(field, letter)
        else:
            commit = QInputMethodEvent()
            commit.setCommitString(letter)
            QApplication.sendEvent(
                target if not isinstance(field, QPlainTextEdit) else field, commit
            )


def choose(combo: QComboBox, value: object) -> None:
    """Pick an item by keyboard (Down from the first), as a patient's arrow keys would."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{combo.objectName()} has no item {value!r}")


def choose_language(qtbot: QtBot, window: KioskWindow, language: str) -> KioskSession:
    click(qtbot, child(window, QAbstractButton, f"kiosk.language.{language}"))
    assert window.session is not None
    return window.session


def next_step(qtbot: QtBot, session: KioskSession) -> None:
    click(qtbot, child(session, QAbstractButton, "kiosk.next"))


def about_you(qtbot: QtBot, session: KioskSession, patient: Patient) -> None:
    type_into(qtbot, child(session, QLineEdit, "patient.first_name"), patient.first)
    type_into(qtbot, child(session, QLineEdit, "patient.last_name"), patient.last)
    type_into(qtbot, child(session, QLineEdit, "patient.date_of_birth"), patient.born)


def running(qtbot: QtBot, session: KioskSession) -> None:
    type_into(qtbot, child(session, QLineEdit, "running.weekly_distance"), "42")
    type_into(qtbot, child(session, QLineEdit, "running.previous_weekly_distance"), "30")


def symptoms(qtbot: QtBot, session: KioskSession, *, emergency: bool = False) -> None:
    choose(child(session, QComboBox, "symptoms.side"), "left")
    foot = child(session, FootMap, "symptoms.locations")
    click(qtbot, foot, foot.region_centre("heel").toPoint())
    scale = child(session, PainScale, "symptoms.pain_now")
    slider = child(scale, QSlider, "painScale.slider")
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_6)
    click(qtbot, child(session, QCheckBox, "symptoms.night_pain"))
    if emergency:
        click(qtbot, child(session, QCheckBox, "symptoms.fever"))
        click(qtbot, child(session, QCheckBox, "symptoms.feels_very_unwell"))


def history(qtbot: QtBot, session: KioskSession, patient: Patient) -> None:
    click(qtbot, child(session, QCheckBox, "history.diabetes"))
    type_into(qtbot, child(session, QPlainTextEdit, "history.medications"), patient.medicines)


def answer_the_questions(
    qtbot: QtBot, session: KioskSession, patient: Patient, *, emergency: bool = False
) -> None:
    """Answer the four question steps as `patient`, ending on the consent step."""
    about_you(qtbot, session, patient)
    next_step(qtbot, session)
    running(qtbot, session)
    next_step(qtbot, session)
    symptoms(qtbot, session, emergency=emergency)
    next_step(qtbot, session)
    history(qtbot, session, patient)
    next_step(qtbot, session)


def sign(qtbot: QtBot, session: KioskSession) -> None:
    pad = child(session, SignaturePad, "kiosk.signature")
    QTest.mousePress(pad, LEFT, pos=QPoint(40, 60))
    for x in range(60, 300, 30):
        QTest.mouseMove(pad, QPoint(x, 60 + (x % 50)))
    QTest.mouseRelease(pad, LEFT, pos=QPoint(300, 80))


def agree(qtbot: QtBot, session: KioskSession) -> None:
    box = child(session, QCheckBox, "kiosk.consent_agreed")
    qtbot.waitUntil(box.isEnabled)
    click(qtbot, box)


def send(qtbot: QtBot, session: KioskSession) -> None:
    click(qtbot, child(session, QAbstractButton, "kiosk.send"))


def problem_shown(session: KioskSession) -> str:
    label = child(session, QLabel, "kioskProblem")
    return label.text() if label.isVisible() else ""


# --- the checks -----------------------------------------------------------------------


def on_screen(window: QWidget) -> Iterator[QWidget]:
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            yield widget


CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QSlider, QSpinBox)


def undersized(window: KioskWindow) -> list[str]:
    """Every visible control under 12 mm high, and every visible text under 14 pt."""
    problems = [f"{name} has no accessible name" for name in unnamed(window)]
    for widget in on_screen(window):
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, CONTROLS) and widget.height() < window.touch:
            problems.append(f"{name} is {widget.height()} px high (< {window.touch})")
        if isinstance(widget, (*CONTROLS, QLabel)) and widget.font().pointSizeF() < MIN_POINTS:
            problems.append(f"{name} has {widget.font().pointSizeF()} pt text")
    return problems


def unnamed(window: QWidget) -> list[str]:
    """Every visible control that takes focus yet has no name for a screen reader."""
    return [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in on_screen(window)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and isinstance(widget, CONTROLS)
        and not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text())
    ]


def texts_of(window: QWidget) -> list[str]:
    """Every text any widget of the window holds, shown or not."""
    found = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        found += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            found.append(widget.toPlainText())
        elif isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(index) for index in range(widget.count())]
            found.append(widget.currentText())
        elif isinstance(widget, QSpinBox):
            found.append(widget.text())
    return found


def traces_left(window: KioskWindow, patient: Patient) -> list[str]:
    """What of `patient` any widget of the kiosk still holds (nothing, we hope)."""
    left = [
        f"text {text!r}"
        for text in texts_of(window)
        if any(trace in text for trace in patient.traces())
    ]
    for widget in window.findChildren(QWidget):
        if isinstance(widget, FootMap) and widget.locations():
            left.append(f"foot map marked {widget.locations()}")
        if isinstance(widget, SignaturePad) and not widget.is_empty():
            left.append("a signature")
        if isinstance(widget, QCheckBox) and widget.isChecked():
            left.append(f"check box {widget.objectName()} ticked")
        if isinstance(widget, PainScale) and widget.value() is not None:
            left.append(f"pain rated {widget.value()}")
    return left


def settled(qtbot: QtBot, window: KioskWindow, kind: type[QWidget]) -> None:
    """Wait until the window shows a `kind` and the pages it threw away are deleted
    (deleteLater), so a walk over its widgets sees only what is left."""

    def pages() -> list[QWidget]:
        found = window.pages.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        )
        return [page for page in found if page.objectName().startswith("kiosk")]

    def shown() -> bool:
        current = window.pages.currentWidget()
        return isinstance(current, kind) and len(pages()) == window.pages.count()

    try:
        qtbot.waitUntil(shown)
    except Exception:
        session = window.session
        raise AssertionError(
            f"pages {[type(page).__name__ for page in pages()]}; "
            f"problem {problem_shown(session) if session else None!r}"
        ) from None
