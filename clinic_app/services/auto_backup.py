"""Automatic backups of the clinic's SQLite database: made, checked, kept and rotated.

A failed disk must lose at most a day (security.md), and nobody remembers to run
`clinic-intake backup`. So the desktop app backs the database up on the first start of
each day and again at exit, into the backup folder (a setting of this computer: another
disk or a share). Each copy goes through `copy_database` and `check_copy`
(services/backup.py) like every other copy: one that fails the check is removed and the
failure reported, never kept as if it were good. Every backup and every failure is on
the audit trail; the log names files only, never a patient.

Backups are named by the moment they were taken (`clinic-intake-2026-12-04T093012-start
.sqlite3`), so they sort by time and the name alone says when; the last word says why
(the day's start, an exit, or someone pressing "Back up now"). Only files named so are
ever rotated away: whatever else lives in the folder is left alone.

PostgreSQL is backed up on the server (pg_dump), not here: for it every function
here says so rather than copy anything.

The backup folder setting lives in a small 0600 file in this computer's config folder,
not in the database: it must survive a damaged database, and a SQLite file is one
computer's database anyway.
"""

import json
import logging
import os
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal

from clinic_app import paths
from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.services.backup import BackupRefused, check_copy, copy_database
from clinic_app.storage.database import Database
from clinic_app.storage.errors import StorageError

log = logging.getLogger(__name__)

Occasion = Literal["start", "exit", "now"]
"""Why a backup was made: the day's first start, an exit, or "Back up now"."""

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
WARN_AFTER = timedelta(days=2)
"""No backup newer than this is a warning at the desk and on the settings page."""

SETTINGS_FILE = "backups.json"
FOLDER_NAME = "backups"
PREFIX = "clinic-intake-"
SUFFIX = ".sqlite3"
_NAME = re.compile(
    r"^clinic-intake-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})-(start|exit|now)\.sqlite3$"
)
SERVER_WORDS = (
    "a PostgreSQL database is backed up on the server with pg_dump, not by this app "
    "(see README, Backups)"
)
AUTOMATIC = Actor(name="automatic backup", role="admin")
"""Who the trail names for a backup nobody asked for."""


@dataclass(frozen=True)
class KeptBackup:
    """One backup in the folder, as its name tells it (times are this computer's)."""

    path: Path
    taken: datetime
    occasion: str


@dataclass(frozen=True)
class BackupState:
    """What the settings page and the desk show about this computer's backups."""

    folder: Path
    backups: tuple[KeptBackup, ...]
    """Newest first."""
    folder_problem: str | None = None
    """Why the folder cannot be written (the system's reason); None when it can."""
    on_server: bool = False
    """PostgreSQL: the backups are the server's business."""

    @property
    def last(self) -> KeptBackup | None:
        return self.backups[0] if self.backups else None

    def is_stale(self, now: datetime) -> bool:
        """True when no backup is newer than WARN_AFTER (SQLite only)."""
        if self.on_server:
            return False
        return self.last is None or now - self.last.taken > WARN_AFTER

    def needs_warning(self, now: datetime) -> bool:
        return not self.on_server and (self.folder_problem is not None or self.is_stale(now))


@dataclass(frozen=True)
class BackupOutcome:
    """What an automatic backup did: the backup made (None when none was due or it
    failed), why it failed, and the state afterwards."""

    made: KeptBackup | None
    failure: str | None
    state: BackupState


# --- names and rotation (pure) ----------------------------------------------------------


def backup_name(taken: datetime, occasion: Occasion) -> str:
    """The file name for a backup taken at `taken`: it sorts by time."""
    return f"{PREFIX}{taken:%Y-%m-%dT%H%M%S}-{occasion}{SUFFIX}"


def read_name(path: Path) -> KeptBackup | None:
    """The backup a file's name describes; None for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    year, month, day, hour, minute, second, occasion = match.groups()
    try:
        taken = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
    except ValueError:
        return None
    return KeptBackup(path, taken, occasion)


def to_remove(backups: Iterable[KeptBackup], today: date) -> list[KeptBackup]:
    """The backups rotation deletes: every one not kept as one of 7 daily, 4 weekly or 12
    monthly backups counted back from `today`.

    Kept: every backup of today (the day is not over, and a morning's mistake may need
    the morning's start backup); the newest of each of the 6 days before; the newest of
    each of the last 4 weeks (Monday to Sunday, this one included); the newest of each
    of the last 12 months (this one included). A backup dated after today (a clock set
    back) is kept: rotation never deletes what it does not understand.
    """
    everything = sorted(backups, key=lambda backup: backup.taken)
    kept: set[Path] = set()
    days = {today - timedelta(days=back) for back in range(KEEP_DAILY)}
    this_monday = today - timedelta(days=today.weekday())
    weeks = {this_monday - timedelta(weeks=back) for back in range(KEEP_WEEKLY)}
    months = {_months_back(today, back) for back in range(KEEP_MONTHLY)}
    newest_of: dict[tuple[str, date | tuple[int, int]], KeptBackup] = {}
    for backup in everything:  # oldest first: the newest of a period is written last
        day = backup.taken.date()
        if day >= today:
            kept.add(backup.path)
            continue
        monday = day - timedelta(days=day.weekday())
        if day in days:
            newest_of[("day", day)] = backup
        if monday in weeks:
            newest_of[("week", monday)] = backup
        if (day.year, day.month) in months:
            newest_of[("month", (day.year, day.month))] = backup
    kept.update(backup.path for backup in newest_of.values())
    return [backup for backup in everything if backup.path not in kept]


def _months_back(today: date, back: int) -> tuple[int, int]:
    index = today.year * 12 + (today.month - 1) - back
    return index // 12, index % 12 + 1


# --- the folder setting -----------------------------------------------------------------


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def default_folder() -> Path:
    return paths.data_dir() / FOLDER_NAME


def backup_folder() -> Path:
    """The folder chosen on this computer, else `backups` in the app's data folder.

    An unreadable settings file is logged and the default used: a backup in the default
    folder is better than none.
    """
    try:
        chosen = json.loads(settings_path().read_text(encoding="utf-8")).get("folder")
    except FileNotFoundError:
        return default_folder()
    except (OSError, ValueError, AttributeError) as error:
        log.warning("cannot read the backup settings (%s); using the default folder", error)
        return default_folder()
    return Path(chosen) if isinstance(chosen, str) and chosen.strip() else default_folder()


def choose_folder(folder: Path) -> BackupState:
    """Make `folder` the backup folder of this computer, once it has been written to.

    BackupRefused names the folder when it cannot be written, and the setting is left as
    it was.
    """
    folder = folder.expanduser().absolute()
    reason = folder_problem(folder)
    if reason is not None:
        raise BackupRefused(cannot_write(folder, reason))
    target = settings_path()
    paths.private_dir(target.parent)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as settings:
            json.dump({"folder": str(folder)}, settings)
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BackupRefused(
            f"{target}: the backup folder setting cannot be saved ({error.strerror or error})"
        ) from None
    log.info("backup folder set to %s", folder)
    return folder_state(folder)


def cannot_write(folder: Path, reason: str) -> str:
    return f"the backup folder {folder} cannot be written ({reason}); choose another"


def folder_problem(folder: Path) -> str | None:
    """Why backups cannot be written into `folder` (the system's reason, e.g. "Permission
    denied"); None if they can. The folder is made (0700) when missing, and a small file
    written and removed, which is the only proof that a share is really writable."""
    try:
        if not folder.exists():
            if folder == default_folder():
                paths.private_dir(folder.parent)
            folder.mkdir(mode=0o700, parents=True)
        if not folder.is_dir():
            return "it is a file, not a folder"
        probe = folder / f".clinic-intake-probe-{secrets.token_hex(4)}"
        descriptor = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(descriptor)
        probe.unlink()
    except OSError as error:
        return error.strerror or str(error)
    return None


# --- the state, and making a backup ----------------------------------------------------


def list_backups(folder: Path) -> tuple[KeptBackup, ...]:
    """The backups in `folder`, newest first (none when it cannot be read)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return ()
    found = (read_name(entry) for entry in entries if entry.is_file())
    return tuple(sorted((b for b in found if b is not None), key=_newest_first))


def _newest_first(backup: KeptBackup) -> tuple[float, str]:
    return (-backup.taken.timestamp(), backup.path.name)


def folder_state(folder: Path | None = None) -> BackupState:
    folder = folder if folder is not None else backup_folder()
    return BackupState(folder, list_backups(folder), folder_problem(folder))


def backup_state(database: Database) -> BackupState:
    """This computer's backups of `database` (PostgreSQL: none, the server keeps them)."""
    if database.sqlite_path is None:
        return BackupState(backup_folder(), (), None, on_server=True)
    return folder_state()


def back_up(
    database: Database,
    occasion: Occasion,
    *,
    actor: Actor = AUTOMATIC,
    now: datetime | None = None,
    folder: Path | None = None,
) -> KeptBackup:
    """Copy the database into the backup folder, check the copy, note it on the trail,
    then rotate. BackupRefused (also noted on the trail) when it cannot be done."""
    source = database.sqlite_path
    if source is None:
        raise BackupRefused(SERVER_WORDS)
    folder = folder if folder is not None else backup_folder()
    moment = (now or datetime.now()).replace(microsecond=0)
    try:
        reason = folder_problem(folder)
        if reason is not None:
            raise BackupRefused(cannot_write(folder, reason))
        target = _free_name(folder, moment, occasion)
        copy_database(source, target)
        try:
            check_copy(target)
        except BackupRefused:
            target.unlink(missing_ok=True)  # never kept as if it were a good backup
            raise
    except BackupRefused as refused:
        log.warning("the %s backup failed: %s", occasion, refused)
        _note(database, actor, "database.backup_failed", f"{occasion}: {refused}")
        raise
    made = read_name(target)
    assert made is not None, "a backup's own name must read back"
    log.info("backed up the database to %s", target)
    _note(database, actor, "database.backed_up", f"{occasion}: {target}")
    rotate(folder, moment.date())
    return made


def _free_name(folder: Path, moment: datetime, occasion: Occasion) -> Path:
    """A name no backup has yet: a start and an exit in the same second (a start with
    --exit-when-ready) get the next second rather than one replacing the other."""
    while True:
        target = folder / backup_name(moment, occasion)
        if not target.exists() and not any(
            backup.taken == moment for backup in list_backups(folder)
        ):
            return target
        moment += timedelta(seconds=1)


def rotate(folder: Path, today: date) -> list[Path]:
    """Delete the backups rotation does not keep; the files deleted."""
    removed = []
    for backup in to_remove(list_backups(folder), today):
        try:
            backup.path.unlink()
        except OSError as error:
            log.warning("cannot remove the old backup %s (%s)", backup.path, error)
        else:
            removed.append(backup.path)
    if removed:
        log.info("rotation removed %d old backup(s) from %s", len(removed), folder)
    return removed


def _note(database: Database, actor: Actor, action: str, detail: str) -> None:
    """On the trail if the database takes it; a database too damaged to take it is what
    the backups are for, so that failure is logged and not raised."""
    try:
        with database.writing() as session:
            audit.record(session, actor, action, None, None, detail)
    except StorageError as error:
        log.warning("cannot note %s on the audit trail (%s)", action, error)


def back_up_at_start(database: Database, *, now: datetime | None = None) -> BackupOutcome:
    """The day's first start backs up; a later start the same day does not."""
    moment = now or datetime.now()
    state = backup_state(database)
    if state.on_server:
        log.info("no automatic backup: %s", SERVER_WORDS)
        return BackupOutcome(None, None, state)
    if any(backup.taken.date() == moment.date() for backup in state.backups):
        return BackupOutcome(None, None, state)
    return _automatic(database, "start", moment)


def back_up_at_exit(database: Database, *, now: datetime | None = None) -> BackupOutcome:
    """Every exit backs up (SQLite only)."""
    moment = now or datetime.now()
    if database.sqlite_path is None:
        return BackupOutcome(None, None, backup_state(database))
    return _automatic(database, "exit", moment)


def _automatic(database: Database, occasion: Occasion, moment: datetime) -> BackupOutcome:
    try:
        made: KeptBackup | None = back_up(database, occasion, now=moment)
        failure = None
    except BackupRefused as refused:
        made, failure = None, str(refused)
    return BackupOutcome(made, failure, backup_state(database))
