"""The Review queue page on a real SQLite file: filters and counts, paging as the table
scrolls, the keyboard, keeping the clinician's place through refreshes, and intakes from
another workstation arriving by the poll (a second Database on the same file)."""

from collections.abc import Iterator
from datetime import date, timedelta
from typing import TypeVar

import pytest
from intake_documents import document
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.review.review_model import PATIENT, REVIEW_STATUS, URGENCY
from clinic_app.gui.review.review_page import BAD_RANGE, LEFT_THE_LIST, ReviewPage
from clinic_app.services import intakes, reviews
from clinic_app.services.actor import Actor
from clinic_app.services.review_queue import PAGE_SIZE
from clinic_app.storage.database import Database, open_database
from gui.driving import Key, Mod, find, focused, press, type_text

URGENT: dict[str, object] = {"symptoms.weight_bearing": "unable"}
SOON: dict[str, object] = {"symptoms.numbness_or_tingling": True}
EMERGENCY: dict[str, object] = {"symptoms.foot_colour": "blue"}  # rule set 2027.1
DESK = Actor(name="desk", role="front_desk")
FIRST_DAY = date(2026, 11, 1)
W = TypeVar("W", bound=QWidget)


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


@pytest.fixture
def second_workstation(database: Database) -> Iterator[Database]:
    """Another Database on the same file, as another workstation of the clinic has."""
    other = open_database(database.url.render_as_string(hide_password=False))
    yield other
    other.close()


def shown_page(qtbot: QtBot, workstation: Workstation, *, poll_ms: int | None = None) -> ReviewPage:
    page = ReviewPage(workstation, poll_ms=poll_ms)
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: ReviewPage) -> None:
    """Wait for the reads out (they run off the GUI thread) to be in and shown."""
    qtbot.waitUntil(lambda: not page.is_reading() and not page.detail.is_loading())


def refreshed(qtbot: QtBot, page: ReviewPage) -> bool:
    """Refresh and wait for the rows and counts; True if the table or the counts changed."""
    model = page.model
    changes: list[None] = []
    signals = (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.modelReset)
    before = counts(page)

    def note(*_args: object) -> None:
        changes.append(None)

    for signal in signals:
        signal.connect(note)
    try:
        assert page.refresh(), "the read was started"
        settle(qtbot, page)
    finally:
        for signal in signals:
            signal.disconnect(note)
    return bool(changes) or counts(page) != before


def names(page: ReviewPage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, PATIENT)) for row in range(model.rowCount())]


def child(page: ReviewPage, name: str, kind: type[W]) -> W:
    found = find(page, name)
    assert isinstance(found, kind), f"{name} is a {type(found).__name__}"
    return found


def counts(page: ReviewPage) -> str:
    return child(page, "queue.counts", QLabel).text()


def status(page: ReviewPage) -> str:
    return child(page, "queue.status", QLabel).text()


def table_of(page: ReviewPage) -> QTableView:
    return child(page, "queue.table", QTableView)


def selected_id(page: ReviewPage) -> int | None:
    row = page.selected_row()
    return None if row is None else row.intake_id


def shown_calls(page: ReviewPage, monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    """What the page asks of the detail pane: an intake id per show_intake, None per clear."""
    calls: list[int | None] = []
    detail = page.detail
    show, clear = detail.show_intake, detail.clear

    def showing(intake_id: int) -> None:
        calls.append(intake_id)
        show(intake_id)

    def clearing() -> None:
        calls.append(None)
        clear()

    monkeypatch.setattr(detail, "show_intake", showing)
    monkeypatch.setattr(detail, "clear", clearing)
    return calls


def decide(database: Database, clinician: Workstation, intake_id: int) -> None:
    reviews.record_decision(
        database, clinician.actor, intake_id, decision="not_needed", reason="settled at the desk"
    )


def test_an_emergency_comes_first_in_its_own_word_and_colour(
    qtbot: QtBot, clinician: Workstation
) -> None:
    """Emergency above urgent (rules-2027.md), named in words, filtered and counted."""
    database = clinician.database
    submit(database, "Urgent", 1, URGENT)
    submit(database, "Soon", 0, SOON)
    submit(database, "Blue", 9, EMERGENCY)  # the latest visit, still first
    page = shown_page(qtbot, clinician)
    assert names(page) == ["Blue, Ana", "Urgent, Ana", "Soon, Ana"]
    assert counts(page) == "1 emergency · 1 urgent · 1 soon"
    model = page.model
    words = [model.data(model.index(row, URGENCY)) for row in range(3)]
    assert words == ["Emergency", "Urgent", "Soon"]
    colours = {
        model.data(model.index(row, URGENCY), Qt.ItemDataRole.BackgroundRole).name()
        for row in range(3)
    }
    assert len(colours) == 3, "each urgency has its own colour, beside its word"
    assert "emergency care" in model.data(model.index(0, URGENCY), Qt.ItemDataRole.ToolTipRole)

    urgency = child(page, "queue.urgency", QComboBox)
    offered = [urgency.itemText(index) for index in range(urgency.count())]
    assert offered.index("Emergency") < offered.index("Urgent")
    urgency.setCurrentText("Emergency")
    settle(qtbot, page)
    assert names(page) == ["Blue, Ana"]
    assert counts(page) == "1 emergency · 0 urgent · 0 soon"
    urgency.setCurrentText("Urgent")
    settle(qtbot, page)
    assert names(page) == ["Urgent, Ana"]
    assert counts(page) == "1 urgent · 0 soon", "no emergency: not named"


def test_each_filter_changes_the_rows_and_the_counts(qtbot: QtBot, clinician: Workstation) -> None:
    database = clinician.database
    submit(database, "Okafor", 2, URGENT)
    submit(database, "Smith", 8, URGENT)
    submit(database, "Ng", 1, SOON)
    submit(database, "Okonkwo", 6, SOON)
    decide(database, clinician, submit(database, "Decided", 3, URGENT))
    page = shown_page(qtbot, clinician)
    waiting = ["Okafor, Ana", "Smith, Ana", "Ng, Ana", "Okonkwo, Ana"]
    assert names(page) == waiting
    assert counts(page) == "2 urgent · 2 soon"

    scope = child(page, "queue.scope", QComboBox)
    scope.setCurrentText("All")
    settle(qtbot, page)
    assert names(page) == ["Okafor, Ana", "Decided, Ana", "Smith, Ana", "Ng, Ana", "Okonkwo, Ana"]
    assert page.model.data(page.model.index(1, REVIEW_STATUS)) == "Decided"
    assert counts(page) == "3 urgent · 2 soon"
    scope.setCurrentText("Waiting only")
    settle(qtbot, page)
    assert names(page) == waiting

    urgency = child(page, "queue.urgency", QComboBox)
    urgency.setCurrentText("Soon")
    settle(qtbot, page)
    assert names(page) == ["Ng, Ana", "Okonkwo, Ana"]
    assert counts(page) == "0 urgent · 2 soon"
    urgency.setCurrentText("All")
    settle(qtbot, page)

    from_on, to_on = child(page, "queue.fromOn", QCheckBox), child(page, "queue.toOn", QCheckBox)
    visit_from = child(page, "queue.from", QDateEdit)
    visit_to = child(page, "queue.to", QDateEdit)
    assert not visit_from.isEnabled(), "unticked means any date"
    visit_from.setDate(QDate(FIRST_DAY + timedelta(2)))
    settle(qtbot, page)
    visit_to.setDate(QDate(FIRST_DAY + timedelta(6)))
    settle(qtbot, page)
    from_on.setChecked(True)
    settle(qtbot, page)
    assert names(page) == ["Okafor, Ana", "Smith, Ana", "Okonkwo, Ana"]
    to_on.setChecked(True)
    settle(qtbot, page)
    assert names(page) == ["Okafor, Ana", "Okonkwo, Ana"]
    assert counts(page) == "1 urgent · 1 soon"
    visit_to.setDate(QDate(FIRST_DAY + timedelta(1)))  # before "from": refused, in words
    settle(qtbot, page)
    assert status(page) == BAD_RANGE
    assert visit_to.property("invalid") is True
    assert names(page) == ["Okafor, Ana", "Okonkwo, Ana"], "a bad range changes nothing"
    from_on.setChecked(False)
    settle(qtbot, page)
    assert names(page) == ["Ng, Ana"]
    assert status(page) == ""
    to_on.setChecked(False)
    settle(qtbot, page)
    assert names(page) == waiting

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    table_of(page).setFocus()
    press(Key.Key_N, Mod.AltModifier)  # the Name label's mnemonic
    assert focused().objectName() == "queue.name"
    type_text("oka")
    qtbot.waitUntil(lambda: names(page) == ["Okafor, Ana"])
    assert counts(page) == "1 urgent · 0 soon"


def test_scrolling_to_the_bottom_fetches_the_next_pages(
    qtbot: QtBot, clinician: Workstation
) -> None:
    total = 2 * PAGE_SIZE + 20
    for number in range(total):
        submit(clinician.database, f"Runner{number:03}", number % 30, SOON)
    page = shown_page(qtbot, clinician)
    model, table = page.model, table_of(page)
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    assert counts(page) == f"0 urgent · {total} soon"
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == total)
    assert not model.canFetchMore(QModelIndex())


def test_the_keyboard_moves_through_the_queue_and_into_the_detail(
    qtbot: QtBot, clinician: Workstation, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = clinician.database
    first = submit(database, "Okafor", 1, URGENT)
    second = submit(database, "Ng", 2, SOON)
    page = shown_page(qtbot, clinician)
    calls = shown_calls(page, monkeypatch)
    table = table_of(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    table.setFocus()
    assert calls == [], "opening the queue opens no intake (that would be a recorded view)"

    press(Key.Key_Down)
    assert selected_id(page) == first
    press(Key.Key_Down)
    press(Key.Key_Up)
    assert calls == [first, second, first]
    qtbot.waitUntil(lambda: page.detail.intake_id == first)
    press(Key.Key_Return)
    assert page.detail.isAncestorOf(focused()), "Enter takes the keyboard to the detail"

    table.clearSelection()
    assert calls[-1] is None, "nothing selected: the detail shows nothing"


def test_a_refresh_keeps_the_place_and_a_decided_intake_leaves_the_waiting_list(
    qtbot: QtBot,
    clinician: Workstation,
    second_workstation: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = clinician.database
    submit(database, "Ng", 1, SOON)
    chosen = submit(database, "Okonkwo", 2, SOON)
    page = shown_page(qtbot, clinician)
    calls = shown_calls(page, monkeypatch)
    table_of(page).selectRow(1)
    assert calls == [chosen]

    submit(second_workstation, "Okafor", 5, URGENT)  # goes to the top, above the chosen one
    assert refreshed(qtbot, page)
    assert names(page) == ["Okafor, Ana", "Ng, Ana", "Okonkwo, Ana"]
    assert selected_id(page) == chosen
    assert calls == [chosen], "the detail is not reloaded by a refresh"
    assert counts(page) == "1 urgent · 2 soon"
    assert not refreshed(qtbot, page), "nothing new: nothing changes"

    decide(database, clinician, chosen)
    page.detail.decided.emit(chosen)  # as the detail pane does once a decision is stored
    settle(qtbot, page)
    assert names(page) == ["Okafor, Ana", "Ng, Ana"]
    assert counts(page) == "1 urgent · 1 soon"
    assert page.selected_row() is None
    assert calls == [chosen], "the decided intake stays open, for its letter"
    assert status(page) == LEFT_THE_LIST

    child(page, "queue.scope", QComboBox).setCurrentText("All")
    settle(qtbot, page)
    assert selected_id(page) == chosen, "back in the list, so selected again"
    assert page.model.data(page.model.index(2, REVIEW_STATUS)) == "Decided"
    assert calls == [chosen]


def test_an_intake_from_another_workstation_appears_at_the_next_poll(
    qtbot: QtBot, clinician: Workstation, second_workstation: Database
) -> None:
    assert ReviewPage.POLL_MS <= 30_000 // 2, "new intakes must show within 30 seconds"
    submit(clinician.database, "Ng", 1, SOON)
    page = shown_page(qtbot, clinician, poll_ms=200)
    assert names(page) == ["Ng, Ana"]
    assert page.poll_timer.isActive()

    submit(second_workstation, "Okafor", 5, URGENT)
    qtbot.waitUntil(lambda: names(page) == ["Okafor, Ana", "Ng, Ana"], timeout=5000)
    assert counts(page) == "1 urgent · 1 soon"

    changes: list[str] = []
    for signal in (page.model.rowsInserted, page.model.rowsRemoved, page.model.dataChanged):
        signal.connect(lambda *_args: changes.append("changed"))
    page.model.modelReset.connect(lambda: changes.append("reset"))
    for _ in range(2):
        with qtbot.waitSignal(page.poll_timer.timeout, timeout=2000):
            pass
    assert changes == [], "polls that find nothing new change nothing"


def test_the_poll_does_nothing_while_the_page_is_hidden(
    qtbot: QtBot, qapp: QApplication, clinician: Workstation, second_workstation: Database
) -> None:
    submit(clinician.database, "Ng", 1, SOON)
    page = shown_page(qtbot, clinician, poll_ms=100)
    page.hide()
    assert not page.poll_timer.isActive()

    submit(second_workstation, "Okafor", 5, URGENT)
    with qtbot.assertNotEmitted(page.model.rowsInserted, wait=400):
        page.poll()  # even a stray timeout reads nothing while hidden
    assert names(page) == ["Ng, Ana"]

    page.show()  # shown again: read at once, then polled
    qtbot.waitUntil(lambda: names(page) == ["Okafor, Ana", "Ng, Ana"])
    assert names(page) == ["Okafor, Ana", "Ng, Ana"]
    assert page.poll_timer.isActive()
