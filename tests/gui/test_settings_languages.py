"""The Clinic settings page's languages: the default for patients' sheets and the language
of letters for clinicians, saved on the background runner like the other settings, and the
line naming the languages no clinician has reviewed yet."""

import pytest
from language_files import every_language_printable
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from clinic_app import languages
from clinic_app.gui.admin.settings_page import SettingsPage
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import clinic_settings
from gui.driving import Key, focused, press


@pytest.fixture
def page(qtbot: QtBot, admin: Workstation) -> SettingsPage:
    page = SettingsPage(admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.is_busy())
    return page


def combo(page: SettingsPage, setting: str) -> QComboBox:
    found = page.findChild(QComboBox, f"settings.{setting}")
    assert found is not None, f"no combo for {setting}"
    return found


def unreviewed_line(page: SettingsPage) -> str:
    found = page.findChild(QLabel, "settings.unreviewed")
    assert found is not None
    return found.text()


def test_both_languages_are_offered_by_their_own_names_at_english_first(
    page: SettingsPage,
) -> None:
    for setting in ("default_patient_language", "letter_language"):
        box = combo(page, setting)
        assert [box.itemText(i) for i in range(box.count())] == [
            "English",
            "Español",
            "中文（简体）",
        ]
        assert box.currentData() == "en"


def test_chosen_by_keyboard_and_saved_every_workstation_reads_them(
    qtbot: QtBot, page: SettingsPage, admin: Workstation
) -> None:
    patient = combo(page, "default_patient_language")
    # The mnemonic of its label takes the keyboard there; arrows choose.
    QTest.keyClick(page, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: focused() is patient)
    press(Key.Key_Down)
    press(Key.Key_Tab)
    assert focused() is combo(page, "letter_language")
    press(Key.Key_Down)
    press(Key.Key_Down)
    assert page.has_unsaved_changes()

    save = page.findChild(QPushButton, "settings.save")
    assert save is not None
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy())

    read = clinic_settings.load(admin.database)
    assert (read.default_patient_language, read.letter_language) == ("es", "zh-Hans")
    assert not page.has_unsaved_changes()
    fresh = SettingsPage(admin)
    qtbot.addWidget(fresh)
    fresh.show()
    qtbot.waitUntil(lambda: not fresh.is_busy())
    assert combo(fresh, "default_patient_language").currentText() == "Español"
    assert combo(fresh, "letter_language").currentText() == "中文（简体）"


def reviewed_by(request: pytest.FixtureRequest, reviewers: dict[str, str]) -> None:
    """Language files whose `[meta] reviewed_by` is as given (only [meta] is read here)."""
    handouts = every_language_printable(request, copy=True) / "handouts"
    for tag, reviewer in reviewers.items():
        (handouts / f"{tag}.toml").unlink()  # a link to the real file, or a stand-in
        (handouts / f"{tag}.toml").write_text(f'[meta]\nreviewed_by = "{reviewer}"\n', "utf-8")


def test_the_languages_nobody_has_reviewed_are_named(
    qtbot: QtBot, admin: Workstation, request: pytest.FixtureRequest
) -> None:
    reviewed_by(request, {"en": "", "es": "Dr Ana Ruiz, physiotherapist", "zh-Hans": ""})
    page = SettingsPage(admin)
    qtbot.addWidget(page)
    assert unreviewed_line(page) == "Not yet reviewed by a clinician: English, 中文（简体）"


def test_once_every_language_is_reviewed_the_line_says_so(
    qtbot: QtBot, admin: Workstation, request: pytest.FixtureRequest
) -> None:
    reviewed_by(request, dict.fromkeys(languages.KNOWN_LANGUAGES, "Dr Lee"))
    page = SettingsPage(admin)
    qtbot.addWidget(page)
    assert unreviewed_line(page) == "A clinician has reviewed the patient text in every language."
