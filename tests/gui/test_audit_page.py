"""The admin's audit viewer on a real database: newest first in words, filters, lazy
paging, and the CSV export through a stubbed save dialog."""

import csv
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from storage.test_audit_chain import behind_the_triggers

from clinic_app.gui.admin import audit_page
from clinic_app.gui.admin.audit_model import (
    ACTION,
    EVENT_ROLE,
    RECORD,
    TIME,
    USER,
    AuditTableModel,
)
from clinic_app.gui.admin.audit_page import AuditPage
from clinic_app.gui.common.workstation import Workstation
from clinic_app.services import audit
from clinic_app.services.audit import Event
from clinic_app.storage.database import Database
from clinic_app.storage.models import AuditEvent
from gui.driving import find, press, type_text
from gui.waiting import settle

BASE = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
Row = tuple[datetime, str, str, str | None, int | None, str]


def put(database: Database, *rows: Row) -> None:
    with database.writing() as session:
        session.add_all(
            AuditEvent(at=at, actor=who, action=what, record_type=kind, record_id=number, detail=d)
            for at, who, what, kind, number, d in rows
        )


@pytest.fixture
def trail(admin: Workstation) -> Workstation:
    """A morning's events; the admin's own account (made just now) is the newest."""
    minute = timedelta(minutes=1)
    put(
        admin.database,
        (BASE, "ann", "sign_in", "user", 2, ""),
        (BASE + minute, "=cmd()", "sign_in.failed", "user", None, ""),
        (BASE + 2 * minute, "clin", "intake.viewed", "intake", 42, ""),
        (BASE + 3 * minute, "desk", "handout.printed", "intake", 42, "care_sheet"),
        (BASE + 4 * minute, "clin", "review.decided", "intake", 42, "refer"),
        (BASE + 5 * minute, "clin", "intake.viewed", "intake", 7, ""),
        (BASE + 6 * minute, "clin", "letter.faxed", "intake", 7, ""),
    )
    return admin


def shown_page(qtbot: QtBot, workstation: Workstation) -> AuditPage:
    page = AuditPage(workstation)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot)  # the choices, the count and the first page, read in the background
    return page


def column(page: AuditPage, number: int) -> list[str]:
    model = page.model
    return [model.data(model.index(row, number)) for row in range(model.rowCount())]


def text_of(page: AuditPage, name: str) -> str:
    label = find(page, name)
    assert isinstance(label, QLabel)
    return label.text()


def choose(page: AuditPage, name: str, data: object) -> None:
    combo = find(page, name)
    assert isinstance(combo, QComboBox)
    index = combo.findData(data)
    assert index >= 0, f"{name} offers no {data!r}"
    combo.setCurrentIndex(index)


def click(qtbot: QtBot, page: AuditPage, name: str) -> None:
    """Click, then wait for the reads the click started."""
    button = find(page, name)
    assert isinstance(button, QPushButton)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def fetch_all(qtbot: QtBot, model: AuditTableModel) -> None:
    """Ask for page after page, as a view scrolled to the end would, until the last."""
    while True:
        qtbot.waitUntil(lambda: not model.is_fetching())
        if not model.canFetchMore(QModelIndex()):
            return
        model.fetchMore(QModelIndex())


def test_the_page_lists_the_trail_newest_first_in_words(qtbot: QtBot, trail: Workstation) -> None:
    page = shown_page(qtbot, trail)

    assert column(page, ACTION) == [
        "Added user",
        "letter.faxed",  # no words for it: its name
        "Viewed intake",
        "Decision recorded",
        "Printed handout",
        "Viewed intake",
        "Sign-in failed",
        "Signed in",
    ]
    assert column(page, USER)[:3] == ["admin", "clin", "clin"]
    assert column(page, RECORD)[1:4] == ["Intake 7", "Intake 7", "Intake 42"]
    local = (BASE + timedelta(minutes=6)).astimezone()
    assert column(page, TIME)[1] == local.strftime("%Y-%m-%d %H:%M:%S")
    assert text_of(page, "audit.count") == "8 events"
    event = page.model.index(2, 0).data(EVENT_ROLE)
    assert isinstance(event, Event)
    assert (event.action, event.record_id) == ("intake.viewed", 7)


def test_the_filters_narrow_the_trail(qtbot: QtBot, trail: Workstation) -> None:
    page = shown_page(qtbot, trail)

    user = find(page, "audit.user")
    user.setFocus()
    qtbot.waitUntil(user.hasFocus)
    type_text("CLI")
    press(Qt.Key.Key_Return)
    settle(qtbot)
    assert set(column(page, USER)) == {"clin"}
    assert text_of(page, "audit.count") == "4 events"

    choose(page, "audit.action", "intake.viewed")
    choose(page, "audit.recordType", "intake")
    record_id = find(page, "audit.recordId")
    assert isinstance(record_id, QLineEdit)
    record_id.setFocus()
    qtbot.waitUntil(record_id.hasFocus)
    type_text("4x2")  # only digits get in
    assert record_id.text() == "42"
    press(Qt.Key.Key_Enter)
    settle(qtbot)
    assert column(page, RECORD) == ["Intake 42"]
    assert column(page, ACTION) == ["Viewed intake"]
    assert text_of(page, "audit.count") == "1 event"

    click(qtbot, page, "audit.clear")
    assert text_of(page, "audit.count") == "8 events"

    choose(page, "audit.action", "sign_in.*")
    click(qtbot, page, "audit.apply")
    assert column(page, ACTION) == ["Sign-in failed", "Signed in"]


def test_the_days_are_local_days_and_a_backwards_range_is_refused(
    qtbot: QtBot, trail: Workstation
) -> None:
    page = shown_page(qtbot, trail)
    start, end = find(page, "audit.from"), find(page, "audit.to")
    assert isinstance(start, QDateEdit)
    assert isinstance(end, QDateEdit)
    assert start.text() == "Any day"

    that_day = BASE.astimezone().date()  # the morning, as this computer's calendar has it
    start.setDate(QDate(that_day))
    end.setDate(QDate(that_day))
    end.setFocus()
    qtbot.waitUntil(end.hasFocus)
    press(Qt.Key.Key_Return)  # Enter in a date applies the filters too
    settle(qtbot)
    assert text_of(page, "audit.count") == "7 events"
    assert "Added user" not in column(page, ACTION)

    start.setDate(QDate(that_day + timedelta(days=1)))
    click(qtbot, page, "audit.apply")
    assert "The From day is after the To day" in text_of(page, "audit.message")
    assert text_of(page, "audit.count") == "7 events"  # nothing changed
    assert page.applied.since == that_day


def test_the_export_writes_every_filtered_event_to_the_chosen_file(
    qtbot: QtBot, trail: Workstation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = shown_page(qtbot, trail)
    suggested: list[Path] = []
    target = tmp_path / "exports" / "trail.csv"
    target.parent.mkdir()

    def choose_file(_parent: object, suggestion: Path) -> Path:
        suggested.append(suggestion)
        return target

    monkeypatch.setattr(audit_page, "choose_export_file", choose_file)
    click(qtbot, page, "audit.export")
    qtbot.waitUntil(lambda: text_of(page, "audit.message").startswith("Exported"))

    assert text_of(page, "audit.message") == f"Exported 8 events to {target}."
    assert suggested[0].name == f"audit-trail-{date.today().isoformat()}.csv"
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 8
    assert [row["action"] for row in rows[:2]] == ["user.created", "letter.faxed"]
    assert rows[-2]["user"] == "'=cmd()"  # a spreadsheet shows it, never runs it
    assert datetime.fromisoformat(rows[-1]["time"]) == BASE
    assert find(page, "audit.export").isEnabled()

    click(qtbot, page, "audit.refresh")
    assert column(page, ACTION)[0] == "Exported the audit trail"
    assert column(page, USER)[0] == "admin"


def test_an_export_that_fails_says_so_and_writes_nothing(
    qtbot: QtBot, trail: Workstation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = shown_page(qtbot, trail)
    target = tmp_path / "gone" / "trail.csv"
    monkeypatch.setattr(audit_page, "choose_export_file", lambda _parent, _suggested: target)
    click(qtbot, page, "audit.export")
    qtbot.waitUntil(lambda: text_of(page, "audit.message").startswith("Cannot export"))
    assert "choose another folder" in text_of(page, "audit.message")
    assert not target.parent.exists()
    assert find(page, "audit.export").isEnabled()
    assert audit.events(trail.database, action="audit.exported") == []


def test_a_cancelled_export_does_nothing(
    qtbot: QtBot, trail: Workstation, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = shown_page(qtbot, trail)
    monkeypatch.setattr(audit_page, "choose_export_file", lambda _parent, _suggested: None)
    click(qtbot, page, "audit.export")
    assert text_of(page, "audit.message") == ""
    assert audit.events(trail.database, action="audit.exported") == []


def test_a_long_trail_is_read_a_page_at_a_time(qtbot: QtBot, admin: Workstation) -> None:
    put(
        admin.database,
        *((BASE + timedelta(seconds=n), f"user{n}", "sign_in", "user", n, "") for n in range(450)),
    )
    page = shown_page(qtbot, admin)
    model = page.model
    assert model.rowCount() == 200  # the first page only
    assert text_of(page, "audit.count") == "451 events"
    assert model.canFetchMore(QModelIndex())

    table = find(page, "audit.table")
    assert isinstance(table, QTableView)
    table.scrollToBottom()  # the view asks for the next page as the admin scrolls
    qtbot.waitUntil(lambda: model.rowCount() > 200)
    fetch_all(qtbot, model)

    events = model.events
    assert len(events) == 451
    assert len({event.id for event in events}) == 451
    moments = [event.at for event in events]
    assert moments == sorted(moments, reverse=True)
    assert events[-1].actor == "user0"


def test_the_page_reads_the_trail_again_when_shown(qtbot: QtBot, trail: Workstation) -> None:
    page = shown_page(qtbot, trail)
    with trail.database.writing() as session:
        audit.record(session, "ann", "session.locked", "user", 2)
    assert "Session locked" not in column(page, ACTION)
    page.hide()
    page.show()
    settle(qtbot)
    assert column(page, ACTION)[0] == "Session locked"
    assert text_of(page, "audit.count") == "9 events"
    actions = find(page, "audit.action")
    assert isinstance(actions, QComboBox)
    assert actions.findData("session.locked") >= 0


def test_only_an_admin_sees_the_trail(
    qtbot: QtBot, trail: Workstation, clinician: Workstation
) -> None:
    page = shown_page(qtbot, clinician)
    assert page.model.rowCount() == 0
    assert "only an admin user may read the audit trail" in text_of(page, "audit.message")


def test_the_model_passes_qts_checks_across_pages(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    check: Callable[[QAbstractItemModel], None] = qtmodeltester.check  # untyped in pytest-qt
    trail = [
        Event(BASE - timedelta(minutes=n), f"user{n}", "sign_in", "user", n, "", 100 - n)
        for n in range(7)
    ]

    def source(after: Event | None, limit: int) -> list[Event]:
        start = 0 if after is None else trail.index(after) + 1
        return trail[start : start + limit]

    model = AuditTableModel(page_size=3)
    check(model)
    model.load(source)
    assert model.rowCount() == 3
    assert model.canFetchMore(QModelIndex())
    check(model)  # the checker fetches more, as a view would
    qtbot.waitUntil(lambda: model.rowCount() > 3)  # the page asked for, come in
    fetch_all(qtbot, model)
    assert list(model.events) == trail
    check(model)
    model.load(None)
    check(model)


# The offscreen platform cannot raise a popup or grab the keyboard for it; no fault of ours.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_day_chosen_from_any_day_starts_at_today(qtbot: QtBot, admin: Workstation) -> None:
    page = shown_page(qtbot, admin)
    start = find(page, "audit.from")
    assert isinstance(start, QDateEdit)
    today = QDate.currentDate()
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    press(Qt.Key.Key_Up)  # the arrow keys start at today, not at "Any day"'s year 2000
    assert start.date() == today

    start.setDate(audit_page.ANY_DAY)
    assert start.text() == "Any day"
    arrow = QPoint(start.width() - 6, start.height() // 2)
    QTest.mouseClick(start, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, arrow)
    calendar = start.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())


def test_the_page_says_the_trail_is_intact_once_checked_off_the_gui_thread(
    qtbot: QtBot, trail: Workstation
) -> None:
    page = AuditPage(trail)
    qtbot.addWidget(page)
    page.show()
    assert page.is_busy()  # the check is out on the background runner, not run here
    assert page.chain_state() == "Checking that no event was changed…"
    settle(qtbot)
    assert page.chain_state() == (
        "Trail intact: 8 events checked; none was changed, removed or moved."
    )
    assert find(page, "audit.chain").property("role") == ""


def test_the_page_names_the_event_edited_behind_the_triggers_back(
    qtbot: QtBot, trail: Workstation
) -> None:
    viewed = next(
        event
        for event in audit.events(trail.database, action="intake.viewed")
        if event.record_id == 42
    )
    behind_the_triggers(
        trail.database, f"UPDATE audit_events SET record_id = 43 WHERE id = {viewed.id}"
    )
    page = shown_page(qtbot, trail)
    moment = viewed.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert page.chain_state() == (
        f"Trail altered at event {viewed.id} ({moment}, Viewed intake): its content no longer "
        "matches its hash. Keep this database as it is and compare it with a backup; "
        "`clinic-intake audit verify` gives the same answer."
    )
    assert find(page, "audit.chain").property("role") == "fieldMessage"
