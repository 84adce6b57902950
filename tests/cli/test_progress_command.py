"""`clinic-intake progress PATIENT [--json]` through the real console script, on a course
imported from files (an intake and three follow-ups), checked field by field against
follow-ups.md's rules worked out by hand, not by the code under test."""

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest
from follow_up_documents import maya_course

from clinic_app.storage.encryption import open_file


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("clinic-intake")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "clinic_app"]
    return subprocess.run(
        [*command, *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def imported(tmp_path: Path) -> str:
    """A SQLite database holding Maya's course, imported from four files in one batch
    (the follow-ups named so that file order is not date order)."""
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    intake, visits = maya_course()
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a-intake.json").write_text(json.dumps(intake, indent=1), encoding="utf-8")
    for name, value in zip(("c", "d", "b"), visits, strict=True):
        (batch / f"{name}-visit.json").write_text(json.dumps(value, indent=1), encoding="utf-8")
    assert cli("--db", url, "db", "upgrade").returncode == 0
    done = cli("--db", url, "import", str(batch))
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        "imported 1 intake and 3 follow-ups (1 new patient, 0 with referral flags; "
        "1 follow-up for review)\n"
    )
    return url


def values(*pairs: tuple[str, object]) -> list[dict[str, object]]:
    return [{"date": day, "value": value} for day, value in pairs]


def test_progress_json_answers_the_rules_of_follow_ups_md(imported: str) -> None:
    result = cli("--db", imported, "progress", "P-10442", "--json")
    assert (result.returncode, result.stderr) == (0, "")
    found: dict[str, Any] = json.loads(result.stdout)
    assert result.stdout == json.dumps(found, indent=2) + "\n"  # assess --json's style

    assert found["patient"] == {"clinic_number": "P-10442", "name": "Maya Okafor"}
    assert found["course"] == {"started": "2026-11-20", "visits": 4, "status": "open"}
    by_name = {entry["measure"]: entry for entry in found["measures"]}
    # Listed in follow-ups.md's order; FAAM sports, never recorded, is left out.
    assert [entry["measure"] for entry in found["measures"]] == [
        "nprs",
        "psfs",
        "lefs",
        "faam_adl",
    ]
    # NPRS: 6 → 3, change -3, a fall of at least 2 passes.
    assert by_name["nprs"] == {
        "measure": "nprs",
        "values": values(
            ("2026-11-20", 6), ("2026-11-27", 4), ("2026-12-04", 1), ("2026-12-11", 3)
        ),
        "change": -3,
        "mic": 2,
        "passed_mic": True,
    }
    # PSFS: each visit's mean (7/2, 9/2, 13/3, 14/2); the change is over the activities rated
    # at the first and the latest visit, matched trimmed and case-insensitive: running
    # 2 → 6 (+4), stairs 5 → 8 (+3), mean +3.5; "hopping" (one visit only) does not count.
    assert by_name["psfs"] == {
        "measure": "psfs",
        "values": values(
            ("2026-11-20", 3.5), ("2026-11-27", 4.5), ("2026-12-04", 13 / 3), ("2026-12-11", 7)
        ),
        "change": 3.5,
        "mic": 2,
        "passed_mic": True,
    }
    # LEFS at three visits: 40 → 52, +12 passes 9.
    assert by_name["lefs"] == {
        "measure": "lefs",
        "values": values(("2026-11-20", 40), ("2026-12-04", 48), ("2026-12-11", 52)),
        "change": 12,
        "mic": 9,
        "passed_mic": True,
    }
    # FAAM ADL 60.5 → 68.6: exactly 8.1 in decimals (8.099999999999994 in floating point),
    # and it passes a MIC of 8.
    assert by_name["faam_adl"]["change"] == 8.1
    assert by_name["faam_adl"]["passed_mic"] is True
    assert by_name["faam_adl"]["values"] == values(("2026-11-20", 60.5), ("2026-12-11", 68.6))
    # Stages: visit 1 not running and not ready (no plan); visit 2 walk-run, pain 1, no
    # earlier stage: stage 2; visit 3 walk-run with pain 3 (above 2): one back from 2.
    assert found["return_to_run"] == {"stage": 1, "ready": True, "missing": []}
    # Pain 1 → 3 since the last visit: worse_since_last_visit, a follow-up flag; no referral
    # flag, and advice is the sheet's, not the report's.
    (flag,) = found["flags"]
    assert (flag["code"], flag["kind"], flag["urgency"]) == (
        "worse_since_last_visit",
        "follow_up",
        "soon",
    )
    assert flag["evidence"] == ["symptoms.pain_now = 3 (1 at the previous visit, 2026-12-04: up 2)"]


def test_progress_by_database_id_is_the_same(imported: str) -> None:
    by_number = cli("--db", imported, "progress", "P-10442", "--json").stdout
    assert cli("--db", imported, "progress", "1", "--json").stdout == by_number


def test_the_table_shows_each_measure_the_plan_and_the_flags(imported: str) -> None:
    result = cli("--db", imported, "progress", "P-10442")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Maya Okafor (P-10442): course started 2026-11-20, 4 visits, open."
    assert any(line.split()[:4] == ["faam_adl", "+8.1", "8", "yes"] for line in lines)
    assert any(line.split()[:4] == ["nprs", "-3", "2", "yes"] for line in lines)
    assert "Return to run: stage 1 (1 min run, 1 min walk, × 10); ready." in lines
    assert any("worse_since_last_visit" in line for line in lines)


def test_an_unknown_patient_is_invalid_input(imported: str) -> None:
    result = cli("--db", imported, "progress", "P-1", "--json")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "PATIENT: no patient with clinic number or id 'P-1'; check the number and try again\n"
    )


def test_the_report_is_written_private_with_each_measures_values(
    imported: str, tmp_path: Path
) -> None:
    report = tmp_path / "report.pdf"
    result = cli("--db", imported, "progress", "P-10442", "-o", str(report))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote the progress report to {report}\n"
    assert report.stat().st_mode & 0o777 == 0o600
    text = " ".join(pdf_text(report.read_bytes()).split())
    assert "Maya Okafor" in text
    for heading in ("Pain now (NPRS, 0 to 10)", "Lower Extremity Functional Scale (0 to 80)"):
        assert heading in text, heading


def test_the_written_report_is_kept_as_a_handout_of_the_newest_visit(
    imported: str, tmp_path: Path
) -> None:
    report = tmp_path / "report.pdf"
    result = cli("--db", imported, "progress", "P-10442", "-o", str(report), "--paper", "letter")
    assert result.returncode == 0, result.stderr
    with open_file(Path(imported.removeprefix("sqlite:///"))) as connection:
        kept = connection.execute(
            "SELECT kind, paper, language, followup_id, pdf FROM handouts"
        ).fetchall()
        newest = connection.execute(
            "SELECT id FROM followups ORDER BY visit_date DESC LIMIT 1"
        ).fetchone()
        events = connection.execute(
            "SELECT action, record_type, record_id, detail FROM audit_events"
            " WHERE action LIKE 'handout.%'"
        ).fetchall()
    assert kept == [("progress_report", "letter", "en", newest[0], report.read_bytes())]
    assert events == [("handout.saved", "followup", newest[0], "progress_report")]
