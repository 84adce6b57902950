"""Waiting for the database calls a window has out, as a person waits for "Saving…" to go.

Windows hand their queries to the background runner (architecture.md, Threads), so a click
no longer has its outcome on screen when it returns. `settle` waits until no window of the
app has a call out, then the test reads the outcome as before; it never sleeps.
"""

from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.database_calls import DatabaseCalls


def calls_out() -> list[str]:
    """The windows (by object name) with a database call still out."""
    found: list[str] = []
    for window in QApplication.topLevelWidgets():
        for calls in window.findChildren(DatabaseCalls):
            if calls.busy:
                owner = calls.parent()
                found.append(owner.objectName() if owner is not None else "?")
    return found


def settle(qtbot: QtBot, timeout: int = 10_000) -> None:
    """Until every database call the windows started has come back (and been shown)."""
    try:
        qtbot.waitUntil(lambda: not calls_out(), timeout=timeout)
    except WaitTimedOut:
        raise AssertionError(f"database calls still out in {calls_out()}") from None
