"""The storage suite runs on a real SQLite file always, and on a real PostgreSQL server
whenever CLINIC_INTAKE_TEST_PG holds a URL (CI starts one; see .ci/postgres).

Each PostgreSQL test gets a database of its own, copied from a template that was
migrated once per run, so tests never see each other's rows.
"""

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from clinic_app.services.actor import Actor
from clinic_app.storage import migrate
from clinic_app.storage.database import Database, connect, open_database

PG_ENV = "CLINIC_INTAKE_TEST_PG"
# One template per test run, so two runs on one server never drop each other's.
_TEMPLATE = f"clinic_intake_template_{os.getpid()}"
_numbers = itertools.count()


def _pg_url() -> str | None:
    url = os.environ.get(PG_ENV, "").strip()
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the storage suite on PostgreSQL too: set {PG_ENV}")
    return None


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A database migrated to the newest schema, to copy for each test."""
    url = _pg_url()
    if url is None:
        pytest.skip(f"no PostgreSQL server: set {PG_ENV} to a URL to run these on one")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {_TEMPLATE}"))
        connection.execute(text(f"CREATE DATABASE {_TEMPLATE}"))
    template_url = make_url(url).set(database=_TEMPLATE).render_as_string(hide_password=False)
    database = connect(template_url)
    migrate.upgrade(database)
    database.close()
    yield url
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {_TEMPLATE}"))
    admin.dispose()


def _fresh_pg(server_url: str) -> Iterator[str]:
    name = f"clinic_test_{os.getpid()}_{next(_numbers)}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE}"))
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty, current database: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
        open_database(url).close()
        yield url
    else:
        server = request.getfixturevalue("pg_template")
        yield from _fresh_pg(server)


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    opened = open_database(database_url)
    yield opened
    opened.close()


@pytest.fixture
def desk() -> Actor:
    return Actor(name="desk", role="front_desk")
