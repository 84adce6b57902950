"""The main window: New intake, Patients, Follow-up visit, Review queue and Settings, as
the role allows.

What the window itself asks of the database (the drafts to offer after sign-in, the
sign-out on the audit trail) goes to the background runner: the window never waits.
"""

import logging
import socket

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinic_app import APP_NAME, __version__
from clinic_app.gui.admin.audit_page import AuditPage
from clinic_app.gui.admin.backups_page import BackupsPage
from clinic_app.gui.admin.encryption_page import EncryptionPage
from clinic_app.gui.admin.kiosk_page import KioskPage
from clinic_app.gui.admin.settings_page import SettingsPage
from clinic_app.gui.admin.users_page import UsersPage
from clinic_app.gui.common.accessible_names import name_from_labels
from clinic_app.gui.common.background import BackgroundTask, run_in_background
from clinic_app.gui.common.database_health import database_health
from clinic_app.gui.common.desk_alert import DeskAlertBar
from clinic_app.gui.common.drafts_dialog import DraftsDialog, DraftsOffer
from clinic_app.gui.common.elided_label import ElidedLabel
from clinic_app.gui.common.offline_banner import OfflineBanner
from clinic_app.gui.common.wording import role_label
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.followups.followup_form import FollowUpForm
from clinic_app.gui.intake.entries_page import EntriesPage
from clinic_app.gui.intake.intake_form import IntakeForm
from clinic_app.gui.intake.intake_result import IntakeResult
from clinic_app.gui.kiosk.kiosk_window import KioskWindow
from clinic_app.gui.patients.patients_page import PatientsPage
from clinic_app.gui.review.review_page import ReviewPage
from clinic_app.gui.session.language_dialog import LanguageDialog
from clinic_app.gui.session.look_dialog import LookDialog
from clinic_app.gui.session.session_events import record_soon
from clinic_app.gui.session.session_lock import SessionLock
from clinic_app.paths import resources_dir
from clinic_app.services.followup_drafts import FollowUpDraftSummary
from clinic_app.services.intakes import Submitted
from clinic_app.services.users import Account

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """`signedOut` when the user signs out (the app then asks who is next); `switchedUser`
    with the account when someone else signs in on the lock screen (the app then shows a
    window for them); `closed` when the window is closed for good.

    The window locks itself after the clinic's idle minutes, or on Ctrl+L (session_lock).
    """

    signedOut = Signal()
    switchedUser = Signal(object)
    closed = Signal()

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "clinic-intake.svg")))
        self.workstation = workstation
        self._signing_out = False
        self._kiosk: KioskWindow | None = None

        self.form = IntakeForm(workstation)
        self.result = IntakeResult(workstation)
        self.intake_page = QStackedWidget()
        self.intake_page.setObjectName("intakePage")
        self.intake_page.addWidget(self.form)
        self.intake_page.addWidget(self.result)
        self.patients = PatientsPage(workstation)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Desk pages"))
        self.tabs.addTab(self.intake_page, self.tr("&New intake"))
        self.entries = EntriesPage(workstation)
        self.tabs.addTab(self.entries, self.tr("Patient &entries"))
        self.tabs.addTab(self.patients, self.tr("&Patients"))
        self.follow_up = FollowUpForm(workstation)
        self.tabs.addTab(self.follow_up, self.tr("Follo&w-up visit"))
        self.review: ReviewPage | None = None
        if workstation.is_role("clinician", "admin"):
            self.review = ReviewPage(workstation)
            self.tabs.addTab(self.review, self.tr("&Review queue"))
        self.settings: QTabWidget | None = None
        if workstation.is_role("admin"):
            self.settings = _admin_tabs(workstation)
            self.tabs.addTab(self.settings, self.tr("&Settings"))
        self.session = SessionLock(self, workstation, self.tabs, keep_draft=self.keep_draft)
        self.session.switchedUser.connect(self._switch_user)
        health = database_health()
        self._stop_watching = workstation.database.watch_answers(health.answered)
        self.offline = OfflineBanner(health)
        # Outside the locked pages: a locked desk still shows that an alert waits (without
        # naming anyone) rather than hiding an emergency behind the lock screen.
        self.alerts = DeskAlertBar(workstation)
        self.session.locked.connect(lambda: self.alerts.set_locked(True))
        self.session.unlocked.connect(lambda: self.alerts.set_locked(False))
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.offline)
        column.addWidget(self.alerts)
        column.addWidget(self.session.pages, 1)
        self.setCentralWidget(central)

        self.form.submitted.connect(self._submitted)
        self.form.entryChecked.connect(lambda _entry_id: self.entries.refresh())
        self.entries.entryOpened.connect(self.open_entry)
        self.result.newIntakeRequested.connect(self.new_intake)
        self.patients.intakeRequested.connect(self.new_intake_for)
        self.patients.followUpRequested.connect(self.follow_up_of)
        self.follow_up.doneRequested.connect(self._follow_up_done)
        self.tabs.currentChanged.connect(self._tab_shown)
        self._build_menus()

        account = workstation.account
        role = role_label(account.role)
        signed_in = QLabel(
            self.tr("Signed in as {name} ({role})").format(name=account.display_name, role=role)
        )
        signed_in.setObjectName("status.user")
        database = ElidedLabel(
            self.tr("Database: {where}").format(where=workstation.database.describe())
        )  # a long path is shortened in the middle, whole in its tooltip
        database.setObjectName("status.database")
        self.statusBar().addWidget(signed_in)
        self.statusBar().addPermanentWidget(database)
        self.resize(1200, 800)
        self.session.start()
        self.alerts.start()
        # The form was built before it had this window; its first field is told again
        # now, so the window opens with the cursor there rather than on the tab bar.
        self.form.focus_first_field()
        name_from_labels(self)  # every page's combo boxes, by their labels

    # --- menus ----------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("&New intake"), "Ctrl+N", self.new_intake, "action.newIntake"
        )
        find = self.tr("&Find a patient")
        self._action(file_menu, find, "Ctrl+F", self.show_patients, "action.find")
        kiosk = self.tr("Start &kiosk on this screen")
        self._action(file_menu, kiosk, None, self.start_kiosk, "action.startKiosk")
        answers = self.tr("&Import patient answers…")
        self._action(file_menu, answers, None, self.import_answers, "action.importAnswers")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Lock now"), "Ctrl+L", self.lock, "action.lock")
        sign_out = self.tr("Sign &out")
        self._action(file_menu, sign_out, "Ctrl+Shift+L", self.sign_out, "action.signOut")
        file_menu.addSeparator()
        language = self.tr("Window lan&guage…")
        self._action(file_menu, language, None, self.choose_language, "action.language")
        look = self.tr("Text si&ze and theme…")
        self._action(file_menu, look, None, self.choose_look, "action.look")
        file_menu.addSeparator()
        quit_words = self.tr("&Quit")
        self._action(
            file_menu, quit_words, QKeySequence.StandardKey.Quit, self.close, "action.quit"
        )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About"), None, self._about, "action.about")

    def _action(
        self,
        menu: object,
        text: str,
        keys: str | QKeySequence.StandardKey | None,
        slot: object,
        name: str,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        self.addAction(action)
        return action

    # --- what the desk does -------------------------------------------------------------

    def new_intake(self) -> None:
        self.form.new_intake()
        self.intake_page.setCurrentWidget(self.form)
        self.tabs.setCurrentWidget(self.intake_page)

    def new_intake_for(self, patient: dict[str, object]) -> None:
        self.form.new_intake(patient)
        self.intake_page.setCurrentWidget(self.form)
        self.tabs.setCurrentWidget(self.intake_page)

    def open_entry(self, entry_id: int) -> None:
        """Check a patient's entry in the intake form (unless the desk chose to stay)."""
        if self.form.open_entry(entry_id):
            self.intake_page.setCurrentWidget(self.form)
            self.tabs.setCurrentWidget(self.intake_page)

    def follow_up_of(self, course_id: int) -> None:
        """Open the Follow-up visit form for the course (the patients room asked)."""
        self.follow_up.open_course(course_id)
        self.tabs.setCurrentWidget(self.follow_up)

    def _follow_up_done(self) -> None:
        self.patients.courses.refresh()  # its visits, stage and charts have changed
        self.show_patients()

    def show_patients(self) -> None:
        self.tabs.setCurrentWidget(self.patients)
        self.patients.focus_search()

    def offer_drafts(self) -> DraftsOffer:
        """After sign-in: offer drafts left unfinished (a crash, a closed laptop)."""
        return DraftsOffer.start(self.workstation, self, self._resume)

    def _resume(self, dialog: DraftsDialog) -> None:
        chosen = dialog.chosen
        if isinstance(chosen, FollowUpDraftSummary):
            self.follow_up.resume(chosen)
            self.tabs.setCurrentWidget(self.follow_up)
        elif chosen is not None:
            self.form.resume(chosen)
            self.intake_page.setCurrentWidget(self.form)
            self.tabs.setCurrentWidget(self.intake_page)

    def _submitted(self, submitted: Submitted) -> None:
        self.result.show_result(submitted)
        self.intake_page.setCurrentWidget(self.result)

    def _tab_shown(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.patients:
            self.patients.focus_search()

    def import_answers(self) -> QFileDialog:
        """Patients' answers from a portal or any FHIR form (QuestionnaireResponse files),
        kept as patient entries for the desk's check (self-entry.md, fhir.md)."""
        dialog = QFileDialog(self, self.tr("Import patient answers"))
        dialog.setObjectName("dialog.importAnswers")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("FHIR QuestionnaireResponse files (*.json)"))
        dialog.filesSelected.connect(self.import_answer_files)
        dialog.open()
        return dialog

    def import_answer_files(self, files: list[str]) -> BackgroundTask:
        """Import on the background runner: all the files, or (any refused) none."""
        from clinic_app.services.fhir_transfer import import_responses  # FHIR loads when used

        database, actor = self.workstation.database, self.workstation.actor
        self.statusBar().showMessage(self.tr("Importing patient answers…"))
        self._answers_task = run_in_background(
            self,
            lambda: import_responses(database, actor, files, keep_value_problems=True),
            what="importing patient answers",
            on_finished=self._answers_imported,
            on_failed=self._answers_refused,
        )
        return self._answers_task

    def _answers_imported(self, result: object) -> None:
        count = len(getattr(result, "entry_ids", ()))
        to_correct = len(getattr(result, "to_correct", ()))
        said = self.tr("Imported %n patient entries. They wait for the desk's check.", "", count)
        if to_correct:
            said += " " + self.tr(
                "Entries with answers to correct before they can be submitted: %n. Open "
                "them in Patient entries.",
                "",
                to_correct,
            )
        self.entries.refresh()  # in the list now, not at the next poll
        self._answers_said(QMessageBox.Icon.Information, said)

    def _answers_refused(self, message: str) -> None:
        self._answers_said(
            QMessageBox.Icon.Warning,
            self.tr("Nothing was imported. Correct these files, then import them again:")
            + "\n"
            + message,
        )

    def _answers_said(self, icon: QMessageBox.Icon, text: str) -> None:
        """Said in a window-modal box that does not block (tests, and the desk, go on)."""
        self.statusBar().clearMessage()
        box = QMessageBox(icon, self.tr("Import patient answers"), text, parent=self)
        box.setObjectName("message.importAnswers")
        box.open()
        self._answers_message = box

    def choose_language(self) -> LanguageDialog:
        """The chooser for this user's window language (it applies at the next sign-in)."""
        dialog = LanguageDialog(self.workstation.account.username, self)
        dialog.open()
        return dialog

    def choose_look(self) -> LookDialog:
        """The chooser for this user's text size and theme (it applies at once)."""
        dialog = LookDialog(self.workstation.account.username, self)
        dialog.open()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            f"<b>{APP_NAME}</b> {__version__}<br>"
            + self.tr(
                "Intake, red-flag review and home-care handouts for runners with foot pain. "
                "The flags are for a clinician to check; they are not a diagnosis."
            ),
        )

    def start_kiosk(self) -> KioskWindow:
        """Hand this screen to patients: the window locks, and the kiosk runs full screen
        on the desk's database until staff leave it (back to this window, locked)."""
        self.session.lock()
        kiosk = KioskWindow(self.workstation.database, socket.gethostname() or "kiosk")
        kiosk.left.connect(self.activateWindow)
        self._kiosk = kiosk
        kiosk.start()
        return kiosk

    # --- leaving --------------------------------------------------------------------

    def lock(self) -> None:
        """Hide every patient detail until a password is typed (also after idle minutes)."""
        self.session.lock()

    def is_locked(self) -> bool:
        return self.session.is_locked()

    def keep_draft(self) -> None:
        """Save what was typed now, rather than in a second (the window is going)."""
        if self.form.has_unsaved_work():
            self.form.keeper.save_now()
        if self.follow_up.has_unsaved_work():
            self.follow_up.save_draft_now()

    def sign_out(self) -> None:
        self.keep_draft()
        # On the trail without waiting: leaving must not wait on (or fail with) the database.
        record_soon(self.workstation.database, self.workstation.account, "sign_out")
        self._signing_out = True
        self.close()
        self.signedOut.emit()

    def _switch_user(self, account: Account) -> None:
        """Someone else signed in on the lock screen: this window goes (its draft was saved
        when it locked) and the desk shows one for them."""
        self._signing_out = True
        self.close()
        # From the event loop, not from inside the lock screen's own signal: the desk lets
        # go of this window there, and it must not be deleted under a running slot.
        QTimer.singleShot(0, lambda: self.switchedUser.emit(account))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keep_draft()
        self._stop_watching()
        self.alerts.stop()
        self.session.stop()
        super().closeEvent(event)
        if not self._signing_out:
            self.closed.emit()


def _admin_tabs(workstation: Workstation) -> QTabWidget:
    """What only an admin keeps: the clinic's settings, the accounts, the audit trail, the
    kiosk's settings (with merging duplicate patients)."""
    tabs = QTabWidget()
    tabs.setObjectName("settingsTabs")
    translate = QCoreApplication.translate
    tabs.setAccessibleName(translate("MainWindow", "Settings pages"))
    tabs.addTab(SettingsPage(workstation), translate("MainWindow", "&Clinic"))
    tabs.addTab(UsersPage(workstation), translate("MainWindow", "&Users"))
    tabs.addTab(AuditPage(workstation), translate("MainWindow", "&Audit trail"))
    tabs.addTab(KioskPage(workstation), translate("MainWindow", "K&iosk"))
    tabs.addTab(BackupsPage(workstation), translate("MainWindow", "&Backups"))
    tabs.addTab(EncryptionPage(workstation), translate("MainWindow", "Encr&yption"))
    return tabs
