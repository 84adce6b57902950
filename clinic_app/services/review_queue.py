"""The clinicians' queue: submitted intakes with referral flags, urgent first.

One indexed query serves the first page (ix_intakes_queue: review status, urgency rank,
visit date, id), so opening the queue stays quick with hundreds of thousands of intakes.
Order: urgent, then soon, then oldest visit first, so nobody waits longest by accident.
"""

import functools
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Select, func, select

from clinic_app.services.patients import name_key, name_starts_with
from clinic_app.storage.database import Database
from clinic_app.storage.models import Intake, Patient

PAGE_SIZE = 50
_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")
_PageQuery = Select[int, int | None, str, str, date, date | None, str | None, str]


@dataclass(frozen=True)
class QueueFilter:
    """What the clinician asked to see; the defaults are the working queue."""

    unreviewed_only: bool = True
    urgency: str | None = None  # "urgent" or "soon"
    visit_from: date | None = None
    visit_to: date | None = None
    name: str = ""  # a prefix of the first or last name


class QueueRow(NamedTuple):
    """One line of the queue (a tuple: a page of them is built on every refresh)."""

    intake_id: int
    patient_id: int
    first_name: str
    last_name: str
    date_of_birth: date
    visit_date: date
    highest_urgency: str | None
    review_status: str


def _filtered(query: _Query, wanted: QueueFilter) -> _Query:
    if wanted.unreviewed_only:
        query = query.where(Intake.review_status == "unreviewed")
    else:
        query = query.where(Intake.review_status.in_(("unreviewed", "reviewed")))
    if wanted.urgency is not None:
        query = query.where(Intake.highest_urgency == wanted.urgency)
    if wanted.visit_from is not None:
        query = query.where(Intake.visit_date >= wanted.visit_from)
    if wanted.visit_to is not None:
        query = query.where(Intake.visit_date <= wanted.visit_to)
    key = name_key(wanted.name)
    if key:
        query = query.where(name_starts_with(key))
    return query


@functools.lru_cache(maxsize=64)
def _page_query(wanted: QueueFilter, offset: int, limit: int) -> _PageQuery:
    """The statement for one page, built once per filter and page.

    Building a select costs SQLAlchemy about as much as SQLite takes to run this one, and
    the queue asks for the same first page again and again; statements are immutable, so
    sharing one is safe.
    """
    query = _filtered(
        select(
            Intake.id,
            Intake.patient_id,
            Patient.first_name,
            Patient.last_name,
            Patient.date_of_birth,
            Intake.visit_date,
            Intake.highest_urgency,
            Intake.review_status,
        ).join(Patient, Patient.id == Intake.patient_id),
        wanted,
    )
    query = query.order_by(Intake.urgency_rank, Intake.visit_date, Intake.id)
    return query.offset(offset).limit(limit)


def page(
    database: Database,
    wanted: QueueFilter = QueueFilter(),
    *,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> list[QueueRow]:
    """One page of the queue, in queue order."""
    # The same statement object each time, so Database.fetch compiles it only once.
    rows = database.fetch(_page_query(wanted, offset, limit))
    return [QueueRow(*row) for row in rows]


def counts(database: Database, wanted: QueueFilter = QueueFilter()) -> dict[str, int]:
    """How many intakes of each urgency the filter holds ("urgent", "soon")."""
    query = _filtered(
        select(Intake.highest_urgency, func.count()).join(Patient, Patient.id == Intake.patient_id),
        wanted,
    ).group_by(Intake.highest_urgency)
    with database.reading() as session:
        found = {str(urgency): int(count) for urgency, count in session.execute(query)}
    return {"urgent": found.get("urgent", 0), "soon": found.get("soon", 0)}
