"""The clinic's emergency number (migration 0003): saved on one workstation and read on
another, on the audit trail, refused in words when a sheet could not print it after "Call",
and carried to the care sheet of a stored emergency intake.
"""

import dataclasses
import io
from functools import partial

import pypdf
import pytest
from intake_documents import document
from sqlalchemy import select

from clinic_app.rules import engine
from clinic_app.services import clinic_settings, intakes
from clinic_app.services.actor import Actor
from clinic_app.services.handouts import care_sheet_for
from clinic_app.storage.database import Database, open_database
from clinic_app.storage.errors import NotAllowed, StorageError
from clinic_app.storage.models import AuditEvent

ADMIN = Actor(name="admin", role="admin")


def test_the_number_saved_on_one_workstation_is_read_on_another(
    database: Database, database_url: str
) -> None:
    assert clinic_settings.load(database).emergency_number == ""  # the default: none given
    details = clinic_settings.load(database)
    saved = clinic_settings.save(
        database, ADMIN, dataclasses.replace(details, emergency_number="+1 (555) 010-0911")
    )
    assert saved.version == details.version + 1
    elsewhere = open_database(database_url)
    try:
        read = clinic_settings.load(elsewhere)
    finally:
        elsewhere.close()
    assert read.emergency_number == "+1 (555) 010-0911"
    assert read.letterhead().emergency_number == "+1 (555) 010-0911"
    assert read == saved

    # Emptied again, the sheet falls back to "your local emergency number".
    clinic_settings.save(database, ADMIN, dataclasses.replace(saved, emergency_number=""))
    assert clinic_settings.load(database).emergency_number == ""


def test_a_change_of_number_is_on_the_audit_trail(database: Database) -> None:
    details = clinic_settings.load(database)
    clinic_settings.save(database, ADMIN, dataclasses.replace(details, emergency_number="999"))
    with database.reading() as session:
        actions = [
            (entry.actor, entry.action, entry.record_type)
            for entry in session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]
    assert actions[-1] == ("admin", "settings.changed", "clinic_settings")


@pytest.mark.parametrize("number", ["999", "112", "911", "000", "+45 112", "(01) 234-5678"])
def test_numbers_a_patient_can_dial_are_kept(database: Database, number: str) -> None:
    details = clinic_settings.load(database)
    clinic_settings.save(database, ADMIN, dataclasses.replace(details, emergency_number=number))
    assert clinic_settings.load(database).emergency_number == number


@pytest.mark.parametrize(
    "number",
    [
        pytest.param("999 or 112", id="words"),
        pytest.param("ext. 4", id="letters"),
        pytest.param("+()-", id="no-digit"),
        pytest.param("1" * 31, id="too-long"),
        pytest.param("999\n112", id="new-line"),
        pytest.param("٩٩٩", id="other-digits"),  # Arabic-Indic: not what a phone dials
    ],
)
def test_a_number_the_sheet_cannot_print_is_refused_naming_the_field(
    database: Database, number: str
) -> None:
    details = clinic_settings.load(database)
    refusal = r"^the emergency number .*: use only digits, spaces and \+ \( \) -"
    with pytest.raises(StorageError, match=refusal):
        clinic_settings.save(database, ADMIN, dataclasses.replace(details, emergency_number=number))
    assert clinic_settings.load(database) == details  # nothing changed


def test_only_an_admin_may_change_the_number(database: Database, desk: Actor) -> None:
    details = clinic_settings.load(database)
    with pytest.raises(NotAllowed):
        clinic_settings.save(database, desk, dataclasses.replace(details, emergency_number="999"))
    assert clinic_settings.load(database).emergency_number == ""


def test_the_stored_number_is_on_the_care_sheet_of_a_stored_emergency_intake(
    database: Database, desk: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the service: the emergency flag as stored (urgency "emergency") is read back
    and printed. The app still assesses new intakes with 2026.1 (engine.RULES_VERSION), so
    this intake is submitted under 2027.1 explicitly."""
    monkeypatch.setattr(intakes, "assess", partial(engine.assess, version="2027.1"))
    submitted = intakes.submit(database, desk, document({"symptoms.foot_colour": "blue"}))
    assert submitted.assessment.highest_urgency == "emergency"
    sheet = care_sheet_for(database, submitted.intake_id).pdf
    assert first_page(sheet).startswith("Get emergency care now")
    assert "Call your local emergency number now" in first_page(sheet)

    details = clinic_settings.load(database)
    clinic_settings.save(database, ADMIN, dataclasses.replace(details, emergency_number="112"))
    first = first_page(care_sheet_for(database, submitted.intake_id).pdf)
    assert first.startswith("Get emergency care now")
    assert "Call 112 now" in first
    assert "your local emergency number" not in first


def first_page(pdf: bytes) -> str:
    return " ".join(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
