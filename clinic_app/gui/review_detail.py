"""The intake under review (placeholder: issue 6 builds it)."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clinic_app.gui.workstation import Workstation


class ReviewDetail(QWidget):
    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review.detail")
        self.workstation = workstation
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("The intake under review: coming soon."))
