"""`clinic-intake restore BACKUP`, run as a user runs it (a subprocess), on real files.

The drill: a database with records of many kinds, a backup, the database damaged (bytes
overwritten in the middle, then the file cut short: shown to be damaged first), restore,
and every table's rows equal to what they were when the backup was taken. Then the
refusals, each one line with the current file's bytes unchanged: a damaged backup, a
missing file, a file that is not a database, a database that is not this app's, one
from a newer version of the app, a database open in another process, and PostgreSQL.

Rows are read through the app's own storage layer, never as plain SQLite: a backup of
an encrypted database is encrypted too.
"""

import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from clinic_app.services import reviews, users
from clinic_app.services.actor import Actor
from clinic_app.services.backup import BackupRefused, check_copy
from clinic_app.services.demo_data import generate
from clinic_app.storage.bounds import COMMAND_LINE
from clinic_app.storage.database import SCHEMA_HEAD, connect, open_database

PASSWORD = "correct horse battery"


def clinic_intake(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clinic_app", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        env={**os.environ},  # CLINIC_INTAKE_HOME: this test's own (tests/conftest.py)
        check=False,
    )


def filled(path: Path) -> str:
    """A database with patients, intakes, their flags, follow-ups and courses (demo data),
    accounts, a clinician's decision and the audit trail of all that; its URL."""
    url = f"sqlite:///{path}"
    database = open_database(url)
    try:
        generate(database, patients=25, intakes=60, seed=7)
        admin = users.create_user(
            database, None, username="admin", display_name="Ada", role="admin", password=PASSWORD
        )
        clinician = users.create_user(
            database,
            Actor(name="admin", role="admin", user_id=admin.id),
            username="clin",
            display_name="Cleo Clinician",
            role="clinician",
            password=PASSWORD,
        )
        reviews.record_decision(
            database,
            Actor(name="clin", role="clinician", user_id=clinician.id),
            1,
            decision="manage_in_clinic",
            reason="settles with load management",
        )
    finally:
        database.close()
    return url


def every_row(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows, in a fixed order, read through the app's storage layer."""
    database = connect(url, bounds=COMMAND_LINE)
    try:
        with database.engine.connect() as connection:
            tables = [
                name
                for (name,) in connection.execute(
                    text(
                        "SELECT name FROM sqlite_master WHERE type = 'table' "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                    )
                )
            ]
            return {
                table: sorted(
                    (tuple(row) for row in connection.execute(text(f'SELECT * FROM "{table}"'))),
                    key=repr,
                )
                for table in tables
            }
    finally:
        database.close()


def damage(path: Path) -> None:
    """Bytes overwritten in the middle of the file, then its last pages cut off."""
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.seek(size // 3)
        file.write(b"\x5a" * 16384)
        file.truncate(size - size // 4)


def one_line(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def clinic(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "clinic.sqlite3"
    return path, filled(path)


def test_restore_drill_brings_every_record_back(tmp_path: Path, clinic: tuple[Path, str]) -> None:
    path, url = clinic
    before = every_row(url)
    counts = {table: len(rows) for table, rows in before.items()}
    for kind in ("patients", "intakes", "assessments", "flags", "followups", "courses"):
        assert counts[kind] > 0, kind
    assert counts["users"] == 2
    assert counts["reviews"] == 1
    backup = tmp_path / "clinic-backup.sqlite3"
    assert clinic_intake("--db", url, "backup", str(backup)).returncode == 0

    damage(path)
    with pytest.raises(BackupRefused):  # really damaged: SQLite's own check says so
        check_copy(path)
    damaged_bytes = path.read_bytes()

    result = clinic_intake("--db", url, "restore", str(backup))

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    report = result.stdout.splitlines()
    assert report[0].startswith(f"restored {path} from {backup} (backup taken ")
    assert f"{counts['patients']} patients, {counts['intakes']} intakes" in report[0]
    (aside,) = (
        p
        for p in path.parent.glob("clinic.sqlite3.before-restore-*")
        if not p.name.endswith("-wal")
    )
    assert report[1] == f"the file it replaced is kept at {aside}"
    assert aside.read_bytes() == damaged_bytes  # the damaged file is kept, as it was
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert every_row(url) == before  # counts and contents
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []
    # And the app opens it again: the schema check passes, the accounts are there.
    database = open_database(url)
    try:
        assert {account.username for account in users.list_users(database)} == {"admin", "clin"}
    finally:
        database.close()


@pytest.fixture
def backup_of(tmp_path: Path, clinic: tuple[Path, str]) -> Path:
    _path, url = clinic
    backup = tmp_path / "backup.sqlite3"
    assert clinic_intake("--db", url, "backup", str(backup)).returncode == 0
    return backup


def refused_and_unchanged(path: Path, url: str, backup: str, code: int, *extra: str) -> str:
    before = path.read_bytes()
    line = one_line(clinic_intake("--db", url, "restore", backup, *extra), code)
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.glob("*before-restore*")] == []
    assert [p.name for p in path.parent.glob(".*")] == []
    return line


def test_a_damaged_backup_is_refused(clinic: tuple[Path, str], backup_of: Path) -> None:
    path, url = clinic
    damage(backup_of)
    line = refused_and_unchanged(path, url, str(backup_of), 2)
    assert line.startswith(f"{backup_of}: ")
    assert line.endswith("; nothing was changed")


def test_a_missing_backup_is_refused(tmp_path: Path, clinic: tuple[Path, str]) -> None:
    path, url = clinic
    missing = tmp_path / "no-such-backup.sqlite3"
    line = refused_and_unchanged(path, url, str(missing), 2)
    assert line == f"{missing}: no such file; nothing was changed"


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path, clinic: tuple[Path, str]) -> None:
    path, url = clinic
    notes = tmp_path / "notes.txt"
    notes.write_text("the clinic's phone numbers\n" * 300, encoding="utf-8")
    line = refused_and_unchanged(path, url, str(notes), 2)
    assert line.startswith(f"{notes}: ")
    assert line.endswith("; nothing was changed")


def test_a_database_of_another_program_is_refused(tmp_path: Path, clinic: tuple[Path, str]) -> None:
    path, url = clinic
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as connection:  # somebody else's plain SQLite file
        connection.execute("CREATE TABLE songs (title TEXT)")
        connection.commit()
    line = refused_and_unchanged(path, url, str(other), 2)
    # "is not a clinic-intake database" (or, once databases are encrypted, not readable
    # with this clinic's key): either way the file is named and nothing changes.
    assert line.startswith(f"{other}: ")
    assert line.endswith("; nothing was changed")


def test_a_backup_from_a_newer_version_is_refused(
    clinic: tuple[Path, str], backup_of: Path
) -> None:
    path, url = clinic
    newer = connect(f"sqlite:///{backup_of}", bounds=COMMAND_LINE)
    try:
        with newer.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        newer.close()
    line = refused_and_unchanged(path, url, str(backup_of), 2)
    assert "made by a newer version of the app (schema 9999)" in line


def test_a_database_open_in_another_process_is_refused(
    clinic: tuple[Path, str], backup_of: Path
) -> None:
    path, url = clinic
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from clinic_app.storage.database import open_database\n"
            "from clinic_app.services import users\n"
            "database = open_database(sys.argv[1])\n"
            "users.list_users(database)\n"
            "print('open', flush=True)\n"
            "sys.stdin.read()\n"
            "database.close()\n",
            url,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        line = one_line(clinic_intake("--db", url, "restore", str(backup_of)), 1)
        assert line == (
            f"clinic-intake: {path} is open in another program (the app on this computer?); "
            "close it, then restore again"
        )
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(30)
        if holder.stdout is not None:
            holder.stdout.close()
    assert [p.name for p in path.parent.glob("*before-restore*")] == []
    # Closed, the same restore goes ahead.
    assert clinic_intake("--db", url, "restore", str(backup_of)).returncode == 0


def test_postgresql_is_restored_on_the_server(backup_of: Path) -> None:
    before = backup_of.read_bytes()
    line = one_line(
        clinic_intake(
            "--db", "postgresql+psycopg://clinic@db.example/clinic", "restore", str(backup_of)
        ),
        1,
    )
    assert line.startswith("clinic-intake: PostgreSQL database clinic on db.example ")
    assert "pg_restore" in line
    assert backup_of.read_bytes() == before


def test_a_backup_from_an_older_schema_is_upgraded_on_the_next_open(tmp_path: Path) -> None:
    from alembic import command

    from clinic_app.storage import migrate

    old = tmp_path / "old.sqlite3"
    database = connect(f"sqlite:///{old}", bounds=COMMAND_LINE)
    try:
        with database.engine.begin() as connection:
            config = migrate._config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0010")
    finally:
        database.close()
    target = tmp_path / "clinic.sqlite3"
    url = f"sqlite:///{target}"
    open_database(url).close()

    result = clinic_intake("--db", url, "restore", str(old))

    assert result.returncode == 0, result.stderr
    assert "its schema (0010) is brought up to date the next time" in result.stdout
    upgraded = clinic_intake("--db", url, "db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"upgraded from 0010 to {SCHEMA_HEAD}" in upgraded.stdout


def test_a_backup_is_restored_onto_a_new_computer(
    tmp_path: Path, clinic: tuple[Path, str], backup_of: Path
) -> None:
    _path, url = clinic
    before = every_row(url)
    fresh = tmp_path / "new computer" / "data" / "clinic.sqlite3"
    fresh_url = f"sqlite:///{fresh}"

    result = clinic_intake("--db", fresh_url, "restore", str(backup_of))

    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1  # nothing was there to keep aside
    assert stat.S_IMODE(fresh.parent.stat().st_mode) == 0o700
    restored = every_row(fresh_url)
    # The backup command noted itself on the trail after its copy was taken.
    assert {t: r for t, r in restored.items() if t != "audit_events"} == {
        t: r for t, r in before.items() if t != "audit_events"
    }
    assert len(restored["audit_events"]) == len(before["audit_events"]) - 1
