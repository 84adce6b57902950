"""The clinicians' queue as a table: urgency, visit date, patient, birth date, review status.

Rows come from `review_queue.page` in the service's clinical order (emergency, urgent, soon,
then the oldest visit) and are loaded a page at a time as the view scrolls
(`canFetchMore`/`fetchMore`), so a queue of 200,000 intakes opens as fast as one of ten.
Each row's texts are made once, when its page arrives: the view asks for them on every
paint, far more often than rows change.

`apply_rows` takes a fresh read of the rows already loaded and applies only the
difference (rows inserted, removed or changed), never a reset, so the view keeps its
scroll position and selection through the polls that bring in other workstations'
intakes.

The model never reads on the GUI thread (architecture.md, Threads). Whoever owns it reads
the first page or a refresh on the background runner (`read_rows`) and hands the rows in
(`set_rows`, `apply_rows`). The next page, which the view asks for as it scrolls, the model
requests itself: `fetchMore` starts the read in the background and returns at once, and the
rows are inserted when they arrive, if they still follow on from the rows shown.
"""

import logging
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from clinic_app.gui.common import themes
from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.record_table import Index, RecordTableModel
from clinic_app.services import review_queue
from clinic_app.services.review_queue import PAGE_SIZE, QueueFilter, QueueRow
from clinic_app.storage.database import Database

log = logging.getLogger(__name__)

URGENCY = 0
VISIT_DATE = 1
PATIENT = 2
DATE_OF_BIRTH = 3
REVIEW_STATUS = 4
HEADERS = (
    str(QT_TRANSLATE_NOOP("ReviewQueueModel", "Urgency")),
    str(QT_TRANSLATE_NOOP("ReviewQueueModel", "Visit date")),
    str(QT_TRANSLATE_NOOP("ReviewQueueModel", "Patient")),
    str(QT_TRANSLATE_NOOP("ReviewQueueModel", "Date of birth")),
    str(QT_TRANSLATE_NOOP("ReviewQueueModel", "Review")),
)
"""The English sources of the column headers (translated when shown, `headerData`).

The word tables below are English sources too: `texts_of` and `data` show them in the
window's language, and other modules that print them translate them in this context."""

_COLUMNS = len(HEADERS)

QUEUE_ROW_ROLE = Qt.ItemDataRole.UserRole + 1

URGENCY_WORDS = {
    "emergency": str(QT_TRANSLATE_NOOP("ReviewQueueModel", "Emergency")),
    "urgent": str(QT_TRANSLATE_NOOP("ReviewQueueModel", "Urgent")),
    "soon": str(QT_TRANSLATE_NOOP("ReviewQueueModel", "Soon")),
}
URGENCY_TIPS = {
    "emergency": str(
        QT_TRANSLATE_NOOP(
            "ReviewQueueModel", "Emergency: a referral flag that may need emergency care now"
        )
    ),
    "urgent": str(
        QT_TRANSLATE_NOOP(
            "ReviewQueueModel", "Urgent: a referral flag that may need checking the same day"
        )
    ),
    "soon": str(
        QT_TRANSLATE_NOOP(
            "ReviewQueueModel", "Soon: a referral flag that may need checking within days"
        )
    ),
}
STATUS_WORDS = {
    "unreviewed": str(QT_TRANSLATE_NOOP("ReviewQueueModel", "Waiting")),
    "reviewed": str(QT_TRANSLATE_NOOP("ReviewQueueModel", "Decided")),
}
STATUS_TIPS = {
    "unreviewed": str(QT_TRANSLATE_NOOP("ReviewQueueModel", "Waiting for a clinician's decision")),
    "reviewed": str(QT_TRANSLATE_NOOP("ReviewQueueModel", "Every referral flag has a decision")),
}
# The badge colours of the style sheet (clinic.qss), so urgency looks the same everywhere.
# The words are always there too: colour is never the only signal.
_BADGED = ("emergency", "urgent", "soon")

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole

Texts = tuple[str, str, str, str, str]


def words(english: str) -> str:
    """One of this module's English sources in the window's language."""
    return QCoreApplication.translate("ReviewQueueModel", english) if english else english


def read_rows(database: Database, wanted: QueueFilter, offset: int, limit: int) -> list[QueueRow]:
    """One read of the queue's rows (for the background runner, never the GUI thread)."""
    return review_queue.page(database, wanted, offset=offset, limit=limit)


def row_key(row: QueueRow) -> tuple[int, int | None]:
    """Which visit a row is: its intake, and for a follow-up the follow-up (a course's
    intake and its follow-ups share the intake's id)."""
    return row.intake_id, row.followup_id


def texts_of(row: QueueRow) -> Texts:
    """What each column shows for one row (made once per row, when its page arrives)."""
    return (
        words(URGENCY_WORDS.get(row.highest_urgency or "", "")),
        row.visit_date.isoformat(),
        f"{row.last_name}, {row.first_name}",
        row.date_of_birth.isoformat(),
        words(STATUS_WORDS.get(row.review_status, row.review_status)),
    )


class ReviewQueueModel(RecordTableModel):
    """The queue under one `QueueFilter`, loaded `PAGE_SIZE` rows at a time.

        Nothing is read until the first page is handed in (`set_rows`) or a view asks for it
    (`fetchMore`), so building the page costs no query.
        `loadFailed` carries a message in words when a page the view asked for could not be
        read; the model then stops fetching until rows are handed in again. `fetching` says
        whether a page is out.
    """

    HEADERS = HEADERS

    loadFailed = Signal(str)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._filter = QueueFilter()
        self._rows: list[QueueRow] = []
        self._texts: list[Texts] = []
        self._exhausted = False  # a view may ask for the first page itself
        self._bold: QFont | None = None
        self._pages = DatabaseCalls("reading the review queue", self)
        self._asked: tuple[QueueFilter, int] | None = None  # the page out: filter, offset

    # --- public ---------------------------------------------------------------------------

    @property
    def queue_filter(self) -> QueueFilter:
        return self._filter

    @property
    def rows(self) -> tuple[QueueRow, ...]:
        return tuple(self._rows)

    @property
    def fetching(self) -> bool:
        """True while a next page the view asked for is out."""
        return self._asked is not None

    def row_of(self, intake_id: int, followup_id: int | None = None) -> int | None:
        """Where the intake (or, with `followup_id`, that follow-up of its course) is among
        the loaded rows (None when it is not loaded)."""
        for number, row in enumerate(self._rows):
            if row_key(row) == (intake_id, followup_id):
                return number
        return None

    def refresh_limit(self) -> int:
        """How many rows a refresh reads: as many as are loaded, at least the first page."""
        return max(len(self._rows), PAGE_SIZE)

    def set_rows(self, wanted: QueueFilter, rows: Sequence[QueueRow]) -> None:
        """Show the first page under this filter (read by `read_rows(..., 0, PAGE_SIZE)`)."""
        self._forget_page()
        self.beginResetModel()
        self._filter = wanted
        self._rows = list(rows)
        self._texts = [texts_of(row) for row in rows]
        self._exhausted = len(rows) < PAGE_SIZE
        self.endResetModel()

    def apply_rows(self, rows: Sequence[QueueRow], limit: int) -> bool:
        """Turn the loaded rows into a fresh read of `limit` rows from the top, by row
        insertions, removals and data changes; True if anything changed."""
        changed = list(rows) != self._rows
        if changed:
            # A page out was asked for after rows that have moved; the view, told of the
            # change, asks again for what now follows.
            self._forget_page()
            self._apply(rows)
        self._exhausted = len(rows) < limit
        return changed

    # --- Qt's model interface -------------------------------------------------------------

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        header = super().headerData(section, orientation, role)
        return words(header) if isinstance(header, str) else header

    def index(
        self,
        row: int,
        column: int,
        parent: Index = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        # Qt's own index() asks rowCount and columnCount of this Python class each time;
        # a view asks for every cell it paints, so the bounds are checked here instead.
        if 0 <= row < len(self._rows) and 0 <= column < _COLUMNS and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        """Ask for the next page (Qt calls this as the view scrolls near the end).

        Qt calls it from inside painting and scrolling: it starts the read and returns;
        the rows are inserted when they arrive (`_page_arrived`).
        """
        if parent.isValid() or self._exhausted:
            return
        asked = (self._filter, len(self._rows))
        if self._asked == asked:  # that page is on its way already
            return
        self._asked = asked
        database, (wanted, offset) = self._database, asked
        self._pages.run(
            lambda: read_rows(database, wanted, offset, PAGE_SIZE),
            lambda rows: self._page_arrived(asked, rows),
            self._page_failed,
        )

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # The view asks for the display text of every visible cell on every paint: first.
        if role in (_DISPLAY, _ACCESSIBLE):
            try:
                return self._texts[index.row()][index.column()] if index.isValid() else None
            except IndexError:  # an index from before rows were removed
                return None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == QUEUE_ROW_ROLE:
            return row
        column = index.column()
        if role == _TOOLTIP:
            if column == URGENCY:
                tip = URGENCY_TIPS.get(row.highest_urgency or "")
                return words(tip) if tip else None
            if column == REVIEW_STATUS:
                tip = STATUS_TIPS.get(row.review_status)
                return words(tip) if tip else None
            return self._texts[index.row()][column]
        if column != URGENCY:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            urgency = row.highest_urgency
            return themes.current().qcolor(f"{urgency}_background") if urgency in _BADGED else None
        if role == Qt.ItemDataRole.ForegroundRole:
            urgency = row.highest_urgency
            return themes.current().qcolor(f"{urgency}_text") if urgency in _BADGED else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold_font()
        return None

    # --- inside ---------------------------------------------------------------------------

    def _page_arrived(self, asked: tuple[QueueFilter, int], rows: list[QueueRow]) -> None:
        self._asked = None
        if asked != (self._filter, len(self._rows)):  # the rows moved on: the view asks again
            return
        self._exhausted = len(rows) < PAGE_SIZE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._texts.extend(texts_of(row) for row in rows)
            self.endInsertRows()

    def _page_failed(self, message: str) -> None:
        log.warning("reading the review queue failed: %s", message)
        self._asked = None
        self._exhausted = True
        self.loadFailed.emit(
            QCoreApplication.translate(
                "ReviewQueueModel", "Cannot read more of the queue: {message}"
            ).format(message=message)
        )

    def _forget_page(self) -> None:
        self._pages.forget()
        self._asked = None

    def _bold_font(self) -> QFont:
        # Made on first use: a QFont needs the application, which a model does not.
        if self._bold is None:
            self._bold = QFont()
            self._bold.setBold(True)
        return self._bold

    def _apply(self, rows: Sequence[QueueRow]) -> None:
        """Turn the loaded rows into `rows` by the smallest edits, last edit first.

        Working from the end keeps the earlier positions of the old list valid; a row the
        view has selected survives unless its own visit left the list.
        """
        old = [row_key(row) for row in self._rows]
        new = [row_key(row) for row in rows]
        matcher = SequenceMatcher(None, old, new, autojunk=False)
        for tag, old_start, old_end, new_start, new_end in reversed(matcher.get_opcodes()):
            if tag == "equal":
                self._update(old_start, rows[new_start:new_end])
                continue
            if old_end > old_start:  # "delete" or "replace"
                self.beginRemoveRows(QModelIndex(), old_start, old_end - 1)
                del self._rows[old_start:old_end]
                del self._texts[old_start:old_end]
                self.endRemoveRows()
            if new_end > new_start:  # "insert" or "replace"
                added = rows[new_start:new_end]
                self.beginInsertRows(QModelIndex(), old_start, old_start + len(added) - 1)
                self._rows[old_start:old_start] = added
                self._texts[old_start:old_start] = [texts_of(row) for row in added]
                self.endInsertRows()

    def _update(self, start: int, rows: Sequence[QueueRow]) -> None:
        """Replace rows of the same intakes whose details changed (a decision, a name)."""
        last_column = len(HEADERS) - 1
        for offset, row in enumerate(rows):
            position = start + offset
            if self._rows[position] != row:
                self._rows[position] = row
                self._texts[position] = texts_of(row)
                self.dataChanged.emit(self.index(position, 0), self.index(position, last_column))
