"""Property: an intake imported, exported as a FHIR Bundle, and its QuestionnaireResponse
imported back with `import-response` gives the desk exactly the patient's answers, for
varied valid intakes (each in a fresh SQLite file). The pure mapping's own property, over
many more documents, is in tests/unit/test_fhir_response.py."""

import io
import json
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from intake_strategies import valid_documents

from clinic_app.cli.main import main
from clinic_app.intake import parse_intake
from clinic_app.services import patient_entries
from clinic_app.storage.database import open_database


def clinic_intake(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, err.getvalue()


def expected(given_document: dict[str, Any]) -> dict[str, Any]:
    """FHIR has no empty string: an optional text given as "" comes back as not given."""
    filled = parse_intake(given_document).to_document()
    if filled["patient"]["phone"] == "":
        filled["patient"]["phone"] = None
    return filled


@settings(max_examples=15, deadline=None)
@given(valid_documents())
def test_export_as_fhir_then_import_response_gives_back_the_answers(
    given_document: dict[str, Any],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        url = f"sqlite:///{root / 'clinic.sqlite3'}"
        source = root / "intake.json"
        source.write_text(json.dumps(given_document, ensure_ascii=False), encoding="utf-8")
        assert clinic_intake("--db", url, "import", str(source)) == (0, "")
        assert (
            clinic_intake("--db", url, "export", "--format", "fhir", "-o", str(root / "out"))[0]
            == 0
        )
        (bundle_file,) = (root / "out").glob("*.fhir.json")
        bundle = json.loads(bundle_file.read_text(encoding="utf-8"))
        (response,) = [
            entry["resource"]
            for entry in bundle["entry"]
            if entry["resource"]["resourceType"] == "QuestionnaireResponse"
        ]
        answers = root / "response.json"
        answers.write_text(json.dumps(response, ensure_ascii=False), encoding="utf-8")
        assert clinic_intake("--db", url, "import-response", str(answers)) == (0, "")
        database = open_database(url)
        try:
            (waiting,) = patient_entries.waiting_entries(database)
            stored = patient_entries.entry(database, waiting.entry_id).document
        finally:
            database.close()
        assert parse_intake(stored).to_document() == expected(given_document)
