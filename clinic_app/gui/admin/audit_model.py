"""The audit trail as a table: time, user, action in words, record and detail, newest first.

A trail grows without end, so rows come a page at a time: the view asks for more
(`canFetchMore`/`fetchMore`) as the admin scrolls. Each page is asked for below the last
event shown, so events recorded meanwhile (they arrive all the time) never shift a page.
`EVENT_ROLE` hands the `Event` itself to whoever needs more than the text.
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

from clinic_app.gui.common.record_table import Index, RecordTableModel
from clinic_app.services.audit import Event, describe_action, describe_record
from clinic_app.storage.errors import StorageError

log = logging.getLogger(__name__)

TIME = 0
USER = 1
ACTION = 2
RECORD = 3
DETAIL = 4
HEADERS = ("Time", "User", "Action", "Record", "Detail")
PAGE_SIZE = 200

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1

PageSource = Callable[[Event | None, int], list[Event]]
"""Gives up to `limit` events, newest first, below the event given (None: from the top)."""


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
        # True while rows change: a view or checker reacting to the change may ask for more
        # from inside its notification, and a second change may not start inside the first.
        self._changing = False

    def load(self, source: PageSource | None) -> None:
        """Show what `source` gives, from its newest event (a new filter, or a refresh).

        The first page is read before anything changes, so a StorageError (raised to the
        caller) leaves the rows already shown in place.
        """
        first = source(None, self._page_size) if source is not None else []
        self._changing = True
        try:
            self.beginResetModel()
            self._source = source
            self._events = list(first)
            self._more = source is not None and len(first) >= self._page_size
            self.endResetModel()
        finally:
            self._changing = False

    @property
    def events(self) -> tuple[Event, ...]:
        return tuple(self._events)

    # --- Qt's model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more or self._source is None or self._changing:
            return
        last = self._events[-1] if self._events else None
        try:
            found = self._source(last, self._page_size)
        except StorageError as error:
            log.warning("reading more of the audit trail failed: %s", error)
            self._more = False  # no retry on every scroll; Refresh starts over
            self.loadFailed.emit(f"Cannot read more of the audit trail: {error}")
            return
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
