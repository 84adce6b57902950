"""DatabaseCalls: calls run off the GUI thread, the newest call's outcome wins, and the
busy signal brackets the calls in flight."""

import threading

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.services import users
from clinic_app.storage.database import Database
from gui.gui_thread import no_database_on_gui_thread


def test_calls_run_off_the_gui_thread_and_report_on_it(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    calls = DatabaseCalls("reading", owner)
    ran_on: list[threading.Thread] = []
    reported_on: list[threading.Thread] = []

    def call() -> int:
        ran_on.append(threading.current_thread())
        return 7

    calls.run(call, lambda result: reported_on.append(threading.current_thread()))
    qtbot.waitUntil(lambda: bool(reported_on))
    assert ran_on[0] is not threading.main_thread()
    assert reported_on == [threading.main_thread()]


def test_an_older_call_answering_last_is_dropped(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    calls = DatabaseCalls("searching", owner)
    release_first = threading.Event()
    shown: list[str] = []
    busy: list[bool] = []
    calls.busy_changed.connect(busy.append)

    def first() -> str:
        release_first.wait(5)
        return "old"

    calls.run(first, shown.append)
    calls.run(lambda: "new", shown.append)
    qtbot.waitUntil(lambda: shown == ["new"])
    assert calls.busy  # the first is still out
    release_first.set()
    qtbot.waitUntil(lambda: not calls.busy)
    assert shown == ["new"]
    assert busy == [True, False]


def test_unless_busy_skips_a_call_while_one_is_out(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    calls = DatabaseCalls("polling", owner)
    release = threading.Event()
    shown: list[int] = []
    assert calls.run(lambda: release.wait(5) and 1, shown.append, unless_busy=True)
    assert not calls.run(lambda: 2, shown.append, unless_busy=True)
    release.set()
    qtbot.waitUntil(lambda: shown == [1])


def test_failures_reach_the_newest_call_only(qtbot: QtBot) -> None:
    from clinic_app.storage.errors import StorageError

    owner = QWidget()
    qtbot.addWidget(owner)
    calls = DatabaseCalls("saving", owner)
    failures: list[str] = []

    def broken() -> None:
        raise StorageError("the database did not answer")

    calls.run(broken, lambda _result: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert failures == ["the database did not answer"]
    calls.run(broken, lambda _result: None, failures.append)
    calls.forget()
    qtbot.waitUntil(lambda: not calls.busy)
    assert failures == ["the database did not answer"]


def test_the_guard_catches_a_statement_on_the_gui_thread(qtbot: QtBot, database: Database) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    calls = DatabaseCalls("counting", owner)
    with no_database_on_gui_thread(database) as guard:
        calls.run(lambda: users.has_users(database), lambda _result: None)
        qtbot.waitUntil(lambda: not calls.busy)
        assert guard.caught == []  # off the GUI thread: not counted
        with guard.aside():
            users.has_users(database)  # the test's own read: not counted either
    with (
        pytest.raises(AssertionError, match="SQL ran on the GUI thread"),
        no_database_on_gui_thread(database),
    ):
        users.has_users(database)
