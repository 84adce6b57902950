"""The desk's "Patient entries" list: what patients answered for themselves (at the
waiting-room kiosk, or on a FHIR form) and the desk has not checked yet (self-entry.md).

The list is read on the background runner (architecture.md, Threads): when the page is
shown, every `refresh_ms` (within the 15 s self-entry.md allows) and whenever someone
calls `refresh()` (after an import, say). A poll never stacks on one still out. Rows are
refreshed by minimal edits (gui/common/record_table.py), so the desk's selection survives
a poll. The alert is in words, never colour alone.

Opening an entry is the intake form's work: the page only says which one
(`entryOpened(entry_id)`). Discarding asks for the reason here, then calls the service.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.flag_words import badge_words
from clinic_app.gui.common.record_table import Index, RecordTableModel, record_table
from clinic_app.gui.common.style import restyle
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.intake.discard_dialog import DiscardDialog
from clinic_app.languages import OWN_NAMES
from clinic_app.services import entry_journal, patient_entries
from clinic_app.services.journal import database_mark
from clinic_app.services.patient_entries import WaitingEntry
from clinic_app.storage.database import Database

REFRESH_MS = 10_000
"""How often the list is read again: within self-entry.md's 15 s, with room for a slow read."""
FHIR_SOURCE = "fhir"
RECEIVED, NAME, BORN, SOURCE, LANGUAGE, STATE, ALERT = range(7)
ENTRY_ROLE = Qt.ItemDataRole.UserRole
"""The role whose data is the row's WaitingEntry."""


class EntryTableModel(RecordTableModel):
    """The waiting entries, newest first, as the service gives them."""

    HEADERS = (
        QT_TRANSLATE_NOOP("EntryTableModel", "Received"),
        QT_TRANSLATE_NOOP("EntryTableModel", "Name as typed"),
        QT_TRANSLATE_NOOP("EntryTableModel", "Date of birth as typed"),
        QT_TRANSLATE_NOOP("EntryTableModel", "From"),
        QT_TRANSLATE_NOOP("EntryTableModel", "Language"),
        QT_TRANSLATE_NOOP("EntryTableModel", "Finished"),
        QT_TRANSLATE_NOOP("EntryTableModel", "Alert"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[WaitingEntry] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def entries(self) -> list[WaitingEntry]:
        return list(self._rows)

    def entry_at(self, row: int) -> WaitingEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, index.column())
        return None

    def _text(self, entry: WaitingEntry, column: int) -> str:
        if column == RECEIVED:
            local = entry.received_at.astimezone()
            return f"{local:%H:%M}" if local.date() == date.today() else f"{local:%d %b %H:%M}"
        if column == NAME:
            return entry.patient or self.tr("(no name)")
        if column == BORN:
            return entry.date_of_birth or self.tr("(not given)")
        if column == SOURCE:
            return source_words(entry.source)
        if column == LANGUAGE:
            return OWN_NAMES.get(entry.language, entry.language)
        if column == STATE:
            return self.tr("Finished") if entry.finished else self.tr("Unfinished (left idle)")
        if column == ALERT:
            return badge_words(entry.alert) if entry.alert else self.tr("None")
        return ""

    def set_entries(self, entries: list[WaitingEntry]) -> None:
        """Show `entries` by minimal edits: rows gone are removed, new ones inserted, the
        rest changed in place, so the row the desk selected stays selected."""
        wanted = {entry.entry_id for entry in entries}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].entry_id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for row, entry in enumerate(entries):
            if row < len(self._rows) and self._rows[row].entry_id == entry.entry_id:
                if self._rows[row] != entry:
                    self._rows[row] = entry
                    last = self.index(row, len(self.HEADERS) - 1)
                    self.dataChanged.emit(self.index(row, 0), last)
                continue
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, entry)
            self.endInsertRows()
        if len(self._rows) > len(entries):  # the same entries in another order
            self.beginResetModel()
            self._rows = list(entries)
            self.endResetModel()


def source_words(source: str) -> str:
    """Where an entry came from, as the desk reads it: the kiosk's name, or a FHIR form."""
    if source == FHIR_SOURCE:
        return QCoreApplication.translate("EntriesPage", "a FHIR form")
    return source


class EntriesPage(QWidget):
    """The list of entries waiting for the desk. `entryOpened(entry_id)` when the desk
    opens one (Enter, a double click or Open); `refresh()` reads the list again now."""

    entryOpened = Signal(int)

    def __init__(
        self,
        workstation: Workstation,
        parent: QWidget | None = None,
        *,
        refresh_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("entriesPage")
        self._workstation = workstation
        self._reads = DatabaseCalls("reading the patient entries", self)
        self._discards = DatabaseCalls("discarding a patient entry", self)
        self.dialog: DiscardDialog | None = None
        """The Discard dialog while it is open."""

        self.model = EntryTableModel(self)
        self.table = record_table(
            self.model,
            self,
            name="entries.table",
            accessible_name=self.tr("Patient entries waiting for the desk"),
            stretch=NAME,
        )
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        title = QLabel(self.tr("Answers patients gave themselves, waiting for the desk"), self)
        title.setProperty("role", "pageTitle")
        self._status = QLabel(self)
        self._status.setObjectName("entries.status")
        self._status.setWordWrap(True)
        self._open = QPushButton(self.tr("&Open"), self)
        self._open.setObjectName("entries.open")
        self._open.setToolTip(self.tr("Check the selected entry in the intake form (Enter)"))
        self._open.clicked.connect(self.open_selected)
        self._discard = QPushButton(self.tr("&Discard…"), self)
        self._discard.setObjectName("entries.discard")
        self._discard.setToolTip(self.tr("Set the selected entry aside, saying why"))
        self._discard.clicked.connect(self.discard_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self._status, 1)
        buttons.addWidget(self._open)
        buttons.addWidget(self._discard)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._show_buttons)
        self.model.modelReset.connect(self._show_buttons)
        self.model.rowsRemoved.connect(self._show_buttons)
        self._show_buttons()

        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    # --- reading --------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the waiting entries again, off the GUI thread (skipped while a read is
        out: its answer is as fresh). Call it after importing entries to show them now."""
        database = self._workstation.database
        self._reads.run(
            lambda: _waiting(database),
            self._arrived,
            self._failed,
            unless_busy=True,
        )

    def is_busy(self) -> bool:
        return self._reads.busy or self._discards.busy

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _arrived(self, entries: list[WaitingEntry]) -> None:
        had_selection = self.table.selectionModel().hasSelection()
        self.model.set_entries(entries)
        if entries and not had_selection:
            self.table.selectRow(0)
        if self._status.property("role") == "fieldMessage":
            restyle(self._status, "role", "")
            self._status.clear()
        if not entries and not self._status.text():
            self._status.setText(self.tr("No entries are waiting."))
        elif entries and self._status.text() == self.tr("No entries are waiting."):
            self._status.clear()
        self._show_buttons()

    def _failed(self, message: str) -> None:
        restyle(self._status, "role", "fieldMessage")
        self._status.setText(
            self.tr("The entries could not be read ({message}); trying again shortly.").format(
                message=message
            )
        )

    # --- acting on one ----------------------------------------------------------------

    def selected(self) -> WaitingEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.entryOpened.emit(chosen.entry_id)

    def _open_row(self, row: int) -> None:
        chosen = self.model.entry_at(row)
        if chosen is not None:
            self.entryOpened.emit(chosen.entry_id)

    def eventFilter(self, watched: object, event: object) -> bool:
        """Enter on the table opens the selected entry (a table view ignores it)."""
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def discard_selected(self) -> DiscardDialog | None:
        """Ask why the selected entry is set aside; discarded once a reason is given."""
        chosen = self.selected()
        if chosen is None:
            return None
        dialog = DiscardDialog(chosen.patient, self)
        dialog.reasonGiven.connect(lambda reason: self._discard_entry(chosen.entry_id, reason))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: DiscardDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _discard_entry(self, entry_id: int, reason: str) -> None:
        database, actor = self._workstation.database, self._workstation.actor
        self._status.setText(self.tr("Discarding…"))
        self._discards.run(
            lambda: patient_entries.discard_entry(database, actor, entry_id, reason),
            lambda _check: self._discarded(),
            self._discard_failed,
        )

    def _discarded(self) -> None:
        restyle(self._status, "role", "")
        self._status.setText(self.tr("The entry was discarded; the reason is on record."))
        self.refresh()

    def _discard_failed(self, message: str) -> None:
        restyle(self._status, "role", "fieldMessage")
        self._status.setText(
            self.tr("The entry was not discarded: {message}").format(message=message)
        )
        self.refresh()

    def _show_buttons(self) -> None:
        chosen = self.selected() is not None
        self._open.setEnabled(chosen)
        self._discard.setEnabled(chosen)


def _waiting(database: Database) -> list[WaitingEntry]:
    """On the background runner: the waiting entries; and the corrections kept on this
    computer for entries no longer waiting (checked in or discarded, here or at another
    desk) are removed, so no patient's answers stay on disk past their use."""
    entries = patient_entries.waiting_entries(database)
    entry_journal.forget_all_but(
        entry_journal.entry_journal_dir(),
        database_mark(database),
        (entry.entry_id for entry in entries),
    )
    return entries
