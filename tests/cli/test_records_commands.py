"""`clinic-intake import/export/db/backup/users/demo-data` on SQLite files, as a user runs
them: which database is used, the messages, exit codes and file modes. Most run through
`main([...])` in-process; a few through the real console script. The same commands on
PostgreSQL as well are in tests/storage/test_transfer_commands.py.
"""

import io
import json
import os
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from intake_documents import document

from clinic_app.cli.main import main
from clinic_app.paths import resources_dir
from clinic_app.storage.database import SCHEMA_HEAD
from clinic_app.storage.encryption import open_file

EXAMPLE = resources_dir() / "examples" / "maya-okafor.json"
DEFAULT_FILE = Path("data") / "clinic-intake.sqlite3"  # under CLINIC_INTAKE_HOME


# --- Helpers ----------------------------------------------------------------------------------

ENCRYPTED = "file: encrypted (SQLCipher), key in this computer's key file\n"
"""What `db current` says of a new database: encrypted, its key in the test's key file."""


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cli(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The installed console script, as a user or another program runs it."""
    script = Path(sys.executable).with_name("clinic-intake")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "clinic_app"]
    return subprocess.run(
        [*command, *args],
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def write_json(path: Path, value: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    """Rows read straight from a SQLite file, without the app."""
    with closing(open_file(path, read_only=True)) as connection:
        return [tuple(row) for row in connection.execute(sql)]


def count(path: Path, table: str) -> int:
    return int(rows(path, f"SELECT count(*) FROM {table}")[0][0])


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- import --------------------------------------------------------------------------------------


def test_a_missing_path_and_an_empty_folder_exit_2_naming_each(
    tmp_path: Path, clinic_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.json"
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "notes.txt").write_text("{}", encoding="utf-8")
    good = write_json(tmp_path / "good.json", document(None))

    assert run(["import", str(missing)], capsys) == (
        2,
        "",
        f"{missing}: no such file or folder\nnothing was imported\n",
    )
    assert run(["import", str(empty)], capsys) == (
        2,
        "",
        f"{empty}: no intake documents (*.json) in this folder\nnothing was imported\n",
    )
    code, out, err = run(["import", str(good), str(missing), str(empty)], capsys)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"{missing}: no such file or folder",
        f"{empty}: no intake documents (*.json) in this folder",
        "nothing was imported",
    ]
    assert count(clinic_home / DEFAULT_FILE, "intakes") == 0


def test_every_problem_of_every_file_is_listed_and_nothing_imported(
    tmp_path: Path, clinic_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_json(tmp_path / "in" / "a.json", document(None))
    two = write_json(
        tmp_path / "in" / "b.json",
        document({"symptoms.pain_now": 11, "patient.sex": "f", "running.weekly_distance": 48}),
    )
    broken = tmp_path / "in" / "sub" / "c.json"
    broken.parent.mkdir()
    broken.write_text('{"format": "clinic-intake/1"', encoding="utf-8")

    code, out, err = run(["import", str(tmp_path / "in")], capsys)

    lines = err.splitlines()
    assert (code, out) == (2, "")
    assert len(lines) == 4, err
    assert f"{two}: symptoms.pain_now: must be between 0 and 10 (got 11)" in lines
    assert any(line.startswith(f"{two}: patient.sex: must be one of") for line in lines)
    assert any(line.startswith(f"{broken}: is not valid JSON") for line in lines)
    assert lines[-1] == "nothing was imported"
    assert not any(str(good) in line for line in lines)
    assert count(clinic_home / DEFAULT_FILE, "intakes") == 0


def test_an_invalid_batch_through_the_real_process_shows_no_traceback(
    tmp_path: Path, clinic_home: Path
) -> None:
    write_json(tmp_path / "in" / "good.json", document(None))
    bad = write_json(tmp_path / "in" / "bad.json", document({"symptoms.pain_now": 14}))

    result = cli("import", str(tmp_path / "in"))

    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"{bad}: symptoms.pain_now: must be between 0 and 10 (got 14)\nnothing was imported\n"
    )
    assert count(clinic_home / DEFAULT_FILE, "intakes") == 0


# --- export --------------------------------------------------------------------------------------


@pytest.mark.parametrize("since", ["2026-13-01", "yesterday", "20-11-2026", ""])
def test_an_invalid_since_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], since: str
) -> None:
    out_dir = tmp_path / "out"
    code, out, err = run(["export", "-o", str(out_dir), "--since", since], capsys)
    assert (code, out) == (2, "")
    assert err == f"--since: {since!r} is not a date (YYYY-MM-DD)\n"
    assert not out_dir.exists()


def test_export_makes_a_private_folder_of_private_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["import", str(EXAMPLE)], capsys)[0] == 0
    out_dir = tmp_path / "new" / "folder"

    assert run(["export", "-o", str(out_dir)], capsys) == (
        0,
        f"exported 1 intake to {out_dir}\n",
        "",
    )

    assert mode(out_dir) & 0o077 == 0
    assert [(path.name, mode(path)) for path in out_dir.iterdir()] == [("1.json", 0o600)]


def test_export_onto_a_file_exits_1_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["import", str(EXAMPLE)], capsys)[0] == 0
    occupied = tmp_path / "occupied"
    occupied.write_text("keep me", encoding="utf-8")

    code, out, err = run(["export", "-o", str(occupied)], capsys)

    assert (code, out) == (1, "")
    assert err.startswith(f"clinic-intake: {occupied}: ")
    assert len(err.splitlines()) == 1
    assert occupied.read_text(encoding="utf-8") == "keep me"


# --- db current / db upgrade ------------------------------------------------------------------


def test_db_current_and_upgrade_on_a_fresh_sqlite_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fresh.sqlite3"
    url = sqlite_url(path)
    where = f"SQLite file {path}"

    assert run(["--db", url, "db", "current"], capsys) == (
        0,
        f"{where}: schema empty (needs {SCHEMA_HEAD})\n{ENCRYPTED}",
        "",
    )
    assert run(["--db", url, "db", "upgrade"], capsys) == (
        0,
        f"{where}: upgraded from empty to {SCHEMA_HEAD}\n",
        "",
    )
    assert rows(path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]
    assert run(["--db", url, "db", "current"], capsys) == (
        0,
        f"{where}: schema {SCHEMA_HEAD} (up to date)\n{ENCRYPTED}",
        "",
    )
    assert run(["--db", url, "db", "upgrade"], capsys) == (
        0,
        f"{where}: schema {SCHEMA_HEAD}, already up to date\n",
        "",
    )
    # An empty file had nothing worth keeping aside.
    assert sorted(p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name) == []
    assert mode(path) == 0o600


def test_other_commands_bring_a_fresh_sqlite_file_up_to_date_themselves(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fresh.sqlite3"
    assert run(["--db", sqlite_url(path), "users", "list"], capsys) == (0, "no accounts yet\n", "")
    assert rows(path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]


# --- backup --------------------------------------------------------------------------------------


def test_backup_is_a_whole_private_sqlite_copy_and_never_overwrites(
    tmp_path: Path, clinic_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    second = write_json(tmp_path / "second.json", document({"patient.first_name": "Søren"}))
    assert run(["import", str(EXAMPLE), str(second)], capsys)[0] == 0
    source = clinic_home / DEFAULT_FILE
    target = tmp_path / "backups" / "monday.sqlite3"
    target.parent.mkdir()

    code, out, err = run(["backup", str(target)], capsys)

    assert (code, err) == (0, "")
    assert out == f"backed up SQLite file {source} to {target}\n"
    assert mode(target) == 0o600
    assert rows(target, "PRAGMA integrity_check") == [("ok",)]
    intakes = "SELECT id, status, document FROM intakes ORDER BY id"
    assert len(rows(target, intakes)) == 2
    assert rows(target, intakes) == rows(source, intakes)
    assert count(target, "patients") == 2
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no partial file left

    before = (target.read_bytes(), target.stat().st_mtime_ns)
    code, out, err = run(["backup", str(target)], capsys)
    assert (code, out) == (1, "")
    assert err == f"clinic-intake: {target} already exists; choose a new file name\n"
    assert (target.read_bytes(), target.stat().st_mtime_ns) == before


# --- users ---------------------------------------------------------------------------------------


def test_users_add_reads_the_password_from_a_pipe_and_never_shows_or_stores_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "clinic.sqlite3"
    password = "Plaintext-Sentinel-7781"

    add = ("users", "add", "alice", "--role", "admin", "--password-stdin")
    result = cli("--db", sqlite_url(path), *add, stdin=f"{password}\n")

    assert (result.returncode, result.stdout, result.stderr) == (0, "added alice (admin)\n", "")
    ((stored,),) = rows(path, "SELECT password_hash FROM users WHERE username = 'alice'")
    assert stored.startswith("scrypt$")
    assert password not in stored
    # Nowhere in the file (or its write-ahead log) is the password in clear.
    for file in tmp_path.iterdir():
        assert password.encode() not in file.read_bytes(), file

    listing = cli("--db", sqlite_url(path), "users", "list")
    assert listing.returncode == 0
    assert listing.stdout.split() == ["alice", "admin", "active", "alice"]
    assert password not in listing.stdout


def test_users_add_without_a_terminal_needs_password_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "clinic.sqlite3"
    monkeypatch.setattr(sys, "stdin", io.StringIO("long enough password\n"))

    code, out, err = run(
        ["--db", sqlite_url(path), "users", "add", "bob", "--role", "admin"], capsys
    )

    assert (code, out) == (2, "")
    assert err == "no terminal to ask for the password; use --password-stdin\n"
    assert not path.exists() or count(path, "users") == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--role", "doctor"], "invalid choice: 'doctor'", id="unknown-role"),
        pytest.param([], "the following arguments are required: --role", id="no-role"),
    ],
)
def test_users_add_with_a_bad_role_is_refused_by_argparse_with_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    path = tmp_path / "clinic.sqlite3"
    monkeypatch.setattr(sys, "stdin", io.StringIO("long enough password\n"))

    with pytest.raises(SystemExit) as exit_:
        main(["--db", sqlite_url(path), "users", "add", "bob", *args, "--password-stdin"])

    assert exit_.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err
    assert not path.exists()


# --- demo-data -----------------------------------------------------------------------------------


def test_demo_data_adds_the_patients_and_intakes_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite3"

    code, out, err = run(
        ["--db", sqlite_url(path), "demo-data", "--patients", "20", "--intakes", "60"], capsys
    )

    assert (code, err) == (0, "")
    assert out.startswith("added 20 made-up patients and 60 intakes (")
    follow_ups = count(path, "followups")
    [(review, closed)] = rows(
        path,
        "SELECT (SELECT count(*) FROM followups WHERE review_status = 'unreviewed'),"
        " (SELECT count(*) FROM courses WHERE status = 'closed')",
    )
    assert out.endswith(
        f"with referral flags), with {follow_ups} follow-up visits ({review} for review; "
        f"{closed} courses closed), to SQLite file {path}\n"
    )
    assert count(path, "patients") == 20
    assert count(path, "intakes") == 60
    assert 60 <= follow_ups <= 6 * 60


def test_demo_data_is_the_same_for_the_same_seed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def documents(seed: str, name: str) -> list[str]:
        path = tmp_path / f"{name}.sqlite3"
        demo = ["demo-data", "--patients", "3", "--intakes", "6", "--seed", seed]
        assert run(["--db", sqlite_url(path), *demo], capsys)[0] == 0
        return [text for (text,) in rows(path, "SELECT document FROM intakes ORDER BY id")]

    first = documents("7", "first")
    assert len(first) == 6
    assert documents("7", "again") == first
    assert documents("8", "other") != first


@pytest.mark.parametrize("value", ["-1", "many", "10000001"])
def test_demo_data_refuses_a_bad_count_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    path = tmp_path / "demo.sqlite3"
    with pytest.raises(SystemExit) as exit_:
        main(["--db", sqlite_url(path), "demo-data", "--patients", value])
    assert exit_.value.code == 2
    assert "argument --patients" in capsys.readouterr().err
    assert not path.exists()


# --- Which database ----------------------------------------------------------------------------


def test_the_default_database_is_a_private_file_under_clinic_intake_home(
    clinic_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    default = clinic_home / DEFAULT_FILE
    assert not default.exists()

    assert run(["import", str(EXAMPLE)], capsys)[0] == 0

    assert count(default, "intakes") == 1
    assert mode(default) == 0o600
    assert mode(default.parent) == 0o700
    assert run(["db", "current"], capsys)[1] == (
        f"SQLite file {default}: schema {SCHEMA_HEAD} (up to date)\n{ENCRYPTED}"
    )


def test_db_flag_wins_over_the_environment_which_wins_over_the_default(
    tmp_path: Path,
    clinic_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    flag, environment = tmp_path / "flag.sqlite3", tmp_path / "env.sqlite3"
    default = clinic_home / DEFAULT_FILE
    monkeypatch.setenv("CLINIC_INTAKE_DB", sqlite_url(environment))

    assert run(["--db", sqlite_url(flag), "import", str(EXAMPLE)], capsys)[0] == 0
    assert count(flag, "intakes") == 1
    assert not environment.exists()
    assert not default.exists()

    assert run(["import", str(EXAMPLE)], capsys)[0] == 0
    assert run(["import", str(EXAMPLE)], capsys)[0] == 0
    assert count(environment, "intakes") == 2
    assert count(flag, "intakes") == 1
    assert not default.exists()

    monkeypatch.setenv("CLINIC_INTAKE_DB", "  ")  # blank counts as unset
    assert run(["import", str(EXAMPLE)], capsys)[0] == 0
    assert count(default, "intakes") == 1
    assert (count(flag, "intakes"), count(environment, "intakes")) == (1, 2)


def test_the_environment_variable_reaches_the_real_process(tmp_path: Path) -> None:
    path = tmp_path / "chosen.sqlite3"
    result = cli("db", "upgrade", env={**os.environ, "CLINIC_INTAKE_DB": sqlite_url(path)})
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"SQLite file {path}: upgraded from empty to {SCHEMA_HEAD}\n"
    assert rows(path, "SELECT version_num FROM alembic_version") == [(SCHEMA_HEAD,)]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param("mysql://x", "mysql databases are not supported", id="mysql"),
        pytest.param("oracle://u@h/db", "oracle databases are not supported", id="oracle"),
        pytest.param("garbage", "'garbage' is not a database URL", id="garbage"),
        pytest.param("sqlite://", "a SQLite database must be a file", id="memory"),
        pytest.param("sqlite:///:memory:", "a SQLite database must be a file", id="memory-2"),
    ],
)
@pytest.mark.parametrize("via", ["flag", "environment"])
def test_an_unusable_database_url_exits_1_in_one_clear_line(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    clinic_home: Path,
    url: str,
    expected: str,
    via: str,
) -> None:
    if via == "flag":
        argv = ["--db", url, "import", str(EXAMPLE)]
    else:
        monkeypatch.setenv("CLINIC_INTAKE_DB", url)
        argv = ["import", str(EXAMPLE)]

    code, out, err = run(argv, capsys)

    assert (code, out) == (1, "")
    assert err.startswith(f"clinic-intake: {expected}")
    assert len(err.splitlines()) == 1
    assert not (clinic_home / DEFAULT_FILE).exists()  # no silent fallback to the default


def test_an_unusable_url_in_the_real_process_shows_no_traceback() -> None:
    result = cli("--db", "mysql://x", "db", "current")
    assert (result.returncode, result.stdout) == (1, "")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1


# --- Databases this app cannot use -----------------------------------------------------------


def test_an_unsupported_backend_is_not_described_as_postgresql(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(["--db", "mysql://x", "db", "current"], capsys)
    assert code == 1
    assert "mysql database" in err
    assert "PostgreSQL database" not in err


def test_db_upgrade_on_a_newer_schema_refuses_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    assert cli("--db", sqlite_url(path), "db", "upgrade").returncode == 0
    with closing(open_file(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")

    result = cli("--db", sqlite_url(path), "db", "upgrade")

    assert (result.returncode, result.stdout) == (1, "")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert "newer version" in result.stderr
    assert [p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name] == []
