"""`clinic-intake db current --db URL` on PostgreSQL, as an administrator runs it: the
connection's TLS state under the schema line, and a server libpq refuses refused in one
line with exit 1 (architecture.md: anything but invalid input) and no traceback.

Through the real console script in a subprocess, against the session's verified cluster
and a cluster without TLS (tests/conftest.py). SQLite's output is unchanged (its exact
lines are in tests/cli/test_records_commands.py).
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import needs
import postgres_cluster
import pytest
from sqlalchemy.engine import make_url

from clinic_app.storage.database import SCHEMA_HEAD, describe

postgresql_only = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
TLS = r"TLS 1\.\d"
PG_ENV = "CLINIC_INTAKE_TEST_PG"


def db_current(url: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("clinic-intake")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "clinic_app"]
    return subprocess.run(
        [*command, "db", "current", "--db", url],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def with_query(url: str, **query: str) -> str:
    return make_url(url).update_query_dict(query).render_as_string(hide_password=False)


def verified(url: str) -> str:
    """`url`, which on the session's own cluster must say verify-full (else the test fails)."""
    if make_url(url).query.get("sslmode") != "verify-full" and os.environ.get(PG_ENV, "").strip():
        needs.impossible(f"{PG_ENV} names a server the tests reach without verify-full")
    assert make_url(url).query.get("sslmode") == "verify-full", f"not verified: {url}"
    return url


def refused_in_one_line(url: str) -> str:
    """The words after `clinic-intake: cannot use …:` that `db current` refuses `url` with."""
    done = db_current(url)
    assert (done.returncode, done.stdout) == (1, ""), done
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    prefix = f"clinic-intake: cannot use {describe(url)}: "
    assert lines[0].startswith(prefix), lines[0]
    return lines[0].removeprefix(prefix)


@postgresql_only
def test_a_verified_connection_is_named_so(database_url: str) -> None:
    done = db_current(verified(database_url))
    assert (done.returncode, done.stderr) == (0, ""), done
    schema, connection = done.stdout.splitlines()
    assert schema == f"{describe(database_url)}: schema {SCHEMA_HEAD} (up to date)"
    assert re.fullmatch(
        rf"connection: {TLS}, server certificate verified \(verify-full\)", connection
    )


@postgresql_only
def test_an_encrypted_connection_whose_certificate_is_not_checked_says_so(
    database_url: str,
) -> None:
    url = make_url(verified(database_url)).difference_update_query(["sslrootcert"])
    done = db_current(with_query(url.render_as_string(hide_password=False), sslmode="require"))
    assert (done.returncode, done.stderr) == (0, ""), done
    connection = done.stdout.splitlines()[1]
    assert re.fullmatch(
        rf"connection: {TLS}, certificate not verified \(sslmode=require\)", connection
    )


@pytest.mark.slow
def test_a_connection_without_tls_is_named_not_encrypted(pg_server_without_tls: str) -> None:
    done = db_current(pg_server_without_tls)  # no sslmode: libpq's prefer, and no TLS there
    assert (done.returncode, done.stderr) == (0, ""), done
    assert done.stdout.splitlines() == [
        f"{describe(pg_server_without_tls)}: schema empty (needs {SCHEMA_HEAD})",
        "connection: not encrypted (sslmode=prefer)",
    ]


def test_a_certificate_from_another_ca_is_refused(pg_server: str, tmp_path: Path) -> None:
    other = postgres_cluster.certificate_authority(tmp_path, "another clinic's CA")
    words = refused_in_one_line(with_query(verified(pg_server), sslrootcert=str(other)))
    assert words == (
        f"the server's certificate is not signed by the CA in sslrootcert ({other}), or has "
        "expired: ask whoever runs the server for its CA file"
    )


def test_a_host_name_the_certificate_does_not_give_is_refused(pg_server: str) -> None:
    url = make_url(verified(pg_server)).set(host="clinic-server.invalid")
    words = refused_in_one_line(
        url.update_query_dict({"hostaddr": "127.0.0.1"}).render_as_string(hide_password=False)
    )
    assert words.startswith(
        'the server\'s certificate is for "localhost" (and 1 other name), not '
        '"clinic-server.invalid": '
    )


@pytest.mark.slow
def test_verify_full_against_a_server_without_tls_is_refused(
    pg_server_without_tls: str, pg_server: str
) -> None:
    ca = str(make_url(verified(pg_server)).query["sslrootcert"])
    words = refused_in_one_line(
        with_query(pg_server_without_tls, sslmode="verify-full", sslrootcert=ca)
    )
    assert words.startswith(
        "the server does not offer TLS, and the URL requires it (sslmode=verify-full): "
    )


def test_the_desktop_app_refuses_another_cas_server_in_the_same_line(
    pg_server: str, tmp_path: Path
) -> None:
    """What a workstation set up with the wrong CA file shows at start: the same words."""
    other = postgres_cluster.certificate_authority(tmp_path, "another clinic's CA")
    url = with_query(verified(pg_server), sslrootcert=str(other))
    done = subprocess.run(
        [sys.executable, "-m", "clinic_app", "--exit-when-ready", "--db", url],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert (done.returncode, done.stdout) == (1, ""), done
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        f"clinic-intake: cannot use {describe(url)}: the server's certificate is not signed by "
        f"the CA in sslrootcert ({other}), or has expired: ask whoever runs the server for its "
        "CA file"
    ]
