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
"""

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from time import monotonic
from typing import Any, TypeVar

import psycopg
from psycopg.abc import PQGen
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

from clinic_app.storage.bounds import CallBounds
from clinic_app.storage.errors import DatabaseTimedOut

_RV = TypeVar("_RV")
_FRESH = "clinic_fresh"
_STATEMENT_TIMEOUT = re.compile(r"statement_timeout\s*=\s*(\d+(?:\.\d+)?)\s*(ms|s|min|h)?\b", re.I)
_UNITS = {"ms": 0.001, "s": 1.0, "min": 60.0, "h": 3600.0}


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
