"""Unfinished drafts, offered when someone signs in: resume one, discard one, or later."""

from PySide6.QtCore import Qt
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

from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import intakes
from clinic_app.services.intakes import DraftSummary
from clinic_app.storage.errors import StorageError


def describe(draft: DraftSummary) -> str:
    """One line per draft: whose, which visit, when last saved and by whom."""
    section = draft.document.get("patient")
    patient: dict[str, object] = section if isinstance(section, dict) else {}
    name = " ".join(
        str(patient[part]).strip()
        for part in ("first_name", "last_name")
        if isinstance(patient.get(part), str)
    ).strip()
    when = draft.updated_at.astimezone().strftime("%d %b %Y %H:%M")
    return f"{name or 'No name yet'} — last saved {when} by {draft.updated_by}"


class DraftsDialog(QDialog):
    """`.chosen` is the draft to resume when accepted."""

    def __init__(
        self, workstation: Workstation, drafts: list[DraftSummary], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftsDialog")
        self.setWindowTitle("Unfinished intakes")
        self._workstation = workstation
        self.chosen: DraftSummary | None = None
        intro = QLabel(
            "These intakes were started but not submitted. Carry on with one, or discard "
            "one that is not needed.",
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("drafts.list")
        for draft in drafts:
            item = QListWidgetItem(describe(draft))
            item.setData(Qt.ItemDataRole.UserRole, draft)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.message = QLabel(self)
        self.message.setObjectName("drafts.message")
        self.message.setWordWrap(True)
        resume = QPushButton("&Resume", self)
        resume.setObjectName("drafts.resume")
        resume.setDefault(True)
        discard = QPushButton("&Discard…", self)
        discard.setObjectName("drafts.discard")
        later = QPushButton("&Later", self)
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
        self.resize(560, 320)

    def _current(self) -> DraftSummary | None:
        item: QListWidgetItem | None = self.list.currentItem()
        if item is None:
            return None
        draft = item.data(Qt.ItemDataRole.UserRole)
        return draft if isinstance(draft, DraftSummary) else None

    def _resume(self) -> None:
        self.chosen = self._current()
        if self.chosen is not None:
            self.accept()

    def _discard(self) -> None:
        draft = self._current()
        if draft is None:
            return
        # A second press confirms: no modal box to get stuck behind, and still two steps.
        if self.message.property("confirming") != draft.intake_id:
            self.message.setProperty("confirming", draft.intake_id)
            self.message.setText("Press Discard again to drop this draft for good.")
            return
        try:
            intakes.discard_draft(
                self._workstation.database, self._workstation.actor, draft.intake_id, draft.version
            )
        except StorageError as error:
            self.message.setText(f"Not discarded: {error}")
            return
        self.message.setProperty("confirming", None)
        self.message.setText("Draft discarded.")
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.reject()
