"""The storage suite runs on a real SQLite file always, and on a real PostgreSQL server: the
one CLINIC_INTAKE_TEST_PG names, else a throwaway cluster the session starts when PostgreSQL
is installed. The `database_url` fixture behind that lives in tests/conftest.py, for the GUI
tests' use too.
"""

from collections.abc import Iterator

import pytest

from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database, open_database


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    opened = open_database(database_url)
    yield opened
    opened.close()


@pytest.fixture
def desk() -> Actor:
    return Actor(name="desk", role="front_desk")
