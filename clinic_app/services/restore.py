"""Putting a backup back in place of the clinic's SQLite database (`clinic-intake restore`).

The order is what makes it safe: the backup is checked (`check_copy`) before anything
changes; a database another program has open is refused, since swapping the file under
it would lose what it writes next; the backup is copied beside the database (through
`copy_database`, so the copy is whole and 0600) and checked again there; the current file
is kept aside (`NAME.before-restore-<time>`, with its `-wal` if a crash left one, which
holds its last commits); only then is the copy renamed into place, and checked once more.
A refusal at any step before the swap leaves the current file's bytes as they were.

The schema: a backup from an older version of the app is brought up to date the next
time the app or a command opens it, as any older file is (storage/migrate.py copies it
aside first); one from a newer version is refused, since this app cannot read it.
"""

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from clinic_app import paths
from clinic_app.services.auto_backup import read_name
from clinic_app.services.backup import BackupRefused, check_copy, copy_database
from clinic_app.storage.errors import StorageError

log = logging.getLogger(__name__)

SERVER_WORDS = (
    "is restored on the server with pg_restore, e.g. "
    "`pg_restore --clean --dbname=DATABASE clinic.dump`; see README, Backups"
)
_SHM_DMS_BYTE = 128
"""The byte of a WAL database's `-shm` file that every connection to it holds a shared
lock on for as long as it is open (SQLite's unix VFS, UNIX_SHM_DMS)."""


class RestoreRefused(StorageError):
    """The restore cannot be done here or now (the database in use, PostgreSQL)."""


class BackupUnusable(RestoreRefused):
    """The backup named is not one this app can restore: missing, damaged, not a
    clinic-intake database, or from a newer version. The message names the file."""


@dataclass(frozen=True)
class Restored:
    """What was put back, for the command's report."""

    database: Path
    backup: Path
    taken: datetime
    counts: dict[str, int]
    kept_aside: Path | None
    revision: str | None
    """The backup's schema revision (older ones are upgraded on the next open)."""


def database_file(url: str) -> Path:
    """The SQLite file a database URL names; RestoreRefused for anything else."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise RestoreRefused(
            f"{url!r} is not a database URL; use sqlite:///PATH or "
            "postgresql+psycopg://USER@HOST/NAME"
        ) from None
    if parsed.get_backend_name() != "sqlite":
        from clinic_app.storage.database import describe

        raise RestoreRefused(f"{describe(parsed)} {SERVER_WORDS}")
    if not parsed.database or parsed.database == ":memory:":
        raise RestoreRefused("a SQLite database must be a file: use sqlite:///PATH")
    return Path(parsed.database).expanduser().absolute()


def restore(url: str, backup: Path, *, now: datetime | None = None) -> Restored:
    """Put `backup` in place of the database `url` names, keeping the current file aside."""
    target = database_file(url)
    backup = backup.expanduser().absolute()
    if not backup.is_file():
        reason = "is a folder, not a backup file" if backup.is_dir() else "no such file"
        raise BackupUnusable(f"{backup}: {reason}")
    if target.exists() and backup.resolve() == target.resolve():
        raise BackupUnusable(f"{backup}: is the database itself; name a backup of it")
    try:
        check_copy(backup)
    except BackupRefused as refused:
        raise BackupUnusable(str(refused)) from None
    if in_use(target):
        raise RestoreRefused(
            f"{target} is open in another program (the app on this computer?); "
            "close it, then restore again"
        )
    if not target.parent.is_dir():
        try:  # a new computer, or a lost disk: the folder is made as the app would make it
            if target.parent == paths.data_dir():
                paths.private_dir(target.parent)
            else:
                target.parent.mkdir(mode=0o700, parents=True)
        except OSError as error:
            raise RestoreRefused(
                f"{target.parent}: the database's folder cannot be made ({error.strerror})"
            ) from None
    moment = (now or datetime.now()).replace(microsecond=0)
    staging = target.with_name(f".{target.name}.restoring")
    try:
        copy_database(backup, staging)
        check_copy(staging)
        revision = _revision(url, staging)
    except BaseException:
        _remove(staging)
        raise
    kept_aside = _set_aside(target, moment)
    try:
        os.replace(staging, target)
    except OSError as error:
        if kept_aside is not None:
            os.replace(kept_aside, target)  # as it was
        _remove(staging)
        raise RestoreRefused(
            f"{target}: the backup could not be put in place ({error.strerror or error}); "
            "the database is as it was"
        ) from None
    counts = check_copy(target)
    _tidy(target)
    named = read_name(backup)
    taken = named.taken if named is not None else datetime.fromtimestamp(backup.stat().st_mtime)
    log.info("restored %s from %s; the earlier file is kept at %s", target, backup, kept_aside)
    return Restored(target, backup, taken.replace(microsecond=0), counts, kept_aside, revision)


def in_use(path: Path) -> bool:
    """True when another process has the WAL database at `path` open.

    Each connection to a WAL database holds a shared lock on one byte of its `-shm` file
    for as long as it is open, so an exclusive lock there can be taken only when nobody
    else is connected (a `-shm` left by a crash takes it at once). Where such locks do
    not exist (Windows), the rename into place fails on an open file instead.
    """
    shm = path.with_name(f"{path.name}-shm")
    if not shm.exists():
        return False
    try:
        import fcntl
    except ImportError:
        return False
    try:
        descriptor = os.open(shm, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE)
    except OSError:
        return True
    else:
        fcntl.lockf(descriptor, fcntl.LOCK_UN, 1, _SHM_DMS_BYTE)
        return False
    finally:
        os.close(descriptor)


def _revision(url: str, staging: Path) -> str | None:
    """The staged copy's schema revision, refused when it is newer than this app's.

    Read through the storage layer with the database's own URL pointed at the copy, so
    whatever the URL says about opening the file (an encryption key) holds for it too.
    """
    from clinic_app.storage import migrate
    from clinic_app.storage.bounds import COMMAND_LINE
    from clinic_app.storage.database import connect, schema_revision

    copy = connect(
        make_url(url).set(database=str(staging)).render_as_string(hide_password=False),
        bounds=COMMAND_LINE,
    )
    try:
        revision = schema_revision(copy)
    finally:
        copy.close()
    if not migrate.is_known(revision):
        raise BackupUnusable(
            f"the backup was made by a newer version of the app (schema {revision}); "
            "install that version or newer to restore it"
        )
    return revision


def _set_aside(target: Path, moment: datetime) -> Path | None:
    """Rename the current file (and a crash's `-wal`, which holds its last commits) to
    `NAME.before-restore-<time>`, 0600; None when there was no file."""
    if not target.exists():
        return None
    stamp = f"{moment:%Y%m%dT%H%M%S}"
    aside = target.with_name(f"{target.name}.before-restore-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = target.with_name(f"{target.name}.before-restore-{stamp}-{number}")
    os.replace(target, aside)
    aside.chmod(0o600)
    wal = target.with_name(f"{target.name}-wal")
    if wal.exists():
        os.replace(wal, aside.with_name(f"{aside.name}-wal"))
    target.with_name(f"{target.name}-shm").unlink(missing_ok=True)
    return aside


def _tidy(target: Path) -> None:
    """Remove the empty `-wal` and `-shm` a read-only check of a WAL file leaves (it may
    not delete them itself), unless another connection has come along meanwhile."""
    wal = target.with_name(f"{target.name}-wal")
    try:
        if in_use(target) or (wal.exists() and wal.stat().st_size > 0):
            return
        wal.unlink(missing_ok=True)
        target.with_name(f"{target.name}-shm").unlink(missing_ok=True)
    except OSError as error:
        log.info("left the -wal/-shm files of %s (%s)", target, error)


def _remove(staging: Path) -> None:
    for end in ("", "-wal", "-shm"):
        staging.with_name(f"{staging.name}{end}").unlink(missing_ok=True)
