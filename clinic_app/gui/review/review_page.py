"""The clinicians' Review queue page: the intakes waiting for a decision, most urgent
first, with the chosen one open in the detail pane beside them.

The order is clinical (emergency, urgent, then soon, then the oldest visit), so the table cannot be
re-sorted; filters narrow it instead. Intakes submitted at other workstations arrive by
polling: while the page is on screen it re-reads the rows it shows every `POLL_MS`
(and at once when it is shown again), and changes the table only when they changed, so
the clinician's place and selection stay put. Each poll is two indexed reads (the rows
and the counts); a name filter costs more, since every intake in scope is matched to its
patient. `make bench` measures both (benchmarks/review_queue.py).

What the detail pane shows changes only when the clinician picks another row. A poll or
their own decision may take the open intake out of the list (a decided intake is no
longer waiting); it stays open in the pane, so its referral letter can still be printed.

Every read runs on the background runner (architecture.md, Threads): a new filter says
"Reading the queue…" until its rows and counts are in, and the newest filter's answer
wins; a poll is skipped while a read is still out, so a slow database never has polls
stacking up; the rows a poll brings are applied by the model's smallest edits, as before.
"""

import logging
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.field_messages import set_invalid
from clinic_app.gui.common.record_table import record_table
from clinic_app.gui.common.style import restyle
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.review.review_detail import ReviewDetail
from clinic_app.gui.review.review_model import (
    PATIENT,
    QUEUE_ROW_ROLE,
    URGENCY_WORDS,
    ReviewQueueModel,
    read_rows,
    row_key,
    words,
)
from clinic_app.rules.model import URGENCIES as URGENCY_ORDER
from clinic_app.services import review_queue
from clinic_app.services.review_queue import PAGE_SIZE, QueueFilter, QueueRow
from clinic_app.storage.database import Database

log = logging.getLogger(__name__)

# As on the Patients page: typing a name runs one search, yet it feels immediate.
NAME_DELAY_MS = 150
DATE_FORMAT = "yyyy-MM-dd"
DEFAULT_DAYS_BACK = 30  # where a "from" date starts when first ticked
# The English sources of the page's fixed words; shown through `_tr`, in the window's
# language (the urgencies in the queue's own words, `review_model.words`).
SCOPES = (
    (str(QT_TRANSLATE_NOOP("ReviewPage", "Waiting only")), True),
    (str(QT_TRANSLATE_NOOP("ReviewPage", "All")), False),
)
# The filter offers the urgencies in the rules' order, in the queue's words.
URGENCIES: tuple[tuple[str, str | None], ...] = (
    (str(QT_TRANSLATE_NOOP("ReviewPage", "All")), None),
    *((URGENCY_WORDS[urgency], urgency) for urgency in URGENCY_ORDER),
)
LEFT_THE_LIST = str(
    QT_TRANSLATE_NOOP("ReviewPage", "The intake open on the right is no longer in this list.")
)
BAD_RANGE = str(
    QT_TRANSLATE_NOOP("ReviewPage", "The “from” date is after the “to” date: change one of them.")
)
READING = str(QT_TRANSLATE_NOOP("ReviewPage", "Reading the queue…"))
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | (
    QItemSelectionModel.SelectionFlag.Rows
)


def _tr(english: str) -> str:
    return QCoreApplication.translate("ReviewPage", english)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


QueueRead = tuple[dict[str, int], list[QueueRow]]


def read_queue(database: Database, wanted: QueueFilter, limit: int) -> QueueRead:
    """The counts and the first `limit` rows under `wanted` (on the background runner)."""
    return review_queue.counts(database, wanted), read_rows(database, wanted, 0, limit)


def counts_text(found: dict[str, int]) -> str:
    """ "1 emergency · 3 urgent · 12 soon": the counts in words, so nothing relies on colour.

    Emergencies are named only when there are some: a zero there would be read past daily.
    """
    emergency = found.get("emergency", 0)
    urgent, soon = found.get("urgent", 0), found.get("soon", 0)
    if emergency:
        text = QCoreApplication.translate(
            "ReviewPage", "{emergency} emergency · {urgent} urgent · {soon} soon"
        )
    else:
        text = QCoreApplication.translate("ReviewPage", "{urgent} urgent · {soon} soon")
    return text.format(emergency=f"{emergency:,}", urgent=f"{urgent:,}", soon=f"{soon:,}")


class ReviewPage(QWidget):
    """The queue, its filters and counts, and the detail pane of the intake picked."""

    POLL_MS = 15_000
    """How often the shown queue is re-read: an intake submitted elsewhere appears within
    one poll."""

    def __init__(
        self,
        workstation: Workstation,
        parent: QWidget | None = None,
        *,
        poll_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewQueuePage")
        self._workstation = workstation
        self._shown_id: tuple[int, int | None] | None = None
        """The visit open in the detail pane, as `row_key` gives it."""
        self._loaded = False
        self._quiet = False  # set while the queue itself moves the selection
        self._counts: dict[str, int] | None = None
        self._reads = DatabaseCalls("reading the review queue", self)
        self._asked: QueueFilter | None = None  # the filter of the newest read out

        title = QLabel(self.tr("Review queue"), self)
        title.setObjectName("queue.title")
        title.setProperty("role", "pageTitle")

        self._scope = QComboBox(self)
        self._scope.setObjectName("queue.scope")
        for english, unreviewed_only in SCOPES:
            self._scope.addItem(_tr(english), unreviewed_only)
        self._scope.setToolTip(self.tr("Only intakes waiting for a decision, or decided ones too"))
        scope_label = QLabel(self.tr("&Show:"), self)
        scope_label.setBuddy(self._scope)

        self._urgency = QComboBox(self)
        self._urgency.setObjectName("queue.urgency")
        for english, urgency in URGENCIES:
            self._urgency.addItem(_tr(english) if urgency is None else words(english), urgency)
        urgency_label = QLabel(self.tr("&Urgency:"), self)
        urgency_label.setBuddy(self._urgency)

        today = QDate.currentDate()
        self._from_on = QCheckBox(self.tr("Visit &from"), self)
        self._from_on.setObjectName("queue.fromOn")
        self._from = self._date_edit("queue.from", today.addDays(-DEFAULT_DAYS_BACK))
        self._from.setAccessibleName(self.tr("Visits from"))
        self._to_on = QCheckBox(self.tr("&to"), self)
        self._to_on.setObjectName("queue.toOn")
        self._to = self._date_edit("queue.to", today)
        self._to.setAccessibleName(self.tr("Visits up to"))

        self._name = QLineEdit(self)
        self._name.setObjectName("queue.name")
        self._name.setPlaceholderText(self.tr("Start of a first name or surname"))
        self._name.setClearButtonEnabled(True)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self._name)

        self._counts_label = QLabel(self)
        self._counts_label.setObjectName("queue.counts")
        self._status = QLabel(self)
        self._status.setObjectName("queue.status")
        self._status.setWordWrap(True)

        self._model = ReviewQueueModel(workstation.database, self)
        self._table = record_table(
            self._model,
            self,
            name="queue.table",
            accessible_name=self.tr("Intakes to review"),
            stretch=PATIENT,
            alternating=False,  # the urgency colours carry meaning
        )
        self._table.setSortingEnabled(False)  # the order is clinical: urgent first

        self._detail = ReviewDetail(workstation)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setObjectName("queue.splitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._table)
        self._splitter.addWidget(self._detail)
        self._splitter.setStretchFactor(0, 2)
        self._splitter.setStretchFactor(1, 3)
        # The detail's size hint is wide (long evidence lines); without this it would take
        # most of the room and the patients' names in the queue would be cut short.
        self._splitter.setSizes([480, 620])

        filters = QHBoxLayout()
        for widget in (
            scope_label,
            self._scope,
            urgency_label,
            self._urgency,
            self._from_on,
            self._from,
            self._to_on,
            self._to,
            name_label,
        ):
            filters.addWidget(widget)
        filters.addWidget(self._name, 1)
        summary = QHBoxLayout()
        summary.addWidget(self._counts_label)
        summary.addWidget(self._status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(summary)
        layout.addWidget(self._splitter, 1)

        self._name_timer = QTimer(self)
        self._name_timer.setSingleShot(True)
        self._name_timer.setInterval(NAME_DELAY_MS)
        self._name_timer.timeout.connect(self.apply_filter)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(self.POLL_MS if poll_ms is None else poll_ms)
        self._poll_timer.timeout.connect(self.poll)

        self._scope.currentIndexChanged.connect(self.apply_filter)
        self._urgency.currentIndexChanged.connect(self.apply_filter)
        self._from_on.toggled.connect(self._dates_ticked)
        self._to_on.toggled.connect(self._dates_ticked)
        self._from.dateChanged.connect(self.apply_filter)
        self._to.dateChanged.connect(self.apply_filter)
        self._name.textChanged.connect(lambda _text: self._name_timer.start())
        self._name.returnPressed.connect(self.apply_filter)
        self._model.loadFailed.connect(self._problem)
        self._table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._table.doubleClicked.connect(lambda _index: self.focus_detail())
        self._table.installEventFilter(self)
        self._detail.decided.connect(self._decided)
        self._enable_dates()

    # --- public: what the main window and the tests use ---------------------------------

    @property
    def model(self) -> ReviewQueueModel:
        return self._model

    @property
    def detail(self) -> ReviewDetail:
        return self._detail

    @property
    def poll_timer(self) -> QTimer:
        return self._poll_timer

    def queue_filter(self) -> QueueFilter | None:
        """The filter the bar describes; None when its dates cannot both hold."""
        visit_from = _day(self._from.date()) if self._from_on.isChecked() else None
        visit_to = _day(self._to.date()) if self._to_on.isChecked() else None
        if visit_from is not None and visit_to is not None and visit_from > visit_to:
            return None
        urgency = self._urgency.currentData()
        return QueueFilter(
            unreviewed_only=bool(self._scope.currentData()),
            urgency=urgency if isinstance(urgency, str) else None,
            visit_from=visit_from,
            visit_to=visit_to,
            name=self._name.text().strip(),
        )

    def apply_filter(self) -> None:
        """Show the queue under the filter bar's choices, from the top of the list.

        The rows arrive from the background runner; until then the page says so.
        """
        self._name_timer.stop()
        wanted = self.queue_filter()
        bad = wanted is None
        for edit in (self._from, self._to):
            set_invalid(edit, bad)
        if wanted is None:
            self._set_status(_tr(BAD_RANGE), "fieldMessage")
            return
        if wanted == self._coming():
            if not self._reads.busy:
                self._set_status("")
            return
        self._set_status(_tr(READING))
        self._read(wanted, PAGE_SIZE)

    def refresh(self, *, unless_busy: bool = False) -> bool:
        """Read the queue again (the rows already shown, and the counts); False when
        skipped (`unless_busy` with a read still out).

        The rows arrive later; the table then changes row by row, so the clinician's place
        and selection stay put.
        """
        if not self._loaded and self._asked is None:
            self.apply_filter()
            return self._reads.busy
        wanted = self._coming()
        assert wanted is not None  # loaded, or a read is out
        same = wanted == self._model.queue_filter
        limit = self._model.refresh_limit() if same else PAGE_SIZE
        return self._read(wanted, limit, unless_busy=unless_busy)

    def is_reading(self) -> bool:
        """True while a read of the queue (rows and counts, or a next page) is out."""
        return self._reads.busy or self._model.fetching or self._name_timer.isActive()

    def poll(self) -> None:
        """The timer's read: nothing while the page is off screen or a read is still out."""
        if self.isVisible():
            self.refresh(unless_busy=True)

    def focus_detail(self) -> None:
        """Move the keyboard into the detail pane: its first control, else the pane."""
        widget = self._detail.nextInFocusChain()
        while widget is not None and widget is not self._detail:
            if (
                self._detail.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        self._detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_row(self) -> QueueRow | None:
        rows = self._table.selectionModel().selectedRows()
        if not rows:
            return None
        row: QueueRow = rows[0].data(QUEUE_ROW_ROLE)
        return row

    # --- Qt events ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh(unless_busy=True)
        self._poll_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._poll_timer.stop()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if key in _ENTER:
                if self.selected_row() is not None:
                    self.focus_detail()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._select_current():
                return True
        return super().eventFilter(watched, event)

    # --- inside ---------------------------------------------------------------------------

    def _date_edit(self, name: str, initial: QDate) -> QDateEdit:
        edit = QDateEdit(initial, self)
        edit.setObjectName(name)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def _enable_dates(self) -> None:
        """A date counts only while its box is ticked: unticked means any date."""
        self._from.setEnabled(self._from_on.isChecked())
        self._to.setEnabled(self._to_on.isChecked())

    def _dates_ticked(self) -> None:
        self._enable_dates()
        self.apply_filter()

    def _coming(self) -> QueueFilter | None:
        """The filter the table shows once the reads out are in (None before any)."""
        if self._asked is not None:
            return self._asked
        return self._model.queue_filter if self._loaded else None

    def _read(self, wanted: QueueFilter, limit: int, *, unless_busy: bool = False) -> bool:
        database = self._workstation.database
        again = (
            self.tr("Trying again shortly.") if self._loaded else self.tr("Try again in a moment.")
        )
        if wanted != self._model.queue_filter:
            again = self.tr("Try again in a moment.")
        started = self._reads.run(
            lambda: read_queue(database, wanted, limit),
            lambda found: self._arrived(wanted, limit, found),
            lambda message: self._read_failed(message, again),
            unless_busy=unless_busy,
        )
        if started:
            self._asked = wanted
        return started

    def _arrived(self, wanted: QueueFilter, limit: int, found: QueueRead) -> None:
        counts, rows = found
        self._asked = None
        refreshing = self._loaded and wanted == self._model.queue_filter
        self._quiet = True
        try:
            if refreshing:
                changed = self._model.apply_rows(rows, limit)
            else:
                self._model.set_rows(wanted, rows)
                changed = True
        finally:
            self._quiet = False
        self._loaded = True
        if not refreshing:
            self._set_status("")
        elif self.queue_filter() is not None and (
            self._status.property("role") == "fieldMessage" or self._status.text() == _tr(READING)
        ):
            self._set_status("")  # a reading problem has passed
        changed = self._show_counts(counts) or changed
        if changed:
            self._keep_place(keep_detail=refreshing)

    def _read_failed(self, message: str, again: str) -> None:
        log.warning("reading the review queue failed: %s", message)
        self._asked = None
        self._problem(
            self.tr("Cannot read the queue: {message}. {again}").format(
                message=message, again=again
            )
        )

    def _select_current(self) -> bool:
        """Up or Down with no row selected picks the row at the cursor (or the first),
        rather than skipping past it."""
        if self.selected_row() is not None or self._model.rowCount() == 0:
            return False
        current = self._table.currentIndex()
        row = current.row() if current.isValid() else 0
        self._table.selectionModel().setCurrentIndex(self._model.index(row, 0), _SELECT_ROW)
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._quiet:
            return
        row = self.selected_row()
        if row is None:
            if self._shown_id is not None:
                self._shown_id = None
                self._detail.clear()
            return
        if row_key(row) != self._shown_id:
            self._shown_id = row_key(row)
            self._set_status("")
            if row.followup_id is not None:
                self._detail.show_follow_up(row.followup_id)
            else:
                self._detail.show_intake(row.intake_id)

    def _keep_place(self, *, keep_detail: bool) -> None:
        """Select the open intake's row again after the rows changed under it.

        If it has left the list, a refresh (`keep_detail`) leaves it open in the pane, since
        the clinician did not ask for anything else; a new filter closes it.
        """
        if self._shown_id is None:
            return
        row = self._model.row_of(*self._shown_id)
        selection = self._table.selectionModel()
        self._quiet = True
        try:
            if row is not None:
                index = self._model.index(row, 0)
                selection.setCurrentIndex(index, _SELECT_ROW)
                self._table.scrollTo(index)
            else:
                selection.clearSelection()
        finally:
            self._quiet = False
        if row is not None:
            return
        if keep_detail:
            self._set_status(_tr(LEFT_THE_LIST))
        else:
            self._shown_id = None
            self._detail.clear()

    def _decided(self, _intake_id: int) -> None:
        self.refresh()

    def _show_counts(self, found: dict[str, int]) -> bool:
        if found == self._counts:
            return False
        self._counts = found
        self._counts_label.setText(counts_text(found))
        return True

    def _problem(self, text: str) -> None:
        self._set_status(text, "fieldMessage")

    def _set_status(self, text: str, role: str = "") -> None:
        self._status.setText(text)
        restyle(self._status, "role", role)
