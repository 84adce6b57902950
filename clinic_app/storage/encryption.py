"""Encryption at rest for the SQLite database: its key, where the key is kept, and the one
way to open a database file whatever it is (security.md, stolen laptop).

A database file is told apart by its first 16 bytes: `SQLite format 3\\0` is a plain file,
anything else is SQLCipher's (the salt), and an empty file is a new database. A new
database is encrypted with a random 256-bit key; SQLCipher is given the key in its raw
form (`PRAGMA key = "x'…'"`) as the first statement on every connection, so no PBKDF2
runs at start-up.

The keys of this computer's user live in the OS keyring (service "clinic-intake", one
entry holding a JSON list, tried in order), so a database made elsewhere opens once its
recovery key has been entered (`clinic-intake db recover`). Where no keyring can be used
(a headless box: keyring's fail backend, or one that raises) they live in a key file
readable by the owner only, and `key_storage_warning` says so at start and in settings.

The key file is read directly and `keyring` is imported only when the file cannot open
the database: keyring's import and backend discovery cost a tenth of a second, which the
desk's first window should not wait for. Nothing here imports Qt or SQLAlchemy.
"""

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from sqlcipher3 import dbapi2 as dbapi

from clinic_app import paths
from clinic_app.storage.errors import DatabaseUnavailable

SERVICE = "clinic-intake"
ENTRY = "database-keys"
KEY_FOLDER = "keys"
KEY_FILE = "database-keys.json"
KEY_BYTES = 32
PLAIN_HEADER = b"SQLite format 3\x00"
_CHECK_BYTES = 3  # 32 + 3 bytes are 56 base32 letters: 14 groups of four
_GROUP = 4
_SMALLEST_PAGE = 512

Kind = Literal["new", "plain", "encrypted"]

DRIVER: Any = dbapi
"""SQLCipher's DB-API module (sqlite3's, with encryption): SQLAlchemy's driver too."""
Error: type[Exception] = dbapi.Error
"""What any connection from `open_file` raises (SQLCipher's DB-API errors)."""
OperationalError: type[Exception] = dbapi.OperationalError
DatabaseError: type[Exception] = dbapi.DatabaseError


class KeyMissing(DatabaseUnavailable):
    """An encrypted database whose key is not on this computer."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is encrypted and its key is not on this computer; run "
            "`clinic-intake db recover` and type its recovery key"
        )
        self.path = path


class RecoveryKeyInvalid(ValueError):
    """A typed recovery key that is not one (wrong letters, length or check)."""


@dataclass(frozen=True)
class StoredKey:
    """One database key of this computer's user, and whether a person has seen its
    recovery key (the first administrator is shown it once)."""

    key: bytes
    recovery_shown: bool


def kind_of(path: Path) -> Kind:
    """Plain, encrypted, or new (missing or empty), from the file's first 16 bytes."""
    try:
        with path.open("rb") as file:
            header = file.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return "new"
    if not header:
        return "new"
    if header == PLAIN_HEADER:
        return "plain"
    # SQLCipher writes whole pages; anything else is no database at all, and is opened as
    # plain so that SQLite itself says "file is not a database".
    size = path.stat().st_size
    return "encrypted" if size >= _SMALLEST_PAGE and size % _SMALLEST_PAGE == 0 else "plain"


def is_encrypted(path: Path) -> bool:
    return kind_of(path) == "encrypted"


# --- the recovery key: the database key written for people ------------------------------


def recovery_key(key: bytes) -> str:
    """The key in base32 with a 3-byte check, in groups of four (`ABCD-EFGH-…`)."""
    check = hashlib.sha256(key).digest()[:_CHECK_BYTES]
    letters = base64.b32encode(key + check).decode("ascii")
    return "-".join(letters[i : i + _GROUP] for i in range(0, len(letters), _GROUP))


def parse_recovery_key(typed: str) -> bytes:
    """The database key from a typed recovery key; spaces, dashes and case do not matter,
    and 0/1 are read as O/I (base32 has neither digit)."""
    letters = "".join(typed.split()).replace("-", "").upper().replace("0", "O").replace("1", "I")
    expected = len(recovery_key(bytes(KEY_BYTES)).replace("-", ""))
    if len(letters) != expected:
        raise RecoveryKeyInvalid(
            f"a recovery key has {expected} letters and digits "
            f"({expected // _GROUP} groups of four); {len(letters)} were typed"
        )
    try:
        raw = base64.b32decode(letters)
    except ValueError:
        raise RecoveryKeyInvalid(
            "a recovery key has only the letters A-Z and the digits 2-7"
        ) from None
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if not hmac.compare_digest(hashlib.sha256(key).digest()[:_CHECK_BYTES], check):
        raise RecoveryKeyInvalid("the recovery key is mistyped: its check does not match")
    return key


def last_group(key: bytes) -> str:
    """The part of the recovery key a person types back to show it was written down."""
    return recovery_key(key).rsplit("-", 1)[-1]


# --- where the keys are kept -------------------------------------------------------------


def key_file() -> Path:
    """The key file used where no keyring is (under the data folder; 0600 in 0700)."""
    return paths.data_dir() / KEY_FOLDER / KEY_FILE


def _encode(keys: list[StoredKey]) -> str:
    return json.dumps([{"key": k.key.hex(), "recovery_shown": k.recovery_shown} for k in keys])


def _decode(text: str | None) -> list[StoredKey]:
    if not text:
        return []
    try:
        raw = json.loads(text)
        return [
            StoredKey(bytes.fromhex(str(item["key"])), bool(item.get("recovery_shown", False)))
            for item in raw
            if len(bytes.fromhex(str(item["key"]))) == KEY_BYTES
        ]
    except (ValueError, TypeError, KeyError):
        return []


def _read_key_file() -> list[StoredKey]:
    try:
        return _decode(key_file().read_text(encoding="ascii"))
    except (FileNotFoundError, UnicodeDecodeError):
        return []


def key_file_keys() -> list[StoredKey]:
    """The keys in the key file only (none where a keyring keeps them)."""
    return _read_key_file()


def _write_key_file(keys: list[StoredKey]) -> None:
    path = key_file()
    paths.private_dir(path.parent).chmod(0o700)
    partial = path.with_name(f".{path.name}.partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(_encode(keys))
        file.flush()
        os.fsync(file.fileno())
    os.chmod(partial, 0o600)
    os.replace(partial, path)


_file_only = [False]


@contextlib.contextmanager
def key_file_only() -> Iterator[None]:
    """Keep keys in the key file and never touch the keyring meanwhile (this process):
    for the self-test, whose throwaway database must leave the user's keyring as it was."""
    before = _file_only[0]
    _file_only[0] = True
    forget_cache()
    try:
        yield
    finally:
        _file_only[0] = before
        forget_cache()


def keyring_backend_name() -> str | None:
    """The keyring backend this computer's keys would go to (None: none usable). It reads
    only an entry that holds nothing, so it may be asked while keys are kept in a file."""
    backend = _usable_backend(probe="backend-check")
    return None if backend is None else f"{type(backend).__module__}.{type(backend).__name__}"


def _keyring() -> Any | None:
    """The OS keyring's backend, or None where there is none that works."""
    return None if _file_only[0] else _usable_backend(probe=ENTRY)


def _usable_backend(*, probe: str) -> Any | None:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return None
        with contextlib.suppress(ImportError):
            from keyring.backends import null

            if isinstance(backend, null.Keyring):
                return None
        backend.get_password(SERVICE, probe)  # a locked or broken one raises here
        return backend
    except Exception:  # keyring's backends raise all sorts; none may stop the app
        return None


def _read_keyring() -> list[StoredKey]:
    backend = _keyring()
    if backend is None:
        return []
    try:
        return _decode(backend.get_password(SERVICE, ENTRY))
    except Exception:
        return []


_lock = threading.RLock()
# The keys read once per process (keyring calls are slow), by key file: a test, or a
# portable install, moves the data folder and with it the keys.
_cache: dict[Path, list[StoredKey]] = {}


def stored_keys() -> list[StoredKey]:
    """Every key of this computer's user: the key file's, then the keyring's."""
    with _lock:
        place = key_file()
        if place not in _cache:
            merged: list[StoredKey] = []
            for stored in _read_key_file() + _read_keyring():
                if all(stored.key != known.key for known in merged):
                    merged.append(stored)
            _cache[place] = merged
        return list(_cache[place])


# Keys this process has opened or made a database with: it holds them in memory anyway
# (an engine keeps its key), and a process that moves CLINIC_INTAKE_HOME (the self-test,
# the benchmarks, the tests) can still copy a database it opened before the move.
_opened: list[bytes] = []


def _note_opened(key: bytes) -> bytes:
    with _lock:
        if key not in _opened:
            _opened.append(key)
    return key


def forget_cache() -> None:
    """Read the stores again on next use, and forget the keys this process opened with
    (a test that swaps the keyring backend, or plays another computer)."""
    with _lock:
        _cache.clear()
        _opened.clear()


def where_kept() -> Literal["keyring", "key file"]:
    """Where a new key goes: the keyring when one works, else the key file."""
    return "key file" if key_file().exists() or _keyring() is None else "keyring"


def key_storage_warning() -> str | None:
    """One line for the desk's start and settings while the keys are in a key file.

    It reads no keyring: the key file exists only where no keyring could be used."""
    if not key_file().exists():
        return None
    return (
        f"the database key is kept in a file ({key_file()}), not in a keyring: anyone who "
        "copies that file and the database can read the records"
    )


def _save(keys: list[StoredKey]) -> None:
    with _lock:
        backend = None if key_file().exists() else _keyring()
        if backend is not None:
            try:
                backend.set_password(SERVICE, ENTRY, _encode(keys))
                _cache[key_file()] = list(keys)
                return
            except Exception:
                pass  # fall back to the key file, which the warning then names
        _write_key_file(keys)
        _cache[key_file()] = list(keys)


def remember(key: bytes, *, recovery_shown: bool) -> None:
    """Keep `key` on this computer (first in the list: the newest is tried first)."""
    with _lock:
        keys = [stored for stored in stored_keys() if stored.key != key]
        _save([StoredKey(key, recovery_shown), *keys])


def mark_recovery_shown(key: bytes) -> None:
    with _lock:
        _save([StoredKey(s.key, s.recovery_shown or s.key == key) for s in stored_keys()])


def recovery_shown(key: bytes) -> bool:
    return any(stored.key == key and stored.recovery_shown for stored in stored_keys())


def new_database_key() -> bytes:
    """The key for a new database: this computer's newest, or a new one (32 random bytes)."""
    with _lock:
        keys = stored_keys()
        if keys:
            return _note_opened(keys[0].key)
        key = secrets.token_bytes(KEY_BYTES)
        remember(key, recovery_shown=False)
        return _note_opened(key)


# --- opening a file ----------------------------------------------------------------------


def _pragma_key(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _raw_connect(path: Path, *, read_only: bool, timeout: float, **options: Any) -> Any:
    mode = "ro" if read_only else "rwc"
    address = f"file:{quote(str(path))}?mode={mode}"
    connection = dbapi.connect(address, uri=True, timeout=timeout, **options)
    # SQLCipher writes each wrong key's failed page check to stderr; trying this
    # computer's keys in turn is expected to fail for some, and the refusal is said once,
    # in words, by the caller.
    connection.execute("PRAGMA cipher_log_level = NONE")
    return connection


def _opens(connection: Any, key: bytes) -> bool:
    """Whether `key` is the file's; any other failure (a read-only folder, a busy file)
    is raised as it is, so that it is named for what it is."""
    try:
        connection.execute(_pragma_key(key))
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.DatabaseError as error:
        if "not a database" in str(error).lower():
            return False
        raise
    return True


def _try_keys(path: Path, keys: list[bytes]) -> bytes | None:
    # Read-only where the file is: a WAL file opened read-only needs its -shm already made.
    read_only = not os.access(path, os.W_OK)
    for key in keys:
        connection = _raw_connect(path, read_only=read_only, timeout=5.0)
        try:
            if _opens(connection, key):
                return key
        finally:
            connection.close()
    return None


def key_for(path: Path) -> bytes:
    """The key of this computer that opens the encrypted file `path` (KeyMissing if none).

    The key file is tried before the keyring is even imported (the quick path)."""
    from_file = [stored.key for stored in _read_key_file()]
    found = _try_keys(path, from_file)
    if found is None:
        found = _try_keys(path, [s.key for s in stored_keys() if s.key not in from_file])
    if found is None:
        known = {s.key for s in stored_keys()} | set(from_file)
        with _lock:
            opened_here = [key for key in _opened if key not in known]
        found = _try_keys(path, opened_here)
    if found is None:
        raise KeyMissing(path)
    return _note_opened(found)


def key_opens(path: Path, key: bytes) -> bool:
    return _try_keys(path, [key]) is not None


def open_file(
    path: Path,
    *,
    read_only: bool = False,
    timeout: float = 30.0,
    key: bytes | None = None,
    new_encrypted: bool = True,
    **options: Any,
) -> Any:
    """A DB-API connection (SQLCipher's) to the database file `path`, plain or encrypted.

    An encrypted file gets its key as the first statement; a new (missing or empty) file
    is made encrypted with `new_database_key()` unless `new_encrypted` is False; `key`
    names the key to use instead of looking one up. KeyMissing when no key opens it.
    """
    kind = kind_of(path)
    if kind == "new" and new_encrypted and not read_only:
        key = key or new_database_key()
    elif kind == "encrypted":
        key = key or key_for(path)
    elif kind == "plain":
        key = None
    connection = _raw_connect(path, read_only=read_only, timeout=timeout, **options)
    if key is not None:
        try:
            connection.execute(_pragma_key(key))
            if kind == "encrypted":
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            connection.close()
            raise
    return connection


@contextlib.contextmanager
def opened(path: Path, **kwargs: Any) -> Iterator[Any]:
    """`open_file` as a context manager that closes the connection."""
    connection = open_file(path, **kwargs)
    try:
        yield connection
    finally:
        connection.close()


# --- the draft journals ------------------------------------------------------------------

_SEALED = b"CIJ1"  # a sealed journal file starts with this; a plain (older) one with "{"
_KEY_ID_BYTES = 8
_NONCE_BYTES = 12


def _journal_key(database_key: bytes) -> bytes:
    """The journals' AES-GCM key: HKDF-SHA256 of the database key, never the key itself."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    derive = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"clinic-intake journal")
    return derive.derive(database_key)


def _key_id(journal_key: bytes) -> bytes:
    return hashlib.sha256(journal_key).digest()[:_KEY_ID_BYTES]


def seal_journal(content: bytes) -> bytes:
    """`content` encrypted (AES-GCM) under a key derived from this computer's database
    key, the one its new databases get (made now if there is none yet)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = _journal_key(new_database_key())
    nonce = secrets.token_bytes(_NONCE_BYTES)
    header = _SEALED + _key_id(key)
    return header + nonce + AESGCM(key).encrypt(nonce, content, header)


def open_journal(data: bytes) -> bytes:
    """The content of a journal file: sealed ones decrypted with whichever of this
    computer's keys sealed them; a plain one (written before journals were encrypted)
    as it is. ValueError when no key here opens it."""
    if not data.startswith(_SEALED):
        return data
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = data[: len(_SEALED) + _KEY_ID_BYTES]
    nonce = data[len(header) : len(header) + _NONCE_BYTES]
    for stored in stored_keys():
        key = _journal_key(stored.key)
        if _key_id(key) == header[len(_SEALED) :]:
            try:
                return AESGCM(key).decrypt(nonce, data[len(header) + _NONCE_BYTES :], header)
            except InvalidTag:
                raise ValueError("the journal file is damaged") from None
    raise ValueError("the journal was sealed with a key that is not on this computer")
