"""`clinic-intake assess` and `schema`: output, exit codes and messages, as a user sees them."""

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from clinic_app.cli.main import main
from clinic_app.intake import parse_intake
from clinic_app.paths import resources_dir
from clinic_app.rules import assess

EXAMPLE = resources_dir() / "examples" / "maya-okafor.json"


def example() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return document


def write(tmp_path: Path, document: object, name: str = "intake.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_output_is_the_assessment_of_rules_md(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["assess", str(EXAMPLE), "--json"], capsys)
    assert (code, err) == (0, "")
    printed = json.loads(out)
    assert printed == assess(parse_intake(example()), version="2027.1").to_json()
    assert printed["rules_version"] == "2027.1"
    assert list(printed) == ["rules_version", "referral_recommended", "highest_urgency", "flags"]
    assert printed["highest_urgency"] == "soon"
    assert [flag["code"] for flag in printed["flags"]][:2] == ["persistent_pain", "load_spike"]


@pytest.mark.parametrize("version", ["2026.1", "2027.1"])
def test_rules_chooses_the_set_and_the_output_names_it(
    version: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A pale foot is an emergency under 2027.1 and means nothing to 2026.1.
    document = example()
    document["symptoms"]["foot_colour"] = "pale"
    code, out, _ = run(
        ["assess", str(write(tmp_path, document)), "--json", "--rules", version], capsys
    )
    printed = json.loads(out)
    assert (code, printed["rules_version"]) == (0, version)
    codes = [flag["code"] for flag in printed["flags"]]
    assert ("circulation_compromise" in codes) == (version == "2027.1")
    assert printed["highest_urgency"] == ("emergency" if version == "2027.1" else "soon")


def test_the_choices_of_rules_are_the_rule_sets_there_are() -> None:
    from clinic_app.cli.main import build_parser
    from clinic_app.rules.engine import NEWEST, RULE_SETS

    parser = build_parser()
    assert parser.parse_args(["assess", "x.json"]).rules == NEWEST
    for version in RULE_SETS:
        assert parser.parse_args(["assess", "x.json", "--rules", version]).rules == version


def test_an_unknown_rule_set_is_refused_naming_the_ones_there_are(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["assess", str(EXAMPLE), "--rules", "2025.9"])
    assert stopped.value.code == 2
    assert "2026.1" in capsys.readouterr().err


def test_table_lists_each_flag_with_its_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["assess", str(EXAMPLE)], capsys)
    assert code == 0
    assert "Referral recommended: SOON" in out
    assert "persistent_pain" in out
    assert "symptoms.improving = false" in out
    assert "running.weekly_distance = 48 (up 37.1 %)" in out


def test_table_says_so_when_nothing_fires(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = example()
    document["running"] = {"weekly_distance": 0}
    document["symptoms"] = {"side": "left", "locations": ["arch"], "pain_now": 1, "improving": True}
    code, out, _ = run(["assess", str(write(tmp_path, document))], capsys)
    assert code == 0
    assert "No referral flag" in out
    assert "No flags." in out


def test_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(EXAMPLE.read_bytes())))
    code, out, _ = run(["assess", "-", "--json"], capsys)
    assert code == 0
    assert json.loads(out)["rules_version"] == "2027.1"


def test_invalid_field_exits_2_with_one_line_naming_file_and_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = example()
    document["symptoms"]["pain_now"] = 14
    path = write(tmp_path, document)
    code, out, err = run(["assess", str(path), "--json"], capsys)
    assert code == 2
    assert out == ""
    assert err.splitlines() == [f"{path}: symptoms.pain_now: must be between 0 and 10 (got 14)"]


def test_every_problem_gets_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = example()
    document["symtoms"] = document.pop("symptoms")
    document["running"]["weekly_distance"] = "48"
    document["patient"]["sex"] = "f"
    path = write(tmp_path, document)
    code, out, err = run(["assess", str(path)], capsys)
    lines = err.splitlines()
    assert code == 2
    assert out == ""
    assert len(lines) == 4
    assert all(line.startswith(f"{path}: ") for line in lines)
    assert f"{path}: symptoms: is required" in lines
    assert f"{path}: symtoms: is not a field of this format; did you mean 'symptoms'?" in lines
    assert any(
        line.startswith(f"{path}: running.weekly_distance: must be a number") for line in lines
    )
    assert any(line.startswith(f"{path}: patient.sex: must be one of") for line in lines)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(b"{", "is not valid JSON", id="not-json"),
        pytest.param(b"[1, 2]", "must hold one JSON object", id="json-list"),
        pytest.param(b'"text"', "must hold one JSON object", id="json-string"),
        pytest.param(b"\xff\xfe{}", "is not UTF-8 text", id="not-utf8"),
        pytest.param(b"", "is not valid JSON", id="empty"),
    ],
)
def test_unreadable_documents_exit_2_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    path = tmp_path / "intake.json"
    path.write_bytes(content)
    code, out, err = run(["assess", str(path)], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"{path}: ")
    assert expected in err
    assert len(err.splitlines()) == 1


def test_missing_file_and_directory_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["assess", str(tmp_path / "nope.json")], capsys)
    assert (code, out, err) == (2, "", f"{tmp_path / 'nope.json'}: no such file\n")
    code, out, err = run(["assess", str(tmp_path)], capsys)
    assert (code, out, err) == (2, "", f"{tmp_path}: is a directory, not a file\n")


def test_unexpected_failure_is_one_line_with_details_in_the_log(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], clinic_home: Path
) -> None:
    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("simulated fault")

    # Inject a fault where a bug would be: the command's own code.
    monkeypatch.setattr("clinic_app.cli.assess.assess_command", broken)
    code, out, err = run(["assess", str(EXAMPLE)], capsys)
    log_file = clinic_home / "logs" / "clinic-intake.log"
    assert (code, out) == (1, "")
    assert err == f"clinic-intake: failed unexpectedly (RuntimeError); details in {log_file}\n"
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged
    assert "simulated fault" in logged


def test_schema_is_the_json_schema_of_the_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema"], capsys)
    schema = json.loads(out)
    assert code == 0
    assert schema["properties"]["format"]["const"] == "clinic-intake/1"
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"format", "patient", "visit_date", "running", "symptoms"}


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The installed console script, as a user or another program runs it."""
    script = Path(sys.executable).with_name("clinic-intake")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "clinic_app"]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, timeout=60, env=env, check=False
    )


def test_console_script_answers_version_and_help() -> None:
    version = cli("--version")
    assert (version.returncode, version.stdout.strip()) == (0, "clinic-intake 0.1.0")
    usage = cli("--help")
    assert usage.returncode == 0
    assert "assess" in usage.stdout
    assert "schema" in usage.stdout


def test_invalid_document_through_the_real_process_shows_no_traceback(tmp_path: Path) -> None:
    document = example()
    document["symptoms"]["pain_now"] = 14
    path = write(tmp_path, document)
    result = cli("assess", str(path), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr == f"{path}: symptoms.pain_now: must be between 0 and 10 (got 14)\n"


def test_unknown_command_exits_2() -> None:
    result = cli("asses", "x.json")
    assert result.returncode == 2
    assert "invalid choice: 'asses'" in result.stderr
