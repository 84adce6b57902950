"""`review_queue`: the first page of the clinicians' queue, over the same query in sqlite3.

The database holds 200,000 intakes of 100,000 patients, about a quarter of them waiting
for review (benchmarks/demo_database.py). The subject is what opening the queue costs
the app: `review_queue.page` with the default filter (unreviewed, urgent first, 50 rows)
through SQLAlchemy, a reading session and the row objects. The floor runs the very SQL
SQLAlchemy emits on a plain sqlite3 connection and fetches the rows as tuples, so the
ratio is what the app adds on top of the database's own work.
"""

import sqlite3
from contextlib import closing

from benchmarks.demo_database import demo_database, is_quick
from benchmarks.harness import Figure, per_call
from clinic_app.services.review_queue import PAGE_SIZE, QueueFilter, QueueRow, page

TARGET = 2.0
NAME = "review_queue"

# What SQLAlchemy emits for page(database, QueueFilter(), limit=50), parameters and all.
SQL = (
    "SELECT intakes.id, intakes.patient_id, patients.first_name, patients.last_name, "
    "patients.date_of_birth, intakes.visit_date, intakes.highest_urgency, "
    "intakes.review_status \n"
    "FROM intakes JOIN patients ON patients.id = intakes.patient_id \n"
    "WHERE intakes.review_status = ? "
    "ORDER BY intakes.urgency_rank, intakes.visit_date, intakes.id\n"
    " LIMIT ? OFFSET ?"
)
PARAMETERS = ("unreviewed", PAGE_SIZE, 0)


def _as_stored(row: QueueRow) -> tuple[object, ...]:
    return (
        row.intake_id,
        row.patient_id,
        row.first_name,
        row.last_name,
        row.date_of_birth.isoformat(),
        row.visit_date.isoformat(),
        row.highest_urgency,
        row.review_status,
    )


def measure(*, rounds: int, round_seconds: float) -> Figure:
    demo = demo_database(quick=is_quick(round_seconds))
    database, wanted = demo.database, QueueFilter()
    with closing(sqlite3.connect(demo.path)) as connection:

        def subject() -> list[QueueRow]:
            return page(database, wanted, limit=PAGE_SIZE)

        def floor() -> list[tuple[object, ...]]:
            return connection.execute(SQL, PARAMETERS).fetchall()

        # Both must fetch the same page, or the ratio compares different work.
        rows = subject()
        if len(rows) != PAGE_SIZE or [_as_stored(row) for row in rows] != floor():
            raise AssertionError("review_queue: the floor's query fetches another page")
        value, floor_value = per_call(subject, floor, rounds=rounds, round_seconds=round_seconds)
    return Figure(NAME, value * 1e6, floor_value * 1e6, TARGET, "µs")
