"""Putting a session's moments (locked, signed out) on the audit trail without waiting.

The moment itself must happen at once, whatever the database does: the lock hides the
patient now, sign-out closes the window now. So the write goes to the background runner
and nobody waits for it; a write that fails is logged, as before, and changes nothing on
screen. The task belongs to the application, not to the window, because the window is
often gone (signed out) before the database has answered.
"""

import logging
from functools import partial

from PySide6.QtCore import QCoreApplication

from clinic_app.gui.common.background import run_in_background
from clinic_app.services import users
from clinic_app.services.users import Account
from clinic_app.storage.database import Database

log = logging.getLogger(__name__)


def record_soon(database: Database, account: Account, action: str) -> None:
    """Write `action` for `account` on the background runner; failures are only logged."""
    application = QCoreApplication.instance()
    if application is None:
        raise RuntimeError("recording a session event needs a running Qt application")

    def failed(message: str) -> None:
        # The lock or the sign-out must not fail because the trail cannot be written.
        log.warning("recording %s failed: %s", action, message)

    task = run_in_background(
        application,
        partial(users.record_session_event, database, account, action),
        what=f"recording {action}",
        on_failed=failed,
    )
    task.finished.connect(task.deleteLater)
    task.failed.connect(task.deleteLater)
