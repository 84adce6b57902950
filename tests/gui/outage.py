"""A database that fails, for the journal's tests: while an `Outage` is on, every SQL
statement (or only those naming `table`) fails in the driver with a disk I/O error, on
any thread, as a broken disk or a dropped server would make it. The app sees what it
would see then: storage turns the driver's error into a StorageError with its words."""

from types import TracebackType
from typing import Any

from sqlalchemy import event

from clinic_app.storage.database import Database


class Outage:
    def __init__(self, database: Database, table: str | None = None) -> None:
        self._database = database
        self._table = table
        self.on = True

    def _fail(self, *args: Any) -> None:
        statement = str(args[2])
        if self.on and (self._table is None or self._table in statement):
            raise self._database.engine.dialect.loaded_dbapi.OperationalError("disk I/O error")

    def __enter__(self) -> "Outage":
        event.listen(self._database.engine, "before_cursor_execute", self._fail)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        event.remove(self._database.engine, "before_cursor_execute", self._fail)
