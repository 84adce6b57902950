"""Patients' own entries (issue 20) through the services, on SQLite and PostgreSQL: kept as
received, empty or unsigned ones refused with nothing stored, the desk's alert at once for
an emergency naming the kiosk, and the desk's check (check in with corrections, or discard
with a reason), all audited and append-only in the database itself."""

import threading
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from clinic_app.intake import IntakeInvalid
from clinic_app.services import audit, desk_alerts, intakes, patient_entries
from clinic_app.services.actor import Actor
from clinic_app.services.patient_entries import (
    Correction,
    EntryAlreadyChecked,
    EntryRefused,
)
from clinic_app.storage.database import Database
from clinic_app.storage.errors import NotAllowed
from storage.patient_entry_helpers import (
    KIOSK,
    STARTED,
    consent,
    count,
    finished_entry,
    patients_answers,
    png_signature,
)

PALE: dict[str, object] = {"symptoms.foot_colour": "pale"}
"""An emergency (circulation_compromise) on the patient's own answers."""


def test_a_finished_entry_is_kept_as_received_and_waits_for_the_desk(
    database: Database,
) -> None:
    added = finished_entry(database, language="es")
    assert (added.finished, added.alerted) == (True, ())

    stored = patient_entries.entry(database, added.entry_id)
    assert stored.document == patients_answers()
    assert (stored.source, stored.language, stored.finished) == (KIOSK, "es", True)
    assert stored.consent_version == 2  # the clinic's own, after the built-in version 1
    assert stored.signature == png_signature()
    assert stored.started_at == STARTED
    assert stored.received_at >= STARTED
    assert stored.check is None

    [waiting] = patient_entries.waiting_entries(database)
    assert (waiting.entry_id, waiting.source, waiting.patient, waiting.date_of_birth) == (
        added.entry_id,
        KIOSK,
        "Rosa Delgado",
        "1990-05-01",
    )
    assert waiting.alert is None
    # Never an intake by itself: nothing is submitted, queued or registered.
    assert (count(database, "intakes"), count(database, "patients")) == (0, 0)
    [event] = audit.events(database, action="patient_entry.added")
    assert (event.actor, event.record_id, event.detail) == (
        f"kiosk {KIOSK}",
        added.entry_id,
        "finished",
    )


def test_an_emergency_on_an_entry_alerts_the_desk_at_once_naming_the_kiosk(
    database: Database,
) -> None:
    added = finished_entry(database, PALE)
    assert added.alerted == ("emergency",)

    [alert] = desk_alerts.open_alerts(database)
    assert (alert.entry_id, alert.intake_id, alert.urgency) == (added.entry_id, None, "emergency")
    assert alert.rule_ids == ("circulation_compromise",)
    assert (alert.patient, alert.source) == ("Rosa Delgado", KIOSK)
    assert (alert.intake_id, alert.entry_id) == (None, added.entry_id)
    assert alert.raised_by == f"kiosk {KIOSK}"
    [waiting] = patient_entries.waiting_entries(database)
    assert waiting.alert == "emergency"
    # The trail names ids and rule codes, never the patient.
    for event in audit.events(database):
        assert "Rosa" not in event.detail
        assert "Delgado" not in event.detail


@pytest.mark.parametrize(
    ("overrides", "says"),
    [
        ({"patient.first_name": "", "patient.last_name": " "}, "gives no name"),
        ({"patient.date_of_birth": ""}, "gives no date of birth"),
    ],
)
def test_an_entry_without_a_name_or_a_date_of_birth_is_refused(
    database: Database, overrides: dict[str, object], says: str
) -> None:
    with pytest.raises(EntryRefused, match=f"entry from {KIOSK} is empty: it {says}"):
        finished_entry(database, overrides)
    assert count(database, "patient_entries") == 0


def test_an_entry_with_no_answers_is_refused_and_nothing_is_stored(database: Database) -> None:
    untouched = {
        "format": "clinic-intake/1",
        "patient": {"first_name": "Rosa", "last_name": "Delgado", "date_of_birth": "1990-05-01"},
        "running": {"cross_training": False, "surfaces": []},
        "symptoms": {"night_pain": False, "locations": []},
    }
    with pytest.raises(EntryRefused, match="none of the questions is answered"):
        patient_entries.add_entry(
            database,
            source=KIOSK,
            language="en",
            document=untouched,
            finished=False,
            started_at=STARTED,
        )
    assert count(database, "patient_entries") == 0
    assert count(database, "audit_events") == 0


def test_a_finished_entry_needs_the_consent_and_a_signature(database: Database) -> None:
    agreed = consent(database)
    for consent_text_id, signature, says in [
        (agreed, None, "is finished but not signed"),
        (agreed, b"", "is finished but not signed"),
        (None, png_signature(), "names no consent text"),
        (agreed, b"GIF89a not a png", "the signature is not a PNG image"),
        (agreed + 99, png_signature(), f"consent text {agreed + 99} does not exist"),
    ]:
        with pytest.raises(EntryRefused, match=says):
            patient_entries.add_entry(
                database,
                source=KIOSK,
                language="en",
                document=patients_answers(PALE),
                finished=True,
                started_at=STARTED,
                consent_text_id=consent_text_id,
                signature=signature,
            )
    # Nothing half-saved: no entry, and no alert for the emergency on the refused ones.
    assert count(database, "patient_entries") == 0
    assert desk_alerts.open_alerts(database) == []


def test_an_entry_a_staff_member_brings_in_needs_no_kiosk_signature(database: Database) -> None:
    """A portal's answers (source "fhir") were consented to where the patient gave them:
    the desk member who imports them is named instead, and the entry still waits."""
    desk = Actor("Dana Desk", "front_desk")
    added = patient_entries.add_entry(
        database,
        source="fhir",
        language="es",
        document=patients_answers(),
        finished=True,
        started_at=STARTED,
        received_by=desk,
    )
    assert added.finished  # the patient completed it on the portal
    waiting = patient_entries.waiting_entries(database)
    assert [entry.entry_id for entry in waiting] == [added.entry_id]
    assert waiting[0].finished
    stored = patient_entries.entry(database, added.entry_id)
    assert stored.finished
    assert stored.signature is None
    assert stored.consent_text_id is None
    trail = [event for event in audit.events(database) if event.action == "patient_entry.added"]
    assert [event.actor for event in trail] == ["Dana Desk"]
    assert "brought in from fhir" in trail[0].detail
    # The kiosk's rule is unchanged: without a staff member, a finished entry needs both.
    with pytest.raises(EntryRefused, match="names no consent text"):
        patient_entries.add_entry(
            database,
            source="fhir",
            language="en",
            document=patients_answers(),
            finished=True,
            started_at=STARTED,
        )


def test_the_database_itself_refuses_a_finished_unsigned_entry_nobody_brought_in(
    database: Database,
) -> None:
    """The service's rule is the schema's too (0009): a finished entry is signed at the
    kiosk, or names who brought it in; a forged kiosk row is refused by the database."""
    row = {
        "source": "Waiting room",
        "language": "en",
        "document": "{}",
        "started": STARTED,
        "received": STARTED,
    }
    insert = (
        "INSERT INTO patient_entries (source, language, document, finished, started_at, "
        "received_at, brought_in_by) VALUES (:source, :language, :document, :finished, "
        ":started, :received, :by)"
    )
    with pytest.raises(IntegrityError), database.writing() as session:
        session.execute(text(insert), {**row, "finished": True, "by": None})
    with database.writing() as session:
        session.execute(text(insert), {**row, "finished": True, "by": "Dana Desk"})
        session.execute(text(insert), {**row, "finished": False, "by": None})
    assert count(database, "patient_entries") == 2


def test_a_batch_of_entries_is_kept_whole_or_not_at_all(database: Database) -> None:
    desk = Actor("Dana Desk", "front_desk")
    good = patient_entries.EntryToAdd("fhir", "en", patients_answers(), True, STARTED)
    empty = patient_entries.EntryToAdd("fhir", "en", {"format": "clinic-intake/1"}, True, STARTED)
    with pytest.raises(EntryRefused, match="is empty"):
        patient_entries.add_entries(database, [good, empty], received_by=desk)
    assert count(database, "patient_entries") == 0
    added = patient_entries.add_entries(database, [good, good], received_by=desk)
    assert len({entry.entry_id for entry in added}) == 2
    assert count(database, "patient_entries") == 2


def test_a_consent_in_another_language_is_refused(database: Database) -> None:
    spanish = consent(database, "es")
    with pytest.raises(EntryRefused, match=f"consent text {spanish} is in es, the entry in en"):
        patient_entries.add_entry(
            database,
            source=KIOSK,
            language="en",
            document=patients_answers(),
            finished=True,
            started_at=STARTED,
            consent_text_id=spanish,
            signature=png_signature(),
        )


def test_an_idle_reset_keeps_the_entry_unfinished_for_the_desk(database: Database) -> None:
    partial = patients_answers()
    del partial["symptoms"]  # the patient walked away on the running step
    added = patient_entries.add_entry(
        database,
        source=KIOSK,
        language="zh-Hans",
        document=partial,
        finished=False,
        started_at=STARTED,
    )
    stored = patient_entries.entry(database, added.entry_id)
    assert (stored.finished, stored.signature, stored.consent_text_id) == (False, None, None)
    assert stored.document == partial
    [waiting] = patient_entries.waiting_entries(database)
    assert (waiting.entry_id, waiting.finished, waiting.language) == (
        added.entry_id,
        False,
        "zh-Hans",
    )
    [event] = audit.events(database, action="patient_entry.added")
    assert event.detail == "unfinished (idle reset)"


def test_waiting_entries_are_newest_first(database: Database) -> None:
    first = finished_entry(database).entry_id
    second = finished_entry(database, {"patient.first_name": "Ana"}).entry_id
    assert [row.entry_id for row in patient_entries.waiting_entries(database)] == [second, first]


def test_entries_and_the_desks_checks_are_append_only_in_the_database(
    database: Database, desk: Actor
) -> None:
    kept = finished_entry(database).entry_id
    patient_entries.discard_entry(database, desk, kept, "A test by the clinic's staff")
    for statement in (
        "UPDATE patient_entries SET source = 'elsewhere'",
        "DELETE FROM patient_entries",
        "UPDATE patient_entry_checks SET reason = 'other'",
        "DELETE FROM patient_entry_checks",
        "UPDATE consent_texts SET text = 'other words'",
        "DELETE FROM consent_texts",
    ):
        with pytest.raises(DBAPIError, match="append-only"), database.writing() as session:
            session.execute(text(statement))
    assert patient_entries.entry(database, kept).source == KIOSK


def test_discarding_needs_a_reason_and_happens_once(database: Database, desk: Actor) -> None:
    entry_id = finished_entry(database).entry_id
    with pytest.raises(EntryRefused, match="say why it is discarded"):
        patient_entries.discard_entry(database, desk, entry_id, "  ")
    assert count(database, "patient_entry_checks") == 0

    check = patient_entries.discard_entry(database, desk, entry_id, "Entered twice by mistake")
    assert (check.outcome, check.reason, check.checked_by) == (
        "discarded",
        "Entered twice by mistake",
        "desk",
    )
    assert patient_entries.waiting_entries(database) == []
    assert patient_entries.entry(database, entry_id).check == check
    with pytest.raises(
        EntryAlreadyChecked, match=f"patient entry {entry_id} was discarded by desk"
    ):
        patient_entries.discard_entry(database, desk, entry_id, "again")
    [event] = audit.events(database, action="patient_entry.discarded")
    assert (event.actor, event.record_id) == ("desk", entry_id)


def test_checking_in_submits_the_intake_and_keeps_each_correction(
    database: Database, desk: Actor
) -> None:
    entry_id = finished_entry(database, PALE).entry_id
    [entry_alert] = desk_alerts.open_alerts(database)
    corrected = patients_answers(
        {**PALE, "symptoms.pain_now": 5, "patient.last_name": "Delgado Ruiz"}
    )

    checked = patient_entries.check_in_entry(database, desk, entry_id, corrected, None)

    assert checked.corrections == (
        Correction("patient.last_name", "Delgado", "Delgado Ruiz"),
        Correction("symptoms.pain_now", 2, 5),
    )
    intake = intakes.get_intake(database, checked.submitted.intake_id)
    assert (intake.status, intake.document) == ("submitted", corrected)
    assert intake.review_status == "unreviewed"  # the emergency is in the clinicians' queue
    assert checked.submitted.patient.created
    # The entry's alert now belongs to the intake, which does not alert a second time.
    [alert] = desk_alerts.open_alerts(database)
    assert (alert.alert_id, alert.intake_id, alert.entry_id) == (
        entry_alert.alert_id,
        intake.intake_id,
        entry_id,
    )
    assert (alert.patient, alert.source) == ("Rosa Delgado Ruiz", KIOSK)
    check = patient_entries.check_of_intake(database, intake.intake_id)
    assert check is not None
    assert (check.outcome, check.corrections) == ("checked_in", checked.corrections)
    assert patient_entries.entry(database, entry_id).check == check
    assert patient_entries.waiting_entries(database) == []
    [event] = audit.events(database, action="patient_entry.checked_in")
    assert event.detail == f"intake {intake.intake_id}; 2 correction(s)"
    with pytest.raises(EntryAlreadyChecked, match=f"checked in as intake {intake.intake_id}"):
        patient_entries.check_in_entry(database, desk, entry_id, corrected, None)


def test_checking_in_to_a_matched_patient_records_their_identity(
    database: Database, desk: Actor
) -> None:
    known = intakes.submit(
        database, desk, patients_answers({"patient.first_name": "Rosalía"})
    ).patient.patient
    entry_id = finished_entry(database).entry_id  # typed "Rosa"

    match = patient_entries.likely_duplicates(database, entry_id)
    assert match.registered is None
    assert [row.id for row in match.likely_duplicates] == [known.id]

    checked = patient_entries.check_in_entry(database, desk, entry_id, patients_answers(), known.id)
    assert checked.submitted.patient.patient.id == known.id
    assert not checked.submitted.patient.created
    assert checked.corrections == (Correction("patient.first_name", "Rosa", "Rosalía"),)
    assert count(database, "patients") == 1


def test_an_invalid_check_in_stores_nothing(database: Database, desk: Actor) -> None:
    entry_id = finished_entry(database, PALE).entry_id
    broken = patients_answers({"symptoms.pain_now": 14})
    with pytest.raises(IntakeInvalid, match=r"symptoms\.pain_now"):
        patient_entries.check_in_entry(database, desk, entry_id, broken, None)
    assert (count(database, "intakes"), count(database, "patient_entry_checks")) == (0, 0)
    [waiting] = patient_entries.waiting_entries(database)
    assert waiting.entry_id == entry_id
    [alert] = desk_alerts.open_alerts(database)
    assert alert.intake_id is None


def test_only_staff_check_entries(database: Database) -> None:
    entry_id = finished_entry(database).entry_id
    stranger = Actor(name="kiosk", role="kiosk")
    with pytest.raises(NotAllowed):
        patient_entries.discard_entry(database, stranger, entry_id, "no")
    with pytest.raises(NotAllowed):
        patient_entries.check_in_entry(database, stranger, entry_id, patients_answers(), None)


def test_an_acknowledged_entry_alert_stays_acknowledged_after_check_in(
    database: Database, desk: Actor
) -> None:
    entry_id = finished_entry(database, PALE).entry_id
    [alert] = desk_alerts.open_alerts(database)
    desk_alerts.acknowledge(database, desk, alert.alert_id)
    [acknowledged] = audit.events(database, action="desk_alert.acknowledged")
    assert acknowledged.detail == f"patient entry {entry_id}; emergency"
    patient_entries.check_in_entry(database, desk, entry_id, patients_answers(PALE), None)
    assert desk_alerts.open_alerts(database) == []


def test_entry_times_must_carry_a_zone(database: Database) -> None:
    with pytest.raises(EntryRefused, match="time zone"):
        patient_entries.add_entry(
            database,
            source=KIOSK,
            language="en",
            document=patients_answers(),
            finished=False,
            started_at=STARTED.replace(tzinfo=None) - timedelta(minutes=1),
        )


def test_the_trail_words_every_patient_entry_action(database: Database, desk: Actor) -> None:
    entry_id = finished_entry(database).entry_id
    patient_entries.discard_entry(database, desk, entry_id, "Entered twice")
    worded = {
        event.action: audit.describe_action(event.action)
        for event in audit.events(database)
        if event.record_type in ("patient_entry", "consent_text")
    }
    assert worded == {
        "consent.published": "Published a consent text",
        "patient_entry.added": "Patient's own entry received",
        "patient_entry.discarded": "Discarded a patient's entry",
    }
    assert audit.describe_record("patient_entry", entry_id) == f"Patient entry {entry_id}"


def test_opening_an_entry_at_the_desk_is_audited(database: Database, desk: Actor) -> None:
    entry_id = finished_entry(database).entry_id
    assert patient_entries.entry(database, entry_id).entry_id == entry_id
    assert audit.events(database, action="patient_entry.viewed") == []
    patient_entries.entry(database, entry_id, opened_by=desk)
    [viewed] = audit.events(database, action="patient_entry.viewed")
    assert (viewed.actor, viewed.record_id) == ("desk", entry_id)
    assert audit.describe_action(viewed.action) == "Opened a patient's entry"


def test_answers_that_cannot_be_stored_are_refused_in_words(database: Database) -> None:
    for answers, says in [
        (patients_answers({"notes": float("nan")}), "the answers cannot be stored"),
        (patients_answers({"notes": "x" * 200_001}), "at most 200000 are kept"),
    ]:
        with pytest.raises(EntryRefused, match=says):
            patient_entries.add_entry(
                database,
                source=KIOSK,
                language="en",
                document=answers,
                finished=False,
                started_at=STARTED,
            )
    assert count(database, "patient_entries") == 0


def test_likely_duplicates_of_an_unreadable_birth_date_say_where(database: Database) -> None:
    entry_id = patient_entries.add_entry(
        database,
        source=KIOSK,
        language="en",
        document=patients_answers({"patient.date_of_birth": "31/02/1990"}),
        finished=False,
        started_at=STARTED,
    ).entry_id
    with pytest.raises(IntakeInvalid, match=r"patient\.date_of_birth"):
        patient_entries.likely_duplicates(database, entry_id)


def test_a_form_brought_in_by_staff_names_them_on_the_trail(
    database: Database, desk: Actor
) -> None:
    added = patient_entries.add_entry(
        database,
        source="fhir",
        language="en",
        document=patients_answers(PALE),
        finished=False,
        started_at=STARTED,
        received_by=desk,
    )
    [event] = audit.events(database, action="patient_entry.added")
    assert (event.actor, event.record_id) == ("desk", added.entry_id)
    [alert] = desk_alerts.open_alerts(database)
    assert (alert.raised_by, alert.entry_id, alert.source) == ("desk", added.entry_id, "fhir")


def test_two_desks_checking_in_one_entry_at_once_make_one_intake(
    database: Database, desk: Actor
) -> None:
    entry_id = finished_entry(database).entry_id
    start = threading.Barrier(2)
    outcomes: list[object] = []

    def check_in(name: str) -> None:
        start.wait()
        try:
            outcomes.append(
                patient_entries.check_in_entry(
                    database, Actor(name, "front_desk"), entry_id, patients_answers(), None
                ).submitted.intake_id
            )
        except EntryAlreadyChecked as refused:
            outcomes.append(refused)

    desks = [threading.Thread(target=check_in, args=(name,)) for name in ("desk-a", "desk-b")]
    for thread in desks:
        thread.start()
    for thread in desks:
        thread.join(timeout=30)
    [intake_id] = [outcome for outcome in outcomes if isinstance(outcome, int)]
    [refused] = [outcome for outcome in outcomes if isinstance(outcome, EntryAlreadyChecked)]
    assert f"patient entry {entry_id}" in str(refused)
    assert (count(database, "intakes"), count(database, "patient_entry_checks")) == (1, 1)
    check = patient_entries.entry(database, entry_id).check
    assert check is not None
    assert check.intake_id == intake_id


def test_the_entry_of_an_intake_names_where_the_patient_answered(
    database: Database, desk: Actor
) -> None:
    entry_id = finished_entry(database).entry_id
    corrected = patients_answers({"symptoms.pain_now": 6})
    checked = patient_entries.check_in_entry(database, desk, entry_id, corrected, None)
    typed_by_desk = intakes.submit(database, desk, patients_answers()).intake_id

    found = patient_entries.entry_of_intake(database, checked.submitted.intake_id)

    assert found is not None
    assert (found.entry_id, found.source) == (entry_id, KIOSK)
    assert found.check is not None
    assert found.check.corrections == (Correction("symptoms.pain_now", 2, 6),)
    assert patient_entries.entry_of_intake(database, typed_by_desk) is None
    assert audit.events(database, action="patient_entry.viewed") == []
