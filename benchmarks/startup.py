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

Each is timed from spawning it to its first window being shown with the event loop idle:
the app's log says when (gui/launch.py, READY), the floor prints the time itself. What
comes after is not starting: the day's first backup runs in the background once the
window is up, and an exit backs the database up too (a copy of the whole file, then
SQLite's integrity check of it), so each run gets a home of its own (a copy of the one
holding the key) and runs to its exit untimed, which keeps every run a day's first start,
as at a clinic each morning.

Encryption (issue 22): the demo database is encrypted, as every new database is, and the
subject starts on an encrypted copy whose key is in the subject's key file (the quick
path: read directly, keyring not imported). Interleaved with the same runs, the same
process starts on a plain copy (decrypted with sqlcipher_export); `startup_encryption`
is the encrypted start over the plain one from the very same run, so the cost of
encryption is a ratio too, on the same noise.

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
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import datetime
from pathlib import Path

from benchmarks.demo_database import demo_database, is_quick
from benchmarks.harness import Figure
from clinic_app import paths
from clinic_app.gui.launch import READY
from clinic_app.logs import LOG_FILE_NAME
from clinic_app.services import users
from clinic_app.storage import encryption
from clinic_app.storage.database import open_database
from clinic_app.storage.encryption import open_file

TARGET = 4.0
NAME = "startup"
ENCRYPTION_NAME = "startup_encryption"
# What encryption may add to the start, over the same start on a plain file: the key
# read from its file, SQLCipher's page decryption and its HMAC check of each page read.
ENCRYPTION_TARGET = 1.15
PAIRS = 11
QUICK_PAIRS = 3
TIMEOUT_SECONDS = 120

# Exactly the app's ready-exit: show the window, say when the loop is idle, then quit.
FLOOR_SCRIPT = """\
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: print(time.time(), flush=True))
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""
_LOGGED = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) INFO clinic_app\.gui: (.*)$", re.M)


def copy_with_account(source: Path, target: Path) -> None:
    """Copy a SQLite database (consistently, while it is open; encrypted under the same
    key when it is) and add one admin account."""
    key = encryption.key_for(source) if encryption.is_encrypted(source) else None
    with (
        closing(open_file(source, key=key)) as reader,
        closing(open_file(target, key=key, new_encrypted=False)) as writer,
    ):
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


def plain_copy(source: Path, target: Path) -> None:
    """A plain copy of the encrypted `source` (sqlcipher_export, as `db decrypt` does)."""
    with closing(open_file(source)) as connection:
        connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        connection.execute("SELECT sqlcipher_export('plain')")
        connection.execute("DETACH DATABASE plain")


def give_key(source: Path, home: Path) -> None:
    """Put the key of the encrypted `source` into the key file of the subject's `home`."""
    key = encryption.key_for(source)
    before = os.environ.get(paths.HOME_ENV)
    os.environ[paths.HOME_ENV] = str(home)
    try:
        with encryption.key_file_only():
            encryption.remember(key, recovery_shown=True)
    finally:
        if before is None:
            os.environ.pop(paths.HOME_ENV, None)
        else:
            os.environ[paths.HOME_ENV] = before
        encryption.forget_cache()


def _timed_run(command: list[str], env: dict[str, str], what: str) -> float:
    """Seconds from spawning `command` to its first window shown and idle, in a copy of
    the home `env` names (its key file with it); it runs on to its exit, and an exit other
    than 0 stops the run."""
    with tempfile.TemporaryDirectory(prefix="clinic-bench-home-") as home:
        shutil.copytree(env["CLINIC_INTAKE_HOME"], home, dirs_exist_ok=True)
        started = time.time()
        result = subprocess.run(
            command,
            env={**env, "CLINIC_INTAKE_HOME": home},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"startup: the {what} exited with {result.returncode}: {result.stderr.strip()}"
            )
        ready = _ready_time(result.stdout, Path(home))
    return ready - started


def _ready_time(printed: str, home: Path) -> float:
    """When the process said its first window was up: the floor prints the time, the
    app logs it (READY)."""
    if printed.strip():
        return float(printed.split()[0])
    logged = "".join(path.read_text("utf-8") for path in home.rglob(LOG_FILE_NAME))
    for stamp, message in _LOGGED.findall(logged):
        if message == READY:
            return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp()
    raise RuntimeError(f"startup: the app never logged {READY!r}")


_runs: dict[bool, tuple[list[float], list[float], list[float]]] = {}
"""Per quick-or-not: the floor's, the encrypted start's and the plain start's times."""


def _run(quick: bool) -> tuple[list[float], list[float], list[float]]:
    if quick in _runs:
        return _runs[quick]
    demo = demo_database(quick=quick)
    with tempfile.TemporaryDirectory(prefix="clinic-bench-startup-") as folder:
        home = Path(folder) / "home"
        home.mkdir()
        copy = Path(folder) / "startup.sqlite3"
        copy_with_account(demo.path, copy)
        plain = Path(folder) / "startup-plain.sqlite3"
        plain_copy(copy, plain)
        if not encryption.is_encrypted(copy) or encryption.is_encrypted(plain):
            raise AssertionError("startup: the copies are not encrypted and plain as meant")
        give_key(copy, home)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLINIC_INTAKE_HOME": str(home)}
        env.pop("CLINIC_INTAKE_DB", None)
        subject = [sys.executable, "-m", "clinic_app", "--exit-when-ready", "--db"]
        on_plain = [*subject, f"sqlite:///{plain}"]
        subject.append(f"sqlite:///{copy}")
        floor = [sys.executable, "-c", FLOOR_SCRIPT]
        _timed_run(floor, env, "floor")  # untimed: warms the caches, checks both work
        _timed_run(subject, env, "app")
        _timed_run(on_plain, env, "app on a plain file")
        subject_times, floor_times, plain_times = [], [], []
        for _ in range(QUICK_PAIRS if quick else PAIRS):
            floor_times.append(_timed_run(floor, env, "floor"))
            subject_times.append(_timed_run(subject, env, "app"))
            plain_times.append(_timed_run(on_plain, env, "app on a plain file"))
    _runs[quick] = (floor_times, subject_times, plain_times)
    return _runs[quick]


def measure(*, rounds: int, round_seconds: float) -> Figure:
    """`rounds` is not used (see the module's docstring); `round_seconds` marks a quick run."""
    del rounds
    floor_times, subject_times, _plain = _run(is_quick(round_seconds))
    value, floor_value = statistics.median(subject_times), statistics.median(floor_times)
    return Figure(NAME, value * 1e3, floor_value * 1e3, TARGET, "ms")


def measure_encryption(*, rounds: int, round_seconds: float) -> Figure:
    """`startup_encryption`: the encrypted start over the plain one, from the same runs."""
    del rounds
    _floor, subject_times, plain_times = _run(is_quick(round_seconds))
    value, plain_value = statistics.median(subject_times), statistics.median(plain_times)
    return Figure(ENCRYPTION_NAME, value * 1e3, plain_value * 1e3, ENCRYPTION_TARGET, "ms")
