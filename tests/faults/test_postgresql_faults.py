"""PostgreSQL calls end in words within their bounds, whatever the network does.

The desk's database is reached through tests/faults/proxy.py, which can hang the
connection (open, no bytes: what a dropped network looks like when something still answers
TCP, so neither keepalives nor the server's statement_timeout can help) or cut it. The
server restart test runs a cluster of its own, since it stops it.
"""

import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import postgres_cluster
import pytest
from intake_documents import document
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from clinic_app.services import intakes
from clinic_app.services.actor import Actor
from clinic_app.storage import migrate
from clinic_app.storage.bounds import DESK
from clinic_app.storage.database import Database, connect, open_database
from clinic_app.storage.errors import DatabaseTimedOut, DatabaseUnavailable
from clinic_app.storage.models import Intake
from faults.proxy import FaultProxy

postgresql_only = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
MARGIN = 3.0
"""Seconds allowed on top of a bound, for a loaded machine."""
ANSWER = DESK.answer_seconds or 0.0
DESK_ACTOR = Actor(name="desk", role="front_desk")


@pytest.fixture
def proxy(database_url: str) -> Iterator[FaultProxy]:
    server = make_url(database_url)
    with FaultProxy((server.host or "127.0.0.1", server.port or 5432)) as running:
        yield running


@pytest.fixture
def desk(database_url: str, proxy: FaultProxy) -> Iterator[Database]:
    """The desk's database, opened through the proxy."""
    proxied = make_url(database_url).set(host="127.0.0.1", port=proxy.port)
    opened = open_database(proxied.render_as_string(hide_password=False))
    yield opened
    opened.close()


def intake_count(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(Intake)) or 0


def draft(name: str) -> dict[str, object]:
    return document({"patient.first_name": name, "patient.last_name": "Faults"})


def timed_failure(call: "object") -> tuple[BaseException, float]:
    assert callable(call)
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable) as raised:
        call()
    return raised.value, time.monotonic() - started


@postgresql_only
@pytest.mark.slow
def test_a_hang_between_calls_fails_the_next_call_in_words_within_seconds(
    desk: Database, proxy: FaultProxy
) -> None:
    assert intake_count(desk) == 0  # a pooled connection, through the proxy
    proxy.hang()
    error, seconds = timed_failure(lambda: intake_count(desk))
    print(f"hung between calls: failed after {seconds:.2f} s: {error}")
    assert isinstance(error, DatabaseTimedOut)
    assert "did not answer within" in str(error)
    assert seconds < DESK.connect_seconds + MARGIN
    proxy.pass_traffic()
    assert intake_count(desk) == 0


@postgresql_only
@pytest.mark.slow
def test_a_hang_in_the_middle_of_a_call_fails_it_within_the_answer_bound(
    desk: Database, proxy: FaultProxy
) -> None:
    hung_at: list[float] = []

    def two_statements() -> None:
        with desk.reading() as session:
            session.execute(text("SELECT 1"))
            proxy.hang()
            hung_at.append(time.monotonic())
            session.execute(text("SELECT 2"))

    with pytest.raises(DatabaseTimedOut) as raised:
        two_statements()
    seconds = time.monotonic() - hung_at[0]
    print(f"hung mid-call: failed after {seconds:.2f} s: {raised.value}")
    assert seconds < ANSWER + MARGIN
    proxy.pass_traffic()
    assert intake_count(desk) == 0  # the dead connection was dropped; a new one works
    rows = desk.fetch(select(func.count()).select_from(Intake))
    assert rows[0][0] == 0


@postgresql_only
@pytest.mark.slow
def test_a_write_that_hangs_is_reported_and_not_applied_twice(
    desk: Database, proxy: FaultProxy
) -> None:
    intakes.save_draft(desk, DESK_ACTOR, draft("Before"))
    proxy.hang()
    error, seconds = timed_failure(lambda: intakes.save_draft(desk, DESK_ACTOR, draft("Hung")))
    print(f"write while hung: failed after {seconds:.2f} s: {error}")
    assert seconds < ANSWER + MARGIN
    proxy.pass_traffic()
    intakes.save_draft(desk, DESK_ACTOR, draft("After"))
    assert intake_count(desk) == 2  # the failed save never reached the server


@postgresql_only
def test_a_cut_connection_fails_in_words_and_the_next_call_after_it_works(
    desk: Database, proxy: FaultProxy
) -> None:
    assert intake_count(desk) == 0
    proxy.cut()
    error, seconds = timed_failure(lambda: intake_count(desk))
    print(f"cut: failed after {seconds:.2f} s: {error}")
    assert seconds < DESK.connect_seconds + MARGIN
    assert "Traceback" not in str(error)
    proxy.pass_traffic()
    assert intake_count(desk) == 0


@postgresql_only
def test_connections_that_died_in_the_pool_are_replaced_without_an_error(
    desk: Database, proxy: FaultProxy
) -> None:
    """The network drops every connection while the desk is idle and comes straight back:
    the next read and the next write just work (each dead connection is found by the ping
    on checkout, dropped, and the call made on a new one)."""
    assert intake_count(desk) == 0
    accepted = proxy.accepted
    proxy.cut()
    proxy.pass_traffic()
    assert intake_count(desk) == 0
    assert desk.fetch(select(func.count()).select_from(Intake))[0][0] == 0
    intakes.save_draft(desk, DESK_ACTOR, draft("After the cut"))
    assert intake_count(desk) == 1
    assert proxy.accepted > accepted, "no new connection was made"


@postgresql_only
def test_the_url_may_set_its_own_bounds(database_url: str) -> None:
    tuned = make_url(database_url).update_query_dict(
        {"connect_timeout": "3", "options": "-c statement_timeout=1500 -c search_path=public"}
    )
    database = open_database(tuned.render_as_string(hide_password=False))
    try:
        assert database.timeouts.connect_seconds == 3
        assert database.timeouts.statement_seconds == 1.5
        with database.reading() as session:
            assert session.scalar(text("SHOW statement_timeout")) == "1500ms"
            assert session.scalar(text("SHOW search_path")) == "public"
        raw = database.engine.raw_connection()
        try:
            assert raw.driver_connection is not None
            libpq = raw.driver_connection.info.get_parameters()
        finally:
            raw.close()
        assert libpq["connect_timeout"] == "3"  # the URL's, not the desk's 5
        assert libpq["keepalives"] == "1"
        assert libpq["tcp_user_timeout"] == str(DESK.tcp_user_timeout_seconds * 1000)
        started = time.monotonic()
        with pytest.raises(DatabaseTimedOut, match=r"within 1\.5 seconds"), database.reading() as s:
            s.execute(text("SELECT pg_sleep(5)"))
        assert time.monotonic() - started < 1.5 + MARGIN
    finally:
        database.close()


@pytest.mark.slow
def test_a_server_stopped_and_started_again_mid_session(tmp_path: Path) -> None:
    if os.environ.get("CLINIC_INTAKE_TEST_PG", "").strip():
        pytest.skip("stops its server: needs a throwaway cluster of its own")
    programs = postgres_cluster.server_programs()
    if programs is None:
        pytest.skip("PostgreSQL's server programs are not installed")
    with postgres_cluster.running(programs) as cluster:
        setup = connect(cluster.url)
        migrate.upgrade(setup.engine)
        setup.close()
        desk = open_database(cluster.url)
        try:
            intakes.save_draft(desk, DESK_ACTOR, draft("Before the restart"))
            postgres_cluster.pg_ctl(cluster, programs, "-m", "fast", "restart")
            assert intake_count(desk) == 1  # dead pooled connection dropped, call made again
            intakes.save_draft(desk, DESK_ACTOR, draft("After the restart"))
            postgres_cluster.pg_ctl(cluster, programs, "-m", "fast", "stop")
            error, seconds = timed_failure(lambda: intake_count(desk))
            print(f"server stopped: failed after {seconds:.2f} s: {error}")
            assert seconds < DESK.connect_seconds + MARGIN
            postgres_cluster.pg_ctl(
                cluster, programs, "restart"
            )  # starts it again, with its options
            assert intake_count(desk) == 2
        finally:
            desk.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@postgresql_only
@pytest.mark.parametrize("form", ["repeated", "comma"])
def test_a_url_with_several_hosts_reaches_the_one_that_answers(
    database_url: str, form: str
) -> None:
    """The first host listed is down (a primary that failed): the app goes on to the next,
    as it would to a promoted standby, and describes both."""
    server = make_url(database_url)
    down, up = _free_port(), server.port
    base = f"postgresql+psycopg://{server.username}@/{server.database}"
    if form == "repeated":
        hosts = f"host=127.0.0.1:{down}&host=127.0.0.1:{up}"
    else:
        hosts = f"host=127.0.0.1,127.0.0.1&port={down},{up}"
    # the server's TLS settings too: verified, as every connection of the suite's
    tls = "".join(
        f"&{key}={server.query[key]}" for key in ("sslmode", "sslrootcert") if key in server.query
    )
    url = f"{base}?{hosts}&target_session_attrs=read-write{tls}"
    database = open_database(url)
    try:
        assert intake_count(database) == 0
        assert database.describe() == (
            f"PostgreSQL database {server.database} on 127.0.0.1:{down}, 127.0.0.1:{up}"
        )
        assert database.sqlite_path is None
    finally:
        database.close()
