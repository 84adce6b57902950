"""Intake and follow-up documents in and out of the database, in their own formats.

Import is all or nothing: every file is read and validated first, and one problem in one
file imports nothing at all. A batch is taken intakes first, then follow-ups by visit date
(follow-ups.md), so a follow-up finds the course its intake in the same batch starts; one
with no patient or course to go in is refused by file name, and then the whole batch is
too (one transaction). Export writes each submitted intake's and follow-up's document
exactly as it was stored, so import followed by export gives back the same documents.

When a patient whose records are exported had duplicates merged into them
(services.patient_merges), export also writes `merges.json`: for each such patient, their
number and the numbers merged into them (`merged_from`), with the files that are theirs.
A document itself never changes (it is what was submitted, and keeps the number typed
then); import passes over `merges.json`, so an exported folder imports as before.
"""

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clinic_app.followups import FollowUp, FollowUpInvalid, parse_follow_up
from clinic_app.followups.fields import FOLLOW_UP_FORMATS
from clinic_app.intake import DocumentUnreadable, IntakeInvalid, parse_intake, read_document
from clinic_app.intake.model import Intake as IntakeDocument
from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.services.clinic_settings import rule_settings_in
from clinic_app.services.files import write_private
from clinic_app.services.followups import FollowUpRefused, submit_follow_up_in
from clinic_app.services.intakes import load_document, submit_in
from clinic_app.services.patient_merges import merged_numbers_in
from clinic_app.services.patients import surviving
from clinic_app.storage.database import Database
from clinic_app.storage.errors import StorageError
from clinic_app.storage.models import Course, Followup, Intake, Patient

DOCUMENT_SUFFIX = ".json"
MERGES_FILE = "merges.json"
"""The export's list of merged patients; never an intake document, so import skips it."""
MERGES_FORMAT = "clinic-intake-merges/1"


class ImportRefused(StorageError):
    """Files that cannot be imported; one line per problem, each naming its file."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = tuple(lines)
        super().__init__("\n".join(self.lines))


@dataclass(frozen=True)
class Imported:
    intake_ids: tuple[int, ...]
    new_patients: int
    referrals: int
    followup_ids: tuple[int, ...] = ()
    follow_ups_for_review: int = 0
    """Follow-ups with a referral or follow-up flag: they wait in the review queue."""


def intake_files(sources: Iterable[str]) -> list[Path]:
    """The documents named: files as given, directories searched for *.json (sorted)."""
    found: list[Path] = []
    missing: list[str] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            inside = sorted(
                candidate
                for candidate in path.rglob(f"*{DOCUMENT_SUFFIX}")
                if candidate.is_file()
                and not candidate.name.startswith(".")
                and candidate.name != MERGES_FILE
            )
            if not inside:
                missing.append(f"{source}: no intake documents (*{DOCUMENT_SUFFIX}) in this folder")
            found.extend(inside)
        elif path.exists():
            found.append(path)
        else:
            missing.append(f"{source}: no such file or folder")
    if missing:
        raise ImportRefused(missing)
    # A file named twice (or inside a folder also named) is still one intake.
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def import_documents(database: Database, actor: Actor, sources: Iterable[str]) -> Imported:
    """Validate every document, then store them all in one transaction (or none)."""
    files = intake_files(sources)
    checked: list[tuple[IntakeDocument, dict[str, Any]]] = []
    follow_ups: list[tuple[Path, FollowUp, dict[str, Any]]] = []
    problems: list[str] = []
    for path in files:
        try:
            document = read_document(str(path))
            if document.get("format") in FOLLOW_UP_FORMATS:
                follow_ups.append((path, parse_follow_up(document), document))
            else:
                checked.append((parse_intake(document), document))
        except DocumentUnreadable as unreadable:
            problems.append(str(unreadable))
        except (IntakeInvalid, FollowUpInvalid) as invalid:
            problems.extend(f"{path}: {problem}" for problem in invalid.problems)
    if problems:
        raise ImportRefused(problems)
    follow_ups.sort(key=lambda entry: entry[1].visit_date)  # stable: same day, file order
    ids: list[int] = []
    followup_ids: list[int] = []
    new_patients = referrals = for_review = 0
    with database.writing() as session:
        settings = rule_settings_in(session)
        for intake, document in checked:
            submitted = submit_in(
                session, actor, intake, document, settings, action="intake.imported"
            )
            ids.append(submitted.intake_id)
            new_patients += submitted.patient.created
            referrals += bool(submitted.assessment.referral_flags)
        for path, follow_up, document in follow_ups:
            try:
                stored = submit_follow_up_in(
                    session, actor, follow_up, document, settings, action="followup.imported"
                )
            except FollowUpRefused as refused:
                problems.append(f"{path}: {refused}")
                continue
            followup_ids.append(stored.followup_id)
            for_review += stored.assessment.referral_recommended
        if problems:  # raised inside the transaction: everything above is rolled back
            raise ImportRefused(problems)
    return Imported(tuple(ids), new_patients, referrals, tuple(followup_ids), for_review)


def export_documents(
    database: Database,
    actor: Actor,
    directory: Path,
    *,
    since: date | None = None,
    patient: str | None = None,
) -> list[Path]:
    """Write `<intake id>.json` for each submitted intake and `followup-<id>.json` for each
    submitted follow-up (visit on or after `since`, of the patient with that database id
    or clinic number). Files are readable by their owner only: they hold health records."""
    query = select(Intake.id, Intake.document, Intake.patient_id).where(
        Intake.status == "submitted"
    )
    follow_ups = (
        select(Followup.id, Followup.document, Course.patient_id)
        .join(Course, Course.id == Followup.course_id)
        .where(Followup.status == "submitted")
    )
    if since is not None:
        query = query.where(Intake.visit_date >= since)
        follow_ups = follow_ups.where(Followup.visit_date >= since)
    if patient is not None:
        wanted = patient_ids(database, patient)
        query = query.where(Intake.patient_id.in_(wanted))
        follow_ups = follow_ups.where(Course.patient_id.in_(wanted))
    query = query.order_by(Intake.id)
    follow_ups = follow_ups.order_by(Followup.id)
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(f"{directory}: cannot create the folder ({error.strerror})") from None
    if not directory.is_dir():
        raise StorageError(f"{directory}: is not a folder")
    written: list[Path] = []
    files_of: dict[int | None, list[str]] = {}
    with database.reading() as session:
        merged_from = merged_numbers_in(session)
        for intake_id, stored, patient_id in session.execute(query):
            path = _write_private(directory / f"{intake_id}.json", load_document(stored))
            written.append(path)
            files_of.setdefault(patient_id, []).append(path.name)
        for followup_id, stored, patient_id in session.execute(follow_ups):
            name = f"followup-{followup_id}.json"
            written.append(_write_private(directory / name, load_document(stored)))
            files_of.setdefault(patient_id, []).append(name)
        merges = _merges_section(session, merged_from, files_of)
    if merges:
        written.append(_write_private(directory / MERGES_FILE, merges))
    with database.writing() as session:
        audit.record(session, actor, "intake.exported", "intake", None, f"{len(written)} files")
    return written


def _merges_section(
    session: Session, merged_from: dict[int, list[str]], files_of: dict[int | None, list[str]]
) -> dict[str, Any] | None:
    """merges.json: the exported patients that had records merged into them, or None."""
    survivors = sorted(
        patient_id
        for patient_id in files_of
        if patient_id is not None and patient_id in merged_from
    )
    if not survivors:
        return None
    numbers: dict[int, str | None] = dict(
        session.execute(
            select(Patient.id, Patient.clinic_number).where(Patient.id.in_(survivors))
        ).all()
    )
    return {
        "format": MERGES_FORMAT,
        "patients": [
            {
                "clinic_number": numbers.get(patient_id),
                "merged_from": merged_from[patient_id],
                "files": files_of[patient_id],
            }
            for patient_id in survivors
        ],
    }


def patient_ids(database: Database, patient: str) -> list[int]:
    """The patient named by clinic number or, failing that, by database id; a merged-away
    patient's number names the record that survived them, which holds their intakes now."""
    with database.reading() as session:
        found = list(session.scalars(select(Patient).where(Patient.clinic_number == patient)))
        if not found and patient.isdigit():
            found = list(session.scalars(select(Patient).where(Patient.id == int(patient))))
        return sorted({surviving(session, row).id for row in found})


def _write_private(path: Path, document: dict[str, Any]) -> Path:
    """Write the document whole or not at all, mode 0600."""
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    return write_private(path, text.encode("utf-8"))
