"""The staff windows in Spanish and in Simplified Chinese (languages.md).

The catalogues are compiled from the committed .ts into a folder of this module's own
(so the test needs no `make ui`), installed as a sign-in installs them, and taken off
after each test so every other test stays English. A window is then built and its
visible words read back: a text still equal to its English source, where the catalogue
gives another, is an untranslated string; a text wider than its widget is clipped.
"""

import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.intake_fields import FIELDS, Kind
from clinic_app.gui.common.translations import StaffLanguage
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.session.first_run import FirstRunDialog
from clinic_app.gui.session.language_dialog import LanguageDialog
from clinic_app.gui.session.sign_in import SignInDialog
from clinic_app.languages import CHINESE, SPANISH
from clinic_app.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "ui"))
import translations as catalogue_tools  # noqa: E402  (ui/translations.py)

LANGUAGES = (SPANISH, CHINESE)
STEMS = {SPANISH: "clinic_es", CHINESE: "clinic_zh_Hans"}
STANDARD = {SPANISH: ("Aceptar", "Cancelar"), CHINESE: ("确定", "取消")}


def plain(text: str) -> str:
    """A text as drawn: no & of an accelerator, no Chinese-style "(&X)" after it."""
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789":
        text = text.replace(f"(&{letter})", "")
    return text.replace("&", "").strip()


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    catalogue_tools.release(catalogue_tools.TRANSLATIONS, output=folder)
    return folder


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication, compiled: Path) -> Iterator[str]:
    """The windows of this test speak `language`; English again after it."""
    tag: str = request.param
    speaking = StaffLanguage(qapp, compiled)
    assert speaking.use(tag) == tag
    assert len(speaking.catalogues()) == 2, speaking.catalogues()  # ours and Qt's qtbase
    yield tag
    speaking.remove()
    assert QApplication.translate("MainWindow", "&Patients") == "&Patients"


def untranslated(language: str) -> dict[str, str]:
    """English source → its translation, for each message whose translation differs."""
    found = {}
    path = catalogue_tools.TRANSLATIONS / f"{STEMS[language]}.ts"
    for message in ElementTree.parse(path).getroot().iter("message"):
        source = plain(message.findtext("source") or "")
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        text = plain(forms[0].text or "") if forms else plain(translation.text or "")
        if text != source:
            found[source] = text
    return found


def texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every label, button, tick box and group box title under `root`."""
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((f"{type(widget).__name__} {widget.objectName()}", widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((f"QGroupBox {widget.objectName()}", widget.title()))
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                found.append((f"tab of {widget.objectName()}", widget.tabText(index)))
    return found


def still_english(language: str, shown: list[tuple[str, str]]) -> list[str]:
    english = untranslated(language)
    return [f"{where}: {text!r}" for where, text in shown if plain(text) in english]


def clipped(root: QWidget) -> list[str]:
    """Labels, buttons and tick boxes on screen whose text is wider than they are."""
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QComboBox) and widget.isVisible():
            # The chosen words fit the box's text field (the style says where it is).
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if field.width() < needed:
                found.append(
                    f"QComboBox {widget.objectName()} {widget.currentText()!r}: "
                    f"{field.width()} wide, needs {needed}"
                )
            continue
        if not widget.isVisible() or not isinstance(widget, (QLabel, QPushButton, QCheckBox)):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue  # a wrapped label grows downwards; an empty one shows nothing
        if widget.width() < widget.sizeHint().width():
            found.append(
                f"{type(widget).__name__} {widget.objectName()} {widget.text()!r}: "
                f"{widget.width()} wide, needs {widget.sizeHint().width()}"
            )
    return found


def settle() -> None:
    """Let the layouts take in the texts just set (they resize from posted events)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def admin_window(qtbot: QtBot, admin: Workstation) -> MainWindow:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_main_window_speaks_the_language(
    qtbot: QtBot, admin: Workstation, language: str
) -> None:
    window = admin_window(qtbot, admin)
    shown = [("tab of mainTabs", window.tabs.tabText(i)) for i in range(window.tabs.count())]
    for menu in window.menuBar().actions():
        shown.append(("menu", menu.text()))
        items = menu.menu()
        assert isinstance(items, QMenu)
        shown.extend(("menu item", action.text()) for action in items.actions())
    shown.extend(texts(window.statusBar()))
    # The Designer forms' labels and tick boxes (the intake steps), by their names.
    for widget in window.form.findChildren(QWidget):
        name = widget.objectName()
        if isinstance(widget, QLabel) and name.startswith("label_"):
            shown.append((name, widget.text()))
        if isinstance(widget, QCheckBox) and FIELDS.get(name) is Kind.FLAG:
            shown.append((name, widget.text()))
    assert window.settings is not None
    window.tabs.setCurrentWidget(window.settings)
    for index in range(window.settings.count()):
        window.settings.setCurrentIndex(index)
        page = window.settings.currentWidget()
        qtbot.waitUntil(lambda page=page: not page.is_busy())  # type: ignore[misc]
        shown.extend(texts(page))
        shown.append(("settings tab", window.settings.tabText(index)))
    assert len(shown) > 120
    assert still_english(language, shown) == []
    english = "Signed in as Ada Admin (administrator)"
    status = window.findChild(QLabel, "status.user")
    assert status is not None
    assert status.text() != english


def test_the_sign_in_first_run_and_language_windows_speak_it_with_qts_own_buttons(
    qtbot: QtBot, database: Database, admin: Workstation, language: str
) -> None:
    sign_in = SignInDialog(database)
    first_run = FirstRunDialog(database)
    chooser = LanguageDialog(admin.account.username)
    for dialog in (sign_in, first_run, chooser):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert still_english(language, [("title", dialog.windowTitle()), *texts(dialog)]) == []
        assert clipped(dialog) == []
    ok, cancel = STANDARD[language]
    buttons = chooser.findChild(QDialogButtonBox)
    assert buttons is not None
    assert plain(buttons.button(QDialogButtonBox.StandardButton.Ok).text()) == ok
    assert plain(buttons.button(QDialogButtonBox.StandardButton.Cancel).text()) == cancel
    assert plain(sign_in.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()) == (
        cancel
    )


def test_no_text_of_the_admin_pages_or_the_lock_screen_is_clipped(
    qtbot: QtBot, admin: Workstation, language: str
) -> None:
    window = admin_window(qtbot, admin)
    assert window.settings is not None
    window.tabs.setCurrentWidget(window.settings)
    problems = []
    for index in range(window.settings.count()):
        window.settings.setCurrentIndex(index)
        page = window.settings.currentWidget()
        qtbot.waitUntil(lambda page=page: not page.is_busy())  # type: ignore[misc]
        settle()
        problems += clipped(page)
    window.lock()
    settle()
    problems += clipped(window.session.pages)
    problems += clipped(window.statusBar())
    assert problems == []


def test_the_checks_catch_an_english_window_and_a_clipped_button(
    qtbot: QtBot, admin: Workstation
) -> None:
    """No translator installed: the same checks must find English and a cut-off text."""
    window = admin_window(qtbot, admin)
    english = still_english(SPANISH, texts(window))
    assert len(english) > 20, english
    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton("A button far too narrow for its words", holder)
    button.setFixedWidth(40)
    holder.show()
    qtbot.waitExposed(holder)
    assert len(clipped(holder)) == 1
