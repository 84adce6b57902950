"""`clinic-intake fhir questionnaire`, `import-response` and `export --format fhir`, as a user
runs them (fhir.md): files and modes, exit codes and messages, the all-or-nothing import,
and Bundles that are valid R4, hold the resources fhir.md names with their codes, embed
each printed PDF with its hash, and come out the same every time."""

import base64
import hashlib
import json
import stat
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fhir_schema import assert_valid
from intake_documents import document
from sqlalchemy import text

from clinic_app.cli.main import main
from clinic_app.fhir.answers import questionnaire_response
from clinic_app.fhir.bundle import NPRS_LOINC, PATIENT_SYSTEM
from clinic_app.fhir.questionnaire import QUESTIONNAIRE_URL
from clinic_app.intake import parse_intake
from clinic_app.services import audit, handouts, patient_entries, reviews
from clinic_app.services import users as accounts
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database, open_database

ADMIN = Actor(name="admin", role="admin")
PDF = b"%PDF-1.4\n% a care sheet, as printed\n%%EOF\n"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write_json(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'clinic.sqlite3'}"


# --- fhir questionnaire -----------------------------------------------------------------------


def test_the_questionnaire_is_written_to_a_private_file_or_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "intake-es.json"
    code, out, _ = run(["fhir", "questionnaire", "-o", str(target), "--language", "ES"], capsys)
    assert code == 0
    assert out == f"wrote the es Questionnaire to {target}\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["language"] == "es"
    assert_valid(written)
    code, out, _ = run(["fhir", "questionnaire"], capsys)
    assert code == 0
    assert json.loads(out)["url"] == QUESTIONNAIRE_URL
    assert json.loads(out)["language"] == "en"


def test_an_unknown_language_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["fhir", "questionnaire", "--language", "fr"], capsys)
    assert code == 2
    assert out == ""
    assert err == "--language: unknown language 'fr': known languages are en, es, zh-Hans\n"


# --- import-response --------------------------------------------------------------------------


def response_of(overrides: dict[str, object] | None = None, **replaced: Any) -> dict[str, Any]:
    response = questionnaire_response(parse_intake(document(overrides)))
    response.update(replaced)
    return response


def test_one_bad_response_imports_nothing_and_each_problem_names_file_and_link_id(
    tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_json(tmp_path / "good.json", response_of())
    other = write_json(tmp_path / "other.json", response_of(status="in-progress"))
    wrong = response_of()
    symptoms = next(item for item in wrong["item"] if item["linkId"] == "symptoms")
    pain = next(item for item in symptoms["item"] if item["linkId"] == "symptoms.pain_now")
    pain["answer"] = [{"valueString": "four"}]
    symptoms["item"].append({"linkId": "symptoms.pain_later", "answer": [{"valueInteger": 1}]})
    bad = write_json(tmp_path / "bad.json", wrong)
    code, out, err = run(["--db", url, "import-response", str(good), str(other), str(bad)], capsys)
    assert code == 2
    assert out == ""
    assert err.splitlines() == [
        f'{other}: is not finished: status must be completed (got "in-progress")',
        f"{bad}: symptoms.pain_now: must be answered with valueInteger (got valueString)",
        f"{bad}: symptoms.pain_later: is not a question of the intake Questionnaire",
        "nothing was imported",
    ]
    opened = open_database(url)
    try:
        assert patient_entries.waiting_entries(opened) == []
    finally:
        opened.close()


def test_responses_become_patient_entries_awaiting_the_desk_s_check(
    tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    spanish = response_of({"patient.first_name": "Lucía", "patient.language": "es"})
    pale = response_of({"symptoms.foot_colour": "pale"}, language="zh-Hans")
    folder = tmp_path / "answers"
    folder.mkdir()
    write_json(folder / "1.json", spanish)
    write_json(folder / "2.json", pale)
    code, out, err = run(["--db", url, "import-response", str(folder)], capsys)
    assert (code, err) == (0, "")
    assert out == (
        "imported 2 patient entries, waiting for the desk's check; 1 raised the desk's alert\n"
    )
    opened = open_database(url)
    try:
        waiting = sorted(patient_entries.waiting_entries(opened), key=lambda row: row.entry_id)
        assert [(row.source, row.language) for row in waiting] == [
            ("fhir", "es"),
            ("fhir", "zh-Hans"),
        ]
        assert all(row.finished for row in waiting)  # completed on the form, not left idle
        stored = patient_entries.entry(opened, waiting[0].entry_id)
        assert parse_intake(stored.document) == parse_intake(
            document({"patient.first_name": "Lucía", "patient.language": "es"})
        )
        # Nothing became an intake: the desk's check stands between the answers and the record.
        with opened.reading() as session:
            assert session.execute(text("SELECT count(*) FROM intakes")).scalar_one() == 0
        events = [event.action for event in audit.events(opened)]
        assert Counter(events)["patient_entry.added"] == 2
    finally:
        opened.close()


# --- export --format fhir ---------------------------------------------------------------------


def clinician(database: Database) -> Actor:
    account = accounts.create_user(
        database,
        ADMIN,
        username="dr-lee",
        display_name="Dr Lena Lee",
        role="clinician",
        password="correct horse battery",
    )
    return account.actor()


def clinic_with_records(tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Two intakes: one whose emergency flag a clinician referred (with a letter printed),
    one with its flags open and a care sheet printed."""
    referred = document(
        {"symptoms.foot_colour": "pale", "patient.clinic_number": "P-1", "symptoms.pain_worst": 8}
    )
    waiting = document(
        {
            "patient.first_name": "Ana",
            "patient.clinic_number": "P-2",
            "visit_date": "2026-11-25",
            "symptoms.fever": True,
            "symptoms.redness": True,
            "symptoms.warmth": True,
            "measures.psfs": [{"activity": "Stairs", "score": 3}],
            "measures.lefs_total": 41,
        }
    )
    paths = [write_json(tmp_path / "a.json", referred), write_json(tmp_path / "b.json", waiting)]
    code, _, err = run(["--db", url, "import", *map(str, paths)], capsys)
    assert (code, err) == (0, "")
    opened = open_database(url)
    try:
        doctor = clinician(opened)
        flags = reviews.flags_of(opened, 1)
        assert flags, "the pale foot raises a flag"
        reviews.record_decision(
            opened,
            doctor,
            1,
            decision="refer",
            flag_id=flags[0].id,
            destination="emergency",
            urgency="emergency",
            reason="Pale, cold foot: circulation",
        )
        handouts.record_handout(
            opened, ADMIN, 1, PDF + b"letter", kind="referral_letter", paper="a4"
        )
        handouts.record_handout(opened, ADMIN, 2, PDF, kind="care_sheet", paper="a4", language="es")
    finally:
        opened.close()


def bundles_in(folder: Path) -> dict[str, dict[str, Any]]:
    return {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.fhir.json"))
    }


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [
        entry["resource"] for entry in bundle["entry"] if entry["resource"]["resourceType"] == kind
    ]


def test_each_visit_is_one_valid_bundle_written_privately_and_the_same_twice(
    tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    clinic_with_records(tmp_path, url, capsys)
    first, second = tmp_path / "out" / "first", tmp_path / "second"
    for folder in (first, second):
        code, out, err = run(["--db", url, "export", "--format", "fhir", "-o", str(folder)], capsys)
        assert (code, err) == (0, "")
        assert out == f"exported 2 intakes as FHIR Bundles to {folder}\n"
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert {stat.S_IMODE(path.stat().st_mode) for path in folder.iterdir()} == {0o600}
    assert sorted(path.name for path in first.iterdir()) == ["1.fhir.json", "2.fhir.json"]
    for name in ("1.fhir.json", "2.fhir.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes()
    for bundle in bundles_in(first).values():
        assert_valid(bundle)
        for entry in bundle["entry"]:
            assert_valid(entry["resource"])
    opened = open_database(url)
    try:
        exported = audit.events(opened, action="intake.exported")
        assert [event.detail for event in exported] == ["2 files (FHIR)", "2 files (FHIR)"]
    finally:
        opened.close()


def test_the_bundle_holds_the_resources_of_fhir_md_with_their_codes(
    tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    clinic_with_records(tmp_path, url, capsys)
    folder = tmp_path / "out"
    assert run(["--db", url, "export", "--format", "fhir", "-o", str(folder)], capsys)[0] == 0
    bundles = bundles_in(folder)
    referred, waiting = bundles["1.fhir.json"], bundles["2.fhir.json"]
    for bundle in (referred, waiting):
        assert bundle["type"] == "collection"
        urls = [entry["fullUrl"] for entry in bundle["entry"]]
        assert all(url.startswith("urn:uuid:") for url in urls)
        assert len(urls) == len(set(urls))
        # Every reference inside points at an entry of the same Bundle.
        for reference in _references(bundle):
            assert reference in urls, reference
        (patient,) = resources(bundle, "Patient")
        assert patient["identifier"][0]["system"] == PATIENT_SYSTEM
        (response,) = resources(bundle, "QuestionnaireResponse")
        assert response["status"] == "completed"
        assert response["questionnaire"].split("|")[0] == QUESTIONNAIRE_URL
        assert response["subject"]["reference"] == bundle["entry"][0]["fullUrl"]
        assert set(response["author"]) == {"display"}  # the desk user who submitted it
        assert response["authored"].endswith("+00:00")
        nprs = [
            item
            for item in resources(bundle, "Observation")
            if any(code.get("code") == NPRS_LOINC for code in item["code"]["coding"])
        ]
        assert nprs
        assert all(item["status"] == "final" for item in resources(bundle, "Observation"))
        assert all(item["code"]["coding"][0]["system"] == "http://loinc.org" for item in nprs)
    assert patient_named(referred) == ("P-1",)
    # The referred flag is closed by its decision; the waiting intake's flags are open.
    referred_flags = resources(referred, "Flag")
    assert referred_flags
    assert referred_flags[0]["status"] == "inactive"
    assert {flag["status"] for flag in resources(waiting, "Flag")} == {"active"}
    for flag in referred_flags + resources(waiting, "Flag"):
        assert flag["category"][0]["coding"][0]["code"] == "clinical"
        assert flag["code"]["coding"][0]["system"] == "urn:clinic-intake:flag"
        assert flag["code"]["text"] == flag["code"]["coding"][0]["display"]
        assert flag["meta"]["tag"][0]["system"] == "urn:clinic-intake:rules-version"
    (request,) = resources(referred, "ServiceRequest")
    assert request["intent"] == "order"
    assert request["priority"] == "stat"
    assert request["performerType"] == {"text": "Emergency department"}
    flag_urls = {
        entry["fullUrl"]
        for entry in referred["entry"]
        if entry["resource"]["resourceType"] == "Flag"
    }
    assert {ref["reference"] for ref in request["reasonReference"]} <= flag_urls
    assert resources(waiting, "ServiceRequest") == []
    (provenance,) = resources(referred, "Provenance")
    assert provenance["agent"][0]["who"] == {"display": "Dr Lena Lee"}
    assert provenance["reason"] == [{"text": "Pale, cold foot: circulation"}]
    assert provenance["target"][0]["reference"] == referred_flags_url(referred)
    # Each printed PDF, embedded whole with its SHA-1.
    for bundle, kind, pdf in (
        (referred, "Referral letter", PDF + b"letter"),
        (waiting, "Home-care sheet", PDF),
    ):
        (sent,) = resources(bundle, "DocumentReference")
        assert sent["type"] == {"text": kind}
        assert sent["status"] == "current"
        attachment = sent["content"][0]["attachment"]
        assert attachment["contentType"] == "application/pdf"
        assert base64.b64decode(attachment["data"]) == pdf
        assert base64.b64decode(attachment["hash"]) == hashlib.sha1(pdf).digest()
        assert attachment["creation"]
    psfs = [
        item
        for item in resources(waiting, "Observation")
        if item["code"]["coding"][0]["code"] == "psfs"
    ]
    assert psfs[0]["valueQuantity"]["value"] == 3
    assert psfs[0]["effectiveDateTime"] == "2026-11-25"


def patient_named(bundle: dict[str, Any]) -> tuple[str, ...]:
    (patient,) = resources(bundle, "Patient")
    return tuple(
        identifier["value"]
        for identifier in patient["identifier"]
        if identifier["system"] == PATIENT_SYSTEM
    )


def referred_flags_url(bundle: dict[str, Any]) -> str:
    closed = [
        entry["fullUrl"]
        for entry in bundle["entry"]
        if entry["resource"]["resourceType"] == "Flag" and entry["resource"]["status"] == "inactive"
    ]
    return str(closed[0])


def _references(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "reference" and isinstance(inner, str):
                yield inner
            else:
                yield from _references(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _references(inner)


def test_since_and_patient_choose_the_visits(
    tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    clinic_with_records(tmp_path, url, capsys)
    later = tmp_path / "later"
    code, _, _ = run(
        ["--db", url, "export", "--format", "fhir", "-o", str(later), "--since", "2026-11-21"],
        capsys,
    )
    assert code == 0
    assert sorted(path.name for path in later.iterdir()) == ["2.fhir.json"]
    theirs = tmp_path / "theirs"
    code, _, _ = run(
        ["--db", url, "export", "--format", "fhir", "-o", str(theirs), "--patient", "P-1"], capsys
    )
    assert code == 0
    assert sorted(path.name for path in theirs.iterdir()) == ["1.fhir.json"]


def test_the_exported_response_imports_back_as_the_same_answers(
    tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    clinic_with_records(tmp_path, url, capsys)
    folder = tmp_path / "out"
    assert run(["--db", url, "export", "--format", "fhir", "-o", str(folder)], capsys)[0] == 0
    (response,) = resources(bundles_in(folder)["2.fhir.json"], "QuestionnaireResponse")
    answers = write_json(tmp_path / "response.json", response)
    code, _, err = run(["--db", url, "import-response", str(answers)], capsys)
    assert (code, err) == (0, "")
    opened = open_database(url)
    try:
        (waiting,) = patient_entries.waiting_entries(opened)
        stored = patient_entries.entry(opened, waiting.entry_id).document
        original = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
        assert parse_intake(stored) == parse_intake(original)
    finally:
        opened.close()
