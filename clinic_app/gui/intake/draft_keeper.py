"""Autosave and submit for one intake at a time, off the GUI thread, with a journal.

What the desk types goes two ways:

- into this computer's journal at once (services/journal.py: its own thread, a file
  write, no database), so a hung database or a killed app costs nothing typed;
- into the intake's one draft row about a second after the last change, on the
  background runner. Saving on a short quiet timer (not on every keystroke) keeps the
  database quiet while someone types.

One draft never has two saves racing: its saves and its submit go through one `_Outbox`,
drained by at most one worker at a time. Typing while a save is out is noted in the
outbox and the same worker saves it next, with the version the previous save returned,
so optimistic locking stays right and no GUI round trip is needed between the two (the
quit path waits for the thread pool, not for the event loop). When a save succeeds with
the content last journaled, the journal file goes; when more was typed meanwhile, the
journal is rewritten with the row's new id and version.
"""

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QObject, QTimer, Signal

from clinic_app.gui.common.background import run_in_background
from clinic_app.gui.common.workstation import Workstation
from clinic_app.intake import IntakeInvalid
from clinic_app.services import intakes
from clinic_app.services.actor import Actor
from clinic_app.services.intakes import DraftSaved, Submitted
from clinic_app.services.journal import LIVE, Journal, database_mark, journal_dir
from clinic_app.storage.database import Database

QUIET_MS = 1000
RETRY_MS = 5000
"""After a failed save, when to try again (the journal keeps the typing meanwhile)."""

Document = dict[str, Any]


@dataclass
class _Outbox:
    """One draft's way to the database, shared by the GUI thread and one worker.

    Everything here is read and written under `lock`. `waiting` is the newest document
    not yet sent; `submitting` the document to submit once no save is waiting;
    `running` says a worker is draining the outbox (so no second one is started);
    `journaled` is what the journal last got, to know whether a save made it redundant.
    """

    journal: Journal
    intake_id: int | None
    version: int | None
    typed_by: str
    lock: threading.Lock = field(default_factory=threading.Lock)
    waiting: Document | None = None
    submitting: Document | None = None
    running: bool = False
    journaled: Document | None = None
    last: Literal["save", "submit"] = "save"


@dataclass(frozen=True)
class _Outcome:
    saved: DraftSaved | None = None
    submitted: Submitted | None = None
    invalid: IntakeInvalid | None = None


def _drain(outbox: _Outbox, database: Database, actor: Actor) -> _Outcome:
    """On the background runner: send what the outbox holds until it holds nothing.

    The draft was noted as having a save out (`LIVE.begin`) when this was started;
    it is noted back here, whatever the outcome."""
    try:
        return _send(outbox, database, actor)
    finally:
        LIVE.end(outbox.journal.key)


def _send(outbox: _Outbox, database: Database, actor: Actor) -> _Outcome:
    saved: DraftSaved | None = None
    while True:
        with outbox.lock:
            if outbox.waiting is not None:
                document, outbox.waiting, outbox.last = outbox.waiting, None, "save"
            elif outbox.submitting is not None:
                document, outbox.submitting, outbox.last = outbox.submitting, None, "submit"
            else:
                outbox.running = False
                return _Outcome(saved=saved)
            action = outbox.last
            intake_id, version = outbox.intake_id, outbox.version
        try:
            if action == "save":
                saved = intakes.save_draft(
                    database, actor, document, intake_id=intake_id, version=version
                )
                result: DraftSaved | Submitted = saved
            else:
                result = intakes.submit(
                    database, actor, document, draft_id=intake_id, draft_version=version
                )
        except IntakeInvalid as invalid:
            with outbox.lock:
                outbox.running = False
            return _Outcome(saved=saved, invalid=invalid)
        except BaseException:
            with outbox.lock:
                outbox.running = False
                if action == "save" and outbox.waiting is None:
                    outbox.waiting = document  # not on record: still to be sent
            raise
        with outbox.lock:
            outbox.intake_id, outbox.version = result.intake_id, result.version
            if isinstance(result, Submitted):
                outbox.journal.drop()
                outbox.waiting = None
                outbox.running = False
                return _Outcome(saved=saved, submitted=result)
            if outbox.journaled == document:
                outbox.journal.drop()
            elif outbox.journaled is not None:
                outbox.journal.keep(
                    outbox.journaled,
                    intake_id=result.intake_id,
                    version=result.version,
                    typed_by=outbox.typed_by,
                )


class DraftKeeper(QObject):
    """Keeps one intake's draft.

    `saving` when a save goes out; `saved` carries the time it came back; `failed` the
    reason in words (the typing is still in the journal). `submitted` carries the
    stored intake, `submitFailed` the reason it was refused (the intake stays a draft),
    `invalid` the problems validation found.
    """

    saving = Signal()
    saved = Signal(datetime)
    failed = Signal(str)
    submitted = Signal(object)
    submitFailed = Signal(str)
    invalid = Signal(object)

    def __init__(
        self,
        workstation: Workstation,
        document: Callable[[], Mapping[str, Any]],
        parent: QObject | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._document = document
        self._folder = folder or journal_dir()
        self._mark = database_mark(workstation.database)
        self._latest: Document | None = None
        self._dirty = False
        self._outbox = self._fresh(None, None)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(QUIET_MS)
        self._timer.timeout.connect(self.save_now)

    # --- what the form asks --------------------------------------------------------------

    @property
    def pending(self) -> bool:
        """Typed and not yet handed to the database (waiting for the quiet second, or
        for another try after a failed save)."""
        return self._dirty

    @property
    def busy(self) -> bool:
        """A save or submit of this draft is out."""
        with self._outbox.lock:
            return self._outbox.running

    @property
    def intake_id(self) -> int | None:
        with self._outbox.lock:
            return self._outbox.intake_id

    @property
    def version(self) -> int | None:
        with self._outbox.lock:
            return self._outbox.version

    @property
    def journal_path(self) -> Path:
        return self._outbox.journal.path

    def resume(self, intake_id: int | None, version: int | None, key: str | None = None) -> None:
        """Carry on saving into an existing draft row (or, with `key`, from the journal
        kept on this computer under that name)."""
        self._timer.stop()
        self._dirty = False
        self._outbox = self._fresh(intake_id, version, key)

    def forget(self) -> None:
        """Stop keeping this draft (it was submitted, or the form moves on: a save still
        out finishes on its own)."""
        self._timer.stop()
        self._dirty = False
        self._latest = None
        self._outbox = self._fresh(None, None)

    def changed(self) -> None:
        """Something was typed: into the journal now, to the database once the desk pauses."""
        self._latest = dict(self._document())
        self._dirty = True
        outbox = self._outbox
        with outbox.lock:
            outbox.journaled = self._latest
            outbox.journal.keep(
                self._latest,
                intake_id=outbox.intake_id,
                version=outbox.version,
                typed_by=outbox.typed_by,
            )
        self._timer.start(QUIET_MS)

    def save_now(self) -> None:
        """Hand what was typed to the database now (it returns at once; `saved` or
        `failed` follows)."""
        self._timer.stop()
        outbox = self._outbox
        with outbox.lock:
            if self._dirty and self._latest is not None:
                outbox.waiting = self._latest
                self._dirty = False
            start = outbox.waiting is not None and not outbox.running
            if start:
                outbox.running = True
        if start:
            self._start(outbox)

    def submit(self, document: Mapping[str, Any]) -> None:
        """Submit `document` as this draft, after any save of it still out."""
        self._timer.stop()
        outbox = self._outbox
        self._latest = dict(document)
        self._dirty = False
        with outbox.lock:
            outbox.waiting = None  # the submit stores this same document
            outbox.submitting = self._latest
            start = not outbox.running
            if start:
                outbox.running = True
        if start:
            self._start(outbox)

    # --- the worker's outcome --------------------------------------------------------------

    def _fresh(self, intake_id: int | None, version: int | None, key: str | None = None) -> _Outbox:
        journal = Journal(self._folder, self._mark, key)
        return _Outbox(journal, intake_id, version, self._workstation.actor.name)

    def _start(self, outbox: _Outbox) -> None:
        database, actor = self._workstation.database, self._workstation.actor
        self.saving.emit()
        LIVE.begin(outbox.journal.key)
        run_in_background(
            self,
            lambda: _drain(outbox, database, actor),
            what="saving the intake",
            on_finished=lambda outcome: self._settled(outbox, outcome),
            on_failed=lambda message: self._refused(outbox, message),
        )

    def _settled(self, outbox: _Outbox, outcome: object) -> None:
        if outbox is not self._outbox or not isinstance(outcome, _Outcome):
            return  # a draft the form has moved on from: its journal was seen to
        if outcome.submitted is not None:
            self.forget()
            self.submitted.emit(outcome.submitted)
            return
        if outcome.invalid is not None:
            self._dirty = True
            self._timer.start(QUIET_MS)
            self.invalid.emit(outcome.invalid.problems)
            return
        if outcome.saved is not None:
            self.saved.emit(datetime.now())
        with outbox.lock:
            again = outbox.waiting is not None and not outbox.running
        if again:
            self.save_now()

    def _refused(self, outbox: _Outbox, message: str) -> None:
        if outbox is not self._outbox:
            return
        with outbox.lock:
            what = outbox.last
        # Not on record: keep trying, the journal holding the typing meanwhile.
        self._dirty = self._latest is not None
        self._timer.start(RETRY_MS)
        if what == "submit":
            self.submitFailed.emit(message)
        else:
            self.failed.emit(message)
