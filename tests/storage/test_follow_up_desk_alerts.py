"""The desk's alert for a follow-up visit (issue 18 with rules-2027.md, "The desk"), on
SQLite and PostgreSQL: an emergency at a follow-up reaches every workstation like an
intake's, names the patient, says it is a follow-up, and alerts once per reason per visit."""

import json
from pathlib import Path

from follow_up_documents import follow_up_document
from intake_documents import document

from clinic_app.services import audit, desk_alerts, followups, intakes, transfer
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database

MAYA: dict[str, object] = {
    "patient.first_name": "Maya",
    "patient.last_name": "Okafor",
    "patient.clinic_number": "P-10442",
}
PALE: dict[str, object] = {**MAYA, "symptoms.foot_colour": "pale"}


def test_an_emergency_at_a_follow_up_raises_an_alert_that_says_so(
    database: Database, desk: Actor
) -> None:
    first = intakes.submit(database, desk, document(MAYA)).intake_id
    assert desk_alerts.open_alerts(database) == []
    visit = followups.submit_follow_up(database, desk, follow_up_document(PALE)).followup_id

    [alert] = desk_alerts.open_alerts(database)
    assert (alert.intake_id, alert.followup_id, alert.urgency, alert.rule_ids) == (
        first,
        visit,
        "emergency",
        ("circulation_compromise",),
    )
    assert alert.patient == "Maya Okafor"
    assert alert.reasons == ("The foot has turned pale, blue or blotchy",)
    (raised,) = audit.events(database, action="desk_alert.raised")
    assert raised.detail == (
        f"follow-up {visit} of intake {first}; emergency; circulation_compromise"
    )

    done = desk_alerts.acknowledge(database, desk, alert.alert_id)
    assert not done.already
    assert desk_alerts.open_alerts(database) == []
    (acknowledged,) = audit.events(database, action="desk_alert.acknowledged")
    assert acknowledged.detail == f"follow-up {visit} of intake {first}; emergency"


def test_each_visit_alerts_once_per_reason_whatever_the_intake_raised(
    database: Database, desk: Actor
) -> None:
    first = intakes.submit(database, desk, document(PALE)).intake_id
    [own] = desk_alerts.open_alerts(database)
    assert (own.followup_id, own.patient, own.intake_id) == (None, "Maya Okafor", first)
    desk_alerts.acknowledge(database, desk, own.alert_id)

    # The same reason at a later visit is news: the foot is pale again, or still.
    one = followups.submit_follow_up(database, desk, follow_up_document(PALE)).followup_id
    two = followups.submit_follow_up(
        database, desk, follow_up_document({**PALE, "visit_date": "2026-12-04"})
    ).followup_id
    assert [(a.intake_id, a.followup_id) for a in desk_alerts.open_alerts(database)] == [
        (first, one),
        (first, two),
    ]


def test_a_quiet_follow_up_and_one_with_follow_up_flags_only_raise_none(
    database: Database, desk: Actor
) -> None:
    intakes.submit(database, desk, document({**MAYA, "symptoms.pain_now": 2}))
    quiet = followups.submit_follow_up(database, desk, follow_up_document(MAYA))
    worse = followups.submit_follow_up(
        database,
        desk,
        follow_up_document({**MAYA, "visit_date": "2026-12-04", "symptoms.pain_now": 6}),
    )
    assert quiet.assessment.flags == ()
    assert [flag.code for flag in worse.assessment.flags] == ["worse_since_last_visit"]
    assert desk_alerts.open_alerts(database) == []


def test_an_imported_follow_up_raises_none(database: Database, desk: Actor, tmp_path: Path) -> None:
    """Another system's or the past's visit is not someone at the desk now (as for intakes)."""
    intakes.submit(database, desk, document(MAYA))
    (tmp_path / "visit.json").write_text(json.dumps(follow_up_document(PALE)), encoding="utf-8")
    imported = transfer.import_documents(database, desk, [str(tmp_path / "visit.json")])
    assert (len(imported.followup_ids), imported.follow_ups_for_review) == (1, 1)
    assert desk_alerts.open_alerts(database) == []
