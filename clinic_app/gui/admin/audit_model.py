"""The audit trail as a table: time, user, action in words, record and detail, newest first.

A trail grows without end, so rows come a page at a time: the view asks for more
(`canFetchMore`/`fetchMore`) as the admin scrolls. Each page is asked for below the last
event shown, so events recorded meanwhile (they arrive all the time) never shift a page.
`EVENT_ROLE` hands the `Event` itself to whoever needs more than the text.

The next page is read on the background runner and its rows inserted when it arrives: the
view scrolls on while the database answers. A page read for an earlier filter (the admin
applied another meanwhile) is dropped when it comes.
"""

import logging
from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from clinic_app.gui.common.database_calls import DatabaseCalls
from clinic_app.gui.common.record_table import Index, RecordTableModel
from clinic_app.gui.common.translatable import QT_TRANSLATE_NOOP
from clinic_app.services.audit import Event, describe_action, describe_record

log = logging.getLogger(__name__)

TIME = 0
USER = 1
ACTION = 2
RECORD = 3
DETAIL = 4
HEADERS = (
    QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
    QT_TRANSLATE_NOOP("AuditTableModel", "User"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Detail"),
)
PAGE_SIZE = 200

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1

PageSource = Callable[[Event | None, int], list[Event]]
"""Gives up to `limit` events, newest first, below the event given (None: from the top).
Called on the background runner: it holds no widget."""


class AuditTableModel(RecordTableModel):
    """`loadFailed` carries the words of a page that could not be read while scrolling
    (the view asks for it, so there is no caller to raise to)."""

    HEADERS = HEADERS

    loadFailed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._zone = zone  # None: show times in this computer's zone
        self._source: PageSource | None = None
        self._events: list[Event] = []
        self._more = False
        self._fetching = False
        self._pages = DatabaseCalls("reading more of the audit trail", self)
        # True while rows change: a view or checker reacting to the change may ask for more
        # from inside its notification, and a second change may not start inside the first.
        self._changing = False

    @property
    def page_size(self) -> int:
        return self._page_size

    def load(self, source: PageSource | None, first: list[Event] | None = None) -> None:
        """Show what `source` gives, from its newest event (a new filter, or a refresh).

        `first` is its first page, read by the caller off the GUI thread (the audit page
        reads it with the count), so the rows shown stay in place until it has come. Only
        a source that is no database (a test's list) may leave it for this to read.
        """
        if first is None:
            first = source(None, self._page_size) if source is not None else []
        self._pages.forget()  # a page on its way for the old source is not this one's
        self._fetching = False
        self._changing = True
        try:
            self.beginResetModel()
            self._source = source
            self._events = list(first)
            self._more = source is not None and len(first) >= self._page_size
            self.endResetModel()
        finally:
            self._changing = False

    def is_fetching(self) -> bool:
        """A next page has been asked for and has not come yet."""
        return self._fetching

    @property
    def events(self) -> tuple[Event, ...]:
        return tuple(self._events)

    # --- Qt's model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def canFetchMore(self, parent: Index) -> bool:
        """More can be asked for now: not while the last page asked for is on its way (the
        view asks again once its rows are in)."""
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        """Ask for the next page on the background runner; its rows come when it does."""
        if not self.canFetchMore(parent) or self._source is None or self._changing:
            return
        source, size = self._source, self._page_size
        last = self._events[-1] if self._events else None
        self._fetching = True
        self._pages.run(lambda: source(last, size), self._page_came, self._page_failed)

    def _page_failed(self, message: str) -> None:
        log.warning("reading more of the audit trail failed: %s", message)
        self._fetching = False
        self._more = False  # no retry on every scroll; Refresh starts over
        self.loadFailed.emit(
            self.tr("Cannot read more of the audit trail: {problem}").format(problem=message)
        )

    def _page_came(self, found: list[Event]) -> None:
        self._fetching = False
        self._more = len(found) >= self._page_size
        if not found:
            return
        start = len(self._events)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), start, start + len(found) - 1)
            self._events.extend(found)
            self.endInsertRows()
        finally:
            self._changing = False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role == EVENT_ROLE:
            return event
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(event, index.column())
        return None

    # --- inside ---------------------------------------------------------------------------

    def _text(self, event: Event, column: int) -> str | None:
        if column == TIME:
            return event.at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M:%S")
        if column == USER:
            return event.actor
        if column == ACTION:
            return describe_action(event.action)
        if column == RECORD:
            return describe_record(event.record_type, event.record_id)
        if column == DETAIL:
            return event.detail
        return None

    def _tip(self, event: Event, column: int) -> str | None:
        if column == TIME:
            return event.at.astimezone(self._zone).isoformat(timespec="seconds")
        if column == ACTION:
            return event.action  # the name in the CSV export, to match the two up
        return self._text(event, column)
