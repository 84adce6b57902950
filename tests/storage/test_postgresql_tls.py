"""Verified TLS to PostgreSQL (security.md, transmission security), through the storage API.

The suite's own connections are verify-full against the session cluster's throwaway CA
(tests/postgres_cluster.py), and the server takes nothing else. A server libpq refuses
(a certificate from another CA, a name or address the certificate does not give, no TLS
at all, a CA file that is missing or is no certificate) is refused by the app's storage
layer in one line that says what is wrong and what to do. Every refusal is made for real,
by libpq against a real server: the other CA and the plain server are made here too.
"""

import os
from pathlib import Path

import needs
import postgres_cluster
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from clinic_app.storage import postgresql
from clinic_app.storage.database import connect, describe, open_database
from clinic_app.storage.errors import DatabaseUnavailable

postgresql_only = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
PG_ENV = "CLINIC_INTAKE_TEST_PG"


def with_query(url: str, **query: str) -> str:
    return make_url(url).update_query_dict(query).render_as_string(hide_password=False)


def verified(url: str) -> str:
    """`url`, which on the session's own cluster must say verify-full (else the test
    fails); CLINIC_INTAKE_TEST_PG may name a server set up otherwise, which these tests
    cannot use."""
    if make_url(url).query.get("sslmode") != "verify-full" and os.environ.get(PG_ENV, "").strip():
        needs.impossible(
            f"{PG_ENV} names a server the tests reach without sslmode=verify-full; unset "
            "it, and the session starts a verified cluster of its own"
        )
    assert make_url(url).query.get("sslmode") == "verify-full", f"not verified: {url}"
    return url


@pytest.fixture
def server(pg_server: str) -> str:
    """The session's server, reached verified."""
    return verified(pg_server)


@pytest.fixture
def ca_file(server: str) -> Path:
    """The CA that signed the session server's certificate."""
    return Path(str(make_url(server).query["sslrootcert"]))


@pytest.fixture
def another_ca(tmp_path: Path) -> Path:
    """A CA of the same make that signed nothing the server has: the wrong one."""
    folder = tmp_path / "another"
    folder.mkdir()
    return postgres_cluster.certificate_authority(folder, "another clinic's CA")


def refusal(url: str) -> str:
    """The one line connect() refuses `url` with (and no database is left open)."""
    with pytest.raises(DatabaseUnavailable) as refused:
        connect(url).close()
    message = str(refused.value)
    assert "\n" not in message, message
    return message


@postgresql_only
def test_the_suites_own_connections_are_encrypted_and_verified(database_url: str) -> None:
    """Fails if the fixtures' URL or the cluster drops TLS, or stops checking the server."""
    url = make_url(verified(database_url))
    assert Path(str(url.query["sslrootcert"])).is_file()

    plain = create_engine(database_url)  # the URL as any test uses it, without the app
    try:
        with plain.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            assert driver.pgconn.ssl_in_use
            server_says = connection.execute(
                text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).one()
            assert server_says[0] is True
            assert str(server_says[1]).startswith("TLSv1.")
    finally:
        plain.dispose()

    database = open_database(database_url)  # the app's own engine, bounds and all
    try:
        with database.reading() as session:
            travel = postgresql.transport(session.connection())
        assert travel.sslmode == "verify-full"
        assert travel.protocol is not None
        assert travel.protocol.startswith("TLS 1.")
        assert travel.describe() == f"{travel.protocol}, server certificate verified (verify-full)"
    finally:
        database.close()


def test_the_server_lets_no_unencrypted_connection_in(server: str) -> None:
    """The session's server takes hostssl connections only, as the README sets one up."""
    url = with_query(server, sslmode="disable")
    assert refusal(url) == (
        f"cannot use {describe(url)}: the server takes encrypted connections only, and the "
        "URL turns TLS off (sslmode=disable): use sslmode=verify-full&sslrootcert=PATH in "
        "the URL"
    )


@pytest.mark.parametrize("sslmode", ["verify-full", "verify-ca"])
def test_a_certificate_from_another_ca_is_refused_in_one_line(
    server: str, another_ca: Path, sslmode: str
) -> None:
    url = with_query(server, sslmode=sslmode, sslrootcert=str(another_ca))
    assert refusal(url) == (
        f"cannot use {describe(url)}: the server's certificate is not signed by the CA in "
        f"sslrootcert ({another_ca}), or has expired: ask whoever runs the server for its "
        "CA file"
    )


@pytest.mark.parametrize("name", ["clinic-server.invalid", "127.0.0.2"], ids=["name", "address"])
def test_a_host_the_certificate_does_not_name_is_refused_in_one_line(
    server: str, name: str
) -> None:
    """The same server, reached at 127.0.0.1 (hostaddr) but called by a name, or an
    address, that its certificate (localhost, 127.0.0.1) does not give."""
    url = (
        make_url(server)
        .set(host=name)
        .update_query_dict({"hostaddr": "127.0.0.1"})
        .render_as_string(hide_password=False)
    )
    assert refusal(url) == (
        f'cannot use {describe(url)}: the server\'s certificate is for "localhost" (and 1 '
        f'other name), not "{name}": use a name the certificate gives in the URL, or ask '
        f'whoever runs the server for a certificate that names "{name}"'
    )


def test_by_a_name_its_certificate_gives_the_same_server_is_accepted(server: str) -> None:
    """The refusal above is about the name: called `localhost`, it is verified."""
    database = connect(make_url(server).set(host="localhost").render_as_string(hide_password=False))
    try:
        with database.reading() as session:
            assert postgresql.transport(session.connection()).sslmode == "verify-full"
            assert session.scalar(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
    finally:
        database.close()


@pytest.mark.slow
def test_verify_full_against_a_server_without_tls_is_refused_in_one_line(
    pg_server_without_tls: str, ca_file: Path
) -> None:
    url = with_query(pg_server_without_tls, sslmode="verify-full", sslrootcert=str(ca_file))
    assert refusal(url) == (
        f"cannot use {describe(url)}: the server does not offer TLS, and the URL requires it "
        "(sslmode=verify-full): ask whoever runs the server to turn ssl on with a "
        "certificate (README: several workstations)"
    )


@pytest.fixture
def not_a_certificate(tmp_path: Path) -> Path:
    path = tmp_path / "clinic-ca.crt"
    path.write_text("this is a note, not a certificate\n", encoding="utf-8")
    return path


def test_a_ca_file_that_is_missing_is_named(server: str, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "clinic-ca.crt"
    url = with_query(server, sslrootcert=str(missing))
    assert refusal(url) == (
        f"cannot use {describe(url)}: the CA file {missing} does not exist: ask whoever runs "
        "the server for its CA file and name it in the URL with sslrootcert=PATH"
    )


def test_a_ca_file_that_is_no_certificate_is_named(server: str, not_a_certificate: Path) -> None:
    url = with_query(server, sslrootcert=str(not_a_certificate))
    assert refusal(url) == (
        f"cannot use {describe(url)}: the CA file {not_a_certificate} cannot be read as a "
        "certificate: ask whoever runs the server for its CA file (a .crt in PEM form)"
    )
