"""Every control that takes the keyboard focus has a name a screen reader can say
(accessibility.md, Names): the main window of each role, with a course of care on
record, every tab and every page of every stack shown and the first row of every list
chosen (so the detail panes a selection opens are walked too), and each dialog the desk
opens. The names are read through QAccessible (tests/gui/accessible.py), as the AT-SPI
bridge reads them.
"""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from intake_documents import document as intake_document
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinic_app.gui.admin.merge_dialog import MergeDialog
from clinic_app.gui.admin.password_dialog import PasswordDialog
from clinic_app.gui.admin.user_dialog import AddUserDialog
from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.discard_dialog import DiscardDialog
from clinic_app.gui.kiosk.staff_dialog import StaffDialog
from clinic_app.gui.main_window import MainWindow
from clinic_app.gui.patients.new_patient_dialog import NewPatientDialog
from clinic_app.gui.review.decision_dialog import DecisionDialog
from clinic_app.gui.session.first_run import FirstRunDialog
from clinic_app.gui.session.language_dialog import LanguageDialog
from clinic_app.gui.session.sign_in import SignInDialog
from clinic_app.services import intakes
from clinic_app.services.kiosk_settings import PinGuard
from clinic_app.storage.database import Database
from gui.accessible import accessible_name, focusable, nameless
from gui.courses_on_record import course_on_record

ROLES = ("front_desk", "clinician", "admin")
REACHED = {
    # What each role's walk must have met, so a walk that stopped short fails here.
    "front_desk": {"patient.first_name", "symptoms.side", "patients.search", "entries.open"},
    "clinician": {"queue.from", "review.decideIntake", "review.letter"},
    "admin": {"settings.idle_lock_minutes", "audit.from", "users.add"},
}


def walked(qtbot: QtBot, window: QWidget, seen: set[str]) -> set[str]:
    """The nameless controls of every tab and stacked page of `window`, with the first
    row of each list chosen; twice over, so a pane a selection opened is walked too.
    `seen` gathers the object names of every focusable control met on the way."""
    found: set[str] = set()
    for _ in range(2):
        for tabs in window.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(50)
                for view in window.findChildren(QAbstractItemView):
                    model = view.model()
                    if view.isVisibleTo(window) and model is not None and model.rowCount() > 0:
                        view.setCurrentIndex(model.index(0, 0))
                        qtbot.wait(200)  # the detail is read on the background runner
                found.update(nameless(window))
                seen.update(widget.objectName() for widget in focusable(window))
                for stack in window.findChildren(QStackedWidget):
                    if stack.isVisibleTo(window):
                        shown = stack.currentIndex()
                        for page in range(stack.count()):
                            stack.setCurrentIndex(page)
                            found.update(nameless(window))
                            seen.update(widget.objectName() for widget in focusable(window))
                        stack.setCurrentIndex(shown)  # so the stacks inside it are walked
    return found


@pytest.mark.parametrize("role", ROLES)
def test_every_control_of_the_main_window_has_a_name_for_each_role(
    qtbot: QtBot, role: str, request: pytest.FixtureRequest, front_desk: Workstation
) -> None:
    course_on_record(front_desk, None, {})
    workstation: Workstation = request.getfixturevalue(role)
    window = MainWindow(workstation)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: set[str] = set()
    missing = sorted(walked(qtbot, window, seen))
    assert missing == [], "\n".join(missing)
    assert REACHED[role] <= seen, f"the walk never reached {sorted(REACHED[role] - seen)}"


@dataclass(frozen=True)
class Desk:
    database: Database
    front_desk: Workstation
    clinician: Workstation
    admin: Workstation
    intake_id: int


DIALOGS: dict[str, Callable[[Desk], QDialog]] = {
    "sign in": lambda desk: SignInDialog(LazyDatabase.of(desk.database)),
    "first run": lambda desk: FirstRunDialog(desk.database),
    "window language": lambda desk: LanguageDialog("desk"),
    "new patient": lambda desk: NewPatientDialog(desk.front_desk),
    "add user": lambda desk: AddUserDialog(desk.admin),
    "reset password": lambda desk: PasswordDialog(desk.admin, desk.front_desk.account),
    "merge patients": lambda desk: MergeDialog(desk.admin),
    "discard an entry": lambda desk: DiscardDialog("Maya Okafor"),
    "kiosk staff": lambda desk: StaffDialog(desk.database, PinGuard("Waiting room")),
    "decision": lambda desk: DecisionDialog(desk.clinician, desk.intake_id),
}


@pytest.mark.parametrize("dialog_name", sorted(DIALOGS))
def test_every_control_of_each_dialog_has_a_name(
    qtbot: QtBot,
    dialog_name: str,
    database: Database,
    front_desk: Workstation,
    clinician: Workstation,
    admin: Workstation,
) -> None:
    submitted = intakes.submit(database, front_desk.actor, intake_document(None))
    desk = Desk(database, front_desk, clinician, admin, submitted.intake_id)
    dialog = DIALOGS[dialog_name](desk)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.wait(100)  # whatever the dialog reads on the background runner is in
    assert nameless(dialog) == []


def test_a_group_of_check_boxes_is_named_as_its_label_reads(
    qtbot: QtBot, front_desk: Workstation
) -> None:
    """Not by its field's path ("running.recent_changes"), which a screen reader would
    spell out."""
    window = MainWindow(front_desk)
    qtbot.addWidget(window)
    groups = {
        group.objectName(): accessible_name(group)
        for group in window.form.findChildren(QGroupBox)
        if group.objectName() in ("running.recent_changes", "symptoms.pain_character")
    }
    assert len(groups) == 2
    for path, name in groups.items():
        assert name
        assert name != path
        assert "." not in name
