"""`clinic-intake followup assess FILE [--json]`: flags and scores of one follow-up, no
database; through the real command, as a user or another program runs it."""

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from clinic_app.cli.main import main

FOLLOW_UP: dict[str, Any] = {
    "format": "clinic-followup/1",
    "patient": {
        "first_name": "Maya",
        "last_name": "Okafor",
        "date_of_birth": "1991-03-14",
        "clinic_number": "P-10442",
    },
    "visit_date": "2026-12-04",
    "course_started": "2026-11-20",
    "symptoms": {"side": "left", "locations": ["heel", "arch"], "pain_now": 3},
    "running": {"status": "walk_run", "weekly_distance": 0, "longest_run_minutes": 20},
    "measures": {
        "psfs": [{"activity": "stairs", "score": 6}, {"activity": "running 5 km", "score": 7}],
        "lefs_total": 52,
        "readiness": {"hop_10_pain_free": True},
    },
}


def follow_up(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(json.dumps(FOLLOW_UP))
    for path, value in changes.items():
        *parents, leaf = path.split("__")
        target = document
        for part in parents:
            target = target[part]
        target[leaf] = value
    return document


def write(tmp_path: Path, document: object, name: str = "followup.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The installed console script, as a user or another program runs it."""
    script = Path(sys.executable).with_name("clinic-intake")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "clinic_app"]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, timeout=60, input=stdin, check=False
    )


def test_json_gives_rules_version_flags_urgency_referral_and_scores(tmp_path: Path) -> None:
    result = cli("followup", "assess", str(write(tmp_path, FOLLOW_UP)), "--json")
    assert (result.returncode, result.stderr) == (0, "")
    printed = json.loads(result.stdout)
    assert printed == {
        "rules_version": "2027.1",
        "referral_recommended": False,
        "highest_urgency": None,
        "flags": [],
        "scores": {"nprs": 3, "psfs": 6.5, "lefs": 52},
    }
    assert '"psfs": 6.5' in result.stdout


def test_referral_flags_on_the_follow_ups_own_symptoms(tmp_path: Path) -> None:
    document = follow_up(
        symptoms__foot_colour="blue",
        symptoms__numbness_or_tingling=True,
        symptoms__first_step_morning_pain=True,
    )
    result = cli("followup", "assess", str(write(tmp_path, document)), "--json")
    printed = json.loads(result.stdout)
    assert result.returncode == 0
    assert [(flag["code"], flag["kind"]) for flag in printed["flags"]] == [
        ("circulation_compromise", "referral"),
        ("numbness_tingling", "referral"),
        ("plantar_heel_pain", "advice"),
    ]
    assert (printed["highest_urgency"], printed["referral_recommended"]) == ("emergency", True)
    assert printed["flags"][0]["evidence"] == ["symptoms.foot_colour = blue"]


def test_no_follow_up_flags_without_earlier_visits(tmp_path: Path) -> None:
    # Ten points of pain and months after the course began: nothing to compare with here.
    document = follow_up(symptoms__pain_now=10, visit_date="2027-06-01")
    printed = json.loads(cli("followup", "assess", str(write(tmp_path, document)), "--json").stdout)
    assert all(flag["kind"] != "follow_up" for flag in printed["flags"])
    assert printed["scores"]["nprs"] == 10


def test_a_mean_of_three_prints_as_the_nearest_double(tmp_path: Path) -> None:
    document = follow_up(
        measures={"psfs": [{"activity": a, "score": s} for a, s in (("a", 6), ("b", 7), ("c", 7))],
                  "faam_adl_percent": 80.0, "faam_sports_percent": 62.5}
    )  # fmt: skip
    result = cli("followup", "assess", str(write(tmp_path, document)), "--json")
    printed = json.loads(result.stdout)
    assert printed["scores"] == {"nprs": 3, "psfs": 20 / 3, "faam_adl": 80, "faam_sports": 62.5}
    assert '"faam_adl": 80,' in result.stdout


def test_the_table_lists_flags_and_scores(tmp_path: Path) -> None:
    document = follow_up(symptoms__redness_spreading=True)
    result = cli("followup", "assess", str(write(tmp_path, document)))
    assert result.returncode == 0
    assert "Referral recommended: URGENT" in result.stdout
    assert "spreading_redness" in result.stdout
    assert "symptoms.redness_spreading = true" in result.stdout
    assert result.stdout.rstrip().endswith("Scores: nprs 3, psfs 6.5, lefs 52.")


def test_reads_standard_input() -> None:
    result = cli("followup", "assess", "-", "--json", stdin=json.dumps(FOLLOW_UP))
    assert result.returncode == 0
    assert json.loads(result.stdout)["scores"]["lefs"] == 52


def test_an_invalid_follow_up_exits_2_naming_file_and_paths(tmp_path: Path) -> None:
    document = follow_up(running__status="jogging")
    document["measures"]["psfs"][1]["score"] = 11
    document["measures"]["readiness"]["hops"] = True
    path = write(tmp_path, document)
    result = cli("followup", "assess", str(path), "--json")
    assert (result.returncode, result.stdout) == (2, "")
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"{path}: running.status: must be one of not_running, walk_run, easy_running, "
        'full_training (got "jogging")',
        f"{path}: measures.psfs.1.score: must be between 0 and 10 (got 11)",
        f"{path}: measures.readiness.hops: is not a field of this format",
    ]


def test_an_intake_given_to_followup_assess_is_refused_with_a_hint(tmp_path: Path) -> None:
    path = write(tmp_path, {**FOLLOW_UP, "format": "clinic-intake/1"})
    result = cli("followup", "assess", str(path))
    assert result.returncode == 2
    assert result.stderr.startswith(f'{path}: format: unsupported format (got "clinic-intake/1")')
    assert "clinic-intake assess" in result.stderr


def test_a_follow_up_given_to_assess_is_refused(tmp_path: Path) -> None:
    result = cli("assess", str(write(tmp_path, FOLLOW_UP)))
    assert result.returncode == 2
    assert "format: unsupported format" in result.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"{", "is not valid JSON"), (b"[]", "must hold one JSON object"), (b"\xff", "is not UTF-8")],
)
def test_unreadable_files_exit_2_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    path = tmp_path / "followup.json"
    path.write_bytes(content)
    code = main(["followup", "assess", str(path)])
    captured = capsys.readouterr()
    assert (code, captured.out) == (2, "")
    assert captured.err.startswith(f"{path}: ")
    assert expected in captured.err
    assert len(captured.err.splitlines()) == 1


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["followup", "assess", str(tmp_path / "nope.json")])
    assert (code, capsys.readouterr().err) == (2, f"{tmp_path / 'nope.json'}: no such file\n")


def test_followup_without_a_command_is_a_usage_error() -> None:
    result = cli("followup")
    assert result.returncode == 2
    assert "assess" in cli("followup", "--help").stdout


def test_it_needs_no_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pointed at a database that cannot exist, it still answers: it never opens one."""
    monkeypatch.setenv("CLINIC_INTAKE_DB", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(json.dumps(FOLLOW_UP).encode())))
    assert main(["followup", "assess", "-", "--json"]) == 0
