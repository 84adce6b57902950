"""Autosave: what the desk has typed goes into the intake's one draft row, about a
second after the last change.

Saving on a short quiet timer (not on every keystroke) keeps the database quiet while
someone types, and still means a crash or a killed process loses at most the last
second. The save itself is one small UPDATE of one row, so it runs on the GUI thread.
"""

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import intakes
from clinic_app.storage.errors import StorageError

QUIET_MS = 1000


class DraftKeeper(QObject):
    """Keeps one intake's draft; `saved` carries the time, `failed` the reason in words."""

    saved = Signal(datetime)
    failed = Signal(str)

    def __init__(
        self,
        workstation: Workstation,
        document: Callable[[], Mapping[str, Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._document = document
        self.intake_id: int | None = None
        self.version: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(QUIET_MS)
        self._timer.timeout.connect(self.save_now)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def resume(self, intake_id: int, version: int) -> None:
        """Carry on saving into an existing draft row."""
        self._timer.stop()
        self.intake_id, self.version = intake_id, version

    def forget(self) -> None:
        """Stop keeping this draft (it was submitted or discarded)."""
        self._timer.stop()
        self.intake_id = self.version = None

    def forget_timer(self) -> None:
        """Drop a pending save (the caller is about to store the document itself)."""
        self._timer.stop()

    def changed(self) -> None:
        """Something was typed: save once the desk pauses."""
        self._timer.start()

    def save_now(self) -> bool:
        self._timer.stop()
        try:
            result = intakes.save_draft(
                self._workstation.database,
                self._workstation.actor,
                self._document(),
                intake_id=self.intake_id,
                version=self.version,
            )
        except StorageError as error:
            self.failed.emit(f"The draft could not be saved: {error}")
            return False
        self.intake_id, self.version = result.intake_id, result.version
        self.saved.emit(datetime.now())
        return True
