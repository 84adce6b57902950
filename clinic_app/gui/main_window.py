"""The main window. For now it names the product; the front-desk issue fills it."""

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from clinic_app import APP_NAME, __version__
from clinic_app.paths import resources_dir


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "clinic-intake.svg")))
        welcome = QLabel(f"<h1>{APP_NAME}</h1><p>Version {__version__}</p>", self)
        welcome.setObjectName("welcomeLabel")
        self.setCentralWidget(welcome)
        self.resize(900, 600)
