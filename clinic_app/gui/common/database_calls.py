"""Database calls for a window, on the background runner, newest first.

A window never waits on the database (architecture.md, Threads): it hands the call to
`DatabaseCalls.run`, shows what is in flight ("Searching…"), and gets the outcome back
on the GUI thread. One `DatabaseCalls` serves one purpose of one window (its patient
search, its queue poll): when a newer call is started before an older one has answered,
the older one's outcome is dropped when it arrives, so a search typed on top of another
shows the newest text's results, never an older one's that happened to come back last.

`busy` says whether any call of this purpose is still out, so a window can keep one poll
from stacking on another (`run(..., unless_busy=True)`).
"""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from clinic_app.gui.common.background import run_in_background

Result = TypeVar("Result")


class DatabaseCalls(QObject):
    """Runs one purpose's database calls off the GUI thread; only the newest one reports.

    `busy_changed(bool)` fires when the first call goes out and when the last comes back,
    for a window's "Saving…" or "Searching…" note.
    """

    busy_changed = Signal(bool)

    def __init__(self, what: str, parent: QObject) -> None:
        super().__init__(parent)
        self._what = what
        self._newest = 0
        self._out = 0

    @property
    def busy(self) -> bool:
        return self._out > 0

    def run(
        self,
        call: Callable[[], Result],
        on_done: Callable[[Result], None],
        on_failed: Callable[[str], None] | None = None,
        *,
        unless_busy: bool = False,
    ) -> bool:
        """Start `call` on the background runner; False when skipped (`unless_busy`).

        `call` must hold no widget (it runs while windows may be closed); `on_done` and
        `on_failed` run on the GUI thread, and only for the newest call started.
        """
        if unless_busy and self.busy:
            return False
        self._newest += 1
        number = self._newest
        self._set_out(self._out + 1)

        def done(result: object) -> None:
            self._set_out(self._out - 1)
            if number == self._newest:
                on_done(result)  # type: ignore[arg-type]  # what `call` returned

        def failed(message: str) -> None:
            self._set_out(self._out - 1)
            if number == self._newest and on_failed is not None:
                on_failed(message)

        run_in_background(self, call, what=self._what, on_finished=done, on_failed=failed)
        return True

    def forget(self) -> None:
        """Drop the outcome of every call still out (the window moved on)."""
        self._newest += 1

    def _set_out(self, out: int) -> None:
        was = self.busy
        self._out = out
        if self.busy != was:
            self.busy_changed.emit(self.busy)
