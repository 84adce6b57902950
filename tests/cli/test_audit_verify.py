"""`clinic-intake audit verify` (issue 22): exit 0 with the count on an untouched trail;
exit 1 naming the first event that does not match after a row is edited behind the
triggers' back, on SQLite and PostgreSQL, with no patient's or user's details in the line."""

from pathlib import Path

import pytest
from storage.test_audit_chain import behind_the_triggers, event_ids, ordinary_use

from clinic_app.cli.main import main
from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.storage.database import open_database

DESK = Actor(name="desk", role="front_desk")


def test_an_untouched_trail_passes_and_an_edited_one_names_the_event(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(database_url)
    try:
        written = ordinary_use(database, DESK, tmp_path)
        assert main(["audit", "verify", "--db", database_url]) == 0
        assert capsys.readouterr().out == f"audit trail intact: {written} events\n"

        edited = event_ids(database)[4]
        action = next(event.action for event in audit.events(database) if event.id == edited)
        behind_the_triggers(
            database, f"UPDATE audit_events SET detail = 'Rosa Delgado' WHERE id = {edited}"
        )
        assert main(["--db", database_url, "audit", "verify"]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        [line] = captured.err.splitlines()
        assert line.startswith(f"clinic-intake: audit trail altered at event {edited} (20")
        assert line.endswith(
            f", {action}): its content does not match its hash; 4 events before it are intact"
        )
        assert "Rosa" not in line  # the edited detail stays out of the line
    finally:
        database.close()


def test_a_deleted_event_is_named_by_the_one_after_the_gap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    database = open_database(url)
    try:
        ordinary_use(database, DESK, tmp_path)
        ids = event_ids(database)
        behind_the_triggers(database, f"DELETE FROM audit_events WHERE id = {ids[1]}")
    finally:
        database.close()
    assert main(["audit", "verify", "--db", url]) == 1
    err = capsys.readouterr().err
    assert f"at event {ids[2]} (" in err
    assert "does not follow the event before it" in err
    assert err.endswith("(an event was removed or moved); 1 event before it is intact\n")
