"""Dialogs tall enough for their wrapped text at every text size (accessibility.md, Text
size): a word-wrapped label needs more lines, so more height, the narrower its dialog and
the larger the text.

A dialog sized from its size hint while it is built is sized before its style sheet's
text size is applied (that happens when it is first shown), and the hint is worked out
at the hint's own width, not the dialog's: at 200 % its wrapped text would be cut off.
`keep_text_whole` grows the dialog when it is shown and whenever its text size changes.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


def fit_height(dialog: QWidget) -> None:
    """Grow `dialog` to show every message whole (wrapped lines included); never shrink
    it below what someone made it."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(dialog.width())
    else:
        needed = layout.totalSizeHint().height()
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


class _HeightKeeper(QObject):
    _WHEN = (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._WHEN and isinstance(watched, QWidget):
            fit_height(watched)
        return False


def keep_text_whole(dialog: QWidget) -> None:
    """Fit `dialog`'s height to its text when it is shown and when its text size or
    style changes (a text size chosen while it is open)."""
    dialog.installEventFilter(_HeightKeeper(dialog))
