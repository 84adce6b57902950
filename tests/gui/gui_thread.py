"""A guard for GUI tests: no SQL statement may run on the GUI thread (architecture.md,
Threads). It listens on the database's engine for every statement, notes each one run
on the thread that runs the Qt event loop, and fails the test at the end of the block
with the statements and where they came from. Setting up data before the block (on the
test's own thread, which is the GUI thread) is not counted."""

import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from clinic_app.storage.database import Database


@contextmanager
def no_database_on_gui_thread(database: Database) -> Iterator[list[str]]:
    """Inside the block, every statement on the GUI thread is a failure."""
    gui = threading.main_thread()
    caught: list[str] = []

    def before_cursor_execute(*args: Any) -> None:
        if threading.current_thread() is gui:
            statement = str(args[2]).split("\n", 1)[0][:80]
            caller = "".join(traceback.format_stack(limit=12)[:-1])
            caught.append(f"{statement}\n{caller}")

    event.listen(database.engine, "before_cursor_execute", before_cursor_execute)
    try:
        yield caught
    finally:
        event.remove(database.engine, "before_cursor_execute", before_cursor_execute)
    assert not caught, "SQL ran on the GUI thread:\n\n" + "\n\n".join(caught)
