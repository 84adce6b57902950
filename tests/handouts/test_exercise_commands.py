"""`clinic-intake exercises` and `clinic-intake handout --with-exercises` as a user runs them.

In-process through `main([...])`, each test with its own CLINIC_INTAKE_HOME (no database),
the installed console script once as a real process. Every PDF is read back with pypdf.
"""

import io
import json
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest

from clinic_app.cli.main import main
from clinic_app.exercises.catalogue import CATALOGUE
from clinic_app.exercises.codes import EXERCISE_CODES
from clinic_app.handouts.text import handout_text
from clinic_app.paths import resources_dir

EXAMPLE = resources_dir() / "examples" / "maya-okafor.json"
EN = handout_text("en")
STRENGTH = tuple(code for code in EXERCISE_CODES if not CATALOGUE[code].gentle)


def maya(**changes: Any) -> dict[str, Any]:
    """The example intake with `section__field=value` changes."""
    document: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for dotted, value in changes.items():
        section, field = dotted.split("__")
        document[section][field] = value
    return document


def write(folder: Path, document: object) -> Path:
    path = folder / "intake.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def pages(pdf: Path) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf.read_bytes()))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def names(language: str = "en") -> dict[str, str]:
    text = handout_text(language)
    return {code: text(f"exercises.{code}.name") for code in EXERCISE_CODES}


def exercises(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], document: object, *options: str
) -> tuple[list[str], str]:
    out = tmp_path / "exercises.pdf"
    code = main(["exercises", str(write(tmp_path, document)), "-o", str(out), *options])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return pages(out), captured.out


def printed(text: str, language: str = "en") -> set[str]:
    return {code for code, name in names(language).items() if name in text}


def test_the_example_gets_a_one_page_sheet_of_its_chosen_exercises(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet, said = exercises(tmp_path, capsys, maya())
    assert len(sheet) == 1
    text = sheet[0]
    assert EN("exercises.title") in text
    chosen = printed(text)
    assert chosen, "some exercises are printed"
    assert said.startswith(f"Wrote the exercise sheet (A4) to {tmp_path / 'exercises.pdf'}: ")
    assert said.strip().endswith(", ".join(code for code in EXERCISE_CODES if code in chosen))
    for code in chosen:
        assert " ".join(EN(f"exercises.{code}.dose").split()) in text
    mode = stat.S_IMODE((tmp_path / "exercises.pdf").stat().st_mode)
    assert mode == 0o600


def test_plantar_heel_pain_gets_the_arch_stretch_ball_roll_and_calf_stretches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    heel = maya(symptoms__first_step_morning_pain=True, symptoms__locations=["heel", "arch"])
    sheet, _ = exercises(tmp_path, capsys, heel)
    assert {"arch_stretch", "ball_roll", "calf_stretch_straight", "calf_stretch_bent"} <= printed(
        sheet[0]
    )


def test_an_open_referral_gets_no_strength_work_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet, said = exercises(tmp_path, capsys, maya(symptoms__numbness_or_tingling=True))
    text = " ".join(sheet)
    assert " ".join(EN("exercises.gentle").split()) in text
    chosen = printed(text)
    assert chosen
    assert not chosen & set(STRENGTH)
    assert not any(code in said for code in STRENGTH)


def test_an_emergency_gets_no_exercise_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet, said = exercises(tmp_path, capsys, maya(symptoms__foot_colour="pale"))
    text = " ".join(sheet)
    assert " ".join(EN("exercises.withheld").split()) in text
    assert printed(text) == set()
    assert "no exercises" in said


@pytest.mark.parametrize("language", ["es", "zh-Hans"])
def test_the_sheet_is_in_the_patients_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    document = maya()
    document["patient"]["language"] = language
    sheet, _ = exercises(tmp_path, capsys, document)
    text = "".join(sheet).replace(" ", "")
    title = handout_text(language)("exercises.title").replace(" ", "")
    assert title in text
    assert EN("exercises.title") not in " ".join(sheet)


def test_language_overrides_the_document_and_an_unknown_one_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet, _ = exercises(tmp_path, capsys, maya(), "--language", "es")
    assert handout_text("es")("exercises.title") in sheet[0]
    code = main(
        [
            "exercises",
            str(write(tmp_path, maya())),
            "-o",
            str(tmp_path / "x.pdf"),
            "--language",
            "fr",
        ]
    )
    assert code == 2
    assert "fr" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_a_stage_of_the_way_back_gives_its_strength_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calm = maya(symptoms__improving=True)  # no referral: the strength work may be given
    sheet, _ = exercises(tmp_path, capsys, calm, "--stage", "5")
    chosen = printed(sheet[0])
    assert {"calf_raise_straight", "single_leg_balance"} <= chosen


@pytest.mark.parametrize("stage", ["0", "9", "two"])
def test_a_stage_outside_1_to_8_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stage: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(
            [
                "exercises",
                str(write(tmp_path, maya())),
                "-o",
                str(tmp_path / "x.pdf"),
                "--stage",
                stage,
            ]
        )
    assert exited.value.code == 2
    assert "a stage is a whole number from 1 to 8" in capsys.readouterr().err


def test_large_print_takes_two_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet, said = exercises(tmp_path, capsys, maya(), "--large-print", "--paper", "letter")
    assert len(sheet) == 2
    assert "(large print, Letter)" in said


def test_a_bad_document_is_refused_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    code = main(["exercises", str(write(tmp_path, maya(symptoms__pain_now=14))), "-o", str(out)])
    assert code == 2
    assert "symptoms.pain_now" in capsys.readouterr().err
    assert not out.exists()


def test_the_care_sheet_with_exercises_is_one_pdf_the_sheet_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alone, both = tmp_path / "alone.pdf", tmp_path / "both.pdf"
    intake = str(write(tmp_path, maya()))
    assert main(["handout", intake, "-o", str(alone)]) == 0
    assert main(["handout", intake, "-o", str(both), "--with-exercises"]) == 0
    said = capsys.readouterr().out
    assert "Wrote the home-care sheet and its exercise sheet (A4)" in said
    sheet_pages, combined = pages(alone), pages(both)
    assert EN("exercises.title") not in " ".join(sheet_pages)
    assert len(combined) == len(sheet_pages) + 1
    assert EN("sheet.title") in combined[0]
    assert EN("exercises.title") in combined[-1]
    assert printed(combined[-1])
    assert "socks" in " ".join(combined[: len(sheet_pages)])
    assert "Warm up before every run" in " ".join(combined[: len(sheet_pages)])


def test_the_installed_command_writes_the_sheet(tmp_path: Path) -> None:
    out = tmp_path / "exercises.pdf"
    script = Path(sys.executable).with_name("clinic-intake")
    result = subprocess.run(
        [str(script), "exercises", str(EXAMPLE), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert EN("exercises.title") in pages(out)[0]
