"""The audit trail's hash chain (issue 22, security.md): intact after ordinary use, and an
event edited, deleted or moved behind the append-only triggers' back is named, on SQLite
and PostgreSQL; the kiosk's role adds chained events; concurrent writers keep one chain;
migration 0009 chains the events already there."""

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from clinic_app.services import audit, intakes, kiosk_settings, patient_entries
from clinic_app.services.actor import Actor
from clinic_app.services.audit_chain import ChainCheck, verify
from clinic_app.services.kiosk_settings import PinGuard
from clinic_app.storage import audit_chain as chain
from clinic_app.storage.database import SCHEMA_HEAD, Database, open_database
from clinic_app.storage.models import AuditEvent
from storage.patient_entry_helpers import ADMIN, KIOSK, STARTED, patients_answers, png_signature
from storage.test_courses_migration import migrate_to
from storage.test_kiosk_role import kiosk_url  # noqa: F401  (a fixture)


def ordinary_use(database: Database, desk: Actor, tmp_path: Path) -> int:
    """Several services write their events; the number of events on the trail."""
    intakes.submit(database, desk, patients_answers())
    intakes.submit(database, desk, patients_answers({"patient.first_name": "Zoë\nLine"}))
    kiosk_settings.publish_consent(database, ADMIN, "es", "Acepto.")
    kiosk_settings.set_kiosk_pin(database, ADMIN, "2468")
    audit.export_csv(database, ADMIN, tmp_path / "trail.csv", audit.AuditFilter())
    with database.writing() as session:  # two in one transaction
        audit.record(session, desk, "intake.viewed", "intake", 1, "line one\nline two")
        audit.record(session, "an unknown name", "sign_in.failed")
    with database.reading() as session:
        return int(session.execute(text("SELECT count(*) FROM audit_events")).scalar_one())


def event_ids(database: Database) -> list[int]:
    with database.reading() as session:
        return list(session.scalars(text("SELECT id FROM audit_events ORDER BY id")))


def behind_the_triggers(database: Database, *statements: str) -> None:
    """Run `statements` with the append-only triggers out of the way, as someone with the
    file (SQLite: the triggers dropped, then made again) or the owner's rights (PostgreSQL:
    the table's triggers disabled) could."""
    with database.engine.begin() as connection:
        if database.is_sqlite:
            triggers = connection.execute(
                text(
                    "SELECT name, sql FROM sqlite_master"
                    " WHERE type = 'trigger' AND tbl_name = 'audit_events'"
                )
            ).all()
            for name, _sql in triggers:
                connection.execute(text(f"DROP TRIGGER {name}"))
        else:
            connection.execute(text("ALTER TABLE audit_events DISABLE TRIGGER ALL"))
        for statement in statements:
            connection.execute(text(statement))
        if database.is_sqlite:
            for _name, sql in triggers:
                connection.exec_driver_sql(sql)
        else:
            connection.execute(text("ALTER TABLE audit_events ENABLE TRIGGER ALL"))


def broken_at(check: ChainCheck) -> tuple[int, str]:
    assert check.broken is not None, check
    return check.broken.event_id, check.broken.problem


def test_the_trail_is_intact_after_ordinary_use(
    database: Database, desk: Actor, tmp_path: Path
) -> None:
    assert verify(database) == ChainCheck(0)
    written = ordinary_use(database, desk, tmp_path)
    assert written >= 8
    assert verify(database) == ChainCheck(written)


def test_an_edited_detail_names_that_event(database: Database, desk: Actor, tmp_path: Path) -> None:
    written = ordinary_use(database, desk, tmp_path)
    third = event_ids(database)[2]
    behind_the_triggers(database, f"UPDATE audit_events SET detail = 'nothing' WHERE id = {third}")
    check = verify(database)
    assert broken_at(check) == (third, "changed")
    assert check.events == 2  # the two before it still vouch for themselves
    assert check.broken is not None
    assert check.broken.action
    assert written > 3


def test_an_edit_with_its_hash_made_again_names_the_event_after_it(
    database: Database, desk: Actor, tmp_path: Path
) -> None:
    """Whoever knows how the hash is made can make one edited event match again, but not
    the events after it without rewriting them all."""
    ordinary_use(database, desk, tmp_path)
    ids = event_ids(database)
    with database.reading() as session:
        row = session.get_one(AuditEvent, ids[1])
        assert row.prev_hash is not None
        forged = chain.event_hash(
            row.id,
            row.at,
            row.actor,
            row.action,
            row.record_type,
            row.record_id,
            "nothing",
            row.prev_hash,
        )
    behind_the_triggers(
        database,
        f"UPDATE audit_events SET detail = 'nothing', event_hash = '{forged}' WHERE id = {ids[1]}",
    )
    assert broken_at(verify(database)) == (ids[2], "unlinked")


def test_a_deleted_event_names_the_one_after_the_gap(
    database: Database, desk: Actor, tmp_path: Path
) -> None:
    ordinary_use(database, desk, tmp_path)
    ids = event_ids(database)
    behind_the_triggers(database, f"DELETE FROM audit_events WHERE id = {ids[3]}")
    assert broken_at(verify(database)) == (ids[4], "unlinked")


def test_two_events_swapped_are_named(database: Database, desk: Actor, tmp_path: Path) -> None:
    ordinary_use(database, desk, tmp_path)
    ids = event_ids(database)
    first, second = ids[2], ids[3]
    behind_the_triggers(
        database,
        f"UPDATE audit_events SET id = -1 WHERE id = {first}",
        f"UPDATE audit_events SET id = {first} WHERE id = {second}",
        f"UPDATE audit_events SET id = {second} WHERE id = -1",
    )
    assert broken_at(verify(database)) == (first, "unlinked")


def test_the_newest_event_deleted_is_not_noticed_by_the_chain_alone(
    database: Database, desk: Actor, tmp_path: Path
) -> None:
    """A chain cannot miss an end it never saw: the count is what shows a cut-off tail
    (written down by whoever checks, e.g. in the output of `audit verify`)."""
    written = ordinary_use(database, desk, tmp_path)
    behind_the_triggers(database, f"DELETE FROM audit_events WHERE id = {event_ids(database)[-1]}")
    assert verify(database) == ChainCheck(written - 1)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_sqlite_refuses_an_event_that_does_not_follow_the_last(
    database: Database, desk: Actor
) -> None:
    with database.writing() as session:
        audit.record(session, desk, "sign_in")
    for values in (
        "(5, '2026-12-04 02:00:00.000000', 'x', 'sign_in', '', NULL, NULL)",  # no hash
        f"(1, '2026-12-04 02:00:00.000000', 'x', 'sign_in', '', '{chain.GENESIS}', 'f')",
        f"(9, '2026-12-04 02:00:00.000000', 'x', 'sign_in', '', '{chain.GENESIS}', 'f')",
    ):
        with pytest.raises(Exception, match=chain.SQLITE_REFUSED), database.writing() as session:
            session.execute(
                text(
                    "INSERT INTO audit_events"
                    " (id, at, actor, action, detail, prev_hash, event_hash) VALUES " + values
                )
            )
    assert verify(database) == ChainCheck(1)


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_postgresql_chains_a_plain_insert_whatever_it_claims(database: Database) -> None:
    with database.writing() as session:
        audit.record(session, "ann", "sign_in")
        session.execute(
            text(
                "INSERT INTO audit_events (at, actor, action, detail, prev_hash, event_hash)"
                " VALUES (now(), 'bob', 'sign_in', 'é\nx', 'forged', 'forged')"
            )
        )
    assert verify(database) == ChainCheck(2)


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_an_event_the_kiosk_role_adds_keeps_the_chain(
    database: Database,
    kiosk_url: str,  # noqa: F811
    desk: Actor,
) -> None:
    intakes.submit(database, desk, patients_answers())
    agreed = kiosk_settings.publish_consent(database, ADMIN, "en", "I agree.").consent_text_id
    kiosk_settings.set_kiosk_pin(database, ADMIN, "2468")
    before = verify(database)
    kiosk = open_database(kiosk_url)
    try:
        assert not PinGuard(KIOSK).verify(kiosk, "1357")  # an event, from the kiosk
        patient_entries.add_entry(
            kiosk,
            source=KIOSK,
            language="en",
            document=patients_answers(),
            finished=True,
            started_at=STARTED,
            consent_text_id=agreed,
            signature=png_signature(),
        )
    finally:
        kiosk.close()
    with database.writing() as session:
        audit.record(session, desk, "sign_in")  # the desk goes on after it
    after = verify(database)
    assert after.intact
    assert after.events >= before.events + 3


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_concurrent_writers_on_postgresql_keep_one_chain(database_url: str) -> None:
    """Two workstations writing at once: the second waits for the first's commit; an id
    drawn before the lock (by a writer that is not the app) is moved after the last."""
    workstations = [open_database(database_url) for _ in range(2)]
    try:
        holding = workstations[0].writing()
        session = holding.__enter__()
        session.add(AuditEvent(at=STARTED, actor="ann", action="sign_in", detail=""))
        session.flush()  # ann's event is in, and the chain's lock is hers until commit
        done = threading.Event()

        def other_workstation() -> None:
            with workstations[1].writing() as other:
                audit.record(other, "bob", "sign_in")
            done.set()

        thread = threading.Thread(target=other_workstation)
        thread.start()
        assert not done.wait(0.5)  # bob waits for ann's commit
        with workstations[0].engine.connect() as early:  # an id drawn before the lock
            drawn = early.execute(text("SELECT nextval('audit_events_id_seq')")).scalar_one()
            holding.__exit__(None, None, None)
            thread.join(10)
            assert done.is_set()
            early.execute(
                text(
                    "INSERT INTO audit_events (id, at, actor, action, detail)"
                    f" VALUES ({drawn}, now(), 'cy', 'sign_in', '')"
                )
            )
            early.commit()

        errors: list[BaseException] = []

        def many(database: Database, who: str) -> None:
            try:
                for number in range(25):
                    with database.writing() as writer:
                        audit.record(writer, who, "intake.viewed", "intake", number)
            except BaseException as error:  # reported by the main thread
                errors.append(error)

        threads = [
            threading.Thread(target=many, args=(database, name))
            for database, name in zip(workstations, ("ann", "bob"), strict=True)
        ]
        for started in threads:
            started.start()
        for started in threads:
            started.join(60)
        assert errors == []
        assert verify(workstations[0]) == ChainCheck(53)
        assert drawn not in event_ids(workstations[0])  # cy's event was given a later id
    finally:
        for database in workstations:
            database.close()


def test_the_migration_chains_the_events_already_there(database: Database) -> None:
    migrate_to(database, "0010")  # the revision before the chain
    with database.engine.begin() as connection:
        for number in range(3):
            connection.execute(
                text(
                    "INSERT INTO audit_events (at, actor, action, record_type, record_id, detail)"
                    " VALUES (:at, 'ann', 'intake.viewed', 'intake', :number, :detail)"
                ),
                {"at": STARTED.replace(tzinfo=None), "number": number, "detail": f"#{number}"},
            )
    migrate_to(database, SCHEMA_HEAD)
    assert verify(database) == ChainCheck(3)
    with database.writing() as session:
        audit.record(session, "ann", "sign_in")  # new events follow the filled chain
    assert verify(database) == ChainCheck(4)
    behind_the_triggers(database, "UPDATE audit_events SET actor = 'bob' WHERE record_id = 1")
    assert broken_at(verify(database)) == (event_ids(database)[1], "changed")


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_an_event_recorded_before_a_change_does_not_deadlock_another_workstation(
    database_url: str,
) -> None:
    """Ann records an event, then changes the settings row that Bob changed first; Bob
    then records his own. Were ann's event inserted (and the chain's lock taken) at once,
    each would wait for the other; inserted as each commits, Bob goes first, then Ann."""
    workstations = [open_database(database_url) for _ in range(2)]
    bob_changed, ann_recorded = threading.Event(), threading.Event()
    outcomes: dict[str, str] = {}

    def ann() -> None:
        try:
            with workstations[0].writing() as session:
                audit.record(session, "ann", "settings.changed", "clinic_settings", 1)
                session.flush()
                ann_recorded.set()
                assert bob_changed.wait(10)
                session.execute(text("UPDATE clinic_settings SET phone = 'a' WHERE id = 1"))
            outcomes["ann"] = "saved"
        except Exception as error:  # reported by the main thread
            outcomes["ann"] = str(error)

    def bob() -> None:
        try:
            with workstations[1].writing() as session:
                session.execute(text("UPDATE clinic_settings SET phone = 'b' WHERE id = 1"))
                bob_changed.set()
                assert ann_recorded.wait(10)
                audit.record(session, "bob", "settings.changed", "clinic_settings", 1)
                session.flush()
            outcomes["bob"] = "saved"
        except Exception as error:  # reported by the main thread
            outcomes["bob"] = str(error)

    try:
        threads = [threading.Thread(target=ann), threading.Thread(target=bob)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert outcomes == {"ann": "saved", "bob": "saved"}
        assert verify(workstations[0]) == ChainCheck(2)
        with workstations[0].reading() as session:  # in the chain's order: bob committed first
            chained = list(session.scalars(text("SELECT actor FROM audit_events ORDER BY id")))
        assert chained == ["bob", "ann"]
    finally:
        for database in workstations:
            database.close()


def test_recorded_events_go_in_at_commit_in_order_or_not_at_all(database: Database) -> None:
    with database.writing() as session:
        for number in range(3):
            audit.record(session, "ann", "intake.viewed", "intake", number)

    def failing_use_case() -> None:
        with database.writing() as session:
            audit.record(session, "ann", "intake.viewed", "intake", 99)
            raise RuntimeError("the use case failed")

    with pytest.raises(RuntimeError):
        failing_use_case()
    with database.writing() as session:
        audit.record(session, "ann", "sign_out")
    assert [(event.action, event.record_id) for event in reversed(audit.events(database))] == [
        ("intake.viewed", 0),
        ("intake.viewed", 1),
        ("intake.viewed", 2),
        ("sign_out", None),
    ]
    assert verify(database) == ChainCheck(4)
