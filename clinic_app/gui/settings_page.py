"""The clinic's settings (placeholder: issue 6 builds it)."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clinic_app.gui.workstation import Workstation


class SettingsPage(QWidget):
    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.workstation = workstation
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("The clinic's settings: coming soon."))
