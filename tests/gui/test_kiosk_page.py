"""The admin's Kiosk page on a real database: the built-in consent text is shown per
language, a new version is published after a confirmation (an empty one is refused in
words), and the kiosk PIN is set (typed twice, the service's rule) and cleared."""

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.admin.kiosk_page import KioskPage
from clinic_app.gui.admin.merge_dialog import MergeDialog
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import kiosk_settings

W = TypeVar("W", bound=QWidget)
LEFT = Qt.MouseButton.LeftButton


def child(parent: QWidget, kind: type[W], name: str) -> W:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def shown(qtbot: QtBot, admin: Workstation, answers: list[bool]) -> tuple[KioskPage, list[str]]:
    """The page, shown and loaded; its confirmations answered from `answers` in turn."""
    asked: list[str] = []

    def confirm(_parent: QWidget, question: str) -> bool:
        asked.append(question)
        return answers.pop(0)

    page = KioskPage(admin, confirm=confirm)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy() and "Version 1" in version(page))
    return page, asked


def version(page: KioskPage) -> str:
    return child(page, QLabel, "kiosk.consentVersion").text()


def click(page: KioskPage, name: str) -> None:
    QTest.mouseClick(child(page, QPushButton, name), LEFT)


def test_each_language_shows_its_text_and_a_new_version_is_published(
    qtbot: QtBot, admin: Workstation
) -> None:
    page, asked = shown(qtbot, admin, [False, True])
    text = child(page, QPlainTextEdit, "kiosk.consentText")
    assert "front desk" in text.toPlainText()
    assert "the app's own text" in version(page)
    language = child(page, QComboBox, "kiosk.language")
    language.setCurrentIndex(language.findData("zh-Hans"))
    assert "前台" in text.toPlainText()

    text.setPlainText("   ")
    click(page, "kiosk.publish")
    assert "empty" in page.message()
    assert asked == []  # nothing to ask about

    text.setPlainText("我同意诊所保存我的回答。")
    click(page, "kiosk.publish")  # asked, and answered No
    assert "version 2" in asked[0]
    assert kiosk_settings.current_consent(admin.database, "zh-Hans").version == 1  # type: ignore[union-attr]
    click(page, "kiosk.publish")  # asked again, and answered Yes
    qtbot.waitUntil(lambda: "Version 2" in version(page) and not page.is_busy())
    assert "Version 2 of the 中文（简体） consent is published." in page.message()
    assert "published by admin on" in version(page)
    current = kiosk_settings.current_consent(admin.database, "zh-Hans")
    assert current is not None
    assert current.text == "我同意诊所保存我的回答。"
    english = kiosk_settings.current_consent(admin.database, "en")
    assert english is not None
    assert english.version == 1


def test_the_pin_is_typed_twice_follows_the_rule_and_can_be_cleared(
    qtbot: QtBot, admin: Workstation
) -> None:
    page, _asked = shown(qtbot, admin, [])
    state = child(page, QLabel, "kiosk.pinState")
    assert "No kiosk PIN" in state.text()
    pin, again = child(page, QLineEdit, "kiosk.pin"), child(page, QLineEdit, "kiosk.pinAgain")

    QTest.keyClicks(pin, "2468")
    QTest.keyClicks(again, "2469")
    click(page, "kiosk.setPin")
    assert "differ" in page.message()
    pin.setText("12a4")
    again.setText("12a4")
    click(page, "kiosk.setPin")
    assert "4 to 12 digits" in page.message()
    assert not kiosk_settings.has_kiosk_pin(admin.database)

    pin.setText("246810")
    again.setText("246810")
    click(page, "kiosk.setPin")
    qtbot.waitUntil(lambda: state.text() == "A kiosk PIN is set." and not page.is_busy())
    assert page.message() == "The kiosk PIN is set."
    assert (pin.text(), again.text()) == ("", "")  # not left on screen
    assert kiosk_settings.has_kiosk_pin(admin.database)

    click(page, "kiosk.clearPin")
    qtbot.waitUntil(lambda: "No kiosk PIN" in state.text() and not page.is_busy())
    assert not kiosk_settings.has_kiosk_pin(admin.database)


def test_the_merge_dialog_opens_from_the_page(qtbot: QtBot, admin: Workstation) -> None:
    page, _asked = shown(qtbot, admin, [])
    click(page, "kiosk.mergePatients")
    dialog = page.merge_dialog
    assert isinstance(dialog, MergeDialog)
    assert dialog.isVisible()
    dialog.close()
