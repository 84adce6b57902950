"""A follow-up visit under review: who and which visit, the flags of that visit with where
each stands, and the course's progress charts (follow-ups.md: "the review pane shows
the same charts" as the patient's page).

One read on the background runner brings all of it (`read_follow_up`): the follow-up as
the services give it for review (which puts the opening on the audit trail, as opening
an intake does), its course, and the course's progress, worked out there too so the GUI
thread only draws. A newer pick drops an older read (DatabaseCalls).

The charts are gui/common's ProgressCharts, one per measure with the MIC marked, the
visits as points and the summary in words under each; the flags are the desk's own flag
card, saying whether its flag is still open or what was decided. A clinician decides
here as on an intake, through the same DecisionDialog: on one open referral or follow-up
flag from its card, or on the whole visit; the pane then reads the visit again (no new
view on the trail) and says `decided`, so the queue refreshes.
"""

import html
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clinic_app.followups.course import Course
from clinic_app.followups.progress import MeasureProgress, progress
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.flag_card import FlagCard
from clinic_app.gui.common.progress_chart import ProgressCharts
from clinic_app.gui.common.wording import sentence
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.review.decision_dialog import DecisionDialog, decision_words
from clinic_app.gui.review.review_words import day, when
from clinic_app.rules.model import URGENCY_RANK
from clinic_app.services import followups
from clinic_app.services.actor import Actor
from clinic_app.services.followups import FollowUpUnderReview
from clinic_app.services.reviews import FlagOnRecord
from clinic_app.storage.database import Database

_KIND_ORDER = {"referral": 0, "follow_up": 1, "advice": 2}
"""Referral flags first, then the follow-up flags, then advice (rules-2027.md's order)."""


@dataclass(frozen=True)
class FollowUpShown:
    """Everything the pane shows of one follow-up, read at one moment."""

    under_review: FollowUpUnderReview
    course: Course
    measures: tuple[MeasureProgress, ...]


def read_follow_up(
    database: Database, actor: Actor, followup_id: int, *, record_view: bool
) -> FollowUpShown:
    """For the background runner: the follow-up, its course and the course's progress."""
    under_review = followups.follow_up_under_review(
        database, actor, followup_id, record_view=record_view
    )
    course = followups.course_of(database, under_review.course_id)
    return FollowUpShown(under_review, course, progress(course))


def ordered_flags(flags: Sequence[FlagOnRecord]) -> list[FlagOnRecord]:
    return sorted(
        flags,
        key=lambda flag: (_KIND_ORDER.get(flag.kind, 3), URGENCY_RANK.get(flag.urgency or "", 9)),
    )


class FollowUpReview(QWidget):
    """One submitted follow-up at a time: `show_follow_up` reads it (and records the
    view); `shown_follow_up` is what is on screen. `loaded` once it is shown, `failed`
    with the problem in words when it cannot be read."""

    loaded = Signal()
    failed = Signal(str)
    decided = Signal(int)
    """With the follow-up's id, once a decision on it is on record."""

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review.followUp")
        self._workstation = workstation
        self.followup_id: int | None = None
        self.shown: FollowUpShown | None = None
        self._loading_id: int | None = None
        self._loads = DatabaseCalls("opening a follow-up", self)
        self._cards: list[FlagCard] = []
        self.may_decide = workstation.is_role("clinician")
        self.dialog: DecisionDialog | None = None
        """The decision dialog while it is open."""

        content = QWidget()
        content.setObjectName("review.followUp.content")
        self._visit = QLabel(content)
        self._visit.setObjectName("review.followUp.visit")
        self._visit.setWordWrap(True)
        self._visit.setTextFormat(Qt.TextFormat.RichText)
        self._visit.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._flags = QWidget(content)
        self._flags.setObjectName("review.followUp.flags")
        self._flags_column = QVBoxLayout(self._flags)
        self._flags_column.setContentsMargins(0, 0, 0, 0)
        self._no_flags = QLabel(self.tr("The rules raised no flag for this visit."), self._flags)
        self._flags_column.addWidget(self._no_flags)
        self.charts = ProgressCharts(content)
        self.charts.setObjectName("review.progressCharts")
        self.charts.setAccessibleName(self.tr("Progress charts of the course"))

        column = QVBoxLayout(content)
        column.addWidget(self._visit)
        column.addWidget(self._heading(self.tr("Flags of this visit"), content))
        column.addWidget(self._flags)
        column.addWidget(self._heading(self.tr("Progress over the course"), content))
        column.addWidget(self.charts)
        column.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("review.followUp.scroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(content)
        self.setFocusProxy(self._scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        self.decide_visit: QPushButton | None = None
        if self.may_decide:
            self.decide_visit = QPushButton(self.tr("&Decide for the whole visit…"), self)
            self.decide_visit.setObjectName("review.followUp.decideVisit")
            self.decide_visit.setEnabled(False)
            self.decide_visit.clicked.connect(lambda: self._decide(None))
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            buttons.addWidget(self.decide_visit)
            layout.addLayout(buttons)

    @staticmethod
    def _heading(text: str, parent: QWidget) -> QLabel:
        # Rich text: the style sheet sets one font size for every widget (as review_detail).
        label = QLabel(f"<h3>{html.escape(text)}</h3>", parent)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    # --- public -------------------------------------------------------------------------

    def show_follow_up(self, followup_id: int, *, record_view: bool = True) -> None:
        """Read the follow-up in the background; `loaded` follows once it is shown."""
        if followup_id == self._loading_id:
            return
        self._loading_id = followup_id
        database, actor = self._workstation.database, self._workstation.actor
        self._loads.run(
            lambda: read_follow_up(database, actor, followup_id, record_view=record_view),
            lambda shown: self._loaded(followup_id, shown),
            self._failed,
        )

    def clear(self) -> None:
        """Show nothing, and drop a read still out."""
        if self.dialog is not None:
            self.dialog.reject()
        if self.decide_visit is not None:
            self.decide_visit.setEnabled(False)
        self._loads.forget()
        self._loading_id = None
        self.followup_id = None
        self.shown = None
        self._set_flags(None)
        self.charts.show_progress(())
        self._visit.setText("")

    def is_loading(self) -> bool:
        return self._loading_id is not None

    def visit_text(self) -> str:
        """The visit's heading as plain text (for tests and a copy)."""
        return QTextDocumentFragment.fromHtml(self._visit.text()).toPlainText()

    def flag_cards(self) -> list[FlagCard]:
        return list(self._cards)

    # --- inside -------------------------------------------------------------------------

    def _loaded(self, followup_id: int, shown: FollowUpShown) -> None:
        self._loading_id = None
        self.followup_id = followup_id
        self.shown = shown
        self.setUpdatesEnabled(False)
        try:
            self._visit.setText(self._visit_html(shown))
            self._set_flags(shown.under_review)
            self.charts.show_progress(shown.measures)
        finally:
            self.setUpdatesEnabled(True)
        if self.decide_visit is not None:
            self.decide_visit.setEnabled(True)
        chain: list[QWidget] = [self._scroll, self._visit]
        chain += [b for card in self._cards if (b := card.decide_button()) is not None]
        chain += self.charts.charts()
        if self.decide_visit is not None:
            chain.append(self.decide_visit)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self._loading_id = None
        self.failed.emit(
            sentence(self.tr("this follow-up cannot be shown: {problem}").format(problem=message))
        )

    def _visit_html(self, shown: FollowUpShown) -> str:
        patient = shown.course.intake.patient
        review = shown.under_review
        stage = (
            self.tr("return-to-run stage {stage} of 8").format(stage=review.stage)
            if review.stage is not None
            else self.tr("no return-to-run stage given")
        )
        number = (
            self.tr("Clinic number {number}").format(number=patient.clinic_number)
            if patient.clinic_number
            else self.tr("No clinic number")
        )
        return self.tr(
            "<h2>{name}</h2><p>Follow-up visit of {visit}: visit {index} of the course that "
            "started {started}. Born {born}. {number}. This visit gave {stage}.</p>"
        ).format(
            name=html.escape(f"{patient.first_name} {patient.last_name}"),
            visit=day(review.visit_date),
            index=_visit_number(shown),
            started=day(shown.course.started),
            born=day(patient.date_of_birth),
            number=html.escape(number),
            stage=stage,
        )

    def _set_flags(self, review: FollowUpUnderReview | None) -> None:
        for card in self._cards:
            self._flags_column.removeWidget(card)
            card.hide()
            card.deleteLater()
        self._cards = []
        flags = ordered_flags(review.flags) if review is not None else []
        for flag in flags:
            assert review is not None
            card = FlagCard(flag.code, self._flags, prefix="review.followUp.")
            card.show_flag(flag, rules_version=flag.rules_version)
            card.set_status(self._status_of(review, flag))
            if self.may_decide and flag.id in review.open_flag_ids:
                card.offer_decision(True)
                card.decisionRequested.connect(partial(self._decide, flag))
            self._flags_column.addWidget(card)
            card.show()
            self._cards.append(card)
        self._no_flags.setVisible(review is not None and not flags)

    def _status_of(self, review: FollowUpUnderReview, flag: FlagOnRecord) -> str:
        if flag.kind == "advice":
            return self.tr("Advice for the patient's follow-up sheet: no decision needed.")
        if flag.id in review.open_flag_ids:
            return self.tr("Open: waiting for a clinician's decision.")
        decision = next(
            (d for d in reversed(review.decisions) if d.flag_id in (flag.id, None)), None
        )
        if decision is None:
            return self.tr("Decided.")
        return self.tr("Decided: {what} — {who}, {when}.").format(
            what=decision_words(decision),
            who=decision.decided_by_name,
            when=when(decision.decided_at),
        )

    # --- deciding -----------------------------------------------------------------------

    def _decide(self, flag: FlagOnRecord | None) -> None:
        shown, followup_id = self.shown, self.followup_id
        if shown is None or followup_id is None or self.dialog is not None:
            return
        review = shown.under_review
        open_urgencies = [
            f.urgency for f in review.flags if f.id in review.open_flag_ids and f.urgency
        ]
        default = min(open_urgencies, key=lambda u: URGENCY_RANK.get(u, 9), default=None)
        dialog = DecisionDialog(
            self._workstation,
            review.intake_id,
            flag,
            default_urgency=default,
            followup_id=followup_id,
            parent=self,
        )
        dialog.decided.connect(lambda _decision: self._decided(followup_id))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: DecisionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _decided(self, followup_id: int) -> None:
        if followup_id == self.followup_id:
            self.show_follow_up(followup_id, record_view=False)
        self.decided.emit(followup_id)


def _visit_number(shown: FollowUpShown) -> int:
    """Which visit of the course this is, the intake being the first."""
    visit = shown.under_review.visit_date
    earlier = [f for f in shown.course.follow_ups if visit is not None and f.visit_date <= visit]
    return 1 + max(1, len(earlier))
