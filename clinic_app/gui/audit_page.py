"""The audit trail (placeholder: issue 6 builds it)."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clinic_app.gui.workstation import Workstation


class AuditPage(QWidget):
    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.workstation = workstation
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("The audit trail: coming soon."))
