"""Whether the clinic's database answers, as the desk's work finds it.

Nothing here asks the database anything: the background runner notes a call that failed
because the database could not be reached (`DatabaseUnavailable`, but not a SQLite file
busy with another workstation's save, which is answering), and the database notes each
statement that came back (`Database.watch_answers`). The offline banner shows the
result. One `DatabaseHealth` belongs to the application, like the background runner's
relays, so work that outlives its window still reports to something alive.
"""

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

_NAME = "databaseHealth"


class DatabaseHealth(QObject):
    """`changed(reachable)` fires when the database stops answering and when it answers
    again; `problem` holds the words of the failure that made it unreachable."""

    changed = Signal(bool)
    noted = Signal(bool, str)
    """Emitted from any thread: (reachable, the failure's words when not)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self.reachable = True
        self.problem = ""
        self.noted.connect(self._note)

    def answered(self) -> None:
        """A statement came back (any thread); cheap while nothing was wrong."""
        if not self.reachable:
            self.noted.emit(True, "")

    @Slot(bool, str)
    def _note(self, reachable: bool, problem: str) -> None:
        if reachable == self.reachable:
            return
        self.reachable = reachable
        self.problem = problem
        self.changed.emit(reachable)


def database_health() -> DatabaseHealth:
    """The application's one; made on first use, which must be on the GUI thread."""
    application = QCoreApplication.instance()
    if application is None:
        raise RuntimeError("the database's health needs a running Qt application")
    found = application.findChild(DatabaseHealth, _NAME)
    return found if found is not None else DatabaseHealth(application)
