"""The app's look: Fusion (the same on every platform), the icon and the style sheet."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from clinic_app.paths import resources_dir


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "clinic-intake.svg")))
    sheet = resources_dir() / "style" / "clinic.qss"
    app.setStyleSheet(sheet.read_text(encoding="utf-8"))


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on (`invalid`, `role`, `urgency`).

    Qt applies a style sheet's property selectors only when a widget is polished, so a
    changed value needs a re-polish; an unchanged one, or a widget not polished yet (it
    will be when first shown), does not, and skipping it keeps updates cheap.
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
