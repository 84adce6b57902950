"""Every printed or saved sheet and letter is kept: the very bytes, and their checksum."""

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from clinic_app.services import audit
from clinic_app.services.actor import Actor
from clinic_app.storage.database import Database
from clinic_app.storage.errors import RecordNotFound, StorageError
from clinic_app.storage.models import HANDOUT_KINDS, Handout, Intake
from clinic_app.storage.types import utc_now


@dataclass(frozen=True)
class HandoutRecord:
    id: int
    intake_id: int
    kind: str
    paper: str
    language: str
    large_print: bool
    created_by: str
    created_at: datetime
    sha256: str


def record_handout(
    database: Database,
    actor: Actor,
    intake_id: int,
    pdf: bytes,
    *,
    kind: str,
    paper: str,
    language: str = "en",
    large_print: bool = False,
    action: str = "printed",
) -> HandoutRecord:
    """Keep a copy of what was handed over; `action` says how (printed or saved)."""
    if kind not in HANDOUT_KINDS:
        raise StorageError(f"handout kind {kind!r}: must be one of {', '.join(HANDOUT_KINDS)}")
    if not pdf.startswith(b"%PDF-"):
        raise StorageError("only a PDF can be recorded as a handout")
    digest = hashlib.sha256(pdf).hexdigest()
    with database.writing() as session:
        if session.get(Intake, intake_id) is None:
            raise RecordNotFound(f"intake {intake_id} does not exist")
        row = Handout(
            intake_id=intake_id,
            kind=kind,
            paper=paper,
            language=language,
            large_print=large_print,
            created_by=actor.name,
            created_at=utc_now(),
            pdf=pdf,
            sha256=digest,
        )
        session.add(row)
        session.flush()
        audit.record(session, actor, f"handout.{action}", "intake", intake_id, kind)
        return _record(row)


def handouts_of(database: Database, intake_id: int) -> list[HandoutRecord]:
    with database.reading() as session:
        rows = session.scalars(
            select(Handout).where(Handout.intake_id == intake_id).order_by(Handout.id)
        )
        return [_record(row) for row in rows]


def handout_pdf(database: Database, handout_id: int) -> bytes:
    with database.reading() as session:
        row = session.get(Handout, handout_id)
        if row is None:
            raise RecordNotFound(f"handout {handout_id} does not exist")
        return row.pdf


def _record(row: Handout) -> HandoutRecord:
    return HandoutRecord(
        row.id,
        row.intake_id,
        row.kind,
        row.paper,
        row.language,
        row.large_print,
        row.created_by,
        row.created_at,
        row.sha256,
    )
