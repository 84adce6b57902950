"""Screenshots of every main screen, taken from a real X server: `make screenshots`.

    DISPLAY=:N QT_QPA_PLATFORM=xcb python docs/screenshots.py [--language TAG] OUTPUT_DIR

With `--language es` or `--language zh-Hans` the windows speak that language (its
catalogue, built by `make ui`, and Qt's own for standard buttons), as at a desk whose
staff chose it; `make screenshots` draws English into docs/images/screens/ and each other
language into docs/images/screens/<TAG>/. Names and typed answers stay as typed.

Drives the app as the desk would, on a fresh SQLite database in a temporary folder (with
CLINIC_INTAKE_HOME there too, so nothing of a real user's is read or written): the first
administrator is created in the first-run dialog, the front desk signs in, takes an
intake with referral flags (night pain, numbness), previews its care sheet, searches the
patients, meets a likely duplicate, leaves a draft unfinished; then a clinician signs in,
is offered that draft, reviews the flagged intake, refers it, previews the letter and
locks the window; last the administrator opens Settings: Clinic, Users and the audit
trail. Every name in it is made up.

The follow-up visit (20, 21) is typed into the real form over a course built from the
documents in memory (intake and one earlier follow-up), and its outcome shown as a submit
shows it: the follow-up services that store courses are not in this build yet. Once they
are, this part should drive them from the patient's page as the rest does.

Each window is grabbed from the X server itself (`QScreen.grabWindow` on its window id),
not painted into a pixmap by Qt: what is saved is what the X server shows, which is the
point on CI (tests/gui/test_screenshots.py). Nothing is waited for by sleeping a fixed
time: each wait polls for what it needs, with a time limit.

Prints one line per PNG written. Exits 0 only when every PNG was written and is not
blank; 1 with the reason otherwise; 2 when there is no X server to draw on.
"""

import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import clinic_app.gui  # noqa: F401  (its PySide6 guard goes in before any Qt call)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "maya-okafor.json"

LARGE = os.environ.get("CLINIC_INTAKE_TEXT_SIZE", "100").strip().rstrip("%") not in ("", "100")
"""A larger text size (`make screenshots` draws 150 % into docs/images/screens/large/):
drawn on a 1920×1200 screen in a bigger main window, as a desk that needs it would have."""
MAIN_SIZE = (1440, 900) if LARGE else (1200, 800)
"""The main window's size in every screenshot (it fits the Xvfb screen: 1280×1024, or
1920×1200 at a larger text size)."""
POINTER_PARK = (1919, 1199) if LARGE else (1279, 1023)
"""Where the X pointer is kept: off every window, so nothing is drawn hovered."""
PASSWORD = "screenshots only 42"
WAIT_S = 20.0
"""The longest any one wait may take (a cold start builds the care sheet in ~2 s)."""

MIN_COLOURS = 16
"""A screen with text on it has many colours (anti-aliasing); a blank one has one or two."""
MAX_ONE_COLOUR = 0.97
"""The share of pixels the commonest colour may cover: more is an empty window."""


@dataclass(frozen=True)
class Shot:
    name: str
    """The file name without .png, numbered in the order the desk meets the screens."""
    what: str


SHOTS = (
    Shot("01-first-run", "first run: the administrator's account is created"),
    Shot("02-sign-in", "sign-in dialog, filled in by the front desk"),
    Shot("03-intake-patient", "new intake, step 1 Patient, with live flags"),
    Shot("04-intake-running", "new intake, step 2 Running"),
    Shot("05-intake-symptoms", "new intake, step 3 Symptoms: foot map marked, pain rated"),
    Shot("06-intake-history", "new intake, step 4 History and notes"),
    Shot("07-intake-review", "new intake, step 5 Review, ready to submit"),
    Shot(
        "08-intake-result",
        "after Submit: the intake saved, its referral flags, the exercises chosen for it",
    ),
    Shot("09-print-preview", "print preview of the care sheet"),
    Shot("10-patients-search", "Patients tab: a search typed, patients found"),
    Shot("11-new-patient-duplicate", "New patient dialog: a likely duplicate on record"),
    Shot("12-drafts", "after sign-in: an unfinished intake offered to resume"),
    Shot("13-review-queue", "Review queue: the flagged intake open beside the queue"),
    Shot("14-decision", "a decision on one flag: refer, with destination and urgency"),
    Shot("15-referral-letter", "print preview of the referral letter"),
    Shot("16-locked", "the window locked: no patient data until the password"),
    Shot("17-settings", "Settings, Clinic: letterhead, paper, idle lock, thresholds"),
    Shot("18-users", "Settings, Users: the accounts"),
    Shot("19-audit-trail", "Settings, Audit trail: who saw and did what"),
    Shot("20-follow-up-form", "Follow-up visit: pain typed higher than last time, flagged live"),
    Shot("21-progress-charts", "after a follow-up: this week's plan and the progress charts"),
    Shot("kiosk-1-language", "the waiting-room kiosk: choose your language"),
    Shot("kiosk-2-about-you", "kiosk, About you: name and date of birth typed"),
    Shot("kiosk-3-symptoms", "kiosk, Your pain: the foot map marked, the pain rated"),
    Shot("kiosk-4-consent", "kiosk, Your consent: the clinic's text, agreed and signed"),
    Shot("kiosk-5-thank-you", "kiosk: the thank-you, the same whatever was answered"),
)
KIOSK_CONSENT = {
    "en": "I agree that the clinic keeps my answers and my signature for my care.",
    "es": "Acepto que la clínica guarde mis respuestas y mi firma para mi atención.",
    "zh-Hans": "我同意诊所保存我的回答和签名，用于我的治疗。",
}
"""A consent text per language for the kiosk's screens (the clinic writes its own)."""


class ScreenshotFailed(Exception):
    """A screen could not be shown or grabbed; the message says which and why."""


def main(argv: list[str]) -> int:
    from clinic_app.languages import ENGLISH, UnknownLanguage, parse_language

    language = ENGLISH
    if len(argv) == 4 and argv[1] == "--language":
        try:
            language = parse_language(argv[2])
        except UnknownLanguage as error:
            print(f"screenshots: {error}", file=sys.stderr)
            return 2
        argv = [argv[0], argv[3]]
    if len(argv) != 2 or argv[1].startswith("-"):
        usage = f"usage: {Path(argv[0]).name} [--language TAG] OUTPUT_DIR (under an X server)"
        print(usage, file=sys.stderr)
        return 2
    platform = os.environ.get("QT_QPA_PLATFORM", "xcb")
    if platform != "xcb" or not os.environ.get("DISPLAY"):
        print(
            "screenshots: needs a real X server: set DISPLAY and QT_QPA_PLATFORM=xcb "
            f"(got DISPLAY={os.environ.get('DISPLAY', '')!r}, QT_QPA_PLATFORM={platform!r}); "
            'e.g. xvfb-run -a -s "-screen 0 1280x1024x24" with QT_QPA_PLATFORM=xcb',
            file=sys.stderr,
        )
        return 2
    output = Path(argv[1])
    output.mkdir(parents=True, exist_ok=True)
    for pattern in ("[0-9][0-9]-*.png", "kiosk-*.png"):
        for stale in output.glob(pattern):
            stale.unlink()
    with tempfile.TemporaryDirectory(prefix="clinic-screens-") as home:
        os.environ["CLINIC_INTAKE_HOME"] = home  # logs and data of this run only
        os.environ.pop("CLINIC_INTAKE_DB", None)
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        try:
            Screens(output, Path(home), language).run()
        except ScreenshotFailed as failure:
            print(f"screenshots: {failure}", file=sys.stderr)
            return 1
    return check_all(output)


def check_all(output: Path) -> int:
    """0 when every expected PNG is on disk and not blank; else 1, each problem said."""
    from PySide6.QtGui import QImage

    problems = []
    for shot in SHOTS:
        path = output / f"{shot.name}.png"
        image = QImage(str(path))
        if image.isNull():
            problems.append(f"{path}: missing or unreadable")
            continue
        blank = blank_reason(image)
        if blank:
            problems.append(f"{path}: {blank}")
    for problem in problems:
        print(f"screenshots: {problem}", file=sys.stderr)
    return 1 if problems else 0


def blank_reason(image: Any) -> str | None:
    """Why `image` (a QImage) looks blank, or None when it has the variety of a screen."""
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = rgb.width(), rgb.height()
    if width == 0 or height == 0:
        return "empty image"
    # 32-bit rows need no padding: the bits are exactly one int per pixel.
    counts = Counter(memoryview(bytes(rgb.constBits())).cast("I"))
    commonest = counts.most_common(1)[0][1] / (width * height)
    if len(counts) < MIN_COLOURS:
        return f"only {len(counts)} colours: blank"
    if commonest > MAX_ONE_COLOUR:
        return f"{commonest:.1%} of it is one colour: blank"
    return None


class Screens:
    """The app on a fresh database, driven screen by screen; each shown screen is saved."""

    def __init__(self, output: Path, home: Path, language: str = "en") -> None:
        from PySide6.QtWidgets import QApplication

        from clinic_app import APP_NAME
        from clinic_app.gui.common.style import apply_style
        from clinic_app.gui.common.translations import StaffLanguage, catalogue_path
        from clinic_app.storage.database import open_database

        self.output = output
        existing = QApplication.instance()
        self.app = existing if isinstance(existing, QApplication) else QApplication(["clinic"])
        self.app.setApplicationName(APP_NAME)
        self.app.setQuitOnLastWindowClosed(False)
        apply_style(self.app)
        self.languages = StaffLanguage(self.app)
        if language != "en" and not catalogue_path(language).is_file():
            raise ScreenshotFailed(f"no catalogue at {catalogue_path(language)}: run make ui")
        self.languages.use(language)
        self.languages.register_font()  # the chooser names 中文 in every language
        if self.app.platformName() != "xcb":
            raise ScreenshotFailed(f"Qt runs on {self.app.platformName()!r}, not on X (xcb)")
        folder = home / "screens-db"
        folder.mkdir()
        self.database = open_database(f"sqlite:///{folder / 'clinic.db'}")
        self.today = date.today()
        self.language = language

    def run(self) -> None:
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QCursor

        QCursor.setPos(QPoint(*POINTER_PARK))
        try:
            admin = self.first_run()
            desk = self.sign_in(admin)
            self.front_desk(desk)
            self.follow_up(desk)
            self.clinician(admin)
            self.administrator()
            self.kiosk()
        finally:
            self.database.close()

    # --- the screens ----------------------------------------------------------------------

    def first_run(self) -> Any:
        from PySide6.QtWidgets import QDialogButtonBox

        from clinic_app.gui.session.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.database)
        ui = dialog.ui
        ui.firstRun__username.setText("admin")
        ui.firstRun__displayName.setText("Sam Reyes")
        ui.firstRun__password.setText(PASSWORD)
        ui.firstRun__repeat.setText(PASSWORD)
        dialog.show()
        self.shoot(dialog, "01-first-run")
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        # A new database is encrypted: its recovery key is shown once and typed back.
        self.wait_until(
            lambda: dialog.recovery_dialog is not None or not dialog.is_creating(),
            "the account or the recovery key",
        )
        recovery = dialog.recovery_dialog
        if recovery is not None:
            recovery.part.setText(recovery.key.text().rsplit("-", 1)[-1])
            recovery.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        self.answered(dialog, ui.firstRun__message, "first run")
        self.wait_until(lambda: not dialog.isVisible(), "the first-run dialog to close")
        dialog.deleteLater()
        return dialog.account

    def sign_in(self, admin: Any) -> Any:
        from PySide6.QtWidgets import QDialogButtonBox

        from clinic_app.gui.session.sign_in import SignInDialog
        from clinic_app.services import users

        users.create_user(
            self.database,
            admin.actor(),
            username="desk",
            display_name="Robin Hale",
            role="front_desk",
            password=PASSWORD,
        )
        desk = users.authenticate(self.database, "desk", PASSWORD)
        self.seed_patients(desk.actor())
        dialog = SignInDialog(self.database)
        dialog.username().setText("desk")
        dialog.password().setText(PASSWORD)
        dialog.show()
        self.shoot(dialog, "02-sign-in")
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        self.answered(dialog, dialog.ui.signIn__message, "sign-in")
        dialog.deleteLater()
        return dialog.account

    def front_desk(self, account: Any) -> None:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QLineEdit, QScrollArea, QWidget

        from clinic_app.gui.common.workstation import Workstation
        from clinic_app.gui.main_window import MainWindow
        from clinic_app.gui.patients.new_patient_dialog import NewPatientDialog

        window = self.main_window(MainWindow(Workstation(self.database, account)))
        form = window.form
        form.binding.load(self.flagged_intake())
        form.keeper.changed()  # as typing would, and autosave a second after it
        form.keeper.save_now()
        self.wait_until(lambda: not form.keeper.busy, "the draft to be saved")
        for index, name in enumerate(
            ("03-intake-patient", "04-intake-running", "05-intake-symptoms", "06-intake-history")
        ):
            form.go_to(index)
            if name == "05-intake-symptoms":  # the foot map and the pain rating in view
                foot = find(window, "symptoms.locations")
                area = foot.parentWidget()
                while area is not None and not isinstance(area, QScrollArea):
                    area = area.parentWidget()
                if isinstance(area, QScrollArea):
                    area.ensureWidgetVisible(foot, 0, 0)
            if not window.form.flags.findChildren(QWidget, "flag.numbness_tingling"):
                raise ScreenshotFailed("the live flags panel shows no numbness flag")
            self.shoot(window, name)
        form.go_to(4)
        if form.problems():
            raise ScreenshotFailed(f"the example intake is not valid: {form.problems()}")
        self.shoot(window, "07-intake-review")

        form.submit()
        self.wait_until(
            lambda: window.intake_page.currentWidget() is window.result, "the result page"
        )
        self.wait_until(lambda: bool(window.result.exercises.pictures), "the exercises drawn")
        self.shoot(window, "08-intake-result")

        printing = window.result.printing
        window.result.print_button.click()
        self.wait_until(
            lambda: printing.preview is not None and printing.preview.isVisible(),
            "the care sheet's print preview",
        )
        preview = printing.preview
        assert preview is not None
        pages = find(preview, "printPreview.pages")
        self.wait_until(lambda: _ink(pages.grab().toImage()) > 2000, "the care sheet to draw")
        self.shoot(preview, "09-print-preview")
        preview.reject()
        self.wait_until(lambda: printing.preview is None, "the preview to close")

        window.show_patients()
        search = find(window, "patients.search")
        QTest.keyClicks(search, "oka")
        table = find(window, "patients.table")
        self.wait_until(lambda: table.model().rowCount() >= 3, "the patients found")
        self.shoot(window, "10-patients-search")

        window.patients.new_patient()
        self.wait_until(
            lambda: any(d.isVisible() for d in window.findChildren(NewPatientDialog)),
            "the New patient dialog",
        )
        dialog = next(d for d in window.findChildren(NewPatientDialog) if d.isVisible())
        for field, text in (
            ("patient.first_name", "Maya"),
            ("patient.last_name", "Okafor"),
            ("patient.date_of_birth", "1991-03-15"),
        ):
            edit = find(dialog, field)
            assert isinstance(edit, QLineEdit)
            edit.selectAll()
            QTest.keyClicks(edit, text)
        find(dialog, "newPatient.save").click()
        duplicates = find(dialog, "newPatient.duplicates")
        self.wait_until(duplicates.isVisible, "the likely-duplicate panel")
        self.shoot(dialog, "11-new-patient-duplicate")
        dialog.reject()
        self.wait_until(lambda: not dialog.isVisible(), "the New patient dialog to close")

        # An intake left unfinished: a name typed, then the desk signs out.
        window.new_intake()
        for field, text in (("patient.first_name", "Priya"), ("patient.last_name", "Natarajan")):
            QTest.keyClicks(find(window.form, field), text)
        window.sign_out()
        self.wait_until(lambda: not window.isVisible(), "the desk's window to close")
        window.deleteLater()

    def clinician(self, admin: Any) -> None:
        from PySide6.QtWidgets import QComboBox, QLineEdit, QRadioButton

        from clinic_app.gui.common.workstation import Workstation
        from clinic_app.gui.main_window import MainWindow
        from clinic_app.services import users

        users.create_user(
            self.database,
            admin.actor(),
            username="clin",
            display_name="Dr Alex Moreno",
            role="clinician",
            password=PASSWORD,
        )
        account = users.authenticate(self.database, "clin", PASSWORD)
        window = self.main_window(MainWindow(Workstation(self.database, account)))
        offer = window.offer_drafts()
        self.wait_until(lambda: offer.done, "the look for unfinished drafts")
        drafts = offer.dialog
        if drafts is None:
            raise ScreenshotFailed("no unfinished draft was offered after sign-in")
        self.wait_until(drafts.isVisible, "the drafts dialog")
        self.shoot(drafts, "12-drafts")
        drafts.reject()
        self.wait_until(lambda: not drafts.isVisible(), "the drafts dialog to close")

        review = window.review
        if review is None:
            raise ScreenshotFailed("the clinician has no Review queue tab")
        window.tabs.setCurrentWidget(review)
        table = find(review, "queue.table")
        model = table.model()
        self.wait_until(lambda: model.rowCount() >= 4, "the flagged intakes queued")
        ellis = next(
            (row for row in range(model.rowCount()) if "Ellis" in model.index(row, 2).data()),
            None,
        )
        if ellis is None:
            raise ScreenshotFailed("Jordan Ellis's intake is not in the queue")
        table.selectRow(ellis)
        detail = review.detail
        self.wait_until(lambda: detail.intake_id is not None, "the intake to open")
        self.shoot(window, "13-review-queue")

        find(detail, "review.decide.numbness_tingling").click()
        self.wait_until(lambda: detail.dialog is not None, "the decision dialog")
        dialog = detail.dialog
        find(dialog, "decision.refer").click()
        destination = find(dialog, "decision.destination")
        assert isinstance(destination, QComboBox)
        destination.setCurrentIndex(destination.findData("podiatrist"))
        reason = find(dialog, "decision.reason")
        assert isinstance(reason, QLineEdit)
        reason.setText("Burning arch pain with numbness: nerve check.")
        if not isinstance(find(dialog, "decision.refer"), QRadioButton):
            raise ScreenshotFailed("decision.refer is not a choice")
        self.shoot(dialog, "14-decision")
        find(dialog, "decision.ok").click()
        self.wait_until(lambda: detail.dialog is None, "the decision to be recorded")

        letter = find(detail, "review.letter")
        self.wait_until(letter.isEnabled, "the referral letter button")
        letter.click()
        printing = detail.printing
        self.wait_until(
            lambda: printing.preview is not None and printing.preview.isVisible(),
            "the letter's print preview",
        )
        preview = printing.preview
        assert preview is not None
        pages = find(preview, "printPreview.pages")
        self.wait_until(lambda: _ink(pages.grab().toImage()) > 2000, "the letter to draw")
        self.shoot(preview, "15-referral-letter")
        preview.reject()
        self.wait_until(lambda: printing.preview is None, "the preview to close")

        window.lock()
        self.wait_until(window.is_locked, "the lock")
        self.shoot(window, "16-locked")
        window.hide()
        window.session.stop()
        window.deleteLater()

    def administrator(self) -> None:
        from clinic_app.gui.common.workstation import Workstation
        from clinic_app.gui.main_window import MainWindow
        from clinic_app.services import clinic_settings, users

        admin = users.authenticate(self.database, "admin", PASSWORD)
        details = clinic_settings.load(self.database)
        clinic_settings.save(
            self.database,
            admin.actor(),
            details.__class__(
                **{
                    **details.__dict__,
                    "clinic_name": "Riverside Running Physio",
                    "address": "12 Mill Lane, Riverside",
                    "phone": "555-0100",
                }
            ),
        )
        window = self.main_window(MainWindow(Workstation(self.database, admin)))
        settings = window.settings
        if settings is None:
            raise ScreenshotFailed("the administrator has no Settings tab")
        window.tabs.setCurrentWidget(settings)
        for index, name in enumerate(("17-settings", "18-users")):
            settings.setCurrentIndex(index)
            self.shoot(window, name)
        settings.setCurrentIndex(2)
        trail = find(settings, "audit.table").model()
        self.wait_until(lambda: trail.rowCount() > 5, "the audit trail")
        self.shoot(window, "19-audit-trail")
        window.hide()
        window.session.stop()
        window.deleteLater()

    def kiosk(self) -> None:
        """The waiting-room kiosk, full screen, a made-up patient answering in the run's
        language (the staff's, here) up to the thank-you."""
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        from clinic_app.gui.kiosk.kiosk_window import KioskWindow
        from clinic_app.services import kiosk_settings, users

        admin = users.authenticate(self.database, "admin", PASSWORD)
        for language, text in KIOSK_CONSENT.items():
            kiosk_settings.publish_consent(self.database, admin.actor(), language, text)
        window = KioskWindow(self.database, "Waiting room", idle_ms=600_000, thanks_ms=600_000)
        window.start()
        screen = window.screen().geometry().size()
        self.wait_until(lambda: window.size() == screen, "the kiosk to fill the screen")
        self.shoot(window, "kiosk-1-language")
        session = window.begin(self.language)
        session.binding.load(
            {
                "patient": {
                    "first_name": "Alex",
                    "last_name": "Moreno",
                    "date_of_birth": "1988-04-09",
                }
            }
        )
        self.shoot(window, "kiosk-2-about-you")
        session.binding.load({"running": {"weekly_distance": 35, "previous_weekly_distance": 25}})
        session.go_on()
        session.go_on()
        session.binding.load(
            {
                "symptoms": {
                    "side": "left",
                    "locations": ["heel", "arch"],
                    "pain_now": 5,
                    "first_step_morning_pain": True,
                }
            }
        )
        if session.step() != 2:
            raise ScreenshotFailed(f"the kiosk did not reach Your pain: {session.problem.text()}")
        self.shoot(window, "kiosk-3-symptoms")
        session.go_on()
        session.go_on()
        agreed = session.consent.agreed
        self.wait_until(agreed.isEnabled, "the kiosk's consent text")
        agreed.setChecked(True)
        pad = session.consent.signature
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(60, 120))
        for step in range(40):
            QTest.mouseMove(pad, QPoint(60 + step * 9, 120 - (step % 8) * 8 + (step % 3) * 5))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(420, 110))
        self.shoot(window, "kiosk-4-consent")
        session.send_entry()
        self.wait_until(lambda: window.session is None, "the kiosk's entry to be sent")
        self.shoot(window, "kiosk-5-thank-you")
        window.leave()
        window.deleteLater()

    def follow_up(self, account: Any) -> None:
        from PySide6.QtWidgets import QComboBox, QLineEdit

        from clinic_app.followups import Course, parse_follow_up
        from clinic_app.followups.assessment import assess_follow_up, plans
        from clinic_app.gui.common.workstation import Workstation
        from clinic_app.gui.main_window import MainWindow

        window = self.main_window(MainWindow(Workstation(self.database, account)))
        course = self.follow_up_course()
        form = window.follow_up
        window.tabs.setCurrentWidget(form)
        form.show_course(1, course)
        pain = find(form, "symptoms.pain_now")
        pain.setValue(5)  # 3 at the last visit: up 2
        find(form, "symptoms.locations").setLocations(["heel"])
        status = find(form, "running.status")
        assert isinstance(status, QComboBox)
        status.setCurrentIndex(status.findData("walk_run"))
        for path, text in (
            ("running.weekly_distance", "8"),
            ("running.longest_run_minutes", "20"),
            ("measures.psfs.0.score", "5"),
            ("measures.psfs.1.score", "8"),
            ("measures.lefs_total", "52"),
            ("measures.faam_adl_percent", "78"),
        ):
            field = find(form, path)
            assert isinstance(field, QLineEdit)
            field.setText(text)
        self.wait_until(
            lambda: "worse_since_last_visit" in form.shown_flag_codes(), "the follow-up's flags"
        )
        self.shoot(window, "20-follow-up-form")

        follow_up = parse_follow_up(form.document())
        whole = Course(course.intake, (*course.follow_ups, follow_up))
        form.show_outcome(0, assess_follow_up(whole, follow_up), plans(whole)[-1], whole)
        self.wait_until(lambda: len(form.result.charts.charts()) >= 3, "the progress charts")
        self.shoot(window, "21-progress-charts")
        window.keep_draft()
        window.hide()
        window.session.stop()
        window.deleteLater()

    def follow_up_course(self) -> Any:
        """Maya's course: her intake four weeks ago, a follow-up two weeks ago."""
        import json

        from clinic_app.followups import Course, parse_follow_up
        from clinic_app.intake import parse_intake

        intake = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        started = self.today - timedelta(days=28)
        intake["visit_date"] = started.isoformat()
        intake["symptoms"]["onset_date"] = (started - timedelta(days=8)).isoformat()
        intake["measures"] = {
            "psfs": [{"activity": "Running 5 km", "score": 2}, {"activity": "Stairs", "score": 6}],
            "lefs_total": 41,
            "faam_adl_percent": 64,
        }
        earlier = {
            "format": "clinic-followup/1",
            "patient": intake["patient"],
            "visit_date": (self.today - timedelta(days=14)).isoformat(),
            "symptoms": {"side": "left", "locations": ["heel"], "pain_now": 3, "improving": True},
            "running": {"status": "walk_run", "weekly_distance": 5},
            "measures": {
                "psfs": [
                    {"activity": "Running 5 km", "score": 4},
                    {"activity": "Stairs", "score": 7},
                ],
                "lefs_total": 47,
                "faam_adl_percent": 72,
            },
        }
        return Course(parse_intake(intake), [parse_follow_up(earlier)])

    # --- the records shown ----------------------------------------------------------------

    def seed_patients(self, actor: Any) -> None:
        """Three patients seen before (for the search), none of them with the flags."""
        import json

        from clinic_app.services import intakes

        example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        others: tuple[tuple[dict[str, str], int], ...] = (
            ({}, 20),
            ({"first_name": "Tunde", "date_of_birth": "1979-08-30", "sex": "male",
              "phone": "555-0162", "clinic_number": "P-10518"}, 12),
            ({"first_name": "Hana", "last_name": "Okada", "date_of_birth": "2001-05-09",
              "phone": "555-0147", "clinic_number": "P-10603"}, 5),
        )  # fmt: skip
        for patient, days_ago in others:
            document = json.loads(json.dumps(example))
            document["patient"].update(patient)
            visit = self.today - timedelta(days=days_ago)
            document["visit_date"] = visit.isoformat()
            document["symptoms"]["onset_date"] = (visit - timedelta(days=8)).isoformat()
            intakes.submit(self.database, actor, document)

    def flagged_intake(self) -> dict[str, Any]:
        """Today's intake with two referral flags: pain at night, numbness in the foot."""
        return {
            "format": "clinic-intake/1",
            "visit_date": self.today.isoformat(),
            "patient": {
                "first_name": "Jordan",
                "last_name": "Ellis",
                "date_of_birth": "1984-07-02",
                "sex": "male",
                "phone": "555-0188",
                "email": "jordan.ellis@example.com",
                "clinic_number": "P-10711",
            },
            "running": {
                "distance_unit": "km",
                "weekly_distance": 55,
                "previous_weekly_distance": 38,
                "years_running": 6,
                "recent_changes": ["distance", "intensity"],
                "surfaces": ["road", "trail"],
                "shoe_distance": 900,
                "shoe_pairs_in_rotation": 1,
                "shoe_cushioning_worn": True,
                "stretches_after_running": False,
            },
            "symptoms": {
                "side": "left",
                "locations": ["heel", "arch"],
                "onset_date": (self.today - timedelta(days=18)).isoformat(),
                "pain_now": 6,
                "pain_worst": 8,
                "pain_character": ["aching", "burning"],
                "numbness_or_tingling": True,
                "swelling": "mild",
                "weight_bearing": "painful",
                "worse_with_activity": True,
                "night_pain": True,
                "first_step_morning_pain": True,
                "self_care_days": 10,
                "improving": False,
                "injury": "none",
            },
            "history": {
                "medications": "Ibuprofen now and then",
                "allergies": "",
                "other_conditions": "",
            },
            "notes": "Training for a spring marathon; wants to keep running if it is safe.",
        }

    # --- showing, waiting, grabbing -------------------------------------------------------

    def main_window(self, window: Any) -> Any:
        window.resize(*MAIN_SIZE)
        window.show()
        self.wait_until(lambda: window.size().toTuple() == MAIN_SIZE, "the main window's size")
        return window

    def answered(self, dialog: Any, message: Any, what: str) -> None:
        """Until the account checked in the background is there; its refusal, if any."""
        try:
            self.wait_until(lambda: dialog.account is not None, f"{what} to finish")
        except ScreenshotFailed:
            raise ScreenshotFailed(f"{what} refused: {message.text()}") from None

    def wait_until(self, condition: Callable[[], bool], what: str) -> None:
        """Run the event loop until `condition` holds; ScreenshotFailed after WAIT_S."""
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + WAIT_S
        while not condition():
            if time.monotonic() > deadline:
                raise ScreenshotFailed(f"gave up after {WAIT_S:.0f} s waiting for {what}")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.005)

    def settle(self, window: Any) -> None:
        """Until `window` is mapped, on screen, painted and flushed to the X server."""
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtGui import QGuiApplication

        # Windows closed earlier go now (no event loop runs to delete them otherwise).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.wait_until(
            lambda: window.windowHandle() is not None and window.windowHandle().isExposed(),
            f"{window.objectName() or 'a window'} to be shown",
        )
        screen = window.screen().geometry()
        frame = window.frameGeometry()
        if not screen.contains(frame):  # a part off screen would grab as black
            frame.moveCenter(screen.center())
            window.move(max(0, frame.left()), max(0, frame.top()))
            self.wait_until(lambda: screen.contains(window.frameGeometry()), "a window to move")
        window.raise_()
        for _ in range(5):  # layouts and queued updates settle within a few passes
            self.app.processEvents()
        window.repaint()
        QGuiApplication.sync()  # the X server has drawn everything sent so far
        self.app.processEvents()

    def shoot(self, window: Any, name: str) -> None:
        shot = next(shot for shot in SHOTS if shot.name == name)
        self.settle(window)
        pixmap = window.screen().grabWindow(window.winId())
        image = pixmap.toImage()
        expected = window.size() * window.devicePixelRatio()
        if image.size() != expected:
            raise ScreenshotFailed(
                f"{name}: grabbed {image.width()}x{image.height()}, the window is "
                f"{expected.width()}x{expected.height()}"
            )
        blank = blank_reason(image)
        if blank:
            raise ScreenshotFailed(f"{name}: {blank}")
        path = self.output / f"{name}.png"
        if not image.save(str(path), "PNG"):
            raise ScreenshotFailed(f"{path}: could not be written")
        print(f"{path} {image.width()}x{image.height()}: {shot.what}", flush=True)


def find(root: Any, name: str) -> Any:
    from PySide6.QtWidgets import QWidget

    found = root.findChild(QWidget, name)
    if found is None:
        raise ScreenshotFailed(f"no widget named {name!r} in {root.objectName()!r}")
    return found


def _ink(image: Any) -> int:
    """Dark pixels in `image`: text drawn on a page."""
    from PySide6.QtGui import QImage

    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    bits = bytes(grey.constBits())
    return sum(1 for value in bits if value < 96)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
