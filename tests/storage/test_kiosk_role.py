"""The kiosk's PostgreSQL role (issue 20, security.md): connected as that role, the kiosk's
own calls work (the schema check, the consent text, the PIN, adding an entry with its
desk alert and audit events) and reading any record is refused by the server itself."""

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from clinic_app.services import desk_alerts, intakes, kiosk_settings, patient_entries
from clinic_app.services.actor import Actor
from clinic_app.services.kiosk_settings import PinGuard
from clinic_app.storage.database import Database, open_database
from clinic_app.storage.kiosk_role import kiosk_role_sql, kiosk_role_statements
from storage.patient_entry_helpers import ADMIN, KIOSK, STARTED, patients_answers, png_signature

_numbers = itertools.count()
UNREADABLE = (
    "SELECT * FROM patients",
    "SELECT id FROM patients",
    "SELECT * FROM intakes",
    "SELECT * FROM users",
    "SELECT password_hash FROM users",
    "SELECT * FROM patient_entries",
    "SELECT id FROM patient_entries",
    "SELECT * FROM patient_entry_checks",
    "SELECT * FROM desk_alerts",
    "SELECT * FROM audit_events",
    "SELECT logo FROM clinic_settings",
    "SELECT * FROM flags",
    "SELECT * FROM handouts",
)
UNCHANGEABLE = (
    "UPDATE desk_alerts SET acknowledged_by = 'kiosk'",
    "DELETE FROM desk_alerts",
    "UPDATE kiosk_pin SET pin_hash = NULL",
    "INSERT INTO patients (first_name) VALUES ('x')",
    "INSERT INTO consent_texts (language, version, text, created_at, created_by)"
    " VALUES ('en', 9, 'x', now(), 'kiosk')",
)


@pytest.fixture
def kiosk_url(database_url: str, database: Database) -> Iterator[str]:
    """The URL of `database` for a new kiosk role made by kiosk_role_statements."""
    role = f"clinic_kiosk_{os.getpid()}_{next(_numbers)}"
    with database.engine.begin() as connection:
        for statement in kiosk_role_statements(role):
            connection.execute(text(statement))
        for statement in kiosk_role_statements(role):  # a second run does no harm
            connection.execute(text(statement))
    try:
        yield (
            make_url(database_url)
            .set(username=role, password=None)
            .render_as_string(hide_password=False)
        )
    finally:
        owner = create_engine(database_url, isolation_level="AUTOCOMMIT")
        with owner.connect() as connection:
            connection.execute(text(f"DROP OWNED BY {role}"))
            connection.execute(text(f"DROP ROLE {role}"))
        owner.dispose()


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_the_kiosk_role_adds_an_entry_and_reads_no_record(
    database: Database, kiosk_url: str, desk: Actor
) -> None:
    registered = intakes.submit(database, desk, patients_answers()).intake_id
    agreed = kiosk_settings.publish_consent(database, ADMIN, "en", "I agree.").consent_text_id
    kiosk_settings.set_kiosk_pin(database, ADMIN, "2468")

    kiosk = open_database(kiosk_url)  # the schema check reads alembic_version
    try:
        consent = kiosk_settings.current_consent(kiosk, "en")
        assert consent is not None
        assert consent.consent_text_id == agreed
        built_in = kiosk_settings.current_consent(kiosk, "zh-Hans")  # no set-up needed
        assert built_in is not None
        assert built_in.created_by == "built-in"
        guard = PinGuard(KIOSK)
        assert not guard.verify(kiosk, "1357")  # the failure's audit event is written
        assert guard.verify(kiosk, "2468")
        added = patient_entries.add_entry(
            kiosk,
            source=KIOSK,
            language="en",
            document=patients_answers({"symptoms.foot_colour": "pale"}),
            finished=True,
            started_at=STARTED,
            consent_text_id=agreed,
            signature=png_signature(),
        )
        assert added.alerted == ("emergency",)
        with pytest.raises(DBAPIError, match="permission denied"):
            patient_entries.waiting_entries(kiosk)
        with pytest.raises(DBAPIError, match="permission denied"):
            intakes.get_intake(kiosk, registered)
        for statement in UNREADABLE + UNCHANGEABLE:
            with pytest.raises(DBAPIError, match="permission denied"), kiosk.reading() as session:
                session.execute(text(statement))
    finally:
        kiosk.close()

    # The desk sees what the kiosk added, and its alert naming the kiosk.
    [waiting] = patient_entries.waiting_entries(database)
    assert (waiting.entry_id, waiting.source, waiting.alert) == (added.entry_id, KIOSK, "emergency")
    [alert] = desk_alerts.open_alerts(database)
    assert (alert.patient, alert.entry_id, alert.source) == ("Rosa Delgado", added.entry_id, KIOSK)


def test_the_role_sql_for_the_readme_is_the_statements_in_order() -> None:
    script = kiosk_role_sql("clinic_kiosk")
    assert script.splitlines() == [f"{line};" for line in kiosk_role_statements("clinic_kiosk")]
    assert "GRANT SELECT ON patients" not in script
    with pytest.raises(ValueError, match="kiosk role 'Kiosk; DROP"):
        kiosk_role_statements("Kiosk; DROP TABLE patients")


def test_the_readme_gives_exactly_the_role_sql() -> None:
    """The README's block is what a clinic copies: it must be the statements the test ran."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("**A database role for a waiting-room kiosk.**", 1)[1]
    block = section.split("```sql\n", 1)[1].split("```", 1)[0]
    assert block.strip() == kiosk_role_sql("clinic_kiosk").strip()
