"""Encrypting an existing plain SQLite database, decrypting a copy for a support case, and
putting a typed recovery key on this computer (`clinic-intake db encrypt|decrypt|recover`).

Encrypting never puts the records at risk: the plain file is copied aside through SQLite's
backup API (a consistent snapshot), the encrypted copy is written from that snapshot
(`sqlcipher_export`), every table's row count and SQLite's integrity check are compared
with the snapshot, and only then is the encrypted copy renamed over the database. The
plain snapshot holds every patient's record in the clear, so it is removed as soon as the
swap is done, and on any failure (the database itself is then as it was).

A database that another program has open cannot be swapped safely: SQLite in WAL mode
keeps `-wal` and `-shm` files beside the database while any connection is open and
removes them when the last one closes, so their presence is the sign it is in use.
"""

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.storage import encryption
from clinic_app.storage.database import Database, connect
from clinic_app.storage.errors import StorageError
from clinic_app.storage.location import database_url


class EncryptionRefused(StorageError):
    """An encrypt, decrypt or recover that cannot be done; the message says why."""


@dataclass(frozen=True)
class Encrypted:
    path: Path
    tables: int
    rows: int
    recovery_key: str | None
    """Shown to the person running the command when no one has seen it yet."""


@dataclass(frozen=True)
class Decrypted:
    copy: Path
    tables: int
    rows: int


def database_file(url: str | None) -> Path:
    """The SQLite file named by --db / CLINIC_INTAKE_DB / the default; refused for
    PostgreSQL, whose encryption at rest is the server's business."""
    raw = database_url(url)
    try:
        parsed = make_url(raw)
    except ArgumentError:
        raise EncryptionRefused(f"{raw!r} is not a database URL; use sqlite:///PATH") from None
    if parsed.get_backend_name() != "sqlite":
        raise EncryptionRefused(
            "encryption at rest is the server's disk: a PostgreSQL database is encrypted by "
            "the server's own disk or file-system encryption, not by this app"
        )
    if not parsed.database or parsed.database == ":memory:":
        raise EncryptionRefused("a SQLite database must be a file: use sqlite:///PATH")
    path = Path(parsed.database).expanduser().absolute()
    if not path.is_file():
        raise EncryptionRefused(f"there is no database at {path}")
    return path


def refuse_if_in_use(path: Path) -> None:
    for companion in (path.with_name(f"{path.name}-wal"), path.with_name(f"{path.name}-shm")):
        if companion.exists():
            raise EncryptionRefused(
                f"{path} is in use ({companion.name} is beside it): close the app on every "
                "workstation that uses it (or start and close it once, after a crash), "
                "then try again"
            )


def _tables(connection: object) -> dict[str, int]:
    """Each table's row count, after SQLite's integrity check has passed."""
    execute = connection.execute  # type: ignore[attr-defined]
    verdict = execute("PRAGMA integrity_check").fetchall()
    if verdict != [("ok",)]:
        first = verdict[0][0] if verdict else "no answer"
        raise EncryptionRefused(f"the integrity check failed ({first}); nothing was changed")
    names = [
        name
        for (name,) in execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
    ]
    return {name: int(execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def _new_private(path: Path) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(descriptor)


def _export(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """Write `source` into the new file `target` under `target_key` (None: plain)."""
    attach_key = f"x'{target_key.hex()}'" if target_key else ""
    with encryption.opened(source, key=source_key, new_encrypted=False) as connection:
        connection.execute(f'ATTACH DATABASE ? AS converted KEY "{attach_key}"', (str(target),))
        connection.execute("SELECT sqlcipher_export('converted')")
        (version,) = connection.execute("PRAGMA main.user_version").fetchone()
        connection.execute(f"PRAGMA converted.user_version = {int(version)}")
        connection.execute("DETACH DATABASE converted")


def _same_rows(original: dict[str, int], copy: dict[str, int], what: str) -> None:
    if original != copy:
        differing = sorted(
            name for name in original.keys() | copy.keys() if original.get(name) != copy.get(name)
        )
        raise EncryptionRefused(
            f"the {what} has other row counts than the database ({', '.join(differing)}); "
            "nothing was changed"
        )


def _audit(path: Path, actor: Actor, action: str, detail: str) -> None:
    database = connect(f"sqlite:///{path}")
    try:
        with database.writing() as session:
            audit.record(session, actor, action, None, None, detail)
    finally:
        database.close()


def encrypt(path: Path, actor: Actor) -> Encrypted:
    """Encrypt the plain database at `path` in place (see the module's docstring)."""
    kind = encryption.kind_of(path)
    if kind == "encrypted":
        raise EncryptionRefused(f"{path} is encrypted already")
    if kind == "new":
        raise EncryptionRefused(f"{path} is empty; the app creates a new database encrypted")
    refuse_if_in_use(path)
    key = encryption.new_database_key()
    aside = path.with_name(f".{path.name}.plain-snapshot")
    converted = path.with_name(f".{path.name}.encrypting")
    try:
        for leftover in (aside, converted):
            leftover.unlink(missing_ok=True)
        _new_private(aside)
        with (
            encryption.opened(path, new_encrypted=False, timeout=30) as origin,
            encryption.opened(aside, new_encrypted=False) as snapshot,
        ):
            origin.backup(snapshot)
        with encryption.opened(aside, new_encrypted=False) as snapshot:
            original = _tables(snapshot)
        _new_private(converted)
        _export(aside, None, converted, key)
        if encryption.kind_of(converted) != "encrypted":
            raise EncryptionRefused("the encrypted copy came out unencrypted; nothing was changed")
        with encryption.opened(converted, key=key) as copy:
            _same_rows(original, _tables(copy), "encrypted copy")
        refuse_if_in_use(path)  # nobody opened it meanwhile
        os.replace(converted, path)
    except encryption.Error as error:
        raise EncryptionRefused(
            f"{path} could not be encrypted ({error}); nothing was changed"
        ) from None
    finally:
        aside.unlink(missing_ok=True)  # every record in the clear: gone as soon as done
        converted.unlink(missing_ok=True)
    shown = encryption.recovery_shown(key)
    if not shown:
        encryption.mark_recovery_shown(key)
    _audit(path, actor, "database.encrypted", "")
    return Encrypted(
        path,
        len(original),
        sum(original.values()),
        None if shown else encryption.recovery_key(key),
    )


def decrypt(path: Path, output: Path, actor: Actor) -> Decrypted:
    """Write a plain copy of the encrypted database at `path` to the new file `output`."""
    kind = encryption.kind_of(path)
    if kind != "encrypted":
        raise EncryptionRefused(f"{path} is not encrypted; copy it with `clinic-intake backup`")
    if output.exists() or output.is_symlink():
        raise EncryptionRefused(f"{output} already exists; choose a new file name")
    refuse_if_in_use(path)
    key = encryption.key_for(path)
    output = output.expanduser().absolute()
    if not output.parent.is_dir():
        raise EncryptionRefused(f"{output.parent} is not a folder")
    try:
        _new_private(output)
    except OSError as error:
        raise EncryptionRefused(f"{output}: cannot be written ({error.strerror})") from None
    try:
        with encryption.opened(path, key=key) as origin:
            original = _tables(origin)
        _export(path, key, output, None)
        with encryption.opened(output, new_encrypted=False) as copy:
            _same_rows(original, _tables(copy), "plain copy")
    except BaseException as error:
        output.unlink(missing_ok=True)
        if isinstance(error, encryption.Error):
            raise EncryptionRefused(f"{path} could not be decrypted ({error})") from None
        raise
    with contextlib.suppress(OSError):
        output.chmod(0o600)
    _audit(path, actor, "database.decrypted", f"plain copy written to {output.name}")
    return Decrypted(output, len(original), sum(original.values()))


def recover(path: Path, typed: str) -> str:
    """Keep the key of `typed` on this computer once it opens `path`; where it is kept.

    encryption.RecoveryKeyInvalid for a mistyped key; EncryptionRefused when it is a
    recovery key, but not this database's."""
    if encryption.kind_of(path) != "encrypted":
        raise EncryptionRefused(f"{path} is not encrypted; it needs no recovery key")
    key = encryption.parse_recovery_key(typed)
    if not encryption.key_opens(path, key):
        raise EncryptionRefused(f"that recovery key does not open {path}; nothing was kept")
    encryption.remember(key, recovery_shown=True)
    return encryption.where_kept()


# --- what the windows show (called on the background runner: keyring calls are slow) ----


@dataclass(frozen=True)
class EncryptionState:
    """For the settings page: is this database encrypted, and where is its key kept."""

    sqlite: bool
    encrypted: bool
    kept_in: str | None
    """"keyring" or "key file" for an encrypted file; None otherwise."""
    warning: str | None
    """encryption.key_storage_warning(), when the key is in a key file."""


def state_of(database: Database) -> EncryptionState:
    path = database.sqlite_path
    if path is None:
        return EncryptionState(False, False, None, None)
    if not encryption.is_encrypted(path):
        return EncryptionState(True, False, None, None)
    key = encryption.key_for(path)
    in_file = any(stored.key == key for stored in encryption.key_file_keys())
    return EncryptionState(
        True, True, "key file" if in_file else "keyring", encryption.key_storage_warning()
    )


def recovery_key_to_show(database: Database) -> str | None:
    """The recovery key of this encrypted database when no one has been shown it yet."""
    path = database.sqlite_path
    if path is None or not encryption.is_encrypted(path):
        return None
    key = encryption.key_for(path)
    return None if encryption.recovery_shown(key) else encryption.recovery_key(key)


def recovery_key_was_shown(recovery_key: str) -> None:
    """Note (beside the key) that a person has written this recovery key down."""
    encryption.mark_recovery_shown(encryption.parse_recovery_key(recovery_key))
