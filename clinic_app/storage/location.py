"""Where the records are, and a quick look at a SQLite file, without SQLAlchemy.

The desktop app must show its first window fast. Deciding between the first-run and the
sign-in dialog needs only "is this a current database, and has it any accounts?", which
the DB-API driver (encryption.open_file: plain or encrypted) answers in a millisecond;
SQLAlchemy, several times slower to import than Qt itself, then loads when someone signs
in. Anything the quick look cannot vouch for (PostgreSQL, a missing or old file) goes the full way.
"""

import os
from dataclasses import dataclass
from pathlib import Path

from clinic_app import paths
from clinic_app.storage import encryption

DATABASE_FILE = "clinic-intake.sqlite3"
# The newest migration in clinic_app/storage/migrations/versions (a test keeps them equal).
SCHEMA_HEAD = "0011"
_SQLITE_PREFIX = "sqlite:///"


def database_url(explicit: str | None = None) -> str:
    """The URL from --db, else CLINIC_INTAKE_DB, else the SQLite file in the data folder."""
    for candidate in (explicit, os.environ.get(paths.DB_ENV)):
        if candidate and candidate.strip():
            return candidate.strip()
    return f"sqlite:///{paths.data_dir() / DATABASE_FILE}"


@dataclass(frozen=True)
class FirstLook:
    """A SQLite file at the current schema, and whether it has any account yet."""

    path: Path
    has_users: bool


def sqlite_path(url: str) -> Path | None:
    """The file of a plain `sqlite:///PATH` URL; None for anything else."""
    if not url.startswith(_SQLITE_PREFIX) or "?" in url:
        return None
    rest = url[len(_SQLITE_PREFIX) :]
    return Path(rest).expanduser().absolute() if rest and rest != ":memory:" else None


def first_look(url: str) -> FirstLook | None:
    """What a read of the file says, or None when only the full way can tell."""
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    try:
        # An encrypted file is opened with the key file's key, or the keyring's (only then
        # is keyring imported); a missing key goes the full way, which says what to do.
        connection = encryption.open_file(path, timeout=5, new_encrypted=False)
    except (encryption.Error, encryption.KeyMissing):
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != SCHEMA_HEAD:
            return None
        has_users = connection.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None
    except encryption.Error:
        return None
    finally:
        connection.close()
    return FirstLook(path, has_users)
