"""What storage says when it cannot do what was asked, in words for the clinic's staff."""

from datetime import datetime


class StorageError(Exception):
    """A failure the user can act on; the message says what happened and what to do."""


class DatabaseUnavailable(StorageError):
    """The database cannot be opened or written (missing rights, full disk, no server)."""


class SchemaOutOfDate(StorageError):
    """The database's tables are older (or newer) than this version of the app."""


class RecordChanged(StorageError):
    """A save based on an old copy of a record: someone else saved it first."""

    def __init__(self, record: str, changed_by: str, changed_at: datetime) -> None:
        self.record = record
        self.changed_by = changed_by
        self.changed_at = changed_at
        when = changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        super().__init__(
            f"{record} was changed by {changed_by} at {when} after you opened it; "
            "reopen it to see their changes, then make yours again"
        )


class RecordNotFound(StorageError):
    """A record asked for by id that does not exist."""


class NotAllowed(StorageError):
    """The signed-in user's role does not allow this."""
