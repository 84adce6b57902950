"""The queue's pages and counts under every filter, against the order worked out here by
hand: urgent, then soon, then the oldest visit, then the intake number.

The service reads "all" (waiting and decided) as two index-ordered halves merged by the
database, and urgency by its rank; these tests hold it to the plain definition on both
SQLite and PostgreSQL, pages that straddle the two halves included.
"""

from datetime import date, timedelta
from typing import NamedTuple

import pytest
from intake_documents import document
from sqlalchemy import select

from clinic_app.services import intakes, review_queue, reviews, users
from clinic_app.services.actor import Actor
from clinic_app.services.review_queue import QueueFilter
from clinic_app.storage.database import Database
from clinic_app.storage.models import Intake

URGENT: dict[str, object] = {"symptoms.weight_bearing": "unable"}
SOON: dict[str, object] = {"symptoms.numbness_or_tingling": True}
FIRST_DAY = date(2026, 10, 1)
RANK = {"emergency": -1, "urgent": 0, "soon": 1}


class Made(NamedTuple):
    intake_id: int
    urgency: str
    visit_date: date
    last_name: str
    reviewed: bool


# (surname, urgency, day of the visit, decided): urgencies and days interleaved, so that
# neither id order nor urgency alone gives the queue's order, and decided ones in between.
PLAN = [
    ("Okafor", "soon", 9, False),
    ("Smith", "urgent", 4, True),
    ("Nguyen", "urgent", 7, False),
    ("Okonkwo", "soon", 2, True),
    ("Garcia", "soon", 2, False),
    ("Smirnov", "urgent", 1, False),
    ("Oliveira", "soon", 5, True),
    ("Brown", "urgent", 4, False),
    ("Ng", "soon", 11, False),
    ("Smart", "urgent", 7, True),
    ("Okoye", "soon", 0, False),
    ("Baker", "urgent", 9, True),
]


@pytest.fixture
def made(database: Database, desk: Actor) -> list[Made]:
    """The intakes of PLAN, submitted, with a clinician's decision on those marked."""
    doctor = users.create_user(
        database,
        Actor(name="admin", role="admin"),
        username="dr-lee",
        display_name="Dr Lee",
        role="clinician",
        password="correct horse battery",
    ).actor()
    found = []
    for last, urgency, day, decided in PLAN:
        visit = FIRST_DAY + timedelta(day)
        fields = {
            **(URGENT if urgency == "urgent" else SOON),
            "patient.first_name": "Ana",
            "patient.last_name": last,
            "visit_date": visit.isoformat(),
        }
        intake_id = intakes.submit(database, desk, document(fields)).intake_id
        if decided:
            reviews.record_decision(
                database, doctor, intake_id, decision="manage_in_clinic", reason="treat here"
            )
        found.append(Made(intake_id, urgency, visit, last, decided))
    return found


def expected(made: list[Made], wanted: QueueFilter) -> list[Made]:
    """The queue under `wanted`, by its definition."""
    kept = [
        row
        for row in made
        if (not wanted.unreviewed_only or not row.reviewed)
        and (wanted.urgency is None or row.urgency == wanted.urgency)
        and (wanted.visit_from is None or row.visit_date >= wanted.visit_from)
        and (wanted.visit_to is None or row.visit_date <= wanted.visit_to)
        and row.last_name.casefold().startswith(wanted.name.casefold())
    ]
    return sorted(kept, key=lambda row: (RANK[row.urgency], row.visit_date, row.intake_id))


FILTERS = [
    QueueFilter(),
    QueueFilter(unreviewed_only=False),
    QueueFilter(urgency="soon"),
    QueueFilter(unreviewed_only=False, urgency="urgent"),
    QueueFilter(unreviewed_only=False, urgency="soon"),
    QueueFilter(visit_from=FIRST_DAY + timedelta(2), visit_to=FIRST_DAY + timedelta(7)),
    QueueFilter(unreviewed_only=False, visit_from=FIRST_DAY + timedelta(4)),
    QueueFilter(unreviewed_only=False, visit_to=FIRST_DAY + timedelta(4)),
    QueueFilter(name="sm"),
    QueueFilter(unreviewed_only=False, name="oko"),
    QueueFilter(unreviewed_only=False, urgency="soon", name="o"),
    QueueFilter(unreviewed_only=False, name="nobody"),
]


@pytest.mark.parametrize("wanted", FILTERS, ids=repr)
def test_every_filter_gives_the_queue_in_order_and_counts_it(
    database: Database, made: list[Made], wanted: QueueFilter
) -> None:
    rows = expected(made, wanted)
    page = review_queue.page(database, wanted)
    assert [row.intake_id for row in page] == [row.intake_id for row in rows]
    assert {row.review_status for row in page} <= (
        {"unreviewed"} if wanted.unreviewed_only else {"unreviewed", "reviewed"}
    )
    assert [row.highest_urgency for row in page] == [row.urgency for row in rows]
    assert review_queue.counts(database, wanted) == {
        "emergency": sum(row.urgency == "emergency" for row in rows),
        "urgent": sum(row.urgency == "urgent" for row in rows),
        "soon": sum(row.urgency == "soon" for row in rows),
    }


@pytest.mark.parametrize("unreviewed_only", [True, False])
def test_pages_of_any_size_join_up_into_the_whole_queue(
    database: Database, made: list[Made], unreviewed_only: bool
) -> None:
    wanted = QueueFilter(unreviewed_only=unreviewed_only)
    whole = [row.intake_id for row in expected(made, wanted)]
    for size in (1, 2, 3, 5):
        pages = [
            review_queue.page(database, wanted, offset=offset, limit=size)
            for offset in range(0, len(whole) + size, size)
        ]
        assert [row.intake_id for page in pages for row in page] == whole
        assert pages[-1] == [], "past the end: an empty page"


def test_a_decided_row_reads_as_decided_and_keeps_its_place(
    database: Database, made: list[Made]
) -> None:
    everything = review_queue.page(database, QueueFilter(unreviewed_only=False), limit=100)
    decided = {row.intake_id for row in made if row.reviewed}
    assert {row.intake_id for row in everything if row.review_status == "reviewed"} == decided
    smith = next(row for row in everything if row.last_name == "Smith")
    assert (smith.first_name, smith.visit_date, smith.highest_urgency) == (
        "Ana",
        FIRST_DAY + timedelta(4),
        "urgent",
    )


def test_the_stored_ranks_are_the_ones_databases_already_hold(
    database: Database, desk: Actor, made: list[Made]
) -> None:
    # intakes.urgency_rank comes from the rules' one order; the numbers already written
    # in clinics' databases (urgent 0, soon 1, none 9) must keep meaning the same.
    plain = intakes.submit(database, desk, document()).intake_id
    with database.reading() as session:
        ranks = {intake.id: intake.urgency_rank for intake in session.scalars(select(Intake))}
    assert {ranks[row.intake_id] for row in made if row.urgency == "urgent"} == {0}
    assert {ranks[row.intake_id] for row in made if row.urgency == "soon"} == {1}
    assert ranks[plain] == 9
