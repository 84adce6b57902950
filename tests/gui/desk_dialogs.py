"""Every dialog of the desk, built over one clinic database with a course of care and a
submitted intake on record, for the tests that hold each dialog to a rule (tab order,
text size)."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from intake_documents import document as intake_document
from PySide6.QtWidgets import QDialog

from clinic_app.gui.admin.merge_dialog import MergeDialog
from clinic_app.gui.admin.password_dialog import PasswordDialog
from clinic_app.gui.admin.user_dialog import AddUserDialog
from clinic_app.gui.common.drafts_dialog import DraftsDialog
from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.common.print_preview import PrintPreviewDialog
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.discard_dialog import DiscardDialog
from clinic_app.gui.kiosk.staff_dialog import StaffDialog
from clinic_app.gui.patients.close_course_dialog import CloseCourseDialog
from clinic_app.gui.patients.new_patient_dialog import NewPatientDialog
from clinic_app.gui.review.decision_dialog import DecisionDialog
from clinic_app.gui.session.first_run import FirstRunDialog
from clinic_app.gui.session.language_dialog import LanguageDialog
from clinic_app.gui.session.look_dialog import LookDialog
from clinic_app.gui.session.sign_in import SignInDialog
from clinic_app.handouts.render import render_care_sheet
from clinic_app.handouts.sheet import build_care_sheet
from clinic_app.intake import parse_intake
from clinic_app.paths import resources_dir
from clinic_app.rules import RuleSettings, assess
from clinic_app.services import followups, intakes
from clinic_app.services.kiosk_settings import PinGuard
from clinic_app.storage.database import Database
from gui.courses_on_record import course_on_record


def example() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(
        (resources_dir() / "examples" / "maya-okafor.json").read_text("utf-8")
    )
    return document


@dataclass(frozen=True)
class Desk:
    database: Database
    front_desk: Workstation
    clinician: Workstation
    admin: Workstation
    intake_id: int
    course_id: int


def _drafts(desk: Desk) -> QDialog:
    intakes.save_draft(desk.database, desk.front_desk.actor, example())
    return DraftsDialog(desk.front_desk, intakes.unfinished_drafts(desk.database))


def _close_course(desk: Desk) -> QDialog:
    return CloseCourseDialog(
        desk.front_desk, followups.course_summary(desk.database, desk.course_id)
    )


def _print_preview(desk: Desk) -> QDialog:
    intake = parse_intake(example())
    settings = RuleSettings()
    sheet = build_care_sheet(
        intake, assess(intake, settings), settings=settings, printed_on=date(2026, 11, 23)
    )
    return PrintPreviewDialog(
        render_care_sheet(sheet, paper="a4"), title="Care sheet", suggested_name="sheet.pdf"
    )


DIALOGS: dict[str, Callable[[Desk], QDialog]] = {
    "sign in": lambda desk: SignInDialog(LazyDatabase.of(desk.database)),
    "first run": lambda desk: FirstRunDialog(desk.database),
    "window language": lambda desk: LanguageDialog("desk"),
    "look": lambda desk: LookDialog("desk"),
    "new patient": lambda desk: NewPatientDialog(desk.front_desk),
    "add user": lambda desk: AddUserDialog(desk.admin),
    "reset password": lambda desk: PasswordDialog(desk.admin, desk.front_desk.account),
    "merge patients": lambda desk: MergeDialog(desk.admin),
    "discard an entry": lambda desk: DiscardDialog("Maya Okafor"),
    "kiosk staff": lambda desk: StaffDialog(desk.database, PinGuard("Waiting room")),
    "decision": lambda desk: DecisionDialog(desk.clinician, desk.intake_id),
    "drafts": _drafts,
    "close course": _close_course,
    "print preview": _print_preview,
}


def desk_of(
    database: Database, front_desk: Workstation, clinician: Workstation, admin: Workstation
) -> Desk:
    """The desk with a course of care (for Close course) and an intake to decide on."""
    course_id = course_on_record(front_desk, None)
    submitted = intakes.submit(database, front_desk.actor, intake_document(None))
    return Desk(database, front_desk, clinician, admin, submitted.intake_id, course_id)
