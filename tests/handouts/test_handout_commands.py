"""`clinic-intake handout` and `clinic-intake letter` as a user runs them.

In-process through `main([...])` (as tests/cli/test_assess_command.py does), with the
installed console script run once as a real process. Each test has its own
CLINIC_INTAKE_HOME (tests/conftest.py), so "no database" means no database; the clinic
settings tests make a real SQLite file with open_database, an admin and saved settings.
"""

import dataclasses
import errno
import io
import json
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from clinic_app.cli.main import main
from clinic_app.paths import resources_dir
from clinic_app.services import clinic_settings
from clinic_app.services.actor import Actor
from clinic_app.services.users import create_user
from clinic_app.storage.database import open_database

EXAMPLE = resources_dir() / "examples" / "maya-okafor.json"
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

CLINIC_NAME = "Harbour Physio & Sports"  # "&" must print as typed, not as markup
CLINIC_ADDRESS = "3 Quay Street, Galway"
CLINIC_PHONE = "+353 91 555 0123"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[object, str]:
    """An argument argparse refuses: it exits (2) before any command runs."""
    with pytest.raises(SystemExit) as exited:
        main(argv)
    return exited.value.code, capsys.readouterr().err


def write(folder: Path, document: object, name: str = "intake.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def maya() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return document


def spoken(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def is_size(sizes: tuple[tuple[float, float], ...], expected: tuple[float, float]) -> bool:
    return all(
        abs(width - expected[0]) <= 1 and abs(height - expected[1]) <= 1 for width, height in sizes
    )


def clinic_database(folder: Path, **changes: Any) -> str:
    """A SQLite clinic with an admin and these clinic settings saved; its URL."""
    url = f"sqlite:///{folder / 'clinic.sqlite3'}"
    database = open_database(url)
    try:
        admin = create_user(
            database,
            None,
            username="admin",
            display_name="Clinic Admin",
            role="admin",
            password="correct horse battery",
        )
        actor = Actor(name=admin.username, role="admin", user_id=admin.id)
        details = dataclasses.replace(
            clinic_settings.load(database),
            clinic_name=CLINIC_NAME,
            address=CLINIC_ADDRESS,
            phone=CLINIC_PHONE,
            paper_size="letter",
            **changes,
        )
        clinic_settings.save(database, actor, details)
    finally:
        database.close()
    return url


# --- Writing the PDF ---------------------------------------------------------------------------


def test_handout_writes_a_whole_readable_pdf(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    pdf_pages: Callable[[bytes], tuple[str, ...]],
    page_sizes: Callable[[bytes], tuple[tuple[float, float], ...]],
) -> None:
    output = tmp_path / "sheet.pdf"
    before = date.today()
    code, out, err = run(["handout", str(EXAMPLE), "-o", str(output)], capsys)
    after = date.today()
    assert (code, err) == (0, "")
    assert out == f"Wrote the home-care sheet (A4) to {output}\n"
    pdf = output.read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    pages = pdf_pages(pdf)
    assert len(pages) == 2
    assert is_size(page_sizes(pdf), A4)  # no clinic settings: A4
    assert "For Maya Okafor" in pages[0]
    assert "See a clinician in the next few days" in pages[0]
    assert any(f"Printed {spoken(day)}" in pages[-1] for day in {before, after})
    # A patient's sheet is readable by its owner only (written through mkstemp).
    assert stat.S_IMODE(output.stat().st_mode) & 0o077 == 0


def test_paper_letter_gives_letter_pages(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    page_sizes: Callable[[bytes], tuple[tuple[float, float], ...]],
) -> None:
    output = tmp_path / "sheet.pdf"
    code, out, _ = run(["handout", str(EXAMPLE), "-o", str(output), "--paper", "letter"], capsys)
    assert code == 0
    assert "(Letter)" in out
    assert is_size(page_sizes(output.read_bytes()), LETTER)


def test_large_print_sets_the_body_in_14_pt(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    body_size: Callable[[bytes], float],
    pdf_pages: Callable[[bytes], tuple[str, ...]],
) -> None:
    normal, large = tmp_path / "normal.pdf", tmp_path / "large.pdf"
    assert run(["handout", str(EXAMPLE), "-o", str(normal)], capsys)[0] == 0
    code, out, _ = run(["handout", str(EXAMPLE), "-o", str(large), "--large-print"], capsys)
    assert code == 0
    assert out == f"Wrote the home-care sheet (large print, A4) to {large}\n"
    assert body_size(large.read_bytes()) >= 14
    assert body_size(normal.read_bytes()) < 14
    assert 2 <= len(pdf_pages(large.read_bytes())) <= 3


def test_letter_writes_the_referral_letter(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    pdf_pages: Callable[[bytes], tuple[str, ...]],
    page_sizes: Callable[[bytes], tuple[tuple[float, float], ...]],
) -> None:
    output = tmp_path / "letter.pdf"
    argv = ["letter", str(EXAMPLE), "-o", str(output), "--to", "gp"]
    argv += ["--clinician", "Dr Ada Brennan", "--urgency", "urgent", "--paper", "letter"]
    code, out, err = run(argv, capsys)
    assert (code, err) == (0, "")
    assert out == f"Wrote the referral letter (Letter) to {output}\n"
    pdf = output.read_bytes()
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    assert is_size(page_sizes(pdf), LETTER)
    for expected in (
        "To: General practitioner (GP)",
        "Name: Maya Okafor",
        "Date of birth: 14 March 1991",
        "Clinic number: P-10442",
        "Urgent: please see today.",
        "Pain that is not settling",
        "Referring clinician: Dr Ada Brennan",
    ):
        assert expected in pages[0]


@pytest.mark.parametrize("command", ["handout", "letter"])
def test_reads_the_intake_from_standard_input(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    intake_document: Callable[[str], dict[str, Any]],
    pdf_text: Callable[[bytes], str],
    command: str,
) -> None:
    raw = json.dumps(intake_document("every-flag"), ensure_ascii=False).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    output = tmp_path / "from-stdin.pdf"
    extra = ["--to", "emergency"] if command == "letter" else []
    code, _, err = run([command, "-", "-o", str(output), *extra], capsys)
    assert (code, err) == (0, "")
    assert "Zoë Dvořák-Łukasiewicz" in pdf_text(output.read_bytes())


def test_an_existing_output_is_replaced_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pdf_text: Callable[[bytes], str]
) -> None:
    output = tmp_path / "sheet.pdf"
    output.write_bytes(b"%PDF-1.4 stale " + b"x" * 2_000_000 + b"\n%%EOF\n")
    fresh = tmp_path / "fresh.pdf"
    assert run(["handout", str(EXAMPLE), "-o", str(output)], capsys)[0] == 0
    assert run(["handout", str(EXAMPLE), "-o", str(fresh)], capsys)[0] == 0
    # The same PDF as one written where nothing was: no tail of the old file remains.
    assert output.read_bytes() == fresh.read_bytes()
    assert b"stale" not in output.read_bytes()
    assert "For Maya Okafor" in pdf_text(output.read_bytes())
    assert sorted(path.name for path in tmp_path.iterdir()) == ["fresh.pdf", "sheet.pdf"]


def test_a_failed_write_leaves_the_old_pdf_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "sheet.pdf"
    output.write_bytes(b"the sheet printed yesterday")

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # The fault where the disk would give it: while the PDF's bytes are being flushed.
    monkeypatch.setattr("clinic_app.services.files.os.fsync", disk_full)
    code, out, err = run(["handout", str(EXAMPLE), "-o", str(output)], capsys)
    assert (code, out) == (1, "")
    assert err == f"clinic-intake: {output}: cannot write the PDF (No space left on device)\n"
    assert output.read_bytes() == b"the sheet printed yesterday"
    assert [path.name for path in tmp_path.iterdir()] == ["sheet.pdf"]


# --- Refused input: exit 2, one line per problem, nothing written ------------------------------


@pytest.mark.parametrize("command", ["handout", "letter"])
def test_invalid_intake_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    document = maya()
    document["symptoms"]["pain_now"] = 14
    source = write(tmp_path, document)
    output = tmp_path / "sheet.pdf"
    extra = ["--to", "gp"] if command == "letter" else []
    code, out, err = run([command, str(source), "-o", str(output), *extra], capsys)
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"{source}: symptoms.pain_now: must be between 0 and 10 (got 14)"]
    assert not output.exists()
    assert [path.name for path in tmp_path.iterdir()] == ["intake.json"]  # no temp file


def test_every_problem_gets_a_line_and_an_existing_pdf_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = maya()
    document["running"]["weekly_distance"] = -3
    document["patient"]["date_of_birth"] = "14/03/1991"
    del document["symptoms"]["side"]
    source = write(tmp_path, document)
    output = tmp_path / "sheet.pdf"
    output.write_bytes(b"an earlier sheet")
    code, _, err = run(["handout", str(source), "-o", str(output)], capsys)
    lines = err.splitlines()
    assert code == 2
    assert len(lines) == 3
    assert all(line.startswith(f"{source}: ") for line in lines)
    for field in ("running.weekly_distance", "patient.date_of_birth", "symptoms.side"):
        assert any(line.startswith(f"{source}: {field}: ") for line in lines)
    assert output.read_bytes() == b"an earlier sheet"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["intake.json", "sheet.pdf"]


def test_unreadable_and_missing_intakes_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    output = tmp_path / "sheet.pdf"
    code, _, err = run(["handout", str(broken), "-o", str(output)], capsys)
    assert code == 2
    assert err.startswith(f"{broken}: ")
    assert "is not valid JSON" in err
    assert len(err.splitlines()) == 1
    missing = tmp_path / "nope.json"
    code, _, err = run(["handout", str(missing), "-o", str(output)], capsys)
    assert (code, err) == (2, f"{missing}: no such file\n")
    assert not output.exists()


def test_output_folder_that_does_not_exist_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "no-such-folder" / "sheet.pdf"
    code, out, err = run(["handout", str(EXAMPLE), "-o", str(output)], capsys)
    assert (code, out) == (2, "")
    assert err == f"{output}: the folder {output.parent} does not exist\n"
    assert not output.parent.exists()


@pytest.mark.parametrize("name", ["sheet.txt", "sheet", "sheet.pdf.bak"])
def test_output_that_is_not_a_pdf_name_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    output = tmp_path / name
    code, out, err = run(["handout", str(EXAMPLE), "-o", str(output)], capsys)
    assert (code, out) == (2, "")
    assert err == f"{output}: the output must be a .pdf file\n"
    assert list(tmp_path.iterdir()) == []


def test_output_that_is_a_folder_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "sheet.pdf"
    folder.mkdir()
    code, _, err = run(["handout", str(EXAMPLE), "-o", str(folder)], capsys)
    assert code == 2
    assert err == f"{folder}: is a folder; give the PDF file to write\n"
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        pytest.param(["--to", "surgeon"], "invalid choice: 'surgeon'", id="unknown-to"),
        pytest.param(["--to", "gp", "--urgency", "asap"], "invalid choice: 'asap'", id="urgency"),
        pytest.param(["--to", "gp", "--paper", "a5"], "invalid choice: 'a5'", id="paper"),
    ],
)
def test_letter_arguments_argparse_refuses_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], complaint: str
) -> None:
    output = tmp_path / "letter.pdf"
    code, err = refused(["letter", str(EXAMPLE), "-o", str(output), *arguments], capsys)
    assert code == 2
    assert complaint in err
    assert not output.exists()


@pytest.mark.parametrize(("urgency", "words"), [([], "soon"), (["--urgency", "urgent"], "urgent")])
def test_a_letter_without_to_is_refused_unless_it_is_an_emergency(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], urgency: list[str], words: str
) -> None:
    output = tmp_path / "letter.pdf"
    code, out, err = run(["letter", str(EXAMPLE), "-o", str(output), *urgency], capsys)
    assert (code, out) == (2, "")
    assert err == (
        "--to: say who the patient is referred to (sports_medicine, podiatrist, gp, "
        "emergency); only an emergency goes to the emergency department by default, and "
        f"this referral is {words}\n"
    )
    assert not output.exists()


def test_an_emergency_letter_goes_to_the_emergency_department_without_to(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    pdf_pages: Callable[[bytes], tuple[str, ...]],
) -> None:
    output = tmp_path / "letter.pdf"
    code, _, err = run(
        ["letter", str(EXAMPLE), "-o", str(output), "--urgency", "emergency"], capsys
    )
    assert (code, err) == (0, "")
    text = pdf_pages(output.read_bytes())[0]
    assert "To: Emergency department" in text
    assert text.index("Emergency: please assess now, on arrival.") < text.index("Patient")
    # --to still decides where, at any urgency.
    code, _, err = run(
        ["letter", str(EXAMPLE), "-o", str(output), "--urgency", "emergency", "--to", "gp"],
        capsys,
    )
    assert (code, err) == (0, "")
    assert "To: General practitioner (GP)" in pdf_pages(output.read_bytes())[0]


# --- Clinic settings from the database ---------------------------------------------------------


def test_clinic_settings_give_the_letterhead_and_the_paper(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    pdf_pages: Callable[[bytes], tuple[str, ...]],
    page_sizes: Callable[[bytes], tuple[tuple[float, float], ...]],
) -> None:
    url = clinic_database(tmp_path)
    sheet, letter = tmp_path / "sheet.pdf", tmp_path / "letter.pdf"
    code, out, err = run(["--db", url, "handout", str(EXAMPLE), "-o", str(sheet)], capsys)
    assert (code, err) == (0, "")
    assert out == f"Wrote the home-care sheet (Letter) to {sheet}\n"
    pages = pdf_pages(sheet.read_bytes())
    assert is_size(page_sizes(sheet.read_bytes()), LETTER)
    for part in (CLINIC_NAME, CLINIC_ADDRESS, CLINIC_PHONE):
        assert part in pages[0]
    assert f"Our phone number is {CLINIC_PHONE}." in " ".join(pages)
    code, out, _ = run(
        ["--db", url, "letter", str(EXAMPLE), "-o", str(letter), "--to", "gp"], capsys
    )
    assert code == 0
    assert "(Letter)" in out
    assert is_size(page_sizes(letter.read_bytes()), LETTER)
    assert CLINIC_NAME in pdf_pages(letter.read_bytes())[0]


def test_paper_option_overrides_the_clinics_paper(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    page_sizes: Callable[[bytes], tuple[tuple[float, float], ...]],
) -> None:
    url = clinic_database(tmp_path)
    output = tmp_path / "sheet.pdf"
    argv = ["--db", url, "handout", str(EXAMPLE), "-o", str(output), "--paper", "a4"]
    code, out, _ = run(argv, capsys)
    assert code == 0
    assert "(A4)" in out
    assert is_size(page_sizes(output.read_bytes()), A4)


def test_database_named_by_the_environment_is_used(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    pdf_text: Callable[[bytes], str],
) -> None:
    monkeypatch.setenv("CLINIC_INTAKE_DB", clinic_database(tmp_path))
    output = tmp_path / "sheet.pdf"
    code, out, _ = run(["handout", str(EXAMPLE), "-o", str(output)], capsys)
    assert code == 0
    assert "(Letter)" in out
    assert CLINIC_NAME in pdf_text(output.read_bytes())


def test_clinic_thresholds_change_what_the_sheet_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pdf_text: Callable[[bytes], str]
) -> None:
    # Maya: 35 -> 48 km, pain for 8 days and not improving.
    default = tmp_path / "default.pdf"
    assert run(["handout", str(EXAMPLE), "-o", str(default)], capsys)[0] == 0
    text = pdf_text(default.read_bytes())
    assert "Next week, run no more than 38.5 km." in text  # 35 + 10 %
    assert "about 10% a week" in text
    assert "See a clinician in the next few days" in text
    assert "Your pain has lasted 8 days" in text

    # A clinic allowing 20 % a week and referring pain only after 10 days.
    url = clinic_database(tmp_path, max_weekly_increase=0.2, persistent_pain_days=10)
    tuned = tmp_path / "tuned.pdf"
    assert run(["--db", url, "handout", str(EXAMPLE), "-o", str(tuned)], capsys)[0] == 0
    text = pdf_text(tuned.read_bytes())
    assert "Next week, run no more than 42.0 km." in text  # 35 + 20 %
    assert "about 20% a week" in text
    assert "See a clinician" not in text
    assert "Your pain has lasted" not in text


def test_named_database_that_does_not_exist_exits_1_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.sqlite3"
    output = tmp_path / "sheet.pdf"
    argv = ["--db", f"sqlite:///{missing}", "handout", str(EXAMPLE), "-o", str(output)]
    code, out, err = run(argv, capsys)
    assert (code, out) == (1, "")
    assert err == f"clinic-intake: there is no database at {missing}\n"
    assert list(tmp_path.iterdir()) == []  # neither the database nor the PDF


def test_without_any_database_the_sheet_is_still_printed_and_none_is_created(
    tmp_path: Path,
    clinic_home: Path,
    capsys: pytest.CaptureFixture[str],
    pdf_text: Callable[[bytes], str],
    page_sizes: Callable[[bytes], tuple[tuple[float, float], ...]],
) -> None:
    output = tmp_path / "sheet.pdf"
    for command in (["handout"], ["letter", "--to", "podiatrist"]):
        code, _, err = run([command[0], str(EXAMPLE), "-o", str(output), *command[1:]], capsys)
        assert (code, err) == (0, "")
        assert is_size(page_sizes(output.read_bytes()), A4)
    assert run(["handout", str(EXAMPLE), "-o", str(output)], capsys)[0] == 0
    text = pdf_text(output.read_bytes())
    assert "Call the clinic that gave you this sheet." in text  # no phone without settings
    assert not [path for path in clinic_home.rglob("*") if "sqlite" in path.name]
    assert not (clinic_home / "data").exists()


# --- As a real process -------------------------------------------------------------------------


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed console script, as a user or another program runs it."""
    script = Path(sys.executable).with_name("clinic-intake")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "clinic_app"]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_console_script_writes_the_sheet_and_refuses_bad_input_in_one_line(
    tmp_path: Path, pdf_pages: Callable[[bytes], tuple[str, ...]]
) -> None:
    output = tmp_path / "sheet.pdf"
    result = cli("handout", str(EXAMPLE), "-o", str(output), "--paper", "letter")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"Wrote the home-care sheet (Letter) to {output}\n"
    assert len(pdf_pages(output.read_bytes())) == 2

    document = maya()
    document["symptoms"]["side"] = "middle"
    source = write(tmp_path, document)
    refused_output = tmp_path / "refused.pdf"
    result = cli("letter", str(source), "-o", str(refused_output), "--to", "gp")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"{source}: symptoms.side: ")
    assert not refused_output.exists()
