"""What a screen reader is told about a window's controls, read through Qt's own
accessibility interfaces (QAccessible), the same ones the AT-SPI bridge sends out.

A control's name there comes from an explicit accessible name, its label's buddy, its
own text, or its focus proxy's owner; reading the interface rather than the widget's
`accessibleName()` property counts all of them, as the screen reader does.
"""

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


def focusable(root: QWidget) -> Iterator[QWidget]:
    """Every control under `root` that is shown and can take the keyboard focus."""
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(root):
            yield widget


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def accessible_description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description).strip() if interface is not None else ""


def _owner_named(widget: QWidget) -> bool:
    """A spin box's (or date edit's, or editable combo box's) own line edit is not shown
    to a screen reader apart from its owner, whose name is what it says."""
    owner = widget.parentWidget()
    return isinstance(owner, (QAbstractSpinBox, QComboBox)) and bool(accessible_name(owner))


def _named(widget: QWidget) -> bool:
    """Qt's interface gives a combo box its current choice as its name when it has none
    of its own, and the AT-SPI bus says so ("Not given, combo box"): only a name that was
    given counts for one."""
    if isinstance(widget, QComboBox) and not widget.isEditable():
        return bool(widget.accessibleName().strip())
    return bool(accessible_name(widget))


def nameless(root: QWidget) -> list[str]:
    """Each focusable control under `root` a screen reader would announce without a name,
    as "Class 'objectName' in Class 'parentName'"."""
    found = []
    for widget in focusable(root):
        if _named(widget) or _owner_named(widget):
            continue
        parent = widget.parentWidget()
        where = f"{type(parent).__name__} {parent.objectName()!r}" if parent else "no parent"
        found.append(f"{type(widget).__name__} {widget.objectName()!r} in {where}")
    return found
