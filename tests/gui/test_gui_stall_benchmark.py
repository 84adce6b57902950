"""`gui_stall`'s quick mode (the figure `make bench` reports, on a small demo database):
the desk session runs to its end in the real main window, on SQLite and through the
delaying proxy on PostgreSQL, and gives sane numbers: gaps of at least one tick and well
under the session's own waits, in milliseconds, with the figure's name and target.
"""

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from benchmarks import gui_stall, postgresql
from benchmarks.desk_session import TICK_MS, WAIT_SECONDS
from benchmarks.harness import Figure

ROUNDS, ROUND_SECONDS = 3, 0.01  # what `python -m benchmarks --quick` passes


def sane(figure: Figure, name: str) -> None:
    assert figure.name == name
    assert figure.unit == "ms"
    assert figure.target == gui_stall.TARGET
    for gap in (figure.value, figure.floor):
        assert TICK_MS * 0.8 <= gap < WAIT_SECONDS * 1000 / 4
    assert QThreadPool.globalInstance().waitForDone(60_000)


def test_the_quick_figure_on_sqlite(qapp: QApplication) -> None:
    sane(gui_stall.measure(rounds=ROUNDS, round_seconds=ROUND_SECONDS), gui_stall.NAME)


def test_the_quick_figure_on_postgresql_through_the_delaying_proxy(qapp: QApplication) -> None:
    why = postgresql.missing()
    if why is not None:
        pytest.skip(why)
    sane(
        gui_stall.measure_postgresql_delayed(rounds=ROUNDS, round_seconds=ROUND_SECONDS),
        gui_stall.DELAYED_NAME,
    )
