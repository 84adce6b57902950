"""The clinicians' queue: submitted intakes with referral flags, and follow-up visits with
referral or follow-up flags, the most urgent first.

Order: emergency, urgent, then soon, then oldest visit first, so nobody waits longest by
accident; an intake and a follow-up of the same urgency and day keep their numbers' order
(the intake first on a tie). A row says which it is (`kind`, and the follow-up's id).

Each table has its queue index (ix_intakes_queue, ix_followups_queue: review status,
urgency rank, visit date, id), so each review status of each table comes out of an index
already in queue order; a page is those arms merged by the database (UNION ALL under the
queue's ORDER BY and LIMIT: a merge, not a sort, that stops at the page's end), so opening
the queue stays quick with hundreds of thousands of intakes. The working queue's arms
join their patients as they go (its first page is what is polled); "all", whose pages
run deeper, joins only the page's rows after the merge. Every filter is written so
the indexes can serve it, since the queue is polled: urgency as its rank, counts without
the patients table unless a name is given.
"""

import functools
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, NamedTuple, TypeVar

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    null,
    select,
    union_all,
)

from clinic_app.rules.model import URGENCIES, URGENCY_RANK
from clinic_app.services.patients import name_key, name_starts_with
from clinic_app.storage.database import Database
from clinic_app.storage.models import Course, Followup, Intake, Patient

PAGE_SIZE = 50
_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")
_Page = Select[*tuple[Any, ...]] | CompoundSelect[*tuple[Any, ...]]

RowKind = Literal["intake", "follow_up"]


@dataclass(frozen=True)
class QueueFilter:
    """What the clinician asked to see; the defaults are the working queue."""

    unreviewed_only: bool = True
    urgency: str | None = None  # "emergency", "urgent" or "soon"
    visit_from: date | None = None
    visit_to: date | None = None
    name: str = ""  # a prefix of the first or last name


class QueueRow(NamedTuple):
    """One line of the queue (a tuple: a page of them is built on every refresh).

    For a follow-up, `intake_id` is its course's first visit and `followup_id` the visit;
    `visit_date`, `highest_urgency` and `review_status` are the follow-up's own.
    """

    intake_id: int
    patient_id: int
    first_name: str
    last_name: str
    date_of_birth: date
    visit_date: date
    highest_urgency: str | None
    review_status: str
    kind: RowKind = "intake"
    followup_id: int | None = None


_ROW_COLUMNS = len(QueueRow._fields)
"""A page's rows: QueueRow's columns, then the ones only its ORDER BY reads."""
_URGENCY_OF_RANK = {rank: urgency for urgency, rank in URGENCY_RANK.items()}
_IN_QUEUE = ("unreviewed", "reviewed")  # the review statuses of visits with flags to decide


@dataclass(frozen=True)
class _Visits:
    """One table of visits the queue reads: intakes, or follow-ups (through their course)."""

    table: type[Intake] | type[Followup]
    kind: RowKind
    tie: int
    """Breaks a tie on rank, day and number between the tables: intakes first."""

    def with_patients(self, query: _Query) -> _Query:
        if self.table is Intake:
            return query.join(Patient, Patient.id == Intake.patient_id)
        return query.join(Course, Course.id == Followup.course_id).join(
            Patient, Patient.id == Course.patient_id
        )

    def row_columns(self) -> tuple[Any, ...]:
        """A QueueRow's columns read in the arm itself, then the merged ORDER BY's."""
        table = self.table
        intake_id: Any
        patient_id: Any
        followup_id: Any
        if table is Intake:
            intake_id, patient_id = Intake.id, Intake.patient_id
            followup_id = cast(null(), Integer)
        else:
            intake_id, patient_id, followup_id = Course.intake_id, Course.patient_id, Followup.id
        return (
            intake_id.label("intake_id"),
            patient_id.label("patient_id"),
            Patient.first_name,
            Patient.last_name,
            Patient.date_of_birth,
            table.visit_date.label("queue_visit"),
            table.highest_urgency.label("highest_urgency"),
            table.review_status.label("review_status"),
            literal_column(f"'{self.kind}'", String).label("kind"),
            followup_id.label("followup_id"),
            table.urgency_rank.label("queue_rank"),
            table.id.label("queue_id"),
        )

    def keys(self) -> tuple[Any, ...]:
        """What the merged ORDER BY reads, all in the table's queue index."""
        table = self.table
        return (
            table.id.label("queue_id"),
            table.urgency_rank.label("queue_rank"),
            table.visit_date.label("queue_visit"),
            literal(self.tie).label("queue_tie"),
        )

    def narrowed(self, query: _Query, wanted: QueueFilter) -> _Query:
        """The filter's conditions other than the review status."""
        table = self.table
        conditions: list[ColumnElement[bool]] = []
        if wanted.urgency in URGENCY_RANK:
            # The rank is stored with the urgency it stands for, and the index holds it.
            conditions.append(table.urgency_rank == URGENCY_RANK[wanted.urgency])
        elif wanted.urgency is not None:
            conditions.append(table.highest_urgency == wanted.urgency)
        if wanted.visit_from is not None:
            conditions.append(table.visit_date >= wanted.visit_from)
        if wanted.visit_to is not None:
            conditions.append(table.visit_date <= wanted.visit_to)
        key = name_key(wanted.name)
        if key:
            conditions.append(name_starts_with(key))
        return query.where(*conditions) if conditions else query


_SOURCES = (_Visits(Intake, "intake", 0), _Visits(Followup, "follow_up", 1))


def _statuses(wanted: QueueFilter) -> tuple[str, ...]:
    return ("unreviewed",) if wanted.unreviewed_only else _IN_QUEUE


@functools.lru_cache(maxsize=64)
def _page_query(wanted: QueueFilter, offset: int, limit: int) -> _Page:
    """The statement for one page, built once per filter and page.

    One arm per table and review status, each read in queue order from its table's queue
    index alone (`review_status IN (...)` would make both databases read every matching
    row and sort them); the database merges the arms, stops at the page's end, and only
    the page's rows are joined to their visit, course and patient. Building a select
    costs SQLAlchemy about as much as SQLite takes to run this one, and the queue asks for
    the same first page again and again; statements are immutable, so sharing one is safe.
    """
    if wanted.unreviewed_only:
        return _working_page_query(wanted, offset, limit)
    naming = bool(name_key(wanted.name))
    arms = []
    for source in _SOURCES:
        for status in _statuses(wanted):
            arm = select(*source.keys()).where(source.table.review_status == status)
            if naming:
                arm = source.with_patients(arm)
            arms.append(_read_in_order(source, source.narrowed(arm, wanted), offset + limit))
    merged = union_all(*arms)
    by = merged.selected_columns
    keys = (by.queue_rank, by.queue_visit, by.queue_id, by.queue_tie)
    ids = merged.order_by(*keys).offset(offset).limit(limit).subquery("queue_page")
    is_intake = ids.c.queue_tie == _SOURCES[0].tie
    return (
        select(
            func.coalesce(Intake.id, Course.intake_id),
            Patient.id,
            Patient.first_name,
            Patient.last_name,
            Patient.date_of_birth,
            ids.c.queue_visit,
            func.coalesce(Intake.highest_urgency, Followup.highest_urgency),
            func.coalesce(Intake.review_status, Followup.review_status),
            case((is_intake, literal("intake")), else_=literal("follow_up")).label("kind"),
            Followup.id,
        )
        .select_from(ids)
        .outerjoin(Intake, and_(is_intake, Intake.id == ids.c.queue_id))
        .outerjoin(Followup, and_(~is_intake, Followup.id == ids.c.queue_id))
        .outerjoin(Course, Course.id == Followup.course_id)
        .join(Patient, Patient.id == func.coalesce(Intake.patient_id, Course.patient_id))
        .order_by(ids.c.queue_rank, ids.c.queue_visit, ids.c.queue_id, ids.c.queue_tie)
    )


def _read_in_order(source: _Visits, arm: _Query, rows: int) -> Select[*tuple[Any, ...]]:
    """One arm cut at the page's end, in its table's queue order.

    Without its own ORDER BY and LIMIT, PostgreSQL reads every matching row of both arms
    and sorts them all for the first page (130 ms at 200,000 intakes); with them, each arm
    walks its queue index and stops, and the merge sorts at most twice a page.
    """
    table = source.table
    limited = arm.order_by(table.urgency_rank, table.visit_date, table.id).limit(rows)
    return select(limited.subquery())


def _working_page_query(wanted: QueueFilter, offset: int, limit: int) -> _Page:
    """A page of the working queue (waiting only): each table's arm reads its rows whole,
    patients joined as it goes, and the database merges the two.

    The first page is what the queue shows and polls; joining in the arms costs SQLite
    about a fifth more than the intakes' query alone, where joining after the merge
    (as `_page_query` does for "all", whose pages run deeper) costs two thirds more.
    """
    arms = [
        _read_in_order(
            source,
            source.narrowed(
                source.with_patients(select(*source.row_columns())).where(
                    source.table.review_status == "unreviewed"
                ),
                wanted,
            ),
            offset + limit,
        )
        for source in _SOURCES
    ]
    merged = union_all(*arms)
    by = merged.selected_columns
    # Within an arm, followup_id is constant (null) or the row's own number: the last key
    # only orders an intake and a follow-up of the same rank, day and number.
    keys = (by.queue_rank, by.queue_visit, by.queue_id, by.followup_id.nulls_first())
    return merged.order_by(*keys).offset(offset).limit(limit)


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
    return [QueueRow(*row[:_ROW_COLUMNS]) for row in rows]


def counts(database: Database, wanted: QueueFilter = QueueFilter()) -> dict[str, int]:
    """How many intakes and follow-ups of each urgency the filter holds ("emergency",
    "urgent", "soon").

    Counted by urgency rank from the queue indexes alone (patients only when a name is
    given): a few milliseconds with 200,000 intakes, where joining every row to its
    patient took a tenth of a second, too long for the queue's poll.
    """
    found: dict[str, int] = {}
    with database.reading() as session:
        for source in _SOURCES:
            rank = source.table.urgency_rank
            query = select(rank, func.count())
            if name_key(wanted.name):
                query = source.with_patients(query)
            query = source.narrowed(
                query.where(source.table.review_status.in_(_statuses(wanted))), wanted
            ).group_by(rank)
            for row in session.execute(query):
                urgency = _URGENCY_OF_RANK.get(int(row[0]), "")
                found[urgency] = found.get(urgency, 0) + int(row[1])
    return {urgency: found.get(urgency, 0) for urgency in URGENCIES}
