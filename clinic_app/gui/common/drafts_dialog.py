"""Unfinished drafts, offered when someone signs in: resume one, discard one, or later.

The offer holds the intake drafts in the database, the journals this computer kept while
the database was unreachable (services/journal.py) that the database does not have, and
the follow-up visits begun and not submitted (services/followup_drafts.py). It lives in
gui/common because two rooms' work is in it: the main window hands an intake back to the
intake form and a follow-up to the follow-up form. Finding them and discarding one run
on the background runner (`DraftsOffer`, `DatabaseCalls`): the window that offers them
never waits on the database.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.tab_chain import tab_in_order
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import followup_drafts, intakes, journal
from clinic_app.services.followup_drafts import FollowUpDraftSummary
from clinic_app.services.intakes import DraftSummary
from clinic_app.services.journal import JournalEntry, Offered
from clinic_app.storage.database import Database

KEPT_HERE = str(
    QT_TRANSLATE_NOOP("DraftsDialog", "kept on this computer while the database was unreachable")
)
"""The English source; `describe` shows it in the window's language."""

Kept = DraftSummary | JournalEntry | FollowUpDraftSummary
"""A draft to offer: an intake's row in the database, an intake's journal on this
computer, or a follow-up visit's row."""


def describe(draft: Kept) -> str:
    """One line per draft: whose, which visit, when last saved and by whom."""
    name = _name(draft)
    if isinstance(draft, FollowUpDraftSummary):
        when = draft.updated_at.astimezone().strftime("%d %b %Y %H:%M")
        return QCoreApplication.translate(
            "DraftsDialog", "{name} — follow-up visit, last saved {when} by {who}"
        ).format(name=name, when=when, who=draft.updated_by)
    if isinstance(draft, JournalEntry):
        when = draft.typed_at.astimezone().strftime("%d %b %Y %H:%M")
        return QCoreApplication.translate(
            "DraftsDialog", "{name} — {kept_here} (typed {when} by {who})"
        ).format(
            name=name,
            kept_here=QCoreApplication.translate("DraftsDialog", KEPT_HERE),
            when=when,
            who=draft.typed_by,
        )
    when = draft.updated_at.astimezone().strftime("%d %b %Y %H:%M")
    return QCoreApplication.translate("DraftsDialog", "{name} — last saved {when} by {who}").format(
        name=name, when=when, who=draft.updated_by
    )


def _name(draft: Kept) -> str:
    section = draft.document.get("patient")
    patient: dict[str, object] = section if isinstance(section, dict) else {}
    name = " ".join(
        str(patient[part]).strip()
        for part in ("first_name", "last_name")
        if isinstance(patient.get(part), str)
    ).strip()
    return name or QCoreApplication.translate("DraftsDialog", "No name yet")


class DraftsDialog(QDialog):
    """`.chosen` is the draft (or journal) to resume when accepted."""

    def __init__(
        self,
        workstation: Workstation,
        drafts: list[DraftSummary],
        parent: QWidget | None = None,
        *,
        journals: list[JournalEntry] | None = None,
        follow_ups: list[FollowUpDraftSummary] | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftsDialog")
        self.setWindowTitle(self.tr("Unfinished intakes"))
        if follow_ups:
            self.setWindowTitle(self.tr("Unfinished intakes and follow-up visits"))
        self._workstation = workstation
        self._folder = folder or journal.journal_dir()
        self._discards = DatabaseCalls("discarding a draft", self)
        self.chosen: Kept | None = None
        intro = QLabel(
            self.tr(
                "These intakes were started but not submitted. Carry on with one, or discard "
                "one that is not needed."
            ),
            self,
        )
        if follow_ups:
            intro.setText(
                self.tr(
                    "These intakes and follow-up visits were started but not submitted. "
                    "Carry on with one, or discard one that is not needed."
                )
            )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("drafts.list")
        kept: list[Kept] = [*(journals or []), *drafts, *(follow_ups or [])]
        for draft in kept:
            item = QListWidgetItem(describe(draft))
            item.setData(Qt.ItemDataRole.UserRole, draft)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.message = QLabel(self)
        self.message.setObjectName("drafts.message")
        self.message.setWordWrap(True)
        resume = QPushButton(self.tr("&Resume"), self)
        resume.setObjectName("drafts.resume")
        resume.setDefault(True)
        discard = QPushButton(self.tr("&Discard…"), self)
        discard.setObjectName("drafts.discard")
        later = QPushButton(self.tr("&Later"), self)
        later.setObjectName("drafts.later")
        resume.clicked.connect(self._resume)
        self.list.itemActivated.connect(lambda _item: self._resume())
        discard.clicked.connect(self._discard)
        later.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(discard)
        buttons.addStretch(1)
        buttons.addWidget(later)
        buttons.addWidget(resume)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        tab_in_order(self, self.list, discard, later, resume)  # as they are read
        self.resize(560, 320)

    def _current(self) -> Kept | None:
        item: QListWidgetItem | None = self.list.currentItem()
        if item is None:
            return None
        draft = item.data(Qt.ItemDataRole.UserRole)
        return (
            draft if isinstance(draft, DraftSummary | JournalEntry | FollowUpDraftSummary) else None
        )

    def _resume(self) -> None:
        self.chosen = self._current()
        if self.chosen is not None:
            self.accept()

    def _discard(self) -> None:
        draft = self._current()
        if draft is None:
            return
        # A second press confirms: no modal box to get stuck behind, and still two steps.
        which = _identity(draft)
        if self.message.property("confirming") != which:
            self.message.setProperty("confirming", which)
            self.message.setText(self.tr("Press Discard again to drop this draft for good."))
            return
        self.message.setProperty("confirming", None)
        if isinstance(draft, JournalEntry):
            journal.discard(self._folder, draft.key)
            self._discarded(draft)
            return
        database, actor = self._workstation.database, self._workstation.actor
        self.message.setText(self.tr("Discarding…"))
        if isinstance(draft, FollowUpDraftSummary):
            followup_id, version = draft.followup_id, draft.version
            self._discards.run(
                lambda: followup_drafts.discard_follow_up_draft(
                    database, actor, followup_id, version
                ),
                lambda _none: self._discarded(draft),
                lambda error: self.message.setText(
                    self.tr("Not discarded: {error}").format(error=error)
                ),
            )
            return
        self._discards.run(
            lambda: intakes.discard_draft(database, actor, draft.intake_id, draft.version),
            lambda _none: self._discarded(draft),
            lambda error: self.message.setText(
                self.tr("Not discarded: {error}").format(error=error)
            ),
        )

    def _discarded(self, draft: Kept) -> None:
        self.message.setText(self.tr("Draft discarded."))
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == draft:
                self.list.takeItem(row)
                break
        if self.list.count() == 0:
            self.reject()


def _identity(draft: Kept) -> str:
    if isinstance(draft, FollowUpDraftSummary):
        return f"follow-up {draft.followup_id}"
    return f"journal {draft.key}" if isinstance(draft, JournalEntry) else f"row {draft.intake_id}"


class DraftsOffer(QObject):
    """Looks for drafts and journals off the GUI thread, and opens the dialog when
    there are any: `.dialog` is it, once open (`opened`); `nothing` when there are none.

    `on_chosen(dialog)` is called when the desk picks one to resume.
    """

    opened = Signal(object)
    nothing = Signal()

    def __init__(
        self,
        workstation: Workstation,
        parent: QWidget,
        on_chosen: Callable[[DraftsDialog], None],
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._parent = parent
        self._on_chosen = on_chosen
        self._folder = folder or journal.journal_dir()
        self._calls = DatabaseCalls("looking for unfinished intakes", self)
        self.dialog: DraftsDialog | None = None
        self.done = False

    @classmethod
    def start(
        cls, workstation: Workstation, parent: QWidget, on_chosen: Callable[[DraftsDialog], None]
    ) -> "DraftsOffer":
        offer = cls(workstation, parent, on_chosen)
        offer.look()
        return offer

    def look(self) -> None:
        database, folder = self._workstation.database, self._folder
        self._calls.run(lambda: _looked_for(database, folder), self._found, self._failed)

    def _found(self, found: tuple[Offered, list[FollowUpDraftSummary]]) -> None:
        offered, follow_ups = found
        self.done = True
        if not offered.drafts and not offered.journals and not follow_ups:
            self.nothing.emit()
            return
        dialog = DraftsDialog(
            self._workstation,
            offered.drafts,
            self._parent,
            journals=offered.journals,
            follow_ups=follow_ups,
            folder=self._folder,
        )
        dialog.accepted.connect(lambda: self._on_chosen(dialog))
        self.dialog = dialog
        dialog.open()
        self.opened.emit(dialog)

    def _failed(self, _message: str) -> None:
        # Unreachable now: the drafts stay where they are, offered at the next sign-in.
        self.done = True
        self.nothing.emit()


def _looked_for(database: Database, folder: Path) -> tuple[Offered, list[FollowUpDraftSummary]]:
    """For the background runner: the intakes' offer, and the follow-ups left unfinished."""
    return journal.offered(database, folder), followup_drafts.unfinished_follow_ups(database)
