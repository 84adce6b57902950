"""`clinic-intake db encrypt | decrypt | recover` through the real console script, on real
SQLite files with records: decrypt gives back every row, encrypt round-trips a plain file,
a database from another computer opens once its recovery key is typed, and each refusal
is one line that changes nothing."""

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from clinic_app.storage import encryption
from clinic_app.storage.encryption import open_file


def cli(
    *args: str, home: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("clinic-intake")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "clinic_app"]
    env = dict(os.environ)
    if home is not None:
        env["CLINIC_INTAKE_HOME"] = str(home)
    return subprocess.run(
        [*command, *args],
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def contents(connection: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, in a fixed order."""
    names = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    ]
    return {
        name: sorted(
            (tuple(row) for row in connection.execute(f'SELECT * FROM "{name}"')), key=repr
        )
        for name in names
    }


@pytest.fixture
def with_records(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    made = cli("--db", url(path), "demo-data", "--patients", "6", "--intakes", "12")
    assert made.returncode == 0, made.stderr
    return path


def test_decrypt_gives_a_plain_copy_with_every_record(with_records: Path, tmp_path: Path) -> None:
    assert encryption.kind_of(with_records) == "encrypted"
    with closing(open_file(with_records)) as connection:
        before = contents(connection)
    copy = tmp_path / "support" / "plain.sqlite3"
    copy.parent.mkdir()

    result = cli("--db", url(with_records), "db", "decrypt", "-o", str(copy))

    assert result.returncode == 0, result.stderr
    assert "UNENCRYPTED" in result.stdout
    assert copy.read_bytes()[:16] == b"SQLite format 3\x00"
    assert copy.stat().st_mode & 0o777 == 0o600
    with closing(sqlite3.connect(copy)) as plain:  # any SQLite tool reads it now
        after = contents(plain)
    assert after.keys() == before.keys()
    assert before["patients"]
    for table, rows in before.items():
        if table != "audit_events":  # the decrypt itself is audited after the copy
            assert after[table] == rows, table
    with closing(open_file(with_records)) as connection:
        actions = [row[0] for row in connection.execute("SELECT action FROM audit_events")]
    assert "database.decrypted" in actions


def test_decrypt_refuses_to_overwrite_and_needs_a_file(with_records: Path, tmp_path: Path) -> None:
    taken = tmp_path / "taken.sqlite3"
    taken.write_text("someone's file\n")

    result = cli("--db", url(with_records), "db", "decrypt", "-o", str(taken))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.strip().count("\n") == 0
    assert "already exists" in result.stderr
    assert taken.read_text() == "someone's file\n"

    missing = cli("--db", url(with_records), "db", "decrypt")
    assert missing.returncode == 2
    assert "-o FILE" in missing.stderr


def test_encrypt_round_trips_a_plain_file_with_records(with_records: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain.sqlite3"
    assert cli("--db", url(with_records), "db", "decrypt", "-o", str(plain)).returncode == 0
    with closing(sqlite3.connect(plain)) as connection:
        before = contents(connection)

    result = cli("--db", url(plain), "db", "encrypt")

    assert result.returncode == 0, result.stderr
    assert "encrypted" in result.stdout
    assert plain.read_bytes()[:16] != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(plain).execute("SELECT count(*) FROM sqlite_master").fetchone()
    with closing(open_file(plain)) as connection:
        after = contents(connection)
    for table, rows in before.items():
        if table != "audit_events":
            assert after[table] == rows, table
    assert len(after["audit_events"]) == len(before["audit_events"]) + 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert cli("--db", url(plain), "users", "list").returncode == 0  # the app opens it

    again = cli("--db", url(plain), "db", "encrypt")
    assert again.returncode == 1
    assert "encrypted already" in again.stderr


def test_encrypt_is_refused_while_the_database_is_in_use(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite3"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE notes (line TEXT)")
        connection.execute("INSERT INTO notes VALUES ('kept')")
    holder = sqlite3.connect(path)
    try:
        holder.execute("PRAGMA journal_mode=WAL")
        holder.execute("SELECT * FROM notes").fetchall()  # another program has it open

        result = cli("--db", url(path), "db", "encrypt")

        assert result.returncode == 1
        assert "is in use" in result.stderr
        assert result.stderr.strip().count("\n") == 0
    finally:
        holder.close()
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"


def test_a_database_from_another_computer_opens_once_its_recovery_key_is_typed(
    with_records: Path, tmp_path: Path
) -> None:
    written = encryption.recovery_key(encryption.key_for(with_records))
    elsewhere = tmp_path / "other-computer"

    refused = cli("--db", url(with_records), "users", "list", home=elsewhere)
    assert refused.returncode == 1
    assert refused.stderr.strip().count("\n") == 0
    assert "clinic-intake db recover" in refused.stderr

    mistyped = cli(
        "--db", url(with_records), "db", "recover", "--key", "AAAA-" + written[5:], home=elsewhere
    )
    assert mistyped.returncode == 2
    assert "mistyped" in mistyped.stderr
    other = encryption.recovery_key(bytes(32))
    wrong = cli("--db", url(with_records), "db", "recover", "--key", other, home=elsewhere)
    assert wrong.returncode == 1
    assert "does not open" in wrong.stderr

    typed = cli("--db", url(with_records), "db", "recover", home=elsewhere, stdin=written + "\n")

    assert typed.returncode == 0, typed.stderr
    assert "key file" in typed.stdout
    assert cli("--db", url(with_records), "users", "list", home=elsewhere).returncode == 0


def test_a_computer_whose_keys_do_not_fit_says_so_in_one_line(
    with_records: Path, tmp_path: Path
) -> None:
    """Another computer with a database of its own tries its keys on this file: each
    wrong key fails SQLCipher's page check, which SQLCipher would log to stderr; the user
    sees the one refusal only."""
    elsewhere = tmp_path / "other-computer"
    own = cli("--db", url(tmp_path / "its-own.sqlite3"), "db", "upgrade", home=elsewhere)
    assert own.returncode == 0, own.stderr

    refused = cli("--db", url(with_records), "db", "current", home=elsewhere)

    assert refused.returncode == 1
    assert refused.stderr.strip().count("\n") == 0, refused.stderr
    assert "clinic-intake db recover" in refused.stderr


def test_db_current_says_whether_the_file_is_encrypted(with_records: Path, tmp_path: Path) -> None:
    encrypted = cli("--db", url(with_records), "db", "current")
    assert encrypted.returncode == 0, encrypted.stderr
    assert "file: encrypted (SQLCipher), key in this computer's key file" in encrypted.stdout
    plain = tmp_path / "plain.sqlite3"
    assert cli("--db", url(with_records), "db", "decrypt", "-o", str(plain)).returncode == 0
    unencrypted = cli("--db", url(plain), "db", "current")
    assert "file: NOT encrypted; `clinic-intake db encrypt` encrypts it" in unencrypted.stdout


def test_postgresql_is_refused_with_where_its_encryption_belongs() -> None:
    result = cli("--db", "postgresql+psycopg://clinic@localhost:1/clinic", "db", "encrypt")
    assert result.returncode == 1
    assert "encryption at rest is the server's disk" in result.stderr
