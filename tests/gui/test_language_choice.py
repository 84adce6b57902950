"""Which language the staff windows speak: a user's choice on this workstation, else the
system locale, else English; the sign-in window follows the newest choice made here.

The choices live in a private file in the config folder (0600 in a 0700 folder), which
this test's own CLINIC_INTAKE_HOME holds (tests/conftest.py).
"""

import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from clinic_app import paths
from clinic_app.gui.common import translations
from clinic_app.gui.common.language_choice import (
    LanguageChoices,
    choices_file,
    load_choices,
    save_choices,
)
from clinic_app.gui.common.translations import StaffLanguage, language_for, system_language
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.session.language_dialog import LanguageDialog

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "ui"))
import translations as catalogue_tools  # noqa: E402  (ui/translations.py)


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("es_ES", "es"),
        ("es_MX", "es"),
        ("es_AR", "es"),
        ("zh_CN", "zh-Hans"),
        ("zh_SG", "zh-Hans"),
        ("zh_TW", "en"),  # traditional Chinese: no windows in it yet
        ("zh_HK", "en"),
        ("de_DE", "en"),
        ("en_US", "en"),
    ],
)
def test_the_system_locale_chooses_a_language_we_have(locale: str, language: str) -> None:
    assert system_language(QLocale(locale)) == language


def test_a_users_choice_wins_and_sign_in_follows_the_newest_choice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(translations, "system_language", lambda: "en")
    choices = LanguageChoices()
    assert language_for(choices, None) == "en"
    choices.choose("bea", "zh-Hans")
    choices.choose("carl", "es")
    assert language_for(choices, "bea") == "zh-Hans"
    assert language_for(choices, "carl") == "es"
    assert language_for(choices, "dana") == "en"  # no choice: the system's
    assert language_for(choices, None) == "es"  # sign-in: the newest choice here
    choices.choose("carl", None)  # back to "System default"
    assert language_for(choices, "carl") == "en"
    assert language_for(choices, None) == "en"
    with pytest.raises(ValueError, match="unknown window language 'fr'"):
        choices.choose("carl", "fr")


def test_the_choices_file_is_private_and_survives_a_restart() -> None:
    choices = LanguageChoices()
    choices.choose("bea", "es")
    save_choices(choices)
    path = choices_file()
    assert path.parent == paths.config_dir()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_choices() == choices
    assert "bea" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"by_user": {"bea": "klingon"}, "last": "fr"}'],
)
def test_a_damaged_file_reads_as_nothing_chosen(
    content: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = choices_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    assert load_choices() == LanguageChoices()


def test_the_chooser_saves_the_choice_for_this_user_and_says_when_it_applies(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    window = MainWindow(front_desk)
    qtbot.addWidget(window)
    window.show()
    action = next(
        action
        for action in window.findChildren(type(window.actions()[0]))
        if action.objectName() == "action.language"
    )
    assert action.text() == "Window lan&guage…"
    action.trigger()
    dialog = window.findChild(LanguageDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    note = dialog.findChild(QLabel, "language.note")
    assert note is not None
    assert "next time you sign in" in note.text()
    choice = dialog.findChild(QComboBox, "language.choice")
    assert choice is not None
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "System default",
        "English",
        "Español",
        "中文（简体）",
    ]
    choice.setCurrentIndex(choice.findData("zh-Hans"))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert load_choices().of("desk") == "zh-Hans"
    assert load_choices().last == "zh-Hans"
    # Opened again, it shows the choice on file.
    again = LanguageDialog("desk")
    qtbot.addWidget(again)
    shown = again.findChild(QComboBox, "language.choice")
    assert shown is not None
    assert shown.currentData() == "zh-Hans"


def test_a_choice_that_cannot_be_saved_is_said_and_the_dialog_stays(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = paths.config_dir()
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    said: list[str] = []
    monkeypatch.setattr(
        "clinic_app.gui.session.language_dialog.QMessageBox.warning",
        lambda _parent, _title, text: said.append(text),
    )
    dialog = LanguageDialog("desk")
    qtbot.addWidget(dialog)
    dialog.show()
    choice = dialog.findChild(QComboBox, "language.choice")
    assert choice is not None
    choice.setCurrentIndex(2)
    dialog.accept()
    assert dialog.isVisible()
    assert len(said) == 1
    assert "could not be saved" in said[0]


def test_switching_languages_installs_and_removes_the_translators(
    qapp: QApplication, tmp_path: Path
) -> None:
    catalogue_tools.release(catalogue_tools.TRANSLATIONS, output=tmp_path)
    speaking = StaffLanguage(qapp, tmp_path)
    try:
        speaking.use("es")
        assert QApplication.translate("MainWindow", "&Patients") == "&Pacientes"
        speaking.use("zh-Hans")
        assert QApplication.translate("MainWindow", "&Patients") == "患者(&P)"
        assert sorted(speaking.catalogues()) == ["clinic_zh_Hans.qm", "qtbase_zh_CN.qm"]
        speaking.register_font()
        assert "Droid Sans Fallback" in QApplication.font().families()
    finally:
        speaking.remove()
    assert QApplication.translate("MainWindow", "&Patients") == "&Patients"
    assert speaking.catalogues() == []


def test_a_missing_catalogue_leaves_the_windows_english(
    qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    speaking = StaffLanguage(qapp, tmp_path)  # an empty folder: no .qm of ours
    try:
        speaking.use("es")
        assert QApplication.translate("MainWindow", "&Patients") == "&Patients"
        assert "no window catalogue for es" in caplog.text
    finally:
        speaking.remove()


def test_the_desk_signs_in_in_the_last_language_and_opens_the_users_own(
    qtbot: QtBot, qapp: QApplication, front_desk: Workstation, tmp_path: Path
) -> None:
    """Sign-in follows the newest choice here (Chinese, made by the admin); the front
    desk's own window follows theirs (Spanish), chosen in an earlier session."""
    from clinic_app.gui.common.lazy_database import LazyDatabase
    from clinic_app.gui.desk import Desk
    from clinic_app.gui.session.sign_in import SignInDialog
    from gui.driving import PASSWORD

    choices = LanguageChoices()
    choices.choose("desk", "es")
    choices.choose("admin", "zh-Hans")
    save_choices(choices)
    catalogue_tools.release(catalogue_tools.TRANSLATIONS, output=tmp_path)
    speaking = StaffLanguage(qapp, tmp_path)
    try:
        desk = Desk(qapp, LazyDatabase.of(front_desk.database), speaking)
        desk.start(has_users=True)
        sign_in = desk.window
        assert isinstance(sign_in, SignInDialog)
        qtbot.addWidget(sign_in)
        assert sign_in.windowTitle().startswith("登录")
        sign_in.username().setText("desk")
        sign_in.password().setText(PASSWORD)
        sign_in.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: isinstance(desk.window, MainWindow))
        window = desk.window
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        assert window.tabs.tabText(window.tabs.indexOf(window.patients)) == "&Pacientes"
        assert speaking.language == "es"
        window.close()
    finally:
        speaking.remove()
