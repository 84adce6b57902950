"""`gui_stall`: the GUI thread's longest stall in a desk session, over the same without waiting.

The subject is a scripted session in the app's real main window, signed in as a clinician,
on the run's demo database of 200,000 intakes (benchmarks/desk_session.py: find a patient
by the start of a surname, type an intake for them, submit it, open the review queue
with that name in its filter, open the first intake it shows), offscreen, in this process.
A 5 ms `QTimer` on the GUI thread ticks throughout; the figure is the longest gap between
two ticks, in milliseconds: how long the desk could not type or see anything move.

The floor is the very same session with every database call answered at once with the
result it gave in a first, recorded run (benchmarks/replay.py): the same windows, the
same background runner and the same drawing of the same rows, without the waiting. What
the subject adds over it is what the database costs the GUI thread: a query run on it,
a result too big to draw at once, the workers' Python holding the interpreter's lock.

A session takes seconds, so the harness's rounds (21 of 0.2 s) are not used: after the
recorded run (which warms every cache too) it runs ROUNDS floor/subject pairs
(QUICK_ROUNDS when quick), interleaved, and reports the median of each pair's longest
gaps. Each subject run submits one intake more, for a demo patient; the shared demo
database is otherwise left as it was (one clinician and one admin account are added).

`gui_stall_postgresql` is the same on the demo data copied to the run's PostgreSQL
cluster (benchmarks/postgresql.py), and `gui_stall_postgresql_delayed` the same again
through a TCP proxy (tests/faults/proxy.py) that holds every packet back DELAY_MS in each
direction, as a server across a slow network would. Its floor replays the same way, so it
asks that a slow network, too, costs the desk nothing it can see.
"""

import statistics
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from benchmarks.demo_database import demo_database, is_quick
from benchmarks.harness import Figure
from benchmarks.replay import Replay, installed
from clinic_app.services import review_queue, users
from clinic_app.services.users import Account
from clinic_app.storage.database import Database, open_database

if TYPE_CHECKING:
    from benchmarks.desk_session import Stall  # imports Qt: only when the figures run

TARGET = 2.0
NAME = "gui_stall"
POSTGRESQL_NAME = "gui_stall_postgresql"
DELAYED_NAME = "gui_stall_postgresql_delayed"
ROUNDS = 7
QUICK_ROUNDS = 1
DELAY_MS = 20
SURNAME_LETTERS = 4
ADMIN = "bench-admin"
CLINICIAN = "bench-clinician"
PASSWORD = "gui-stall-benchmark"


def _clinician(database: Database) -> Account:
    """The benchmark's clinician account (made, with an admin to make it, on first use)."""
    accounts = {account.username: account for account in users.list_users(database)}
    if CLINICIAN in accounts:
        return accounts[CLINICIAN]
    admin = accounts.get(ADMIN)
    if admin is None:
        admin = users.create_user(
            database,
            None,  # the first account: the demo database has none
            username=ADMIN,
            display_name="Benchmark Admin",
            role="admin",
            password=PASSWORD,
        )
    return users.create_user(
        database,
        admin.actor(),
        username=CLINICIAN,
        display_name="Benchmark Clinician",
        role="clinician",
        password=PASSWORD,
    )


def _surname_start(database: Database) -> str:
    """The start of a surname among the first intakes in the queue (found, and waiting),
    in lower case and plain letters, as QTest can type only those."""
    for row in review_queue.page(database, review_queue.QueueFilter()):
        start = row.last_name[:SURNAME_LETTERS].lower()
        if len(start) == SURNAME_LETTERS and start.isascii() and start.isalpha():
            return start
    raise RuntimeError("gui_stall: no surname to search for among the intakes waiting")


def _measure(name: str, database: Database, *, round_seconds: float) -> Figure:
    from benchmarks import desk_session  # Qt only now, and only for these figures
    from clinic_app.gui.common.workstation import Workstation

    workstation = Workstation(database, _clinician(database))
    surname = _surname_start(database)
    replay = Replay()
    subject: list[Stall] = []
    floor: list[Stall] = []
    with installed(replay):
        with replay.record():
            desk_session.longest_stall(workstation, surname)
        recorded = replay.calls
        for _ in range(QUICK_ROUNDS if is_quick(round_seconds) else ROUNDS):
            with replay.replay():
                floor.append(desk_session.longest_stall(workstation, surname))
            subject.append(desk_session.longest_stall(workstation, surname))
    print(
        f"{name}: the GUI thread's longest gap in each session, ms: with the database "
        f"{_listed(subject)}; replayed {_listed(floor)}. The longest of all: "
        f"{_worst(subject)} with the database, {_worst(floor)} replayed. "
        f"{recorded} calls recorded; in the last replay {replay.stand_ins} stood in for, "
        f"{replay.unrecorded} run for real.",
        file=sys.stderr,
    )
    value = statistics.median(stall.seconds for stall in subject)
    floor_value = statistics.median(stall.seconds for stall in floor)
    return Figure(name, value * 1e3, floor_value * 1e3, TARGET, "ms")


def _listed(stalls: "list[Stall]") -> str:
    return " ".join(f"{stall.seconds * 1e3:.1f}" for stall in stalls)


def _worst(stalls: "list[Stall]") -> str:
    worst = max(stalls, key=lambda stall: stall.seconds)
    return f"{worst.seconds * 1e3:.1f} ({worst.step})"


def measure(*, rounds: int, round_seconds: float) -> Figure:
    """`rounds` is not used (see the module's docstring); `round_seconds` marks a quick run."""
    del rounds
    demo = demo_database(quick=is_quick(round_seconds))
    return _measure(NAME, demo.database, round_seconds=round_seconds)


def measure_postgresql(*, rounds: int, round_seconds: float) -> Figure:
    """`gui_stall_postgresql`: `gui_stall` on the demo data on PostgreSQL."""
    del rounds
    from benchmarks.postgresql import demo_postgresql

    demo = demo_postgresql(quick=is_quick(round_seconds))
    return _measure(POSTGRESQL_NAME, demo.database, round_seconds=round_seconds)


def measure_postgresql_delayed(*, rounds: int, round_seconds: float) -> Figure:
    """`gui_stall_postgresql_delayed`: the same through a proxy adding DELAY_MS each way."""
    del rounds
    from benchmarks.postgresql import demo_postgresql

    demo = demo_postgresql(quick=is_quick(round_seconds))
    with _delayed(demo.url) as database:
        return _measure(DELAYED_NAME, database, round_seconds=round_seconds)


@contextmanager
def _delayed(url: str) -> Iterator[Database]:
    """The database at `url` opened through a FaultProxy delaying DELAY_MS each way."""
    from benchmarks.postgresql import tests_on_path

    tests_on_path()
    from faults.proxy import FaultProxy

    server = make_url(url)
    with FaultProxy((server.host or "127.0.0.1", server.port or 5432)) as proxy:
        proxy.delay(DELAY_MS)
        through = server.set(host=proxy.address[0], port=proxy.port)
        database = open_database(through.render_as_string(hide_password=False))
        try:
            yield database
        finally:
            database.close()
