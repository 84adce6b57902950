"""Every test runs with its own home: no test reads or writes a real user's files.

`database_url` gives a test a real SQLite file, then a real PostgreSQL database: on the
server CLINIC_INTAKE_TEST_PG names, else on a throwaway cluster the session starts itself
when PostgreSQL's server is installed (tests/postgres_cluster.py), else the PostgreSQL half
skips and the end of the run says how to install it (tests/needs.py). Each PostgreSQL test
gets a database of its own, copied from a template that was migrated once per run, so
tests never see each other's rows. The throwaway cluster speaks TLS only, and its URL
(with every URL made from it) says `sslmode=verify-full` with the cluster's own CA, so the
whole PostgreSQL half connects verified, as a clinic's workstations do.

`spooler` gives a test a private CUPS scheduler with a cups-pdf queue (tests/cups_server.py),
started once per session and pointed at through CUPS_SERVER for that test only.
"""

import contextlib
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import cups_server
import needs
import postgres_cluster
import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import clinic_app.gui  # noqa: F401  (its PySide6 guard must be in place before any Qt call)
from clinic_app.storage import migrate
from clinic_app.storage.database import connect, open_database

# The end-of-run note on tests that did not run for want of a package: a hook defined there.
pytest_terminal_summary = needs.pytest_terminal_summary

# No test may read or write this machine's real keyring (a Secret Service, if one runs):
# keyring's fail backend makes the app keep its keys in each test's own key file, and
# subprocesses inherit it. A test of the keyring path sets an in-memory backend itself.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

# Qt widgets in tests draw offscreen unless a test chooses a real X server itself.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No example database on disk (it would outlive the run); no deadline, since a shared
# 2-core machine can stall any single example.
settings.register_profile("clinic", database=None, deadline=None, print_blob=True)
settings.load_profile("clinic")


@pytest.fixture(autouse=True)
def clinic_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh CLINIC_INTAKE_HOME for each test, and no database chosen from outside."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CLINIC_INTAKE_HOME", str(home))
    monkeypatch.delenv("CLINIC_INTAKE_DB", raising=False)
    return home


@pytest.fixture(scope="session", autouse=True)
def window_catalogues() -> None:
    """The staff windows' .qm, built from the .ts when missing or older (as `make ui`
    does), so `pytest` alone on a fresh clone finds them: the self-test and any app
    started in a subprocess load them from resources/translations/."""
    import sys

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "ui"))
    import translations

    folder = translations.TRANSLATIONS
    if any(
        not (folder / f"{stem}.qm").is_file()
        or (folder / f"{stem}.qm").stat().st_mtime < (folder / f"{stem}.ts").stat().st_mtime
        for stem in translations.CATALOGUES
    ):
        translations.release()


PG_ENV = "CLINIC_INTAKE_TEST_PG"
# One template per test run, so two runs on one server never drop each other's.
_TEMPLATE = f"clinic_intake_template_{os.getpid()}"
_numbers = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A PostgreSQL server's URL: CLINIC_INTAKE_TEST_PG's, else a throwaway cluster's."""
    url = os.environ.get(PG_ENV, "").strip()
    if url:
        yield url
        return
    programs = postgres_cluster.server_programs()
    if programs is None:
        needs.missing(
            "PostgreSQL's server (initdb, pg_ctl)",
            postgres_cluster.PACKAGE,
            f"the PostgreSQL half starts a throwaway cluster with it (or set {PG_ENV} to a URL)",
        )
    if postgres_cluster.openssl() is None:
        needs.missing(
            postgres_cluster.OPENSSL,
            postgres_cluster.OPENSSL,
            "the PostgreSQL half runs over TLS, with a throwaway CA and certificate it makes",
        )
    with postgres_cluster.running(programs) as cluster:
        yield cluster.url


@pytest.fixture(scope="session")
def pg_server_without_tls() -> Iterator[str]:
    """A second throwaway cluster that speaks no TLS at all, like a server nobody set up
    for it (tests/storage/test_postgresql_tls.py): its plain URL, no sslmode in it.
    Started only by the tests that ask for it, once per worker."""
    programs = postgres_cluster.server_programs()
    if programs is None:
        needs.missing(
            "PostgreSQL's server (initdb, pg_ctl)",
            postgres_cluster.PACKAGE,
            "this test starts a throwaway cluster without TLS with it",
        )
    with postgres_cluster.running(programs, tls=False) as cluster:
        yield cluster.url


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:
    """A database migrated to the newest schema, to copy for each test."""
    url = pg_server
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {_TEMPLATE}"))
        connection.execute(text(f"CREATE DATABASE {_TEMPLATE}"))
    template_url = make_url(url).set(database=_TEMPLATE).render_as_string(hide_password=False)
    database = connect(template_url)
    migrate.upgrade(database.engine)
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


@pytest.fixture(scope="session")
def cups_session() -> Iterator[cups_server.Spooler]:
    """The session's private CUPS scheduler, started on first use, stopped at the end."""
    lacking = cups_server.missing_program()
    if lacking is not None:
        needs.missing(
            lacking[0],
            lacking[1],
            "the printing tests start a private CUPS scheduler with a cups-pdf queue",
        )
    if os.geteuid() != 0:
        needs.impossible(
            "printing through a real spooler needs root: cups-pdf's backend runs as root, "
            "so its scheduler must, and it reads its settings from /etc/cups"
        )
    with contextlib.ExitStack() as stack:
        try:
            spooler = stack.enter_context(cups_server.running())
        except cups_server.SpoolerFailed as failed:
            pytest.fail(f"the private CUPS scheduler could not start: {failed}", pytrace=False)
        yield spooler


@pytest.fixture
def spooler(cups_session: cups_server.Spooler) -> Iterator[cups_server.Spooler]:
    """The private scheduler, reached through CUPS_SERVER for this test (by lp, lpstat and
    Qt's print support alike); its queue enabled and empty, and nothing printed, before and
    after."""
    before = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = cups_session.server
    cups_server.tell_libcups_to_reread_the_server()
    try:
        yield cups_session
    finally:
        if before is None:
            del os.environ["CUPS_SERVER"]
        else:
            os.environ["CUPS_SERVER"] = before
        cups_server.tell_libcups_to_reread_the_server()
        cups_session.run("cancel", "-a", cups_session.queue)
        cups_session.run("cupsenable", cups_session.queue)
        cups_session.run("cupsaccept", cups_session.queue)
        for printed in cups_session.printed():
            printed.unlink()
