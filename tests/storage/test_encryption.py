"""Encryption at rest on real SQLite files (security.md, stolen laptop): a new database is
SQLCipher's, the stdlib cannot read it, the app can; where the key is kept (a key file
with its warning, or a keyring through a small in-memory backend: a real Secret Service
cannot run here); a missing key refused in one line; copies keep the encryption."""

import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy import select

from clinic_app.services import users
from clinic_app.services.backup import check_copy, copy_database
from clinic_app.storage import encryption
from clinic_app.storage.database import connect, open_database
from clinic_app.storage.location import first_look
from clinic_app.storage.models import User


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps its secrets in this process only."""

    priority = 10

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    encryption.forget_cache()
    try:
        yield backend
    finally:
        keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
        encryption.forget_cache()


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def with_an_account(path: Path) -> None:
    database = open_database(url_of(path))
    try:
        users.create_user(
            database,
            None,
            username="admin",
            display_name="Ada Admin",
            role="admin",
            password="a long passphrase 1",
        )
    finally:
        database.close()


def test_a_new_database_is_encrypted_and_only_the_app_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    with_an_account(path)

    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert encryption.kind_of(path) == "encrypted"
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    database = open_database(url_of(path))
    try:
        with database.reading() as session:
            assert session.scalars(select(User.username)).all() == ["admin"]
    finally:
        database.close()
    look = first_look(url_of(path))  # the quick look at start-up reads it too
    assert look is not None
    assert look.has_users


def test_a_plain_file_still_opens_as_plain(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite3"
    with sqlite3.connect(path) as plain:
        plain.execute("CREATE TABLE kept (line TEXT)")
    open_database(url_of(path)).close()  # upgraded in place, not encrypted behind one's back
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    with sqlite3.connect(path) as plain:
        assert plain.execute("SELECT count(*) FROM users").fetchone() == (0,)


def test_an_encrypted_file_whose_key_is_not_here_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere.sqlite3"
    open_database(url_of(path)).close()
    encryption.key_file().unlink()  # as on another computer
    encryption.forget_cache()

    with pytest.raises(encryption.KeyMissing) as refused:
        connect(url_of(path))
    message = str(refused.value)
    assert "\n" not in message
    assert str(path) in message
    assert "clinic-intake db recover" in message
    assert first_look(url_of(path)) is None  # the full way says it


def test_without_a_keyring_the_key_is_a_private_file_with_a_warning(tmp_path: Path) -> None:
    assert encryption.key_storage_warning() is None  # no key yet, nothing to warn of
    open_database(url_of(tmp_path / "clinic.sqlite3")).close()

    place = encryption.key_file()
    assert stat.S_IMODE(place.stat().st_mode) == 0o600
    assert stat.S_IMODE(place.parent.stat().st_mode) == 0o700
    assert encryption.where_kept() == "key file"
    warning = encryption.key_storage_warning()
    assert warning is not None
    assert "\n" not in warning
    assert str(place) in warning
    assert "not in a keyring" in warning


def test_with_a_keyring_the_key_is_kept_there_and_no_file_is_written(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "clinic.sqlite3"
    with_an_account(path)

    assert not encryption.key_file().exists()
    assert encryption.key_storage_warning() is None
    assert encryption.where_kept() == "keyring"
    stored = memory_keyring.secrets[(encryption.SERVICE, encryption.ENTRY)]
    assert encryption.key_for(path).hex() in stored
    encryption.forget_cache()  # a new process: the key comes from the keyring again
    assert first_look(url_of(path)) is not None
    open_database(url_of(path)).close()


def test_the_recovery_key_is_the_key_written_for_people() -> None:
    key = bytes(range(32))
    written = encryption.recovery_key(key)
    groups = written.split("-")
    assert len(groups) == 14
    assert all(len(group) == 4 for group in groups)
    assert encryption.parse_recovery_key(written) == key
    assert encryption.parse_recovery_key(written.lower().replace("-", " ")) == key
    assert encryption.last_group(key) == groups[-1]
    wrong = ("B" if written[0] != "B" else "C") + written[1:]
    with pytest.raises(encryption.RecoveryKeyInvalid, match="check does not match"):
        encryption.parse_recovery_key(wrong)
    with pytest.raises(encryption.RecoveryKeyInvalid, match="56 letters"):
        encryption.parse_recovery_key(written[:-5])


def test_a_copy_of_an_encrypted_database_is_encrypted_with_the_same_key(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    with_an_account(path)
    copy = tmp_path / "copy.sqlite3"

    copy_database(path, copy)

    assert encryption.kind_of(copy) == "encrypted"
    assert encryption.key_for(copy) == encryption.key_for(path)
    assert check_copy(copy)["users"] == 1
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_a_copy_of_a_plain_database_stays_plain(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite3"
    with sqlite3.connect(path) as plain:  # an empty file would be a new database
        plain.execute("CREATE TABLE kept (line TEXT)")
    open_database(url_of(path)).close()
    copy = tmp_path / "copy.sqlite3"

    copy_database(path, copy)

    assert copy.read_bytes()[:16] == b"SQLite format 3\x00"
    assert check_copy(copy)["users"] == 0
