"""Merging duplicate patients (issue 20, part 5), on SQLite and PostgreSQL.

Everything of the merged-away patient moves to the survivor, the survivor keeps its
number, the trail names both, an export names the old number, and the database itself
still refuses every change the merge does not make: a forged re-pointing without a merge
on record, any other column, and the append-only tables as before.
"""

import json
from pathlib import Path
from typing import Any

import pytest
from intake_documents import document
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from clinic_app.services import audit, followups, handouts, intakes, patients, reviews
from clinic_app.services import users as accounts
from clinic_app.services.actor import Actor
from clinic_app.services.patient_merges import MergeRefused, merge_patients, side_by_side
from clinic_app.services.transfer import MERGES_FILE, export_documents, import_documents
from clinic_app.storage.database import Database
from clinic_app.storage.errors import NotAllowed
from clinic_app.storage.models import Course, DeskAlert, Intake, Patient, PatientMerge
from storage.test_transfer_commands import invoker

ADMIN = Actor(name="ada", role="admin")
URGENT: dict[str, object] = {"symptoms.weight_bearing": "unable"}
ROSA: dict[str, object] = {
    "patient.first_name": "Rosa",
    "patient.last_name": "Delgado",
    "patient.date_of_birth": "1988-04-02",
    "patient.clinic_number": "P-100",
}
# The same person typed again at the kiosk: another spelling, no number, so a new record.
ROSA_AGAIN: dict[str, object] = {
    "patient.first_name": "Rossa",
    "patient.last_name": "Delgado",
    "patient.date_of_birth": "1988-04-02",
    "patient.clinic_number": "P-200",
}


def two_records(database: Database, desk: Actor) -> dict[str, Any]:
    """Rosa twice: the survivor with one intake, the duplicate with an urgent intake that
    has a decision, a handout and a desk alert."""
    clinician = accounts.create_user(
        database,
        ADMIN,
        username="dr-lee",
        display_name="Dr Lee",
        role="clinician",
        password="correct horse battery",
    )
    kept = intakes.submit(database, desk, document({**ROSA, "visit_date": "2026-11-02"}))
    duplicate = intakes.submit(
        database, desk, document({**ROSA_AGAIN, **URGENT, "visit_date": "2026-11-20"})
    )
    assert duplicate.patient.created
    reviews.record_decision(
        database, clinician.actor(), duplicate.intake_id, decision="not_needed", reason="seen"
    )
    handouts.record_handout(
        database, desk, duplicate.intake_id, b"%PDF-1.4 sheet", kind="care_sheet", paper="a4"
    )
    return {
        "survivor": kept.patient.patient.id,
        "merged": duplicate.patient.patient.id,
        "kept_intake": kept.intake_id,
        "moved_intake": duplicate.intake_id,
    }


def rows(database: Database, statement: str) -> list[tuple[Any, ...]]:
    with database.reading() as session:
        return [tuple(row) for row in session.execute(text(statement))]


def test_a_merge_moves_everything_to_the_survivor_which_keeps_its_number(
    database: Database, desk: Actor
) -> None:
    ids = two_records(database, desk)
    shown = side_by_side(database, ADMIN, ids["survivor"], ids["merged"])
    assert (shown.first.clinic_number, shown.second.clinic_number) == ("P-100", "P-200")
    assert (shown.second.intakes, shown.second.decisions, shown.second.handouts) == (1, 1, 1)
    assert shown.refusal is None

    result = merge_patients(database, ADMIN, ids["survivor"], ids["merged"])

    assert (result.intakes_moved, result.courses_moved) == (1, 1)
    with database.reading() as session:
        assert session.scalars(
            select(Intake.id).where(Intake.patient_id == ids["survivor"]).order_by(Intake.id)
        ).all() == [ids["kept_intake"], ids["moved_intake"]]
        assert session.scalar(select(func.count()).where(Course.patient_id == ids["merged"])) == 0
        alert = session.scalar(select(DeskAlert).where(DeskAlert.intake_id == ids["moved_intake"]))
        assert alert is not None  # the alert goes with its intake
        survivor = session.get(Patient, ids["survivor"])
        merged = session.get(Patient, ids["merged"])
        assert survivor is not None
        assert merged is not None
        assert (survivor.clinic_number, survivor.first_name) == ("P-100", "Rosa")
        assert merged.merged_into == ids["survivor"]  # kept, marked, not deleted
    courses = followups.courses_of(database, ids["survivor"])
    assert sorted(course.intake_id for course in courses) == [
        ids["kept_intake"],
        ids["moved_intake"],
    ]
    assert len(reviews.decisions_of(database, ids["moved_intake"])) == 1
    after = side_by_side(database, ADMIN, ids["survivor"], ids["merged"]).first
    assert (after.intakes, after.courses, after.decisions, after.handouts) == (2, 2, 1, 1)

    # The merged-away record is no longer found; its number leads to the survivor.
    assert [row.id for row in patients.search(database, "Del")] == [ids["survivor"]]
    assert patients.search(database, "P-200") == []
    assert followups.newest_course_id(database, "P-200") in {course.course_id for course in courses}
    again = intakes.submit(database, desk, document({**ROSA_AGAIN, "visit_date": "2026-12-01"}))
    assert (again.patient.patient.id, again.patient.created) == (ids["survivor"], False)


def test_the_merge_is_on_the_trail_with_both_identities(database: Database, desk: Actor) -> None:
    ids = two_records(database, desk)
    result = merge_patients(database, ADMIN, ids["survivor"], ids["merged"])

    [event] = audit.events(database, action="patient.merged")
    assert (event.actor, event.record_type, event.record_id) == ("ada", "patient", ids["survivor"])
    assert f"patient {ids['merged']} (P-200) merged into patient {ids['survivor']} (P-100)" in (
        event.detail
    )
    assert "Rosa" not in event.detail  # names stay out of the trail; the merge's row has them
    with database.reading() as session:
        merge = session.get(PatientMerge, result.merge_id)
        assert merge is not None
        assert merge.merged_by == "ada"
        assert json.loads(merge.merged_identity) == {
            "patient_id": ids["merged"],
            "clinic_number": "P-200",
            "first_name": "Rossa",
            "last_name": "Delgado",
            "date_of_birth": "1988-04-02",
        }
        assert json.loads(merge.survivor_identity)["first_name"] == "Rosa"


def test_an_export_names_the_merged_away_number(
    database: Database, desk: Actor, tmp_path: Path
) -> None:
    ids = two_records(database, desk)
    merge_patients(database, ADMIN, ids["survivor"], ids["merged"])

    written = export_documents(database, ADMIN, tmp_path / "out", patient="P-200")

    names = sorted(path.name for path in written)
    assert names == sorted(
        [f"{ids['kept_intake']}.json", f"{ids['moved_intake']}.json", MERGES_FILE]
    )
    merges = json.loads((tmp_path / "out" / MERGES_FILE).read_text(encoding="utf-8"))
    assert merges["patients"] == [
        {
            "clinic_number": "P-100",
            "merged_from": ["P-200"],
            "files": [f"{ids['kept_intake']}.json", f"{ids['moved_intake']}.json"],
        }
    ]
    moved = json.loads((tmp_path / "out" / f"{ids['moved_intake']}.json").read_text("utf-8"))
    assert moved["patient"]["clinic_number"] == "P-200"  # the document as it was submitted
    # The folder imports as before: merges.json is passed over.
    assert len(import_documents(database, ADMIN, [str(tmp_path / "out")]).intake_ids) == 2


def test_a_merge_is_refused_while_a_draft_is_open(database: Database, desk: Actor) -> None:
    ids = two_records(database, desk)
    draft = intakes.save_draft(database, desk, document({**ROSA_AGAIN, "notes": "typing"}))

    shown = side_by_side(database, ADMIN, ids["survivor"], ids["merged"])
    assert (shown.first.open_drafts, shown.second.open_drafts) == (0, 1)
    assert shown.refusal is not None
    assert "draft" in shown.refusal
    with pytest.raises(MergeRefused, match=r"has 1 draft\(s\) open"):
        merge_patients(database, ADMIN, ids["survivor"], ids["merged"])
    assert rows(database, "SELECT count(*) FROM patient_merges") == [(0,)]

    intakes.discard_draft(database, desk, draft.intake_id, draft.version)
    merge_patients(database, ADMIN, ids["survivor"], ids["merged"])


def test_self_merges_merged_records_and_non_admins_are_refused(
    database: Database, desk: Actor
) -> None:
    ids = two_records(database, desk)
    with pytest.raises(MergeRefused, match="into themselves"):
        merge_patients(database, ADMIN, ids["survivor"], ids["survivor"])
    for who in (desk, Actor("dr", "clinician")):
        with pytest.raises(NotAllowed, match="merge patient records"):
            merge_patients(database, who, ids["survivor"], ids["merged"])
        with pytest.raises(NotAllowed):
            side_by_side(database, who, ids["survivor"], ids["merged"])
    merge_patients(database, ADMIN, ids["survivor"], ids["merged"])
    with pytest.raises(MergeRefused, match="already merged into"):
        merge_patients(database, ADMIN, ids["survivor"], ids["merged"])
    with pytest.raises(MergeRefused, match="already merged into"):
        merge_patients(database, ADMIN, ids["merged"], ids["survivor"])
    assert rows(database, "SELECT count(*) FROM patient_merges") == [(1,)]


def test_the_database_refuses_every_change_the_merge_does_not_make(
    database: Database, desk: Actor
) -> None:
    ids = two_records(database, desk)
    survivor, merged = ids["survivor"], ids["merged"]
    forged = (
        # Re-pointing without a merge on record, in either table, or marking a patient merged.
        f"UPDATE intakes SET patient_id = {survivor} WHERE patient_id = {merged}",
        f"UPDATE courses SET patient_id = {survivor} WHERE patient_id = {merged}",
        f"UPDATE patients SET merged_into = {survivor} WHERE id = {merged}",
    )
    for statement in forged:
        with pytest.raises(DBAPIError, match="only by a recorded merge"), database.writing() as s:
            s.execute(text(statement))

    merge_patients(database, ADMIN, survivor, merged)
    third = intakes.submit(
        database,
        desk,
        document({"patient.first_name": "Ines", "patient.clinic_number": "P-300"}),
    ).patient.patient.id
    refused = (
        # The merge's row names survivor <- merged, not any other pair or direction.
        f"UPDATE intakes SET patient_id = {third} WHERE patient_id = {survivor}",
        f"UPDATE courses SET patient_id = {merged} WHERE patient_id = {survivor}",
        f"UPDATE patients SET merged_into = NULL WHERE id = {merged}",
        f"UPDATE patients SET merged_into = {third} WHERE id = {merged}",
    )
    for statement in refused:
        with pytest.raises(DBAPIError, match="recorded merge"), database.writing() as s:
            s.execute(text(statement))
    append_only = (
        "UPDATE patient_merges SET merged_by = 'someone else'",
        f"UPDATE patient_merges SET survivor_id = {third}",
        "DELETE FROM patient_merges",
        f"UPDATE reviews SET reason = 'rewritten' WHERE intake_id = {ids['moved_intake']}",
        "DELETE FROM reviews",
        "UPDATE handouts SET paper = 'letter'",
        "DELETE FROM handouts",
        "UPDATE audit_events SET detail = 'nothing happened' WHERE action = 'patient.merged'",
        "DELETE FROM audit_events",
    )
    for statement in append_only:
        with pytest.raises(DBAPIError, match="append-only"), database.writing() as s:
            s.execute(text(statement))
    assert rows(database, f"SELECT count(*) FROM intakes WHERE patient_id = {survivor}") == [(2,)]


def test_the_export_command_says_where_the_merges_are(
    database: Database,
    desk: Actor,
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = two_records(database, desk)
    merge_patients(database, ADMIN, ids["survivor"], ids["merged"])
    cli = invoker(database_url, capsys, monkeypatch)

    code, out, _ = cli("export", "-o", str(tmp_path / "all"))

    assert (code, out) == (
        0,
        f"exported 2 intakes to {tmp_path / 'all'} (merged patients listed in {MERGES_FILE})\n",
    )
