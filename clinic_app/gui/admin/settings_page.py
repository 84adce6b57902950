"""The admin's Clinic page: the details on every printout (and the emergency number an
emergency care sheet prints), the paper, the idle lock and the flag thresholds, shared by
every workstation through the database.

The settings are read again whenever the page is shown (unless there are unsaved changes
in it): another admin, on another workstation, may have saved others. A save made from
an out-of-date copy is refused by the service (optimistic locking); the page then says
who saved and when, keeps what was typed, and offers to load theirs instead. Nothing is
overwritten or dropped without the admin choosing it.

Reading and saving run on the background runner ("Loading…", "Saving…"): the fields stay
usable while the database answers; Save and Revert wait until it has, so one press is one
save. A read that comes back after the admin started typing does not overwrite the typing.
"""

import dataclasses
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.style import restyle
from clinic_app.gui.common.tab_chain import tab_in_order
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.common.wording import moment_words, sentence
from clinic_app.gui.common.workstation import Workstation
from clinic_app.handouts.content import PAPER_NAMES, PAPERS
from clinic_app.languages import KNOWN_LANGUAGES, OWN_NAMES, unreviewed_languages
from clinic_app.rules.settings import MAX_PERSISTENT_PAIN_DAYS, MAX_WEEKLY_INCREASE, RuleSettings
from clinic_app.services import clinic_settings
from clinic_app.services.actor import Actor
from clinic_app.services.clinic_settings import (
    EMERGENCY_NUMBER_LENGTH,
    IDLE_LOCK_MINUTES,
    ClinicDetails,
)
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordChanged, StorageError

log = logging.getLogger(__name__)

LOADING = QT_TRANSLATE_NOOP("SettingsPage", "Loading the settings…")
SAVING = QT_TRANSLATE_NOOP("SettingsPage", "Saving…")

# PAPER_NAMES (handouts, no Qt) in the windows' language: marked here for lupdate.
_PAPER_WORDS = (
    QT_TRANSLATE_NOOP("SettingsPage", "A4"),
    QT_TRANSLATE_NOOP("SettingsPage", "Letter"),
)

BODY_WIDTH = 860  # pixels: lines of a readable length on a wide screen, at 100 %
BODY_CHARACTERS = 120  # the same, in characters, at a larger text size
LOGO_PREVIEW_HEIGHT = 56  # pixels: about the 15 mm it prints at, as a screen shows it
NO_LOGO = QT_TRANSLATE_NOOP(
    "SettingsPage", "No logo: the printouts carry the clinic's name, address and phone only."
)
THRESHOLDS_NOTE = QT_TRANSLATE_NOOP(
    "SettingsPage",
    "The thresholds change which intakes get flagged from now on. Intakes already assessed "
    "keep the flags they were given, under the thresholds of that day.",
)


def save_or_changed(
    database: Database, actor: Actor, details: ClinicDetails
) -> ClinicDetails | RecordChanged:
    """The settings as saved, or the refusal of an out-of-date save as a value: the page
    needs who saved and when, not just the words. Runs on the background runner."""
    try:
        return clinic_settings.save(database, actor, details)
    except RecordChanged as error:
        return error


def _form(group: QGroupBox) -> QFormLayout:
    """A form whose text fields take the width, while numbers and choices keep theirs."""
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


def choose_logo_file(parent: QWidget) -> str:
    """Ask for the logo's file; "" when the admin cancels. (Tests replace this.)"""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SettingsPage", "Choose the clinic's logo"),
        "",
        QCoreApplication.translate("SettingsPage", "Pictures (*.png *.jpg *.jpeg)"),
    )
    return chosen


def ask_to_reload(parent: QWidget, message: str) -> bool:
    """Offer to load the settings someone else saved; True to load them. (Tests replace
    this.)"""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SettingsPage", "Settings changed elsewhere"),
        QCoreApplication.translate(
            "SettingsPage",
            "{message}\n\nLoad their settings now? What you typed here will be replaced.",
        ).format(message=message),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class SettingsPage(QWidget):
    """The clinic's settings. Mnemonics avoid the letters of the main and settings tabs and
    menus (N, P, R, S; C, U, A; F, H), which stay live while this page is shown."""

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.workstation = workstation
        self._loaded = ClinicDetails()
        """The settings as last read from (or saved to) the database, with their version."""
        self._shown = self._loaded
        """What the form said right after it was filled: unsaved changes differ from it."""
        self._logo: bytes | None = None
        self._loading = DatabaseCalls("reading the clinic settings", self)
        self._saving = DatabaseCalls("saving the clinic settings", self)
        for calls in (self._loading, self._saving):
            calls.busy_changed.connect(lambda _busy: self._update_buttons())

        title = QLabel(self.tr("Clinic"), self)
        title.setObjectName("settings.title")
        title.setProperty("role", "pageTitle")

        self._message = QLabel(self)
        self._message.setObjectName("settings.message")
        self._message.setWordWrap(True)
        self._message.setProperty("role", "")

        body = QWidget(self)
        body.setMaximumWidth(BODY_WIDTH)
        self._body = body
        # Built in the order Tab visits them: the fields first, then Revert and Save.
        groups = (
            self._printouts(body),
            self._languages(body),
            self._session(body),
            self._thresholds(body),
        )
        self._revert = QPushButton(self.tr("Re&vert"), body)
        self._revert.setObjectName("settings.revert")
        self._revert.setToolTip(
            self.tr("Read the settings from the database again, dropping changes")
        )
        self._save = QPushButton(self.tr("Sav&e"), body)
        self._save.setObjectName("settings.save")
        self._save.setToolTip(self.tr("Store these settings for every workstation (Ctrl+S)"))
        save_keys = QShortcut(QKeySequence.StandardKey.Save, self)
        save_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_keys.activated.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._revert)
        buttons.addWidget(self._save)

        column = QVBoxLayout(body)
        column.addWidget(title)
        for group in groups:
            column.addWidget(group)
        column.addLayout(buttons)
        column.addWidget(self._message)
        column.addStretch(1)
        scrolled = QScrollArea(self)  # large fonts or a small screen: nothing is cut off
        scrolled.setObjectName("settings.scroll")
        scrolled.setAccessibleName(self.tr("Clinic settings"))
        scrolled.setWidgetResizable(True)
        scrolled.setFrameShape(QFrame.Shape.NoFrame)
        scrolled.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolled)
        # Made after what it holds, the scroll area would come after the Save button.
        tab_in_order(self, scrolled)

        self._save.clicked.connect(self.save)
        self._revert.clicked.connect(self.reload)
        self._choose_logo.clicked.connect(self.choose_logo)
        self._remove_logo.clicked.connect(self.remove_logo)
        self._restore.clicked.connect(self.restore_defaults)
        for line in (self._name, self._phone, self._emergency):
            line.returnPressed.connect(self.save)
        low, high = IDLE_LOCK_MINUTES
        self._number_problems: dict[QAbstractSpinBox, str] = {
            self._idle: self.tr(
                "Lock after: type a whole number of minutes from {low} to {high}."
            ).format(low=low, high=high),
            self._pain_days: self.tr(
                "Pain not improving: type a whole number of days from 0 to {high}."
            ).format(high=MAX_PERSISTENT_PAIN_DAYS),
            self._weekly: self.tr(
                "Largest weekly rise: type a percentage from 0 to {high}."
            ).format(high=f"{MAX_WEEKLY_INCREASE * 100:g}"),
        }
        for spin in self._number_problems:
            spin.installEventFilter(self)
        self._fill(self._loaded)

    # --- the form -------------------------------------------------------------------------

    def _printouts(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("On every printout"), parent)
        form = _form(group)
        self._name = QLineEdit(group)
        self._name.setObjectName("settings.clinic_name")
        self._name.setMaxLength(200)
        form.addRow(self.tr("Clinic na&me:"), self._name)
        self._address = QPlainTextEdit(group)
        self._address.setObjectName("settings.address")
        self._address.setTabChangesFocus(True)  # Tab moves on; Enter starts a new line
        self._address.setFixedHeight(self._address.fontMetrics().lineSpacing() * 4 + 12)
        self._address.setAccessibleName(self.tr("Address"))
        form.addRow(self.tr("A&ddress:"), self._address)
        self._phone = QLineEdit(group)
        self._phone.setObjectName("settings.phone")
        self._phone.setMaxLength(120)
        form.addRow(self.tr("Ph&one:"), self._phone)
        self._emergency = QLineEdit(group)
        self._emergency.setObjectName("settings.emergency_number")
        self._emergency.setMaxLength(EMERGENCY_NUMBER_LENGTH)
        self._emergency.setPlaceholderText(self.tr("Empty: “your local emergency number”"))
        self._emergency.setToolTip(
            self.tr(
                "Printed in the “Get emergency care now” box of a care sheet, after “Call”: "
                "digits, spaces and + ( ) - only, such as 999, 112 or 911"
            )
        )
        form.addRow(self.tr("Emergency num&ber:"), self._emergency)

        self._logo_preview = QLabel(group)
        self._logo_preview.setObjectName("settings.logo")
        self._logo_preview.setWordWrap(True)
        self._logo_preview.setMinimumHeight(LOGO_PREVIEW_HEIGHT)
        self._choose_logo = QPushButton(self.tr("Choose &logo…"), group)
        self._choose_logo.setObjectName("settings.chooseLogo")
        self._choose_logo.setToolTip(self.tr("A PNG or JPEG picture, at most 512 KB"))
        self._remove_logo = QPushButton(self.tr("Remove lo&go"), group)
        self._remove_logo.setObjectName("settings.removeLogo")
        logo_row = QHBoxLayout()
        logo_row.addWidget(self._logo_preview, 1)
        logo_row.addWidget(self._choose_logo)
        logo_row.addWidget(self._remove_logo)
        form.addRow(self.tr("Logo:"), logo_row)

        self._paper = QComboBox(group)
        self._paper.setObjectName("settings.paper")
        for paper in PAPERS:
            self._paper.addItem(self.tr(PAPER_NAMES[paper]), paper)
        form.addRow(self.tr("Paper si&ze:"), self._paper)
        return group

    def _languages(self, parent: QWidget) -> QGroupBox:
        """Which language each printout is in when nothing more particular says, and which
        languages' patient text no clinician has read yet (languages.md)."""
        group = QGroupBox(self.tr("Languages"), parent)
        form = _form(group)
        self._patient_language = self._language_choice(group, "default_patient_language")
        self._patient_language.setToolTip(
            self.tr(
                "Care sheets and follow-up sheets are printed in the patient's language. "
                "When the intake does not say which language they read, they are printed "
                "in this one."
            )
        )
        form.addRow(self.tr("Patients' sheets, b&y default:"), self._patient_language)
        self._letter_language = self._language_choice(group, "letter_language")
        self._letter_language.setToolTip(
            self.tr(
                "Referral letters and the clinician's part of the progress report are "
                "printed in this language, whatever the patient reads."
            )
        )
        form.addRow(self.tr("Letters for clinicians:"), self._letter_language)
        unreviewed = QLabel(self._unreviewed_words(), group)
        unreviewed.setObjectName("settings.unreviewed")
        unreviewed.setWordWrap(True)
        form.addRow(unreviewed)
        return group

    def _language_choice(self, parent: QWidget, setting: str) -> QComboBox:
        """A choice of the known languages, each by its own name so anyone finds theirs."""
        combo = QComboBox(parent)
        combo.setObjectName(f"settings.{setting}")
        for tag in KNOWN_LANGUAGES:
            combo.addItem(OWN_NAMES[tag], tag)
        return combo

    def _unreviewed_words(self) -> str:
        """The languages whose patient text no clinician has reviewed (read from the
        shipped language files, not the database)."""
        names = ", ".join(OWN_NAMES[tag] for tag in unreviewed_languages())
        if not names:
            return self.tr("A clinician has reviewed the patient text in every language.")
        return self.tr("Not yet reviewed by a clinician: %1").replace("%1", names)

    def _session(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Session lock"), parent)
        form = _form(group)
        self._idle = QSpinBox(group)
        self._idle.setObjectName("settings.idle_lock_minutes")
        self._idle.setRange(*IDLE_LOCK_MINUTES)
        self._idle.setSuffix(self.tr(" minutes"))
        self._idle.setToolTip(
            self.tr(
                "After this long without use, a workstation hides patient data until the "
                "password is typed again"
            )
        )
        form.addRow(self.tr("Loc&k after:"), self._idle)
        return group

    def _thresholds(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Flag thresholds"), parent)
        form = _form(group)
        note = QLabel(self.tr(THRESHOLDS_NOTE), group)
        note.setObjectName("settings.thresholdsNote")
        note.setWordWrap(True)
        form.addRow(note)
        self._pain_days = QSpinBox(group)
        self._pain_days.setObjectName("settings.persistent_pain_days")
        self._pain_days.setRange(0, MAX_PERSISTENT_PAIN_DAYS)
        self._pain_days.setSuffix(self.tr(" days"))
        self._pain_days.setToolTip(
            self.tr(
                "Pain that has lasted longer than this without getting better may need a "
                "clinician (flag: pain that is not settling)"
            )
        )
        form.addRow(self.tr("Pain not &improving, flag after more than:"), self._pain_days)
        self._weekly = QDoubleSpinBox(group)
        self._weekly.setObjectName("settings.max_weekly_increase")
        self._weekly.setRange(0.0, MAX_WEEKLY_INCREASE * 100)
        self._weekly.setDecimals(1)
        self._weekly.setSingleStep(1.0)
        self._weekly.setSuffix(" %")
        self._weekly.setToolTip(
            self.tr(
                "A larger rise in weekly distance than this brings advice to ease back, and "
                "counts towards the stress-fracture flag"
            )
        )
        form.addRow(self.tr("Largest &weekly rise in distance:"), self._weekly)
        defaults = RuleSettings()
        self._restore = QPushButton(self.tr("Restore defaul&ts"), group)
        self._restore.setObjectName("settings.restoreDefaults")
        self._restore.setToolTip(
            self.tr("Put back {days} days and {percent} % (then Save)").format(
                days=defaults.persistent_pain_days,
                percent=f"{defaults.max_weekly_increase * 100:g}",
            )
        )
        form.addRow("", self._restore)
        return group

    def _fill(self, details: ClinicDetails) -> None:
        """Show `details` in the form, as they are in the database."""
        self._name.setText(details.clinic_name)
        self._address.setPlainText(details.address)
        self._phone.setText(details.phone)
        self._emergency.setText(details.emergency_number)
        self._set_logo(details.logo)
        self._paper.setCurrentIndex(max(0, self._paper.findData(details.paper_size)))
        for combo, tag in (
            (self._patient_language, details.default_patient_language),
            (self._letter_language, details.letter_language),
        ):
            combo.setCurrentIndex(max(0, combo.findData(tag)))
        self._idle.setValue(details.idle_lock_minutes)
        self._pain_days.setValue(details.persistent_pain_days)
        self._weekly.setValue(details.max_weekly_increase * 100)
        self._loaded = details
        self._shown = self.form_details()

    def form_details(self) -> ClinicDetails:
        """The settings as the form has them, on the version they were read at."""
        return dataclasses.replace(
            self._loaded,
            clinic_name=self._name.text().strip(),
            address=self._address.toPlainText().strip(),
            phone=self._phone.text().strip(),
            emergency_number=self._emergency.text().strip(),
            logo=self._logo,
            paper_size=str(self._paper.currentData()),
            default_patient_language=str(self._patient_language.currentData()),
            letter_language=str(self._letter_language.currentData()),
            idle_lock_minutes=self._idle.value(),
            persistent_pain_days=self._pain_days.value(),
            max_weekly_increase=round(self._weekly.value() / 100, 6),
        )

    def has_unsaved_changes(self) -> bool:
        return self.form_details() != self._shown

    def _set_logo(self, logo: bytes | None) -> None:
        self._logo = logo
        self._remove_logo.setEnabled(logo is not None)
        pixmap = QPixmap()
        if logo is not None and pixmap.loadFromData(QByteArray(logo)):
            self._logo_preview.setPixmap(
                pixmap.scaledToHeight(
                    LOGO_PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation
                )
            )
            self._logo_preview.setAccessibleName(self.tr("The clinic's logo"))
            return
        self._logo_preview.setPixmap(QPixmap())
        self._fit_logo_words()
        self._logo_preview.setText(
            self.tr(NO_LOGO) if logo is None else self.tr("A logo this screen cannot show.")
        )
        self._logo_preview.setAccessibleName(self._logo_preview.text())

    def _fit_logo_words(self) -> None:
        """Room for the no-logo words in three lines of the text size in use, each of at
        least 20 characters (a larger text size needs more than the logo's own height, and
        a wrapped label would otherwise give up its width to the buttons beside it)."""
        metrics = self._logo_preview.fontMetrics()
        self._logo_preview.setMinimumHeight(max(LOGO_PREVIEW_HEIGHT, 3 * metrics.lineSpacing()))
        self._logo_preview.setMinimumWidth(20 * metrics.averageCharWidth())
        if hasattr(self, "_body"):  # and lines as long in characters as at 100 %
            wide = BODY_CHARACTERS * self._body.fontMetrics().averageCharWidth()
            self._body.setMaximumWidth(max(BODY_WIDTH, wide))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_logo_words()
        super().changeEvent(event)

    # --- public: what the buttons do, and what the tests use -----------------------------

    def is_busy(self) -> bool:
        """A read or a save is out (tests wait for it to come back)."""
        return self._loading.busy or self._saving.busy

    def reload(self, *, then_say: str = "", over_typing: bool = True) -> None:
        """Read the settings from the database again; the form shows them when they come
        (`over_typing` False: not if the admin has started changing the form meanwhile)."""
        database = self.workstation.database
        self._say(self.tr(LOADING))
        self._loading.run(
            lambda: clinic_settings.load(database),
            lambda details: self._loaded_now(details, then_say, over_typing),
            self._load_failed,
        )

    def _loaded_now(self, details: ClinicDetails, then_say: str, over_typing: bool) -> None:
        if over_typing or not self.has_unsaved_changes():
            self._fill(details)
        self._say(then_say)

    def _load_failed(self, message: str) -> None:
        log.warning("reading the clinic settings failed: %s", message)
        self._say(
            self.tr("Cannot read the settings: {problem}").format(problem=sentence(message)),
            error=True,
        )

    def save(self) -> None:
        """Store the form's settings for every workstation, or say why not."""
        for spin, problem in self._number_problems.items():
            if not spin.hasAcceptableInput():  # half typed ("0", "") and not yet left
                self._say(self.tr("Not saved. {problem}").format(problem=problem), error=True)
                spin.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if self.is_busy():
            return  # Ctrl+S or Enter while a read or the last save is out
        details = self.form_details()
        database, actor = self.workstation.database, self.workstation.actor
        self._say(self.tr(SAVING))
        self._saving.run(
            lambda: save_or_changed(database, actor, details),
            lambda outcome: self._saved(details, outcome),
            self._save_failed,
        )

    def _saved(self, sent: ClinicDetails, outcome: ClinicDetails | RecordChanged) -> None:
        if isinstance(outcome, RecordChanged):
            self._changed_elsewhere(outcome)
            return
        if self.form_details() == sent:
            self._fill(outcome)
        else:  # typed on while it saved: keep the typing, on the version now stored
            self._loaded = dataclasses.replace(self._loaded, version=outcome.version)
            self._shown = dataclasses.replace(outcome)
        self._say(self.tr("Saved."))

    def _save_failed(self, message: str) -> None:
        log.warning("saving the clinic settings failed: %s", message)
        self._say(self.tr("Not saved: {problem}").format(problem=sentence(message)), error=True)

    def _update_buttons(self) -> None:
        """One save at a time, and none from a page whose settings are still being read."""
        for button in (self._save, self._revert):
            button.setEnabled(not self.is_busy())

    def choose_logo(self) -> None:
        """Ask for a picture and put it in the form (Save stores it)."""
        chosen = choose_logo_file(self)
        if not chosen:
            return
        try:
            logo = clinic_settings.read_logo(Path(chosen))
        except StorageError as error:
            self._say(
                self.tr("{problem} The logo was not changed.").format(problem=sentence(str(error))),
                error=True,
            )
            return
        self._set_logo(logo)
        self._say(self.tr("The logo is in the form; Save to print it on every handout."))

    def remove_logo(self) -> None:
        self._set_logo(None)
        self._say(self.tr("The logo is out of the form; Save to print without it."))

    def restore_defaults(self) -> None:
        """Put the default thresholds in the form (Save stores them)."""
        defaults = RuleSettings()
        self._pain_days.setValue(defaults.persistent_pain_days)
        self._weekly.setValue(defaults.max_weekly_increase * 100)
        self._say(self.tr("The default thresholds are in the form; Save to use them."))

    # --- inside ---------------------------------------------------------------------------

    def _changed_elsewhere(self, error: RecordChanged) -> None:
        moment = error.changed_at
        when = moment_words(moment)
        message = self.tr(
            "Not saved: {who} saved other settings at {when}, after this page "
            "read them. Your changes are still in the form. Use Revert to see theirs, then "
            "make yours again."
        ).format(who=error.changed_by, when=when)
        self._say(message, error=True)
        if ask_to_reload(self, message):
            self.reload(
                then_say=self.tr(
                    "These are the settings {who} saved. Make your changes again and Save."
                ).format(who=error.changed_by)
            )

    def _say(self, message: str, *, error: bool = False) -> None:
        self._message.setText(message)
        restyle(self._message, "role", "fieldMessage" if error else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A number box left (or Entered) half typed goes back to its last value; say so,
        rather than let the number the admin typed vanish without a word."""
        leaving = event.type() == QEvent.Type.FocusOut or (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )
        if leaving and isinstance(watched, QAbstractSpinBox) and not watched.hasAcceptableInput():
            problem = self._number_problems.get(watched)
            if problem is not None:
                self._say(
                    self.tr("{problem} It was put back to its last value.").format(problem=problem),
                    error=True,
                )
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        """Read the settings each time the page is shown (another admin may have saved
        others), unless the form holds changes not yet saved."""
        if not self.has_unsaved_changes():
            self.reload(over_typing=False)
        super().showEvent(event)
