"""Every Bundle of an exported database (fhir.md, "Done when"): made-up clinic records with
follow-ups, flags and courses, exported with `export --format fhir`, and every
resource of every Bundle valid FHIR R4, with the references resolved inside its Bundle."""

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from fhir_schema import schema_problems

from clinic_app.cli.main import main

pytestmark = pytest.mark.slow


def references(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "reference" and isinstance(inner, str):
                yield inner
            else:
                yield from references(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from references(inner)


def test_every_bundle_of_a_demo_clinic_is_valid_r4(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    assert main(["--db", url, "demo-data", "--patients", "5", "--intakes", "10"]) == 0
    folder = tmp_path / "bundles"
    assert main(["--db", url, "export", "--format", "fhir", "-o", str(folder)]) == 0
    capsys.readouterr()
    files = sorted(folder.glob("*.fhir.json"))
    assert any(path.name.startswith("followup-") for path in files)
    kinds: Counter[str] = Counter()
    for path in files:
        bundle = json.loads(path.read_text(encoding="utf-8"))
        entries = bundle["entry"]
        # The Bundle's own shape, then each resource against its own definition.
        shell = {**bundle, "entry": [{"fullUrl": entry["fullUrl"]} for entry in entries]}
        assert schema_problems(shell) == [], path.name
        urls = {entry["fullUrl"] for entry in entries}
        for entry in entries:
            resource = entry["resource"]
            kinds[resource["resourceType"]] += 1
            assert schema_problems(resource) == [], (path.name, resource["resourceType"])
            assert entry["fullUrl"] == f"urn:uuid:{resource['id']}"
        assert set(references(bundle)) <= urls, path.name
        assert [entry["resource"]["resourceType"] for entry in entries].count("Patient") == 1
    assert {"Patient", "QuestionnaireResponse", "Observation", "Flag"} <= set(kinds)
    # The demo data records no decisions or printouts: those Bundles are checked in
    # tests/cli/test_fhir_commands.py.
