"""What storage says when it cannot do what was asked, in words for the clinic's staff."""

from datetime import datetime


class StorageError(Exception):
    """A failure the user can act on; the message says what happened and what to do."""


class DatabaseUnavailable(StorageError):
    """The database cannot be opened or written (missing rights, full disk, no server)."""


class DatabaseTimedOut(DatabaseUnavailable):
    """The database server did not answer in time: a dropped network or a hung server.

    The connection it happened on has been dropped; the next call makes a new one. A
    write that timed out may or may not have reached the server: read it back before
    saving it again.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            f"The clinic's database server did not answer within {seconds:g} seconds. "
            "Check this computer's network connection; if other workstations cannot reach "
            "the server either, ask whoever looks after it whether it is running"
        )


class DatabaseBusy(DatabaseUnavailable):
    """SQLite's write lock stayed with another connection for longer than a desk waits."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            "another workstation is saving; trying again "
            f"(the database was busy for {seconds:g} seconds)"
        )


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
