"""Opening the clinic's database: a SQLite file by default, PostgreSQL when shared.

SQLite is set up for a desktop app that must not lose records: WAL (readers never wait
for the writer), foreign keys on, a busy timeout (seconds for the desk, longer for the
command line: clinic_app.storage.bounds), full sync, and the file created readable by its
owner only. Writing transactions start with BEGIN IMMEDIATE, so two
processes saving at once queue for the lock instead of failing half-way with "database is
locked". Alembic is not imported here: the schema version is read with one query and the
migration machinery loads only when an upgrade is due.

PostgreSQL calls are bounded too (clinic_app.storage.postgresql): a connect timeout, TCP
keepalives, a statement timeout and a deadline on every answer, so a dead network ends
in a DatabaseTimedOut within seconds instead of a frozen window.
"""

import functools
import os
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import CompoundSelect, Engine, Select, create_engine, event, text
from sqlalchemy.engine import URL, Dialect, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from clinic_app import paths
from clinic_app.storage import encryption
from clinic_app.storage.bounds import DESK, CallBounds
from clinic_app.storage.errors import (
    DatabaseBusy,
    DatabaseTimedOut,
    DatabaseUnavailable,
    SchemaOutOfDate,
)

# Kept importable from here too: they were defined here before the quick look needed them.
from clinic_app.storage.location import DATABASE_FILE as DATABASE_FILE
from clinic_app.storage.location import SCHEMA_HEAD as SCHEMA_HEAD
from clinic_app.storage.location import database_url as database_url

_WRITE = "clinic_write"
_QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement_timeout (or a cancel)


def describe(url: str | URL) -> str:
    """Where the records are, for a status bar or a message (never the password)."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite file {parsed.database or '(in memory)'}"
    kind = "PostgreSQL" if parsed.get_backend_name() == "postgresql" else parsed.get_backend_name()
    return f"{kind} database {parsed.database or '(unnamed)'} on {', '.join(_servers(parsed))}"


def _servers(url: URL) -> list[str]:
    """host:port of each server a URL names: `host=a:5432&host=b:5432`, `host=a,b&port=1,2`
    (libpq's lists, for following a failover) or the plain `user@host:port/name`."""
    listed = url.query.get("host")
    if listed is None:
        return [f"{url.host or 'localhost'}{f':{url.port}' if url.port else ''}"]
    hosts = list(listed) if isinstance(listed, tuple) else listed.split(",")
    given = url.query.get("port")
    ports = (list(given) if isinstance(given, tuple) else given.split(",")) if given else []
    if len(ports) == 1 and len(hosts) > 1:
        ports = ports * len(hosts)
    servers = []
    for position, host in enumerate(hosts):
        port = ports[position] if position < len(ports) and ports[position] else None
        name = host or "localhost"
        servers.append(f"{name}:{port}" if port and ":" not in name else name)
    return servers


@dataclass(frozen=True)
class Timeouts:
    """The bounds in force on one open database, the URL's own settings included."""

    lock_wait_seconds: float
    """SQLite: how long a write waits for another connection's lock."""
    connect_seconds: float
    statement_seconds: float | None
    """PostgreSQL: the server's statement_timeout; None when there is none."""


@dataclass(frozen=True)
class Database:
    """One open database: sessions for reading and sessions for writing."""

    engine: Engine
    url: URL
    _reader: sessionmaker[Session]
    _writer: sessionmaker[Session]
    timeouts: Timeouts

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    def describe(self) -> str:
        return describe(self.url)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries; it sees one consistent snapshot and writes nothing."""
        with _translated(self.url, self.timeouts), self._reader() as session, session.begin():
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session whose changes are committed together at the end, or not at all."""
        with _translated(self.url, self.timeouts), self._writer() as session, session.begin():
            yield session

    def fetch(
        self, statement: "Select[*tuple[Any, ...]] | CompoundSelect[*tuple[Any, ...]]"
    ) -> list[Sequence[Any]]:
        """The rows of one read-only SELECT, as plain tuples: the hot path of the queue and
        of patient search, which run on every keystroke and every refresh.

        The statement is compiled by SQLAlchemy once (pass the same statement object again
        to reuse it) and run straight on a pooled driver connection; values are converted
        by SQLAlchemy's own type processors, so rows match what a session would return.
        A single SELECT is consistent on its own, so no transaction is opened for it.

        A connection found dead while the SELECT runs (the server restarted since the
        pool's check) is dropped and the SELECT run once more on a new one: reading twice
        is harmless. A server that does not answer in time is not asked again.
        """
        prepared = _prepare(statement, self.engine.dialect)
        try:
            try:
                rows = self._fetch_once(prepared)
            except _Dropped as dropped:
                problem = _unavailable(self.url, self.timeouts, dropped.error)
                if isinstance(problem, DatabaseTimedOut):
                    raise problem from dropped.error
                rows = self._fetch_once(prepared)  # once more, on a new connection
        except _Dropped as dropped:
            raise _unavailable(self.url, self.timeouts, dropped.error) from dropped.error
        except self.engine.dialect.loaded_dbapi.Error as error:
            raise _unavailable(self.url, self.timeouts, error) from error
        if not prepared.converters:
            return rows
        converted: list[Sequence[Any]] = []
        for row in rows:
            values = list(row)
            for index, convert in prepared.converters:
                values[index] = convert(values[index])
            converted.append(values)
        return converted

    def _fetch_once(self, prepared: "_Prepared") -> list[Sequence[Any]]:
        """The rows; _Dropped when the connection turned out dead (it is thrown away)."""
        connection = self.engine.raw_connection()
        try:
            cursor = connection.cursor()
            try:
                cursor.execute(prepared.sql, prepared.parameters)
                rows = list(cursor.fetchall())
            except self.engine.dialect.loaded_dbapi.Error as error:
                if self.engine.dialect.is_disconnect(error, connection.dbapi_connection, cursor):
                    connection.invalidate(error)  # never back into the pool
                    raise _Dropped(error) from error
                raise
            cursor.close()
        finally:
            connection.close()  # back to the pool, which rolls back what the read began
        return rows

    def watch_answers(self, answered: Callable[[], None]) -> Callable[[], None]:
        """Call `answered` (on whichever thread ran it) each time a statement comes back
        from the database; returns what stops the watching.

        This is how a window learns that the database answers again after an outage,
        from the work it does anyway, without asking it anything of its own.
        """

        def after_cursor_execute(*_args: object) -> None:
            answered()

        event.listen(self.engine, "after_cursor_execute", after_cursor_execute)

        def stop() -> None:
            if event.contains(self.engine, "after_cursor_execute", after_cursor_execute):
                event.remove(self.engine, "after_cursor_execute", after_cursor_execute)

        return stop

    def close(self) -> None:
        self.engine.dispose()


@dataclass(frozen=True)
class _Prepared:
    sql: str
    parameters: tuple[Any, ...] | dict[str, Any]
    # (column index, converter) for the columns whose values the driver gives untyped.
    converters: tuple[tuple[int, Callable[[Any], Any]], ...]


@functools.lru_cache(maxsize=256)
def _prepare(
    statement: "Select[*tuple[Any, ...]] | CompoundSelect[*tuple[Any, ...]]", dialect: Dialect
) -> _Prepared:
    """The SQL text, driver-ready parameters and result converters of one statement."""
    # Expanding parameters (IN lists) are written out, since the driver sees the text.
    compiled = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    values = compiled.construct_params()
    for name, bind in compiled.binds.items():
        if name in values:
            convert = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if convert is not None:
                values[name] = convert(values[name])
    parameters: tuple[Any, ...] | dict[str, Any] = (
        tuple(values[name] for name in compiled.positiontup or ())
        if compiled.positional
        else dict(values)
    )
    processors = (
        column.type.dialect_impl(dialect).result_processor(dialect, None)
        for column in statement.selected_columns
    )
    converters = tuple(
        (index, convert) for index, convert in enumerate(processors) if convert is not None
    )
    return _Prepared(compiled.string, parameters, converters)


def open_database(
    url: str | None = None, *, upgrade: bool = True, bounds: CallBounds = DESK
) -> Database:
    """Open (creating if need be) the database, and make sure its schema is current.

    A SQLite file is upgraded in place after being copied aside; a PostgreSQL database
    that is out of date is refused with the command that upgrades it. `bounds` says how
    long a call may take: the desk's seconds unless a command asks for its own
    (clinic_app.storage.bounds).
    """
    database = connect(url, bounds=bounds)
    try:
        check_schema(database, upgrade=upgrade)
    except BaseException:
        database.close()
        raise
    return database


def open_existing(url: str | None = None) -> Database | None:
    """The database if there is one, for commands that only read from it (`handout`).

    None when no database was named and the default SQLite file was never made: a sheet
    can be printed before the clinic has set anything up. A database that was named but
    is missing is an error, so a mistyped path is not silently ignored. Never upgrades.
    """
    named = bool((url and url.strip()) or os.environ.get(paths.DB_ENV, "").strip())
    raw = database_url(url)
    try:
        parsed = make_url(raw)
    except ArgumentError:
        parsed = None  # open_database says what is wrong with it
    if parsed is not None and parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database)
        if not path.exists():
            if named:
                raise DatabaseUnavailable(f"there is no database at {path}")
            return None
    return open_database(raw, upgrade=False)


def connect(url: str | None = None, *, bounds: CallBounds = DESK) -> Database:
    """Open the database without looking at its schema (for `db upgrade` and `db current`)."""
    raw = database_url(url)
    try:
        parsed = make_url(raw)
    except ArgumentError:
        raise DatabaseUnavailable(
            f"{raw!r} is not a database URL; use sqlite:///PATH or "
            "postgresql+psycopg://USER@HOST/NAME"
        ) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        engine = _sqlite_engine(parsed, bounds.lock_wait_seconds)
        timeouts = Timeouts(bounds.lock_wait_seconds, bounds.connect_seconds, None)
    elif backend == "postgresql":
        if parsed.drivername != "postgresql+psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        # psycopg loads only for PostgreSQL.
        from clinic_app.storage import postgresql

        try:
            engine, chosen = postgresql.create_bounded_engine(parsed, bounds)
        except ArgumentError as error:  # e.g. hosts and ports that do not pair up
            raise DatabaseUnavailable(f"the database URL cannot be used: {error}") from None
        timeouts = Timeouts(
            bounds.lock_wait_seconds, chosen.connect_seconds, chosen.statement_seconds
        )
    else:
        raise DatabaseUnavailable(
            f"{backend} databases are not supported; use SQLite or PostgreSQL ({describe(parsed)})"
        )
    database = Database(
        engine=engine,
        url=parsed,
        _reader=sessionmaker(engine, expire_on_commit=False),
        _writer=sessionmaker(engine.execution_options(**{_WRITE: True}), expire_on_commit=False),
        timeouts=timeouts,
    )
    # A Database dropped without close() (a caller that failed half-way) still hands its
    # pooled connections back to the server, rather than leaving them to the collector.
    weakref.finalize(database, engine.dispose)
    with _translated(parsed, timeouts), engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    return database


def schema_revision(database: Database) -> str | None:
    """The Alembic revision the database is at, or None for an empty database."""
    with database.engine.connect() as connection:
        if not database.engine.dialect.has_table(connection, "alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_schema(database: Database, *, upgrade: bool) -> None:
    """Refuse a database this app cannot use; bring a SQLite file up to date if allowed."""
    with _translated(database.url, database.timeouts):
        revision = schema_revision(database)
    if revision == SCHEMA_HEAD:
        return
    # Alembic loads only when an upgrade is due; migrate imports nothing from here.
    from clinic_app.storage import migrate

    if not migrate.is_known(revision):
        raise SchemaOutOfDate(
            f"{database.describe()} was set up by a newer version of the app "
            f"(schema {revision}); install that version or newer"
        )
    if database.is_sqlite and upgrade:
        migrate.upgrade_sqlite(database.engine)
        return
    raise SchemaOutOfDate(
        f"{database.describe()} needs its tables brought up to date "
        f"(schema {revision or 'empty'}, this app needs {SCHEMA_HEAD}); "
        "ask the administrator to run `clinic-intake db upgrade` once, then start again"
    )


def _sqlite_engine(url: URL, lock_wait_seconds: float) -> Engine:
    """An engine on SQLCipher's driver: a new file is created encrypted, an encrypted one
    opened with this computer's key for it (KeyMissing naming `db recover` when it has
    none), and a plain file still opened as plain (`db encrypt` encrypts it)."""
    if not url.database or url.database == ":memory:":
        raise DatabaseUnavailable("a SQLite database must be a file: use sqlite:///PATH")
    path = Path(url.database).expanduser().absolute()
    _create_private_file(path)
    kind = encryption.kind_of(path)
    key = None
    if kind == "new":
        key = encryption.new_database_key()
    elif kind == "encrypted":
        try:
            key = encryption.key_for(path)
        except encryption.Error as error:  # not the key: a read-only folder, a busy file
            if _is_busy(str(error)):
                raise DatabaseBusy(lock_wait_seconds) from error
            raise DatabaseUnavailable(_explain(url, str(error))) from error

    def _open() -> Any:
        # The key is the first statement on every connection (encryption.open_file).
        return encryption.open_file(
            path,
            key=key,
            timeout=lock_wait_seconds,
            isolation_level=None,
            check_same_thread=False,  # the pool hands a connection to whichever thread
        )

    engine = create_engine(url.set(database=str(path)), module=encryption.DRIVER, creator=_open)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={round(lock_wait_seconds * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # The driver's own transaction handling is off (isolation_level=None); say BEGIN
        # ourselves, taking the write lock up front for a writing session.
        # Straight to the driver: this runs before every transaction, reads included.
        writing = connection.get_execution_options().get(_WRITE, False)
        try:
            connection.connection.driver_connection.execute(
                "BEGIN IMMEDIATE" if writing else "BEGIN"
            )
        except encryption.OperationalError as error:
            # Raised from here SQLAlchemy would not wrap it: say it in words now.
            if _is_busy(str(error)):
                raise DatabaseBusy(lock_wait_seconds) from error
            raise

    return engine


def _create_private_file(path: Path) -> None:
    """Create the database file with mode 0600 (its folder 0700) before SQLite opens it."""
    try:
        if path.parent == paths.data_dir():
            paths.private_dir(path.parent)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(descriptor)
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
    except OSError as error:
        reason = error.strerror or str(error)
        raise DatabaseUnavailable(
            f"cannot open the database file {path}: {reason.lower()}; check that the "
            "folder exists, is writable by you and the disk has room"
        ) from None


@contextmanager
def _translated(url: URL, timeouts: Timeouts) -> Iterator[None]:
    """Driver failures become one message naming the database (details stay in the log)."""
    try:
        yield
    except OperationalError as error:
        raise _unavailable(url, timeouts, error.orig or error) from error
    except DBAPIError as error:
        if error.connection_invalidated or "not a database" in _detail(error).lower():
            raise _unavailable(url, timeouts, error.orig or error) from error
        raise


def _unavailable(url: URL, timeouts: Timeouts, error: BaseException) -> DatabaseUnavailable:
    """The StorageError for a driver's error: a timeout or a busy file said as such."""
    message = str(error)
    if url.get_backend_name() == "sqlite":
        if _is_busy(message):
            return DatabaseBusy(timeouts.lock_wait_seconds)
        return DatabaseUnavailable(_explain(url, message))
    from clinic_app.storage import postgresql  # loaded already: the engine uses it

    if isinstance(error, postgresql.NoAnswer):
        return DatabaseTimedOut(error.seconds)
    if getattr(error, "sqlstate", None) == _QUERY_CANCELED and timeouts.statement_seconds:
        return DatabaseTimedOut(timeouts.statement_seconds)
    if "timeout expired" in message.lower():  # libpq's connect_timeout
        return DatabaseTimedOut(timeouts.connect_seconds)
    return DatabaseUnavailable(_explain(url, message))


def _is_busy(message: str) -> bool:
    lowered = message.lower()
    return "database is locked" in lowered or "database is busy" in lowered


class _Dropped(Exception):
    """A driver error that left its connection dead (it has been thrown away)."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def _detail(error: DBAPIError) -> str:
    return str(error.orig) if error.orig else type(error).__name__


def _explain(url: URL, message: str) -> str:
    """One line for the user from a driver's message (the full error goes to the log)."""
    if url.get_backend_name() == "postgresql":
        from clinic_app.storage import postgresql  # loaded already: the engine uses it

        refused = postgresql.tls_refusal(url, message)
        if refused is not None:
            return f"cannot use {describe(url)}: {refused}"
    lines = message.strip().splitlines()
    detail = lines[0] if lines else "unknown database error"
    lowered = detail.lower()
    if "not a database" in lowered:
        hint = "the file is not a database (not a SQLite file); check the path"
    elif "readonly" in lowered or "read-only" in lowered:
        hint = "the file or its folder is read-only"
    elif "disk is full" in lowered or "no space" in lowered or "disk i/o" in lowered:
        hint = "the disk is full or failing"
    elif "unable to open" in lowered:
        folder = Path(url.database).parent if url.database else None
        if folder is not None and folder.is_dir() and not os.access(folder, os.W_OK):
            # SQLite must create its -wal and -shm files beside the database.
            hint = f"its folder {folder} is read-only"
        else:
            hint = "the file cannot be opened"
    elif "connection" in lowered or "connect" in lowered:
        hint = "the database server cannot be reached"
    else:
        hint = detail
    return f"cannot use {describe(url)}: {hint}"
