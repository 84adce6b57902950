"""`patient_search`: search-as-you-type over 100,000 patients, over the same query in sqlite3.

The subject is `patients.search` for surname prefixes the desk types ("ok", "sm", "gar",
"ngu", taken in turn), each matching thousands of made-up patients; it returns the first
50 in surname order. The floor runs the very SQL SQLAlchemy emits, with the same
parameters, on a plain DB-API connection (SQLCipher's driver, keyed like the app's: the
demo database is encrypted, and both pay for that alike). Both read the prefix through the name
indexes (ix_patients_last_key, ix_patients_first_key) and sort the matches, so the
ratio is what SQLAlchemy and the session add to one search.
"""

from contextlib import closing
from itertools import cycle

from benchmarks.demo_database import demo_database, is_quick
from benchmarks.harness import Figure, per_call
from clinic_app.services.patients import SEARCH_LIMIT, PatientRow, name_key, search
from clinic_app.storage.encryption import open_file

TARGET = 2.0
NAME = "patient_search"
PREFIXES = ("ok", "sm", "gar", "ngu")

# What SQLAlchemy emits for search(database, prefix) when the prefix is not a date.
SQL = (
    "SELECT patients.id, patients.first_name, patients.last_name, patients.date_of_birth, "
    "patients.clinic_number, patients.version \n"
    "FROM patients \n"
    "WHERE patients.last_key >= ? AND patients.last_key < ? "
    "OR patients.first_key >= ? AND patients.first_key < ? "
    "OR patients.clinic_number = ? "
    "ORDER BY patients.last_key, patients.first_key, patients.id\n"
    " LIMIT ? OFFSET ?"
)


def parameters(prefix: str) -> tuple[object, ...]:
    """The query's parameters for one typed prefix, as search() computes them."""
    key = name_key(prefix)
    end = key[:-1] + chr(ord(key[-1]) + 1)
    return (key, end, key, end, prefix.strip(), SEARCH_LIMIT, 0)


def _as_stored(row: PatientRow) -> tuple[object, ...]:
    return (
        row.id,
        row.first_name,
        row.last_name,
        row.date_of_birth.isoformat(),
        row.clinic_number,
        row.version,
    )


def measure(*, rounds: int, round_seconds: float) -> Figure:
    demo = demo_database(quick=is_quick(round_seconds))
    database = demo.database
    with closing(open_file(demo.path)) as connection:
        for prefix in PREFIXES:  # the same patients, or the ratio compares different work
            rows = search(database, prefix)
            found = connection.execute(SQL, parameters(prefix)).fetchall()
            if not rows or [_as_stored(row) for row in rows] != found:
                raise AssertionError(f"patient_search: the floor finds others for {prefix!r}")
        typed = cycle(PREFIXES)
        bound = cycle([parameters(prefix) for prefix in PREFIXES])

        def subject() -> list[PatientRow]:
            return search(database, next(typed))

        def floor() -> list[tuple[object, ...]]:
            fetched: list[tuple[object, ...]] = connection.execute(SQL, next(bound)).fetchall()
            return fetched

        value, floor_value = per_call(subject, floor, rounds=rounds, round_seconds=round_seconds)
    return Figure(NAME, value * 1e6, floor_value * 1e6, TARGET, "µs")


# What SQLAlchemy emits for search(database, prefix) on PostgreSQL (psycopg).
POSTGRESQL_NAME = "patient_search_postgresql"
POSTGRESQL_SQL = (
    "SELECT patients.id, patients.first_name, patients.last_name, patients.date_of_birth, "
    "patients.clinic_number, patients.version \n"
    "FROM patients \n"
    "WHERE patients.last_key >= %(last_key_1)s::VARCHAR "
    "AND patients.last_key < %(last_key_2)s::VARCHAR "
    "OR patients.first_key >= %(first_key_1)s::VARCHAR "
    "AND patients.first_key < %(first_key_2)s::VARCHAR "
    "OR patients.clinic_number = %(clinic_number_1)s::VARCHAR "
    "ORDER BY patients.last_key, patients.first_key, patients.id \n"
    " LIMIT %(param_1)s::INTEGER"
)


def postgresql_parameters(prefix: str) -> dict[str, object]:
    """The PostgreSQL query's parameters for one typed prefix, as search() computes them."""
    key, end, _, _, number, limit, _ = parameters(prefix)
    return {
        "last_key_1": key,
        "last_key_2": end,
        "first_key_1": key,
        "first_key_2": end,
        "clinic_number_1": number,
        "param_1": limit,
    }


def measure_postgresql(*, rounds: int, round_seconds: float) -> Figure:
    """`patient_search_postgresql`: `patient_search` on PostgreSQL, over plain psycopg.

    The same 100,000 patients (benchmarks/postgresql.py) and prefixes. The subject is
    `patients.search` as on SQLite (a reading session, its transaction, the rows). The floor
    runs the very SQL on one plain psycopg connection (autocommit, as a lone SELECT needs
    no transaction of its own) and fetches the rows as tuples.
    """
    import psycopg

    from benchmarks.postgresql import demo_postgresql

    demo = demo_postgresql(quick=is_quick(round_seconds))
    database = demo.database
    with psycopg.connect(demo.conninfo, autocommit=True) as connection:
        for prefix in PREFIXES:  # the same patients, or the ratio compares different work
            rows = search(database, prefix)
            found = connection.execute(POSTGRESQL_SQL, postgresql_parameters(prefix)).fetchall()
            if not rows or [_as_fetched(row) for row in rows] != found:
                raise AssertionError(f"{POSTGRESQL_NAME}: the floor finds others for {prefix!r}")
        typed = cycle(PREFIXES)
        bound = cycle([postgresql_parameters(prefix) for prefix in PREFIXES])

        def subject() -> list[PatientRow]:
            return search(database, next(typed))

        def floor() -> list[tuple[object, ...]]:
            return connection.execute(POSTGRESQL_SQL, next(bound)).fetchall()

        value, floor_value = per_call(subject, floor, rounds=rounds, round_seconds=round_seconds)
    return Figure(POSTGRESQL_NAME, value * 1e6, floor_value * 1e6, TARGET, "µs")


def _as_fetched(row: PatientRow) -> tuple[object, ...]:
    return (
        row.id,
        row.first_name,
        row.last_name,
        row.date_of_birth,
        row.clinic_number,
        row.version,
    )
