"""Driving the app as the desk does: keys sent to whatever has the focus.

A test that sends keys straight to a widget would pass even if the desk could never
reach that widget by keyboard; these send them to the focus widget, so focus order
and shortcuts are part of what is tested.
"""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from pytestqt.qtbot import QtBot

PASSWORD = "correct horse battery"  # every test account's

Key = Qt.Key
Mod = Qt.KeyboardModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def focused_name() -> str:
    """The focus widget's field name, or that of the field it belongs to."""
    widget: QWidget | None = focused()
    while widget is not None:
        if "." in widget.objectName() and not widget.objectName().startswith("painScale"):
            return widget.objectName()
        widget = widget.parentWidget()
    return ""


def press(key: Key, modifier: Mod = Mod.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def tab_to(qtbot: QtBot, name: str, *, limit: int = 80) -> None:
    """Press Tab until the field `name` has the focus (fails if it never does)."""
    for _ in range(limit):
        if focused_name() == name or focused().objectName() == name:
            return
        press(Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name} (stuck at {focused_name()!r})")


def wait_focus(qtbot: QtBot, name: str) -> None:
    try:
        qtbot.waitUntil(lambda: focused_name() == name or focused().objectName() == name)
    except WaitTimedOut:
        raise AssertionError(f"the focus never reached {name}; it is on {where_focus()}") from None


def where_focus() -> str:
    """The focus widget, in words for a failure message."""
    widget = QApplication.focusWidget()
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__} {widget.objectName()!r} (field {focused_name()!r})"


def find(root: QWidget, name: str) -> QWidget:
    found = root.findChild(QWidget, name)
    assert found is not None, f"no widget named {name}"
    return found
