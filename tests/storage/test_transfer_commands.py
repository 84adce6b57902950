"""The database commands (`import`, `export`, `users`, `db`, `backup`) run in-process through
`main([...])` against a real SQLite file and a real PostgreSQL database (see
tests/conftest.py's database_url); what is on record afterwards is counted in the database itself.
"""

import io
import itertools
import json
import os
import stat
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest
from intake_documents import document
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from clinic_app.cli.main import main
from clinic_app.intake import parse_intake
from clinic_app.paths import resources_dir
from clinic_app.rules import assess
from clinic_app.services.actor import Actor
from clinic_app.services.intakes import save_draft
from clinic_app.storage.database import SCHEMA_HEAD, connect, open_database

EXAMPLE = resources_dir() / "examples" / "maya-okafor.json"
DESK = Actor(name="desk", role="front_desk")
_numbers = itertools.count()


# --- Helpers ----------------------------------------------------------------------------------


class Cli(Protocol):
    def __call__(self, *args: str, stdin: str | None = None) -> tuple[int, str, str]: ...


def invoker(url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """`clinic-intake --db URL ARGS…` in this process: (exit code, stdout, stderr)."""

    def invoke(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--db", url, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def cli(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    return invoker(database_url, capsys, monkeypatch)


def write_json(path: Path, value: object, *, ascii_only: bool = False) -> Path:
    """Write a document as a person's editor would: UTF-8, non-ASCII characters as such."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, ensure_ascii=ascii_only, indent=1), encoding="utf-8")
    return path


def query(url: str, sql: str) -> list[tuple[Any, ...]]:
    database = connect(url)
    try:
        with database.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]
    finally:
        database.close()


def count(url: str, table: str) -> int:
    return int(query(url, f"SELECT count(*) FROM {table}")[0][0])


def exact(value: object) -> str:
    """A document as text with its key order and number types (48 vs 48.0) kept."""
    return json.dumps(value, ensure_ascii=False, sort_keys=False)


def exported(directory: Path) -> dict[str, Any]:
    """The exported documents by file name, each loaded as written."""
    return {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(directory.iterdir())
    }


def first_names(directory: Path) -> list[str]:
    return sorted(value["patient"]["first_name"] for value in exported(directory).values())


# A fixed set of valid documents that export must give back exactly: key orders other than
# the baseline's, ints and floats as written, names in several scripts and forms, and
# tab, line breaks and a line separator in the notes.
FIXED_SET: list[dict[str, Any]] = [
    json.loads(EXAMPLE.read_text(encoding="utf-8")),
    document(
        {
            "patient.first_name": "Zoë",
            "patient.last_name": "Nguyễn",
            "patient.clinic_number": "C-0001",
            "running.weekly_distance": 48,
            "running.previous_weekly_distance": 48.5,
            "notes": "tab\there,\nnew line, line\u2028separator, emoji 🏃",
        }
    ),
    document(
        {
            "patient.first_name": "Søren",
            "patient.last_name": "Kierkegaard",
            "patient.sex": "male",
            "patient.email": "soren@example.dk",
            "visit_date": "2025-02-28",
            "running.distance_unit": "mi",
            "running.weekly_distance": 0.1,
            "running.shoe_distance": 482.8,
            "running.years_running": 12,
            "symptoms.pain_worst": 10,
            "symptoms.locations": ["ball_of_foot", "big_toe_joint", "toes"],
            "history.diabetes": True,
            "history.medications": "metformin 500 mg",
        }
    ),
    {
        # Sections and keys in an order of the writer's own choosing.
        "symptoms": {"pain_now": 0, "locations": ["achilles"], "side": "both"},
        "running": {"cross_training": True, "weekly_distance": 400.0},
        "visit_date": "2024-12-31",
        "patient": {
            "date_of_birth": "1905-01-01",
            "last_name": "Okafor",
            "first_name": "Zoe\u0308",  # the decomposed form: not normalised on the way
        },
        "format": "clinic-intake/1",
        "notes": "  spaces kept as written  ",
    },
]


# --- import: all or nothing ------------------------------------------------------------------


def test_a_good_batch_imports_every_document_and_sums_it_up(
    cli: Cli, database_url: str, tmp_path: Path
) -> None:
    batch = tmp_path / "batch"
    documents = {
        batch / "a.json": document({"patient.clinic_number": "P-1"}),
        batch / "nested" / "deeper" / "b.json": document({"patient.clinic_number": "P-1"}),
        batch / "nested" / "c.json": json.loads(EXAMPLE.read_text(encoding="utf-8")),
        tmp_path / "single.json": document({"patient.first_name": "Zoë"}),
    }
    for path, value in documents.items():
        write_json(path, value)
    (batch / "readme.txt").write_text("not an intake {", encoding="utf-8")  # not *.json
    referrals = sum(
        bool(assess(parse_intake(value)).referral_flags) for value in documents.values()
    )
    assert referrals == 1  # the example; the baseline documents raise no flag

    code, out, err = cli("import", str(batch), str(tmp_path / "single.json"))

    assert (code, err) == (0, "")
    # a.json and b.json share a clinic number: one patient for both.
    assert out == "imported 4 intakes (3 new patients, 1 with referral flags)\n"
    assert count(database_url, "intakes") == 4
    assert count(database_url, "patients") == 3
    assert count(database_url, "assessments") == 4


INVALID_FILES: dict[str, tuple[bytes, str]] = {
    "bad-field": (
        json.dumps(document({"symptoms.pain_now": 14})).encode(),
        "symptoms.pain_now: must be between 0 and 10 (got 14)",
    ),
    "unknown-field": (
        json.dumps(document({"symptoms.pian_now": 3})).encode(),
        "symptoms.pian_now: is not a field of this format; did you mean 'pain_now'?",
    ),
    "not-json": (b'{"format": "clinic-intake/1",', "is not valid JSON"),
    "repeated-key": (
        json.dumps(document(None))
        .replace('"pain_now": 2', '"pain_now": 2, "pain_now": 9')
        .encode(),
        "is not valid JSON: the key 'pain_now' appears twice in one object",
    ),
    "not-an-object": (b"[1, 2]", "must hold one JSON object"),
    "not-utf8": (b'{"notes": "\xff"}', "is not UTF-8 text"),
}


@pytest.mark.parametrize("kind", list(INVALID_FILES))
def test_one_invalid_file_imports_nothing_and_names_the_problem(
    cli: Cli, database_url: str, tmp_path: Path, kind: str
) -> None:
    content, problem = INVALID_FILES[kind]
    batch = tmp_path / "batch"
    write_json(batch / "a-good.json", document({"patient.first_name": "Ada"}))
    bad = batch / "b-bad.json"
    bad.write_bytes(content)
    write_json(batch / "c-good.json", document({"patient.first_name": "Cy"}))

    code, out, err = cli("import", str(batch))

    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert len(lines) == 2, err
    assert lines[0].startswith(f"{bad}: {problem}"), lines[0]
    assert lines[1] == "nothing was imported"
    assert "Traceback" not in err
    for table in ("intakes", "patients", "assessments", "flags", "audit_events"):
        assert count(database_url, table) == 0, table


# --- export: exactly what was imported -------------------------------------------------------


def test_import_then_export_gives_back_every_document_exactly(
    cli: Cli, database_url: str, tmp_path: Path
) -> None:
    files = [write_json(tmp_path / "in" / f"{n}.json", value) for n, value in enumerate(FIXED_SET)]
    assert cli("import", *map(str, files))[::2] == (0, "")
    out_dir = tmp_path / "out"

    code, out, err = cli("export", "-o", str(out_dir))

    assert (code, err) == (0, "")
    assert out == f"exported {len(FIXED_SET)} intakes to {out_dir}\n"
    written = exported(out_dir)
    ids = query(database_url, "SELECT id FROM intakes WHERE status = 'submitted'")
    assert sorted(written) == sorted(f"{id_}.json" for (id_,) in ids)
    assert Counter(map(exact, written.values())) == Counter(map(exact, FIXED_SET))
    for path in out_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_the_example_round_trips_exactly(cli: Cli, tmp_path: Path) -> None:
    assert cli("import", str(EXAMPLE))[0] == 0
    assert cli("export", "-o", str(tmp_path / "out"))[0] == 0
    (only,) = (tmp_path / "out").iterdir()
    original = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    again = json.loads(only.read_text(encoding="utf-8"))
    assert exact(again) == exact(original)
    assert type(again["running"]["weekly_distance"]) is int  # 48 stays 48, not 48.0


def test_drafts_are_never_exported(cli: Cli, database_url: str, tmp_path: Path) -> None:
    database = open_database(database_url)
    try:
        save_draft(database, DESK, document({"patient.first_name": "Draft"}))
        save_draft(database, DESK, {"format": "clinic-intake/1", "notes": "half typed"})
    finally:
        database.close()
    kept = document({"patient.first_name": "Kept"})
    assert cli("import", str(write_json(tmp_path / "kept.json", kept)))[0] == 0
    assert count(database_url, "intakes") == 3

    code, out, _ = cli("export", "-o", str(tmp_path / "out"))

    assert (code, out) == (0, f"exported 1 intake to {tmp_path / 'out'}\n")
    assert [exact(value) for value in exported(tmp_path / "out").values()] == [exact(kept)]


VISITS = [
    ("Early", "2026-11-19", "N-1"),
    ("OnTheDay", "2026-11-20", "N-2"),
    ("Later", "2026-12-01", "N-1"),
    ("Unnumbered", "2026-12-02", None),
]


def import_visits(cli: Cli, tmp_path: Path) -> None:
    files = [
        write_json(
            tmp_path / "visits" / f"{n}.json",
            document(
                {"patient.first_name": name, "patient.clinic_number": number, "visit_date": visit}
            ),
        )
        for n, (name, visit, number) in enumerate(VISITS)
    ]
    assert cli("import", *map(str, files))[0] == 0


def test_since_keeps_visits_on_or_after_the_date(cli: Cli, tmp_path: Path) -> None:
    import_visits(cli, tmp_path)

    code, out, _ = cli("export", "-o", str(tmp_path / "since"), "--since", "2026-11-20")

    assert (code, out) == (0, f"exported 3 intakes to {tmp_path / 'since'}\n")
    assert first_names(tmp_path / "since") == ["Later", "OnTheDay", "Unnumbered"]


def test_patient_selects_by_clinic_number_or_database_id(
    cli: Cli, database_url: str, tmp_path: Path
) -> None:
    import_visits(cli, tmp_path)
    ((unnumbered,),) = query(database_url, "SELECT id FROM patients WHERE clinic_number IS NULL")

    # Clinic number N-1 has two visits (the second was matched to the patient by number).
    assert cli("export", "-o", str(tmp_path / "n1"), "--patient", "N-1")[0] == 0
    assert first_names(tmp_path / "n1") == ["Early", "Later"]
    assert cli("export", "-o", str(tmp_path / "id"), "--patient", str(unnumbered))[0] == 0
    assert first_names(tmp_path / "id") == ["Unnumbered"]
    code, out, _ = cli("export", "-o", str(tmp_path / "none"), "--patient", "N-404")
    assert (code, out) == (0, f"exported 0 intakes to {tmp_path / 'none'}\n")
    assert list((tmp_path / "none").iterdir()) == []


# --- users --------------------------------------------------------------------------------------


def users_and_audit_text(url: str) -> str:
    """Every value of every users row and audit event, as one text to search."""
    rows = [*query(url, "SELECT * FROM users"), *query(url, "SELECT * FROM audit_events")]
    return "\n".join(map(repr, rows))


def test_users_are_added_listed_and_deactivated(cli: Cli, database_url: str) -> None:
    secret, other = "correct horse battery staple", "another-Secret-9"
    add = ("users", "add", "--password-stdin")
    assert cli(*add, "alice", "--role", "admin", stdin=f"{secret}\n") == (
        0,
        "added alice (admin)\n",
        "",
    )
    assert cli(*add, "bob.k", "--role", "clinician", "--name", "Bob K", stdin=f"{other}\r\n") == (
        0,
        "added bob.k (clinician)\n",
        "",
    )

    code, out, _ = cli("users", "list")
    assert code == 0
    assert [line.split() for line in out.splitlines()] == [
        ["alice", "admin", "active", "alice"],
        ["bob.k", "clinician", "active", "Bob", "K"],
    ]

    assert cli("users", "deactivate", "bob.k") == (0, "deactivated bob.k\n", "")
    assert cli("users", "list")[1].splitlines()[1].split()[:3] == [
        "bob.k",
        "clinician",
        "deactivated",
    ]

    # The last active admin cannot be switched off; an unknown name is refused too.
    code, out, err = cli("users", "deactivate", "alice")
    assert (code, out) == (2, "")
    assert "'alice' is the last active admin" in err
    assert cli("users", "deactivate", "nobody") == (2, "", "there is no user 'nobody'\n")
    assert cli("users", "list")[1].splitlines()[0].split() == ["alice", "admin", "active", "alice"]

    stored = users_and_audit_text(database_url)
    assert "alice" in stored  # the search does see the rows
    assert secret not in stored
    assert other not in stored


@pytest.mark.parametrize(
    ("username", "password", "message"),
    [
        pytest.param("carol", "short", "a password needs at least 10 characters", id="short"),
        pytest.param("carol", " padded password ", "a password may not start or end", id="spaces"),
        pytest.param("Carol", "long enough pw", "username 'Carol': use 2 to 64", id="capital"),
        pytest.param("c", "long enough pw", "username 'c': use 2 to 64", id="one-letter"),
        pytest.param("carol smith", "long enough pw", "username 'carol smith'", id="space"),
        pytest.param("taken", "long enough pw", "username 'taken' is already taken", id="dup"),
    ],
)
def test_a_refused_account_exits_2_and_adds_nothing(
    cli: Cli, database_url: str, username: str, password: str, message: str
) -> None:
    add = ("users", "add", "--password-stdin", "--role")
    assert cli(*add, "admin", "taken", stdin="first admin pw\n")[0] == 0
    audit_before = count(database_url, "audit_events")

    code, out, err = cli(*add, "clinician", username, stdin=f"{password}\n")

    assert (code, out) == (2, "")
    assert err.startswith(message), err
    assert len(err.splitlines()) == 1
    assert password not in err
    assert count(database_url, "users") == 1
    assert count(database_url, "audit_events") == audit_before


# --- schema versions --------------------------------------------------------------------------


def test_a_database_from_a_newer_app_is_refused_and_left_alone(cli: Cli, database_url: str) -> None:
    database = connect(database_url)
    try:
        with database.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        database.close()

    code, out, err = cli("import", str(EXAMPLE))

    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 1
    assert "newer version of the app (schema 9999)" in err
    assert count(database_url, "intakes") == 0
    assert query(database_url, "SELECT version_num FROM alembic_version") == [("9999",)]


@pytest.fixture
def empty_pg(pg_template: str) -> Iterator[str]:
    """A new PostgreSQL database with no tables at all (not copied from the template)."""
    name = f"clinic_empty_{os.getpid()}_{next(_numbers)}"
    admin = create_engine(pg_template, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield make_url(pg_template).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def test_an_empty_postgresql_database_asks_for_db_upgrade_then_works(
    empty_pg: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cli = invoker(empty_pg, capsys, monkeypatch)
    where = f"PostgreSQL database {make_url(empty_pg).database} on "
    for command in (
        ["import", str(EXAMPLE)],
        ["export", "-o", str(tmp_path / "out")],
        ["users", "list"],
        ["backup", str(tmp_path / "copy.sqlite3")],
    ):
        code, out, err = cli(*command)
        assert (code, out) == (1, ""), command
        assert len(err.splitlines()) == 1, err
        assert err.startswith(f"clinic-intake: {where}"), err
        assert "run `clinic-intake db upgrade` once" in err
    assert list(tmp_path.iterdir()) == []

    code, out, _ = cli("db", "current")
    assert code == 0
    assert out.startswith(where)
    schema, connection = out.splitlines()
    assert connection.startswith("connection: ")  # what it says: test_db_current_tls.py
    assert schema.endswith(f": schema empty (needs {SCHEMA_HEAD})")
    code, out, _ = cli("db", "upgrade")
    assert code == 0
    assert out.startswith(where)
    assert out.endswith(f": upgraded from empty to {SCHEMA_HEAD}\n")
    assert cli("db", "current")[1].splitlines()[0].endswith(f": schema {SCHEMA_HEAD} (up to date)")
    assert cli("db", "upgrade")[1].endswith(f": schema {SCHEMA_HEAD}, already up to date\n")

    assert cli("import", str(EXAMPLE))[:2] == (
        0,
        "imported 1 intake (1 new patient, 1 with referral flags)\n",
    )
    assert count(empty_pg, "intakes") == 1

    # A PostgreSQL database is backed up on the server; nothing is written here.
    code, out, err = cli("backup", str(tmp_path / "copy.sqlite3"))
    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 1
    assert "backed up on the server with pg_dump" in err
    assert list(tmp_path.iterdir()) == []


# --- Characters validation refuses, so no database ever sees them ----------------------------


def test_a_nul_in_a_patient_name_is_refused_as_invalid_on_every_database(
    cli: Cli, database_url: str, tmp_path: Path
) -> None:
    path = write_json(tmp_path / "nul.json", document({"patient.first_name": "Ma\u0000ya"}))
    code, _, err = cli("import", str(path))
    assert count(database_url, "intakes") == 0
    assert code == 2
    assert err.startswith(f"{path}: patient.first_name: ")


@pytest.mark.parametrize("field", ["patient.first_name", "notes"])
def test_a_lone_surrogate_is_refused_as_invalid(
    cli: Cli, database_url: str, tmp_path: Path, field: str
) -> None:
    path = write_json(tmp_path / "odd.json", document({field: "Zo\udc00e"}), ascii_only=True)
    code, _, err = cli("import", str(path))
    assert count(database_url, "intakes") == 0
    assert code == 2
    assert err.startswith(f"{path}: {field}: ")
