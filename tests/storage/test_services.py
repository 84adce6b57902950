"""The services the desk, the queue and the command line share, on both databases."""

from datetime import date, timedelta

import pytest
from intake_documents import document
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from clinic_app.intake import IntakeInvalid, parse_intake
from clinic_app.rules.engine import assess
from clinic_app.services import clinic_settings, handouts, intakes, patients, review_queue, reviews
from clinic_app.services import users as accounts
from clinic_app.services.actor import Actor
from clinic_app.services.review_queue import QueueFilter
from clinic_app.storage.database import Database
from clinic_app.storage.errors import NotAllowed, RecordChanged, StorageError
from clinic_app.storage.models import Assessment, AuditEvent, FlagRecord, Intake, Patient, Review

# Referral flags of each urgency, on top of the quiet baseline document.
URGENT: dict[str, object] = {"symptoms.weight_bearing": "unable"}
SOON: dict[str, object] = {"symptoms.numbness_or_tingling": True}
ADMIN = Actor(name="admin", role="admin")


def count(database: Database, table: type) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def submit(database: Database, desk: Actor, **overrides: object) -> intakes.Submitted:
    return intakes.submit(database, desk, document(dict(overrides)))


def person(
    first: str, last: str, born: str = "1990-05-01", number: str | None = None
) -> dict[str, object]:
    fields: dict[str, object] = {
        "patient.first_name": first,
        "patient.last_name": last,
        "patient.date_of_birth": born,
    }
    if number is not None:
        fields["patient.clinic_number"] = number
    return fields


def clinician(database: Database, username: str = "dr-lee") -> Actor:
    account = accounts.create_user(
        database,
        ADMIN,
        username=username,
        display_name="Dr Lee",
        role="clinician",
        password="correct horse battery",
    )
    return account.actor()


# --- patients -----------------------------------------------------------------------------


def test_a_patient_is_matched_by_clinic_number_before_name(database: Database, desk: Actor) -> None:
    first = submit(database, desk, **person("Maya", "Okafor", number="P-1"))
    # Same clinic number, name typed differently: the same patient.
    again = submit(database, desk, **person("MAYA", "Okafor-Reid", number="P-1"))
    assert first.patient.created
    assert not again.patient.created
    assert again.patient.patient.id == first.patient.patient.id
    assert count(database, Patient) == 1


def test_a_patient_is_matched_by_name_and_birth_date_whatever_the_case_or_accents(
    database: Database, desk: Actor
) -> None:
    first = submit(database, desk, **person("Zoë", "Ångström"))
    again = submit(database, desk, **person("zoe", "ANGSTROM"))
    assert again.patient.patient.id == first.patient.patient.id


def test_a_near_match_is_a_new_patient_with_a_duplicate_warning(
    database: Database, desk: Actor
) -> None:
    first = submit(database, desk, **person("Maya", "Okafor", "1991-03-14", "P-1"))
    other_birthday = submit(database, desk, **person("Maya", "Okafor", "1991-03-15"))
    other_number = submit(database, desk, **person("Maya", "Okafor", "1991-03-14", "P-9"))
    # Someone registered without a number is matched on name and birth date.
    unnumbered = submit(database, desk, **person("Maya", "Okafor", "1991-03-15", "P-5"))
    assert unnumbered.patient.patient.id == other_birthday.patient.patient.id
    assert other_birthday.patient.created
    assert other_number.patient.created
    assert first.patient.patient.id in {p.id for p in other_birthday.patient.likely_duplicates}
    assert first.patient.patient.id in {p.id for p in other_number.patient.likely_duplicates}
    assert first.patient.likely_duplicates == ()


def test_search_finds_name_prefixes_clinic_numbers_and_birth_dates(
    database: Database, desk: Actor
) -> None:
    submit(database, desk, **person("Maya", "Okafor", "1991-03-14", "P-10442"))
    submit(database, desk, **person("Søren", "Okonkwo", "1985-01-02"))
    submit(database, desk, **person("Oksana", "Brown", "1970-07-07"))
    submit(database, desk, **person("Ben", "Smith", "1999-12-31"))

    def names(text: str) -> list[str]:
        return [row.display_name for row in patients.search(database, text)]

    assert names("ok") == ["Brown, Oksana", "Okafor, Maya", "Okonkwo, Søren"]
    assert names("OKA") == ["Okafor, Maya"]
    assert names("soren") == ["Okonkwo, Søren"]
    assert names("P-10442") == ["Okafor, Maya"]
    assert names("1999-12-31") == ["Smith, Ben"]
    assert names("zz") == []
    assert names("   ") == []
    assert len(patients.search(database, "o", limit=2)) == 2


# --- drafts and submission ----------------------------------------------------------------


def test_autosaves_update_one_draft_row_and_submit_turns_it_into_the_intake(
    database: Database, desk: Actor
) -> None:
    partial = {"format": "clinic-intake/1", "patient": {"first_name": "Ma"}}
    saved = intakes.save_draft(database, desk, partial)
    for letters in ("May", "Maya"):
        partial = {"format": "clinic-intake/1", "patient": {"first_name": letters}}
        saved = intakes.save_draft(
            database, desk, partial, intake_id=saved.intake_id, version=saved.version
        )
    assert count(database, Intake) == 1
    assert saved.version == 3
    [draft] = intakes.unfinished_drafts(database)
    assert draft.document["patient"] == {"first_name": "Maya"}

    done = intakes.submit(
        database,
        desk,
        document(URGENT),
        draft_id=saved.intake_id,
        draft_version=saved.version,
    )
    assert done.intake_id == saved.intake_id
    assert count(database, Intake) == 1
    assert intakes.unfinished_drafts(database) == []
    stored = intakes.get_intake(database, done.intake_id)
    assert (stored.status, stored.highest_urgency, stored.review_status) == (
        "submitted",
        "urgent",
        "unreviewed",
    )


def test_an_invalid_submission_saves_nothing(database: Database, desk: Actor) -> None:
    before = count(database, AuditEvent)
    with pytest.raises(IntakeInvalid):
        intakes.submit(database, desk, document({"symptoms.pain_now": 14}))
    assert count(database, Intake) == count(database, Patient) == 0
    assert count(database, AuditEvent) == before


def test_the_flags_are_stored_as_assessed_with_the_rule_set_version(
    database: Database, desk: Actor
) -> None:
    raw = document({**URGENT, **SOON, "running.cross_training": False})
    done = intakes.submit(database, desk, raw)
    expected = assess(parse_intake(raw))
    stored = reviews.flags_of(database, done.intake_id)
    assert [(f.code, f.kind, f.urgency, f.evidence, f.source) for f in stored] == [
        (f.code, f.kind, f.urgency, f.evidence, f.source) for f in expected.flags
    ]
    assert {f.rules_version for f in stored} == {expected.rules_version}
    assert intakes.get_intake(database, done.intake_id).document == raw


def test_submission_uses_the_clinics_own_thresholds(database: Database, desk: Actor) -> None:
    # Pain for five days that is not improving: referred under the default of 3 days.
    raw = document(
        {
            "symptoms.onset_date": "2026-11-15",
            "symptoms.improving": False,
            "running.cross_training": True,
        }
    )
    flagged = intakes.submit(database, desk, raw).assessment
    assert "persistent_pain" in {flag.code for flag in flagged.flags}
    details = clinic_settings.load(database)
    clinic_settings.save(
        database, ADMIN, details.__class__(**{**details.__dict__, "persistent_pain_days": 7})
    )
    calm = intakes.submit(database, desk, raw).assessment
    assert "persistent_pain" not in {flag.code for flag in calm.flags}


def test_the_thresholds_are_stored_as_they_always_were(database: Database, desk: Actor) -> None:
    # Every assessment in a clinic's database carries this text; a care sheet printed
    # again reads it back, so the stored shape must not move.
    done = submit(database, desk, **URGENT)
    with database.reading() as session:
        stored = session.scalars(select(Assessment.settings)).one()
    assert stored == '{"persistent_pain_days": 3, "max_weekly_increase": 0.1}'
    sheet = handouts.care_sheet_for(database, done.intake_id)
    assert sheet.pdf.startswith(b"%PDF-")


def test_a_submitted_intake_is_no_longer_a_draft(database: Database, desk: Actor) -> None:
    saved = intakes.save_draft(database, desk, {"format": "clinic-intake/1"})
    intakes.submit(
        database, desk, document(), draft_id=saved.intake_id, draft_version=saved.version
    )
    with pytest.raises(intakes.NotADraft):
        intakes.save_draft(database, desk, {}, intake_id=saved.intake_id, version=saved.version + 1)


# --- the review queue and decisions -------------------------------------------------------


def test_the_queue_puts_urgent_first_then_soon_then_the_oldest_visit(
    database: Database, desk: Actor
) -> None:
    day = date(2026, 11, 1)

    def on(offset: int, flags: dict[str, object], last: str) -> int:
        fields = {**flags, **person("A", last), "visit_date": (day + timedelta(offset)).isoformat()}
        return submit(database, desk, **fields).intake_id

    soon_late = on(5, SOON, "Soonlate")
    urgent_late = on(4, URGENT, "Urgentlate")
    quiet = on(0, {}, "Quiet")
    soon_early = on(1, SOON, "Soonearly")
    urgent_early = on(2, URGENT, "Urgentearly")

    rows = review_queue.page(database)
    assert [row.intake_id for row in rows] == [urgent_early, urgent_late, soon_early, soon_late]
    assert quiet not in {row.intake_id for row in rows}
    assert review_queue.counts(database) == {"emergency": 0, "urgent": 2, "soon": 2}
    assert [r.intake_id for r in review_queue.page(database, offset=1, limit=2)] == [
        urgent_late,
        soon_early,
    ]
    only_soon = QueueFilter(urgency="soon")
    assert [r.intake_id for r in review_queue.page(database, only_soon)] == [soon_early, soon_late]
    dated = QueueFilter(visit_from=day + timedelta(2), visit_to=day + timedelta(4))
    assert [r.intake_id for r in review_queue.page(database, dated)] == [urgent_early, urgent_late]
    named = QueueFilter(name="urgentl")
    assert [r.intake_id for r in review_queue.page(database, named)] == [urgent_late]


def test_a_front_desk_user_cannot_decide(database: Database, desk: Actor) -> None:
    intake_id = submit(database, desk, **URGENT).intake_id
    with pytest.raises(NotAllowed):
        reviews.record_decision(database, desk, intake_id, decision="not_needed", reason="fine")
    assert count(database, Review) == 0


def test_decisions_need_a_reason_or_a_destination(database: Database, desk: Actor) -> None:
    doctor = clinician(database)
    intake_id = submit(database, desk, **URGENT).intake_id
    with pytest.raises(reviews.DecisionRefused, match="reason"):
        reviews.record_decision(database, doctor, intake_id, decision="manage_in_clinic")
    with pytest.raises(reviews.DecisionRefused, match="destination"):
        reviews.record_decision(database, doctor, intake_id, decision="refer", urgency="urgent")
    assert count(database, Review) == 0
    decided = reviews.record_decision(
        database, doctor, intake_id, decision="refer", destination="emergency", urgency="urgent"
    )
    assert decided.decided_by == "dr-lee"
    assert review_queue.page(database) == []
    assert [
        r.intake_id for r in review_queue.page(database, QueueFilter(unreviewed_only=False))
    ] == [intake_id]


def test_an_intake_stays_in_the_queue_until_every_referral_flag_is_decided(
    database: Database, desk: Actor
) -> None:
    doctor = clinician(database)
    intake_id = submit(database, desk, **URGENT, **SOON).intake_id
    referral = [f for f in reviews.flags_of(database, intake_id) if f.kind == "referral"]
    assert len(referral) >= 2
    for flag in referral[:-1]:
        reviews.record_decision(
            database, doctor, intake_id, flag_id=flag.id, decision="not_needed", reason="seen"
        )
        assert [row.intake_id for row in review_queue.page(database)] == [intake_id]
    reviews.record_decision(
        database,
        doctor,
        intake_id,
        flag_id=referral[-1].id,
        decision="manage_in_clinic",
        reason="treat here",
    )
    assert review_queue.page(database) == []
    assert [d.flag_id for d in reviews.decisions_of(database, intake_id)] == [
        f.id for f in referral
    ]


def test_decisions_and_the_audit_trail_cannot_be_changed_afterwards(
    database: Database, desk: Actor
) -> None:
    doctor = clinician(database)
    intake_id = submit(database, desk, **URGENT).intake_id
    reviews.record_decision(database, doctor, intake_id, decision="not_needed", reason="x")
    for statement in (
        "UPDATE reviews SET reason = 'rewritten'",
        "DELETE FROM reviews",
        "UPDATE audit_events SET actor = 'someone else'",
        "DELETE FROM audit_events",
    ):
        with pytest.raises(DBAPIError, match="append-only"), database.writing() as session:
            session.execute(text(statement))
    assert [d.reason for d in reviews.decisions_of(database, intake_id)] == ["x"]


# --- handouts, users, settings ------------------------------------------------------------


def test_a_handout_keeps_the_very_bytes_and_their_checksum(database: Database, desk: Actor) -> None:
    intake_id = submit(database, desk).intake_id
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 40
    kept = handouts.record_handout(database, desk, intake_id, pdf, kind="care_sheet", paper="a4")
    import hashlib

    assert kept.sha256 == hashlib.sha256(pdf).hexdigest()
    assert handouts.handout_pdf(database, kept.id) == pdf
    assert [h.id for h in handouts.handouts_of(database, intake_id)] == [kept.id]
    with pytest.raises(StorageError, match="PDF"):
        handouts.record_handout(database, desk, intake_id, b"hello", kind="care_sheet", paper="a4")


def test_accounts_sign_in_and_out_of_use(database: Database) -> None:
    first = accounts.create_user(
        database, None, username="boss", display_name="Boss", role="admin", password="a long secret"
    )
    with pytest.raises(NotAllowed):
        accounts.create_user(
            database,
            None,
            username="sneaky",
            display_name="S",
            role="admin",
            password="a long secret",
        )
    with pytest.raises(accounts.AccountRefused, match="at least"):
        accounts.create_user(
            database,
            first.actor(),
            username="amy",
            display_name="Amy",
            role="front_desk",
            password="short",
        )
    accounts.create_user(
        database,
        first.actor(),
        username="amy",
        display_name="Amy",
        role="front_desk",
        password="another long one",
    )
    assert accounts.authenticate(database, "amy", "another long one").role == "front_desk"
    with pytest.raises(accounts.SignInFailed):
        accounts.authenticate(database, "amy", "wrong password")
    with pytest.raises(accounts.SignInFailed):
        accounts.authenticate(database, "nobody", "another long one")
    accounts.deactivate_user(database, first.actor(), "amy")
    with pytest.raises(accounts.SignInFailed):
        accounts.authenticate(database, "amy", "another long one")
    with pytest.raises(accounts.AccountRefused, match="last active admin"):
        accounts.deactivate_user(database, first.actor(), "boss")
    with database.reading() as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
        hashes = list(session.execute(text("SELECT password_hash FROM users")).scalars())
    assert actions.count("sign_in.failed") == 3
    assert actions.count("sign_in") == 1
    assert all("another long one" not in h and h.startswith("scrypt$") for h in hashes)


def test_settings_are_shared_and_a_stale_save_is_refused(database: Database) -> None:
    loaded = clinic_settings.load(database)
    assert (loaded.persistent_pain_days, loaded.max_weekly_increase) == (3, 0.10)
    changed = clinic_settings.save(
        database, ADMIN, loaded.__class__(**{**loaded.__dict__, "clinic_name": "Stride Physio"})
    )
    assert clinic_settings.load(database).clinic_name == "Stride Physio"
    with pytest.raises(RecordChanged):
        clinic_settings.save(database, ADMIN, loaded)
    with pytest.raises(NotAllowed):
        clinic_settings.save(database, Actor("desk", "front_desk"), changed)
    with pytest.raises(StorageError, match="max_weekly_increase"):
        clinic_settings.save(
            database, ADMIN, changed.__class__(**{**changed.__dict__, "max_weekly_increase": -1})
        )


def test_stored_rows_reference_each_other(database: Database, desk: Actor) -> None:
    done = submit(database, desk, **URGENT)
    with database.reading() as session:
        assessment = session.scalar(
            select(Assessment).where(Assessment.intake_id == done.intake_id)
        )
        assert assessment is not None
        flags = session.scalar(
            select(func.count()).where(FlagRecord.assessment_id == assessment.id)
        )
    assert flags == len(done.assessment.flags)
    with pytest.raises(DBAPIError), database.writing() as session:
        session.execute(
            text(
                "INSERT INTO flags (assessment_id, position, code, kind, title, "
                "action, source, evidence, clinician_only) VALUES "
                "(987654, 0, 'x', 'referral', 't', 'a', 's', '[]', false)"
            )
        )
