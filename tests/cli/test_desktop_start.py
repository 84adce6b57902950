"""Starting the desktop app from the command line: ready-exit, and no display.

`--exit-when-ready` quits with 0 once the first window (first-run, or sign-in when the
database has an account) is shown and the event loop is idle. A database that cannot be
used, or a machine with no display, is said in one line on stderr with exit code 1: no
traceback, no message box left waiting, and no crash (a negative return code is a signal,
such as Qt's abort, which leaves a core dump).
"""

import os
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from clinic_app.services import users
from clinic_app.storage.database import DATABASE_FILE, SCHEMA_HEAD, open_database
from clinic_app.storage.encryption import open_file

DISPLAY_VARIABLES = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
PASSWORD = "correct horse battery"


def start(
    *args: str, env: dict[str, str], command: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(command or [sys.executable, "-m", "clinic_app"]), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


def offscreen(home: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLINIC_INTAKE_HOME": str(home)}
    env.pop("CLINIC_INTAKE_DB", None)
    return {**env, **extra}


def without_display(home: Path) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name not in DISPLAY_VARIABLES}
    env.pop("CLINIC_INTAKE_DB", None)
    env["CLINIC_INTAKE_HOME"] = str(home)
    return env


def assert_one_line_and_exit_1(result: subprocess.CompletedProcess[str]) -> str:
    """The single line the user is shown (a negative return code would be a crash)."""
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("clinic-intake: ")
    return lines[0]


def with_account(path: Path) -> str:
    """A database at the current schema with one admin account; its URL."""
    url = f"sqlite:///{path}"
    database = open_database(url)
    try:
        users.create_user(
            database,
            None,
            username="admin",
            display_name="Ada Admin",
            role="admin",
            password=PASSWORD,
        )
    finally:
        database.close()
    return url


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def schema_and_accounts(path: Path) -> tuple[str, int]:
    with closing(open_file(path)) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        (accounts,) = connection.execute("SELECT count(*) FROM users").fetchone()
    return revision, accounts


def test_exit_when_ready_shows_the_first_window_and_exits_0(clinic_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CLINIC_INTAKE_HOME": str(clinic_home)}
    result = start("--exit-when-ready", env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_no_display_is_one_line_and_exit_1(clinic_home: Path) -> None:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env["CLINIC_INTAKE_HOME"] = str(clinic_home)
    result = start(env=env)
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "no display found" in result.stderr


# First run, sign-in, and the database named by the environment.


def test_first_run_creates_a_private_database_and_exits_0(clinic_home: Path) -> None:
    result = start("--exit-when-ready", env=offscreen(clinic_home))

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    database = clinic_home / "data" / DATABASE_FILE
    assert private(database)
    assert stat.S_IMODE(database.parent.stat().st_mode) == 0o700
    # At the current schema, and still without an account: the first-run dialog shows.
    assert schema_and_accounts(database) == (SCHEMA_HEAD, 0)


def test_sign_in_with_an_account_from_db_exits_0(tmp_path: Path, clinic_home: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    url = with_account(path)

    result = start("--exit-when-ready", "--db", url, env=offscreen(clinic_home))

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert schema_and_accounts(path) == (SCHEMA_HEAD, 1)  # the sign-in dialog wrote nothing
    assert not (clinic_home / "data" / DATABASE_FILE).exists()  # --db, not the default file


def test_clinic_intake_db_names_the_database(tmp_path: Path, clinic_home: Path) -> None:
    path = tmp_path / "from-environment" / "clinic.sqlite3"
    env = offscreen(clinic_home, CLINIC_INTAKE_DB=f"sqlite:///{path}")

    result = start("--exit-when-ready", env=env)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert private(path)
    assert schema_and_accounts(path) == (SCHEMA_HEAD, 0)
    assert not (clinic_home / "data" / DATABASE_FILE).exists()


def test_db_wins_over_clinic_intake_db(tmp_path: Path, clinic_home: Path) -> None:
    named = tmp_path / "named.sqlite3"
    url = with_account(named)
    from_environment = tmp_path / "environment.sqlite3"
    env = offscreen(clinic_home, CLINIC_INTAKE_DB=f"sqlite:///{from_environment}")

    result = start("--exit-when-ready", "--db", url, env=env)

    assert result.returncode == 0, result.stderr
    assert not from_environment.exists()


# A database that cannot be used: one line naming the problem, exit 1.


@pytest.mark.parametrize(
    ("url", "words"),
    [
        # A folder that cannot be made, even by root: its "parent" is a regular file.
        ("sqlite:///{tmp}/plain-file/clinic.sqlite3", "cannot open the database file"),
        ("sqlite:///{tmp}", "is a directory"),
        ("not a database url", "is not a database URL"),
        ("sqlite:///", "a SQLite database must be a file"),
        ("mysql://clinic@db.example/clinic", "mysql databases are not supported"),
        # Port 1 on this machine: refused at once, no waiting for a time-out.
        ("postgresql+psycopg://clinic@127.0.0.1:1/clinic", "cannot be reached"),
        pytest.param(
            "sqlite:///{tmp}/not-sqlite.db",
            "not a database",
            id="not-sqlite-names-the-problem",
        ),
    ],
)
def test_an_unusable_database_is_one_line_and_exit_1(
    tmp_path: Path, clinic_home: Path, url: str, words: str
) -> None:
    (tmp_path / "plain-file").write_text("not a folder\n", encoding="utf-8")
    (tmp_path / "not-sqlite.db").write_bytes(b"this is no SQLite database\n" * 200)

    result = start(
        "--exit-when-ready", "--db", url.format(tmp=tmp_path), env=offscreen(clinic_home)
    )

    line = assert_one_line_and_exit_1(result)
    assert words in line
    assert not (clinic_home / "data" / DATABASE_FILE).exists()


def test_a_file_that_is_not_sqlite_is_one_line_and_exit_1(
    tmp_path: Path, clinic_home: Path
) -> None:
    path = tmp_path / "not-sqlite.db"
    path.write_bytes(b"this is no SQLite database\n" * 200)

    result = start("--exit-when-ready", "--db", f"sqlite:///{path}", env=offscreen(clinic_home))

    assert_one_line_and_exit_1(result)
    assert path.read_bytes() == b"this is no SQLite database\n" * 200


def test_a_database_from_a_newer_version_is_one_line_and_exit_1(
    tmp_path: Path, clinic_home: Path
) -> None:
    path = tmp_path / "newer.sqlite3"
    with_account(path)
    with closing(open_file(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")

    result = start("--exit-when-ready", "--db", f"sqlite:///{path}", env=offscreen(clinic_home))

    line = assert_one_line_and_exit_1(result)
    assert "newer version of the app" in line
    assert schema_and_accounts(path) == ("9999", 1)  # left as it was


# No display: `make run` runs the console script; `python -m clinic_app` is the same.


def test_no_display_opens_no_database(clinic_home: Path) -> None:
    result = start("--exit-when-ready", env=without_display(clinic_home))

    line = assert_one_line_and_exit_1(result)
    assert "no display found" in line
    assert not (clinic_home / "data").exists()


def test_the_console_script_with_no_display_is_one_line_and_exit_1(clinic_home: Path) -> None:
    script = Path(sys.executable).parent / "clinic-intake"  # what `make run` starts
    if not script.is_file():
        pytest.skip(f"the console script is not installed beside {sys.executable}")

    result = start(command=[str(script)], env=without_display(clinic_home))

    line = assert_one_line_and_exit_1(result)
    assert "no display found" in line


def _free_display() -> str:
    for number in range(93, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            return f":{number}"
    pytest.skip("no free X display number to point at")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 display variables")
def test_a_display_that_cannot_be_reached_is_one_line_and_exit_1(clinic_home: Path) -> None:
    env = {**without_display(clinic_home), "DISPLAY": _free_display()}
    # No core file left behind should the check ever miss and Qt abort.
    command = ["sh", "-c", 'ulimit -c 0; exec "$0" -m clinic_app "$@"', sys.executable]

    result = start("--exit-when-ready", command=command, env=env)

    line = assert_one_line_and_exit_1(result)
    assert "display" in line
