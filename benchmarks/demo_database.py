"""The demo database the storage benchmarks query: built once per run, removed at exit.

Filling a database with 200,000 intakes takes about half a minute, longer than either
benchmark's measuring, so `review_queue` and `patient_search` share one: the first to
ask builds it in a temporary folder, the next gets the same one, and the folder goes
when the run ends. A quick run (`--quick`, rounds of a hundredth of a second) gets a
small database, since it only checks that the benchmarks work.
"""

import atexit
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from clinic_app.services.demo_data import DemoSummary, generate
from clinic_app.storage.database import Database, open_database

PATIENTS = 100_000
INTAKES = 200_000
QUICK_PATIENTS = 1_000
QUICK_INTAKES = 2_000
SEED = 1
# A fixed day, so every run measures the very same documents.
TODAY = date(2026, 11, 20)
# `python -m benchmarks` gives no "quick" flag to a benchmark, only its time per round:
# 0.01 s with --quick, 0.2 s without. Anything under this is a quick run.
QUICK_ROUND_SECONDS = 0.05


@dataclass(frozen=True)
class DemoDatabase:
    """An open demo database, its file (for plain sqlite3 floors) and how it was made."""

    database: Database
    path: Path
    summary: DemoSummary
    seconds: float


_built: dict[bool, DemoDatabase] = {}


def is_quick(round_seconds: float) -> bool:
    return round_seconds < QUICK_ROUND_SECONDS


def demo_database(*, quick: bool) -> DemoDatabase:
    """The run's demo database (100,000 patients, 200,000 intakes; far fewer if quick)."""
    if quick not in _built:
        _built[quick] = _build(
            QUICK_PATIENTS if quick else PATIENTS, QUICK_INTAKES if quick else INTAKES
        )
    return _built[quick]


def _build(patients: int, intakes: int) -> DemoDatabase:
    folder = tempfile.TemporaryDirectory(prefix="clinic-bench-")
    path = Path(folder.name) / "demo.sqlite3"
    database = open_database(f"sqlite:///{path}")

    def remove() -> None:
        database.close()
        folder.cleanup()

    atexit.register(remove)
    started = time.perf_counter()
    summary = generate(database, patients=patients, intakes=intakes, seed=SEED, today=TODAY)
    seconds = time.perf_counter() - started
    # Counts and a time only: the records are made up, but a log never shows patient rows.
    print(
        f"demo database: {summary.patients} patients, {summary.intakes} intakes "
        f"({summary.referrals} with referral flags) generated in {seconds:.1f} s",
        file=sys.stderr,
    )
    return DemoDatabase(database, path, summary, seconds)
