"""The main window as it stands before the front-desk issue: name, version, icon."""

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from clinic_app import APP_NAME, __version__
from clinic_app.gui.main_window import MainWindow


def test_main_window_names_the_product_and_version(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == APP_NAME
    assert window.objectName() == "mainWindow"
    assert not window.windowIcon().isNull()
    label = window.findChild(QLabel, "welcomeLabel")
    assert label is not None
    assert __version__ in label.text()
