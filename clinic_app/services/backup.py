"""A consistent copy of the clinic's SQLite database, taken while the app is in use.

`copy_database` and `check_copy` are the two steps every copy goes through (the
`backup` command, the automatic backups, `restore`): a copy is only ever trusted once
it has been checked.
"""

import os
from pathlib import Path

from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.storage import encryption
from clinic_app.storage.database import Database
from clinic_app.storage.errors import StorageError


class BackupRefused(StorageError):
    """A backup that cannot be made here; the message says what to do instead."""


def backup(database: Database, actor: Actor, target: Path) -> Path:
    """Copy the database to `target`, check the copy, and note it on the audit trail."""
    source = database.sqlite_path
    if source is None:
        raise BackupRefused(
            f"{database.describe()} is backed up on the server with pg_dump, e.g. "
            "`pg_dump --format=custom --file=clinic.dump DATABASE`; see README, Backups"
        )
    if target.exists():
        raise BackupRefused(f"{target} already exists; choose a new file name")
    if target.resolve() == source.resolve():
        raise BackupRefused("the backup must go to another file than the database itself")
    copy_database(source, target)
    check_copy(target)
    with database.writing() as session:
        audit.record(session, actor, "database.backed_up", None, None)
    return target


def copy_database(source: Path, target: Path) -> None:
    """Copy the SQLite file `source` to the new file `target` (0600) through SQLite's
    online backup API.

    The copy is made page by page under SQLite's own locking, so it is consistent even
    while another process writes. It is written beside the target first and renamed into
    place, so a failed copy never leaves a half file under that name. An encrypted
    database gives a copy encrypted with the same key (SQLite's backup API copies pages
    between two connections keyed alike); a plain one, a plain copy.
    """
    partial = target.with_name(f".{target.name}.partial")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(descriptor)
        key = encryption.key_for(source) if encryption.is_encrypted(source) else None
        origin = encryption.open_file(source, key=key, timeout=30)
        try:
            copy = encryption.open_file(partial, key=key, new_encrypted=False)
            try:
                origin.backup(copy, pages=1024)
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            origin.close()
        os.replace(partial, target)
    except encryption.KeyMissing as missing:
        partial.unlink(missing_ok=True)
        raise BackupRefused(str(missing)) from None
    except (OSError, encryption.Error) as error:
        partial.unlink(missing_ok=True)
        reason = getattr(error, "strerror", None) or str(error)
        raise BackupRefused(f"{target}: the backup could not be written ({reason})") from None


def check_copy(path: Path) -> dict[str, int]:
    """Each table's row count in the copy at `path`, once SQLite's integrity check of the
    whole file has passed; BackupRefused naming the file when it is damaged or is not a
    database of this app. An encrypted copy is opened with this computer's key for it."""
    try:
        connection = encryption.open_file(path, read_only=True, timeout=30)
    except encryption.KeyMissing as missing:
        raise BackupRefused(f"{path}: cannot be opened ({missing})") from None
    except encryption.Error as error:
        raise BackupRefused(f"{path}: cannot be opened ({error})") from None
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchall()
        if verdict != [("ok",)]:
            first = verdict[0][0] if verdict else "no answer"
            raise BackupRefused(f"{path}: the copy is damaged ({first})")
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        if "alembic_version" not in tables:
            raise BackupRefused(f"{path}: is not a clinic-intake database")
        return {
            name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in tables
        }
    except encryption.DatabaseError as error:
        raise BackupRefused(f"{path}: is not a readable database ({error})") from None
    finally:
        connection.close()
