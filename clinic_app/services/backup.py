"""A consistent copy of the clinic's SQLite database, taken while the app is in use."""

import os
import sqlite3
from pathlib import Path

from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.errors import StorageError


class BackupRefused(StorageError):
    """A backup that cannot be made here; the message says what to do instead."""


def backup(database: Database, actor: Actor, target: Path) -> Path:
    """Copy the database to `target` through SQLite's online backup API.

    The copy is made page by page under SQLite's own locking, so it is consistent even
    while another workstation process writes. It is written beside the target first and
    renamed into place, so a failed backup never leaves a half file under that name.
    """
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
    partial = target.with_name(f".{target.name}.partial")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(descriptor)
        origin = sqlite3.connect(source, timeout=30)
        try:
            copy = sqlite3.connect(partial)
            try:
                origin.backup(copy, pages=1024)
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            origin.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        reason = getattr(error, "strerror", None) or str(error)
        raise BackupRefused(f"{target}: the backup could not be written ({reason})") from None
    with database.writing() as session:
        audit.record(session, actor, "database.backed_up", None, None)
    return target
