"""Tab order in reading order (accessibility.md, Keyboard), for windows whose controls are
not created in the order they are read.

Qt's Tab goes through a window's controls in the order they were made; a window that
builds its side panel or its buttons before the fields they sit beside would take the
keyboard somewhere the eye does not go. tests/gui/test_tab_order.py holds every window to
its reading order.
"""

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


def tab_stops_in(widget: QWidget) -> list[QWidget]:
    """`widget` if Tab stops on it, then each control inside it that Tab stops on, in the
    order Tab visits them now (hidden ones too: a page not shown yet keeps its place).
    A spin box's or combo box's own line edit is the box's, not a stop of its own."""
    stops = [widget] if _stops(widget) else []
    current: QWidget | None = widget.nextInFocusChain()
    while current is not None and current is not widget:
        inner = isinstance(current.parentWidget(), (QAbstractSpinBox, QComboBox))
        if widget.isAncestorOf(current) and _stops(current) and not inner:
            stops.append(current)
        current = current.nextInFocusChain()
    return stops


def tab_in_order(owner: QWidget, *widgets: QWidget) -> None:
    """Inside `owner`, Tab goes through `widgets` in the order given, from the first. A
    container (a stacked widget, a panel) stands for every control inside it, which keep
    their own order among themselves (Qt's setTabOrder moves single controls only).

    `owner` leads the chain: Qt keeps a window's controls in one ring and, when `owner`
    is later put inside another window, takes its part of the ring from `owner` on, so
    the first of `widgets` must follow `owner` itself. Qt links only controls that take
    the focus, so `owner` takes it for as long as the links are made."""
    stops = [stop for widget in widgets for stop in tab_stops_in(widget)]
    handing_on = [w.objectName() for w in widgets for w in _handing_on(w)]
    if handing_on:
        raise ValueError(f"Tab reaches {handing_on} through a proxy: order the controls around it")
    policy = owner.focusPolicy()
    owner.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    try:
        for before, after in pairwise([owner, *stops]):
            QWidget.setTabOrder(before, after)
    finally:
        owner.setFocusPolicy(policy)


def _handing_on(widget: QWidget) -> list[QWidget]:
    """`widget` and the controls in it that take the focus and hand it to a proxy (a tab
    widget to its bar): Qt keeps such a control in the ring apart from its proxy, and
    moving the proxy alone would leave the control behind, closing a ring of its own."""
    found = [widget, *widget.findChildren(QWidget)]
    return [
        w
        for w in found
        if w.focusProxy() is not None
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))
        and not isinstance(w, (QAbstractSpinBox, QComboBox))
    ]


def _stops(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None
