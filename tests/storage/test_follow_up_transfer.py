"""`import`/`export` of follow-up documents beside intakes, on both databases: the round trip
gives back the very bytes, a batch is all or none, and --since/--patient apply to both."""

import json
import stat
from pathlib import Path
from typing import Any

import pytest
from follow_up_documents import follow_up_document, maya_course
from intake_documents import document

from storage.test_transfer_commands import Cli, count, invoker, query


@pytest.fixture
def cli(
    database_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    return invoker(database_url, capsys, monkeypatch)


def as_exported(value: object) -> bytes:
    """A document in the bytes export writes, so a round trip can be compared byte for byte."""
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write(path: Path, value: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(as_exported(value))
    return path


def course_files(directory: Path) -> dict[Path, dict[str, Any]]:
    intake, visits = maya_course()
    visits[1]["notes"] = "Zoë ran 🏃 twice,\nline two\u2028end"
    visits[2]["running"]["weekly_distance"] = 9.0  # a float as written stays a float
    return {
        directory / "intake.json": intake,
        # Named against date order: the batch takes follow-ups by visit date.
        directory / "z-first.json": visits[0],
        directory / "a-second.json": visits[1],
        directory / "m-third.json": visits[2],
    }


def test_follow_ups_round_trip_to_the_byte_beside_their_intake(
    cli: Cli, database_url: str, tmp_path: Path
) -> None:
    files = course_files(tmp_path / "in")
    for path, value in files.items():
        write(path, value)
    code, out, err = cli("import", str(tmp_path / "in"))
    assert (code, err) == (0, "")
    assert out.startswith("imported 1 intake and 3 follow-ups")

    code, out, err = cli("export", "-o", str(tmp_path / "out"))

    assert (code, err) == (0, "")
    assert out == f"exported 1 intake and 3 follow-ups to {tmp_path / 'out'}\n"
    ((intake_id,),) = query(database_url, "SELECT id FROM intakes")
    by_date = query(database_url, "SELECT id FROM followups ORDER BY visit_date")
    written = {path.name: path.read_bytes() for path in (tmp_path / "out").iterdir()}
    source = list(files.values())
    expected = {f"{intake_id}.json": as_exported(source[0])} | {
        f"followup-{followup_id}.json": as_exported(value)
        for (followup_id,), value in zip(by_date, source[1:], strict=True)
    }
    assert written == expected
    for path in (tmp_path / "out").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_one_invalid_follow_up_imports_nothing(cli: Cli, database_url: str, tmp_path: Path) -> None:
    files = course_files(tmp_path / "in")
    for path, value in files.items():
        write(path, value)
    bad = write(tmp_path / "in" / "bad.json", follow_up_document({"symptoms.pain_now": 12}))

    code, out, err = cli("import", str(tmp_path / "in"))

    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"{bad}: symptoms.pain_now: must be between 0 and 10 (got 12)",
        "nothing was imported",
    ]
    for table in ("intakes", "patients", "courses", "followups", "assessments", "audit_events"):
        assert count(database_url, table) == 0, table


def test_a_follow_up_with_no_patient_or_course_is_refused_by_name_and_nothing_is_imported(
    cli: Cli, database_url: str, tmp_path: Path
) -> None:
    files = course_files(tmp_path / "in")
    for path, value in files.items():
        write(path, value)
    stranger = write(
        tmp_path / "in" / "stranger.json",
        follow_up_document({"patient.first_name": "Nobody", "patient.clinic_number": "X-1"}),
    )
    too_early = write(
        tmp_path / "in" / "too-early.json",
        follow_up_document(
            {
                "patient.first_name": "Maya",
                "patient.last_name": "Okafor",
                "patient.clinic_number": "P-10442",
                "visit_date": "2026-11-01",
            }
        ),
    )

    code, out, err = cli("import", str(tmp_path / "in"))

    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert lines[-1] == "nothing was imported"
    assert sorted(lines[:-1]) == sorted(
        [
            f"{stranger}: no patient on record matches the follow-up's patient (by clinic "
            "number, else name and date of birth); import or submit their intake first",
            f"{too_early}: the patient has no open course that began before the visit of "
            "2026-11-01",
        ]
    )
    for table in ("intakes", "patients", "courses", "followups", "assessments", "audit_events"):
        assert count(database_url, table) == 0, table


def test_since_and_patient_select_follow_ups_too(cli: Cli, tmp_path: Path) -> None:
    files = course_files(tmp_path / "in")
    for path, value in files.items():
        write(path, value)
    write(tmp_path / "in" / "other.json", document({"patient.clinic_number": "P-2"}))
    assert cli("import", str(tmp_path / "in"))[0] == 0

    def names(*args: str) -> list[str]:
        out = tmp_path / f"out-{len(list(tmp_path.iterdir()))}"
        assert cli("export", "-o", str(out), *args)[0] == 0
        return sorted(
            json.loads(path.read_text(encoding="utf-8"))["visit_date"] for path in out.iterdir()
        )

    assert names("--since", "2026-12-04") == ["2026-12-04", "2026-12-11"]
    assert names("--patient", "P-10442") == [
        "2026-11-20",
        "2026-11-27",
        "2026-12-04",
        "2026-12-11",
    ]
    assert names("--patient", "P-2") == ["2026-11-20"]
