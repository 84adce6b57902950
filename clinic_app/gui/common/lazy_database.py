"""The clinic's database, opened the first time it is needed rather than at start-up.

The sign-in dialog shows before SQLAlchemy is loaded (storage.location's quick look
chose it); the database opens when someone presses Sign in. Everything after that gets
the open `Database` itself.

Opening (and migrating) is database work, so it runs on the background runner, not on
the GUI thread; the lock keeps two calls racing to open it from opening it twice.
"""

import threading
from typing import TYPE_CHECKING

from clinic_app.storage.location import sqlite_path

if TYPE_CHECKING:  # SQLAlchemy loads with the database, not with this module
    from clinic_app.storage.database import Database


class LazyDatabase:
    def __init__(self, url: str, opened: "Database | None" = None) -> None:
        self._url = url
        self._opened = opened
        self._opening = threading.Lock()

    @classmethod
    def of(cls, database: "Database | LazyDatabase") -> "LazyDatabase":
        if isinstance(database, LazyDatabase):
            return database
        return cls(database.engine.url.render_as_string(hide_password=False), database)

    @property
    def is_open(self) -> bool:
        return self._opened is not None

    def open(self) -> "Database":
        """The database, opened (and for SQLite brought up to date) on first use."""
        with self._opening:
            if self._opened is None:
                from clinic_app.storage.database import open_database

                self._opened = open_database(self._url)
            return self._opened

    def describe(self) -> str:
        """Where the records are, for a window title; never the password."""
        if self._opened is not None:
            return self._opened.describe()
        path = sqlite_path(self._url)
        return f"SQLite file {path}" if path else "the clinic's database server"

    def close(self) -> None:
        if self._opened is not None:
            self._opened.close()
