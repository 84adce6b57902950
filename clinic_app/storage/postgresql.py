"""A PostgreSQL engine whose every call is bounded, so a dead network cannot freeze a desk.

Three layers, because each covers what the others cannot:

- libpq's own settings, passed on connect: `connect_timeout`, TCP keepalives and
  `tcp_user_timeout` (the operating system drops a connection whose peer has gone), and
  the server's `statement_timeout` (the server cancels a slow statement itself, leaving
  the connection usable).
- A deadline on every wait for the server (`BoundedConnection`): when nothing at all
  comes back (a network that still accepts packets but delivers none, a server that
  hangs) neither the kernel nor the server will ever say so. The connection is then
  closed and the call fails with `NoAnswer`.
- A bounded ping when a pooled connection is taken (`_checked_out`): a connection that
  died while it sat in the pool (the server restarted, a failover) is dropped and a new
  one made, once, before any of the call's statements is sent. This is the only retry
  for a write: once a write's statements or its COMMIT have been sent, a lost answer
  does not say whether the server applied it, so it is reported, never sent again.

Whatever the URL sets itself is kept: a clinic may tune any of these there.

The connection's TLS is libpq's, set by the URL (`sslmode=verify-full&sslrootcert=PATH`,
README: several workstations). Two things are said about it here, since libpq's own words
are for programmers: the state of a connection (`transport`, for `db current`), and, when
libpq refuses a server, what is wrong and what to do in one line (`tls_refusal`).
"""

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from time import monotonic
from typing import Any, TypeVar

import psycopg
from psycopg.abc import PQGen
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

from clinic_app.storage.bounds import CallBounds
from clinic_app.storage.errors import DatabaseTimedOut

_RV = TypeVar("_RV")
_FRESH = "clinic_fresh"
_STATEMENT_TIMEOUT = re.compile(r"statement_timeout\s*=\s*(\d+(?:\.\d+)?)\s*(ms|s|min|h)?\b", re.I)
_UNITS = {"ms": 0.001, "s": 1.0, "min": 60.0, "h": 3600.0}
_WRONG_NAME = re.compile(
    r'server certificate (?:for "(?P<named>[^"]*)"(?P<others> \(and \d+ other names?\))? )?'
    r'does not match host name "(?P<host>[^"]*)"'
)
_NO_CA_FILE = re.compile(r'root certificate file "(?P<path>[^"]*)" does not exist')
_UNREADABLE_CA_FILE = re.compile(r'could not read root certificate file "(?P<path>[^"]*)"')
_DEFAULT_CA_FILE = "~/.postgresql/root.crt"
"""Where libpq looks for the CA when neither the URL nor PGSSLROOTCERT names one."""


class NoAnswer(psycopg.OperationalError):
    """The server did not answer within the deadline; the connection has been closed."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no answer from the server within {seconds:g} s")
        self.seconds = seconds


def _until(gen: PQGen[_RV], deadline: float, seconds: float) -> PQGen[_RV]:
    """`gen`, failing with NoAnswer once `deadline` (time.monotonic) has passed.

    psycopg resumes a waiting generator every tenth of a second even when nothing has
    arrived (so that Ctrl-C works), which is when the deadline is looked at.
    """
    try:
        state = next(gen)
        while True:
            ready = yield state
            state = gen.send(ready)
            if monotonic() >= deadline:
                raise NoAnswer(seconds)
    except StopIteration as finished:
        result: _RV = finished.value
        return result


class BoundedConnection(psycopg.Connection[Any]):
    """A psycopg connection that gives up on a server that does not answer in time."""

    answer_seconds: float | None = None

    def wait(self, gen: PQGen[_RV], *args: Any, **kwargs: Any) -> _RV:
        seconds = self.answer_seconds
        if seconds is None:
            return super().wait(gen, *args, **kwargs)
        try:
            return super().wait(_until(gen, monotonic() + seconds, seconds), *args, **kwargs)
        except NoAnswer:
            # The query may still be on its way: the connection cannot be used again.
            # (psycopg does the same when a cancelled query will not end.)
            self.pgconn.finish()
            raise


@dataclass(frozen=True)
class Settings:
    """What is passed to libpq on connect, and the bounds that are in force with it."""

    connect_args: dict[str, Any]
    connect_seconds: float
    statement_seconds: float | None
    answer_seconds: float | None


def _query_text(query: Mapping[str, str | Sequence[str]], key: str) -> str | None:
    value = query.get(key)
    if value is None:
        return None
    return value if isinstance(value, str) else " ".join(value)


def statement_seconds_in(options: str) -> float | None:
    """The statement_timeout an `options` value sets, in seconds (0 means none); None when
    it sets none."""
    found = _STATEMENT_TIMEOUT.search(options)
    if found is None:
        return None
    return float(found.group(1)) * _UNITS[(found.group(2) or "ms").lower()]


def settings(url: URL, bounds: CallBounds) -> Settings:
    """libpq's connect arguments for `bounds`, leaving alone whatever the URL sets."""
    query = url.query
    wanted: dict[str, Any] = {
        "connect_timeout": bounds.connect_seconds,
        "keepalives": 1,
        "keepalives_idle": bounds.keepalive_idle_seconds,
        "keepalives_interval": bounds.keepalive_interval_seconds,
        "keepalives_count": bounds.keepalive_count,
        "tcp_user_timeout": bounds.tcp_user_timeout_seconds * 1000,
    }
    connect_args = {key: value for key, value in wanted.items() if key not in query}
    connect_seconds = float(_query_text(query, "connect_timeout") or bounds.connect_seconds)
    options = _query_text(query, "options") or ""
    statement = statement_seconds_in(options)
    if statement is None and bounds.statement_seconds is not None:
        statement = bounds.statement_seconds
        milliseconds = round(bounds.statement_seconds * 1000)
        # connect_args replace the URL's options, so the URL's are carried over.
        connect_args["options"] = f"{options} -c statement_timeout={milliseconds}".strip()
    if not statement:
        statement = None  # 0 turns the server's timeout off
    answer = (
        statement + bounds.answer_grace_seconds
        if statement is not None and bounds.answer_grace_seconds is not None
        else None
    )
    return Settings(connect_args, connect_seconds, statement, answer)


def create_bounded_engine(url: URL, bounds: CallBounds) -> tuple[Engine, Settings]:
    chosen = settings(url, bounds)
    engine = create_engine(url, connect_args=chosen.connect_args)
    ping_seconds = min(chosen.connect_seconds, chosen.answer_seconds or chosen.connect_seconds)

    @event.listens_for(engine, "do_connect")
    def _connect(
        _dialect: Any, _record: ConnectionPoolEntry, cargs: list[Any], cparams: dict[str, Any]
    ) -> BoundedConnection:
        connection = BoundedConnection.connect(*cargs, **cparams)
        connection.answer_seconds = chosen.answer_seconds
        return connection

    @event.listens_for(engine, "connect")
    def _made(_connection: BoundedConnection, record: ConnectionPoolEntry) -> None:
        record.info[_FRESH] = True

    @event.listens_for(engine, "checkout")
    def _checked_out(
        connection: BoundedConnection, record: ConnectionPoolEntry, _proxy: PoolProxiedConnection
    ) -> None:
        if record.info.pop(_FRESH, False):
            return  # just made: it answered a moment ago
        _ping(connection, ping_seconds)

    return engine, chosen


def _ping(connection: BoundedConnection, seconds: float) -> None:
    """Make sure a pooled connection still reaches the server, within `seconds`.

    Raises DisconnectionError for a dead connection (the pool then drops it and connects
    afresh, once) and DatabaseTimedOut when the server does not answer: waiting again on
    a new connection would only double the wait of the person at the window.
    """
    bound = connection.answer_seconds
    autocommit = connection.autocommit
    connection.answer_seconds = min(seconds, bound) if bound is not None else seconds
    try:
        connection.autocommit = True  # no transaction for the ping (and no round trip)
        connection.execute("SELECT 1")
    except NoAnswer as silent:
        raise DatabaseTimedOut(silent.seconds) from silent
    except psycopg.Error as dead:
        raise DisconnectionError(f"a pooled connection was dead: {dead}") from dead
    finally:
        if not connection.closed:
            connection.autocommit = autocommit
        connection.answer_seconds = bound


@dataclass(frozen=True)
class Transport:
    """How one connection to the server travels: encrypted or not, and what was checked."""

    protocol: str | None
    """"TLS 1.3"; None when the connection is not encrypted."""
    sslmode: str
    """libpq's sslmode in force: the URL's, PGSSLMODE's, or libpq's default (prefer)."""
    local_socket: bool
    """A Unix socket on this computer, which never carries TLS (nor crosses a network)."""

    def describe(self) -> str:
        """The state in the words `db current` prints after the schema."""
        if self.protocol is None:
            if self.local_socket:
                return "not encrypted (a local socket on this computer)"
            return f"not encrypted (sslmode={self.sslmode})"
        if self.sslmode == "verify-full":
            return f"{self.protocol}, server certificate verified (verify-full)"
        if self.sslmode == "verify-ca":
            return (
                f"{self.protocol}, certificate signed by the CA but the server's name not "
                "checked (sslmode=verify-ca)"
            )
        return f"{self.protocol}, certificate not verified (sslmode={self.sslmode})"


def transport(connection: Connection) -> Transport:
    """The TLS state of `connection`, as libpq and the server see it.

    psycopg gives whether TLS is in use (PQsslInUse) but not the protocol, so that is read
    from the server's own view of this connection (pg_stat_ssl, readable by every role for
    its own connection, the kiosk's included). The sslmode is libpq's, so a PGSSLMODE in
    the environment counts as it does for the connection itself.
    """
    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    options = {
        option.keyword.decode(): (option.val or b"").decode() for option in driver.pgconn.info
    }
    protocol = None
    if driver.pgconn.ssl_in_use:
        version = connection.execute(
            text("SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        ).scalar()
        protocol = re.sub(r"^TLSv", "TLS ", str(version)) if version else "TLS"
    local = driver.info.host.startswith("/")
    return Transport(protocol, options.get("sslmode") or "prefer", local)


def _ca_file(url: URL) -> str:
    """The CA file libpq checks the server's certificate against, as the user named it."""
    named = _query_text(url.query, "sslrootcert") or os.environ.get("PGSSLROOTCERT", "")
    return named or _DEFAULT_CA_FILE


def _sslmode(url: URL) -> str:
    return _query_text(url.query, "sslmode") or os.environ.get("PGSSLMODE", "") or "prefer"


def tls_refusal(url: URL, message: str) -> str | None:
    """What is wrong with the TLS of a connection libpq refused, and what to do, in one
    line; None when `message` (libpq's) is about something else.

    The whole message is searched: with several hosts libpq gives one line for each.
    """
    if "certificate verify failed" in message:
        ca = _ca_file(url)
        if ca == "system":
            return (
                "the server's certificate is not signed by a CA this computer trusts "
                "(sslrootcert=system), or has expired: ask whoever runs the server for its CA "
                "file and name it with sslrootcert=PATH"
            )
        return (
            f"the server's certificate is not signed by the CA in sslrootcert ({ca}), or has "
            "expired: ask whoever runs the server for its CA file"
        )
    wrong_name = _WRONG_NAME.search(message)
    if wrong_name is not None:
        named = wrong_name["named"]
        host = wrong_name["host"]
        certificate = (
            f'is for "{named}"{wrong_name["others"] or ""}, not "{host}"'
            if named
            else f'does not name "{host}"'
        )
        return (
            f"the server's certificate {certificate}: use a name the certificate gives in "
            f'the URL, or ask whoever runs the server for a certificate that names "{host}"'
        )
    if "could not get server's host name from server certificate" in message:
        return (
            "the server's certificate names no host: ask whoever runs the server for a "
            "certificate with the server's name in it"
        )
    if "server does not support SSL, but SSL was required" in message:
        return (
            f"the server does not offer TLS, and the URL requires it (sslmode={_sslmode(url)}): "
            "ask whoever runs the server to turn ssl on with a certificate (README: several "
            "workstations)"
        )
    no_file = _NO_CA_FILE.search(message)
    if no_file is not None:
        return (
            f"the CA file {no_file['path']} does not exist: ask whoever runs the server for "
            "its CA file and name it in the URL with sslrootcert=PATH"
        )
    unreadable = _UNREADABLE_CA_FILE.search(message)
    if unreadable is not None:
        return (
            f"the CA file {unreadable['path']} cannot be read as a certificate: ask whoever "
            "runs the server for its CA file (a .crt in PEM form)"
        )
    if "no pg_hba.conf entry" in message and "no encryption" in message:
        return (
            "the server takes encrypted connections only, and the URL turns TLS off "
            f"(sslmode={_sslmode(url)}): use sslmode=verify-full&sslrootcert=PATH in the URL"
        )
    return None
