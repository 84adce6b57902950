"""Languages on record (migration 0006), on SQLite and PostgreSQL: the patient's language as
the intakes gave it, the clinic's two language settings, and the language each printout of
a stored record is chosen in (languages.md, "Who reads what").
"""

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from follow_up_documents import follow_up_document
from intake_documents import document
from language_files import every_language_printable
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from clinic_app.handouts import followup_sheet
from clinic_app.handouts.followup_content import FollowUpSheet
from clinic_app.services import clinic_settings, followups, handouts, intakes, patients, reviews
from clinic_app.services import users as accounts
from clinic_app.services.actor import Actor
from clinic_app.services.transfer import export_documents, import_documents
from clinic_app.storage import migrate
from clinic_app.storage.database import SCHEMA_HEAD, Database, schema_revision
from clinic_app.storage.errors import StorageError
from clinic_app.storage.models import AuditEvent, Patient

ADMIN = Actor(name="admin", role="admin")
MAYA: dict[str, object] = {
    "patient.first_name": "Maya",
    "patient.last_name": "Okafor",
    "patient.date_of_birth": "1990-05-01",
    "patient.clinic_number": "P-10442",
}
BEFORE = "0005"
"""The revision 0006 follows."""


def migrate_to(database: Database, revision: str) -> None:
    config = migrate._config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        if revision == SCHEMA_HEAD:
            command.upgrade(config, revision)
        else:
            command.downgrade(config, revision)


def columns(database: Database, table: str) -> set[str]:
    with database.engine.connect() as connection:
        if database.engine.dialect.name == "sqlite":
            rows = connection.execute(text(f"PRAGMA table_info({table})"))
            return {row[1] for row in rows}
        rows = connection.execute(
            text("SELECT column_name FROM information_schema.columns WHERE table_name = :t"),
            {"t": table},
        )
        return {row[0] for row in rows}


def language_on_record(database: Database, patient_id: int) -> str | None:
    with database.reading() as session:
        return session.scalars(select(Patient.language).where(Patient.id == patient_id)).one()


def submit(database: Database, desk: Actor, **overrides: object) -> intakes.Submitted:
    return intakes.submit(database, desk, document({**MAYA, **overrides}))


def set_languages(database: Database, *, patient: str = "en", letters: str = "en") -> None:
    details = clinic_settings.load(database)
    clinic_settings.save(
        database,
        ADMIN,
        dataclasses.replace(details, default_patient_language=patient, letter_language=letters),
    )


# --- migration 0006 ---------------------------------------------------------------------------


def test_an_upgrade_keeps_every_record_and_asks_nobody_s_language(
    database: Database, desk: Actor
) -> None:
    first = submit(database, desk)
    other = submit(database, desk, **{"patient.first_name": "Ines", "patient.clinic_number": None})
    details = clinic_settings.load(database)
    clinic_settings.save(database, ADMIN, dataclasses.replace(details, clinic_name="Stride"))
    migrate_to(database, BEFORE)
    assert schema_revision(database) == BEFORE
    assert "language" not in columns(database, "patients")
    assert not {"default_patient_language", "letter_language"} & columns(
        database, "clinic_settings"
    )

    migrate_to(database, SCHEMA_HEAD)

    assert schema_revision(database) == SCHEMA_HEAD
    for submitted in (first, other):
        assert language_on_record(database, submitted.patient.patient.id) is None
    kept = clinic_settings.load(database)
    assert (kept.clinic_name, kept.default_patient_language, kept.letter_language) == (
        "Stride",
        "en",
        "en",
    )
    with database.reading() as session:
        assert session.scalar(text("SELECT count(*) FROM patients")) == 2
        assert session.scalar(text("SELECT count(*) FROM intakes")) == 2


def test_a_downgrade_drops_the_languages_and_keeps_the_rest(
    database: Database, desk: Actor
) -> None:
    submitted = submit(database, desk, **{"patient.language": "es"})
    set_languages(database, patient="zh-Hans", letters="es")
    handouts.record_handout(
        database, desk, submitted.intake_id, b"%PDF-1.4 sheet", kind="care_sheet", paper="a4"
    )

    migrate_to(database, BEFORE)

    assert "language" not in columns(database, "patients")
    with database.engine.connect() as connection:
        patient = connection.execute(text("SELECT first_name, clinic_number FROM patients")).one()
        handed = connection.execute(text("SELECT count(*) FROM handouts")).scalar()
    assert tuple(patient) == ("Maya", "P-10442")
    assert handed == 1
    # In place, so the triggers that keep handouts append-only are still there.
    with pytest.raises(DBAPIError, match="append-only"), database.writing() as session:
        session.execute(text("DELETE FROM handouts"))

    migrate_to(database, SCHEMA_HEAD)  # and up again: the language was not kept, as said
    assert language_on_record(database, submitted.patient.patient.id) is None
    assert clinic_settings.load(database).default_patient_language == "en"


# --- the patient's language on their record ---------------------------------------------------


def test_an_intake_keeps_the_patients_language_and_a_later_one_changes_it(
    database: Database, desk: Actor
) -> None:
    first = submit(database, desk, **{"patient.language": "es"})
    patient_id = first.patient.patient.id
    assert first.patient.created
    assert language_on_record(database, patient_id) == "es"

    unsaid = submit(database, desk, visit_date="2026-11-27")  # not asked this time
    assert unsaid.patient.patient.id == patient_id
    assert language_on_record(database, patient_id) == "es"
    assert unsaid.patient.patient.version == first.patient.patient.version

    changed = submit(database, desk, visit_date="2026-12-04", **{"patient.language": "zh-Hans"})
    assert changed.patient.patient.id == patient_id
    assert language_on_record(database, patient_id) == "zh-Hans"
    assert changed.patient.patient.version == first.patient.patient.version + 1
    with database.reading() as session:
        updates = session.execute(
            select(AuditEvent.action, AuditEvent.record_id, AuditEvent.detail).where(
                AuditEvent.action == "patient.updated"
            )
        ).all()
    assert [tuple(update) for update in updates] == [("patient.updated", patient_id, "language")]


def test_a_patient_never_asked_has_no_language_and_starts_an_intake_without_one(
    database: Database, desk: Actor
) -> None:
    unasked = submit(database, desk)
    assert language_on_record(database, unasked.patient.patient.id) is None
    assert "language" not in patients.patient_section(database, unasked.patient.patient.id)

    asked = submit(database, desk, **{"patient.language": "zh-Hans"})
    section = patients.patient_section(database, asked.patient.patient.id)
    assert section["language"] == "zh-Hans"


def test_a_registered_patient_keeps_the_language_the_desk_gave(database: Database) -> None:
    details = patients.parse_patient(
        {"first_name": "Ana", "last_name": "Ruiz", "date_of_birth": "1988-04-02", "language": "es"}
    )
    registered = patients.register_patient(database, ADMIN, details)
    assert language_on_record(database, registered.patient.id) == "es"
    problems = patients.validate_patient(
        {"first_name": "Ana", "last_name": "Ruiz", "date_of_birth": "1988-04-02", "language": "fr"}
    )
    assert [problem.path for problem in problems] == ["patient.language"]


def test_import_then_export_gives_the_field_back_exactly_where_it_was_given(
    database: Database, desk: Actor, tmp_path: Path
) -> None:
    given = [
        document({**MAYA, "patient.language": "zh-Hans"}),
        document({"patient.first_name": "Dora", "visit_date": "2026-11-21"}),
    ]
    files = []
    for number, value in enumerate(given):
        files.append(tmp_path / "in" / f"{number}.json")
        files[-1].parent.mkdir(exist_ok=True)
        files[-1].write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    imported = import_documents(database, desk, map(str, files))

    written = export_documents(database, desk, tmp_path / "out")

    again = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(written)]
    assert [json.dumps(value) for value in again] == [json.dumps(value) for value in given]
    assert "language" not in again[1]["patient"]
    with database.reading() as session:
        kept = session.scalars(select(Patient.language).order_by(Patient.id)).all()
    assert list(kept) == ["zh-Hans", None]
    assert len(imported.intake_ids) == 2


# --- the clinic's settings ---------------------------------------------------------------------


def test_the_clinics_languages_are_saved_and_read_back(database: Database) -> None:
    assert clinic_settings.load(database).default_patient_language == "en"
    assert clinic_settings.load(database).letter_language == "en"
    set_languages(database, patient="es", letters="zh-Hans")
    read = clinic_settings.load(database)
    assert (read.default_patient_language, read.letter_language) == ("es", "zh-Hans")
    assert read.letters_in() == "zh-Hans"


@pytest.mark.parametrize(
    ("setting", "words"),
    [("default_patient_language", "default patient language"), ("letter_language", "letter")],
)
@pytest.mark.parametrize("tag", ["fr", "ES", ""])
def test_an_unknown_language_setting_is_refused_naming_it_and_the_known_tags(
    database: Database, setting: str, words: str, tag: str
) -> None:
    details = clinic_settings.load(database)
    changed: dict[str, Any] = {setting: tag}
    with pytest.raises(StorageError, match=f"the {words}.*use one of en, es, zh-Hans"):
        clinic_settings.save(database, ADMIN, dataclasses.replace(details, **changed))
    assert clinic_settings.load(database) == details  # nothing half-saved


# --- the language of each printout ------------------------------------------------------------


def test_the_care_sheet_is_in_the_intakes_else_the_records_else_the_clinics_language(
    database: Database, desk: Actor, request: pytest.FixtureRequest
) -> None:
    every_language_printable(request)
    asked = submit(database, desk, **{"patient.language": "es"})
    assert handouts.care_sheet_for(database, asked.intake_id).language == "es"

    # A later intake that does not say: the language on the patient's record.
    unsaid = submit(database, desk, visit_date="2026-11-27")
    set_languages(database, patient="zh-Hans")
    assert handouts.care_sheet_for(database, unsaid.intake_id).language == "es"

    # Someone never asked: the clinic's default.
    other = submit(database, desk, **{"patient.first_name": "Ines", "patient.clinic_number": None})
    sheet = handouts.care_sheet_for(database, other.intake_id)
    assert sheet.language == "zh-Hans"
    assert sheet.pdf.startswith(b"%PDF-")


def test_the_follow_up_sheet_is_in_the_patients_language(
    database: Database,
    desk: Actor,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    every_language_printable(request)
    set_languages(database, patient="zh-Hans")
    submit(database, desk, **{"patient.language": "es"})
    visit = followups.submit_follow_up(database, desk, follow_up_document(MAYA))
    built: list[FollowUpSheet] = []
    build = followup_sheet.build_followup_sheet

    def keeping(*args: Any, **kwargs: Any) -> FollowUpSheet:
        built.append(build(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(followup_sheet, "build_followup_sheet", keeping)

    assert followups.followup_sheet_for(database, visit.followup_id).pdf.startswith(b"%PDF-")
    assert [sheet.language for sheet in built] == ["es"]


def test_the_referral_letter_is_in_the_clinics_letter_language(
    database: Database, desk: Actor, request: pytest.FixtureRequest
) -> None:
    every_language_printable(request)
    set_languages(database, patient="zh-Hans", letters="es")
    submitted = submit(
        database, desk, **{"patient.language": "zh-Hans", "symptoms.weight_bearing": "unable"}
    )
    doctor = accounts.create_user(
        database,
        ADMIN,
        username="dr-lee",
        display_name="Dr Lee",
        role="clinician",
        password="correct horse battery",
    ).actor()
    decided = reviews.record_decision(
        database,
        doctor,
        submitted.intake_id,
        decision="refer",
        destination="podiatrist",
        urgency="soon",
        reason="needs an X-ray",
    )

    letter = reviews.referral_letter_for(database, doctor, submitted.intake_id, decided.id)

    assert letter.language == "es"  # the clinic's letter language, not the patient's
    assert letter.pdf.startswith(b"%PDF-")
