"""Which language the command line prints in when `--language` does not say: `handout` the
document's `patient.language`, else the clinic's default (English with no database);
`progress -o` the patient's, from the course's intake or the patient's record."""

import json
from pathlib import Path
from typing import Any

import pytest
from follow_up_documents import maya_course
from intake_documents import document
from language_files import every_language_printable

from clinic_app.cli.handouts import sheet_language
from clinic_app.cli.main import main
from clinic_app.handouts import progress_report, sheet
from clinic_app.intake import parse_intake
from clinic_app.services import intakes
from clinic_app.services.actor import Actor
from clinic_app.services.clinic_settings import ClinicDetails
from clinic_app.storage.database import open_database

DESK = Actor(name="desk", role="front_desk")


@pytest.mark.parametrize(
    ("given", "clinic_default", "chosen"),
    [("es", "en", "es"), ("zh-Hans", "es", "zh-Hans"), (None, "en", "en"), (None, "es", "es")],
)
def test_the_sheet_is_in_the_documents_language_else_the_clinics(
    given: str | None, clinic_default: str, chosen: str
) -> None:
    intake = parse_intake(document({"patient.language": given}))
    assert sheet_language(intake, ClinicDetails(default_patient_language=clinic_default)) == chosen


def languages_built(monkeypatch: pytest.MonkeyPatch, module: Any, builder: str) -> list[str]:
    """The `language=` each call of the module's builder was given (the call goes through)."""
    seen: list[str] = []
    real = getattr(module, builder)

    def keeping(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs["language"])
        return real(*args, **kwargs)

    monkeypatch.setattr(module, builder, keeping)
    return seen


def test_handout_without_a_database_prints_in_the_documents_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    every_language_printable(request)
    monkeypatch.setenv("CLINIC_INTAKE_HOME", str(tmp_path / "home"))  # no database there
    monkeypatch.delenv("CLINIC_INTAKE_DB", raising=False)
    seen = languages_built(monkeypatch, sheet, "build_care_sheet")
    given = tmp_path / "intake.json"
    given.write_text(json.dumps(document({"patient.language": "es"})), encoding="utf-8")
    unsaid = tmp_path / "unsaid.json"
    unsaid.write_text(json.dumps(document()), encoding="utf-8")

    assert main(["handout", str(given), "-o", str(tmp_path / "es.pdf")]) == 0
    assert main(["handout", str(unsaid), "-o", str(tmp_path / "en.pdf")]) == 0

    assert seen == ["es", "en"]
    assert (tmp_path / "es.pdf").read_bytes().startswith(b"%PDF-")
    assert not (tmp_path / "home" / "data").exists()  # no database was made to ask


def test_the_progress_report_is_in_the_patients_language_from_their_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    every_language_printable(request)
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    intake, visits = maya_course()
    earlier = {**intake, "visit_date": "2026-10-01"}
    earlier["patient"] = {**intake["patient"], "language": "zh-Hans"}
    database = open_database(url)
    try:
        intakes.submit(database, DESK, earlier)  # an earlier problem: the desk asked then
        intakes.submit(database, DESK, intake)  # the newest course's intake does not say
    finally:
        database.close()
    visit = tmp_path / "visit.json"
    visit.write_text(json.dumps(visits[0]), encoding="utf-8")
    assert main(["--db", url, "import", str(visit)]) == 0
    seen = languages_built(monkeypatch, progress_report, "progress_report_pdf")

    report = tmp_path / "report.pdf"
    assert main(["--db", url, "progress", "P-10442", "-o", str(report)]) == 0
    assert main(["--db", url, "progress", "P-10442", "-o", str(report), "--language", "es"]) == 0

    assert seen == ["zh-Hans", "es"]  # the record's; --language, when given, overrides
    assert report.read_bytes().startswith(b"%PDF-")
