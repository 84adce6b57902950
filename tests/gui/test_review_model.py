"""The review queue model over a real SQLite file: clinical order, columns and colours,
lazy paging, and refreshes that change rows one by one instead of resetting the view."""

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from intake_documents import document
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.review.review_model import (
    DATE_OF_BIRTH,
    PATIENT,
    QUEUE_ROW_ROLE,
    REVIEW_STATUS,
    URGENCY,
    VISIT_DATE,
    ReviewQueueModel,
    read_rows,
)
from clinic_app.services import intakes, review_queue, reviews, users
from clinic_app.services.actor import Actor
from clinic_app.services.review_queue import PAGE_SIZE, QueueFilter, QueueRow
from clinic_app.storage.database import Database, open_database
from clinic_app.storage.errors import DatabaseUnavailable

# Referral flags of each urgency, on top of the quiet baseline document.
URGENT: dict[str, object] = {"symptoms.weight_bearing": "unable"}
SOON: dict[str, object] = {"symptoms.numbness_or_tingling": True}
DESK = Actor(name="desk", role="front_desk")
FIRST_DAY = date(2026, 11, 1)
DISPLAY = Qt.ItemDataRole.DisplayRole


def submit(
    database: Database, last: str, day: int, flags: dict[str, object], *, first: str = "Ana"
) -> int:
    """A submitted intake of patient `first last`, visited `day` days after FIRST_DAY."""
    fields = {
        **flags,
        "patient.first_name": first,
        "patient.last_name": last,
        "visit_date": (FIRST_DAY + timedelta(day)).isoformat(),
    }
    return intakes.submit(database, DESK, document(fields)).intake_id


def texts(model: ReviewQueueModel, column: int) -> list[str]:
    return [model.data(model.index(row, column), DISPLAY) for row in range(model.rowCount())]


def ids(model: ReviewQueueModel) -> list[int]:
    return [row.intake_id for row in model.rows]


def load(model: ReviewQueueModel, database: Database, wanted: QueueFilter) -> None:
    """What the page does for a new filter: read the first page, hand it in."""
    model.set_rows(wanted, read_rows(database, wanted, 0, PAGE_SIZE))


def refresh(model: ReviewQueueModel, database: Database) -> bool:
    """What the page's poll does: read the loaded rows again, hand them in."""
    limit = model.refresh_limit()
    return model.apply_rows(read_rows(database, model.queue_filter, 0, limit), limit)


def fetch_more(qtbot: QtBot, model: ReviewQueueModel) -> None:
    """What the view does as it scrolls: ask for the next page, which arrives later."""
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: not model.fetching)


def checker(qtmodeltester: ModelTester) -> Callable[[QAbstractItemModel], None]:
    check: Callable[[QAbstractItemModel], None] = qtmodeltester.check  # untyped in pytest-qt
    return check


@pytest.fixture
def second_workstation(database: Database) -> Iterator[Database]:
    """Another Database on the same file, as another workstation of the clinic has."""
    other = open_database(database.url.render_as_string(hide_password=False))
    yield other
    other.close()


def clinician_actor(database: Database) -> Actor:
    account = users.create_user(
        database,
        Actor(name="admin", role="admin"),
        username="dr-lee",
        display_name="Dr Lee",
        role="clinician",
        password="correct horse battery",
    )
    return Workstation(database, account).actor


def test_the_queue_is_urgent_first_then_soon_then_the_oldest_visit(database: Database) -> None:
    soon_late = submit(database, "Soonlate", 5, SOON)
    urgent_late = submit(database, "Urgentlate", 4, URGENT)
    submit(database, "Quiet", 0, {})  # no referral flag: never in the queue
    soon_early = submit(database, "Soonearly", 1, SOON)
    urgent_early = submit(database, "Urgentearly", 2, URGENT)

    model = ReviewQueueModel(database)
    assert model.rowCount() == 0, "nothing is read before it is asked for"
    load(model, database, QueueFilter())

    assert ids(model) == [urgent_early, urgent_late, soon_early, soon_late]
    assert texts(model, URGENCY) == ["Urgent", "Urgent", "Soon", "Soon"]
    assert texts(model, VISIT_DATE) == ["2026-11-03", "2026-11-05", "2026-11-02", "2026-11-06"]
    assert texts(model, PATIENT) == [
        "Urgentearly, Ana",
        "Urgentlate, Ana",
        "Soonearly, Ana",
        "Soonlate, Ana",
    ]
    assert texts(model, DATE_OF_BIRTH) == ["1990-05-01"] * 4
    assert texts(model, REVIEW_STATUS) == ["Waiting"] * 4
    assert not model.canFetchMore(QModelIndex()), "a short queue is read in one page"


def test_urgency_is_shown_in_words_and_colour_and_the_row_is_at_hand(database: Database) -> None:
    urgent = submit(database, "Okafor", 1, URGENT, first="Maya")
    submit(database, "Ng", 2, SOON)
    model = ReviewQueueModel(database)
    load(model, database, QueueFilter())

    def at(row: int, column: int, role: int) -> object:
        return model.data(model.index(row, column), role)

    background = Qt.ItemDataRole.BackgroundRole
    foreground = Qt.ItemDataRole.ForegroundRole
    assert at(0, URGENCY, DISPLAY) == "Urgent"
    assert at(1, URGENCY, DISPLAY) == "Soon"
    assert at(0, URGENCY, background) == QColor("#b3261e")
    assert at(0, URGENCY, foreground) == QColor("white")
    assert at(1, URGENCY, background) == QColor("#f2b705")
    assert at(0, PATIENT, background) is None, "colour marks the urgency column only"
    assert "same day" in str(at(0, URGENCY, Qt.ItemDataRole.ToolTipRole))
    row = at(0, PATIENT, QUEUE_ROW_ROLE)
    assert isinstance(row, QueueRow)
    assert (row.intake_id, row.first_name, row.last_name) == (urgent, "Maya", "Okafor")
    assert {at(0, column, QUEUE_ROW_ROLE) for column in range(model.columnCount())} == {row}
    assert model.data(QModelIndex(), QUEUE_ROW_ROLE) is None
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(5)]
    assert headers == ["Urgency", "Visit date", "Patient", "Date of birth", "Review"]
    flags = model.flags(model.index(0, PATIENT))
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_the_model_passes_qts_checks_loaded_filtered_and_refreshed(
    qtbot: QtBot, qtmodeltester: ModelTester, database: Database, second_workstation: Database
) -> None:
    check = checker(qtmodeltester)
    for day in range(6):
        submit(database, f"Runner{day}", day, URGENT if day % 2 else SOON)
    model = ReviewQueueModel(database)
    check(model)  # the tester itself asks for the first page, which arrives later
    qtbot.waitUntil(lambda: not model.fetching)
    assert model.rowCount() == 6
    check(model)
    load(model, database, QueueFilter(urgency="soon"))
    check(model)
    assert texts(model, URGENCY) == ["Soon"] * 3
    submit(second_workstation, "Late", 9, SOON)
    assert refresh(model, database)
    check(model)
    load(model, database, QueueFilter(name="nobody"))
    check(model)
    assert model.rowCount() == 0


def test_pages_are_fetched_as_asked_and_the_last_one_ends_fetching(
    qtbot: QtBot, database: Database
) -> None:
    total = 2 * PAGE_SIZE + 20
    for number in range(total):
        submit(database, f"Runner{number:03}", number % 30, SOON)
    model = ReviewQueueModel(database)
    load(model, database, QueueFilter())
    top = QModelIndex()
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(top)
    fetch_more(qtbot, model)
    assert model.rowCount() == 2 * PAGE_SIZE
    fetch_more(qtbot, model)
    assert model.rowCount() == total
    assert not model.canFetchMore(top)
    model.fetchMore(top)  # asking again reads nothing more
    assert not model.fetching
    assert model.rowCount() == total
    assert model.rows == tuple(review_queue.page(database, limit=total))
    assert model.row_of(model.rows[-1].intake_id) == total - 1

    load(model, database, QueueFilter(unreviewed_only=False))
    assert model.rowCount() == PAGE_SIZE, "a new filter starts from its first page"
    assert model.canFetchMore(top)


def test_a_refresh_inserts_and_removes_rows_without_a_reset(
    qtbot: QtBot, database: Database, second_workstation: Database
) -> None:
    first = submit(database, "First", 3, SOON)
    second = submit(database, "Second", 4, SOON)
    model = ReviewQueueModel(database)
    load(model, database, QueueFilter())
    kept = QPersistentModelIndex(model.index(1, PATIENT))
    resets: list[None] = []
    model.modelReset.connect(lambda: resets.append(None))

    with qtbot.assertNotEmitted(model.rowsInserted), qtbot.assertNotEmitted(model.dataChanged):
        assert not refresh(model, database), "nothing changed, so nothing is said to have"

    urgent = submit(second_workstation, "Urgent", 9, URGENT)
    with qtbot.waitSignal(model.rowsInserted, timeout=1000) as inserted:
        assert refresh(model, database)
    assert inserted.args[1:] == [0, 0], "the urgent intake goes first"
    assert ids(model) == [urgent, first, second]
    assert kept.row() == 2, "the row the view held on to follows its intake"

    doctor = clinician_actor(database)
    reviews.record_decision(
        second_workstation, doctor, first, decision="not_needed", reason="seen at the desk"
    )
    with qtbot.waitSignal(model.rowsRemoved, timeout=1000):
        assert refresh(model, database)
    assert ids(model) == [urgent, second]
    assert kept.row() == 1
    assert resets == []


def test_a_decision_changes_the_row_in_place_when_decided_ones_are_shown(
    qtbot: QtBot, database: Database
) -> None:
    intake = submit(database, "Decided", 1, URGENT)
    model = ReviewQueueModel(database)
    load(model, database, QueueFilter(unreviewed_only=False))
    assert texts(model, REVIEW_STATUS) == ["Waiting"]
    reviews.record_decision(
        database,
        clinician_actor(database),
        intake,
        decision="refer",
        destination="emergency",
        urgency="urgent",
    )
    with qtbot.waitSignal(model.dataChanged, timeout=1000) as changed:
        assert refresh(model, database)
    top_left, bottom_right = changed.args[:2]
    assert (top_left.row(), top_left.column(), bottom_right.column()) == (0, 0, REVIEW_STATUS)
    assert texts(model, REVIEW_STATUS) == ["Decided"]
    assert model.rowCount() == 1


def test_a_page_that_cannot_be_read_is_reported_in_words(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(PAGE_SIZE + 1):
        submit(database, f"Runner{number:02}", 1, SOON)
    model = ReviewQueueModel(database)
    load(model, database, QueueFilter())

    def unavailable(*_args: object, **_kwargs: object) -> list[QueueRow]:
        raise DatabaseUnavailable("the database server does not answer")

    monkeypatch.setattr(review_queue, "page", unavailable)
    with qtbot.waitSignal(model.loadFailed, timeout=1000) as failed:
        model.fetchMore(QModelIndex())
    assert "does not answer" in failed.args[0]
    assert model.rowCount() == PAGE_SIZE
    assert not model.canFetchMore(QModelIndex()), "no retry loop while it is down"
    with pytest.raises(DatabaseUnavailable):
        refresh(model, database)
    assert model.rowCount() == PAGE_SIZE, "a failed refresh changes nothing"
