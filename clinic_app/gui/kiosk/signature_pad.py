"""The signature pad: a patient signs with a finger (or a mouse), kept as a PNG image.

The strokes are kept as lines so the pad can redraw itself at any size; the image made
from them is what the entry keeps (patient_entries.add_entry wants PNG bytes). Touch
arrives as mouse events (Qt synthesises them), so one set of handlers serves both.
"""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#0b2545")
PAPER = QColor("#ffffff")
LINE = QColor("#8a8a8a")


class SignaturePad(QWidget):
    """`changed` fires when a stroke is added or the pad is cleared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk.signature")
        self.setAccessibleName(self.tr("Signature"))
        self.setAccessibleDescription(self.tr("Sign here with your finger."))
        self.setMinimumSize(480, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._strokes: list[QPolygonF] = []

    def is_empty(self) -> bool:
        return not any(stroke.size() > 0 for stroke in self._strokes)

    def clear(self) -> None:
        self._strokes = []
        self.update()
        self.changed.emit()

    def png(self) -> bytes:
        """The signature as a PNG image of the pad's size, dark ink on white."""
        image = QImage(self.size(), QImage.Format.Format_RGB32)
        image.fill(PAPER)
        painter = QPainter(image)
        self._draw_ink(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; PySide6 takes str
        buffer.close()
        return bytes(data.data())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._strokes.append(QPolygonF([event.position(), event.position() + QPointF(1, 1)]))
            self.update()
            self.changed.emit()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._strokes:
            self._strokes[-1].append(event.position())
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), PAPER)
        painter.setPen(QPen(LINE, 2, Qt.PenStyle.DashLine))
        baseline = self.height() - 40
        painter.drawLine(20, baseline, self.width() - 20, baseline)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        self._draw_ink(painter)
        painter.end()

    def _draw_ink(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(INK, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            painter.drawPolyline(stroke)
