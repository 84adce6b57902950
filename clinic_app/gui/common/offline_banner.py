"""The banner that says, in words, when the clinic's database stops answering.

It says what happened and what still works (typing goes on and is kept on this
computer), and goes as soon as the database answers again. It names no patient, so it
may stay on screen while the window is locked.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from clinic_app.gui.common.database_health import DatabaseHealth
from clinic_app.gui.common.style import restyle
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP

OFFLINE = QT_TRANSLATE_NOOP(
    "OfflineBanner",
    "The clinic's database is not answering. You can go on typing: the intake is kept on "
    "this computer and saved as soon as the database answers again. Finding patients, "
    "the review queue and submitting wait until then.",
)


class OfflineBanner(QLabel):
    """Hidden while the database answers; the words above (and why) while it does not."""

    def __init__(self, health: DatabaseHealth, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Database not answering"))
        restyle(self, "role", "blocked")
        self._health = health
        health.changed.connect(self._show)
        self._show(health.reachable)

    def _show(self, reachable: bool) -> None:
        if reachable:
            self.hide()
            return
        self.setText(self.tr(OFFLINE))
        self.setToolTip(self._health.problem)
        self.setAccessibleDescription(f"{self.tr(OFFLINE)} {self._health.problem}")
        self.show()
