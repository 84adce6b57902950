"""Guards for GUI tests: no SQL statement, and no program (a printer's lp, lpstat), may run
on the GUI thread (architecture.md, Threads).

The SQL guard listens on the database's engine for every statement, notes each one run
on the thread that runs the Qt event loop, and fails the test at the end of the block
with the statements and where they came from. The test's own setting up and checking (on
the test's thread, which is the GUI thread) goes inside `guard.aside()`: those statements
are the test's, not the app's.

The program guard hears of every process started (Python's `subprocess.Popen` audit
event) and notes those the app's own code (a frame in clinic_app/) started on the GUI
thread: one that waits on a command waits on whatever the command waits on. The test's
own commands (tests/ only on the stack) are not the app's.
"""

import sys
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from clinic_app.storage.database import Database


class Guard:
    """What the guard caught so far, and a way to step aside for the test's own reads."""

    def __init__(self) -> None:
        self.caught: list[str] = []
        self._aside = 0

    @contextmanager
    def aside(self) -> Iterator[None]:
        self._aside += 1
        try:
            yield
        finally:
            self._aside -= 1

    def statement(self, statement: object) -> None:
        if self._aside or threading.current_thread() is not threading.main_thread():
            return
        first_line = str(statement).split("\n", 1)[0][:80]
        ours = [
            frame
            for frame in traceback.extract_stack()[:-2]
            if "/clinic_app/" in frame.filename or "/tests/" in frame.filename
        ]
        caller = "".join(traceback.format_list(ours[-8:]))
        self.caught.append(f"{first_line}\n{caller}")


@contextmanager
def no_database_on_gui_thread(database: Database) -> Iterator[Guard]:
    """Inside the block, every statement on the GUI thread is a failure."""
    guard = Guard()

    def before_cursor_execute(*args: Any) -> None:
        guard.statement(args[2])

    event.listen(database.engine, "before_cursor_execute", before_cursor_execute)
    try:
        yield guard
    finally:
        event.remove(database.engine, "before_cursor_execute", before_cursor_execute)
    assert not guard.caught, "SQL ran on the GUI thread:\n\n" + "\n\n".join(guard.caught)


_programs_started: list[str] | None = None
"""While `no_programs_on_gui_thread` is on: what the app started on the GUI thread."""
_hooked = False


def _heard(event: str, args: tuple[object, ...]) -> None:
    caught = _programs_started
    if caught is None or event != "subprocess.Popen":
        return
    if threading.current_thread() is not threading.main_thread():
        return
    frame = sys._getframe(1)
    while frame is not None:
        if "/clinic_app/" in frame.f_code.co_filename:
            caught.append(f"{args[1]!r}\n{''.join(traceback.format_stack(frame, 8))}")
            return
        frame = frame.f_back  # type: ignore[assignment]


@contextmanager
def no_programs_on_gui_thread() -> Iterator[None]:
    """Inside the block, a program the app starts on the GUI thread is a failure."""
    global _programs_started, _hooked
    if not _hooked:
        sys.addaudithook(_heard)  # for the rest of the process: hooks cannot be removed
        _hooked = True
    caught: list[str] = []
    _programs_started = caught
    try:
        yield
    finally:
        _programs_started = None
    assert not caught, "programs ran on the GUI thread:\n\n" + "\n\n".join(caught)
