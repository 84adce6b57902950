"""The clinicians' queue: submitted intakes with referral flags, the most urgent first.

One indexed query serves the first page (ix_intakes_queue: review status, urgency rank,
visit date, id), so opening the queue stays quick with hundreds of thousands of intakes.
Order: emergency, urgent, then soon, then oldest visit first, so nobody waits longest by accident.

Every filter is written so that index can serve it, since the queue is polled from the
GUI thread: urgency as its rank (the index's second column), counts without the patients
table unless a name is given, and "all" (waiting and decided) as two index-ordered
halves merged by the database instead of one list sorted after reading every row.
"""

import functools
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Select, func, select, union_all

from clinic_app.rules.model import URGENCIES, URGENCY_RANK
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
    urgency: str | None = None  # "emergency", "urgent" or "soon"
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


_URGENCY_OF_RANK = {rank: urgency for urgency, rank in URGENCY_RANK.items()}
_IN_QUEUE = ("unreviewed", "reviewed")  # the review statuses of intakes with referral flags


def _filtered(query: _Query, wanted: QueueFilter) -> _Query:
    if wanted.unreviewed_only:
        query = query.where(Intake.review_status == "unreviewed")
    else:
        query = query.where(Intake.review_status.in_(_IN_QUEUE))
    return _narrowed(query, wanted)


def _narrowed(query: _Query, wanted: QueueFilter) -> _Query:
    """The filter's conditions other than the review status."""
    if wanted.urgency in URGENCY_RANK:
        # The rank is stored with the urgency it stands for, and the index holds it.
        query = query.where(Intake.urgency_rank == URGENCY_RANK[wanted.urgency])
    elif wanted.urgency is not None:
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
    columns = select(
        Intake.id,
        Intake.patient_id,
        Patient.first_name,
        Patient.last_name,
        Patient.date_of_birth,
        Intake.visit_date,
        Intake.highest_urgency,
        Intake.review_status,
    )
    if not wanted.unreviewed_only:
        return _merged_page_query(columns, wanted, offset, limit)
    query = _filtered(columns.join(Patient, Patient.id == Intake.patient_id), wanted)
    query = query.order_by(Intake.urgency_rank, Intake.visit_date, Intake.id)
    return query.offset(offset).limit(limit)


def _merged_page_query(
    columns: _PageQuery, wanted: QueueFilter, offset: int, limit: int
) -> _PageQuery:
    """One page of waiting and decided intakes together, in queue order.

    `review_status IN (...)` makes both databases read every matching row and sort them
    (about 0.1 s with 200,000 intakes); each status alone comes out of the index already
    in queue order, so the two halves are merged (a merge, not a sort) and only the page's
    ids are joined to their patients.
    """
    halves = []
    for status in _IN_QUEUE:
        half = select(
            Intake.id.label("queue_id"),
            Intake.urgency_rank.label("queue_rank"),
            Intake.visit_date.label("queue_visit"),
        ).where(Intake.review_status == status)
        if name_key(wanted.name):
            half = half.join(Patient, Patient.id == Intake.patient_id)
        halves.append(_narrowed(half, wanted))
    merged = union_all(*halves)
    ids = (
        merged.order_by(
            merged.selected_columns.queue_rank,
            merged.selected_columns.queue_visit,
            merged.selected_columns.queue_id,
        )
        .offset(offset)
        .limit(limit)
        .subquery("queue_page")
    )
    return (
        columns.select_from(ids)
        .join(Intake, Intake.id == ids.c.queue_id)
        .join(Patient, Patient.id == Intake.patient_id)
        .order_by(ids.c.queue_rank, ids.c.queue_visit, ids.c.queue_id)
    )


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
    """How many intakes of each urgency the filter holds ("emergency", "urgent", "soon").

    Counted by urgency rank from the queue index alone (patients only when a name is
    given): a few milliseconds with 200,000 intakes, where joining every row to its
    patient took a tenth of a second, too long for the queue's poll.
    """
    query = select(Intake.urgency_rank, func.count())
    if name_key(wanted.name):
        query = query.join(Patient, Patient.id == Intake.patient_id)
    query = _filtered(query, wanted).group_by(Intake.urgency_rank)
    with database.reading() as session:
        found = {
            _URGENCY_OF_RANK.get(int(rank), ""): int(count)
            for rank, count in session.execute(query)
        }
    return {urgency: found.get(urgency, 0) for urgency in URGENCIES}
