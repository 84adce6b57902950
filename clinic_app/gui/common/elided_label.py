"""A one-line label that shortens its text in the middle ("…") when it has less room than
the text needs, rather than cutting it off, and keeps the whole text as its tooltip and
its name for a screen reader. For a status bar's long file paths at a large text size."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

MIN_CHARACTERS = 12


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setFullText(text)

    def fullText(self) -> str:
        return self._full

    def setFullText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        """Narrow enough to give way to its neighbours: the text is shortened instead."""
        hint = super().minimumSizeHint()
        return QSize(MIN_CHARACTERS * self.fontMetrics().averageCharWidth(), hint.height())

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(self._full) + 4, super().sizeHint().height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideMiddle, self.width()
        )
        if shown != self.text():
            self.setText(shown)
