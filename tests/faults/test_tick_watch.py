"""The fault tests' measure of a frozen desk tells a waiting GUI thread from a held
interpreter (desk_faults.TickWatch): the first is the desk's fault, the second is the
machine's, and only the first may pass unnoticed by neither."""

import time

from pytestqt.qtbot import QtBot

from faults.desk_faults import TickWatch


def test_a_gui_thread_that_waits_is_seen_waiting(qtbot: QtBot) -> None:
    watch = TickWatch()
    watch.start()
    qtbot.wait(50)
    time.sleep(0.5)  # as a database call does: the GIL is let go, the GUI thread waits
    qtbot.wait(50)
    longest = watch.stop()
    assert longest >= 0.45
    assert watch.longest_raw >= longest


def test_a_held_interpreter_is_not_put_down_to_the_desk(qtbot: QtBot) -> None:
    numbers = [(n * 7919) % 3_000_017 for n in range(3_000_000)]
    watch = TickWatch()
    watch.start()
    qtbot.wait(50)
    began = time.perf_counter()
    numbers.sort()  # one call in C that keeps the interpreter, as a full collection does
    held = time.perf_counter() - began
    qtbot.wait(50)
    longest = watch.stop()
    assert held > 0.1, f"the sort took only {held * 1000:.0f} ms: nothing to tell apart"
    assert watch.longest_raw >= held * 0.9
    assert longest < held / 2, (
        f"the GUI thread's gap of {watch.longest_raw * 1000:.0f} ms was put down to the "
        f"desk as {longest * 1000:.0f} ms, though the whole interpreter was held"
    )
