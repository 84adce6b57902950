"""GUI tests: real widgets on the offscreen platform, over a real SQLite file per test.

Dialogs that would block (message boxes, file and print dialogs) are replaced where a
test uses them, never globally; behaviour is awaited with qtbot, never slept on.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from clinic_app.gui.common.database_health import database_health
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import users
from clinic_app.storage import encryption
from clinic_app.storage.database import Database, open_database
from gui.driving import PASSWORD


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite file of this test's own (encrypted, as every new one is).

    Its recovery key counts as shown: the dialog that shows it to the first administrator
    has tests of its own (test_recovery_key_dialog.py), and the other first-run tests are
    about the account."""
    path = tmp_path / "clinic.db"
    database = open_database(f"sqlite:///{path}")
    encryption.mark_recovery_shown(encryption.key_for(path))
    yield database
    # Windows hand their database calls to the background runner; the last of them (an
    # audit write as a window closed) finishes before the file is closed under it.
    assert QThreadPool.globalInstance().waitForDone(60_000)
    database.close()


@pytest.fixture
def admin(database: Database) -> Workstation:
    account = users.create_user(
        database, None, username="admin", display_name="Ada Admin", role="admin", password=PASSWORD
    )
    return Workstation(database, account)


@pytest.fixture
def front_desk(database: Database, admin: Workstation) -> Workstation:
    account = users.create_user(
        database,
        admin.actor,
        username="desk",
        display_name="Dee Desk",
        role="front_desk",
        password=PASSWORD,
    )
    return Workstation(database, account)


@pytest.fixture
def clinician(database: Database, admin: Workstation) -> Workstation:
    account = users.create_user(
        database,
        admin.actor,
        username="clin",
        display_name="Dr Cora Clinician",
        role="clinician",
        password=PASSWORD,
    )
    return Workstation(database, account)


@pytest.fixture(autouse=True)
def answering_database(qapp: QApplication) -> Iterator[None]:
    """Each test starts with the database answering: the application's DatabaseHealth
    outlives windows (as in the app), so an outage one test made must not reach the next."""
    yield
    health = database_health()
    health.reachable, health.problem = True, ""
