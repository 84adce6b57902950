"""`review_queue`: the first page of the clinicians' queue, over the same query in sqlite3.

The database holds 200,000 intakes of 100,000 patients, about a quarter of them waiting
for review (benchmarks/demo_database.py). The subject is what opening the queue costs
the app: `review_queue.page` with the default filter (unreviewed, urgent first, 50 rows)
through SQLAlchemy, a reading session and the row objects. The floor runs the very SQL
SQLAlchemy emits (compiled from the service's own statement, so the two never drift
apart: intakes and follow-ups, issue 18) on a plain DB-API connection and fetches the
rows as tuples, so the ratio is what the app adds on top of the database's own work.

`review_queue_view`: the same first page measured through the GUI model, as the
clinician sees it. The subject is the first page read by `review_model.read_rows` with the
default filter (what the page's background read does) and handed to
`ReviewQueueModel.set_rows` (a model reset that makes each row's texts), then `data()` with
the display role for every cell of that page, which is what the table asks for when it
paints. The floor is what the plainest Qt table would do: the same SQL on a plain DB-API
connection, its rows' texts (the same five columns) put into a `QStandardItemModel`, and
every cell's display text read back from it. So this ratio is what our model adds.

Encryption (issue 22): the demo database is encrypted, as every new one is, so the
floors' plain connections are SQLCipher's, opened with the same key (encryption.open_file),
and the ratios stay what the app adds. `review_queue_encryption` is the cost of the
encryption itself: `review_queue`'s subject on the encrypted demo database over the
same subject on a plain copy of it (sqlcipher_export), interleaved in the same run.
"""

import os
import tempfile
from contextlib import closing
from pathlib import Path
from typing import Any

from benchmarks.demo_database import demo_database, is_quick
from benchmarks.harness import Figure, per_call
from clinic_app.services.review_queue import PAGE_SIZE, QueueFilter, QueueRow, _page_query, page
from clinic_app.storage import encryption
from clinic_app.storage.database import Database, open_database
from clinic_app.storage.encryption import open_file

TARGET = 2.0
NAME = "review_queue"
VIEW_NAME = "review_queue_view"
ENCRYPTION_NAME = "review_queue_encryption"
# What SQLCipher may add to the first page of the queue over the same on a plain file.
ENCRYPTION_TARGET = 1.25


def emitted(database: Database) -> tuple[str, Any]:
    """The SQL and parameters `page(database, QueueFilter(), limit=50)` sends, as compiled
    for this database's dialect: the floor runs the app's own statement, whatever it is."""
    compiled = _page_query(QueueFilter(), 0, PAGE_SIZE).compile(dialect=database.engine.dialect)
    parameters = compiled.construct_params()
    if compiled.positional:
        return str(compiled), tuple(parameters[name] for name in compiled.positiontup or ())
    return str(compiled), parameters


def _same_page(rows: list[QueueRow], fetched: list[Any]) -> bool:
    """The floor fetched the very rows: the same visits, in the same order."""
    ids = [(row.intake_id, row.followup_id) for row in rows]
    return len(rows) == PAGE_SIZE and ids == [(found[0], found[9]) for found in fetched]


_application: list[object] = []  # review_queue_view's QApplication, once made


def measure(*, rounds: int, round_seconds: float) -> Figure:
    demo = demo_database(quick=is_quick(round_seconds))
    database, wanted = demo.database, QueueFilter()
    sql, parameters = emitted(database)
    with closing(open_file(demo.path)) as connection:

        def subject() -> list[QueueRow]:
            return page(database, wanted, limit=PAGE_SIZE)

        def floor() -> list[tuple[object, ...]]:
            fetched: list[tuple[object, ...]] = connection.execute(sql, parameters).fetchall()
            return fetched

        # Both must fetch the same page, or the ratio compares different work.
        if not _same_page(subject(), floor()):
            raise AssertionError("review_queue: the floor's query fetches another page")
        value, floor_value = per_call(subject, floor, rounds=rounds, round_seconds=round_seconds)
    return Figure(NAME, value * 1e6, floor_value * 1e6, TARGET, "µs")


def measure_view(*, rounds: int, round_seconds: float) -> Figure:
    """`review_queue_view`: the first page through `ReviewQueueModel` (see the module)."""
    # Qt only now: the other figures, and the CLI, must not need a display or PySide6.
    import clinic_app.gui  # noqa: F401  (its PySide6 guard comes before any Qt use)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication

    from clinic_app.gui.review.review_model import (
        STATUS_WORDS,
        URGENCY_WORDS,
        ReviewQueueModel,
        read_rows,
    )

    if QApplication.instance() is None:
        _application.append(QApplication([]))  # kept for the rest of the run
    display = Qt.ItemDataRole.DisplayRole
    demo = demo_database(quick=is_quick(round_seconds))
    wanted = QueueFilter()
    model = ReviewQueueModel(demo.database)
    plain = QStandardItemModel()

    def shown(table: ReviewQueueModel | QStandardItemModel) -> list[list[str]]:
        """Every cell's display text, row by row, as a view painting the page asks."""
        root = QModelIndex()
        columns = range(table.columnCount(root))
        return [
            [table.data(table.index(row, column), display) for column in columns]
            for row in range(table.rowCount(root))
        ]

    sql, parameters = emitted(demo.database)
    with closing(open_file(demo.path)) as connection:

        def subject() -> list[list[str]]:
            model.set_rows(wanted, read_rows(demo.database, wanted, 0, PAGE_SIZE))
            return shown(model)

        def floor() -> list[list[str]]:
            plain.clear()
            for row in connection.execute(sql, parameters):
                first, last, born, visit, urgency, status = row[2:8]
                texts = (
                    URGENCY_WORDS.get(urgency, ""),
                    visit,
                    f"{last}, {first}",
                    born,
                    STATUS_WORDS.get(status, status),
                )
                plain.appendRow([QStandardItem(text) for text in texts])
            return shown(plain)

        # Both must show the same cells, or the ratio compares different work.
        cells = subject()
        if len(cells) != PAGE_SIZE or cells != floor():
            raise AssertionError("review_queue_view: the floor shows another page")
        value, floor_value = per_call(subject, floor, rounds=rounds, round_seconds=round_seconds)
    return Figure(VIEW_NAME, value * 1e6, floor_value * 1e6, TARGET, "µs")


def measure_encryption(*, rounds: int, round_seconds: float) -> Figure:
    """`review_queue_encryption`: the queue's first page on the encrypted demo database
    over the same on a plain copy of it (see the module's docstring)."""
    demo = demo_database(quick=is_quick(round_seconds))
    if not encryption.is_encrypted(demo.path):
        raise AssertionError(f"{ENCRYPTION_NAME}: the demo database is not encrypted")
    wanted = QueueFilter()
    with tempfile.TemporaryDirectory(prefix="clinic-bench-plain-") as folder:
        plain_path = Path(folder) / "plain.sqlite3"
        with closing(open_file(demo.path)) as connection:
            connection.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain_path),))
            connection.execute("SELECT sqlcipher_export('plain')")
            connection.execute("DETACH DATABASE plain")
        plain = open_database(f"sqlite:///{plain_path}", upgrade=False)
        try:

            def subject() -> list[QueueRow]:
                return page(demo.database, wanted, limit=PAGE_SIZE)

            def on_plain() -> list[QueueRow]:
                return page(plain, wanted, limit=PAGE_SIZE)

            if [row.intake_id for row in subject()] != [row.intake_id for row in on_plain()]:
                raise AssertionError(f"{ENCRYPTION_NAME}: the plain copy shows another page")
            value, plain_value = per_call(
                subject, on_plain, rounds=rounds, round_seconds=round_seconds
            )
        finally:
            plain.close()
    return Figure(ENCRYPTION_NAME, value * 1e6, plain_value * 1e6, ENCRYPTION_TARGET, "µs")


POSTGRESQL_NAME = "review_queue_postgresql"


def measure_postgresql(*, rounds: int, round_seconds: float) -> Figure:
    """`review_queue_postgresql`: `review_queue` on PostgreSQL, over plain psycopg.

    The same 200,000 intakes (benchmarks/postgresql.py). The subject is `review_queue.page`
    as on SQLite: a pooled connection taken (and checked), the SQL run, the rows turned
    into `QueueRow`s, the connection given back. The floor runs the very SQL on one plain
    psycopg connection (autocommit, as a lone SELECT needs no transaction of its own) and
    fetches the rows as tuples; both let psycopg prepare the statement after a few runs.
    """
    import psycopg

    from benchmarks.postgresql import demo_postgresql

    demo = demo_postgresql(quick=is_quick(round_seconds))
    database, wanted = demo.database, QueueFilter()
    sql, parameters = emitted(database)
    with psycopg.connect(demo.conninfo, autocommit=True) as connection:

        def subject() -> list[QueueRow]:
            return page(database, wanted, limit=PAGE_SIZE)

        def floor() -> list[tuple[object, ...]]:
            return connection.execute(sql, parameters).fetchall()

        # Both must fetch the same page, or the ratio compares different work.
        if not _same_page(subject(), floor()):
            raise AssertionError(f"{POSTGRESQL_NAME}: the floor's query fetches another page")
        value, floor_value = per_call(subject, floor, rounds=rounds, round_seconds=round_seconds)
    return Figure(POSTGRESQL_NAME, value * 1e6, floor_value * 1e6, TARGET, "µs")
