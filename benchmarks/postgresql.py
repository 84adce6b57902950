"""The PostgreSQL half of the storage benchmarks: a throwaway cluster holding the demo data.

`review_queue_postgresql`, `patient_search_postgresql` and `gui_stall_postgresql` measure
on PostgreSQL what `review_queue`, `patient_search` and `gui_stall` measure on SQLite
(`gui_stall_postgresql_delayed` too, through a proxy that delays every packet). The run
starts its own cluster (tests/postgres_cluster.py: loopback only, fsync off, TLS only and
reached with verify-full as a clinic's server is, stopped and removed however the run ends)
when PostgreSQL's server programs and openssl are installed; without them those figures
are left out, and the run says so and how to install them.

The data are the very rows of the run's SQLite demo database (benchmarks/demo_database.py),
copied table by table with COPY, which takes seconds where generating 200,000 intakes again
through INSERTs would take minutes. Afterwards the tables are vacuumed and analysed, as
autovacuum would leave a database that has been in use, so the planner has statistics and
index-only scans have a visibility map.
"""

import atexit
import contextlib
import os
import sys
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from benchmarks.demo_database import demo_database
from clinic_app.storage import migrate
from clinic_app.storage.database import Database, connect, open_database
from clinic_app.storage.encryption import open_file
from clinic_app.storage.models import Base

NAMES = (
    "review_queue_postgresql",
    "patient_search_postgresql",
    "gui_stall_postgresql",
    "gui_stall_postgresql_delayed",
)
"""The figures that need a PostgreSQL server."""
TESTS = Path(__file__).resolve().parents[1] / "tests"


@dataclass(frozen=True)
class PostgresDemo:
    """The demo data on PostgreSQL: opened by the app, and libpq's words for plain psycopg."""

    database: Database
    conninfo: str
    seconds: float
    """How long copying the rows (and analysing them) took."""
    url: str
    """The database's SQLAlchemy URL (for a second `Database` on it, as through a proxy)."""


_running: list[str] = []  # the cluster's server URL, once started
_built: dict[bool, PostgresDemo] = {}


def tests_on_path() -> None:
    """Make tests/ importable: postgres_cluster.py (the test session's own cluster), and
    faults/proxy.py (the fault proxy `gui_stall_postgresql_delayed` puts in between)."""
    if str(TESTS) not in sys.path:
        sys.path.append(str(TESTS))


def missing() -> str | None:
    """Why the PostgreSQL figures cannot run here (with how to fix it), or None if they can."""
    tests_on_path()
    import postgres_cluster as cluster

    if cluster.server_programs() is not None:
        if cluster.openssl() is None:  # the cluster speaks TLS only
            how = f"sudo apt-get install {cluster.OPENSSL}"
            return f"openssl is not installed (it makes the cluster's CA); install it with `{how}`"
        return None
    how = f"sudo apt-get install {cluster.PACKAGE}"
    if cluster.BIN_ENV in os.environ:
        return (
            f"{cluster.BIN_ENV} names no folder holding PostgreSQL's initdb and pg_ctl "
            f"(unset it, or install the server: {how})"
        )
    return f"PostgreSQL's server (initdb, pg_ctl) is not installed; install it with `{how}`"


def _server() -> str:
    """The URL of the run's throwaway cluster, started on first use, gone at exit."""
    if not _running:
        tests_on_path()
        import postgres_cluster as cluster

        programs = cluster.server_programs()
        if programs is None:
            raise RuntimeError(missing())
        stack = contextlib.ExitStack()
        started = time.perf_counter()
        running = stack.enter_context(cluster.running(programs))
        atexit.register(stack.close)  # after the databases close: atexit runs last-in first
        print(
            f"PostgreSQL: a throwaway cluster in {running.directory} "
            f"started in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
        _running.append(running.url)
    return _running[0]


def demo_postgresql(*, quick: bool) -> PostgresDemo:
    """The run's demo data on the run's PostgreSQL cluster (copied on first use)."""
    if quick not in _built:
        _built[quick] = _build(quick)
    return _built[quick]


def _build(quick: bool) -> PostgresDemo:
    source = demo_database(quick=quick)
    server = _server()
    name = "clinic_bench_quick" if quick else "clinic_bench"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name}"))
            connection.execute(text(f"CREATE DATABASE {name}"))
    finally:
        admin.dispose()
    url = make_url(server).set(database=name)
    schema = connect(url.render_as_string(hide_password=False))
    try:
        migrate.upgrade(schema.engine)
    finally:
        schema.close()
    conninfo = psycopg.conninfo.make_conninfo(
        host=url.host or "",
        port=url.port or 5432,
        user=url.username or "",
        dbname=name,
        # verified TLS, as the app's own connections (the cluster speaks nothing else)
        **{key: str(url.query[key]) for key in ("sslmode", "sslrootcert") if key in url.query},
    )
    started = time.perf_counter()
    rows = _copy(source.path, conninfo)
    seconds = time.perf_counter() - started
    print(
        f"demo database on PostgreSQL: {rows} rows copied and analysed in {seconds:.1f} s",
        file=sys.stderr,
    )
    rendered = url.render_as_string(hide_password=False)
    database = open_database(rendered)
    atexit.register(database.close)
    return PostgresDemo(database, conninfo, seconds, rendered)


def _copy(sqlite_path: Path, conninfo: str) -> int:
    """Every table's rows from the SQLite file into the (migrated, empty) PostgreSQL database.

    SQLite hands over its stored text (dates, moments), integers (booleans as 0 and 1) and
    blobs; COPY's text format reads each into its column's type, as an INSERT would.
    """
    tables = [table.name for table in Base.metadata.sorted_tables]  # parents first
    copied = 0
    with (
        closing(open_file(sqlite_path)) as source,
        psycopg.connect(conninfo, autocommit=True) as target,
    ):
        # Whatever the migrations may have seeded gives way to the demo's own rows.
        target.execute(
            sql.SQL("TRUNCATE {} CASCADE").format(sql.SQL(", ").join(map(sql.Identifier, tables)))
        )
        with target.transaction():
            for table in tables:
                cursor = source.execute(f'SELECT * FROM "{table}"')
                columns = [column[0] for column in cursor.description]
                statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
                    sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns))
                )
                with target.cursor().copy(statement) as copy:
                    for row in cursor:
                        copy.write_row(row)
                        copied += 1
                if "id" in columns:  # new rows, were any added, would take ids after these
                    target.execute(
                        sql.SQL(
                            "SELECT setval(pg_get_serial_sequence({}, 'id'), "
                            "(SELECT COALESCE(MAX(id), 0) + 1 FROM {}), false)"
                        ).format(sql.Literal(table), sql.Identifier(table))
                    )
        target.execute("VACUUM ANALYZE")
    return copied
