"""The desk's alert (issue 17, item 4), on SQLite and PostgreSQL: raised when an emergency
or urgent flag fires as a draft is saved or an intake submitted, once per reason, open on
every workstation until one person acknowledges it, and on the audit trail without any
patient detail."""

import pytest
from intake_documents import document

from clinic_app.intake import parse_intake
from clinic_app.rules.engine import RULES_VERSION
from clinic_app.services import audit, desk_alerts, intakes
from clinic_app.services.actor import Actor
from clinic_app.services.desk_alerts import UNNAMED
from clinic_app.storage.database import Database
from clinic_app.storage.errors import NotAllowed, RecordNotFound

PALE: dict[str, object] = {
    "patient.first_name": "Maya",
    "patient.last_name": "Okafor",
    "symptoms.foot_colour": "pale",
}
SPREADING: dict[str, object] = {**PALE, "symptoms.foot_colour": "normal"}
SPREADING["symptoms.redness_spreading"] = True
CLINICIAN = Actor(name="cora", role="clinician")


def test_the_app_assesses_new_intakes_with_the_newest_rules() -> None:
    assert RULES_VERSION == "2027.1"


def test_an_emergency_typed_into_a_draft_raises_one_alert(database: Database, desk: Actor) -> None:
    saved = intakes.save_draft(database, desk, document(PALE))
    [alert] = desk_alerts.open_alerts(database)
    assert (alert.intake_id, alert.urgency, alert.rule_ids) == (
        saved.intake_id,
        "emergency",
        ("circulation_compromise",),
    )
    assert alert.patient == "Maya Okafor"  # from the draft's own names: no patient row yet
    assert alert.reasons == ("The foot has turned pale, blue or blotchy",)
    assert alert.raised_by == "desk"

    # Autosaves of the same answers, and the submission, raise nothing more.
    again = intakes.save_draft(
        database, desk, document({**PALE, "notes": "x"}), intake_id=saved.intake_id, version=1
    )
    intakes.submit(
        database, desk, document(PALE), draft_id=again.intake_id, draft_version=again.version
    )
    [still] = desk_alerts.open_alerts(database)
    assert still.alert_id == alert.alert_id
    assert still.patient == "Maya Okafor"  # now through the registered patient


def test_a_new_emergency_reason_raises_a_new_alert_naming_every_reason(
    database: Database, desk: Actor
) -> None:
    saved = intakes.save_draft(database, desk, document(PALE))
    septic = {**PALE, "symptoms.feels_very_unwell": True, "symptoms.fever": True}
    intakes.save_draft(database, desk, document(septic), intake_id=saved.intake_id, version=1)
    first, second = desk_alerts.open_alerts(database)
    assert first.rule_ids == ("circulation_compromise",)
    assert second.rule_ids == ("circulation_compromise", "sepsis_signs")
    assert second.reasons[1] == "Very unwell with signs of infection"


def test_an_acknowledged_reason_is_not_raised_again(database: Database, desk: Actor) -> None:
    saved = intakes.save_draft(database, desk, document(PALE))
    [alert] = desk_alerts.open_alerts(database)
    desk_alerts.acknowledge(database, CLINICIAN, alert.alert_id)
    intakes.save_draft(
        database, desk, document({**PALE, "notes": "more"}), intake_id=saved.intake_id, version=1
    )
    assert desk_alerts.open_alerts(database) == []


def test_an_urgent_flag_raises_an_urgent_alert_and_soon_none(
    database: Database, desk: Actor
) -> None:
    intakes.submit(database, desk, document(SPREADING))
    intakes.submit(database, desk, document({"symptoms.numbness_or_tingling": True}))  # soon
    intakes.submit(database, desk, document())  # no flag at all
    [alert] = desk_alerts.open_alerts(database)
    assert (alert.urgency, alert.rule_ids) == ("urgent", ("spreading_redness",))


def test_emergencies_come_before_urgent_alerts(database: Database, desk: Actor) -> None:
    intakes.submit(database, desk, document(SPREADING))
    intakes.submit(database, desk, document({**PALE, "patient.first_name": "Ana"}))
    assert [(a.urgency, a.patient) for a in desk_alerts.open_alerts(database)] == [
        ("emergency", "Ana Okafor"),
        ("urgent", "Maya Okafor"),
    ]


def test_a_draft_not_yet_named_or_not_yet_assessable(database: Database, desk: Actor) -> None:
    unnamed = document(PALE)
    del unnamed["patient"]["first_name"], unnamed["patient"]["last_name"]
    intakes.save_draft(database, desk, unnamed)
    [alert] = desk_alerts.open_alerts(database)
    assert alert.patient == UNNAMED
    waiting = document(PALE)
    del waiting["symptoms"]["locations"]  # the flags wait for it: nothing to alert on yet
    intakes.save_draft(database, desk, waiting)
    assert len(desk_alerts.open_alerts(database)) == 1


def test_importing_raises_no_alert(database: Database) -> None:
    admin = Actor(name="admin", role="admin")
    with database.writing() as session:
        intake = parse_intake(document(PALE))
        intakes.submit_in(session, admin, intake, document(PALE), None, action="intake.imported")
    assert desk_alerts.open_alerts(database) == []


def test_an_alert_is_acknowledged_once_and_on_the_trail(database: Database, desk: Actor) -> None:
    intakes.submit(database, desk, document(PALE))
    [alert] = desk_alerts.open_alerts(database)
    first = desk_alerts.acknowledge(database, CLINICIAN, alert.alert_id)
    assert (first.by, first.already) == ("cora", False)
    assert desk_alerts.open_alerts(database) == []

    # A second desk clicking a moment later changes nothing and is told who did it.
    second = desk_alerts.acknowledge(database, desk, alert.alert_id)
    assert (second.by, second.at, second.already) == ("cora", first.at, True)

    [event] = audit.events(database, action="desk_alert.acknowledged")
    assert (event.actor, event.record_type, event.record_id) == (
        "cora",
        "desk_alert",
        alert.alert_id,
    )
    assert event.detail == f"intake {alert.intake_id}; emergency"
    [raised] = audit.events(database, action="desk_alert.raised")
    assert raised.detail == f"intake {alert.intake_id}; emergency; circulation_compromise"
    for recorded in audit.events(database):
        assert "Maya" not in recorded.detail
        assert "Okafor" not in recorded.detail
    assert audit.describe_action("desk_alert.acknowledged") == "Acknowledged a desk alert"
    assert audit.describe_record("desk_alert", 3) == "Desk alert 3"


def test_acknowledging_what_is_not_there_or_not_allowed(database: Database) -> None:
    with pytest.raises(RecordNotFound):
        desk_alerts.acknowledge(database, CLINICIAN, 999)
    with pytest.raises(NotAllowed):
        desk_alerts.acknowledge(database, Actor(name="kiosk", role="patient"), 1)


def test_a_draft_with_an_open_alert_is_not_discarded_until_acknowledged(
    database: Database, desk: Actor
) -> None:
    saved = intakes.save_draft(database, desk, document(PALE))
    with pytest.raises(desk_alerts.AlertStillOpen, match="acknowledge it first"):
        intakes.discard_draft(database, desk, saved.intake_id, saved.version)
    [alert] = desk_alerts.open_alerts(database)
    desk_alerts.acknowledge(database, desk, alert.alert_id)
    intakes.discard_draft(database, desk, saved.intake_id, saved.version)
    assert desk_alerts.open_alerts(database) == []
    # The trail still says it was raised and acknowledged, and by whom.
    on_trail = {e.action for e in audit.events(database) if e.record_type == "desk_alert"}
    assert on_trail == {"desk_alert.raised", "desk_alert.acknowledged"}
