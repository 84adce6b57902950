"""A 0–10 pain rating that shows its number and can be left unrated.

A plain slider would start at 0 and save "no pain" for a patient nobody asked. This one
starts unrated and says so; the first touch (a key, a click or a drag) rates it, and a
rating can be cleared again. Digits 0–9 set the number directly, End gives 10.
"""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

MAX_PAIN = 10
_ACTION_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


class PainScale(QWidget):
    """`value()` is the rating, or None while unrated; `valueChanged` carries the same."""

    valueChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rated = False
        self._announced: int | None = None
        self._slider = QSlider(Qt.Orientation.Horizontal, self)
        self._slider.setObjectName("painScale.slider")
        self._slider.setRange(0, MAX_PAIN)
        self._slider.setPageStep(2)
        self._slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self._slider.setTickInterval(1)
        self._number = QLabel(self)
        self._number.setObjectName("painScale.number")
        self._number.setMinimumWidth(
            self._number.fontMetrics().horizontalAdvance(self.tr("Not rated"))
        )
        self._clear = QToolButton(self)
        self._clear.setObjectName("painScale.clear")
        self._clear.setText(self.tr("Clear"))
        self._clear.setToolTip(self.tr("Take the rating away (not asked)"))
        self._clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._number)
        layout.addWidget(QLabel("0", self))
        layout.addWidget(self._slider, 1)
        layout.addWidget(QLabel(str(MAX_PAIN), self))
        layout.addWidget(self._clear)
        self.setFocusProxy(self._slider)
        self._slider.installEventFilter(self)
        self._slider.actionTriggered.connect(self._rate)
        self._slider.sliderPressed.connect(self._rate)
        self._slider.valueChanged.connect(self._moved)
        self._clear.clicked.connect(lambda: self.setValue(None))
        self._show()

    def value(self) -> int | None:
        return self._slider.value() if self._rated else None

    def showEvent(self, event: QShowEvent) -> None:
        """Give the slider, which is what takes the focus, the scale's own name: its
        label's (the label's buddy is the scale, not the slider) or one set on the scale,
        so a screen reader says "Pain now" and not just "slider"."""
        super().showEvent(event)
        name = self.accessibleName() or next(
            (
                label.text().replace("&", "")
                for label in self.window().findChildren(QLabel)
                if label.buddy() is self
            ),
            "",
        )
        if name and self._slider.accessibleName() != name:
            self._slider.setAccessibleName(name)

    def setValue(self, value: int | None) -> None:
        if value is not None and not 0 <= value <= MAX_PAIN:
            raise ValueError(f"a pain rating is 0 to {MAX_PAIN} (got {value})")
        self._rated = value is not None
        self._slider.blockSignals(True)
        self._slider.setValue(value or 0)
        self._slider.blockSignals(False)
        self._show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._slider and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
                self.setValue(key - Qt.Key.Key_0)
                return True
            if key in _ACTION_KEYS and not self._rated:
                self._rate()  # a key that cannot move the slider further still rates it
        return super().eventFilter(watched, event)

    def _rate(self) -> None:
        self._rated = True
        self._show()

    def _moved(self, _value: int) -> None:
        self._rate()

    def _show(self) -> None:
        """Show the rating, and announce it when it differs from the last one announced."""
        value = self.value()
        self._number.setText(self.tr("Not rated") if value is None else f"{value} / {MAX_PAIN}")
        self._clear.setEnabled(value is not None)
        words = (
            self.tr("not rated")
            if value is None
            else self.tr("{value} out of {most}").format(value=value, most=MAX_PAIN)
        )
        self._slider.setAccessibleDescription(self.tr("Pain rating: {words}").format(words=words))
        if value != self._announced:
            self._announced = value
            self.valueChanged.emit(value)
