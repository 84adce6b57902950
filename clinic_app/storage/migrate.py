"""Schema upgrades with Alembic, run from the migrations shipped inside the package.

A SQLite file is copied aside (SQLite's online backup, so the copy is consistent) before
it is upgraded; if the upgrade fails, the copy is written back over the file, so the
original is as it was and the error names both. PostgreSQL databases are upgraded only
by `clinic-intake db upgrade`, run once by whoever looks after the server.

This module works on SQLAlchemy's `Engine` and imports nothing from `database`: opening a
database (`database.open_database`) calls down into it when an upgrade is due, so the
arrow goes one way and Alembic still loads only then.
"""

import logging
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from clinic_app.storage import encryption
from clinic_app.storage.errors import SchemaOutOfDate

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head() -> str:
    """The newest revision among the shipped migrations."""
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None, "no migrations are shipped"
    return revision


def is_known(revision: str | None) -> bool:
    """Whether this app knows `revision` (None is an empty database)."""
    if revision is None:
        return True
    script = ScriptDirectory.from_config(_config())
    return any(item.revision == revision for item in script.walk_revisions())


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema (any backend)."""
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def upgrade_sqlite(engine: Engine) -> Path | None:
    """Copy the SQLite file aside, then upgrade it; on failure put the copy back.

    Returns the copy's path (None when the file was empty, with nothing to keep).
    """
    assert engine.url.get_backend_name() == "sqlite", "only a SQLite file is copied aside"
    assert engine.url.database is not None
    path = Path(engine.url.database)
    revision = _revision(engine)
    if revision is None and not _has_tables(engine):
        upgrade(engine)
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(
        f"{path.stem}.before-upgrade-{revision or 'unversioned'}-{stamp}.sqlite3"
    )
    _copy(path, aside)
    try:
        upgrade(engine)
    except Exception as error:
        engine.dispose()
        _copy(aside, path)
        from clinic_app.logs import configure_logging

        configure_logging()  # the message below promises the details are in the log
        log.exception("schema upgrade failed; the database was restored from its copy")
        raise SchemaOutOfDate(
            f"the upgrade of {path} failed and the file was put back as it was "
            f"(a copy is at {aside}); details are in the log"
        ) from error
    log.info("database upgraded; the earlier file was kept at %s", aside)
    return aside


def _revision(engine: Engine) -> str | None:
    """The revision the database is at, as Alembic reads it (None for an empty one)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(engine.dialect.get_table_names(connection))


def _copy(source: Path, target: Path) -> None:
    """Copy a live SQLite file through SQLite's online backup API, so the copy is whole.

    The target's pages are replaced through SQLite itself, which keeps its WAL and any
    other open connection consistent; a new target is created readable by its owner only.
    An encrypted source gives an encrypted copy under the same key (the backup API copies
    pages between connections keyed alike), a plain one a plain copy.
    """
    if not target.exists():
        target.touch(mode=0o600)
    key = encryption.key_for(source) if encryption.is_encrypted(source) else None
    origin = encryption.open_file(source, key=key)
    try:
        copy = encryption.open_file(target, key=key, new_encrypted=False)
        try:
            origin.backup(copy)
        finally:
            copy.close()
    finally:
        origin.close()
