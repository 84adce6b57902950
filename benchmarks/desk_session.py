"""A scripted desk session in the app's real main window, timed by a 5 ms timer's ticks.

`gui_stall` measures with it (benchmarks/gui_stall.py). The session, by keyboard as the
desk works (keys go to whatever has the focus, a brisk typist's pause after each): find a
patient on the Patients page by the start of a surname, start an intake for them, type
its running load and symptoms, submit it, open the Review queue with the same name in its
filter, and open the first intake it shows. Every step waits, with the event loop
running, for what the window shows once the database has answered (the rows found, the
result page, the filtered queue, the intake in the detail pane), never for a set time.

While the session runs, a `QTimer` of 5 ms on the GUI thread notes when each tick comes;
the longest gap between two ticks is how long the GUI thread was kept from drawing and
reacting. The window is built and settled before the timer starts, and closed after it
stops: those are the same in every run and not part of the desk's work.

Qt is imported here at the top: only `gui_stall` imports this module, and only when it runs.
"""

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import clinic_app.gui  # noqa: F401  (its PySide6 guard comes before any Qt use)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    Qt,
    QThreadPool,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.main_window import MainWindow

TICK_MS = 5
KEY_MS = 40
"""The pause after each key: about 25 keys a second, a quick typist."""
WAIT_SECONDS = 60.0
"""How long a step may wait for the database's answer before the run gives up."""

Key = Qt.Key
Mod = Qt.KeyboardModifier
_application: list[QApplication] = []
_ticks: list["_Ticks"] = []  # one timer for the run, made once there is an application


OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"
"""What the offscreen platform says on every window it shows (pyproject.toml ignores it in
the tests too): not a fault, and a run's report is easier to read without it."""


@contextmanager
def _without_offscreen_noise() -> Iterator[None]:
    """Qt's messages go where they went (a test's handler, else standard error), but for
    OFFSCREEN_NOISE."""
    previous: list[Callable[[QtMsgType, QMessageLogContext, str], None] | None] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message == OFFSCREEN_NOISE:
            return
        if previous and previous[0] is not None:
            previous[0](kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous.append(qInstallMessageHandler(handler))
    try:
        yield
    finally:
        qInstallMessageHandler(previous[0])


def application() -> QApplication:
    """The run's QApplication (made once, kept for the rest of the run)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    _application.append(QApplication([]))
    return _application[0]


@dataclass(frozen=True)
class Stall:
    """A session's longest gap between ticks, and the step of the script it ended in."""

    seconds: float
    step: str


class _Ticks:
    """The moments a 5 ms timer on the GUI thread fired, and the longest gap between them."""

    def __init__(self) -> None:
        self.step = ""
        self._last = 0.0
        self._longest = Stall(0.0, "")
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.step = "the start"
        self._longest = Stall(0.0, "")
        self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        if now - self._last > self._longest.seconds:
            self._longest = Stall(now - self._last, self.step)
        self._last = now

    def stop(self) -> Stall:
        """Stop; the longest gap (the last one, up to now, included)."""
        self._timer.stop()
        self._tick()
        return self._longest


def _pause(milliseconds: int) -> None:
    QTest.qWait(milliseconds)  # the event loop runs meanwhile: ticks, answers, repaints


def _wait(what: str, done: Callable[[], bool]) -> None:
    """Run the event loop until `done()`; the gaps meanwhile are noted as waiting for `what`,
    those after it (the keys typed next) as after it."""
    ticks = _ticks[0] if _ticks else None
    if ticks is not None:
        ticks.step = f"waiting for {what}"
    deadline = time.monotonic() + WAIT_SECONDS
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError(f"gui_stall: the desk session waited in vain for {what}")
        _pause(1)
    if ticks is not None:
        ticks.step = f"after {what}"


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    if widget is None:
        raise RuntimeError("gui_stall: nothing has the keyboard focus")
    return widget


def _focused_name() -> str:
    """The focus widget's field name (or that of the field it belongs to)."""
    widget: QWidget | None = _focused()
    while widget is not None:
        name = widget.objectName()
        if "." in name and not name.startswith("painScale"):
            return name
        widget = widget.parentWidget()
    return ""


def _press(key: Key, modifier: Mod = Mod.NoModifier) -> None:
    QTest.keyClick(_focused(), key, modifier)
    _pause(KEY_MS)


def _type(text: str) -> None:
    for character in text:
        QTest.keyClicks(_focused(), character)
        _pause(KEY_MS)


def _tab_to(name: str, *, limit: int = 80) -> None:
    for _ in range(limit):
        if name in (_focused_name(), _focused().objectName()):
            return
        _press(Key.Key_Tab)
    raise RuntimeError(f"gui_stall: Tab never reached {name} (stuck at {_focused_name()!r})")


def _child(root: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = root.findChild(kind, name)
    if found is None:
        raise RuntimeError(f"gui_stall: the window has no {kind.__name__} named {name}")
    return found


def _settled() -> bool:
    return QThreadPool.globalInstance().activeThreadCount() == 0


def longest_stall(workstation: Workstation, surname_start: str) -> Stall:
    """One desk session in a new main window; its longest gap between ticks."""
    application()
    with _without_offscreen_noise():
        return _session(workstation, surname_start)


def _session(workstation: Workstation, surname_start: str) -> Stall:
    window = MainWindow(workstation)
    window.show()
    window.activateWindow()
    _wait("the main window to be active", window.isActiveWindow)
    _wait("the window's first reads", _settled)
    _pause(50)
    if not _ticks:
        _ticks.append(_Ticks())
    ticks = _ticks[0]
    ticks.start()
    try:
        _script(window, surname_start)
    finally:
        longest = ticks.stop()
        window.close()
        _wait("the window's last writes", _settled)
        window.deleteLater()
        QCoreApplication.processEvents()
    return longest


def _script(window: MainWindow, surname_start: str) -> None:
    review = window.review
    if review is None:
        raise RuntimeError("gui_stall: the session needs a clinician's window (the queue)")

    # Find the patient by the start of a surname; the intake opens for the first found.
    _press(Key.Key_F, Mod.ControlModifier)
    _wait("the search field", lambda: _focused_name() == "patients.search")
    _type(surname_start)
    table = _child(window, QTableView, "patients.table")
    assert isinstance(table, QTableView)
    _wait("patients found", lambda: table.model().rowCount() > 0)
    _press(Key.Key_Down)
    _press(Key.Key_Return)
    _wait("the intake form", lambda: window.tabs.currentWidget() is window.intake_page)
    form = window.form

    # Running, symptoms, history: what the front desk types for a runner with a sore heel.
    _wait("the running questions", lambda: _focused_name() == "running.distance_unit")
    _tab_to("running.weekly_distance")
    _type("48")
    _press(Key.Key_Tab)
    _type("30")
    _tab_to("running.shoe_distance")
    _type("850")
    _press(Key.Key_PageDown, Mod.ControlModifier)
    _wait("the symptoms", lambda: _focused_name() == "symptoms.side")
    _type("L")
    _tab_to("symptoms.locations.heel")
    _press(Key.Key_Space)
    _tab_to("symptoms.pain_now")
    _type("4")
    _tab_to("symptoms.night_pain")
    _press(Key.Key_Space)
    _press(Key.Key_PageDown, Mod.ControlModifier)
    _wait("the history", lambda: _focused_name() == "history.previous_stress_fracture")
    _press(Key.Key_PageDown, Mod.ControlModifier)
    _wait("the intake's review step", lambda: form.current_step() == 4)

    # Submit; the result page shows the flags once the database has the intake.
    _press(Key.Key_Return, Mod.ControlModifier)
    _wait("the submitted intake", lambda: window.intake_page.currentWidget() is window.result)

    # The queue, filtered by the same name, and the first intake it shows.
    _press(Key.Key_R, Mod.AltModifier)
    _wait("the review queue", lambda: window.tabs.currentWidget() is review)
    _wait("the queue's first page", lambda: not review.is_reading())
    name = _child(review, QLineEdit, "queue.name")
    name.setFocus(Qt.FocusReason.ShortcutFocusReason)  # Alt+N, as its label's buddy
    _pause(KEY_MS)
    _type(surname_start)

    def first_intake() -> int | None:
        """The first row that is an intake: the queue lists follow-ups beside intakes,
        and the session opens an intake, as it always has."""
        for number, row in enumerate(review.model.rows):
            if row.followup_id is None:
                return number
        return None

    def filtered() -> bool:
        return (
            not review.is_reading()
            and review.model.queue_filter.name == surname_start
            and first_intake() is not None
        )

    _wait("the queue filtered by name", filtered)
    queue = _child(review, QTableView, "queue.table")
    assert isinstance(queue, QTableView)
    queue.setFocus(Qt.FocusReason.TabFocusReason)
    row_number = first_intake()
    assert row_number is not None
    queue.selectRow(row_number)
    chosen = review.selected_row()
    if chosen is None:
        raise RuntimeError("gui_stall: no intake selected in the queue")
    detail = review.detail
    _wait(
        "the intake under review",
        lambda: detail.intake_id == chosen.intake_id and not detail.is_loading(),
    )
    _pause(KEY_MS)  # the clinician's first look: the detail pane drawn
