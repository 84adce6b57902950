"""The automatic backups, made by the real app started as a user starts it (a subprocess,
`clinic-intake --exit-when-ready`, tests/cli/test_desktop_start.py): nobody asks, and
the day's first start leaves a checked backup in the backup folder; a start with
--exit-when-ready is also an exit, so an exit backup is there too; a second start the
same day makes no second start-of-day backup (only its exit one).

Each backup is trusted only once check_copy passes on it, never by reading its header.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clinic_app.services import audit, users
from clinic_app.services.auto_backup import list_backups
from clinic_app.services.backup import check_copy
from clinic_app.storage.database import DATABASE_FILE, open_database

PASSWORD = "correct horse battery"


def start(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLINIC_INTAKE_HOME": str(home)}
    env.pop("CLINIC_INTAKE_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "clinic_app", "--exit-when-ready", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def occasions(folder: Path) -> list[str]:
    return sorted(backup.occasion for backup in list_backups(folder))


def test_the_days_first_start_backs_up_without_anyone_asking(clinic_home: Path) -> None:
    path = clinic_home / "data" / DATABASE_FILE
    database = open_database(f"sqlite:///{path}")  # a clinic with an account: sign-in shows
    try:
        users.create_user(
            database, None, username="admin", display_name="Ada", role="admin", password=PASSWORD
        )
    finally:
        database.close()
    folder = clinic_home / "data" / "backups"
    assert not folder.exists()

    first = start(clinic_home)

    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    assert occasions(folder) == ["exit", "start"]
    for backup in list_backups(folder):
        assert check_copy(backup.path)["users"] == 1  # checked, with the clinic's records
        # Encrypted like the database (security.md): a copy off the computer reads as noise.
        assert path.read_bytes()[:16] != b"SQLite format 3\x00"
        assert backup.path.read_bytes()[:16] != b"SQLite format 3\x00"
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(backup.path).execute("SELECT count(*) FROM users").fetchone()
    # No half-made copy left behind, and both on the audit trail.
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []
    database = open_database(f"sqlite:///{path}")
    try:
        assert len(audit.events(database, action="database.backed_up")) == 2
    finally:
        database.close()

    second = start(clinic_home)

    assert second.returncode == 0, second.stderr
    assert occasions(folder) == ["exit", "exit", "start"]  # no second start-of-day backup


def test_an_app_ended_by_sigterm_backs_up_on_its_way_out(clinic_home: Path) -> None:
    """Not --exit-when-ready: the app runs until the session ends it (SIGTERM, the desk's
    leave), and the exit backup is made, whole, before the process is gone."""
    folder = clinic_home / "data" / "backups"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLINIC_INTAKE_HOME": str(clinic_home)}
    env.pop("CLINIC_INTAKE_DB", None)
    app = subprocess.Popen(
        [sys.executable, "-m", "clinic_app"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while occasions(folder) != ["start"]:  # the day's backup, while the app runs
            assert app.poll() is None, app.stderr.read() if app.stderr else ""
            assert time.monotonic() < deadline, "no start-of-day backup within 60 s"
            time.sleep(0.1)
        app.send_signal(signal.SIGTERM)
        assert app.wait(60) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
        if app.stderr is not None:
            app.stderr.close()
    assert occasions(folder) == ["exit", "start"]
    for backup in list_backups(folder):
        check_copy(backup.path)


def test_a_first_run_backs_up_the_new_database_too(clinic_home: Path) -> None:
    result = start(clinic_home)

    assert result.returncode == 0, result.stderr
    folder = clinic_home / "data" / "backups"
    assert occasions(folder) == ["exit", "start"]
    assert all(check_copy(backup.path)["users"] == 0 for backup in list_backups(folder))


def test_a_postgresql_database_is_not_backed_up_here(clinic_home: Path, database_url: str) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("the SQLite half is the tests above")
    result = start(clinic_home, "--db", database_url)

    assert result.returncode == 0, result.stderr
    assert not (clinic_home / "data" / "backups").exists()
