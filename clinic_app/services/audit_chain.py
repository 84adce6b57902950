"""Checking the audit trail's hash chain: is every event as it was written, in its place?

Each event's hash is recomputed from its columns and the event before it, in id order, the
way clinic_app/storage/audit_chain.py defines it (the same on SQLite and PostgreSQL). The
first event that does not match is named by its id, time and action only (the trail holds
no patient details, but its actors and details are still not for a log or a terminal).

This reads every event, so it runs off the GUI thread and reads in chunks: a long trail
never sits in memory whole. It needs no role: the command line and the admin's audit page
both use it, and it reports nothing a reader of the trail could not see.
"""

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select

from clinic_app.storage import audit_chain as chain
from clinic_app.storage.database import Database
from clinic_app.storage.models import AuditEvent

log = logging.getLogger(__name__)

CHUNK = 1000
"""Events fetched from the database at a time."""

Problem = Literal["changed", "unlinked"]
"""Why an event fails: its own content no longer matches its hash ("changed"), or it does
not follow the event before it on the trail ("unlinked": an event was removed or moved)."""


@dataclass(frozen=True)
class BrokenEvent:
    """The first event that does not match: enough to find it, nothing about a patient."""

    event_id: int
    at: datetime
    action: str
    problem: Problem


@dataclass(frozen=True)
class ChainCheck:
    """What a check of the trail found: how many events it read, and the first broken one."""

    events: int
    broken: BrokenEvent | None = None

    @property
    def intact(self) -> bool:
        return self.broken is None


def verify(database: Database) -> ChainCheck:
    """Recompute the chain over the whole trail, in id order; stop at the first mismatch."""
    query = (
        select(
            AuditEvent.id,
            AuditEvent.at,
            AuditEvent.actor,
            AuditEvent.action,
            AuditEvent.record_type,
            AuditEvent.record_id,
            AuditEvent.detail,
            AuditEvent.prev_hash,
            AuditEvent.event_hash,
        )
        .order_by(AuditEvent.id)
        .execution_options(yield_per=CHUNK)  # a server-side cursor on PostgreSQL
    )
    with database.reading() as session:
        rows = session.execute(query)
        try:
            return _walk(rows)
        finally:
            rows.close()  # a check that stops early closes PostgreSQL's cursor now


def _walk(rows: Iterable[Any]) -> ChainCheck:
    """The chain over `rows` (in id order), up to the first event that does not match."""
    previous = chain.GENESIS
    checked = 0
    for row in rows:
        expected = chain.event_hash(
            row.id,
            row.at,
            row.actor,
            row.action,
            row.record_type,
            row.record_id,
            row.detail,
            previous,
        )
        if row.prev_hash != previous:
            broken = BrokenEvent(row.id, row.at, row.action, "unlinked")
        elif row.event_hash != expected:
            broken = BrokenEvent(row.id, row.at, row.action, "changed")
        else:
            checked += 1
            previous = expected
            continue
        log.warning(
            "audit trail: event %d (%s) does not match (%s)", row.id, row.at, broken.problem
        )
        return ChainCheck(checked, broken)
    return ChainCheck(checked)
