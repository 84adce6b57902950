"""Tab order against reading order (accessibility.md, Keyboard): what the Tab key visits in a
shown window, by real key presses, compared with the order a sighted person reads the same
controls in.

The reading order is worked out over the widget tree, not over a flat list of positions:
a panel (a group box, one side of a splitter, a card) is read whole before the panel beside
it, as the eye reads a column of fields before moving to the next column. Inside one
parent, controls are read in rows, top to bottom, and left to right along a row; a control
joins a row when it sits mostly within the band of the row's first control (so a label's
field and the field beside it share a row even when their heights differ, and a tall list
with fields at its side reads the list, then the fields down their column). A form
layout's label and field are one row; its fields read row by row.

Geometry is compared between siblings in their parent's coordinates, which is the mapped
global geometry without the scroll offset: a scroll area that Tab scrolls does not move
its controls relative to one another.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

ROW_SHARE = 0.5
"""How much of a control's height must lie in a row's band for it to join the row."""


@dataclass(frozen=True)
class TabWalk:
    """What pressing Tab round a window found."""

    visited: list[QWidget]
    """The controls in the order Tab reached them, from the first focus widget, once each."""
    stuck_at: QWidget | None
    """A control Tab could not leave (a keyboard trap), else None."""


def owner(widget: QWidget) -> QWidget:
    """The control a focus widget belongs to: a spin box's or an editable combo box's own
    line edit counts as that box (focus proxies point the same way)."""
    current = widget
    while True:
        parent = current.parentWidget()
        if parent is None:
            return current
        if parent.focusProxy() is current or isinstance(parent, (QAbstractSpinBox, QComboBox)):
            current = parent
            continue
        return current


def describe(widget: QWidget) -> str:
    """A widget in words for a failure message: its object name and accessible name."""
    from gui.accessible import accessible_name

    name = widget.objectName() or "(no object name)"
    spoken = accessible_name(widget)
    return f"{type(widget).__name__} {name!r}" + (f" [{spoken}]" if spoken else "")


def _focus() -> QWidget | None:
    widget = QApplication.focusWidget()
    return owner(widget) if widget is not None else None


def walk_tabs(window: QWidget, *, limit: int = 400, presses_per_control: int = 60) -> TabWalk:
    """Press Tab (a real key event to the focus widget) from the window's first focus
    widget until the focus comes back to it; the controls met, once each, in order.

    A control that keeps the focus through Tab (a table's cells, one after another) is
    given up to `presses_per_control` presses before it counts as a trap."""
    start = _focus()
    assert (start is not None and window.isAncestorOf(start)) or start is window, (
        f"the focus is not in the window before Tab is pressed (it is on {start})"
    )
    assert start is not None
    visited = [start]
    same = 0
    for _ in range(limit):
        focus_widget = QApplication.focusWidget()
        assert focus_widget is not None, "the focus left every widget"
        QTest.keyClick(focus_widget, Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = _focus()
        assert now is not None, "Tab took the focus away from every widget"
        if now is start:
            return TabWalk(visited, None)
        if now is visited[-1]:
            same += 1
            if same >= presses_per_control:
                return TabWalk(visited, now)
            continue
        same = 0
        if now in visited:  # a loop that never comes back to the start
            return TabWalk(visited, now)
        visited.append(now)
    return TabWalk(visited, visited[-1])


def _chain(window: QWidget, widget: QWidget) -> list[QWidget]:
    """`widget` and its ancestors below `window`, outermost first."""
    chain = []
    current: QWidget | None = widget
    while current is not None and current is not window:
        chain.append(current)
        current = current.parentWidget()
    return list(reversed(chain))


def _rows(rects: Sequence[tuple[QRect, int]]) -> list[int]:
    """Indexes of `rects` in reading order: rows top to bottom, each left to right."""
    pending = sorted(rects, key=lambda item: (item[0].top(), item[0].left()))
    ordered: list[int] = []
    while pending:
        first = pending[0][0]
        row = []
        rest = []
        for rect, index in pending:
            overlap = min(rect.bottom(), first.bottom()) - max(rect.top(), first.top()) + 1
            if overlap >= ROW_SHARE * min(rect.height(), first.height()):
                row.append((rect, index))
            else:
                rest.append((rect, index))
        row.sort(key=lambda item: (item[0].left(), item[0].top()))
        ordered.extend(index for _rect, index in row)
        pending = rest
    return ordered


def reading_order(window: QWidget, widgets: Iterable[QWidget]) -> list[QWidget]:
    """`widgets` in the order they are read on screen (see the module's docstring)."""
    items = [(_chain(window, widget), widget) for widget in widgets]
    return _read(items)


def _read(items: list[tuple[list[QWidget], QWidget]]) -> list[QWidget]:
    groups: dict[int, list[tuple[list[QWidget], QWidget]]] = {}
    heads: dict[int, QWidget] = {}
    for chain, widget in items:
        head = chain[0]
        groups.setdefault(id(head), []).append((chain, widget))
        heads[id(head)] = head
    keys = list(groups)
    rects = [(heads[key].geometry(), position) for position, key in enumerate(keys)]
    ordered: list[QWidget] = []
    for position in _rows(rects):
        members = groups[keys[position]]
        ordered.extend(widget for chain, widget in members if len(chain) == 1)
        inner = [(chain[1:], widget) for chain, widget in members if len(chain) > 1]
        if inner:
            ordered.extend(_read(inner))
    return ordered


def _common(one: Sequence[QWidget], other: Sequence[QWidget]) -> set[int]:
    """Positions in `one` of a longest run of controls both visit in the same order."""
    lengths = [[0] * (len(other) + 1) for _ in range(len(one) + 1)]
    for i in range(len(one) - 1, -1, -1):
        for j in range(len(other) - 1, -1, -1):
            if one[i] is other[j]:
                lengths[i][j] = lengths[i + 1][j + 1] + 1
            else:
                lengths[i][j] = max(lengths[i + 1][j], lengths[i][j + 1])
    kept, i, j = set(), 0, 0
    while i < len(one) and j < len(other):
        if one[i] is other[j]:
            kept.add(i)
            i, j = i + 1, j + 1
        elif lengths[i + 1][j] >= lengths[i][j + 1]:
            i += 1
        else:
            j += 1
    return kept


def tab_stops(window: QWidget) -> list[QWidget]:
    """Every control of `window` that Tab should reach: shown, enabled, taking the focus
    by Tab, and not handing it on to a proxy (the proxy is the stop)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if not widget.isWindow() and widget.window() is not window.window():
            continue
        found.append(owner(widget))
    return list(dict.fromkeys(found))


def tab_order_problems(window: QWidget) -> list[str]:
    """What is wrong with `window`'s tab order, in words (an empty list when nothing is):
    a trap, controls Tab visits out of their reading order, and controls it never
    reaches."""
    walk = walk_tabs(window)
    problems = []
    if walk.stuck_at is not None:
        problems.append(f"Tab is stuck at {describe(walk.stuck_at)}")
    visited = walk.visited
    read = reading_order(window, visited)
    first = visited.index(read[0])
    tabbed = visited[first:] + visited[:first]  # a cycle, started where reading starts
    kept = _common(tabbed, read)
    for position, widget in enumerate(tabbed):
        if position not in kept:
            after = tabbed[position - 1] if position else None
            where = f"after {describe(after)}" if after is not None else "first"
            expected = read.index(widget)
            before = describe(read[expected - 1]) if expected else "nothing"
            problems.append(
                f"out of order: {describe(widget)} comes {where}; read, it follows {before}"
            )
    unreached = [widget for widget in tab_stops(window) if widget not in visited]
    problems.extend(f"never reached by Tab: {describe(widget)}" for widget in unreached)
    return problems
