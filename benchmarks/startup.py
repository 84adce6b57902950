"""`startup`: the desktop app up to its sign-in window on 200,000 intakes, over a bare Qt window.

The subject is a fresh process, `python -m clinic_app --exit-when-ready --db
sqlite:///<file>`, on a copy of the run's demo database (200,000 intakes; 2,000 if quick)
to which one account is added, so the first window is the sign-in dialog, as at a clinic
that is set up. `--exit-when-ready` quits from a zero timer once that window is shown and
the event loop is idle. The floor is a fresh process of the same interpreter, in the same
environment, that imports PySide6.QtWidgets, shows a bare `QMainWindow` and quits the same
way. Both draw offscreen (QT_QPA_PLATFORM=offscreen) with a temporary CLINIC_INTAKE_HOME,
and each is timed as the wall-clock of the whole process, from spawning it to its exit.
So the ratio is what the app adds to starting Qt: Python's imports (SQLAlchemy above all),
opening the database and checking its schema, and building the dialog. ReportLab, Alembic
and pydantic are not needed for the first window and should not be imported for it.

Why a copy: the account (and the audit event recording it) would change nothing that
`review_queue` or `patient_search` measure, but the shared database is held open by this
process and the app opens it with WAL, so a copy (SQLite's backup API) keeps the shared
file exactly as `demo_data` made it and keeps the app's `-wal`/`-shm` files away from it.

A process start takes a few hundred milliseconds, so the harness's rounds (21 of 0.2 s)
are not used: it runs PAIRS floor/subject pairs (QUICK_PAIRS when quick), interleaved,
after one untimed pair that fills the operating system's file cache, compiles the
bytecode and checks that both exit 0. Every subject run must exit 0, or the benchmark
stops with its error output. The figure is the median of each, in milliseconds.
"""

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

from benchmarks.demo_database import demo_database, is_quick
from benchmarks.harness import Figure
from clinic_app.services import users
from clinic_app.storage.database import open_database

TARGET = 4.0
NAME = "startup"
PAIRS = 11
QUICK_PAIRS = 3
TIMEOUT_SECONDS = 120

# Exactly the app's ready-exit: show the window, then quit from a zero timer.
FLOOR_SCRIPT = """\
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def copy_with_account(source: Path, target: Path) -> None:
    """Copy a SQLite database (consistently, while it is open) and add one admin account."""
    with closing(sqlite3.connect(source)) as reader, closing(sqlite3.connect(target)) as writer:
        reader.backup(writer)
    database = open_database(f"sqlite:///{target}")
    try:
        if not users.has_users(database):
            users.create_user(
                database,
                None,
                username="bench-admin",
                display_name="Benchmark Admin",
                role="admin",
                password="startup-benchmark",
            )
    finally:
        database.close()


def _timed_run(command: list[str], env: dict[str, str], what: str) -> float:
    """Seconds from spawning `command` to its exit; an exit other than 0 stops the run."""
    started = time.perf_counter()
    result = subprocess.run(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(
            f"startup: the {what} exited with {result.returncode}: {result.stderr.strip()}"
        )
    return seconds


def measure(*, rounds: int, round_seconds: float) -> Figure:
    """`rounds` is not used (see the module's docstring); `round_seconds` marks a quick run."""
    del rounds
    quick = is_quick(round_seconds)
    demo = demo_database(quick=quick)
    with tempfile.TemporaryDirectory(prefix="clinic-bench-startup-") as folder:
        home = Path(folder) / "home"
        home.mkdir()
        copy = Path(folder) / "startup.sqlite3"
        copy_with_account(demo.path, copy)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLINIC_INTAKE_HOME": str(home)}
        env.pop("CLINIC_INTAKE_DB", None)
        subject = [sys.executable, "-m", "clinic_app", "--exit-when-ready", "--db"]
        subject.append(f"sqlite:///{copy}")
        floor = [sys.executable, "-c", FLOOR_SCRIPT]
        _timed_run(floor, env, "floor")  # untimed: warms the caches, checks both work
        _timed_run(subject, env, "app")
        subject_times, floor_times = [], []
        for _ in range(QUICK_PAIRS if quick else PAIRS):
            floor_times.append(_timed_run(floor, env, "floor"))
            subject_times.append(_timed_run(subject, env, "app"))
    value, floor_value = statistics.median(subject_times), statistics.median(floor_times)
    return Figure(NAME, value * 1e3, floor_value * 1e3, TARGET, "ms")
