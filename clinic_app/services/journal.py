"""The journal on this computer: what the desk typed, kept in a file until the database
has it (architecture.md, Threads and the database).

A database that hangs or is down must not cost a keystroke: every change to an intake
is written here within moments, whatever the database is doing, and the file goes once
a save with that same content has succeeded. A journal the database does not have at
the next start is offered back like a draft.

The journal holds a patient's details, so its folder is the owner's only (0700), each
file is 0600 and encrypted (AES-GCM under a key derived from this computer's database
key: storage/encryption.py, seal_journal), and nothing of a document ever reaches the log
(only file names do). A plain journal from before is still read, once: its next write
seals it.

Each write is made crash-safe the usual way: the content goes to a temporary file in the
same folder, is `fsync`ed, and is renamed over the old file, so a reader sees the old
whole file or the new whole file, never half of one.

Writes and removals run on one dedicated thread (`JournalWriter`), not on the GUI thread
and not on the thread pool that database calls use: an `fsync` can take tens of
milliseconds on a busy disk, and a pool full of hung database calls must not hold a
journal write back. Only the newest action per file is kept while the thread is busy,
so a burst of typing costs one write, not one per key.
"""

import atexit
import contextlib
import hashlib
import json
import logging
import os
import tempfile
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from clinic_app.paths import data_dir
from clinic_app.services.intakes import DraftSummary, unfinished_drafts
from clinic_app.storage import encryption
from clinic_app.storage.database import Database
from clinic_app.storage.models import Intake

log = logging.getLogger(__name__)

FOLDER_NAME = "journal"
SUFFIX = ".json"
FORMAT = 1
STALE_TEMP_SECONDS = 60
FLUSH_AT_EXIT_SECONDS = 5.0


def journal_dir() -> Path:
    """This computer's journal folder (under the data folder), created 0700."""
    folder = data_dir() / FOLDER_NAME
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)  # mkdir's mode is masked by umask, and an older folder may be wider
    return folder


def database_mark(database: Database) -> str:
    """Which database a journal belongs to, without writing its URL (or password) down:
    a computer may work on more than one (`--db`), and one's drafts must not be offered
    on another."""
    url = database.url.render_as_string(hide_password=True)
    return hashlib.sha256(url.encode()).hexdigest()[:16]


def new_key() -> str:
    """A name for the journal of a draft that may not have a database row yet."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class JournalEntry:
    """One draft as last typed on this computer.

    `intake_id` and `version` are the database row the typing was based on (None before
    the first save created one): a save from the journal carries on from there, and
    optimistic locking refuses it if someone else changed the row meanwhile.
    """

    key: str
    database: str
    intake_id: int | None
    version: int | None
    typed_at: datetime
    typed_by: str
    document: dict[str, Any]

    def to_json(self) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "key": self.key,
                "database": self.database,
                "intake_id": self.intake_id,
                "version": self.version,
                "typed_at": self.typed_at.isoformat(),
                "typed_by": self.typed_by,
                "document": self.document,
            },
            ensure_ascii=True,
            separators=(",", ":"),
        ).encode("ascii")

    @classmethod
    def from_json(cls, data: bytes) -> "JournalEntry":
        """Raises ValueError (or KeyError/TypeError) on a file that is not a journal."""
        raw = json.loads(data)
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("not a journal of this format")
        document = raw["document"]
        if not isinstance(document, dict):
            raise ValueError("the journal holds no document")
        intake_id, version = raw["intake_id"], raw["version"]
        return cls(
            key=str(raw["key"]),
            database=str(raw["database"]),
            intake_id=int(intake_id) if intake_id is not None else None,
            version=int(version) if version is not None else None,
            typed_at=datetime.fromisoformat(str(raw["typed_at"])),
            typed_by=str(raw["typed_by"]),
            document=document,
        )


def path_of(folder: Path, key: str) -> Path:
    return folder / f"{key}{SUFFIX}"


def write_file(path: Path, content: bytes) -> None:
    """Replace `path` with `content` sealed (encrypted), whole: temp file (0600) beside
    it, fsync, rename. Runs on the writer thread, which is where the key is looked up."""
    sealed = encryption.seal_journal(content)
    descriptor, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(sealed)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o600)  # mkstemp's already; said again so no umask can widen it
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def read_file(path: Path) -> bytes:
    """A journal file's content, unsealed (ValueError when no key here opens it)."""
    return encryption.open_journal(path.read_bytes())


def remove_file(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def read_entries(folder: Path) -> list[JournalEntry]:
    """Every journal in `folder`, oldest change first; unreadable files are logged by
    name and left where they are (they may be someone's only copy)."""
    entries: list[JournalEntry] = []
    if not folder.is_dir():
        return entries
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        if path.name.startswith("."):
            continue
        try:
            entries.append(JournalEntry.from_json(read_file(path)))
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("journal file %s could not be read; it is left as it is", path.name)
    _remove_stale_temporaries(folder)
    return sorted(entries, key=lambda entry: entry.typed_at)


def _remove_stale_temporaries(folder: Path) -> None:
    """A write cut off by a crash leaves its temporary file; a minute old, none is live."""
    now = time.time()
    for path in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > STALE_TEMP_SECONDS:
                path.unlink()


class JournalWriter:
    """One thread that writes and removes journal files, newest action per file first
    come. `put` and `remove` return at once (they only note the action); `flush` waits
    until every action noted so far is done."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._actions: dict[Path, bytes | None] = {}  # None: remove the file
        self._busy = False
        self._thread: threading.Thread | None = None

    def put(self, path: Path, content: bytes) -> None:
        self._note(path, content)

    def remove(self, path: Path) -> None:
        self._note(path, None)

    def flush(self, timeout: float | None = None) -> bool:
        """True once every action noted before the call is done (False on timeout)."""
        with self._lock:
            return self._lock.wait_for(lambda: not self._actions and not self._busy, timeout)

    def _note(self, path: Path, content: bytes | None) -> None:
        with self._lock:
            self._actions.pop(path, None)  # re-inserted last: actions keep their order
            self._actions[path] = content
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="journal writer", daemon=True
                )
                self._thread.start()
            self._lock.notify_all()

    def _run(self) -> None:
        while True:
            with self._lock:
                self._lock.wait_for(lambda: bool(self._actions))
                path = next(iter(self._actions))
                content = self._actions.pop(path)
                self._busy = True
            try:
                if content is None:
                    remove_file(path)
                else:
                    write_file(path, content)
            except OSError as error:
                # The file name and the system's reason only: never the content.
                log.error("journal file %s could not be written: %s", path.name, error.strerror)
            finally:
                with self._lock:
                    self._busy = False
                    self._lock.notify_all()


WRITER = JournalWriter()
"""The one writer of this process."""

atexit.register(WRITER.flush, FLUSH_AT_EXIT_SECONDS)


class _Live:
    """The drafts of this process with a save out, by journal key.

    Looking for drafts to offer (`offered`) first lets these settle: a window that
    closes as another opens (a user switch on the lock screen) has its last save still
    out, and its draft is then offered from the database, not as a journal that only
    looks left behind.
    """

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._keys: dict[str, int] = {}

    def begin(self, key: str) -> None:
        with self._lock:
            self._keys[key] = self._keys.get(key, 0) + 1

    def end(self, key: str) -> None:
        with self._lock:
            left = self._keys.get(key, 0) - 1
            if left > 0:
                self._keys[key] = left
            else:
                self._keys.pop(key, None)
            self._lock.notify_all()

    def settle(self, timeout: float) -> set[str]:
        """Wait up to `timeout` seconds for every save out to end; the keys still out."""
        with self._lock:
            self._lock.wait_for(lambda: not self._keys, timeout)
            return set(self._keys)


LIVE = _Live()
SETTLE_SECONDS = 10.0


class Journal:
    """One draft's journal file: `keep` the document as typed, `drop` it once saved."""

    def __init__(self, folder: Path, database: str, key: str | None = None) -> None:
        self.folder = folder
        self.database = database
        self.key = key or new_key()
        self.path = path_of(folder, self.key)

    def keep(
        self,
        document: Mapping[str, Any],
        *,
        intake_id: int | None,
        version: int | None,
        typed_by: str,
    ) -> None:
        entry = JournalEntry(
            self.key,
            self.database,
            intake_id,
            version,
            datetime.now(UTC),
            typed_by,
            dict(document),
        )
        WRITER.put(self.path, entry.to_json())

    def drop(self) -> None:
        WRITER.remove(self.path)


def discard(folder: Path, key: str) -> None:
    """The desk chose not to carry on with a journal offered to it."""
    WRITER.remove(path_of(folder, key))


@dataclass(frozen=True)
class Offered:
    """What the next start offers: drafts in the database, and journals it lacks."""

    drafts: list[DraftSummary]
    journals: list[JournalEntry]


def offered(database: Database, folder: Path) -> Offered:
    """The drafts to offer, and the journals of this database it does not have (or has
    an older copy of); a journal the database already has, or whose intake was
    submitted since, is removed here (it holds a patient's details for nothing).

    A journal based on a draft row still at the journal's version replaces that draft in
    the offer (it is the same draft, typed further); a journal whose row has gone (the
    draft was discarded elsewhere) is offered as a new draft.
    """
    mark = database_mark(database)
    still_out = LIVE.settle(SETTLE_SECONDS)
    drafts = unfinished_drafts(database)
    by_id = {draft.intake_id: draft for draft in drafts}
    journals: list[JournalEntry] = []
    superseded: set[int] = set()
    for entry in read_entries(folder):
        if entry.database != mark or entry.key in still_out:
            continue
        if entry.intake_id is None:
            if any(draft.document == entry.document for draft in drafts):
                remove_file(path_of(folder, entry.key))
                continue
            journals.append(entry)
            continue
        draft = by_id.get(entry.intake_id)
        if draft is None:
            if _submitted(database, entry.intake_id):
                remove_file(path_of(folder, entry.key))
                continue
            journals.append(replace(entry, intake_id=None, version=None))
            continue
        if draft.document == entry.document:
            remove_file(path_of(folder, entry.key))
            continue
        if draft.version == entry.version:
            superseded.add(draft.intake_id)
        journals.append(entry)
    return Offered([d for d in drafts if d.intake_id not in superseded], journals)


def _submitted(database: Database, intake_id: int) -> bool:
    with database.reading() as session:
        status = session.scalar(select(Intake.status).where(Intake.id == intake_id))
    return status is not None and status != "draft"
