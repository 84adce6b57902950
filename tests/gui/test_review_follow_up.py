"""A follow-up picked in the Review queue: the detail pane shows the visit, its flags and
the course's progress charts (issue 18, item 4), read on the background runner, on a
SQLite file and on PostgreSQL, under the GUI-thread guard.

The course: an intake with pain 4 and a LEFS of 40, then a follow-up with pain 6 (worse by
2: the follow-up flag `worse_since_last_visit`, which puts it in the queue) and a LEFS of
49. An intake with a referral flag of someone else sits in the queue beside it, so the
test also goes from the follow-up to an intake and back.
"""

from collections.abc import Iterator

import pytest
from intake_documents import document as intake_document
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QTableView
from pytestqt.qtbot import QtBot

from clinic_app.gui.common.workstation import Workstation
from clinic_app.gui.review.decision_dialog import DecisionDialog
from clinic_app.gui.review.review_page import ReviewPage
from clinic_app.services import audit, followups, intakes
from clinic_app.services.review_queue import QueueRow
from clinic_app.storage.database import Database
from gui.courses_on_record import course_on_record, opened
from gui.driving import find
from gui.gui_thread import Guard, no_database_on_gui_thread

MAYA: dict[str, object] = {"patient.first_name": "Maya", "patient.last_name": "Okafor"}


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    yield from opened(database_url)


@pytest.fixture
def guard(database: Database) -> Iterator[Guard]:
    with no_database_on_gui_thread(database) as guard:
        yield guard


@pytest.fixture
def queue(
    qtbot: QtBot, front_desk: Workstation, clinician: Workstation, guard: Guard
) -> ReviewPage:
    with guard.aside():
        course_on_record(
            front_desk,
            {**MAYA, "symptoms.pain_now": 4, "measures.lefs_total": 40},
            {**MAYA, "symptoms.pain_now": 6, "measures.lefs_total": 49},
        )
        other = {"patient.first_name": "Ana", "patient.last_name": "Bell"}
        intakes.submit(
            front_desk.database,
            front_desk.actor,
            intake_document({**other, "symptoms.weight_bearing": "unable"}),
        )
    page = ReviewPage(clinician)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.is_reading() and page.model.rowCount() == 2)
    return page


def pick(qtbot: QtBot, page: ReviewPage, kind: str) -> QueueRow:
    view = find(page, "queue.table")
    assert isinstance(view, QTableView)
    (number,) = [n for n, row in enumerate(page.model.rows) if row.kind == kind]
    view.selectRow(number)
    qtbot.waitUntil(lambda: not page.detail.is_loading())
    return page.model.rows[number]


def test_a_follow_up_shows_its_flags_and_the_courses_charts(
    qtbot: QtBot, queue: ReviewPage, clinician: Workstation, guard: Guard
) -> None:
    detail = queue.detail
    row = pick(qtbot, queue, "follow_up")
    pane = detail.follow_up
    qtbot.waitUntil(lambda: pane.isVisible())
    assert pane.followup_id == row.followup_id
    assert not find(detail, "review.scroll").isVisible()  # the intake's page is not shown

    charts = find(detail, "review.progressCharts")
    assert charts is pane.charts
    assert [chart.objectName() for chart in pane.charts.charts()] == [
        "progressChart.nprs",
        "progressChart.lefs",
    ]
    summary = pane.charts.summary()
    assert "Pain: 4 at the first visit, 6 now; worse by 2" in summary
    assert "LEFS: 40 at the first visit, 49 now; improved by 9" in summary
    nprs_sentence = find(pane, "progressChart.nprs.summary")
    assert nprs_sentence.isVisible()
    assert pane.charts.accessibleDescription() == summary

    visit = pane.visit_text()
    assert "Maya Okafor" in visit
    assert "visit 2 of the course that started 20 Nov 2026" in visit
    codes = [card.objectName() for card in pane.flag_cards()]
    assert "review.followUp.flag.worse_since_last_visit" in codes
    (worse,) = [c for c in pane.flag_cards() if c.objectName().endswith("worse_since_last_visit")]
    assert worse.status() == "Open: waiting for a clinician's decision."
    for name in ("review.decideIntake", "review.letter"):  # an intake's, not a follow-up's
        assert not find(detail, name).isVisible()

    with guard.aside():
        viewed = [
            e
            for e in audit.events(clinician.database, action="followup.viewed")
            if e.record_id == row.followup_id
        ]
    assert len(viewed) == 1  # opening it is on the trail, once

    # To the intake beside it, and back: each pick shows its own kind of page.
    pick(qtbot, queue, "intake")
    qtbot.waitUntil(lambda: find(detail, "review.scroll").isVisible())
    assert not pane.isVisible()
    assert detail.intake_id is not None
    assert find(detail, "review.decideIntake").isVisible()
    pick(qtbot, queue, "follow_up")
    qtbot.waitUntil(lambda: pane.isVisible() and bool(pane.charts.charts()))
    assert detail.intake_id is None


def test_a_clinician_decides_on_a_follow_ups_flag_in_the_pane(
    qtbot: QtBot, queue: ReviewPage, clinician: Workstation, guard: Guard
) -> None:
    detail = queue.detail
    row = pick(qtbot, queue, "follow_up")
    pane = detail.follow_up
    qtbot.waitUntil(lambda: pane.isVisible())
    decide_visit = find(pane, "review.followUp.decideVisit")
    assert isinstance(decide_visit, QPushButton)
    assert decide_visit.isEnabled()
    decide = find(pane, "review.followUp.decide.worse_since_last_visit")
    assert isinstance(decide, QPushButton)
    decide.click()
    dialog = pane.dialog
    assert isinstance(dialog, DecisionDialog)
    assert dialog.followup_id == row.followup_id
    dialog.manage.click()
    QTest.keyClicks(dialog.reason, "Flare after a long run; load reduced")
    ok = find(dialog, "decision.ok")
    assert isinstance(ok, QPushButton)
    ok.click()
    qtbot.waitUntil(lambda: pane.dialog is None and not detail.is_loading())
    (worse,) = [c for c in pane.flag_cards() if c.objectName().endswith("worse_since_last_visit")]
    assert worse.status().startswith("Decided: Manage in clinic — Dr Cora Clinician, ")
    assert worse.decide_button() is None  # decided: no longer offered
    assert detail.message() == "The decision is on record."
    assert row.followup_id is not None
    with guard.aside():
        stored = followups.follow_up_under_review(
            clinician.database, clinician.actor, row.followup_id, record_view=False
        )
    assert stored.review_status == "reviewed"  # its only flag to decide is decided
    assert [(d.decision, d.reason) for d in stored.decisions] == [
        ("manage_in_clinic", "Flare after a long run; load reduced")
    ]
    # It leaves the working queue; the pane keeps it open.
    qtbot.waitUntil(lambda: all(r.kind == "intake" for r in queue.model.rows))
    assert pane.isVisible()


def test_an_admin_gets_no_decisions_on_a_follow_up(
    qtbot: QtBot, front_desk: Workstation, admin: Workstation, guard: Guard
) -> None:
    """An admin sees the queue but does not decide (the services refuse anyone but a
    clinician): the pane builds no decision controls for them."""
    with guard.aside():
        course_on_record(
            front_desk,
            {**MAYA, "symptoms.pain_now": 4},
            {**MAYA, "symptoms.pain_now": 6},
        )
    page = ReviewPage(admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.is_reading() and page.model.rowCount() == 1)
    pick(qtbot, page, "follow_up")
    pane = page.detail.follow_up
    qtbot.waitUntil(lambda: pane.isVisible() and bool(pane.flag_cards()))
    assert pane.findChild(QPushButton, "review.followUp.decideVisit") is None
    assert all(card.decide_button() is None for card in pane.flag_cards())
