"""The administrator's Merge patients dialog: two records side by side, one survives.

Self-entry makes duplicates (self-entry.md). The admin finds the first record by the
desk's own search, is offered its likely duplicates (the New patient dialog's rule) as
the second, or searches for it, compares both side by side (identity, what each holds,
drafts open), chooses which record survives and confirms. What may be merged is the
service's to say (services.patient_merges): the dialog shows its refusal in words and
keeps the Merge button off until both records can be merged.

Every call runs on the background runner; the dialog never waits on the database.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import patient_merges, patients
from clinic_app.services.patient_merges import MergeResult, PatientSide, Refusal, SideBySide
from clinic_app.services.patients import PatientRow

SIDES = ("first", "second")
PATIENT_ID = Qt.ItemDataRole.UserRole


def confirm_merge(parent: QWidget, question: str) -> bool:
    """Ask before merging; True to go on. (Tests pass their own.)"""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MergeDialog", "Merge patient records"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class MergeDialog(QDialog):
    """Pick two patients, compare them, keep one. `merged(MergeResult)` once done."""

    merged = Signal(object)

    def __init__(
        self,
        workstation: Workstation,
        parent: QWidget | None = None,
        *,
        confirm: Callable[[QWidget, str], bool] = confirm_merge,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge patient records"))
        self.workstation = workstation
        self._confirm = confirm
        self._chosen: dict[str, int | None] = dict.fromkeys(SIDES)
        self._shown: SideBySide | None = None
        self._searches = {side: DatabaseCalls("searching patients", self) for side in SIDES}
        self._comparing = DatabaseCalls("comparing two patients", self)
        self._merging = DatabaseCalls("merging two patients", self)
        self._merging.busy_changed.connect(lambda _busy: self._update_buttons())

        intro = QLabel(
            self.tr(
                "Find the two records of one person. The record you keep keeps its number; "
                "every intake, course, handout and decision of the other moves to it."
            ),
            self,
        )
        intro.setWordWrap(True)
        # One panel per record, side by side: each is read (and tabbed through) whole
        # before the other, as two records compared are.
        sides = QHBoxLayout()
        self._search: dict[str, QLineEdit] = {}
        self._results: dict[str, QListWidget] = {}
        self._details: dict[str, QLabel] = {}
        self._keep: dict[str, QRadioButton] = {}
        keep_group = QButtonGroup(self)
        headings = {"first": self.tr("First record"), "second": self.tr("Second record")}
        search_words = {
            "first": self.tr("Search for the first record"),
            "second": self.tr("Search for the second record"),
        }
        keep_words = {"first": self.tr("&Keep this one"), "second": self.tr("K&eep this one")}
        for side in SIDES:
            panel = QWidget(self)
            panel.setObjectName(f"merge.{side}")
            heading = QLabel(headings[side], panel)
            heading.setProperty("role", "sectionTitle")
            search = QLineEdit(panel)
            search.setObjectName(f"merge.{side}.search")
            search.setPlaceholderText(self.tr("Name, number or birth date (YYYY-MM-DD)"))
            search.setAccessibleName(search_words[side])
            results = QListWidget(panel)
            results.setObjectName(f"merge.{side}.results")
            results.setAccessibleName(headings[side])
            details = QLabel(panel)
            details.setObjectName(f"merge.{side}.details")
            details.setWordWrap(True)
            details.setTextFormat(Qt.TextFormat.PlainText)
            details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            keep = QRadioButton(keep_words[side], panel)
            keep.setObjectName(f"merge.{side}.keep")
            keep_group.addButton(keep)
            column = QVBoxLayout(panel)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(heading)
            column.addWidget(search)
            column.addWidget(results, 1)
            column.addWidget(details)
            column.addWidget(keep)
            sides.addWidget(panel)
            self._search[side], self._results[side] = search, results
            self._details[side], self._keep[side] = details, keep
            search.textChanged.connect(lambda text, side=side: self._search_for(side, text))
            results.currentItemChanged.connect(
                lambda item, _old, side=side: self._picked(side, item)
            )
            keep.toggled.connect(lambda _on: self._update_buttons())

        self._message = QLabel(self)
        self._message.setObjectName("merge.message")
        self._message.setWordWrap(True)
        self._merge = QPushButton(self.tr("&Merge…"), self)
        self._merge.setObjectName("merge.merge")
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("merge.close")
        close.clicked.connect(self.reject)
        self._merge.clicked.connect(self.merge)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._merge)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(sides, 1)
        layout.addWidget(self._message)
        layout.addLayout(buttons)
        self.resize(760, 520)
        self._keep["first"].setChecked(True)
        self._update_buttons()

    # --- public: what the Kiosk page and the tests use ----------------------------------

    def is_busy(self) -> bool:
        return (
            any(calls.busy for calls in self._searches.values())
            or self._comparing.busy
            or self._merging.busy
        )

    def message(self) -> str:
        return self._message.text()

    def merge(self) -> None:
        """Ask, then merge the record not kept into the one kept."""
        shown = self._shown
        if shown is None or shown.refusal is not None or self._merging.busy:
            return
        keep_first = self._keep["first"].isChecked()
        survivor, merged = (
            (shown.first, shown.second) if keep_first else (shown.second, shown.first)
        )
        question = self.tr(
            "Merge {merged} ({merged_number}) into {survivor} ({survivor_number})?\n\n"
            "{survivor} keeps the number {survivor_number}; every record of {merged} moves "
            "to it. This cannot be undone."
        ).format(
            merged=merged.display_name,
            merged_number=self._number(merged),
            survivor=survivor.display_name,
            survivor_number=self._number(survivor),
        )
        if not self._confirm(self, question):
            return
        database, actor = self.workstation.database, self.workstation.actor
        survivor_id, merged_id = survivor.patient_id, merged.patient_id
        self._say(self.tr("Merging…"))
        self._merging.run(
            lambda: patient_merges.merge_patients(database, actor, survivor_id, merged_id),
            self._merge_done,
            self._failed,
        )

    # --- private ------------------------------------------------------------------------

    def _search_for(self, side: str, text: str) -> None:
        database = self.workstation.database
        wanted = text.strip()
        if not wanted:
            return

        def show(found: list[PatientRow]) -> None:
            self._fill(side, found)

        self._searches[side].run(lambda: patients.search(database, wanted), show, self._failed)

    def _fill(self, side: str, found: list[PatientRow]) -> None:
        results = self._results[side]
        results.blockSignals(True)
        results.clear()
        for row in found:
            item = QListWidgetItem(self._row_words(row), results)
            item.setData(PATIENT_ID, row.id)
        results.blockSignals(False)
        chosen = self._chosen[side]
        for index in range(results.count()):
            if results.item(index).data(PATIENT_ID) == chosen:
                results.setCurrentRow(index)
        if not found:
            self._say(self.tr("No patient found."))

    def _row_words(self, row: PatientRow) -> str:
        return self.tr("{name}, born {born}, number {number}").format(
            name=row.display_name,
            born=row.date_of_birth.isoformat(),
            number=row.clinic_number or self.tr("none"),
        )

    def _picked(self, side: str, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        patient_id = int(item.data(PATIENT_ID))
        if self._chosen[side] == patient_id:
            return
        self._chosen[side] = patient_id
        if side == "first" and self._chosen["second"] is None:
            self._offer_duplicates(patient_id)
        self._compare()

    def _offer_duplicates(self, patient_id: int) -> None:
        """The first record's likely duplicates, offered as the second."""
        database, actor = self.workstation.database, self.workstation.actor
        self._searches["second"].run(
            lambda: patient_merges.candidates_for(database, actor, patient_id),
            self._duplicates_found,
            self._failed,
        )

    def _duplicates_found(self, found: list[PatientRow]) -> None:
        self._fill("second", found)
        if found:
            self._say(self.tr("Likely duplicates of the first record are listed on the right."))
        else:
            self._say(self.tr("No likely duplicate found; search for the second record."))

    def _compare(self) -> None:
        first, second = self._chosen["first"], self._chosen["second"]
        self._shown = None
        self._update_buttons()
        if first is None or second is None:
            return
        database, actor = self.workstation.database, self.workstation.actor
        self._comparing.run(
            lambda: patient_merges.side_by_side(database, actor, first, second),
            self._compared,
            self._failed,
        )

    def _compared(self, shown: SideBySide) -> None:
        self._shown = shown
        self._details["first"].setText(self._side_words(shown.first))
        self._details["second"].setText(self._side_words(shown.second))
        if shown.refused is not None:
            self._say(self._refusal_words(shown.refused))
        else:
            self._say(self.tr("Choose the record to keep, then Merge."))
        self._update_buttons()

    def _refusal_words(self, refused: Refusal) -> str:
        """The service's reason, in the window's language."""
        side = refused.side
        if refused.reason == "same_patient":
            return self.tr("That is one record twice: choose two different records.")
        if refused.reason == "already_merged":
            return self.tr(
                "Patient {patient} was already merged into patient {survivor}; choose the "
                "record that survived instead."
            ).format(patient=side.patient_id, survivor=side.merged_into)
        return self.tr(
            "These two cannot be merged yet: {name} (patient {patient}) has drafts open "
            "({drafts}), an intake or follow-up being typed. Finish or discard them first."
        ).format(name=side.display_name, patient=side.patient_id, drafts=side.open_drafts)

    def _side_words(self, side: PatientSide) -> str:
        return self.tr(
            "{name}\nNumber: {number}\nBorn: {born}\nPhone: {phone}\nEmail: {email}\n"
            "Intakes: {intakes} · Courses: {courses} · Follow-ups: {follow_ups}\n"
            "Handouts: {handouts} · Decisions: {decisions}\nDrafts open: {drafts}"
        ).format(
            name=side.display_name,
            number=self._number(side),
            born=side.date_of_birth.isoformat(),
            phone=side.phone or "—",
            email=side.email or "—",
            intakes=side.intakes,
            courses=side.courses,
            follow_ups=side.follow_ups,
            handouts=side.handouts,
            decisions=side.decisions,
            drafts=side.open_drafts,
        )

    def _number(self, side: PatientSide) -> str:
        return side.clinic_number or self.tr("no number")

    def _merge_done(self, result: MergeResult) -> None:
        self._say(
            self.tr(
                "Merged: the records of patient {merged} are now under patient {survivor}."
            ).format(merged=result.merged_id, survivor=result.survivor_id)
        )
        self._shown = None
        self._chosen = dict.fromkeys(SIDES)
        for side in SIDES:
            self._results[side].clear()
            self._details[side].clear()
        self._update_buttons()
        self.merged.emit(result)

    def _failed(self, message: str) -> None:
        self._say(message)
        self._update_buttons()

    def _say(self, words: str) -> None:
        self._message.setText(words)

    def _update_buttons(self) -> None:
        shown = self._shown
        self._merge.setEnabled(
            shown is not None and shown.refusal is None and not self._merging.busy
        )
