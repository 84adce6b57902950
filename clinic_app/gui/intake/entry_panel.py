"""The intake form's "patient's entry" mode: the desk checks answers a patient gave
themselves (self-entry.md, "The desk's check").

The form shows the patient's answers in its usual fields; this panel adds what makes the
check a check:

- a banner naming where and when the patient answered;
- a mark on every field the patient answered, turned to "changed by the desk" when the
  desk's answer differs from the patient's, and back when it is put back (entry_marks);
- who the patient is: the patient the typed details already identify and the likely
  duplicates (the New patient dialog's own search), or a new patient. The choice goes to
  `check_in_entry` as `patient_id`.

Reading the entry (an audited opening), the duplicate search and the check-in run on the
background runner; the panel never touches the database on the GUI thread.

The desk's corrections are not a draft in the database (the entry itself waits in the
list), so each change is kept on this computer instead (services/entry_journal.py) and put
back when the same entry is opened again here: a crash or a lock costs nothing typed.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.field_binding import FieldBinding
from clinic_app.gui.common.style import restyle
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.entry_marks import PatientMarks
from clinic_app.intake import IntakeInvalid
from clinic_app.services import entry_journal, patient_entries
from clinic_app.services.actor import Actor
from clinic_app.services.entry_journal import KeptCheck
from clinic_app.services.journal import database_mark
from clinic_app.services.patient_entries import (
    CheckedIn,
    EntryAlreadyChecked,
    IdentityMatch,
    StoredEntry,
)
from clinic_app.services.patients import PatientRow
from clinic_app.storage.database import Database

FHIR_SOURCE = "fhir"


@dataclass(frozen=True)
class OpenedEntry:
    """What opening an entry reads: the entry, and who the patient may be (None when the
    typed name or date of birth cannot be read as a patient's: the desk fixes them)."""

    entry: StoredEntry
    identity: IdentityMatch | None
    kept: KeptCheck | None = None
    """The desk's corrections to it kept on this computer, if it was being checked here."""


@dataclass(frozen=True)
class _Refused:
    """A check-in the service refused for a reason the form shows in its own way."""

    invalid: IntakeInvalid | None = None
    already: str | None = None


def _open(database: Database, actor: Actor, entry_id: int, folder: Path) -> OpenedEntry:
    """On the background runner: the entry (its opening audited), the identity match, and
    any corrections to it kept on this computer."""
    stored = patient_entries.entry(database, entry_id, opened_by=actor)
    try:
        identity: IdentityMatch | None = patient_entries.likely_duplicates(database, entry_id)
    except IntakeInvalid:
        identity = None
    kept = None
    if stored.check is None:
        kept = entry_journal.kept_check(folder, database_mark(database), entry_id)
    return OpenedEntry(stored, identity, kept)


def _check_in(
    database: Database,
    actor: Actor,
    entry_id: int,
    document: Mapping[str, Any],
    patient_id: int | None,
) -> CheckedIn | _Refused:
    """On the background runner: the check-in, with the refusals the form words itself
    returned rather than raised (the runner passes other storage errors on in words)."""
    try:
        return patient_entries.check_in_entry(database, actor, entry_id, document, patient_id)
    except IntakeInvalid as invalid:
        return _Refused(invalid=invalid)
    except EntryAlreadyChecked as already:
        return _Refused(already=str(already))


class EntryPanel(QFrame):
    """The banner and identity choice shown above the form while it holds an entry.

    `opened(OpenedEntry)` once the entry is in (the form then loads its answers and calls
    `mark`); `openFailed(message)`; after `check_in`: `checkedIn(CheckedIn)`,
    `invalid(problems)`, `alreadyChecked(message)` (another desk dealt with it) or
    `failed(message)`.
    """

    opened = Signal(object)
    openFailed = Signal(str)
    checkedIn = Signal(object)
    invalid = Signal(object)
    alreadyChecked = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        workstation: Workstation,
        parent: QWidget | None = None,
        *,
        describe: Callable[[str, str], bool] | None = None,
    ) -> None:
        """`describe(path, words)` keeps a field's mark in its accessible description
        (the form's FieldMessages.note, which also shows messages there); False when it
        does not hold that field, which is then described directly."""
        super().__init__(parent)
        self.setObjectName("entry.panel")
        self._describe = describe or (lambda _path, _words: False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._workstation = workstation
        self._opening = DatabaseCalls("opening a patient entry", self)
        self._checking = DatabaseCalls("checking in a patient entry", self)
        self.entry: StoredEntry | None = None
        self._marks: PatientMarks | None = None
        self._opening_id: int | None = None
        self._journal_folder: Path | None = None
        self._recorded: dict[str, Any] | None = None
        """What the desk would record now, once it has changed something."""

        self.banner = QLabel(self)
        self.banner.setObjectName("entry.banner")
        self.banner.setWordWrap(True)
        restyle(self.banner, "role", "blocked")
        self.identity = QComboBox(self)
        self.identity.setObjectName("entry.identity")
        self.identity.setAccessibleName(self.tr("Whose answers these are"))
        who = QLabel(self.tr("Ma&tch to:"), self)
        who.setBuddy(self.identity)
        self.identity.activated.connect(lambda _index: self._keep())
        self.identity_note = QLabel(self)
        self.identity_note.setObjectName("entry.identityNote")
        self.identity_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(who)
        row.addWidget(self.identity, 1)
        column = QVBoxLayout(self)
        column.addWidget(self.banner)
        column.addLayout(row)
        column.addWidget(self.identity_note)
        self.hide()

    # --- state --------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """The form holds a patient's entry (or is opening one)."""
        return self.entry is not None or self._opening_id is not None

    def is_busy(self) -> bool:
        return self._opening.busy or self._checking.busy

    def chosen_patient(self) -> int | None:
        """The registered patient chosen (None: a new patient, or found as any intake)."""
        value = self.identity.currentData()
        return value if isinstance(value, int) else None

    # --- opening ------------------------------------------------------------------------

    def open(self, entry_id: int) -> None:
        """Read the entry off the GUI thread; `opened` or `openFailed` follows."""
        database, actor = self._workstation.database, self._workstation.actor
        folder = self.journal_folder()
        self._checking.forget()
        self._opening_id = entry_id
        self._opening.run(
            lambda: _open(database, actor, entry_id, folder),
            self._arrived,
            self._open_failed,
        )

    def _open_failed(self, message: str) -> None:
        self._opening_id = None
        self.openFailed.emit(message)

    def _arrived(self, opened: OpenedEntry) -> None:
        self._opening_id = None
        self.entry = opened.entry
        self.banner.setText(self._banner_words(opened.entry))
        self._fill_identity(opened.identity)
        self.show()
        self.opened.emit(opened)

    def _banner_words(self, entry: StoredEntry) -> str:
        local = entry.received_at.astimezone()
        when = f"{local:%H:%M}" if local.date() == date.today() else f"{local:%d %b %H:%M}"
        if entry.source == FHIR_SOURCE:
            words = self.tr("Answers from the patient on a FHIR form, {time} — check each step")
            text = words.format(time=when)
        else:
            words = self.tr("Answers from the patient at {source}, {time} — check each step")
            text = words.format(source=entry.source, time=when)
        if not entry.finished:
            text += " " + self.tr("(unfinished: the patient left before the end)")
        return (
            text
            + ". "
            + self.tr(
                "Fields the patient answered are outlined with dashes, those the desk changed with "
                "dots."
            )
        )

    def _fill_identity(self, identity: IdentityMatch | None) -> None:
        self.identity.clear()
        self.identity.addItem(self.tr("A new patient (registered from these answers)"), None)
        if identity is None:
            self.identity_note.setText(
                self.tr(
                    "The name or date of birth as typed cannot be matched to a patient; "
                    "correct them on the first step."
                )
            )
            return
        seen: set[int] = set()
        if identity.registered is not None:
            row = identity.registered
            seen.add(row.id)
            self.identity.addItem(
                self.tr("{patient} — already registered with these details").format(
                    patient=_patient_words(row)
                ),
                row.id,
            )
            self.identity.setCurrentIndex(1)
        for row in identity.likely_duplicates:
            if row.id in seen:
                continue
            seen.add(row.id)
            self.identity.addItem(
                self.tr("{patient} — a likely duplicate").format(patient=_patient_words(row)),
                row.id,
            )
        others = len(seen) - (identity.registered is not None)
        if identity.registered is not None:
            self.identity_note.setText(self.tr("The details match a registered patient."))
        elif others:
            self.identity_note.setText(
                self.tr(
                    "%n registered patient(s) look like this one: choose them if it is the "
                    "same person.",
                    "",
                    others,
                )
            )
        else:
            self.identity_note.setText(self.tr("No registered patient matches these details."))

    # --- marking the patient's answers --------------------------------------------------

    def mark(self, binding: FieldBinding) -> None:
        """Mark every field the patient answered as theirs (after the form loaded them)."""
        if self.entry is None:
            return
        if self._marks is None or self._marks.binding is not binding:
            self._marks = PatientMarks(binding, self._describe)
        self._marks.start(self.entry.document)

    def edited(self, path: str, document: Mapping[str, Any]) -> None:
        """The desk changed a field (PatientMarks.edited); the check is kept here."""
        if self.entry is not None and self._marks is not None:
            self._marks.edited(path, document)
            self._recorded = self._marks.desk_document(document)
            self._keep()

    def restore(self, kept: KeptCheck, document: Mapping[str, Any]) -> None:
        """The form holds the kept corrections again (`document`): mark each as the
        desk's, and choose the patient chosen then, if they are still offered."""
        if self.entry is None or self._marks is None:
            return
        for path in kept.changed:
            self._marks.edited(path, document)
        index = self.identity.findData(kept.patient_id)
        if index >= 0:
            self.identity.setCurrentIndex(index)
        self._recorded = self._marks.desk_document(document)

    def journal_folder(self) -> Path:
        """This computer's folder of entry checks (found once)."""
        if self._journal_folder is None:
            self._journal_folder = entry_journal.entry_journal_dir()
        return self._journal_folder

    def _keep(self) -> None:
        if self.entry is None or self._marks is None or self._recorded is None:
            return  # nothing changed yet: the entry as the patient gave it is in the list
        entry_journal.keep(
            self.journal_folder(),
            database_mark(self._workstation.database),
            self.entry.entry_id,
            self._recorded,
            self._marks.changed,
            self.chosen_patient(),
            self._workstation.account.username,
        )

    def desk_document(self, form_document: Mapping[str, Any]) -> dict[str, Any]:
        """What the desk records (PatientMarks.desk_document)."""
        if self.entry is None or self._marks is None:
            return dict(form_document)
        return self._marks.desk_document(form_document)

    def mark_of(self, path: str) -> str | None:
        """Whose answer a field holds, as marked: "patient", "desk" or None (unmarked)."""
        return None if self._marks is None else self._marks.mark_of(path)

    # --- checking in, leaving -------------------------------------------------------------

    def check_in(self, document: Mapping[str, Any]) -> None:
        """Submit the desk's version of the entry off the GUI thread."""
        if self.entry is None:
            return
        database, actor = self._workstation.database, self._workstation.actor
        entry_id, patient_id = self.entry.entry_id, self.chosen_patient()
        recorded = self.desk_document(document)
        self._checking.run(
            lambda: _check_in(database, actor, entry_id, recorded, patient_id),
            self._checked,
            self.failed.emit,
        )

    def _checked(self, outcome: CheckedIn | _Refused) -> None:
        if isinstance(outcome, CheckedIn):
            self.leave()
            self.checkedIn.emit(outcome)
        elif outcome.invalid is not None:
            self.invalid.emit(outcome.invalid.problems)
        else:
            self.alreadyChecked.emit(outcome.already or "")  # the form then leaves it

    def leave(self) -> None:
        """Back to a form the desk types itself: no banner, no marks, nothing out. The
        corrections kept here go too: the entry was checked in, another desk dealt with
        it, or the desk chose to leave it (the form asks first)."""
        self._opening.forget()
        self._checking.forget()
        self._opening_id = None
        if self.entry is not None:
            entry_journal.forget(
                self.journal_folder(),
                database_mark(self._workstation.database),
                self.entry.entry_id,
            )
        self._recorded = None
        if self._marks is not None:
            self._marks.clear()
        self.entry = None
        self.banner.clear()
        self.identity.clear()
        self.identity_note.clear()
        self.hide()


def _patient_words(row: PatientRow) -> str:
    born = row.date_of_birth.isoformat()
    number = f", {row.clinic_number}" if row.clinic_number else ""
    return f"{row.display_name} ({born}{number})"
