"""What the desk's fault tests measure and do: a ticking timer, a typist, a blocking
call in the background (pg_ctl) and a lock holder, each usable from the GUI thread without
blocking it.

`TickWatch` is a 5 ms `QTimer` on the GUI thread; the longest gap between two of its ticks
is how long the GUI thread was kept from its event loop (by a database call, a lock, a
wait), which is what a receptionist sees as a frozen window.

A test worker that has already run a few thousand tests holds millions of objects the
desk never would; a full collection of that heap can hold the interpreter for most of a
second, on whichever thread happens to allocate. `TickWatch` therefore collects and
freezes what is already there when it starts (new objects are still collected as usual)
and reports the longest collection it saw, so a stall can be told from a garbage
collection.

`Typist` types as the desk does: a word into one field, a pause longer than the
autosave's quiet second (so saves go out while the database misbehaves), the next word
into the next field; after every key it checks the key is in its field.
"""

import gc
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from clinic_app.gui.main_window import MainWindow
from clinic_app.services import intakes, journal
from clinic_app.storage.database import Database

TICK_MS = 5
LONGEST_GAP_SECONDS = 0.25
"""A window that keeps a 5 ms timer within a quarter of a second is not frozen."""
KEY_MS = 40
PAUSE_MS = 1200
"""Longer than the autosave's quiet second (draft_keeper.QUIET_MS), so each pause saves."""
LETTERS = "abcdefghijklmnopqrstuvwxyz"
LOCK_HOLDER = Path(__file__).resolve().with_name("lock_holder.py")


class TickWatch:
    """A 5 ms timer on the GUI thread, recording the gaps between its ticks.

    A plain thread ticks alongside it (`Pulse`). When the whole interpreter is held (a
    garbage collection, the machine lending both cores to another test's browser), that
    thread stalls too; when the GUI thread waits on a call, it does not. `longest` is the
    longest gap of the GUI thread less the part of it the plain thread shared, which is
    the part the desk's own code is answerable for; `longest_raw` is the gap as seen.
    """

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._gaps: list[tuple[float, float]] = []
        self.longest_raw = 0.0
        self.ticks = 0
        self.longest_collection = 0.0
        self._collection_began = 0.0
        self._pulse: Pulse | None = None

    def start(self) -> None:
        gc.collect()
        gc.freeze()
        gc.callbacks.append(self._collection)
        self._pulse = Pulse()
        self._last = time.perf_counter()
        self._gaps = []
        self.longest_raw = 0.0
        self.longest_collection = 0.0
        self.ticks = 0
        self._timer.start()

    @property
    def longest(self) -> float:
        """The longest gap of the GUI thread that the plain thread did not share, in s."""
        shared = self._pulse.gaps() if self._pulse is not None else []
        return max(
            (end - begin - _overlap(begin, end, shared) for begin, end in self._gaps),
            default=0.0,
        )

    def _collection(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._collection_began = now
        else:
            self.longest_collection = max(self.longest_collection, now - self._collection_began)

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        self.longest_raw = max(self.longest_raw, gap)
        if gap > _NOTED_GAP:
            self._gaps.append((self._last, now))
        self._last = now
        self.ticks += 1

    def stop(self) -> float:
        """Stop ticking; `longest` in seconds (up to now, so a stall at the end counts
        too)."""
        self._tick()
        self._timer.stop()
        self.release()
        return self.longest

    def release(self) -> None:
        """Give the heap back to the collector and stop the plain thread; safe to call
        twice (a failed test's fixture calls it after the test's own `stop`)."""
        if self._pulse is not None:
            self._pulse.stop()
        if self._collection in gc.callbacks:
            gc.callbacks.remove(self._collection)
            gc.unfreeze()


_NOTED_GAP = 0.02
"""Gaps shorter than this are never the question; only longer ones are kept."""


def _overlap(begin: float, end: float, spans: Sequence[tuple[float, float]]) -> float:
    return sum(max(0.0, min(end, b) - max(begin, a)) for a, b in spans)


class Pulse:
    """A plain Python thread sleeping 5 ms at a time, keeping its gaps longer than 20 ms:
    what the interpreter as a whole was kept from doing."""

    def __init__(self) -> None:
        self._gaps: list[tuple[float, float]] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tick-pulse", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        last = time.perf_counter()
        while not self._stopping.is_set():
            time.sleep(TICK_MS / 1000)
            now = time.perf_counter()
            if now - last > _NOTED_GAP:
                with self._lock:
                    self._gaps.append((last, now))
            last = now

    def gaps(self) -> list[tuple[float, float]]:
        with self._lock:
            return list(self._gaps)

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=1)


def release_collector() -> None:
    """Undo what any `TickWatch` left (a test that failed before its `stop`), so the rest
    of the worker's tests run with the collector as usual."""
    for callback in list(gc.callbacks):
        watch = getattr(callback, "__self__", None)
        if isinstance(watch, TickWatch):
            watch.release()


class Typist:
    """Types into line edits by key, checking after each key that it is in the field."""

    def __init__(self, qtbot: QtBot, fields: Sequence[QLineEdit]) -> None:
        self._qtbot = qtbot
        self._fields = list(fields)
        self.expected = {field.objectName(): field.text() for field in self._fields}
        self.keys = 0
        self._letter = 0
        self._turn = 0

    def key(self, field: QLineEdit, character: str) -> None:
        name = field.objectName()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        QTest.keyClicks(field, character)
        self.expected[name] += character
        self.keys += 1
        assert field.text() == self.expected[name], (
            f"key {self.keys} ({character!r}) did not reach {name}: "
            f"{field.text()!r} != {self.expected[name]!r}"
        )

    def word(self, field: QLineEdit, text: str) -> None:
        for character in text:
            self.key(field, character)
            self._qtbot.wait(KEY_MS)

    def type_for(
        self,
        seconds: float,
        *,
        until: Callable[[], bool] | None = None,
        letters: int = 5,
    ) -> None:
        """Words into the fields in turn, a pause after each, for `seconds` (and then on
        until `until()` holds, if given)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline or (until is not None and not until()):
            field = self._fields[self._turn % len(self._fields)]
            self._turn += 1
            text = "".join(LETTERS[(self._letter + i) % len(LETTERS)] for i in range(letters))
            self._letter += letters
            self.word(field, text)
            self._qtbot.wait(PAUSE_MS)


def name_fields(window: MainWindow) -> list[QLineEdit]:
    found = []
    for name in ("patient.first_name", "patient.last_name"):
        field = window.findChild(QLineEdit, name)
        assert field is not None, name
        found.append(field)
    return found


def drafts_in(database: Database) -> list[dict[str, object]]:
    """The documents of the unfinished drafts in the database (read by the test itself,
    on a connection of its own, never through the desk's)."""
    return [draft.document for draft in intakes.unfinished_drafts(database)]


def journals() -> list[Path]:
    return sorted(journal.journal_dir().glob("*.json"))


def journaled(path: Path) -> dict[str, object] | None:
    if not path.exists():
        return None
    try:
        return journal.JournalEntry.from_json(journal.read_file(path)).document
    except ValueError:
        return None  # caught between the writer's rename and our read: not yet


class InBackground:
    """A blocking call (pg_ctl, a process ending) on a thread of its own, so the GUI
    thread can go on typing and ticking while it runs."""

    def __init__(self, call: Callable[[], None]) -> None:
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(call,), daemon=True)
        self._thread.start()

    def _run(self, call: Callable[[], None]) -> None:
        try:
            call()
        except BaseException as error:
            self.error = error

    def done(self) -> bool:
        return not self._thread.is_alive()

    def check(self) -> None:
        self._thread.join(timeout=120)
        if self.error is not None:
            raise self.error


class LockHolder:
    """Another workstation, in its own process, holding the SQLite file's write lock
    (tests/faults/lock_holder.py) until `release()`."""

    def __init__(self, path: Path) -> None:
        self._process = subprocess.Popen(
            [sys.executable, str(LOCK_HOLDER), str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        assert self._process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        process = self._process
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write("go\n")
        process.stdin.flush()
        assert process.stdout.readline().strip() == "released"
        process.wait(timeout=30)

    def close(self) -> None:
        process = self._process
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                pipe.close()
