"""After the event loop ends, background work finishes before the database is closed.

Closing the engine under a running save would leave that save's connection open (an
engine closes only the connections it holds), and with it the SQLite `-wal`/`-shm`
files; the save itself might be cut off when the process ends.
"""

import threading
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QThreadPool
from PySide6.QtWidgets import QApplication

from clinic_app.gui.common.background import BackgroundTask
from clinic_app.gui.common.lazy_database import LazyDatabase
from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.quitting import close_down
from clinic_app.services import users
from gui.driving import PASSWORD


class _GatedPool(QThreadPool):
    """Lets its work go on only once someone waits for it: the work is then surely
    still running when close_down starts waiting."""

    def __init__(self, gate: threading.Event) -> None:
        super().__init__()
        self._gate = gate

    def waitForDone(  # noqa: N802 (Qt's name)
        self, deadline: QDeadlineTimer | QDeadlineTimer.ForeverConstant | int = -1
    ) -> bool:
        self._gate.set()
        return super().waitForDone(deadline)


def test_close_down_lets_a_running_save_finish_then_closes_every_connection(
    qapp: QApplication, admin: Workstation
) -> None:
    database = admin.database
    path = database.sqlite_path
    assert path is not None
    gate = threading.Event()
    pool = _GatedPool(gate)

    def save(_progress: object) -> str:
        assert gate.wait(30), "close_down never waited"
        account = users.create_user(
            database,
            admin.actor,
            username="late",
            display_name="Lee Late",
            role="front_desk",
            password=PASSWORD,
        )
        return account.username

    task = BackgroundTask(save, what="saving an account", parent=qapp)
    task.start(pool)

    close_down(LazyDatabase.of(database), pool)

    assert pool.activeThreadCount() == 0
    beside = [path.with_name(path.name + end) for end in ("-wal", "-shm")]
    assert [file.name for file in beside if file.exists()] == []
    assert "late" in {account.username for account in users.list_users(database)}
    database.close()  # list_users opened one connection again
    task.deleteLater()


def test_close_down_of_a_database_never_opened_opens_nothing(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "never.sqlite3"

    close_down(LazyDatabase(f"sqlite:///{path}"))

    assert not path.exists()
