"""The admin's Kiosk page: the consent text per language, the kiosk PIN, duplicates.

The consent text is versioned (services.kiosk_settings): publishing never rewrites what
an earlier patient agreed to, it adds the next version, so the page asks before it
publishes and then shows the new version with who published it. The PIN lets staff leave
the kiosk without signing in; it is typed twice and only its hash is kept, so the page
can say whether one is set, never what it is. Self-entry makes duplicate patients, so
the way to merge two records starts here too (merge_dialog.py).

Reading and changing run on the background runner, as every admin page does.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.admin.merge_dialog import MergeDialog
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.workstation import Workstation
from clinic_app.languages import KNOWN_LANGUAGES, OWN_NAMES
from clinic_app.services import kiosk_settings
from clinic_app.services.kiosk_settings import ConsentVersion
from clinic_app.storage.database import Database


@dataclass(frozen=True)
class KioskState:
    """What the page shows: each language's current consent text, and whether a PIN is set."""

    consent: dict[str, ConsentVersion | None]
    has_pin: bool


def read_state(database: Database) -> KioskState:
    """One background call's worth: every language's text and the PIN's state."""
    return KioskState(
        {tag: kiosk_settings.current_consent(database, tag) for tag in KNOWN_LANGUAGES},
        kiosk_settings.has_kiosk_pin(database),
    )


def confirm_publish(parent: QWidget, question: str) -> bool:
    """Ask before publishing a new version; True to go on. (Tests pass their own.)"""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("KioskPage", "Publish the consent text"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class KioskPage(QWidget):
    """The kiosk's settings. Mnemonics avoid the letters of the main and settings tabs and
    menus (N, P, W, R, S; C, U, A, I; F, H), which stay live while this page is shown."""

    def __init__(
        self,
        workstation: Workstation,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[QWidget, str], bool] = confirm_publish,
        merge_dialog: Callable[[Workstation, QWidget], MergeDialog] = MergeDialog,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPage")
        self.workstation = workstation
        self._confirm = confirm
        self._make_merge_dialog = merge_dialog
        self.merge_dialog: MergeDialog | None = None
        self._state: KioskState | None = None
        self._reading = DatabaseCalls("reading the kiosk settings", self)
        self._changing = DatabaseCalls("changing the kiosk settings", self)
        self._changing.busy_changed.connect(lambda _busy: self._update_buttons())

        title = QLabel(self.tr("Kiosk"), self)
        title.setProperty("role", "pageTitle")
        consent_title = QLabel(self.tr("Consent text"), self)
        consent_title.setProperty("role", "sectionTitle")
        consent_intro = QLabel(
            self.tr(
                "What the patient reads and signs at the kiosk, in their language. Publishing "
                "adds a new version; entries already signed keep the words they agreed to."
            ),
            self,
        )
        consent_intro.setWordWrap(True)
        self._language = QComboBox(self)
        self._language.setObjectName("kiosk.language")
        for tag in KNOWN_LANGUAGES:
            self._language.addItem(OWN_NAMES[tag], tag)
        language_words = QLabel(self.tr("&Language:"), self)
        language_words.setBuddy(self._language)
        self._version = QLabel(self)
        self._version.setObjectName("kiosk.consentVersion")
        self._version.setWordWrap(True)
        self._text = QPlainTextEdit(self)
        self._text.setObjectName("kiosk.consentText")
        self._text.setAccessibleName(self.tr("Consent text"))
        self._text.setTabChangesFocus(True)  # Tab moves on, as everywhere; Enter starts a line
        self._publish = QPushButton(self.tr("Pu&blish as a new version…"), self)
        self._publish.setObjectName("kiosk.publish")

        pin_title = QLabel(self.tr("Kiosk PIN"), self)
        pin_title.setProperty("role", "sectionTitle")
        self._pin_state = QLabel(self)
        self._pin_state.setObjectName("kiosk.pinState")
        self._pin_state.setWordWrap(True)
        self._pin = self._pin_field("kiosk.pin", self.tr("New kiosk PIN"))
        self._pin_again = self._pin_field("kiosk.pinAgain", self.tr("New kiosk PIN again"))
        pin_form = QFormLayout()
        pin_form.addRow(self.tr("New PIN (4 to 12 &digits):"), self._pin)
        pin_form.addRow(self.tr("The PIN a&gain:"), self._pin_again)
        self._set_pin = QPushButton(self.tr("Se&t PIN"), self)
        self._set_pin.setObjectName("kiosk.setPin")
        self._clear_pin = QPushButton(self.tr("Cl&ear PIN"), self)
        self._clear_pin.setObjectName("kiosk.clearPin")

        duplicates_title = QLabel(self.tr("Duplicate patients"), self)
        duplicates_title.setProperty("role", "sectionTitle")
        duplicates_intro = QLabel(
            self.tr(
                "A patient who types their name a little differently at the kiosk gets a "
                "second record. Merge the two into one."
            ),
            self,
        )
        duplicates_intro.setWordWrap(True)
        self._merge = QPushButton(self.tr("&Merge two patient records…"), self)
        self._merge.setObjectName("kiosk.mergePatients")

        self._message = QLabel(self)
        self._message.setObjectName("kiosk.message")
        self._message.setWordWrap(True)

        language_row = QHBoxLayout()
        language_row.addWidget(language_words)
        language_row.addWidget(self._language)
        language_row.addWidget(self._version, 1)
        publish_row = QHBoxLayout()
        publish_row.addStretch(1)
        publish_row.addWidget(self._publish)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self._set_pin)
        pin_row.addWidget(self._clear_pin)
        pin_row.addStretch(1)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self._merge)
        merge_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(consent_title)
        layout.addWidget(consent_intro)
        layout.addLayout(language_row)
        layout.addWidget(self._text, 1)
        layout.addLayout(publish_row)
        layout.addWidget(pin_title)
        layout.addWidget(self._pin_state)
        layout.addLayout(pin_form)
        layout.addLayout(pin_row)
        layout.addWidget(duplicates_title)
        layout.addWidget(duplicates_intro)
        layout.addLayout(merge_row)
        layout.addWidget(self._message)

        self._language.currentIndexChanged.connect(lambda _index: self._show_language())
        self._publish.clicked.connect(self.publish)
        self._set_pin.clicked.connect(self.set_pin)
        self._clear_pin.clicked.connect(self.clear_pin)
        self._merge.clicked.connect(self.open_merge)
        self._update_buttons()

    def _pin_field(self, name: str, accessible: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible)
        field.setMaxLength(12)
        return field

    # --- public: what the settings tabs and the tests use -------------------------------

    def is_busy(self) -> bool:
        return self._reading.busy or self._changing.busy

    def message(self) -> str:
        return self._message.text()

    def refresh(self, then_say: str | None = None) -> None:
        """Read every language's text and the PIN's state again (another admin may have
        changed them); once shown, `then_say`."""
        database = self.workstation.database
        self._say(then_say if then_say is not None else self.tr("Loading the kiosk settings…"))
        self._reading.run(
            lambda: read_state(database),
            lambda state: self._loaded(state, then_say),
            self._say,
        )

    def publish(self) -> None:
        """Publish the text shown as the next version of the language chosen."""
        language = str(self._language.currentData())
        words = self._text.toPlainText()
        if not words.strip():
            self._say(self.tr("The consent text is empty. Write what the patient agrees to first."))
            return
        current = self._state.consent.get(language) if self._state is not None else None
        next_version = 1 if current is None else current.version + 1
        question = self.tr(
            "Publish this text as version {version} of the {language} consent?\n\n"
            "The kiosk shows it to the next patient; entries already signed keep theirs."
        ).format(version=next_version, language=OWN_NAMES[language])
        if not self._confirm(self, question):
            return
        database, actor = self.workstation.database, self.workstation.actor
        self._say(self.tr("Publishing…"))
        self._changing.run(
            lambda: kiosk_settings.publish_consent(database, actor, language, words),
            self._published,
            self._say,
        )

    def set_pin(self) -> None:
        pin, again = self._pin.text(), self._pin_again.text()
        if pin != again:
            self._say(self.tr("The two PINs differ. Type the same PIN twice."))
            return
        if not kiosk_settings.PIN.fullmatch(pin):
            self._say(self.tr("The kiosk PIN must be 4 to 12 digits (0-9), nothing else."))
            return
        self._change_pin(pin, self.tr("The kiosk PIN is set."))

    def clear_pin(self) -> None:
        self._change_pin(
            None, self.tr("The kiosk PIN is cleared: leaving the kiosk needs a staff sign-in.")
        )

    def open_merge(self) -> None:
        """The Merge patients dialog, modeless: the admin may look things up meanwhile."""
        if self.merge_dialog is None:
            self.merge_dialog = self._make_merge_dialog(self.workstation, self)
        self.merge_dialog.show()

    # --- private ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _change_pin(self, pin: str | None, done: str) -> None:
        database, actor = self.workstation.database, self.workstation.actor
        self._pin.clear()
        self._pin_again.clear()
        self._say(self.tr("Changing…"))
        self._changing.run(
            lambda: kiosk_settings.set_kiosk_pin(database, actor, pin),
            lambda _none: self.refresh(then_say=done),
            self._say,
        )

    def _published(self, published: ConsentVersion) -> None:
        self.refresh(
            then_say=self.tr("Version {version} of the {language} consent is published.").format(
                version=published.version, language=OWN_NAMES[published.language]
            )
        )

    def _loaded(self, state: KioskState, then_say: str | None) -> None:
        self._state = state
        self._show_language()
        self._pin_state.setText(
            self.tr("A kiosk PIN is set.")
            if state.has_pin
            else self.tr("No kiosk PIN is set: leaving the kiosk needs a staff sign-in.")
        )
        self._say(then_say or "")
        self._update_buttons()

    def _show_language(self) -> None:
        state = self._state
        if state is None:
            return
        current = state.consent.get(str(self._language.currentData()))
        if current is None:
            self._version.setText(self.tr("No consent text yet."))
            self._text.setPlainText("")
            return
        if current.built_in:
            self._version.setText(
                self.tr(
                    "Version {version}: the app's own text; the clinic has not written one."
                ).format(version=current.version)
            )
        else:
            self._version.setText(
                self.tr("Version {version}, published by {who} on {when}.").format(
                    version=current.version,
                    who=current.created_by,
                    when=current.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                )
            )
        self._text.setPlainText(current.text)

    def _say(self, words: str) -> None:
        self._message.setText(words)

    def _update_buttons(self) -> None:
        ready = self._state is not None and not self._changing.busy
        for button in (self._publish, self._set_pin, self._clear_pin):
            button.setEnabled(ready)
