"""The app's look: Fusion (the same on every platform), the icon and the style sheet."""

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from clinic_app.paths import resources_dir


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "clinic-intake.svg")))
    sheet = resources_dir() / "style" / "clinic.qss"
    app.setStyleSheet(sheet.read_text(encoding="utf-8"))
